"""The Cypher the Neo4j store writes with: schema, batched node and relationship writes, document removal.

Labels and relationship types come from :mod:`graph.schema` (never from input), so they are part of the
text; every value is a parameter. Functions taking ``tx`` run inside the caller's managed transaction.

Write statements carry ``CYPHER replan=skip``: their plans (a unique-constraint seek, an element-id seek)
do not depend on statistics, and while a load grows the database from empty the statistics diverge so
often that Neo4j would otherwise re-plan each of them every few seconds.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction

from ..errors import StoreError
from ..model import RelationType, StructuralLabel, StructuralRelation
from ..node_merge import (
    MERGED_PROPERTIES,
    STATED_PROPERTIES,
    add_votes,
    merge_entity,
    settle,
    stored_votes,
    stored_votes_query,
)
from ..rows import WriteBatch
from ..schema import ENTITY_LABELS, INT, NODE_PROPERTIES, REL_ENDPOINTS, REL_PROPERTIES, STRING_LIST

ARTICLE, DOCUMENT = StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value
MENTIONS, REPORTED = StructuralRelation.MENTIONS.value, StructuralRelation.REPORTED.value
FACT_TYPES: tuple[str, ...] = tuple(r.value for r in RelationType)
FULLTEXT_INDEX = "entity_names"
_FIXED_PLAN = "CYPHER replan=skip "

#: Indexes earlier versions created and this one no longer needs (dropped when the schema is ensured).
RETIRED_INDEXES: tuple[str, ...] = tuple(f"{rtype.lower()}_doc" for rtype in REL_ENDPOINTS)


def schema_statements() -> list[str]:
    """Constraints and indexes, all ``IF NOT EXISTS``/``IF EXISTS`` so they can run on every open.

    Relationships get no index: a document's relationships are reached for deletion through its
    articles and the entities they mention (every relationship ends at one of them), so writes do not
    pay an index update per relationship.
    """
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in NODE_PROPERTIES
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)" for label in ENTITY_LABELS
    ]
    statements.append(f"CREATE INDEX article_doc IF NOT EXISTS FOR (n:{ARTICLE}) ON (n.doc)")
    statements += [f"DROP INDEX {name} IF EXISTS" for name in RETIRED_INDEXES]
    # Eventually consistent: Lucene is updated after the commit instead of inside every write transaction.
    statements.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{'|'.join(ENTITY_LABELS)}) "
        "ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
    )
    return statements


def merge_nodes_query(label: str) -> str:
    """MERGE on key, returning every node's [key, element id] in ONE record (a record per node is a Bolt
    message per node, which cost the client more than the rest of the write); properties the row leaves out
    keep their stored value."""
    on_create = " ON CREATE SET n.aliases = []" if "aliases" in NODE_PROPERTIES[label] else ""
    return (
        f"{_FIXED_PLAN}UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}){on_create} SET n += row.props "
        "RETURN collect([row.key, elementId(n)]) AS ids"
    )


def create_rels_query(rtype: str) -> str:
    """CREATE, not MERGE: the documents' old relationships were deleted first in the same transaction.

    Ends are found by element id (returned by the node MERGEs of the same transaction), which is cheaper
    than an index seek and lets one statement serve every (head label, tail label) pair of the type.
    Properties are written by the CREATE itself (a missing one is null, which CREATE skips): a following
    ``SET r = row.p`` would make the planner buffer every row (Eager) and write each relationship twice.
    """
    props = ", ".join(f"{name}: row.p.{name}" for name in REL_PROPERTIES)
    return (
        f"{_FIXED_PLAN}UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.h MATCH (b) WHERE elementId(b) = row.t "
        f"CREATE (a)-[:{rtype} {{{props}}}]->(b)"
    )


def _fits(value: Any, kind: str) -> bool:
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == STRING_LIST:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)


def _present(props: dict[str, Any], kinds: dict[str, str], what: str) -> dict[str, Any]:
    """Properties without nulls (Neo4j stores no null; ``SET n += {p: null}`` would erase a stored value),
    each checked against the schema's type (the embedded store refuses the same values)."""
    kept = {k: v for k, v in props.items() if v is not None}
    for name, value in kept.items():
        kind = kinds.get(name)
        if kind is not None and not _fits(value, kind):
            raise StoreError(f"{what}: property {name} is {value!r}, the schema wants {kind}; "
                             "nothing of this batch was stored")
    return kept


@dataclass
class PreparedBatch:
    """A :class:`WriteBatch` as statement parameters, type-checked, built before (and outside) the transaction."""

    documents: list[str]
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: per relationship type: (head label, head key, tail label, tail key, properties)
    rels: dict[str, list[tuple[str, str, str, str, dict[str, Any]]]] = field(default_factory=dict)
    node_count: int = 0
    rel_count: int = 0


