"""The Cypher the Neo4j store writes with: schema, batched node and relationship writes, document removal.

Labels and relationship types come from :mod:`graph.schema` (never from input), so they are part of the
text; every value is a parameter. Functions taking ``tx`` run inside the caller's managed transaction.

Write statements carry ``CYPHER replan=skip``: their plans (a unique-constraint seek, an element-id seek)
do not depend on statistics, and while a load grows the database from empty the statistics diverge so
often that Neo4j would otherwise re-plan each of them every few seconds.

A write transaction is three statements (:func:`write_batch`): the lookups, every node MERGE, every
relationship CREATE, each a ``CALL`` subquery per label or type with a parameter each (an empty list where the
batch has none), so each text is planned once. Rows are lists of values in a fixed column order
(:data:`NODE_COLUMNS`, :data:`REL_COLUMNS`), not maps: less to build, pack and decode on both sides.
"""

from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction

from ..errors import StoreError
from ..model import RelationType, StructuralLabel, StructuralRelation
from ..node_merge import (
    MERGED_PROPERTIES,
    STATED_PROPERTIES,
    Votes,
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


#: Per label, the node properties in the order of a node row's values (``key`` first).
NODE_COLUMNS: dict[str, tuple[str, ...]] = {label: tuple(props) for label, props in NODE_PROPERTIES.items()}
#: The relationship properties in the order of a relationship row's values.
REL_COLUMNS: tuple[str, ...] = tuple(REL_PROPERTIES)


def _merge_nodes(label: str) -> str:
    """MERGE on key; a row is the node's values in :data:`NODE_COLUMNS` order, null where the row has none,
    and a null keeps the stored value (``coalesce``). Returns [keys, element ids] in ONE record (a record per
    node is a Bolt message per node, which cost the client more than the rest of the write): two lists
    collected from the same rows, so in the same order, are fewer values to decode than a pair per node.

    Properties are set one by one, not from a map (``SET n += row.props``): a map may hold ``key``, which the
    next row's MERGE reads, so the planner would buffer every row, twice (Eager). For the same reason an
    entity's ``aliases`` gets its ``[]`` default in the same SET, not in an ``ON CREATE SET``.
    """
    columns = NODE_COLUMNS[label]
    assignments = ", ".join(f"n.{name} = coalesce(row[{i}], n.{name}{', []' if name == 'aliases' else ''})"
                            for i, name in enumerate(columns) if i)
    return (
        f"CALL () {{ UNWIND ${label} AS row MERGE (n:{label} {{key: row[0]}}) SET {assignments} "
        f"RETURN [collect(row[0]), collect(elementId(n))] AS {label} }}"
    )


def _create_rels(rtype: str) -> str:
    """CREATE, not MERGE: the documents' old relationships were deleted first in the same transaction.

    A row is ``[head element id, tail element id, [values in REL_COLUMNS order]]``. Ends are found by
    element id (returned by the node MERGEs of the same transaction), which is cheaper than an index seek
    and serves every (head label, tail label) pair of the type. Properties are written by the CREATE itself
    (a null one is skipped): a following ``SET r = row.p`` would make the planner buffer every row (Eager)
    and write each relationship twice.
    """
    props = ", ".join(f"{name}: p[{i}]" for i, name in enumerate(REL_COLUMNS))
    return (
        f"CALL () {{ UNWIND ${rtype} AS row WITH row[0] AS h, row[1] AS t, row[2] AS p "
        f"MATCH (a) WHERE elementId(a) = h MATCH (b) WHERE elementId(b) = t CREATE (a)-[:{rtype} {{{props}}}]->(b) }}"
    )


def _lookup_entities(label: str) -> str:
    columns = ", ".join(f"n.{p}" for p in MERGED_PROPERTIES[label])
    return f"CALL () {{ MATCH (n:{label}) WHERE n.key IN ${label} RETURN collect([n.key, {columns}]) AS {label} }}"


# One statement per step and transaction, with a parameter per label or type (an empty list where the batch
# has none), so each text is planned once: every statement is a round trip, and while the next transaction's
# rows are built on another thread, each reply waits for that thread to yield the GIL.
#: Stored documents among ``$docs`` and the stored entities among the keys of each entity label.
LOOKUP = (f"{_FIXED_PLAN}CALL () {{ MATCH (d:{DOCUMENT}) WHERE d.key IN $docs RETURN collect(d.key) AS docs }} "
          + " ".join(_lookup_entities(label) for label in STATED_PROPERTIES)
          + f" RETURN docs, {', '.join(STATED_PROPERTIES)}")
#: Every node MERGE, returning [keys, element ids] per label.
MERGE_NODES = f"{_FIXED_PLAN}{' '.join(_merge_nodes(label) for label in NODE_PROPERTIES)} RETURN " + ", ".join(
    NODE_PROPERTIES)
#: Every relationship CREATE.
CREATE_RELS = f"{_FIXED_PLAN}{' '.join(_create_rels(rtype) for rtype in REL_ENDPOINTS)} RETURN count(*) AS done"


def _fits(value: Any, kind: str) -> bool:
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == STRING_LIST:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)


