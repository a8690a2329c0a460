"""The embedded store's write rows: a group of documents' rows (graph.rows) as the Arrow tables ``COPY`` reads."""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any

import pyarrow as pa

from ..model import ExtractionRecord
from ..rows import NodeRow, PlannedRecord, RelRow, RowBuilder
from .ladybug_schema import node_arrow_schema, rel_arrow_schema

_HEAD_KEY, _TAIL_KEY, _PROPS = attrgetter("head_key"), attrgetter("tail_key"), attrgetter("props")


def node_arrow_table(label: str, props: list[dict[str, Any]]) -> pa.Table:
    """Nodes' properties as the Arrow table ``COPY label`` reads."""
    schema = node_arrow_schema(label)
    return _arrow_table(schema, [[values[name] for values in props] for name in schema.names])


def rel_arrow_table(rows: list[RelRow]) -> pa.Table:
    """Relationships (ends by key, then properties) as the Arrow table ``COPY type`` reads."""
    schema = rel_arrow_schema()
    names = schema.names[2:]
    columns: list[Any] = [list(map(_HEAD_KEY, rows)), list(map(_TAIL_KEY, rows))]
    # Row values, then transposed: loops in C, where a comprehension per column is one Python loop each.
    columns += zip(*map(itemgetter(*names), map(_PROPS, rows)), strict=True) if rows else [[] for _ in names]
    return _arrow_table(schema, columns)


def _arrow_table(schema: pa.Schema, columns: list[Any]) -> pa.Table:
    return pa.Table.from_arrays([pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)],
                                schema=schema)


@dataclass
class NodeRows:
    rows: list[NodeRow]
    table: pa.Table  # every row, before the transaction knows which keys are stored

    @property
    def keys(self) -> list[str]:
        return [row.key for row in self.rows]


#: (type, head label, tail label, table) per relationship table
RelTables = list[tuple[str, str, str, pa.Table]]


class GroupRows:
    """A group's rows (:class:`graph.rows.RowBuilder`) as the Arrow tables ``COPY`` reads: first the nodes
    (:meth:`node_tables`: documents and articles, then entities), then the relationships a part of the records
    at a time (:meth:`rel_parts`), so that the engine copies one table while Python builds the next. Call under
    :func:`graph.rows.paused_gc`."""

    def __init__(self, records: list[ExtractionRecord], base_iri: str) -> None:
        self._builder = RowBuilder(base_iri)
        self._records = records
        self._planned: list[PlannedRecord] = []
        self.documents = self._builder.documents

    def node_tables(self) -> Iterator[tuple[str, NodeRows]]:
        """Every node table: the documents' and articles' before the entities' are built."""
        builder = self._builder
        self._planned = builder.add_documents(self._records)
        done = builder.nodes()
        yield from self._tables(done)
        builder.add_entities(self._planned)
        yield from self._tables({label: rows for label, rows in builder.nodes().items() if label not in done})

    @staticmethod
    def _tables(nodes: dict[str, list[NodeRow]]) -> Iterator[tuple[str, NodeRows]]:
        for label, rows in nodes.items():
            yield label, NodeRows(rows, node_arrow_table(label, [row.props for row in rows]))

    @property
    def node_count(self) -> int:
        return self._builder.node_count

    @property
    def rel_count(self) -> int:
        return self._builder.rel_count

    def rel_parts(self, records_per_part: int) -> Iterator[RelTables]:
        """The relationships, ``records_per_part`` records at a time (after :meth:`node_tables`)."""
        planned = self._planned
        for start in range(0, len(planned), records_per_part):
            yield self._rel_tables(planned[start : start + records_per_part])

    def _rel_tables(self, part: list[PlannedRecord]) -> RelTables:
        grouped: dict[tuple[str, str, str], list[RelRow]] = defaultdict(list)
        for row in self._builder.add_rels(part):
            grouped[(row.type, row.head_label, row.tail_label)].append(row)
        return [(rtype, head, tail, rel_arrow_table(rows)) for (rtype, head, tail), rows in grouped.items()]
