"""One rule for an entity that several documents describe, so that its node is explainable and does not
depend on load order.

Documents may disagree about an entity: one writes a forum's name with quotation marks and one without
(both give the same key), two give a person different genders, two give an alliance different founding
dates. Each document's statement is a *vote* for a value, and each scalar property (``name`` included)
takes the value that:

1. the most documents state (a document counts once, however often it repeats the value);
2. on a tie, the earliest-published document states (documents without a date come after dated ones);
3. on a further tie, is the smallest (a fixed order, so the answer never depends on load order).

``aliases`` is every name and alias any document wrote, less the chosen name. The votes are a function of
the set of documents, so any load order, any batching and any removal give the same node.

Each ``MENTIONS`` relationship records what its document stated (``stated``, ``property=value``) and which
document it is (``doc``): every document's value stays queryable with its source (the named query
``stated_values``; the API's ``conflicts``), and the votes can always be counted again from the store.

Writing. Within a batch the rows of one entity carry their documents' votes (:class:`graph.rows.NodeRow`).
A stored node holds the winners of the stored documents' votes, and a winner can only lose when a new
document states another value (a new vote for the winner only widens its lead or makes its earliest date
earlier). So :func:`settle` merges a batch row into a stored node without reading anything else, unless an
incoming document contradicts a stored value; then the store counts the stored documents' votes
(:data:`STORED_VOTES_QUERY`, :func:`stored_votes`) and :func:`merge_entity` decides from all of them.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from .model import StructuralLabel, StructuralRelation
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
#: How the value of a property is chosen, in words (the API and the docs say it).
RULE = ("the value most documents state; on a tie, the one stated by the earliest-published document "
        "(undated documents last); then the smallest")
#: The voter standing for a stored value whose documents' statements were not recorded (MENTIONS written
#: before ``stated`` existed, 2026-12-03): it counts as one undated document.
UNRECORDED = "(stored before statements were recorded)"

#: property -> value -> {document key: publication date or None}
Votes = dict[str, dict[str, dict[str, str | None]]]

_ARTICLE, _DOCUMENT = StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value
_MENTIONS, _IN_DOCUMENT = StructuralRelation.MENTIONS.value, StructuralRelation.IN_DOCUMENT.value


def stored_votes_query(label: str) -> str:
    """Every stored statement about the entities of ``label`` with the given keys, with its document's date.

    Params: ``keys``. Columns: key, doc, published, stated (null on a MENTIONS written before statements).
    """
    return (
        f"UNWIND $keys AS k MATCH (d:{_DOCUMENT})<-[:{_IN_DOCUMENT}]-(a:{_ARTICLE})-[m:{_MENTIONS}]->(e:{label}) "
        "WHERE e.key = k RETURN e.key AS key, m.doc AS doc, d.published AS published, m.stated AS stated"
    )


def stored_votes(rows: Iterable[Any], stored: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Votes]:
    """Per entity key, the votes of the rows of :func:`stored_votes_query`. A row without statements stands
    for the entity's stored values (``stored``, by key), counted as one undated document (:data:`UNRECORDED`)."""
    votes: dict[str, Votes] = {}
    for key, doc, published, statements in rows:
        if statements is None:
            node = (stored or {}).get(key, {})
            statements = [f"{p}={v}" for p, v in node.items() if p not in _NOT_STATED and isinstance(v, str)]
            doc, published = UNRECORDED, None
        add_into(votes.setdefault(key, {}), document_votes(statements, doc, published))
    return votes


def document_votes(statements: Iterable[str], doc: str, published: str | None) -> Votes:
    """One document's votes, from what its MENTIONS records (``stated``)."""
    return {prop: {value: {doc: published}} for prop, value in parse_stated(statements).items()}


def add_into(total: Votes, more: Mapping[str, Mapping[str, Mapping[str, str | None]]]) -> Votes:
    """Add ``more`` to ``total`` (changed in place, and returned)."""
    for prop, values in more.items():
        into = total.setdefault(prop, {})
        for value, docs in values.items():
            into.setdefault(value, {}).update(docs)
    return total


def add_votes(left: Votes, right: Votes) -> Votes:
    """A new tally of both (neither is changed)."""
    return add_into(add_into({}, left), right)


def rank(value: str, docs: Mapping[str, str | None]) -> tuple[int, int, str, str]:
    """The sort key of a value under :data:`RULE`: the chosen value sorts first."""
    dates = sorted(d for d in docs.values() if d)
    return (-len(docs), 0 if dates else 1, dates[0] if dates else "", value)


def choose(values: Mapping[str, Mapping[str, str | None]]) -> str:
    """The value :data:`RULE` picks among ``values`` (value -> {document: date}; not empty)."""
    if len(values) == 1:  # the common case, once per entity mention: nothing to rank
        return next(iter(values))
    return min(values.items(), key=lambda item: rank(*item))[0]


def merge_entity(label: str, stored: Mapping[str, Any], incoming: Mapping[str, Any], votes: Votes) -> dict[str, Any]:
    """The entity node's properties from ``votes``, every document's statements about it.

    A property no document votes on keeps its stored value, else takes the incoming one (a byline's
    person, which no MENTIONS describes). Aliases pool every form of both, less the chosen name.
    """
    merged = {**stored, **incoming}
    for prop in STATED_PROPERTIES[label]:
        values = votes.get(prop)
        merged[prop] = choose(values) if values else _first(stored.get(prop), incoming.get(prop))
    forms = _forms(stored) | _forms(incoming)
    merged["aliases"] = sorted(forms - {merged.get("name")})
    return merged


def settle(label: str, stored: Mapping[str, Any], incoming: Mapping[str, Any], votes: Votes) -> dict[str, Any] | None:
    """``incoming`` (with the votes of its documents, none of them stored) joined to a ``stored`` node: the
    merged properties, or None when an incoming document states another value than a stored one, so the
    stored documents' votes must be counted (:func:`stored_votes`) before :func:`merge_entity` decides."""
    unsettled: Votes = {}
    for prop, values in votes.items():
        held = stored.get(prop)
        if held is None:
            unsettled[prop] = dict(values)  # no stored document states it: the incoming votes decide
        elif values.keys() - {held}:
            return None
    return merge_entity(label, stored, incoming, unsettled)


def _first(left: Any, right: Any) -> Any:
    return right if left is None else left


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
