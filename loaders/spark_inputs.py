"""What ``craftgraph spark extract`` reads: document files, as ``craftgraph extract`` reads them, and tables.

A *table* is a news archive laid out for a data lake: one row per document, a ``text`` column and optional
``source``, ``url``, ``title`` and ``published`` columns (other columns are ignored). How an input is told
to be a table (the rest is documents, found by :func:`loaders.reading.input_files`):

* a PATH whose name ends in ``.parquet`` (a file, or a folder holding a Parquet dataset) is a Parquet table;
* ``--table PATH`` names a table explicitly, local or any URI Spark reads (``hdfs://``, ``s3a://``). Its
  format: JSON Lines when the name ends in ``.jsonl`` or ``.json``, or when it is a local folder whose data
  files do; Parquet otherwise.

A table row becomes a document named ``<table>#row<n>`` (``news.parquet#row12``, 1-based in the order Spark
reads the table). Its source is its ``url``, else its ``source``, else empty (as a JSON Lines line without
one: a table is no identity for a row); ``published`` is normalised to ``YYYY-MM-DD`` like every input.
Nothing here needs Spark.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from graph.errors import InputError
from loaders.document import RawDocument
from loaders.reading import InputFile, input_files, normalise_date, sha256_of

#: The columns a table row may have; only ``text`` is required.
TABLE_COLUMNS: tuple[str, ...] = ("text", "source", "url", "title", "published")
_JSON_SUFFIXES = (".jsonl", ".json")


class TableFormat(StrEnum):
    PARQUET = "parquet"
    JSON_LINES = "jsonl"


@dataclass(frozen=True)
class TableInput:
    """A table to read with Spark: ``location`` is a URI Spark understands, ``name`` names its rows."""

    location: str
    name: str
    format: TableFormat


@dataclass(frozen=True)
class JobInputs:
    """Everything one job reads, in the order its records are numbered: files first, then tables."""

    files: list[InputFile]
    tables: list[TableInput]

    @property
    def empty(self) -> bool:
        return not self.files and not self.tables


def plan_inputs(paths: Sequence[Path], tables: Sequence[str], source_root: Path | None = None) -> JobInputs:
    """Sort the command line's inputs into document files and tables (see the module docstring).

    Raises InputError, before any Spark work, for a missing path, an unsupported file, a folder without
    documents, or no input at all.
    """
    parquet_paths = [p for p in paths if p.suffix.lower() == ".parquet"]
    documents = [p for p in paths if p not in parquet_paths]
    found = [_table(str(p)) for p in parquet_paths] + [_table(t) for t in tables]
    inputs = JobInputs(input_files(documents, source_root) if documents else [], found)
    if inputs.empty:
        raise InputError("nothing to extract: give document files or folders, or --table PATH")
    return inputs


def _table(location: str) -> TableInput:
    remote = "://" in location
    path = Path(location)
    if not remote and not path.exists():
        raise InputError(f"{location}: no such file or directory")
    name = location.rstrip("/").rsplit("/", 1)[-1] or location
    uri = location if remote else path.resolve().as_uri()
    return TableInput(uri, name, _format(path, remote))


def _format(path: Path, remote: bool) -> TableFormat:
    if path.suffix.lower() in _JSON_SUFFIXES:
        return TableFormat.JSON_LINES
    if not remote and path.is_dir():
        data = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))]
        if data and all(p.suffix.lower() in _JSON_SUFFIXES for p in data):
            return TableFormat.JSON_LINES
    return TableFormat.PARQUET


def table_document(table: str, number: int, row: Mapping[str, object]) -> RawDocument:
    """The document of row ``number`` (1-based) of ``table``; InputError naming the row when its text is
    missing or empty, or a column holds something other than text."""
    where = f"{table}#row{number}"
    if row.get("_corrupt_record") is not None:
        raise InputError(f"{where}: not valid JSON; truncated line?")
    for column in TABLE_COLUMNS:
        if row.get(column) is not None and not isinstance(row[column], str):
            raise InputError(f"{where}: the {column!r} column must hold text, got {type(row[column]).__name__}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: the \"text\" column is missing or empty")
    source = _stripped(row.get("url")) or _stripped(row.get("source"))
    title = row.get("title")
    return RawDocument(doc=where, text=text, sha256=sha256_of(text), source=source,
                       published=normalise_date(row.get("published")), encoding="utf-8",
                       title=title if isinstance(title, str) else "")


def _stripped(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
