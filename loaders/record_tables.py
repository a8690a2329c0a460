"""Extraction records as Arrow tables and back, losslessly: the layout ``craftgraph spark extract`` writes.

A set of records becomes four tables joined by ``record`` (the record's position in the input order) plus
an ``errors`` table of the documents that gave no record (docs/scale-out.md, "Record tables"):

* ``documents``: one row per record: ``record``, ``doc``, ``sha256``, ``source``, ``published``, ``title``,
  ``text``, ``extractor``;
* ``articles``: one row per article: ``record``, ``sha256``, ``ordinal``, ``headline``, ``start``, ``end``,
  ``byline`` (list of ``{name, role}``);
* ``entities``: one row per entity: ``record``, ``sha256``, ``position``, ``id``, ``type``, ``name``,
  ``aliases``, ``properties`` (a JSON object), ``mentions`` (list of evidence);
* ``relations``: one row per relation: ``record``, ``sha256``, ``position``, ``type``, ``head``, ``tail``,
  ``properties`` (a JSON object), ``evidence`` (``{text, start, end, article}``);
* ``errors``: ``record``, ``doc``, ``reason``.

Properties are JSON text because their values mix types (strings, integers, lists, null) per key; JSON is
what ``craftgraph extract`` writes, so a record read back equals the one written. ``position`` keeps the
order of entities and relations within their record. :class:`PartWriter` writes a stream of records as one
part file per table (what each Spark task writes). Nothing here needs Spark.
"""

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graph.model import ExtractionRecord

Row = dict[str, Any]

DOCUMENTS, ARTICLES, ENTITIES, RELATIONS, ERRORS = "documents", "articles", "entities", "relations", "errors"
#: The tables that hold records, in the order a record's parts are read.
RECORD_TABLES: tuple[str, ...] = (DOCUMENTS, ARTICLES, ENTITIES, RELATIONS)
#: Every table a record directory holds.
TABLES: tuple[str, ...] = (*RECORD_TABLES, ERRORS)

