"""Load documents into a store: skip what is stored, replace changed documents, extract on every core.

* **Resume without duplicates.** One query reads the keys (content sha256) of every stored document; a
  document whose key is among them is skipped before extraction. Each write stores whole documents, so
  after an interruption a re-run skips what was written and loads the rest.
* **Changed documents.** A document's identity is its ``source``: the page's URL where the input has one
  (Markdown front matter, HTML canonical link, JSON Lines ``url``/``source``), else the file's path relative
  to the folder given to ``load`` or to ``CRAFTGRAPH_SOURCE_ROOT`` (:mod:`loaders.reading`), so it is the
  same from any checkout. When a loaded document has a new key but the source of exactly one stored
  document, that document is removed first (:mod:`loaders.updates`), then the new version is written: the
  graph equals a fresh load of the current documents. Lines of a JSON Lines file without their own source
  have none (the file is no identity for a line): they are never replaced, only added.
* **Stores written before sources were relative** hold absolute file paths. Loading the same files again
  migrates them: a stored document whose source is this file's absolute path gets the new source (content
  unchanged: nothing else is written), and a changed file replaces the version stored under its absolute
  path. ``LoadReport.renamed`` counts the former; ``craftgraph load`` reports it.
* **Scale.** Reading happens here, extraction and entity resolution in a process pool
  (:mod:`loaders.parallel`), writing on a background thread (:class:`BackgroundWriter`) so extraction
  goes on while the store commits. Each store call takes every record extracted during the previous one
  (at least ``batch_documents``, at most ``max_pending_documents`` waiting): slower commits, larger ones.
* **Records instead of documents.** :meth:`Loader.load_record_dir` writes the records of a record directory
  (:mod:`loaders.record_dir`: ``craftgraph spark extract`` tables or ``craftgraph extract`` JSON Lines) with
  the same skip and replace rules, without extracting again. It reads them all once before writing, so a
  malformed record stops the load with nothing written. Records extracted without entity resolution
  (``extract --no-resolve``: an entity lacks the ``surface`` property the resolver sets) are resolved first,
  as a load of their documents would; resolved records are written as they are (resolving twice is not
  a no-op).
"""

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import CraftgraphError
from graph.model import ExtractionRecord, StructuralLabel
from graph.resolution import Resolver
from graph.settings import Settings
from graph.store import GraphStore
from loaders.document import RawDocument
from loaders.parallel import extract_in_parallel
from loaders.pipeline import Outcome, configured_source_root
from loaders.reading import InputFile, input_files, is_absolute_source, iter_file
from loaders.record_dir import check_records, read_record_dir
from loaders.updates import NO_ROW_CAP, SLOW_QUERY_S, remove_document

DOCUMENT = StructuralLabel.DOCUMENT.value
RENAME_BATCH = 2000


@dataclass
class LoadReport:
    written: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: int = 0
    #: stored documents whose absolute-path source (an older craftgraph's) became the relative one
    renamed: int = 0
    entities: int = 0
    relations: int = 0

    @property
    def seen(self) -> int:
        return self.written + self.skipped + self.failed


@dataclass
class StoredDocuments:
    """Keys of the stored documents and, per source, the keys stored under it."""

    keys: set[str] = field(default_factory=set)
    by_source: dict[str, set[str]] = field(default_factory=dict)
    source_of: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: GraphStore) -> "StoredDocuments":
        query = f"MATCH (d:{DOCUMENT}) RETURN d.key AS key, d.source AS source"
        stored = cls()
        for key, source in store.run(query, row_cap=NO_ROW_CAP, timeout_s=SLOW_QUERY_S).rows:
            stored.add(key, source)
        return stored

    def add(self, key: str, source: str | None) -> None:
        self.keys.add(key)
        if source:
            self.by_source.setdefault(source, set()).add(key)
            self.source_of[key] = source

    def discard(self, key: str) -> None:
        self.keys.discard(key)
        source = self.source_of.pop(key, None)
        if source is not None:
            self.by_source.get(source, set()).discard(key)

    def rename(self, key: str, source: str) -> None:
        self.discard(key)
        self.add(key, source)

    def replaced_by(self, record: ExtractionRecord, legacy_source: str | None = None) -> str | None:
        """The key of the one stored document this record is a new version of, if any: stored under the
        record's source, else under ``legacy_source`` (the absolute path an older craftgraph stored)."""
        for source in (record.source, legacy_source):
            olds = self.by_source.get(source or "", set()) - {record.sha256}
            if olds:
                return next(iter(olds)) if len(olds) == 1 else None
        return None


