"""Removing a document from either store, and keeping what remains equal to a fresh load.

:meth:`GraphStore.remove_document` deletes the document's relationships, articles and node, and the
entities no other document supports. The entities that stay may have had a name, properties or aliases
that only the removed document gave; :func:`remove_document` recomputes them from what the remaining
MENTIONS relationships record, so the graph equals a fresh load of the remaining documents.
"""

from dataclasses import dataclass

from graph.model import StructuralLabel, StructuralRelation
from graph.node_merge import MERGED_PROPERTIES, Votes, add_into, document_votes, merge_entity
from graph.schema import ENTITY_LABELS
from graph.store import GraphStore

ARTICLE, DOCUMENT = StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value
MENTIONS, IN_DOCUMENT = StructuralRelation.MENTIONS.value, StructuralRelation.IN_DOCUMENT.value
#: Large enough for any document's entity list or any corpus' document list.
NO_ROW_CAP = 10**9
SLOW_QUERY_S = 600.0


@dataclass(frozen=True)
class Removal:
    doc_key: str
    relationships: int
    entities_kept: int


def _mentioned(store: GraphStore, doc_key: str) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for label in ENTITY_LABELS:
        query = f"MATCH (a:{ARTICLE})-[m:{MENTIONS}]->(e:{label}) WHERE m.doc = $doc RETURN DISTINCT e.key AS key"
        rows = store.run(query, {"doc": doc_key}, row_cap=NO_ROW_CAP, timeout_s=SLOW_QUERY_S).rows
        if rows:
            keys[label] = [row[0] for row in rows]
    return keys


def refresh_entities(store: GraphStore, label: str, keys: list[str]) -> int:
    """Recompute these entities from the documents that still mention them; returns how many.

    Each MENTIONS records what its document stated (``stated``) and every form it wrote (``surfaces``);
    :func:`merge_entity` over their votes (each with its document's publication date) gives the node a
    fresh load of those documents gives. A MENTIONS written before ``stated`` existed leaves the entity's
    properties as stored; its aliases are refreshed.
    """
    read = (
        f"UNWIND $keys AS k MATCH (d:{DOCUMENT})<-[:{IN_DOCUMENT}]-(a:{ARTICLE})-[m:{MENTIONS}]->(e:{label}) "
        "WHERE e.key = k RETURN e.key AS key, e.name AS name, m.doc AS doc, d.published AS published, "
        "m.stated AS stated, m.surfaces AS surfaces"
    )
    votes: dict[str, Votes] = {}
    forms: dict[str, set[str]] = {}
    stored_names: dict[str, str] = {}
    unstated: set[str] = set()
    for key, name, doc, published, statements, surfaces in store.run(
        read, {"keys": keys}, row_cap=NO_ROW_CAP, timeout_s=SLOW_QUERY_S
    ).rows:
        stored_names[key] = name
        forms.setdefault(key, set()).update(surfaces or [])
        if statements is None:
            unstated.add(key)
        else:
            add_into(votes.setdefault(key, {}), document_votes(statements, doc, published))
    merged = {k: merge_entity(label, {}, {"aliases": sorted(forms[k])}, v) for k, v in votes.items()}
    full = [{"key": k, **{p: merged[k].get(p) for p in MERGED_PROPERTIES[label]}} for k in merged if k not in unstated]
    if full:
        assignments = ", ".join(f"e.{p} = row.{p}" for p in MERGED_PROPERTIES[label])
        write = f"UNWIND $rows AS row MATCH (e:{label}) WHERE e.key = row.key SET {assignments}"
        store.run(write, {"rows": full}, write=True, timeout_s=SLOW_QUERY_S)
    aliases_only = [{"key": k, "aliases": sorted(forms[k] - {stored_names[k]})} for k in unstated]
    if aliases_only:
        write = f"UNWIND $rows AS row MATCH (e:{label}) WHERE e.key = row.key SET e.aliases = row.aliases"
        store.run(write, {"rows": aliases_only}, write=True, timeout_s=SLOW_QUERY_S)
    return len(full) + len(aliases_only)


def remove_document(store: GraphStore, doc_key: str) -> Removal:
    """Remove one document's facts and the entities only it supported; recompute the rest."""
    touched = _mentioned(store, doc_key)
    removed = store.remove_document(doc_key)
    kept = sum(refresh_entities(store, label, keys) for label, keys in touched.items())
    return Removal(doc_key, removed, kept)
