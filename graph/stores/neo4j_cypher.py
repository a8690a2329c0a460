"""The Cypher the Neo4j store writes with: schema, batched node and relationship writes, document removal.

Labels and relationship types come from :mod:`graph.schema` (never from input), so they are part of the
text; every value is a parameter. Functions taking ``tx`` run inside the caller's managed transaction.
"""

from collections.abc import Iterator
from typing import Any

from neo4j import ManagedTransaction

from ..model import StructuralLabel, StructuralRelation
from ..rows import WriteBatch
from ..schema import ENTITY_LABELS, NODE_PROPERTIES, REL_ENDPOINTS

ARTICLE, DOCUMENT = StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value
PERSON = "Person"
MENTIONS, REPORTED = StructuralRelation.MENTIONS.value, StructuralRelation.REPORTED.value
FULLTEXT_INDEX = "entity_names"


def schema_statements() -> list[str]:
    """Constraints and indexes, all ``IF NOT EXISTS`` so they can run on every open."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in NODE_PROPERTIES
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)" for label in ENTITY_LABELS
    ]
    statements.append(f"CREATE INDEX article_doc IF NOT EXISTS FOR (n:{ARTICLE}) ON (n.doc)")
    statements += [
        f"CREATE INDEX {rtype.lower()}_doc IF NOT EXISTS FOR ()-[r:{rtype}]-() ON (r.doc)" for rtype in REL_ENDPOINTS
    ]
    # Eventually consistent: Lucene is updated after the commit instead of inside every write transaction.
    statements.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{'|'.join(ENTITY_LABELS)}) "
        "ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
    )
    return statements


def merge_nodes_query(label: str) -> str:
    """MERGE on key, returning each node's element id; properties the row leaves out keep their stored value."""
    on_create = " ON CREATE SET n.aliases = []" if "aliases" in NODE_PROPERTIES[label] else ""
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}){on_create} SET n += row.props "
        "RETURN row.key AS key, elementId(n) AS id"
    )


def create_rels_query(rtype: str) -> str:
    """CREATE, not MERGE: the documents' old relationships were deleted first in the same transaction.

    Ends are found by element id (returned by the node MERGEs of the same transaction), which is cheaper
    than an index seek and lets one statement serve every (head label, tail label) pair of the type.
    """
    return (
        "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.h MATCH (b) WHERE elementId(b) = row.t "
        f"CREATE (a)-[r:{rtype}]->(b) SET r = row.props"
    )


def present(props: dict[str, Any]) -> dict[str, Any]:
    """Properties without nulls (Neo4j stores no null; ``SET n += {p: null}`` would erase a stored value)."""
    return {k: v for k, v in props.items() if v is not None}


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _pooled_aliases(tx: ManagedTransaction, label: str, rows: list[dict[str, Any]]) -> None:
    """Aliases of ``rows`` become the sorted union with the stored ones, without the name (in place)."""
    keys = [row["key"] for row in rows if row["props"].get("aliases")]
    if not keys:
        for row in rows:
            row["props"].pop("aliases", None)  # nothing new: keep what is stored
        return
    result = tx.run(f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key, n.aliases AS aliases", keys=keys)
    stored = {record["key"]: record["aliases"] or [] for record in result}
    for row in rows:
        props = row["props"]
        if not props.get("aliases"):
            props.pop("aliases", None)
            continue
        pooled = set(stored.get(row["key"], [])) | set(props["aliases"])
        props["aliases"] = sorted(pooled - {props.get("name")})


def write_batch(tx: ManagedTransaction, batch: WriteBatch, rows_per_statement: int) -> None:
    """Nodes first (MERGE), then relationships (CREATE) per type, in ``UNWIND`` lists of bounded size."""
    ids: dict[tuple[str, str], str] = {}
    for label, node_rows in batch.nodes.items():
        rows = [{"key": r.key, "props": present(r.props)} for r in node_rows]
        if "aliases" in NODE_PROPERTIES[label]:
            _pooled_aliases(tx, label, rows)
        query = merge_nodes_query(label)
        for chunk in _chunks(rows, rows_per_statement):
            ids.update(((label, record["key"]), record["id"]) for record in tx.run(query, rows=chunk))
    by_type: dict[str, list[dict[str, Any]]] = {}
    for (rtype, head, tail), rel_rows in batch.rels.items():
        by_type.setdefault(rtype, []).extend(
            {"h": ids[(head, r.head_key)], "t": ids[(tail, r.tail_key)], "props": present(r.props)} for r in rel_rows
        )
    for rtype, rows in by_type.items():
        query = create_rels_query(rtype)
        for chunk in _chunks(rows, rows_per_statement):
            tx.run(query, rows=chunk).consume()


def stored_documents(tx: ManagedTransaction, doc_keys: list[str]) -> list[str]:
    result = tx.run(f"MATCH (d:{DOCUMENT}) WHERE d.key IN $docs RETURN d.key AS key", docs=doc_keys)
    return [record["key"] for record in result]


def delete_documents(tx: ManagedTransaction, doc_keys: list[str]) -> int:
    """Delete the documents' relationships, articles and nodes, then the entities nothing else supports.

    Returns the number of relationships deleted.
    """
    touched = tx.run(
        f"MATCH (a:{ARTICLE})-[:{MENTIONS}]->(e) WHERE a.doc IN $docs RETURN collect(DISTINCT elementId(e)) AS ids",
        docs=doc_keys,
    ).single(strict=True)["ids"]
    touched += tx.run(
        f"MATCH (e)-[:{REPORTED}]->(a:{ARTICLE}) WHERE a.doc IN $docs RETURN collect(DISTINCT elementId(e)) AS ids",
        docs=doc_keys,
    ).single(strict=True)["ids"]
    removed = 0
    for rtype in REL_ENDPOINTS:
        removed += tx.run(
            f"MATCH ()-[r:{rtype}]->() WHERE r.doc IN $docs DELETE r RETURN count(r) AS n", docs=doc_keys
        ).single(strict=True)["n"]
    tx.run(f"MATCH (a:{ARTICLE}) WHERE a.doc IN $docs DETACH DELETE a", docs=doc_keys).consume()
    tx.run(f"MATCH (d:{DOCUMENT}) WHERE d.key IN $docs DETACH DELETE d", docs=doc_keys).consume()
    tx.run(
        "UNWIND $ids AS id MATCH (e) WHERE elementId(e) = id "
        f"AND NOT EXISTS {{ (e)<-[:{MENTIONS}]-() }} AND NOT EXISTS {{ (e)-[:{REPORTED}]->() }} DETACH DELETE e",
        ids=sorted(set(touched)),
    ).consume()
    return removed