def document_count(files: list[Path]) -> int:
    """How many documents ``files`` hold (a JSON Lines file: its non-empty lines), for the progress total."""
    total = 0
    for path in files:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


ProgressHook = Callable[[Outcome | None, LoadReport], None]


def _setting_default(name: str) -> int:
    return int(Settings.model_fields[name].default)


class Loader:
    """Loads files into one store; ``on_progress`` sees every outcome (None for a skipped document).

    A size left out takes the default of its setting (``CRAFTGRAPH_LOAD_*``)."""

    def __init__(self, store: GraphStore, *, workers: int = 0, batch_documents: int | None = None,
                 max_pending_documents: int | None = None, chunk_documents: int | None = None,
                 on_progress: ProgressHook | None = None, source_root: Path | None = None) -> None:
        self.store = store
        self.source_root = source_root if source_root is not None else configured_source_root()
        self.workers = workers
        self.batch_documents = batch_documents or _setting_default("load_batch_documents")
        self.max_pending_documents = max_pending_documents or _setting_default("load_max_pending_documents")
        self.chunk_documents = chunk_documents or _setting_default("load_chunk_documents")
        self.on_progress = on_progress or (lambda outcome, report: None)
        self.report = LoadReport()
        #: per document key being loaded, the absolute path an older craftgraph stored its file under
        self._legacy_sources: dict[str, str] = {}
        self._renames: dict[str, str] = {}

    def load(self, paths: Iterable[str | Path]) -> LoadReport:
        """Load files and folders; sources are relative to ``source_root`` or to each folder given."""
        return self.load_files(input_files([Path(p).resolve() for p in paths], self.source_root))

    def load_files(self, files: list[InputFile]) -> LoadReport:
        stored = StoredDocuments.read(self.store)
        in_load: set[str] = set()
        ready: list[Outcome] = []  # read errors, in the order met, reported as soon as possible
        raws = self._to_extract(files, stored, in_load, ready)
        writer = BackgroundWriter(lambda records: self._write(records, stored), min_batch=self.batch_documents,
                                  max_pending=self.max_pending_documents)
        try:
            for outcome in extract_in_parallel(raws, workers=self.workers, chunk_size=self.chunk_documents):
                self._drain(ready)
                if outcome.record is None:
                    self._failed(outcome)
                    continue
                writer.add(outcome.record)
            self._drain(ready)
            writer.close()
        finally:
            writer.stop()
        self._rename_sources(stored)
        return self.report

    def load_record_dir(self, path: Path) -> LoadReport:
        """Write the records of a record directory (or record JSON Lines file); InputError before anything
        is written when a record is malformed."""
        check_records(path)  # all or nothing
        return self.load_records(read_record_dir(path))

    def load_records(self, records: Iterable[ExtractionRecord]) -> LoadReport:
        """Write records already extracted: skipped when stored, replacing an earlier version of their source."""
        stored = StoredDocuments.read(self.store)
        in_load: set[str] = set()
        resolver: Resolver | None = None
        writer = BackgroundWriter(lambda batch: self._write(batch, stored), min_batch=self.batch_documents,
                                  max_pending=self.max_pending_documents)
        try:
            for record in records:
                if record.sha256 in stored.keys or record.sha256 in in_load:
                    self.report.skipped += 1
                    self.on_progress(None, self.report)
                    continue
                in_load.add(record.sha256)
                if not is_resolved(record):
                    resolver = resolver or Resolver()
                    record = resolver.resolve(record)
                writer.add(record)
            writer.close()
        finally:
            writer.stop()
        return self.report

    def _to_extract(self, files: list[InputFile], stored: StoredDocuments, in_load: set[str],
                    ready: list[Outcome]) -> Iterator[RawDocument]:
        for file in files:
            legacy = str(file.path.resolve())
            for item in iter_file(file.path, file.root):
                if isinstance(item, CraftgraphError):
                    ready.append(Outcome(str(file.path), error=item))
                elif item.sha256 in stored.keys or item.sha256 in in_load:
                    if item.source and stored.source_of.get(item.sha256) == legacy != item.source:
                        self._renames[item.sha256] = item.source
                    self.report.skipped += 1
                    self.on_progress(None, self.report)
                else:
                    in_load.add(item.sha256)
                    if item.source and legacy in stored.by_source:
                        self._legacy_sources[item.sha256] = legacy
                    yield item

    def _rename_sources(self, stored: StoredDocuments) -> None:
        """Give stored documents that an older craftgraph stored under an absolute path their new source."""
        rows = [{"key": key, "source": source} for key, source in sorted(self._renames.items())
                if is_absolute_source(stored.source_of.get(key))]
        query = f"UNWIND $rows AS row MATCH (d:{DOCUMENT}) WHERE d.key = row.key SET d.source = row.source"
        for start in range(0, len(rows), RENAME_BATCH):
            self.store.run(query, {"rows": rows[start : start + RENAME_BATCH]}, write=True, timeout_s=SLOW_QUERY_S)
        for row in rows:
            stored.rename(row["key"], row["source"])
        self.report.renamed += len(rows)
        self._renames.clear()

    def _drain(self, ready: list[Outcome]) -> None:
        while ready:
            self._failed(ready.pop(0))

    def _failed(self, outcome: Outcome) -> None:
        self.report.failed += 1
        self.on_progress(outcome, self.report)

    def _write(self, records: list[ExtractionRecord], stored: StoredDocuments) -> None:
        if not records:
            return
        for record in records:
            old = stored.replaced_by(record, self._legacy_sources.pop(record.sha256, None))
            if old is not None:
                remove_document(self.store, old)
                stored.discard(old)
                self.report.replaced += 1
        self.store.write_records(records)
        for record in records:
            stored.add(record.sha256, record.source)
            self.report.written += 1
            self.report.entities += len(record.entities)
            self.report.relations += len(record.relations)
            self.on_progress(Outcome(record.doc, record=record), self.report)