def prepare(batch: WriteBatch) -> PreparedBatch:
    """Parameters for :func:`write_batch`; raises :class:`StoreError` on a value the schema does not allow."""
    prepared = PreparedBatch(list(batch.documents), node_count=batch.node_count, rel_count=batch.rel_count)
    for label, node_rows in batch.nodes.items():
        kinds = NODE_PROPERTIES[label]
        prepared.nodes[label] = [
            {"key": r.key, "props": _present(r.props, kinds, f"{label} {r.key!r}"),
             **({"votes": r.votes} if label in STATED_PROPERTIES else {})}
            for r in node_rows
        ]
    for (rtype, head, tail), rel_rows in batch.rels.items():
        rows = prepared.rels.setdefault(rtype, [])
        for r in rel_rows:
            props = _present(r.props, REL_PROPERTIES, f"document {r.props.get('doc')}: {rtype}")
            rows.append((head, r.head_key, tail, r.tail_key, props))
    return prepared


def _chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _merged_entities(tx: ManagedTransaction, label: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` joined to the stored nodes of their keys (graph.node_merge): settled from the stored node,
    or, where a new document contradicts a stored value, decided by counting the stored documents' votes.
    Returns copies without the votes (a retried transaction must start from the batch as it was)."""
    props = MERGED_PROPERTIES[label]
    columns = ", ".join(f"n.{p} AS {p}" for p in props)
    query = f"{_FIXED_PLAN}MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key, {columns}"
    stored = {record["key"]: record.data(*props) for record in tx.run(query, keys=[row["key"] for row in rows])}
    decided: dict[str, dict[str, Any]] = {}
    contested: list[dict[str, Any]] = []
    for row in rows:
        held = stored.get(row["key"])
        merged = merge_entity(label, {}, row["props"], row["votes"]) if held is None else settle(
            label, held, row["props"], row["votes"])
        if merged is None:
            contested.append(row)
        else:
            decided[row["key"]] = merged
    if contested:
        found = tx.run(stored_votes_query(label), keys=[row["key"] for row in contested])
        counted = stored_votes((record.values() for record in found), stored)
        for row in contested:
            votes = add_votes(counted.get(row["key"], {}), row["votes"])
            decided[row["key"]] = merge_entity(label, stored[row["key"]], row["props"], votes)
    return [{"key": row["key"], "props": {k: v for k, v in decided[row["key"]].items() if v is not None}}
            for row in rows]


def write_batch(tx: ManagedTransaction, batch: PreparedBatch, rows_per_statement: int) -> None:
    """Nodes first (MERGE), then relationships (CREATE) per type, in ``UNWIND`` lists of bounded size."""
    ids: dict[tuple[str, str], str] = {}
    for label, rows in batch.nodes.items():
        if label in STATED_PROPERTIES:
            rows = _merged_entities(tx, label, rows)
        query = merge_nodes_query(label)
        for chunk in _chunks(rows, rows_per_statement):
            pairs = tx.run(query, rows=chunk).single(strict=True)["ids"]
            ids.update(((label, key), element_id) for key, element_id in pairs)
    for rtype, rels in batch.rels.items():
        query = create_rels_query(rtype)
        for chunk in _chunks(rels, rows_per_statement):
            rows = [{"h": ids[(head, hkey)], "t": ids[(tail, tkey)], "p": p} for head, hkey, tail, tkey, p in chunk]
            tx.run(query, rows=rows).consume()


def stored_documents(tx: ManagedTransaction, doc_keys: list[str]) -> list[str]:
    result = tx.run(f"{_FIXED_PLAN}MATCH (d:{DOCUMENT}) WHERE d.key IN $docs RETURN d.key AS key", docs=doc_keys)
    return [record["key"] for record in result]


def delete_documents(tx: ManagedTransaction, doc_keys: list[str]) -> int:
    """Delete the documents' relationships, articles and nodes, then the entities nothing else supports.

    Every relationship of a document ends at one of its articles (``IN_DOCUMENT``, ``MENTIONS``,
    ``REPORTED``) or joins two entities its articles mention (facts), so both are found from the
    articles (``Article.doc`` is indexed) without an index on relationships. Returns the number of
    relationships deleted.
    """
    touched = tx.run(
        f"MATCH (a:{ARTICLE}) WHERE a.doc IN $docs MATCH (a)-[:{MENTIONS}|{REPORTED}]-(e) "
        "RETURN collect(DISTINCT elementId(e)) AS ids",
        docs=doc_keys,
    ).single(strict=True)["ids"]
    removed = tx.run(
        f"UNWIND $ids AS id MATCH (e) WHERE elementId(e) = id MATCH (e)-[r:{'|'.join(FACT_TYPES)}]-() "
        "WHERE r.doc IN $docs WITH DISTINCT r DELETE r RETURN count(r) AS n",
        ids=touched, docs=doc_keys,
    ).single(strict=True)["n"]
    removed += tx.run(
        f"MATCH (a:{ARTICLE}) WHERE a.doc IN $docs OPTIONAL MATCH (a)-[r]-() WITH a, count(r) AS n "
        "DETACH DELETE a RETURN sum(n) AS n",
        docs=doc_keys,
    ).single(strict=True)["n"]
    tx.run(f"MATCH (d:{DOCUMENT}) WHERE d.key IN $docs DETACH DELETE d", docs=doc_keys).consume()
    tx.run(
        "UNWIND $ids AS id MATCH (e) WHERE elementId(e) = id "
        f"AND NOT EXISTS {{ (e)<-[:{MENTIONS}]-() }} AND NOT EXISTS {{ (e)-[:{REPORTED}]->() }} DETACH DELETE e",
        ids=touched,
    ).consume()
    return removed
