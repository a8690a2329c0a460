"""Export the graph of a store as RDF: read it page by page, map rows to statements, serialise with
pyoxigraph (parsing and every serialisation happen in Rust)."""

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from pyoxigraph import Quad, RdfFormat, Store, parse, serialize

from ..errors import ConfigurationError
from ..model import StructuralLabel
from ..schema import ENTITY_LABELS
from ..settings import Settings, get_settings
from ..store import GraphStore
from .formats import ExportFormat, get_format
from .mapping import RowMapper
from .nquads import QuadLines
from .reader import read_nodes, read_relationships
from .vocab import PREFIXES

_INSTANCE_SEGMENTS = (*ENTITY_LABELS, *(label.value for label in StructuralLabel), "statement", "extractor")


@dataclass
class RdfExport:
    """An exported graph: the default graph plus one named graph per document, held as N-Quads text.

    Turtle, N-Triples, JSON-LD and RDF/XML get the merged graph, TriG and N-Quads the graphs apart.
    N-Triples and N-Quads are the lines as they are; the other formats stream the lines through
    pyoxigraph's parser into its serialiser.
    """

    lines: QuadLines
    base_iri: str
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.lines)

    def serialize(self, fmt: ExportFormat | str, output: IO[bytes] | None = None) -> bytes | None:
        fmt = get_format(fmt) if isinstance(fmt, str) else fmt
        if fmt.line_based:
            chunks = self.lines.nquads() if fmt.dataset else self.lines.ntriples()
            if output is None:
                return b"".join(chunks)
            for chunk in chunks:
                output.write(chunk)
            return None
        try:
            return serialize(self._parsed(dataset=fmt.dataset), output, fmt.rdf_format,
                             prefixes=prefixes(self.base_iri))
        except SyntaxError as exc:
            raise ConfigurationError(
                f"the graph holds a term that is not valid RDF ({exc}); node IRIs come from "
                "CRAFTGRAPH_BASE_IRI: set it to an absolute IRI such as https://example.org/id/ and reload"
            ) from None

    def quads(self) -> list[Quad]:
        return list(self._parsed(dataset=True))

    def to_store(self) -> Store:
        """An in-memory pyoxigraph store holding the merged graph in its default graph, for SPARQL."""
        store = Store()
        store.bulk_load(_ChunkReader(self.lines.ntriples()), RdfFormat.N_TRIPLES)
        return store

    def _parsed(self, *, dataset: bool) -> Iterator[Any]:
        if dataset:
            return parse(_ChunkReader(self.lines.nquads()), RdfFormat.N_QUADS)
        return parse(_ChunkReader(self.lines.ntriples()), RdfFormat.N_TRIPLES)


class _ChunkReader(io.RawIOBase):
    """A binary file over an iterator of byte chunks, so pyoxigraph can stream the statements."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def prefixes(base_iri: str) -> dict[str, str]:
    """The vocabulary prefixes plus one per kind of instance IRI (``person:``, ``statement:`` …)."""
    base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    return {**PREFIXES, **{segment.lower(): f"{base}{segment.lower()}/" for segment in _INSTANCE_SEGMENTS}}


def export_graph(store: GraphStore, settings: Settings | None = None) -> RdfExport:
    """Read every node and relationship of ``store`` and map them; serialise the result with ``serialize``."""
    settings = settings or get_settings()
    started = time.perf_counter()
    mapper = RowMapper(settings.base_iri)
    for node in read_nodes(store, settings.export_page_size):
        mapper.node(node.label, node.props)
    for rel in read_relationships(store, settings.export_page_size):
        mapper.relationship(rel.type, rel.head_uri, rel.tail_uri, rel.props)
    return RdfExport(mapper.lines, settings.base_iri, time.perf_counter() - started)
