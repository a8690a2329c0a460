"""Files in, one :class:`Outcome` per document out: read → normalise → split into articles → extract.

A bad file (empty, binary, undecodable) or a bad JSON Lines line becomes an error outcome and the rest go
on; so does an extractor that fails on one document. A missing or unsupported top-level path is different:
:func:`iter_outcomes` raises InputError when it is called, before any document is read, so a command can
fail fast and write nothing.

:func:`extract_document` and :func:`process_file` are module-level so that a process pool can call them;
:func:`init_worker` and :func:`extract_chunk` are what :mod:`loaders.parallel` runs in each process: extraction
followed by entity resolution (:mod:`graph.resolution`), which the load path applies before rows are built.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from graph.errors import CraftgraphError, ExtractionError, InputError
from graph.model import ExtractionRecord
from loaders.articles import split_articles
from loaders.document import PreparedDocument, RawDocument
from loaders.normalise import normalise
from loaders.reading import input_files, iter_file, iter_input_files

if TYPE_CHECKING:
    from graph.resolution import Resolver
    from loaders.extract import Extractor as DefaultExtractor

__all__ = [
    "DocumentExtractor",
    "Outcome",
    "default_extractor",
    "extract_chunk",
    "extract_document",
    "init_worker",
    "iter_input_files",
    "iter_outcomes",
    "prepare",
    "process_file",
    "resolve_outcome",
]


class DocumentExtractor(Protocol):
    def extract(self, doc: PreparedDocument) -> ExtractionRecord: ...


@dataclass(frozen=True)
class Outcome:
    """What became of one document: a record, or the error that stopped it.

    ``doc`` is the document's name (``page.txt``, ``batch.jsonl#L3``); for a file or line that could not be
    read it is the file's path, which the error message names too.
    """

    doc: str
    record: ExtractionRecord | None = None
    error: CraftgraphError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def default_extractor() -> "DefaultExtractor":
    from loaders.extract import Extractor

    return Extractor()


def prepare(raw: RawDocument) -> PreparedDocument:
    """Normalise a raw document and split it into articles."""
    normalised = normalise(raw.text)
    return PreparedDocument(raw=raw, normalised=normalised, articles=split_articles(normalised.text))


def extract_document(raw: RawDocument, extractor: DocumentExtractor) -> Outcome:
    """Prepare and extract one document; any failure becomes an error outcome."""
    try:
        record = extractor.extract(prepare(raw))
    except CraftgraphError as error:
        return Outcome(raw.doc, error=error)
    except Exception as error:  # one document's failure must not stop the batch
        message = f"{raw.doc}: extraction failed: {type(error).__name__}: {error}"
        return Outcome(raw.doc, error=ExtractionError(message))
    return Outcome(raw.doc, record=record)


def process_file(path: Path, extractor: DocumentExtractor, root: Path | None = None) -> list[Outcome]:
    """The outcomes of every document in one file (sources relative to ``root`` when given)."""
    return list(_file_outcomes(path, extractor, root))


def _file_outcomes(path: Path, extractor: DocumentExtractor, root: Path | None) -> Iterator[Outcome]:
    for item in iter_file(path, root):
        if isinstance(item, InputError):
            yield Outcome(str(path), error=item)
        else:
            yield extract_document(item, extractor)


def iter_outcomes(paths: Iterable[str | Path], extractor: DocumentExtractor,
                  source_root: Path | None = None) -> Iterator[Outcome]:
    """Outcomes of every document under ``paths``, lazily, in file order; sources as ``load`` writes them
    (relative to ``source_root``, else CRAFTGRAPH_SOURCE_ROOT, else the folder given).

    Raises InputError at once (not on first iteration) for a missing path or an unsupported named file.
    """
    files = input_files(paths, source_root or configured_source_root())
    return (outcome for item in files for outcome in _file_outcomes(item.path, extractor, item.root))


def configured_source_root() -> Path | None:
    """CRAFTGRAPH_SOURCE_ROOT, or None."""
    from graph.settings import get_settings

    return get_settings().source_root


def resolve_outcome(outcome: Outcome, resolver: "Resolver") -> Outcome:
    """The outcome with its record's entities resolved to their cross-document identities."""
    if outcome.record is None:
        return outcome
    try:
        return Outcome(outcome.doc, record=resolver.resolve(outcome.record))
    except Exception as error:  # one document's failure must not stop the batch
        message = f"{outcome.doc}: entity resolution failed: {type(error).__name__}: {error}"
        return Outcome(outcome.doc, error=ExtractionError(message))


_worker: "tuple[DocumentExtractor, Resolver] | None" = None


def init_worker() -> None:
    """Build the extractor and the resolver once per process (process-pool initializer)."""
    global _worker
    from graph.resolution import Resolver

    _worker = (default_extractor(), Resolver())


def extract_chunk(raws: list[RawDocument]) -> list[Outcome]:
    """Extract and resolve a few documents in a worker process (in order)."""
    if _worker is None:
        init_worker()
    assert _worker is not None
    extractor, resolver = _worker
    return [resolve_outcome(extract_document(raw, extractor), resolver) for raw in raws]
