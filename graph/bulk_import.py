"""Extraction records into the CSV files of ``neo4j-admin database import full``: the graph the Neo4j store
would hold after writing the same records, node for node and relationship for relationship.

Rows come from :func:`graph.rows.build_batch`, as the store's do, a chunk of documents at a time. Documents,
articles and relationships are written as they come (a document's rows never change later); entity nodes
are kept until the end, because later documents may vote on their properties: each chunk's entity row
joins the one held so far exactly as :func:`graph.rows.build_batch` joins two rows of one key (votes
pooled, :func:`graph.node_merge.merge_entity`). A document seen before (same sha256) is skipped.

Files: one pair (header, data) per node label (``key:ID(<label>)``: an ID space per label, as keys are
unique per label) and per relationship type and end labels, under ``nodes/`` and ``relationships/``;
paths in the command line are relative to the folder, so it can be copied to another server.

What CSV cannot say is done after the import (:meth:`ImportFiles.after_import_statements`): an empty list
(the store writes ``[]`` for an entity without aliases, an article without byline) reads back as no
property, so the lists that were empty are set to ``[]`` by label (or type) and property. That is exact
because such a property is never null in a row of the same label; when it is, the import is refused.
"""

import shlex
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .bulk_csv import (
    ARRAY_DELIMITER_CANDIDATES,
    FORMAT_OPTIONS,
    choose_array_delimiter,
    column,
    delimiter_option,
    encode,
    header_line,
    note_candidates,
    quoted,
    row_line,
)
from .errors import InputError
from .model import ExtractionRecord
from .node_merge import STATED_PROPERTIES, add_into, merge_entity
from .rows import NodeRow, RelRow, build_batch, chunks_by_weight
from .schema import INT, NODE_PROPERTIES, REL_PROPERTIES, STRING, STRING_LIST

#: Something that yields the records, and yields them again when called again (the files are written a
#: second time in the rare case that a list element holds the first-choice array delimiter).
RecordSource = Callable[[], Iterable[ExtractionRecord]]
Progress = Callable[[str], None]

REPORT_FILE = "import.report"
AFTER_IMPORT_FILE = "after-import.cypher"
#: Rows per transaction of the statements that set empty lists after the import.
FIX_ROWS_PER_TRANSACTION = 10_000
#: Rows of :func:`graph.rows.build_batch` per chunk (as for one store transaction: bounded memory).
CHUNK_ROWS = 20_000


@dataclass(frozen=True)
class CsvPair:
    """One input of the importer: a header file and its data file, paths relative to the folder."""

    header: str
    data: str
    rows: int

    def argument(self, option: str) -> str:
        return f"--{option}={self.header},{self.data}"


@dataclass(frozen=True)
class EmptyLists:
    """A list property that was empty in some rows of a label (``node``) or relationship type."""

    name: str
    prop: str
    node: bool
    rows: int

    def statement(self) -> str:
        """Set the property to ``[]`` where the import left it null, in batches (an auto-commit statement)."""
        var = "n" if self.node else "r"
        pattern = f"(n:{self.name})" if self.node else f"()-[r:{self.name}]->()"
        return (f"MATCH {pattern} WHERE {var}.{self.prop} IS NULL CALL ({var}) {{ SET {var}.{self.prop} = [] }} "
                f"IN TRANSACTIONS OF {FIX_ROWS_PER_TRANSACTION} ROWS")


@dataclass(frozen=True)
class ImportFiles:
    """What :func:`write_import_files` wrote, and how to import it."""

    directory: Path
    nodes: list[CsvPair]
    relationships: list[CsvPair]
    array_delimiter: str
    documents: int
    duplicates: int
    empty_lists: list[EmptyLists]
    seconds: float

    @property
    def node_count(self) -> int:
        return sum(pair.rows for pair in self.nodes)

    @property
    def relationship_count(self) -> int:
        return sum(pair.rows for pair in self.relationships)

    def options(self, *, overwrite: bool) -> list[str]:
        """The options of ``neo4j-admin database import full <database>``, paths relative to :attr:`directory`."""
        options = [*FORMAT_OPTIONS, delimiter_option(self.array_delimiter), "--id-type=string", "--bad-tolerance=0",
                   "--skip-bad-relationships=false", "--skip-duplicate-nodes=false", f"--report-file={REPORT_FILE}",
                   f"--overwrite-destination={str(overwrite).lower()}"]
        options += [pair.argument("nodes") for pair in self.nodes]
        options += [pair.argument("relationships") for pair in self.relationships]
        return options

    def command_line(self, database: str, *, overwrite: bool) -> str:
        """The shell command that imports the files on a Neo4j server of one's own, run in :attr:`directory`.
        The database comes before the file lists: ``--nodes`` takes any number of values."""
        return shlex.join(["neo4j-admin", "database", "import", "full", database, *self.options(overwrite=overwrite)])

    def after_import_statements(self) -> list[str]:
        """Auto-commit statements to run once the imported database is up: the empty lists."""
        return [empty.statement() for empty in self.empty_lists]


