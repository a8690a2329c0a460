"""Person-name boundaries: a surname, one or two given-name characters, and a plausible right context.

A candidate is only proposed where something anchors it (a title before it, a list it continues, a
byline); this module decides how long the name is (主任何晓光 → 何晓光, 李强荣获 → 李强, 王林为学院 → 王林).
"""

import re
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import Lexicon, lengths_by_first

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Characters that never sit inside a given name in news prose.
_NOT_GIVEN = frozenset("的了在和与及等是、，。；：！？“”《》（）()·•之其该本此各这那我你他她们年月日届名位个次")
#: One-character words that, written right after a two-character name, look like a third given-name
#: character but are the next word (孙涛作 → 孙涛 + 作).
_LIGHT_VERBS = set("作做在为和与及等向对被将率赴到获同从任是说也还又就来曾代一")


class NameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._first = self.first_chars = frozenset(s[0] for s in lex.surnames)
        self._right = frozenset(lex.name_right)
        self._right_lengths = lengths_by_first(lex.name_right)
        self._all_right_lengths = tuple(sorted({len(w) for w in lex.name_right}, reverse=True))
        self._window = max(len(s) for s in lex.surnames) + 2 + self._all_right_lengths[0]

    def _right_ok(self, text: str, j: int) -> int:
        """Length of the context word at ``j`` that may follow a name (-1 if none; 0 at a boundary)."""
        if j >= len(text) or not ("\u4e00" <= text[j] <= "\u9fff"):
            return 0
        if j + self._all_right_lengths[0] <= len(text):
            lengths = self._right_lengths.get(text[j], ())
        else:  # a slice at the end of the text comes out short and may match a shorter word: every length
            lengths = self._all_right_lengths
        for n in lengths:
            if text[j : j + n] in self._right:
                return n
        return -1

    @staticmethod
    def _given_ok(given: str) -> bool:
        for c in given:  # (a loop: all() over a generator costs a frame per call)
            if not ("\u4e00" <= c <= "\u9fff"):
                return False
        return _NOT_GIVEN.isdisjoint(given)

    def surname_given(self, text: str, i: int, n: int) -> bool:
        """``text[i:i+n]`` is a surname and one or two given-name characters."""
        for slen in (2, 1):
            if text[i : i + slen] in self.lex.surnames and 1 <= n - slen <= 2:
                return self._given_ok(text[i + slen : i + n])
        return False

    def length_at(self, text: str, i: int, known: set[str] | frozenset[str] = frozenset()) -> int:
        """The length of the person name starting at ``i`` (0 when there is none)."""
        if i >= len(text) or (text[i] not in self._first and not known):
            return 0
        for name in known:
            if text.startswith(name, i) and self._right_ok(text, i + len(name)) >= 0:
                return len(name)
        # the answer depends on the surname, two given characters and the longest right-context word only
        return self._length_in(text[i : i + self._window])

    @lru_cache(maxsize=32768)  # noqa: B019 - one NameFinder per extractor, kept for its lifetime
    def _length_in(self, text: str) -> int:
        i = 0
        size = len(text)
        for slen in (2, 1):
            if text[i : i + slen] not in self.lex.surnames:
                continue
            two, three = i + slen + 1, i + slen + 2
            r2 = self._right_ok(text, two) if two <= size and self._given_ok(text[i + slen : two]) else -1
            r3 = self._right_ok(text, three) if three <= size and self._given_ok(text[i + slen : three]) else -1
            if r3 >= 0 and r2 >= 0:
                return slen + 1 if (r2 >= 2 or text[two] in _LIGHT_VERBS) else slen + 2
            if r3 >= 0:
                return slen + 2
            if r2 >= 0:
                return slen + 1
        return 0

    def segmented_length(self, text: str, i: int) -> int:
        """The length of an anchored name followed by a word no gazetteer lists (邓某通报了, 陈某榜上有名):
        where the dictionary segmenter ends a surname and given name and starts a word of two or more
        characters. 0 when it cuts elsewhere, or when a three-character reading ends with a light verb
        (王林为…: 王林 + 为 or 王林为, which the segmenter cannot tell)."""
        window = text[i : i + 8]
        at = 0
        for token in rjieba.cut(window):
            at += len(token)
            if at > 3:
                return 0
            if at < 2:
                continue
            after = window[at:]
            word = next(iter(rjieba.cut(after)), "") if after else ""
            if len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
                continue
            if (at == 3 and window[2] in _LIGHT_VERBS) or not self.surname_given(text, i, at):
                return 0
            return at
        return 0
