"""Gazetteers of general vocabulary (``loaders/data``), loaded once and compiled into regexes."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

#: The data files; found through the package, not ``__file__``, which a compiled module has elsewhere.
DATA = Path(str(resources.files("loaders").joinpath("data")))


def words(name: str) -> list[str]:
    """Whitespace-separated words of a data file, without ``#`` comment lines."""
    path = DATA / name
    if not path.is_file():
        return []
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        out.extend(line.split())
    return out


def _pairs(name: str) -> dict[str, str]:
    path = DATA / name
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, value = line.split("\t", 1)
        out[key.strip()] = value.strip()
    return out


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that prefers longer words."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def reversed_alternation(words: list[str] | set[str] | frozenset[str] | tuple[str, ...]) -> str:
    """An alternation of the reversed words: matching it at the start of a reversed string finds the
    longest word that ENDS the original string in one attempt (a ``$``-anchored search tries every start)."""
    return alternation([w[::-1] for w in words])


def lengths_by_last(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each last character, the lengths of the words ending with it, longest first: a test for the
    longest word ending a string tries only the lengths its last character allows (most allow none)."""
    out: dict[str, set[int]] = {}
    for w in words:
        if w:
            out.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in out.items()}


def lengths_by_first(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each first character, the lengths of the words starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for w in words:
        if w:
            out.setdefault(w[0], set()).add(len(w))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in out.items()}


def word_finder(words: Iterable[str]) -> AhoCorasick:
    """Aho-Corasick over literal words, leftmost-longest (what a longest-first regex alternation finds,
    without trying every branch at every position), compiled to a DFA: the vocabularies are small, and a
    DFA scans a text about twice as fast as the default NFA."""
    return AhoCorasick(sorted(set(words)), matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA)


@dataclass(frozen=True, eq=False)
class Lexicon:
    surnames: frozenset[str]
    #: Every listed surname, also those kept from free text because they open common words (羊, 来): a name
    #: after a byline's role word is vouched for.
    byline_surnames: frozenset[str]
    #: Surnames read only where a title, a list or a quoted honour anchors the name (rare_surnames.txt).
    rare_surnames: frozenset[str]
    titles: frozenset[str]
    title_modifiers: tuple[str, ...]
    title_boards: tuple[str, ...]
    place_titles: frozenset[str]
    post_name_titles: frozenset[str]
    org_suffixes: tuple[str, ...]
    forum_heads: tuple[str, ...]
    speech: dict[str, str]
    participation: tuple[str, ...]
    program_heads: tuple[str, ...]
    place_abbreviations: dict[str, str]
    honour_names: frozenset[str]
    honour_heads: tuple[str, ...]
    name_right: tuple[str, ...]
    national_bodies: frozenset[str]

    @property
    def max_surname(self) -> int:
        return max(len(s) for s in self.surnames)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    shared = set(words("surnames.txt")) - set(words("surname_exclusions.txt"))
    surnames = set(words("person_surnames.txt")) | shared
    by_len = lambda ws: tuple(sorted(set(ws), key=lambda w: (-len(w), w)))  # noqa: E731
    return Lexicon(
        surnames=frozenset(s for s in surnames if 1 <= len(s) <= 2),
        byline_surnames=frozenset(words("surnames.txt")) | frozenset(words("person_surnames.txt")),
        rare_surnames=frozenset(words("rare_surnames.txt")) - surnames,
        titles=frozenset(words("position_titles.txt")),
        title_modifiers=by_len(words("title_modifiers.txt")),
        title_boards=by_len(words("title_boards.txt")),
        place_titles=frozenset(words("place_titles.txt")),
        post_name_titles=frozenset(words("post_name_titles.txt")),
        org_suffixes=by_len(words("org_suffixes.txt")),
        forum_heads=by_len(words("forum_heads.txt")),
        speech=_pairs("speech_predicates.tsv"),
        participation=tuple(words("participation_verbs.txt")),
        program_heads=by_len(words("program_heads.txt")),
        place_abbreviations=_pairs("place_abbreviations.tsv"),
        honour_names=frozenset(words("honour_names.txt")),
        honour_heads=by_len(words("honour_heads.txt")),
        name_right=by_len(words("name_right_context.txt")),
        national_bodies=frozenset(words("national_bodies.txt")),
    )
