"""The embedded store's write rows: a group of documents' rows (graph.rows) as the Arrow tables ``COPY`` reads."""

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import pyarrow as pa

from ..model import ExtractionRecord
from ..rows import NodeRow, RelRow, build_batch, paused_gc
from .ladybug_schema import node_arrow_schema, rel_arrow_schema


def node_arrow_table(label: str, props: list[dict[str, Any]]) -> pa.Table:
    """Nodes' properties as the Arrow table ``COPY label`` reads."""
    schema = node_arrow_schema(label)
    # Row values, then transposed: loops in C, where a comprehension per column is one Python loop each.
    columns = zip(*map(itemgetter(*schema.names), props), strict=True) if props else [[] for _ in schema.names]
    return _arrow_table(schema, list(columns))


def rel_arrow_table(rows: list[RelRow]) -> pa.Table:
    """Relationships (ends by key, then properties) as the Arrow table ``COPY type`` reads."""
    schema = rel_arrow_schema()
    if not rows:
        return schema.empty_table()
    _, _, head_keys, _, tail_keys, values = zip(*rows, strict=True)  # columns of the rows' fields, in C
    return _arrow_table(schema, [head_keys, tail_keys, *zip(*values, strict=True)])


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


@dataclass
class TableRows:
    """A group's rows (:func:`graph.rows.build_batch`), ready for ``COPY``."""

    documents: list[str]
    node_count: int
    rel_count: int
    nodes: dict[str, NodeRows] = field(default_factory=dict)
    #: (type, head label, tail label, table)
    rels: list[tuple[str, str, str, pa.Table]] = field(default_factory=list)


def build_rows(records: list[ExtractionRecord], base_iri: str) -> TableRows:
    batch = build_batch(records, base_iri)
    with paused_gc():  # many small containers, no cycles (graph.rows.paused_gc)
        rows = TableRows(batch.documents, batch.node_count, batch.rel_count)
        for label, nodes in batch.nodes.items():
            rows.nodes[label] = NodeRows(nodes, node_arrow_table(label, [row.props for row in nodes]))
        rows.rels = [(rtype, head, tail, rel_arrow_table(rels)) for (rtype, head, tail), rels in batch.rels.items()]
    return rows
