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
MAX_FRAGMENTS = 12
CANDIDATE_CAP = 500


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
    """Every entity of ``labels`` whose key, name or alias is exactly ``name``.

    One label asks that label's own query (``person_by_name`` …), which the stores answer from one table.
    """
    params = {"name": name, "key": normalise_name(name)}
    if len(labels) == 1:
        query = get_query(f"{labels[0].lower()}_by_name", store.name)
    else:
        query = get_query("entity_lookup", store.name)
        params["labels"] = list(labels)
    return _refs(store.run(query.text, params).records())


def _fragments(text: str) -> list[str]:
    """Overlapping two-character pieces of ``text`` (a short Chinese name shares some with its variants)."""
    if len(text) <= 2:
        return [text] if text else []
    grams = list(dict.fromkeys(text[i : i + 2] for i in range(len(text) - 1)))
    step = max(1, len(grams) // MAX_FRAGMENTS)
    return grams[::step][:MAX_FRAGMENTS]


def suggest(store: GraphStore, name: str, labels: Sequence[str] = ENTITY_LABELS) -> list[str]:
    """Up to five names or aliases close to ``name``: those containing it first, then by similarity."""
    wanted = normalise_name(name)
    grams = _fragments(wanted)
    if not grams:
        return []
    query = get_query("entity_suggestions", store.name)
    rows = store.run(query.text, {"labels": list(labels), "grams": grams, "cap": CANDIDATE_CAP}).records()
    surfaces = {s for ref in _refs(rows) for s in (ref.name, *ref.aliases)}

    def closeness(surface: str) -> tuple[bool, float, str]:
        similarity = difflib.SequenceMatcher(None, wanted, surface).ratio()
        return (wanted not in surface, -similarity, surface)

    ranked = sorted(surfaces, key=closeness)
    return [s for s in ranked if wanted in s or difflib.SequenceMatcher(None, wanted, s).ratio() >= 0.5][
        :SUGGESTION_COUNT
    ]


def find_by_key(store: GraphStore, key: str, label: str) -> EntityRef | None:
    """The entity of ``label`` whose key is ``key``: a primary-key lookup, where matching names and aliases
    too (:func:`find_entities`) reads every entity of the label."""
    refs = _refs(store.run(get_query(f"{label.lower()}_by_key", store.name).text, {"key": key}).records())
    return refs[0] if refs else None


def resolve(store: GraphStore, name: str, labels: Sequence[str] = ENTITY_LABELS) -> EntityRef:
    """The one entity of ``labels`` answering to ``name``; see the module docstring for the rules."""
    if len(labels) == 1 and name == normalise_name(name):
        # An exact key wins over names and aliases, so when one entity has the name as its key, it is the
        # answer whatever else answers to the name (keys are normalised names, hence the test).
        exact = find_by_key(store, name, labels[0])
        if exact is not None:
            return exact
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
