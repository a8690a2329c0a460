"""Read extraction records back from disk: the Parquet record tables or JSON Lines of records.

What counts as records (everything else is documents, read by :mod:`loaders.reading`):

* **Parquet record tables**: a folder holding a ``documents`` table (``documents/`` with ``.parquet`` files,
  as ``craftgraph spark extract`` writes it, or ``documents.parquet``) and, beside it, ``articles``,
  ``entities`` and ``relations`` (:mod:`loaders.record_tables`; docs/scale-out.md, "Record tables"). The
  ``errors`` table is not read.
* **Record JSON Lines**: a ``.jsonl`` file whose first non-empty line is a JSON object with both ``sha256``
  and ``entities`` keys, as ``craftgraph extract`` writes. A document JSON Lines line (``text`` with
  ``url``/``source``/``published``/``title``) never has them, so one line tells the two apart. A folder is a
  record folder when it holds such a file; it must then hold no documents besides.

:func:`read_record_dir` streams records in order and holds one record (Parquet: one batch of rows) at a time.
Parquet tables written by craftgraph are sorted by ``record``; tables rewritten by other tools that are not
are sorted in memory. A malformed record raises InputError naming the file and its line or row (1-based).
"""

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import ValidationError

from graph.errors import InputError
from graph.model import ExtractionRecord
from loaders.reading import SUPPORTED_SUFFIXES
from loaders.record_tables import (
    ARTICLES,
    DOCUMENTS,
    ENTITIES,
    RECORD_TABLES,
    RELATIONS,
    RecordRowError,
    record_from_rows,
)

__all__ = ["check_records", "count_records", "is_record_dir", "is_record_file", "read_record_dir", "record_files"]

_RECORD_KEYS = ("sha256", "entities")
_BATCH_ROWS = 1024
#: Columns each table must have (those :func:`record_from_rows` reads, plus ``record``).
_COLUMNS: dict[str, tuple[str, ...]] = {
    DOCUMENTS: ("record", "doc", "sha256", "source", "published", "title", "text", "extractor"),
    ARTICLES: ("record", "ordinal", "headline", "start", "end", "byline"),
    ENTITIES: ("record", "position", "id", "type", "name", "aliases", "properties", "mentions"),
    RELATIONS: ("record", "position", "type", "head", "tail", "properties", "evidence"),
}


