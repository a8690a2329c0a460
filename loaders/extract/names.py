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
#: Of those, the characters a transcribed minority name may hold (次旦平措, 其米次仁).
_NOT_IN_LONG_NAME = _NOT_GIVEN - frozenset("次其")
#: Of those, what a name the segmenter reads whole may hold besides (萨仁娜, 斯琴图雅: 日 and 月 are syllables).
_NOT_IN_SEGMENTED_NAME = _NOT_IN_LONG_NAME - frozenset("日月")
#: Characters that open or end a clause's word rather than a transcribed name (获徐州市, 向东湖村, 林启明却).
_CLAUSE_FIRSTS = frozenset("获向在被对为从把将与和及于给让由")
_CLAUSE_LASTS = frozenset("却也还又都就才亦便")
#: The dots between the parts of a transcribed name (玛某·某某; a bullet or a katakana dot is written for it).
_NAME_DOTS = ("·", "•", "・", "‧")
#: Marks that end a clause or a line right after a name.
_CLAUSE_AFTER_NAME = frozenset("，。；：、！？\n")
#: Conjunctions and prepositions that take something after them: before a clause mark they end a given name.
_FUNCTION_CHARS = frozenset("和与及对向把为给跟同被从")
#: One-character words that, written right after a two-character name, look like a third given-name
#: character but are the next word (孙涛作 → 孙涛 + 作).
_LIGHT_VERBS = set("作做在为和与及等向对被将率赴到获同从任是说也还又就来曾代一便以")
#: Parts of speech (jieba's) of a word that may stand inside a four-character name written without a listed
#: surname (a transcribed minority name: 沙马拉格, 扎西央宗): names, places, abbreviations, unknown words.
_LONG_NAME_POS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "j", "x"})
#: Parts of speech of the first word after a name the segmenter reads as one (林某用了, 林某便来到):
#: a verb, preposition or adverb opens the predicate.
_PREDICATE_POS = frozenset({"v", "p", "d"})
#: Prepositions the segmenter may glue to a three-character name (范某某用 + 爱…).
_GLUED_PREPOSITIONS = frozenset("用把将以给让被对向从")
_TRANSCRIBED_TAIL = re.compile(r"(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")


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

    def follows_name(self, text: str, j: int) -> bool:
        """A word that may follow a name starts at ``j``."""
        return self._right_ok(text, j) > 0

    def verb_follows_name(self, text: str, j: int) -> bool:
        """A word of two characters or more that may follow a name starts at ``j`` (站在, 分享; not 等 or 和,
        which also close a list of things)."""
        return self._right_ok(text, j) > 1

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
            if r2 >= 0 and text[two:three] in _FUNCTION_CHARS and (three == size or text[three] in _CLAUSE_AFTER_NAME):
                return slen + 2  # 卜某和，赵某对，: a conjunction or preposition takes nothing before a clause mark
            if r3 >= 0 and r2 >= 0:
                return slen + 1 if (r2 >= 2 or text[two] in _LIGHT_VERBS) else slen + 2
            if r3 >= 0:
                return slen + 2
            if r2 >= 0:
                return slen + 1
        return 0

    def anchored_length_at(self, text: str, i: int) -> int:
        """:meth:`length_at`, also for a name opening with a rare surname (rare_surnames.txt): only for a name
        something anchors (a title right before it, a list after another name, a quoted honour)."""
        n = self.length_at(text, i)
        if n or i >= len(text) or text[i] not in self.lex.rare_surnames:
            return n
        return self._rare_length_in(text[i : i + self._window])

    @lru_cache(maxsize=4096)  # noqa: B019 - one NameFinder per extractor, kept for its lifetime
    def _rare_length_in(self, text: str) -> int:
        """The length of a name opening with the one-character rare surname ``text[0]``: two or three
        characters, whichever a word that may follow a name (or a boundary) ends."""
        for n in (3, 2):
            if len(text) >= n and self._given_ok(text[1:n]) and self._right_ok(text, n) >= 0:
                if n == 3 and self._right_ok(text, 2) > 0 and text[2] in _LIGHT_VERBS:
                    continue  # 占某 + 在: the light verb is the next word
                return n
        return 0

    def long_name_length(self, text: str, i: int) -> int:
        """The length of a name with no listed surname at ``i``, only for a name a title anchors: a
        transcribed name (玛某·某某, whole across the ·), or three or four characters (a minority name:
        班长沙马拉格说) that may stand in a given name, which the segmenter reads as no common word,
        followed by a word that may follow any name (three) or by a clause mark or such a word (four)."""
        if any(d in text[i + 2 : i + 5] for d in _NAME_DOTS):
            return self.transcribed_length(text, i)
        if self._right_ok(text, i + 3) > 0 and self._unlisted_ok(text[i : i + 3]):
            return 3  # 仓某某说: the 说 is no fourth character
        three = text[i : i + 3]
        if (
            self._right_ok(text, i + 3) == 0
            and not any(c in _NOT_IN_SEGMENTED_NAME or not "\u4e00" <= c <= "\u9fff" for c in three)
            and not rjieba.has_word(three)
            and rjieba.tag(three) == [(three, "nr")]
        ):
            return 3  # 主席萨某某、: a name no dictionary holds, which the segmenter reads whole, before a clause mark
        given = text[i : i + 4]
        if len(given) < 4 or not self._unlisted_ok(given):
            return 0
        if self._right_ok(text, i + 4) >= 0:
            return 4
        # before a verb or an idiom no list holds (次旦平措 + 深受鼓舞), unless the four characters open or end
        # with a word of the clause (获 + 徐州市, 林启明 + 却)
        clause_edge = given[0] in _CLAUSE_FIRSTS or given[-1] in _CLAUSE_LASTS
        return 4 if not clause_edge and self._predicate_at(text, i + 4) else 0

    def transcribed_length(self, text: str, i: int) -> int:
        """The length of a transcribed name at ``i`` (玛某·某某·某某), whole across every dot (the middle dot,
        or a bullet or katakana dot written for it) after a first part of two to four characters; 0 if none."""
        dot = next((i + k for k in (2, 3, 4) if text[i + k : i + k + 1] in _NAME_DOTS), -1)
        if dot < 0:
            return 0
        tail = _TRANSCRIBED_TAIL.match(text, dot)
        if tail is None or not self._given_ok(text[i:dot]):
            return 0
        for end in range(dot + 2, tail.end() + 1):  # the shortest reading a name's context follows
            if text[end : end + 1] not in _NAME_DOTS and self._right_ok(text, end) >= 0:
                return end - i  # (a dot goes on to the next part: 某某·某某·某某)
        return 0

    @staticmethod
    def _predicate_at(text: str, j: int) -> bool:
        """A verb, an adverb or an idiom of two characters or more opens the text at ``j`` (次旦平措 + 深受鼓舞)."""
        tags = rjieba.tag(text[j : j + 6]) if j < len(text) else []
        return bool(tags) and len(tags[0][0]) >= 2 and (tags[0][1] in _PREDICATE_POS or tags[0][1] in ("i", "l"))

    def _unlisted_ok(self, given: str) -> bool:
        """Characters that may form a name, none a common word of the segmenter's dictionary (a word the
        dictionary holds whole as a transcribed name, tagged nrt, is one)."""
        for c in given:
            if not ("\u4e00" <= c <= "\u9fff") or c in _NOT_IN_LONG_NAME:
                return False
        if rjieba.has_word(given):
            tags = rjieba.tag(given)
            return len(tags) == 1 and tags[0][1] == "nrt"  # (its nr holds idioms too: 爱岗敬业)
        for word, pos in rjieba.tag(given):
            if len(word) >= 2 and pos not in _LONG_NAME_POS and rjieba.has_word(word):
                return False
        return True

    def segmented_length(self, text: str, i: int) -> int:
        """The length of an anchored name followed by a word no gazetteer lists (邓某通报了, 陈某榜上有名):
        where the dictionary segmenter ends a surname and given name and starts a word of two or more
        characters. 0 when it cuts elsewhere, or when a three-character reading ends with a light verb
        (王林为…: 王林 + 为 or 王林为, which the segmenter cannot tell)."""
        window = text[i : i + 8]
        read = self._read_as_name(window)
        if read and self.surname_given(text, i, read):
            return read
        at = 0
        for token in rjieba.cut(window):
            at += len(token)
            if at > 3:
                return 0
            if at < 2:
                continue
            after = window[at:]
            tags = rjieba.tag(after) if after else []
            word, pos = tags[0] if tags else ("", "")
            if len(word) == 1 and pos in ("p", "v") and at == 3 and window[2] not in _LIGHT_VERBS:
                word = after[:2]  # 计某某用了: a one-character verb or preposition opens the predicate
            if len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
                continue
            if (at == 3 and window[2] in _LIGHT_VERBS) or not self.surname_given(text, i, at):
                return 0
            return at
        return 0

    @staticmethod
    def _read_as_name(window: str) -> int:
        """The length of the first word of ``window`` when the segmenter tags it as a person's name of two
        or three characters and a verb, preposition or adverb follows it (林可然 + 用了, 祁澜 + 便来到);
        0 otherwise, or when a three-character reading ends with a light verb (王林为: 王林 + 为?)."""
        tags = rjieba.tag(window)
        if len(tags) < 2:
            return 0
        (word, pos), (_after, after_pos) = tags[0], tags[1]
        if pos.startswith("nr") and len(word) == 4 and word[3] in _GLUED_PREPOSITIONS:
            return 3  # 范某某用爱…: the segmenter glued the preposition to the name
        if not pos.startswith("nr") or not 2 <= len(word) <= 3 or after_pos[:1] not in _PREDICATE_POS:
            return 0
        return 0 if len(word) == 3 and word[2] in _LIGHT_VERBS else len(word)
