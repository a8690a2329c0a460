"""Person-name boundaries: a surname, one or two given-name characters, and a plausible right context.

A candidate is only proposed where something anchors it (a title before it, a list it continues, a
byline); this module decides how long the name is (主任何光华 → 何光华, 陈勇荣获 → 陈勇, 张华为学院 → 张华).
"""

import re

from loaders.extract.lexicon import Lexicon

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Characters that never sit inside a given name in news prose.
_NOT_GIVEN = set("的了在和与及等是、，。；：！？“”《》（）()·•之其该本此各这那我你他她们年月日届名位个次")
#: One-character words that, written right after a two-character name, look like a third given-name
#: character but are the next word (赵勇作 → 赵勇 + 作).
_LIGHT_VERBS = set("作做在为和与及等向对被将率赴到获同从任是说也还又就来曾代一")


class NameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._first = frozenset(s[0] for s in lex.surnames)
        self._right = frozenset(lex.name_right)
        self._right_lengths = sorted({len(w) for w in lex.name_right}, reverse=True)

    def _right_ok(self, text: str, j: int) -> int:
        """Length of the context word at ``j`` that may follow a name (-1 if none; 0 at a boundary)."""
        if j >= len(text):
            return 0
        ch = text[j]
        if not _HAN.match(ch):
            return 0
        for n in self._right_lengths:
            if text[j : j + n] in self._right:
                return n
        return -1

    def _given_ok(self, given: str) -> bool:
        return all(_HAN.match(c) and c not in _NOT_GIVEN for c in given)

    def length_at(self, text: str, i: int, known: set[str] | frozenset[str] = frozenset()) -> int:
        """The length of the person name starting at ``i`` (0 when there is none)."""
        if i >= len(text) or (text[i] not in self._first and not known):
            return 0
        for name in known:
            if text.startswith(name, i) and self._right_ok(text, i + len(name)) >= 0:
                return len(name)
        best = 0
        for slen in (2, 1):
            sur = text[i : i + slen]
            if len(sur) < slen or sur not in self.lex.surnames:
                continue
            three = i + slen + 2
            two = i + slen + 1
            ok3 = self._given_ok(text[i + slen : three]) and len(text) >= three and self._right_ok(text, three)
            r2 = self._right_ok(text, two) if self._given_ok(text[i + slen : two]) else -1
            r3 = self._right_ok(text, three) if ok3 is not False and len(text) >= three else -1
            if ok3 is False:
                r3 = -1
            if r3 >= 0 and r2 >= 0:
                third = text[two] if two < len(text) else ""
                best = slen + 1 if (r2 >= 2 or third in _LIGHT_VERBS) else slen + 2
            elif r3 >= 0:
                best = slen + 2
            elif r2 >= 0:
                best = slen + 1
            if best:
                return best
        return 0
