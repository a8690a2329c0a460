"""Read the whole graph through :meth:`GraphStore.run`, page by page, in Cypher both engines speak.

Pages are keyset-paged on ``key`` (unique per label and per relationship), so a page costs the same
wherever it starts. Labels and types come from :mod:`graph.schema`, never from user input.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..model import StructuralLabel
from ..schema import ENTITY_LABELS, NODE_PROPERTIES, REL_ENDPOINTS, REL_PROPERTIES
from ..store import GraphStore

#: Documents and Articles first: relationships refer to them.
NODE_ORDER: tuple[str, ...] = (
    StructuralLabel.DOCUMENT.value,
    StructuralLabel.ARTICLE.value,
    *ENTITY_LABELS,
)


@dataclass(frozen=True)
class NodeRow:
    label: str
    props: dict[str, Any]


@dataclass(frozen=True)
class RelationshipRow:
    type: str
    head_uri: str
    tail_uri: str
    props: dict[str, Any]


def node_query(label: str) -> str:
    columns = ", ".join(f"n.{p} AS {p}" for p in NODE_PROPERTIES[label])
    return f"MATCH (n:{label}) WHERE n.key > $after RETURN {columns} ORDER BY n.key LIMIT $limit"


def relationship_query(rtype: str, head_label: str, tail_label: str) -> str:
    columns = ", ".join(f"r.{p} AS {p}" for p in REL_PROPERTIES)
    return (
        f"MATCH (a:{head_label})-[r:{rtype}]->(b:{tail_label}) WHERE r.key > $after "
        f"RETURN a.uri AS head_uri, b.uri AS tail_uri, {columns} ORDER BY r.key LIMIT $limit"
    )


def _pages(store: GraphStore, query: str, page_size: int) -> Iterator[dict[str, Any]]:
    after = ""
    while True:
        result = store.run(query, {"after": after, "limit": page_size}, row_cap=page_size)
        rows = result.records()
        yield from rows
        if len(rows) < page_size:
            return
        after = rows[-1]["key"]


def read_nodes(store: GraphStore, page_size: int) -> Iterator[NodeRow]:
    for label in NODE_ORDER:
        for props in _pages(store, node_query(label), page_size):
            yield NodeRow(label, props)


def read_relationships(store: GraphStore, page_size: int) -> Iterator[RelationshipRow]:
    for rtype, pairs in REL_ENDPOINTS.items():
        for head_label, tail_label in pairs:
            for row in _pages(store, relationship_query(rtype, head_label, tail_label), page_size):
                head, tail = row.pop("head_uri"), row.pop("tail_uri")
                yield RelationshipRow(rtype, head, tail, row)
