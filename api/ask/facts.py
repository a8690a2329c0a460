"""Rows of the named queries folded into facts: the graph holds one relationship per fact per source
document, so the parallel edges of one fact become one :class:`AskFact` with one evidence entry per source."""

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from api.http.schemas import EntityLink, Evidence
from api.services import evidence
from graph.lookup import EntityRef

from .models import AskFact

Row = Mapping[str, Any]
#: Reads the documents the rows cite: Document key -> its row (source, title, published).
Documents = Callable[[Sequence[Row]], Mapping[str, Mapping[str, Any]]]


def link_of(ref: EntityRef) -> EntityLink:
    return EntityLink(type=ref.label, key=ref.key, name=ref.name)  # type: ignore[arg-type]


def _props(row: Row) -> tuple[Any, ...]:
    titles = tuple(row["titles"]) if row.get("titles") else None
    return (row.get("role"), row.get("role_text"), titles, row.get("year"), row.get("edition"))


def _fact(relation: str, source: EntityLink, target: EntityLink, props: tuple[Any, ...], ev: list[Evidence]) -> AskFact:
    role, role_text, titles, year, edition = props
    return AskFact(
        relation=relation,
        source=source,
        target=target,
        role=role,
        role_text=role_text,
        titles=list(titles) if titles else None,
        year=year,
        edition=edition,
        evidence=ev,
    )


def anchored_facts(
    anchor: EntityRef, rows: Sequence[Row], documents: Documents, cap: int
) -> tuple[list[AskFact], list[str]]:
    """Rows relative to ``anchor`` (``relation``, ``direction``, ``other_*``) as facts in the order they are
    first stated, the first ``cap`` of them (with their documents read for those only), and the name of the
    other end of every fact (an honour two thousand people hold has as many: only names are made for all)."""
    groups: dict[tuple[Any, ...], list[Row]] = {}
    first: dict[tuple[Any, ...], tuple[str, int]] = {}  # where each fact is first stated
    for row in rows:
        ident = (row["relation"], row["direction"], row["other_label"], row["other_key"], *_props(row))
        at = (row.get("doc") or "", row.get("evidence_start") or 0)
        group = groups.get(ident)
        if group is None:
            groups[ident], first[ident] = [row], at
        else:
            group.append(row)
            first[ident] = min(first[ident], at)
    names = {ident: group[0]["other_name"] or ident[3] for ident, group in groups.items()}
    ordered = sorted(groups, key=lambda ident: (*first[ident], str(groups[ident][0]["other_name"] or "")))
    kept = ordered[:cap]
    docs = documents([row for ident in kept for row in groups[ident]])
    here = link_of(anchor)
    facts = []
    for ident in kept:
        relation, direction, label, key, *props = ident
        other = EntityLink(type=label, key=key, name=names[ident])
        source, target = (here, other) if direction == "out" else (other, here)
        facts.append(_fact(relation, source, target, tuple(props), evidence(groups[ident], docs)))
    return facts, [names[ident] for ident in ordered]


def path_facts(rows: Sequence[Row], documents: Documents) -> list[AskFact]:
    """Steps of shortest paths (``from_*``, ``to_*``, ``forward``) as facts, head to tail."""
    groups: dict[tuple[Any, ...], list[Row]] = {}
    for row in rows:
        ends = [
            (row["from_label"], row["from_key"], row["from_name"]),
            (row["to_label"], row["to_key"], row["to_name"]),
        ]
        if not row["forward"]:
            ends.reverse()
        groups.setdefault((row["relation"], *ends[0], *ends[1], *_props(row)), []).append(row)
    docs = documents(rows)
    facts = []
    for (relation, sl, sk, sn, tl, tk, tn, *props), group in groups.items():
        source = EntityLink(type=sl, key=sk, name=sn or sk)
        target = EntityLink(type=tl, key=tk, name=tn or tk)
        facts.append(_fact(relation, source, target, tuple(props), evidence(group, docs)))
    return facts


def other_end(fact: AskFact, anchor: EntityRef) -> EntityLink:
    """The end of ``fact`` that is not ``anchor``."""
    assert fact.source is not None and fact.target is not None
    return fact.target if (fact.source.type, fact.source.key) == (anchor.label, anchor.key) else fact.source


def is_title(written: str, asked: str) -> bool:
    """党委书记 is a 书记, 党委副书记 is not (but is a 副书记)."""
    return written == asked or (written.endswith(asked) and not written.endswith("副" + asked))


def keeps(row: Row, filters: Mapping[str, Any], other: EntityRef | None) -> bool:
    """Whether a row passes the conditions the question's cue words set (role, role_text, relations,
    title, year) and reaches the other entity it names, if any."""
    if "role" in filters and row.get("role") != filters["role"]:
        return False
    if "role_text" in filters and filters["role_text"] not in (row.get("role_text") or ""):
        return False
    if "relations" in filters and row.get("relation") not in filters["relations"]:
        return False
    if "title" in filters and not any(is_title(t, str(filters["title"])) for t in row.get("titles") or []):
        return False
    if "year" in filters and str(row.get("year")) != str(filters["year"]):
        return False
    return other is None or (row.get("other_label"), row.get("other_key")) == (other.label, other.key)
