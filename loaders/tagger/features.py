"""Character features of the mention tagger: a window of characters, the word each character sits in
(rjieba's segmentation) and the gazetteers of general vocabulary (surnames, position titles, organisation
suffixes) as flags, so that a listed word helps the tagger without being the only way to a mention."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import rjieba
from ahocorasick_rs import AhoCorasick, MatchKind

from loaders.extract.lexicon import Lexicon

#: Features of one character; python-crfsuite takes a list of strings per item.
ItemFeatures = list[str]


@lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    """Full-width and half-width forms read alike (the public corpora write digits full-width)."""
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=65536)
def _shape(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "C"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch.isspace():
        return "S"
    return "P"


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


def _word_positions(text: str) -> tuple[list[str], list[int]]:
    """For each character: its position in its word (B, M, E, S) and the word's length."""
    tags: list[str] = []
    lengths: list[int] = []
    for word in rjieba.cut(text):
        n = len(word)
        lengths.extend([n] * n)
        if n == 1:
            tags.append("S")
        else:
            tags.append("B")
            tags.extend("M" * (n - 2))
            tags.append("E")
    return tags, lengths


def _flags(text: str, finder: AhoCorasick) -> tuple[bytearray, bytearray]:
    """Characters inside a listed word, and characters that end one."""
    inside = bytearray(len(text))
    ends = bytearray(len(text))
    for _id, start, end in finder.find_matches_as_indexes(text):
        inside[start:end] = b"\x01" * (end - start)
        ends[end - 1] = 1
    return inside, ends


def sentence_features(text: str, gaz: Gazetteers) -> list[ItemFeatures]:
    """Features of every character of ``text`` (one sentence or line)."""
    n = len(text)
    chars = ["^", "^"] + [_fold(c) for c in text] + ["$", "$"]
    shapes = ["^", "^"] + [_shape(c) for c in chars[2:-2]] + ["$", "$"]
    wpos, wlen = _word_positions(text)
    in_title, _ = _flags(text, gaz.titles)
    _, ends_suffix = _flags(text, gaz.suffixes)
    surnames = gaz.surnames
    compound = gaz.compound_surnames
    out: list[ItemFeatures] = []
    for i in range(n):
        k = i + 2
        c0, cp, cpp, cn, cnn = chars[k], chars[k - 1], chars[k - 2], chars[k + 1], chars[k + 2]
        feats = [
            "b",
            "c=" + c0,
            "c-1=" + cp,
            "c-2=" + cpp,
            "c+1=" + cn,
            "c+2=" + cnn,
            "c-1c=" + cp + c0,
            "cc+1=" + c0 + cn,
            "c-2c-1=" + cpp + cp,
            "c+1c+2=" + cn + cnn,
            "c-1c+1=" + cp + cn,
            "s=" + shapes[k - 1] + shapes[k] + shapes[k + 1],
            "w=" + wpos[i] + str(min(wlen[i], 4)),
        ]
        if c0 in surnames:
            feats.append("sur")
        if text[i : i + 2] in compound:
            feats.append("sur2")
        if i > 0 and wpos[i - 1] in "ES":
            feats.append("wp=" + wpos[i - 1] + str(min(wlen[i - 1], 4)))
        if i + 1 < n:
            feats.append("wn=" + wpos[i + 1] + str(min(wlen[i + 1], 4)))
            if in_title[i + 1] and not in_title[i]:
                feats.append("title+1")
        if i + 2 < n and in_title[i + 2] and not in_title[i + 1]:
            feats.append("title+2")
        if i + 3 < n and in_title[i + 3] and not in_title[i + 2]:
            feats.append("title+3")
        if i > 0 and in_title[i - 1] and not in_title[i]:
            feats.append("title-1")
        if in_title[i]:
            feats.append("intitle")
        if ends_suffix[i]:
            feats.append("sfx")
        if i + 1 < n and ends_suffix[i + 1]:
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
