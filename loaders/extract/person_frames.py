"""Persons a report names with no title, honour or speech verb around them, framed instead by the words of
feature reporting: 记者见到X时, X和徒弟们, 在X的带领下, X告诉记者, 据X介绍.

Each frame anchors one candidate; the name's length is the surname and one or two given characters that
end where the frame begins (after-frames) or where a clause mark or a light word follows (before-frames).
"""

from loaders.extract.lexicon import word_finder, words
from loaders.extract.names import NameFinder

_BEFORE = words("person_frames_before.txt")
_AFTER = words("person_frames_after.txt")
#: What may stand before a name that an after-frame anchors: a clause mark, or a preposition (在X的带领下,
#: 据X介绍, 跟X学).
_OPENERS = frozenset("，。；：！？\n、“”（(在据由向跟随同把被让给对")
#: What may follow a name that a before-frame anchors besides the words that may follow any name (见到X时:
#: 时 is too often a given-name character to follow every name).
_CLOSERS = frozenset("，。；：！？、时的和与说正在为“")
#: Closers that also end a verb after a name (站在, 坐在, 正在 is the adverb itself).
_VERB_CLOSERS = frozenset("在为")
#: Second parts of address forms that are no names (王师傅, 李老师, 张总, 王某).
_ADDRESS = frozenset({"师傅", "师父", "老师", "同志", "先生", "女士", "大姐", "大哥", "阿姨", "总", "工", "某", "某某"})


class FrameFinder:
    def __init__(self, names: NameFinder) -> None:
        self.names = names
        #: Both lists in one automaton (one scan of the text). A match frames a name after it when it ends
        #: with a before-word (的师傅 ends with 师傅), before it when it starts with an after-word.
        words = sorted(set(_BEFORE) | set(_AFTER))
        self._before_ids = frozenset(i for i, w in enumerate(words) if w.endswith(tuple(_BEFORE)))
        self._after_ids = frozenset(i for i, w in enumerate(words) if w.startswith(tuple(_AFTER)))
        self._frames = word_finder(words)  # (sorts the same way: pattern ids index ``words``)

    def _name(self, text: str, i: int, n: int) -> bool:
        """``text[i:i+n]`` is a surname with one or two given characters, not an address form."""
        if i < 0 or not self.names.surname_given(text, i, n):
            return False
        rest = text[i + 1 : i + n]
        return rest not in _ADDRESS and text[i + 2 : i + n] not in _ADDRESS

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each name a frame anchors, before the caller's own checks."""
        out = []
        first = self.names.first_chars  # a name opens with one of them: most frames frame none
        for word, s, e in self._frames.find_matches_as_indexes(text):
            if word in self._after_ids and (text[s - 3 : s - 2] in first or text[s - 2 : s - 1] in first):
                for n in (3, 2):
                    i = s - n
                    if self._name(text, i, n) and (i == 0 or text[i - 1] in _OPENERS):
                        out.append((i, n))
                        break
            if word in self._before_ids and text[e : e + 1] in first:
                n = next((n for n in (2, 3) if text[e + n : e + n + 1] in _CLOSERS and self._name(text, e, n)), 0)
                if n == 3 and text[e + 3] in _VERB_CLOSERS and self.names.length_at(text, e) == 2:
                    n = 2  # 林某 + 站在: the closer ends a verb that follows a two-character name
                n = n or self.names.length_at(text, e)  # or a word that may follow any name (是, 带领, 表示, …)
                if n and self._name(text, e, n):
                    out.append((e, n))
        return out
