"""Character features of the mention tagger: a window of characters, the word each character sits in
(rjieba's segmentation) and the gazetteers of general vocabulary (surnames, position titles, organisation
suffixes) as flags, so that a listed word helps the tagger without being the only way to a mention.

Part of the compiled extractor (mypyc): the tagger spends most of its time here. The window is kept small
(the characters next to this one and the two bigrams through it, one word-position feature, sparse
gazetteer flags): on MSRA's test set, wider windows (bigrams two away, skip-grams, character shapes,
neighbouring words) scored the same overall F1 at up to half the speed (docs/extraction.md).
"""

from collections.abc import Sequence
from dataclasses import dataclass

import rjieba
from ahocorasick_rs import AhoCorasick, MatchKind

from loaders.extract.lexicon import Lexicon

#: Full-width ASCII read as ASCII (the public corpora write digits and Latin letters full-width).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True, eq=False)
class Gazetteers:
    """The word lists the tagger sees as flags."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: AhoCorasick
    suffixes: AhoCorasick

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "Gazetteers":
        single = frozenset(s for s in lex.surnames if len(s) == 1)
        compound = frozenset(s for s in lex.surnames if len(s) == 2)
        titles = AhoCorasick(sorted(lex.titles | lex.post_name_titles), matchkind=MatchKind.LeftmostLongest)
        suffixes = AhoCorasick(sorted(set(lex.org_suffixes)), matchkind=MatchKind.LeftmostLongest)
        return cls(single, compound, titles, suffixes)


def _word_positions(text: str) -> list[str]:
    """For each character: its position in its word (B, M, E, S) and the word's length, capped at 4."""
    out: list[str] = []
    for word in rjieba.cut(text):
        n = len(word)
        if n == 1:
            out.append("w=S1")
        else:
            size = str(min(n, 4))
            out.append("w=B" + size)
            out.extend(["w=M" + size] * (n - 2))
            out.append("w=E" + size)
    return out


def _flags(text: str, finder: AhoCorasick) -> tuple[bytearray, bytearray]:
    """Characters inside a listed word, and characters that end one."""
    inside = bytearray(len(text))
    ends = bytearray(len(text))
    for _id, start, end in finder.find_matches_as_indexes(text):
        inside[start:end] = b"\x01" * (end - start)
        ends[end - 1] = 1
    return inside, ends


def sentence_features(text: str, gaz: Gazetteers) -> list[list[str]]:
    """Features of every character of ``text`` (one sentence or line, without spaces)."""
    n = len(text)
    chars = "^" + text.translate(_FOLD) + "$"
    words = _word_positions(text)
    in_title, _ = _flags(text, gaz.titles)
    _, ends_suffix = _flags(text, gaz.suffixes)
    surnames = gaz.surnames
    compound = gaz.compound_surnames
    out: list[list[str]] = []
    for i in range(n):
        k = i + 1
        c0 = chars[k]
        cp = chars[k - 1]
        cn = chars[k + 1]
        feats = [
            "b",
            "c=" + c0,
            "p=" + cp,
            "n=" + cn,
            "pc=" + cp + c0,
            "cn=" + c0 + cn,
            words[i],
        ]
        if c0 in surnames:
            feats.append("sur")
        if text[i : i + 2] in compound:
            feats.append("sur2")
        if not in_title[i]:
            if i + 1 < n and in_title[i + 1]:
                feats.append("t+1")
            elif i + 2 < n and in_title[i + 2]:
                feats.append("t+2")
            elif i + 3 < n and in_title[i + 3]:
                feats.append("t+3")
            if i > 0 and in_title[i - 1]:
                feats.append("t-1")
        else:
            feats.append("it")
        if ends_suffix[i]:
            feats.append("sfx")
        elif i + 1 < n and ends_suffix[i + 1]:
            feats.append("sfx+1")
        out.append(feats)
    return out


def split_for_tagging(text: str, limit: int = 200) -> Sequence[tuple[int, int]]:
    """(start, end) of the pieces tagged one at a time: lines and sentences, long ones cut at commas, so
    that the tagger sees what it was trained on (sentences) and its cost stays linear."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in "\n。！？；" or (ch in "，," and i - start >= limit):
            if i + 1 > start:
                spans.append((start, i + 1))
            start = i + 1
    if start < n:
        spans.append((start, n))
    return spans


_SPACES = frozenset(" \t\u3000\u00a0\n\r")


def compact(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` without spaces, and the offset in ``text`` of each character kept (padded
    bylines write 许  诺; the tagger reads the name without its padding)."""
    piece = text[start:end]
    if not any(ch in _SPACES for ch in piece):
        return piece, list(range(start, end))
    kept: list[str] = []
    where: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in _SPACES:
            kept.append(ch)
            where.append(i)
    return "".join(kept), where


def spans_of(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the mentions a BIO label sequence holds; a stray I- opens a mention."""
    out: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, label in enumerate(labels):
        if label == "O":
            if start >= 0:
                out.append((start, i, kind))
                start = -1
            continue
        if label[0] == "I" and start >= 0 and label[2:] == kind:
            continue
        if start >= 0:
            out.append((start, i, kind))
        start, kind = i, label[2:]
    if start >= 0:
        out.append((start, len(labels), kind))
    return out