class _Refused(Exception):
    def __init__(self, props: dict[str, Any], name: str, kind: str) -> None:
        super().__init__(name)
        self.props, self.name, self.kind = props, name, kind

    def error(self, what: str) -> StoreError:
        return StoreError(f"{what}: property {self.name} is {self.props[self.name]!r}, the schema wants {self.kind}; "
                          "nothing of this batch was stored")


class _Checker:
    """Rows of values in a fixed column order, each value checked against the schema's type (the embedded
    store refuses the same values); raises :class:`_Refused`.

    The hot path: the checks depend only on the values' types (and, for lists, their items'), so a tuple of
    the row's value types that passed once passes again; list items are checked with one ``str.join``,
    which accepts exactly the lists whose items are all strings.
    """

    def __init__(self, kinds: dict[str, str], columns: tuple[str, ...]) -> None:
        self.kinds, self.columns = kinds, columns
        self.lists = tuple(i for i, name in enumerate(columns) if kinds[name] == STRING_LIST)
        self.passed: set[tuple[type, ...]] = set()

    def values(self, props: dict[str, Any]) -> list[Any]:
        return self.checked([props.get(name) for name in self.columns])

    def checked(self, values: list[Any]) -> list[Any]:
        """``values`` (in the column order), once checked."""
        signature = tuple(map(type, values))
        if signature not in self.passed:
            for name, value in zip(self.columns, values, strict=True):
                if value is not None and not _fits(value, self.kinds[name]):
                    raise _Refused(dict(zip(self.columns, values, strict=True)), name, self.kinds[name])
            self.passed.add(signature)
        for i in self.lists:
            items = values[i]
            if items:
                try:
                    "".join(items)
                except TypeError:
                    raise _Refused(dict(zip(self.columns, values, strict=True)), self.columns[i], STRING_LIST) from None
        return values


EntityRow = tuple[str, dict[str, Any], Votes, list[Any]]


@dataclass
class RelSegment:
    """Relationships of one type between one pair of labels: their ends' keys (the transaction turns them
    into element ids)."""

    head: str
    tail: str
    head_keys: list[str]
    tail_keys: list[str]


@dataclass
class PreparedBatch:
    """A :class:`WriteBatch` as statement parameters, type-checked, built before (and outside) the transaction."""

    documents: list[str]
    #: per entity label: (key, properties without nulls, votes, values in NODE_COLUMNS order); joined to the
    #: stored nodes inside the transaction (graph.node_merge)
    entities: dict[str, list[EntityRow]] = field(default_factory=dict)
    #: per other label: node rows, values in NODE_COLUMNS order
    nodes: dict[str, list[list[Any]]] = field(default_factory=dict)
    #: per relationship type: its segments, and every row's values in REL_COLUMNS order (segment by segment)
    rels: dict[str, tuple[list[RelSegment], list[list[Any]]]] = field(default_factory=dict)
    node_count: int = 0
    rel_count: int = 0


def prepare(batch: WriteBatch) -> PreparedBatch:
    """Parameters for :func:`write_batch`; raises :class:`StoreError` on a value the schema does not allow."""
    prepared = PreparedBatch(list(batch.documents), node_count=batch.node_count, rel_count=batch.rel_count)
    for label, node_rows in batch.nodes.items():
        values = _Checker(NODE_PROPERTIES[label], NODE_COLUMNS[label]).values
        try:
            if label in STATED_PROPERTIES:
                prepared.entities[label] = [
                    (r.key, {k: v for k, v in r.props.items() if v is not None}, r.votes, values(r.props))
                    for r in node_rows
                ]
            else:
                prepared.nodes[label] = [values(r.props) for r in node_rows]
        except _Refused as refused:
            raise refused.error(f"{label} {refused.props.get('key')!r}") from None
    checked = _Checker(REL_PROPERTIES, REL_COLUMNS).checked  # a RelRow's values are in REL_COLUMNS order
    for (rtype, head, tail), rel_rows in batch.rels.items():
        segments, rows = prepared.rels.setdefault(rtype, ([], []))
        segments.append(RelSegment(head, tail, [r.head_key for r in rel_rows], [r.tail_key for r in rel_rows]))
        try:
            rows += [checked(list(r.values)) for r in rel_rows]
        except _Refused as refused:
            raise refused.error(f"document {refused.props.get('doc')}: {rtype}") from None
    return prepared


