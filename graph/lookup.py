"""Resolve a name a user typed to one entity of the graph.

A name resolves by the entity's key (its normalised name, ``name#disambiguator`` where two share a
name), its canonical name or one of its aliases. No match raises :class:`EntityNotFoundError` with close
matches; several entities answering to the name raise :class:`AmbiguousNameError` listing them, and the
caller picks one by passing its key (keys are unique within a label, and an exact key wins).
"""

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from queries.catalogue import get_query

from .errors import AmbiguousNameError, EntityNotFoundError
from .keys import normalise_name
from .schema import ENTITY_LABELS
from .store import GraphStore

SUGGESTION_COUNT = 5


@dataclass(frozen=True)
class EntityRef:
    label: str
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"type": self.label, "key": self.key, "name": self.name, "aliases": list(self.aliases)}


def _refs(rows: Iterable[dict[str, object]]) -> list[EntityRef]:
    return [
        EntityRef(str(r["label"]), str(r["key"]), str(r["name"] or r["key"]), list(r.get("aliases") or []))  # type: ignore[call-overload]
        for r in rows
    ]


def _described(labels: Sequence[str]) -> str:
    return labels[0] if len(labels) == 1 else "entity"


def find_entities(store: GraphStore, name: str, labels: Sequence[str] = ENTITY_LABELS) -> list[EntityRef]:
    """Every entity of ``labels`` whose key, name or alias is exactly ``name``."""
    query = get_query("entity_lookup", store.name)
    result = store.run(query.text, {"labels": list(labels), "name": name, "key": normalise_name(name)})
    return _refs(result.records())


def suggest(store: GraphStore, name: str, labels: Sequence[str] = ENTITY_LABELS) -> list[str]:
    """Names close to ``name``: names containing it or contained in it first, then difflib's close matches."""
    query = get_query("entity_names", store.name)
    surfaces: set[str] = set()
    for ref in _refs(store.run(query.text, {"labels": list(labels)}).records()):
        surfaces.add(ref.name)
        surfaces.update(ref.aliases)
    wanted = normalise_name(name)
    if not wanted:
        return []
    containing = sorted((s for s in surfaces if wanted in s or (len(s) > 1 and s in wanted)), key=len)
    close = difflib.get_close_matches(wanted, list(surfaces), n=SUGGESTION_COUNT, cutoff=0.5)
    ordered = list(dict.fromkeys([*containing[:SUGGESTION_COUNT], *close]))
    return ordered[:SUGGESTION_COUNT]


def resolve(store: GraphStore, name: str, labels: Sequence[str] = ENTITY_LABELS) -> EntityRef:
    """The one entity of ``labels`` answering to ``name``; see the module docstring for the rules."""
    found = find_entities(store, name, labels)
    by_key = [ref for ref in found if ref.key == name]
    if len(by_key) == 1:
        return by_key[0]
    if len(found) == 1:
        return found[0]
    kind = _described(labels)
    if not found:
        suggestions = suggest(store, name, labels)
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else "; try GET /search?q= with part of it"
        raise EntityNotFoundError(f"no {kind} is named {name!r}{hint}", suggestions)
    raise AmbiguousNameError(
        f"{len(found)} entities answer to {name!r}; ask again with one candidate's key instead of the name",
        [ref.as_dict() for ref in found],
    )
