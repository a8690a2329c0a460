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
    """MERGE on key; properties the row leaves null keep their stored value."""
    if "aliases" not in NODE_PROPERTIES[label]:
        return f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET n += row.props"
    # Aliases are the union of what is stored and what comes in, sorted, without the name itself.
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) "
        "WITH n, row, coalesce(n.aliases, []) + coalesce(row.props.aliases, []) AS pooled "
        "SET n += row.props "
        "WITH n, pooled "
        "CALL (n, pooled) { UNWIND pooled AS alias WITH DISTINCT alias WHERE alias <> n.name "
        "WITH alias ORDER BY alias RETURN collect(alias) AS aliases } "
        "SET n.aliases = aliases"
    )


def create_rels_query(rtype: str, head: str, tail: str) -> str:
    """CREATE, not MERGE: the documents' old relationships were deleted first in the same transaction."""
    return (
        f"UNWIND $rows AS row MATCH (a:{head} {{key: row.h}}) MATCH (b:{tail} {{key: row.t}}) "
        f"CREATE (a)-[r:{rtype}]->(b) SET r = row.props"
    )


def present(props: dict[str, Any]) -> dict[str, Any]:
    """Properties without nulls (Neo4j stores no null; ``SET n += {p: null}`` would erase a stored value)."""
    return {k: v for k, v in props.items() if v is not None}


def batch_statements(batch: WriteBatch, rows_per_statement: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Nodes first, then relationships; each group cut into ``UNWIND`` lists of at most ``rows_per_statement``."""
    groups: list[tuple[str, list[dict[str, Any]]]] = []
    for label, node_rows in batch.nodes.items():
        groups.append((merge_nodes_query(label), [{"key": r.key, "props": present(r.props)} for r in node_rows]))
    for (rtype, head, tail), rel_rows in batch.rels.items():
        rows = [{"h": r.head_key, "t": r.tail_key, "props": present(r.props)} for r in rel_rows]
        groups.append((create_rels_query(rtype, head, tail), rows))
    for query, rows in groups:
        for start in range(0, len(rows), rows_per_statement):
            yield query, rows[start : start + rows_per_statement]


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