def _merged_entities(tx: ManagedTransaction, label: str, rows: list[EntityRow],
                     found: list[list[Any]]) -> list[list[Any]]:
    """``rows`` joined to the stored nodes of their keys (``found``: [key, MERGED_PROPERTIES...]) by
    graph.node_merge: settled from the stored node, or, where a new document contradicts a stored value,
    decided by counting the stored documents' votes.

    A key nothing stores keeps the batch's row: :func:`graph.rows.build_batch` already merged it over the
    batch's votes, and merging again with nothing stored gives the same properties. Returns new rows (a
    retried transaction must start from the batch as it was)."""
    if not found:
        return [row[3] for row in rows]
    props = MERGED_PROPERTIES[label]
    stored = {values[0]: dict(zip(props, values[1:], strict=True)) for values in found}
    decided: dict[str, dict[str, Any]] = {}
    contested: list[EntityRow] = []
    for row in rows:
        held = stored.get(row[0])
        if held is not None:
            merged = settle(label, held, row[1], row[2])
            if merged is None:
                contested.append(row)
            else:
                decided[row[0]] = merged
    if contested:
        votes_found = tx.run(stored_votes_query(label), keys=[row[0] for row in contested])
        counted = stored_votes((record.values() for record in votes_found), stored)
        for key, incoming, votes, _ in contested:
            decided[key] = merge_entity(label, stored[key], incoming, add_votes(counted.get(key, {}), votes))
    order = NODE_COLUMNS[label]
    return [[decided[row[0]].get(name) for name in order] if row[0] in decided else row[3] for row in rows]


class _Rows(list[Any]):
    """A statement parameter list whose ``repr`` is short: the driver formats every RUN message's parameters
    for its debug log before it knows whether debug logging is on (neo4j 6.4, ``Bolt5x0.run``), which cost
    the client 0.7 s of CPU, holding the GIL, per 100,000 relationships."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _lookup(tx: ManagedTransaction, batch: PreparedBatch) -> Any:
    params: dict[str, Any] = {label: _Rows(row[0] for row in batch.entities.get(label, ()))
                              for label in STATED_PROPERTIES}
    params["docs"] = _Rows(batch.documents)
    return tx.run(LOOKUP, params).single(strict=True)


def write_batch(tx: ManagedTransaction, batch: PreparedBatch) -> None:
    """The batch's documents stored already are removed first, then nodes are MERGEd (entities joined to the
    stored ones) and relationships CREATEd: three statements when no document was stored before."""
    found = _lookup(tx, batch)
    if found["docs"]:
        delete_documents(tx, found["docs"])
        found = _lookup(tx, batch)  # the removal may have deleted entities that only those documents supported
    nodes: dict[str, Any] = {label: _Rows() for label in NODE_PROPERTIES}
    nodes.update((label, _Rows(_merged_entities(tx, label, rows, found[label])))
                 for label, rows in batch.entities.items())
    nodes.update((label, _Rows(rows)) for label, rows in batch.nodes.items())
    merged = tx.run(MERGE_NODES, nodes).single(strict=True)
    ids = {label: dict(zip(*merged[label], strict=True)) for label, rows in nodes.items() if rows}
    rels: dict[str, Any] = {rtype: _Rows() for rtype in REL_ENDPOINTS}
    for rtype, (segments, values) in batch.rels.items():
        heads: list[str] = []
        tails: list[str] = []
        for segment in segments:  # C-level loops: this thread holds the GIL as briefly as it can
            heads += map(ids[segment.head].__getitem__, segment.head_keys)
            tails += map(ids[segment.tail].__getitem__, segment.tail_keys)
        # lists, not zip's tuples: the driver's packer takes a tuple through a Python hook, one call per row
        rels[rtype] = _Rows(map(list, zip(heads, tails, values, strict=True)))
    tx.run(CREATE_RELS, rels).consume()


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
