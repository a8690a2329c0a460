"""Export the graph of a store as RDF: read it page by page, map rows to quads, serialise with pyoxigraph."""

import time
from dataclasses import dataclass
from typing import IO

from pyoxigraph import Quad, Triple, serialize

from ..model import StructuralLabel
from ..schema import ENTITY_LABELS
from ..settings import Settings, get_settings
from ..store import GraphStore
from .formats import ExportFormat, get_format
from .mapping import RowMapper
from .reader import read_nodes, read_relationships
from .vocab import PREFIXES

_INSTANCE_SEGMENTS = (*ENTITY_LABELS, *(label.value for label in StructuralLabel), "statement", "extractor")


@dataclass
class RdfExport:
    """The exported quads (default graph + one named graph per document), deduplicated, in read order."""

    quads: list[Quad]
    base_iri: str
    seconds: float = 0.0

    def triples(self) -> list[Triple]:
        """The merged graph: every named graph's triples with the default graph's, each once."""
        return list(dict.fromkeys(q.triple for q in self.quads))

    def serialize(self, fmt: ExportFormat | str, output: IO[bytes] | None = None) -> bytes | None:
        fmt = get_format(fmt) if isinstance(fmt, str) else fmt
        data = self.quads if fmt.dataset else self.triples()
        return serialize(data, output, fmt.rdf_format, prefixes=prefixes(self.base_iri))


def prefixes(base_iri: str) -> dict[str, str]:
    """The vocabulary prefixes plus one per kind of instance IRI (``person:``, ``statement:`` …)."""
    base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    return {**PREFIXES, **{segment.lower(): f"{base}{segment.lower()}/" for segment in _INSTANCE_SEGMENTS}}


def export_graph(store: GraphStore, settings: Settings | None = None) -> RdfExport:
    settings = settings or get_settings()
    started = time.perf_counter()
    mapper = RowMapper(settings.base_iri)
    quads: list[Quad] = []
    for node in read_nodes(store, settings.export_page_size):
        quads.extend(mapper.node(node.label, node.props))
    for rel in read_relationships(store, settings.export_page_size):
        quads.extend(mapper.relationship(rel.type, rel.head_uri, rel.tail_uri, rel.props))
    unique = list(dict.fromkeys(quads))
    return RdfExport(unique, settings.base_iri, time.perf_counter() - started)
