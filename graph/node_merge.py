"""One rule for an entity that several documents describe, so that its node does not depend on load order.

Documents may disagree about an entity: one writes a forum's name with quotation marks and one without
(both give the same key), two give a person different genders, two give an organisation different kinds.
Whichever document was written last used to win, so two loads of the same corpus in different orders,
or a removal, could leave different nodes. The rule instead is a function of the set of documents:

- a scalar property (``name`` included) is the smallest non-null value any document states (the order
  is arbitrary but fixed: conflicts are rare, and a fixed answer can be recomputed);
- ``aliases`` is every name and alias any document wrote, less the chosen name.

Each ``MENTIONS`` relationship records what its document stated (``stated``, ``property=value``), so
that removing a document can recompute its entities from the documents that remain.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from .schema import ENTITY_LABELS, NODE_PROPERTIES, STRING_LIST

_NOT_STATED = frozenset({"key", "uri", "aliases"})

#: Per entity label, the properties a document states about the entity (name first).
STATED_PROPERTIES: dict[str, tuple[str, ...]] = {
    label: tuple(p for p, kind in NODE_PROPERTIES[label].items() if p not in _NOT_STATED and kind != STRING_LIST)
    for label in ENTITY_LABELS
}
#: Per entity label, the stored properties :func:`merge_entity` reads: the stated ones and ``aliases``.
MERGED_PROPERTIES: dict[str, tuple[str, ...]] = {
    label: (*props, "aliases") for label, props in STATED_PROPERTIES.items()
}


def merge_entity(label: str, stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> dict[str, Any]:
    """The entity node's properties once ``incoming`` (one document's row) joins ``stored``.

    Commutative, associative and idempotent: any order of the same rows gives the same node.
    """
    merged = {**stored, **incoming}
    for prop in STATED_PROPERTIES[label]:
        merged[prop] = smallest(stored.get(prop), incoming.get(prop))
    forms = _forms(stored) | _forms(incoming)
    merged["aliases"] = sorted(forms - {merged.get("name")})
    return merged


def smallest(left: Any, right: Any) -> Any:
    if left is None:
        return right
    if right is None:
        return left
    return min(left, right)


def _forms(props: Mapping[str, Any]) -> set[str]:
    forms = set(props.get("aliases") or [])
    if props.get("name"):
        forms.add(props["name"])
    return forms


def stated(label: str, props: Mapping[str, Any]) -> list[str]:
    """What one document states about an entity, as ``property=value`` strings (kept on its MENTIONS)."""
    return [f"{p}={props[p]}" for p in STATED_PROPERTIES[label] if props.get(p) is not None]


def parse_stated(statements: Iterable[str]) -> dict[str, str]:
    """The inverse of :func:`stated`."""
    values: dict[str, str] = {}
    for statement in statements:
        prop, sep, value = statement.partition("=")
        if not sep:
            raise ValueError(f"a MENTIONS statement must read property=value, not {statement!r}")
        values[prop] = value
    return values