@dataclass
class _ListCounts:
    nulls: int = 0
    empty: int = 0


class _Table:
    """One CSV pair being written: the header at once, rows as they come; for a label (``node``) or a
    relationship type (``name``), with the empty and null count of each list column."""

    def __init__(self, directory: Path, stem: str, name: str, node: bool, heads: list[str],
                 kinds: list[tuple[str, str]], tail: list[str]) -> None:
        self.header, self.data = f"{stem}.header.csv", f"{stem}.csv"
        (directory / self.header).parent.mkdir(parents=True, exist_ok=True)
        (directory / self.header).write_text(header_line([*heads, *(column(p, k) for p, k in kinds), *tail]),
                                             encoding="utf-8")
        self.name, self.node, self.kinds = name, node, kinds
        self.lists = {prop: _ListCounts() for prop, kind in kinds if kind == STRING_LIST}
        self.rows = 0
        self._out: IO[str] = (directory / self.data).open("w", encoding="utf-8", newline="", buffering=1 << 20)

    def write(self, fields: list[str]) -> None:
        self._out.write(row_line(fields))

    def pair(self) -> CsvPair:
        return CsvPair(self.header, self.data, self.rows)

    def close(self) -> None:
        self._out.close()


class _Writer:
    """One pass over the records with one array delimiter; ``clashed`` when an element held it (the files
    are then useless, but the pass goes on to learn every candidate delimiter the elements hold)."""

    def __init__(self, directory: Path, base_iri: str, array_delimiter: str, say: Progress) -> None:
        self.directory, self.base_iri, self.delimiter, self.say = directory, base_iri, array_delimiter, say
        self.used: set[str] = set()  # candidate delimiters seen in list elements
        self.clashed = False
        self.documents = self.duplicates = 0
        self._nodes: dict[str, _Table] = {}
        self._rels: dict[tuple[str, str, str], _Table] = {}
        self._entities: dict[tuple[str, str], NodeRow] = {}
        self._seen: set[str] = set()

    # ---- rows to fields (the hot path: plain strings, integers and nulls inline) ----
    def _fields(self, values: dict[str, Any], table: _Table, what: Callable[[], str]) -> list[str]:
        fields = []
        for prop, kind in table.kinds:
            value = values.get(prop)
            if value is None:
                if kind == STRING_LIST:
                    table.lists[prop].nulls += 1
                fields.append("")
            elif kind == STRING and type(value) is str:
                fields.append('"' + value.replace('"', '""') + '"')
            elif kind == INT and type(value) is int:
                fields.append(str(value))
            elif kind == STRING_LIST:
                fields.append(self._list_field(value, table.lists[prop], f"{what()}: property {prop}"))
            else:
                fields.append(encode(value, kind, self.delimiter, f"{what()}: property {prop}"))
        return fields

    def _list_field(self, value: Any, counts: _ListCounts, what: str) -> str:
        if value == []:
            counts.empty += 1
            return ""
        if isinstance(value, list):
            for element in value:
                if isinstance(element, str):
                    note_candidates(element, self.used)
            if self.delimiter in self.used:
                self.clashed = True
                return ""
        return encode(value, STRING_LIST, self.delimiter, what)

    def _node_table(self, label: str) -> _Table:
        table = self._nodes.get(label)
        if table is None:
            kinds = [(p, k) for p, k in NODE_PROPERTIES[label].items() if p != "key"]
            table = self._nodes[label] = _Table(self.directory, f"nodes/{label}", label, True,
                                                [f"key:ID({label})"], kinds, [":LABEL"])
        return table

    def _rel_table(self, rtype: str, head: str, tail: str) -> _Table:
        table = self._rels.get((rtype, head, tail))
        if table is None:
            table = self._rels[(rtype, head, tail)] = _Table(
                self.directory, f"relationships/{rtype}.{head}-{tail}", rtype, False,
                [f":START_ID({head})", f":END_ID({tail})", ":TYPE"], list(REL_PROPERTIES.items()), [])
        return table

    def _write_node(self, row: NodeRow) -> None:
        table = self._node_table(row.label)
        fields = self._fields(row.props, table, lambda: f"{row.label} {row.key!r}")
        if not self.clashed:
            table.write([quoted(row.key), *fields, quoted(row.label)])
        table.rows += 1

    def _write_rel(self, rtype: str, row: RelRow) -> None:
        table = self._rel_table(rtype, row.head_label, row.tail_label)
        fields = self._fields(row.props, table, lambda: (f"document {row.props.get('doc')}: {rtype} "
                                                         f"{row.head_key!r} -> {row.tail_key!r}"))
        if not self.clashed:
            table.write([quoted(row.head_key), quoted(row.tail_key), quoted(rtype), *fields])
        table.rows += 1

    # ---- records to rows ----
    def _fresh(self, chunk: list[ExtractionRecord]) -> list[ExtractionRecord]:
        fresh = []
        for record in chunk:
            if record.sha256 in self._seen:
                self.duplicates += 1
                continue
            self._seen.add(record.sha256)
            fresh.append(record)
        return fresh

    def _hold_entity(self, row: NodeRow) -> None:
        """Join ``row`` to the row of its key held so far, as :func:`graph.rows.build_batch` joins two rows."""
        held = self._entities.get((row.label, row.key))
        if held is None:
            self._entities[(row.label, row.key)] = row
            return
        votes = add_into(held.votes, row.votes)
        self._entities[(row.label, row.key)] = NodeRow(row.label, row.key,
                                                       merge_entity(row.label, held.props, row.props, votes), votes)

    def write(self, records: Iterable[ExtractionRecord]) -> None:
        next_note = time.monotonic() + 5
        rels = 0
        for chunk in chunks_by_weight(records, CHUNK_ROWS):
            fresh = self._fresh(chunk)
            self.documents += len(fresh)
            batch = build_batch(fresh, self.base_iri)
            for label, node_rows in batch.nodes.items():
                for node_row in node_rows:
                    if label in STATED_PROPERTIES:
                        self._hold_entity(node_row)
                    else:
                        self._write_node(node_row)
            for (rtype, _head, _tail), rel_rows in batch.rels.items():
                for rel_row in rel_rows:
                    self._write_rel(rtype, rel_row)
                rels += len(rel_rows)
            if time.monotonic() > next_note:
                self.say(f"{self.documents:,} documents, {rels:,} relationships written …")
                next_note = time.monotonic() + 5
        for entity in self._entities.values():
            self._write_node(entity)

    def close(self) -> None:
        for table in (*self._nodes.values(), *self._rels.values()):
            table.close()

    def pairs(self) -> tuple[list[CsvPair], list[CsvPair]]:
        """The node files and the relationship files written."""
        return [t.pair() for t in self._nodes.values()], [t.pair() for t in self._rels.values()]

    def empty_lists(self) -> list[EmptyLists]:
        """The list properties to set to ``[]`` after the import, per label or relationship type."""
        totals: dict[tuple[bool, str, str], _ListCounts] = {}
        for table in (*self._nodes.values(), *self._rels.values()):
            for prop, counts in table.lists.items():
                total = totals.setdefault((table.node, table.name, prop), _ListCounts())
                total.nulls, total.empty = total.nulls + counts.nulls, total.empty + counts.empty
        found = []
        for (node, name, prop), counts in sorted(totals.items()):
            if not counts.empty:
                continue
            if counts.nulls:
                kind = "label" if node else "relationship type"
                raise InputError(f"{kind} {name}: property {prop} is an empty list in {counts.empty} rows and "
                                 f"missing in {counts.nulls}; neo4j-admin import cannot tell these apart")
            found.append(EmptyLists(name, prop, node, counts.empty))
        return found


