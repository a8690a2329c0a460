"""Removing a document from either store, and keeping what remains equal to a fresh load.

:meth:`GraphStore.remove_document` deletes the document's relationships, articles and node, and the
entities no other document supports. The entities that stay may have had aliases that only the removed
document wrote; :func:`remove_document` recomputes their ``aliases`` from the surface forms the remaining
MENTIONS relationships record (``surfaces``), so the graph equals a fresh load of the remaining documents.
"""

from dataclasses import dataclass

from graph.model import StructuralLabel, StructuralRelation
from graph.schema import ENTITY_LABELS
from graph.store import GraphStore

ARTICLE, MENTIONS = StructuralLabel.ARTICLE.value, StructuralRelation.MENTIONS.value
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


def refresh_aliases(store: GraphStore, label: str, keys: list[str]) -> int:
    """Set the aliases of these entities to the forms their MENTIONS record, less the name; returns how many."""
    read = (
        f"UNWIND $keys AS k MATCH (a:{ARTICLE})-[m:{MENTIONS}]->(e:{label}) WHERE e.key = k "
        "RETURN e.key AS key, e.name AS name, m.surfaces AS surfaces"
    )
    forms: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for key, name, surfaces in store.run(read, {"keys": keys}, row_cap=NO_ROW_CAP, timeout_s=SLOW_QUERY_S).rows:
        names[key] = name
        forms.setdefault(key, set()).update(surfaces or [])
    rows = [{"key": k, "aliases": sorted(forms[k] - {names[k]})} for k in forms]
    if rows:
        write = f"UNWIND $rows AS row MATCH (e:{label}) WHERE e.key = row.key SET e.aliases = row.aliases"
        store.run(write, {"rows": rows}, write=True, timeout_s=SLOW_QUERY_S)
    return len(rows)


def remove_document(store: GraphStore, doc_key: str) -> Removal:
    """Remove one document's facts and the entities only it supported; refresh the aliases of the rest."""
    touched = _mentioned(store, doc_key)
    removed = store.remove_document(doc_key)
    kept = sum(refresh_aliases(store, label, keys) for label, keys in touched.items())
    return Removal(doc_key, removed, kept)