_EVIDENCE = pa.struct(
    [
        pa.field("text", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("article", pa.int64(), nullable=False),
    ]
)
_BYLINE_ENTRY = pa.struct(
    [pa.field("name", pa.string(), nullable=False), pa.field("role", pa.string(), nullable=False)]
)


def _key_fields() -> list[pa.Field]:
    return [pa.field("record", pa.int64(), nullable=False), pa.field("sha256", pa.string(), nullable=False)]


SCHEMAS: dict[str, pa.Schema] = {
    DOCUMENTS: pa.schema(
        [
            pa.field("record", pa.int64(), nullable=False),
            pa.field("doc", pa.string(), nullable=False),
            pa.field("sha256", pa.string(), nullable=False),
            pa.field("source", pa.string(), nullable=False),
            pa.field("published", pa.string()),
            pa.field("title", pa.string(), nullable=False),
            pa.field("text", pa.string(), nullable=False),
            pa.field("extractor", pa.string(), nullable=False),
        ]
    ),
    ARTICLES: pa.schema(
        [
            *_key_fields(),
            pa.field("ordinal", pa.int64(), nullable=False),
            pa.field("headline", pa.string(), nullable=False),
            pa.field("start", pa.int64(), nullable=False),
            pa.field("end", pa.int64(), nullable=False),
            pa.field("byline", pa.list_(pa.field("element", _BYLINE_ENTRY, nullable=False)), nullable=False),
        ]
    ),
    ENTITIES: pa.schema(
        [
            *_key_fields(),
            pa.field("position", pa.int64(), nullable=False),
            pa.field("id", pa.string(), nullable=False),
            pa.field("type", pa.string(), nullable=False),
            pa.field("name", pa.string(), nullable=False),
            pa.field("aliases", pa.list_(pa.field("element", pa.string(), nullable=False)), nullable=False),
            pa.field("properties", pa.string(), nullable=False),
            pa.field("mentions", pa.list_(pa.field("element", _EVIDENCE, nullable=False)), nullable=False),
        ]
    ),
    RELATIONS: pa.schema(
        [
            *_key_fields(),
            pa.field("position", pa.int64(), nullable=False),
            pa.field("type", pa.string(), nullable=False),
            pa.field("head", pa.string(), nullable=False),
            pa.field("tail", pa.string(), nullable=False),
            pa.field("properties", pa.string(), nullable=False),
            pa.field("evidence", _EVIDENCE, nullable=False),
        ]
    ),
    ERRORS: pa.schema(
        [
            pa.field("record", pa.int64(), nullable=False),
            pa.field("doc", pa.string(), nullable=False),
            pa.field("reason", pa.string(), nullable=False),
        ]
    ),
}


class RecordRowError(ValueError):
    """Rows that do not make a valid record; the message names the table and what is wrong."""


def _json(properties: Mapping[str, Any]) -> str:
    return json.dumps(properties, ensure_ascii=False, sort_keys=False)


def record_rows(record: int, extraction: ExtractionRecord) -> dict[str, list[Row]]:
    """The rows of one record, per table (``errors`` excluded), in the columns of :data:`SCHEMAS`."""
    data = extraction.model_dump(mode="json")
    sha = data["sha256"]
    document = {key: data[key] for key in ("doc", "sha256", "source", "published", "title", "text", "extractor")}
    articles = [
        {"record": record, "sha256": sha, **{k: a[k] for k in ("ordinal", "headline", "start", "end", "byline")}}
        for a in data["articles"]
    ]
    entities = [
        {"record": record, "sha256": sha, "position": position, "id": e["id"], "type": e["type"], "name": e["name"],
         "aliases": e["aliases"], "properties": _json(e["properties"]), "mentions": e["mentions"]}
        for position, e in enumerate(data["entities"])
    ]
    relations = [
        {"record": record, "sha256": sha, "position": position, "type": r["type"], "head": r["head"],
         "tail": r["tail"], "properties": _json(r["properties"]), "evidence": r["evidence"]}
        for position, r in enumerate(data["relations"])
    ]
    return {DOCUMENTS: [{"record": record, **document}], ARTICLES: articles, ENTITIES: entities, RELATIONS: relations}


def error_row(record: int, doc: str, reason: str) -> Row:
    """The ``errors`` row of a document that gave no record."""
    return {"record": record, "doc": doc, "reason": reason}


def records_to_tables(records: Iterable[ExtractionRecord]) -> dict[str, pa.Table]:
    """The four record tables of ``records`` (numbered from 0 in the order given)."""
    rows: dict[str, list[Row]] = {name: [] for name in RECORD_TABLES}
    for index, extraction in enumerate(records):
        for name, table_rows in record_rows(index, extraction).items():
            rows[name].extend(table_rows)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in RECORD_TABLES}


class PartWriter:
    """Writes records and errors as one Parquet part file per table, ``<folder>/<table>/<part>.parquet``.

    Rows go out in row groups of about ``batch_records`` records, so memory stays bounded. Files are written
    under hidden names and renamed into place by :meth:`close`: a reader never sees half a part, and a task
    that runs again (a retried Spark task) replaces the same files.
    """

    def __init__(self, folder: Path, part: str, batch_records: int = 100) -> None:
        self._final = {name: folder / name / f"{part}.parquet" for name in TABLES}
        self._temporary = {name: path.with_name(f".{path.name}.tmp") for name, path in self._final.items()}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._batch_records = batch_records
        self._records = 0

    def add(self, record: int, extraction: ExtractionRecord) -> None:
        for name, rows in record_rows(record, extraction).items():
            self._pending[name].extend(rows)
        self._records += 1
        if self._records % self._batch_records == 0:
            self._flush()

    def add_error(self, record: int, doc: str, reason: str) -> None:
        self._pending[ERRORS].append(error_row(record, doc, reason))

    def close(self) -> None:
        """Write what is pending and put the files in place (a table without rows gets no file)."""
        self._flush()
        for name, writer in self._writers.items():
            writer.close()
            os.replace(self._temporary[name], self._final[name])
        self._writers.clear()

    def _flush(self) -> None:
        for name, rows in self._pending.items():
            if not rows:
                continue
            if name not in self._writers:
                self._final[name].parent.mkdir(parents=True, exist_ok=True)
                self._writers[name] = pq.ParquetWriter(self._temporary[name], SCHEMAS[name])
            self._writers[name].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]))
            rows.clear()