def is_resolved(record: ExtractionRecord) -> bool:
    """The record went through entity resolution (every entity has the ``surface`` the resolver sets)."""
    return all("surface" in entity.properties for entity in record.entities)


class BackgroundWriter:
    """Writes records on one thread so that extraction goes on while the store commits (group commit).

    Records gather while a write runs, and the next write takes all of them: at least ``min_batch`` (fewer
    only at the end). A store whose commits cost more as its graph grows (the embedded store checkpoints
    the relationship tables a commit touches) so gets larger and rarer commits; a store with a steady cost
    per commit keeps batches near ``min_batch``. At most ``max_pending`` records wait, so memory stays
    bounded: beyond that, :meth:`add` waits for the writer. A failed write is raised in the caller's
    thread at its next :meth:`add` or at :meth:`close`, and nothing gathered after it is written.
    """

    def __init__(self, write: Callable[[list[ExtractionRecord]], None], *, min_batch: int, max_pending: int) -> None:
        self._write = write
        self._min_batch = max(1, min_batch)
        self._max_pending = max(self._min_batch, max_pending)
        self._gathered: list[ExtractionRecord] = []
        self._closed = self._stopping = False
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="craftgraph-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(
                    lambda: self._stopping or self._closed or len(self._gathered) >= self._min_batch
                )
                if self._stopping or not self._gathered:
                    return
                batch, self._gathered = self._gathered, []
                self._changed.notify_all()  # room for add()
            try:
                self._write(batch)
            except BaseException as error:  # handed to the caller's thread
                with self._changed:
                    self._error = error
                    self._changed.notify_all()
                return

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def add(self, record: ExtractionRecord) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._error is not None or len(self._gathered) < self._max_pending)
            self._raise()
            self._gathered.append(record)
            if len(self._gathered) >= self._min_batch:
                self._changed.notify_all()

    def close(self) -> None:
        """Write what has gathered, wait for it, raise a failed write."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._thread.join()
        self._raise()

    def stop(self) -> None:
        """Drop what has gathered and wait for the write under way (a transaction is never cut short)."""
        with self._changed:
            self._stopping = True
            self._changed.notify_all()
        self._thread.join()