def is_record_file(path: Path) -> bool:
    """``path`` is a ``.jsonl`` file of extraction records (its first non-empty line says so)."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            first = next((line for line in handle if line.strip()), b"")
        obj = json.loads(first.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(obj, dict) and all(key in obj for key in _RECORD_KEYS)


def is_record_dir(path: Path) -> bool:
    """``path`` holds records: a folder of Parquet record tables or of record JSON Lines, or one record JSON
    Lines file. Cheap: it looks at folder names and the first line of each ``.jsonl`` file."""
    if path.is_file():
        return is_record_file(path)
    if not path.is_dir():
        return False
    return bool(_table_files(path, DOCUMENTS)) or any(is_record_file(p) for p in _visible(path, ".jsonl"))


def record_files(path: Path) -> list[Path]:
    """The files :func:`read_record_dir` reads, in order; InputError when ``path`` holds no records or holds
    documents besides them."""
    if path.is_file():
        if not is_record_file(path):
            raise InputError(f"{path}: not a JSON Lines file of extraction records (each line an object with "
                             "\"sha256\" and \"entities\", as craftgraph extract writes)")
        return [path]
    if not path.is_dir():
        raise InputError(f"{path}: no such file or directory")
    if _table_files(path, DOCUMENTS):
        return [f for name in RECORD_TABLES for f in _table_files(path, name)]
    jsonl = [p for p in _visible(path, ".jsonl") if is_record_file(p)]
    if not jsonl:
        raise InputError(f"{path}: holds no extraction records (neither a documents/ Parquet table as craftgraph "
                         "spark extract writes nor record JSON Lines as craftgraph extract writes)")
    others = [p for p in _visible(path, *SUPPORTED_SUFFIXES) if p not in jsonl]
    if others:
        raise InputError(f"{path}: holds both extraction records and documents (e.g. {others[0]}); "
                         "put records and documents in separate folders and load each")
    return jsonl


def count_records(path: Path) -> int:
    """How many records ``path`` holds (Parquet: from the file footers; JSON Lines: non-empty lines)."""
    files = record_files(path)
    if files[0].suffix.lower() == ".jsonl":
        total = 0
        for file in files:
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        return total
    return sum(_parquet(f).metadata.num_rows for f in _table_files(path, DOCUMENTS))


def check_records(path: Path) -> int:
    """Read every record in ``path`` and return how many there are; InputError at the first malformed one."""
    return sum(1 for _ in read_record_dir(path))


def read_record_dir(path: Path) -> Iterator[ExtractionRecord]:
    """Every record in ``path`` (see the module docstring), in the order written.

    Raises InputError (when iterated) naming the file and line or row of the first malformed record; the
    records before it have been yielded, so a caller that must write all or nothing reads everything first.
    """
    files = record_files(path)
    if files[0].suffix.lower() == ".jsonl":
        for file in files:
            yield from _jsonl_records(file)
    else:
        yield from _parquet_records(path)


# ---- JSON Lines ------------------------------------------------------------------------------------------------


def _jsonl_records(file: Path) -> Iterator[ExtractionRecord]:
    with file.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield ExtractionRecord.model_validate_json(line)
            except ValidationError as error:
                raise InputError(f"{file}: line {number}: not a valid extraction record: {_first(error)}") from None


# ---- Parquet ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """A table row and where it is: file and 1-based row number within it."""

    file: Path
    row: int
    values: dict[str, Any]

    @property
    def record(self) -> int:
        return int(self.values["record"])

    @property
    def where(self) -> str:
        return f"{self.file}: row {self.row}"


class _Peek:
    def __init__(self, rows: Iterator[_Row]) -> None:
        self._rows = rows
        self.head: _Row | None = next(rows, None)

    def take(self) -> _Row:
        assert self.head is not None
        row, self.head = self.head, next(self._rows, None)
        return row


def _parquet_records(path: Path) -> Iterator[ExtractionRecord]:
    documents = _table_rows(path, DOCUMENTS)
    parts = {name: _Peek(_table_rows(path, name)) for name in (ARTICLES, ENTITIES, RELATIONS)}
    previous: _Row | None = None
    for document in documents:
        _check_required(DOCUMENTS, document)
        if previous is not None and previous.record == document.record:
            raise InputError(f"{document.where}: record {document.record} appears twice in the documents table "
                             f"(also at {previous.where})")
        previous = document
        rows: dict[str, list[_Row]] = {}
        for name, part in parts.items():
            rows[name] = []
            while part.head is not None and part.head.record <= document.record:
                row = part.take()
                if row.record < document.record:
                    raise _orphan(name, row)
                _check_required(name, row)
                rows[name].append(row)
        try:
            yield record_from_rows(document.values, *([r.values for r in rows[n]] for n in parts))
        except (RecordRowError, ValidationError) as error:
            reason = _first(error) if isinstance(error, ValidationError) else str(error)
            raise InputError(f"{document.where}: record {document.record} ({document.values['doc']}) is not a valid "
                             f"extraction record: {reason}") from None
    for name, part in parts.items():
        if part.head is not None:
            raise _orphan(name, part.head)


def _orphan(table: str, row: _Row) -> InputError:
    return InputError(f"{row.where}: the {table} row belongs to record {row.record}, which the documents table "
                      "does not hold")


def _check_required(table: str, row: _Row) -> None:
    nullable = {"published"}
    missing = [c for c in _COLUMNS[table] if c not in nullable and row.values.get(c) is None]
    if missing:
        raise InputError(f"{row.where}: the {table} row has no value for {', '.join(missing)}")


def _table_rows(path: Path, table: str) -> Iterator[_Row]:
    """The rows of one table in ``record`` order (streamed when the files are already in that order)."""
    files = _table_files(path, table)
    for file in files:
        missing = [c for c in _COLUMNS[table] if c not in _parquet(file).schema_arrow.names]
        if missing:
            raise InputError(f"{file}: the {table} table lacks the columns {', '.join(missing)}; a record folder is "
                             "what craftgraph spark extract writes (docs/scale-out.md, \"Record tables\")")
    if _sorted_by_record(files):
        return chain.from_iterable(_file_rows(file, table) for file in files)
    return iter(sorted(chain.from_iterable(_file_rows(file, table) for file in files), key=lambda r: r.record))


def _file_rows(file: Path, table: str) -> Iterator[_Row]:
    number = 0
    for batch in _parquet(file).iter_batches(batch_size=_BATCH_ROWS, columns=list(_COLUMNS[table])):
        for values in batch.to_pylist():
            number += 1
            if values["record"] is None:
                raise InputError(f"{file}: row {number}: the {table} row has no record number")
            yield _Row(file, number, values)


def _sorted_by_record(files: Sequence[Path]) -> bool:
    last = None
    for file in files:
        column = _parquet(file).read(columns=["record"]).column("record")
        if column.null_count:
            return False  # _file_rows reports the row
        if len(column) == 0:
            continue
        values = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        if len(values) > 1 and not pc.all(pc.greater_equal(values.slice(1), values.slice(0, len(values) - 1))).as_py():
            return False
        first, final = values[0].as_py(), values[-1].as_py()
        if last is not None and first < last:
            return False
        last = final
    return True


def _parquet(file: Path) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(file)
    except (OSError, pa.ArrowInvalid) as error:
        raise InputError(f"{file}: not a readable Parquet file ({error})") from None


def _table_files(path: Path, table: str) -> list[Path]:
    single = path / f"{table}.parquet"
    if single.is_file():
        return [single]
    folder = path / table
    if not folder.is_dir():
        return []
    return _visible(folder, ".parquet")


def _visible(folder: Path, *suffixes: str) -> list[Path]:
    """Files under ``folder`` with one of ``suffixes``, sorted, skipping hidden and ``_``-prefixed names
    (Spark's ``_SUCCESS``, ``.crc`` checksums)."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in suffixes
        and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )


def _first(error: ValidationError) -> str:
    """The first problem pydantic found, on one line, and how many more."""
    problems = error.errors()
    first = problems[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where + ': ' if where else ''}{first.get('msg', '')}{more}"
