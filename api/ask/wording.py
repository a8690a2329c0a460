"""How an answer is said in Chinese: the verb of a kind, each answer with what qualifies it, a fact."""

from collections.abc import Mapping, Sequence
from typing import Any

from graph.lookup import EntityRef

from .facts import other_end
from .kinds import RELATION_WORDS, ROLE_NOUNS, ROLE_WORDS
from .lexicon import lexicon
from .models import AskFact

#: Answers listed in the sentence at most (all are in ``answers``).
SAID = 20
ORGANISING = ("ORGANIZED", "UNDERTOOK", "CO_ORGANIZED", "SUPPORTED")
PARTICIPATION = ("participants_of_event", "events_taken_part_in", "forums_of_person")
RELATION_NOTED = (
    "organisers_of_event",
    "events_of_organiser",
    "alliance_members_and_founders",
    "people_of_organization",
)


def said(items: Sequence[str]) -> str:
    shown = "、".join(items[:SAID])
    return shown + (f"等{len(items)}项" if len(items) > SAID else "")


def describe(fact: AskFact) -> str:
    """One fact in Chinese: 林晓红在东海工匠论坛上发言."""
    phrase = lexicon().relation_words.get(fact.relation, fact.relation)
    head = fact.source.name if fact.source else ""
    tail = fact.target.name if fact.target else ""
    if "…" in phrase:
        before, after = phrase.split("…", 1)
        return f"{head}{before}{tail}{after}"
    return f"{head}{phrase}{tail}"


def verb(kind: str, filters: Mapping[str, Any]) -> str:
    """What the kind's sentence says was done: 作主旨发言, 承办, 院长 …"""
    if kind in ("speakers_of_forum", "forums_spoken_at"):
        return ROLE_WORDS.get(str(filters.get("role")), "发言")
    if kind in PARTICIPATION:
        return str(filters.get("role_text") or "参加")
    if kind in ("organisers_of_event", "events_of_organiser"):
        return "/".join(RELATION_WORDS[r] for r in filters.get("relations") or ORGANISING)
    if kind == "people_of_organization":
        return str(filters.get("title") or "人员")
    return ""


def item(fact: AskFact, anchor: EntityRef, kind: str, filters: Mapping[str, Any]) -> str:
    """An answer as the sentence lists it, with what qualifies it and the question did not fix (role, role
    as written, titles, year, relation)."""
    notes: list[str] = []
    if fact.role and "role" not in filters:
        notes.append(ROLE_NOUNS.get(fact.role, fact.role))
    if fact.role_text and not (kind in PARTICIPATION and "role_text" in filters):
        notes.append(fact.role_text)
    if fact.titles:
        notes.append("、".join(fact.titles))
    if fact.year:
        notes.append(f"{fact.year}年")
    word = RELATION_WORDS.get(fact.relation)
    if kind in RELATION_NOTED and "relations" not in filters and word and not fact.titles and not fact.role_text:
        notes.append(word)
    name = other_end(fact, anchor).name
    return f"{name}（{'，'.join(notes)}）" if notes else name