def write_import_files(source: RecordSource, directory: Path, base_iri: str,
                       progress: Progress | None = None) -> ImportFiles:
    """Write the import files for the records of ``source`` into ``directory`` (created; must be empty)."""
    say = progress or (lambda _msg: None)
    if directory.exists() and any(directory.iterdir()):
        raise InputError(f"{directory} is not empty; give a new or empty folder for the import files")
    started = time.perf_counter()
    delimiter = ARRAY_DELIMITER_CANDIDATES[0]
    for _attempt in range(2):
        directory.mkdir(parents=True, exist_ok=True)
        writer = _Writer(directory, base_iri, delimiter, say)
        try:
            writer.write(source())
        finally:
            writer.close()
        if not writer.clashed:
            nodes, relationships = writer.pairs()
            return ImportFiles(directory, nodes, relationships, delimiter, writer.documents, writer.duplicates,
                               writer.empty_lists(), time.perf_counter() - started)
        delimiter = choose_array_delimiter(writer.used)
        say(f"a list element holds U+{ord(writer.delimiter):04X}; writing the files again with "
            f"U+{ord(delimiter):04X} as the array delimiter")
        shutil.rmtree(directory)
    raise InputError("the records changed between two readings (a list element holds the array delimiter "
                     "chosen from the first); import from a record folder nothing writes to")