def write_empty_tables(folder: Path) -> None:
    """Give every table under ``folder`` that has no part file an empty one, so each table has its schema."""
    for name in TABLES:
        table = folder / name
        table.mkdir(parents=True, exist_ok=True)
        if not any(p.suffix == ".parquet" and not p.name.startswith(".") for p in table.iterdir()):
            pq.write_table(SCHEMAS[name].empty_table(), table / "part-empty.parquet")


def record_from_rows(document: Row, articles: Sequence[Row], entities: Sequence[Row],
                     relations: Sequence[Row]) -> ExtractionRecord:
    """The record a document row and its article, entity and relation rows make (extra columns ignored).

    Raises :class:`RecordRowError` naming the table and the problem; pydantic's ValidationError (a
    ValueError) when the parts do not make a valid record.
    """
    _require(DOCUMENTS, document, ("doc", "sha256", "source", "title", "text", "extractor"))
    data: dict[str, Any] = {
        key: document[key] for key in ("doc", "sha256", "source", "published", "title", "text", "extractor")
    }
    data["articles"] = [
        {k: _require(ARTICLES, a, ("ordinal", "headline", "start", "end", "byline"))[k]
         for k in ("ordinal", "headline", "start", "end", "byline")}
        for a in articles
    ]
    data["entities"] = [
        {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"],
         "properties": _properties(ENTITIES, e), "mentions": e["mentions"]}
        for e in _ordered(ENTITIES, entities, ("id", "type", "name", "aliases", "properties", "mentions"))
    ]
    data["relations"] = [
        {"type": r["type"], "head": r["head"], "tail": r["tail"], "properties": _properties(RELATIONS, r),
         "evidence": r["evidence"]}
        for r in _ordered(RELATIONS, relations, ("type", "head", "tail", "properties", "evidence"))
    ]
    return ExtractionRecord.model_validate(data)


def records_from_tables(tables: Mapping[str, pa.Table]) -> Iterator[ExtractionRecord]:
    """The records of in-memory tables, in ``record`` order (a missing part table: no such parts)."""
    parts: dict[str, dict[int, list[Row]]] = {}
    for name in (ARTICLES, ENTITIES, RELATIONS):
        grouped: dict[int, list[Row]] = defaultdict(list)
        if name in tables:
            for row in tables[name].to_pylist():
                grouped[row["record"]].append(row)
        parts[name] = grouped
    for document in sorted(tables[DOCUMENTS].to_pylist(), key=lambda row: row["record"]):
        index = document["record"]
        yield record_from_rows(document, parts[ARTICLES].get(index, []), parts[ENTITIES].get(index, []),
                               parts[RELATIONS].get(index, []))


def _require(table: str, row: Row, columns: Sequence[str]) -> Row:
    missing = [c for c in columns if row.get(c) is None]
    if missing:
        raise RecordRowError(f"{table}: no value for {', '.join(missing)}")
    return row


def _ordered(table: str, rows: Sequence[Row], columns: Sequence[str]) -> list[Row]:
    for row in rows:
        _require(table, row, (*columns, "position"))
    return sorted(rows, key=lambda row: row["position"])


def _properties(table: str, row: Row) -> dict[str, Any]:
    try:
        value = json.loads(row["properties"])
    except (TypeError, json.JSONDecodeError) as error:
        owner = row.get("id") or row.get("type")
        raise RecordRowError(f"{table}: the properties of {owner} are not JSON ({error})") from None
    if not isinstance(value, dict):
        raise RecordRowError(f"{table}: properties must be a JSON object, got {type(value).__name__}")
    return value
