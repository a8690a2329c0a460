"""Person mentions: names anchored by a title or honour before them, a post-name title, a list they
continue, or a strong verb after them at a clause start; then every other occurrence of a found name."""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import rjieba

from loaders.extract.honours import honour_at_end
from loaders.extract.lexicon import (
    Lexicon,
    alternation,
    lengths_by_first,
    lengths_by_last,
    reversed_alternation,
    word_finder,
)
from loaders.extract.names import NameFinder
from loaders.extract.person_frames import FrameFinder
from loaders.extract.tagged import Span, person_names

#: Nouns for people that may stand right before a name (校友张某, 劳模代表李某, 市领导赵某).
_LEFT_NOUNS = (
    "获得者",
    "校友",
    "代表",
    "嘉宾",
    "学者",
    "领导",
    "干部",
    "同志",
    "劳模",
    "工匠",
    "选手",
    "主持人",
    "报告人",
    "新聘",
)
_STRONG_VERBS = (
    "领衔",
    "表示",
    "指出",
    "强调",
    "认为",
    "荣获",
    "获评",
    "被授予",
    "被评为",
    "当选",
    "率队",
    "一行",
    "是",
    "现任",
    "现为",
    "担任",
    "曾任",
    "历任",
    "系",
    "，男",
    "，女",
    "，是",
)
#: Acts of a person at an event that may follow a bare name at a clause start (，张某致辞).
_ACTS = ("出席", "主持", "致辞", "讲话", "致开幕词", "致闭幕词", "致欢迎词", "作主旨报告", "作主旨发言", "发表讲话")
#: A name after a title's last character and before a comma (…站长张某，).
#: The character is consumed (not a look-behind) so that the search skips ahead on it.
_AFTER_TITLE_CHAR = re.compile(r"[师长员](?=[^，。、]{2,3}[，、])")
_LIST_MARKS = "和、，与"
_AFTER_TITLE = frozenset("、，。；的等和与")
#: 曾 opening "once did" (曾荣获, 曾任), not the surname 曾.
_ONCE = ("曾荣获", "曾获", "曾任", "曾经", "曾在", "曾是", "曾被", "曾为", "曾先后", "曾多次", "曾担任")
_CLAUSE_START = set("，。；：！？\n、“（(")
#: A name with its post in brackets, opening a line of a list or a clause (林某（东海公司焊接高级技师）,
#: 由林某（东海大学教授）主持).
_LISTED_WITH_POST = re.compile(r"(?:^|(?<=[\n，、。；：由和与]))([\u4e00-\u9fff]{2,4})[（(]([^（）()\n]{2,40})[)）]")
#: A sentence that opens with two to four characters and a comma, then a clause of the person's posts.
_PROFILE_OPENING = re.compile(r"(?:^|(?<=[。！？\n]))([\u4e00-\u9fff]{2,4})[，,]([^，,。；！？\n]{3,40})(?=[，,。；])")
#: Honours of units, which stand before no person's name.
_UNIT_HONOURS = ("工作室", "先锋号", "集体", "之家", "小家", "单位")
#: One item of an apposition list (up to the next list or clause mark).
_ITEM = re.compile(r"[^、，。；：]{2,20}(?=[、，])")


@lru_cache(maxsize=4)
def post_title_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A position title written after a name and closing the phrase (林某副院长、; 周某主任等)."""
    mods, titles = alternation(lex.title_modifiers), alternation(lex.titles)
    return re.compile(rf"(?:{mods})*(?:{titles})(?=[、，。；的等和与])")


class Mention(NamedTuple):
    """A person's name at ``start`` (a tuple: built by the thousand, a frozen dataclass costs 10x)."""

    name: str
    start: int
    end: int


class PersonFinder:
    def __init__(self, lex: Lexicon, names: NameFinder) -> None:
        self.lex = lex
        self.names = names
        left = (
            set(lex.titles) | set(lex.place_titles) | set(lex.honour_names) | set(lex.honour_heads) | set(_LEFT_NOUNS)
        )
        self._left = word_finder(left)
        #: Pattern ids (word_finder sorts its words) of unit honours, which stand before no person's name.
        self._unit_honour_ids = frozenset(i for i, w in enumerate(sorted(left)) if w.endswith(_UNIT_HONOURS))
        self._paren = re.compile(r"[（(][^（()）]{1,10}[)）]")
        # literal word lists scanned over the whole text by Aho-Corasick, leftmost-longest (what a
        # longest-first regex alternation finds, without trying every branch at every position)
        self._org_end = word_finder(("大学", "学院", "公司", "集团", "研究院", "研究所", "学部", "中心"))
        self._post = word_finder(lex.post_name_titles)
        self._strong = word_finder(_STRONG_VERBS + _ACTS)
        self._frames = FrameFinder(names)
        self._acts = re.compile(rf"(?:分别|先后|依次|一同|共同|也|还|均)?(?:{alternation(_ACTS)})")
        self._mods_before = re.compile(rf"(?:{reversed_alternation(lex.title_modifiers)})+")
        self._org_before = re.compile(reversed_alternation(lex.org_suffixes))
        starts = set(lex.titles) | set(lex.title_boards) | set(lex.title_modifiers) | set(lex.honour_heads)
        self._title_starts = frozenset(starts)
        self._title_start_lengths = lengths_by_first(starts)
        self._title_end_lengths = lengths_by_last(lex.titles)

    def valid(self, text: str, i: int, n: int, titled: bool = False) -> bool:
        """A candidate is no name when it opens a title word or is an ordinary dictionary word; a word
        may still be a name between a position title and an act of the person (主席汪洋出席), or between
        a title and the next chain of a list, opened by a title or an honour (董事长秦川、总经理…;
        技术总监温雅，全国技术能手、…)."""
        if n == 0 or text.startswith(_ONCE, i):
            return False
        if self._opens_title(text, i):
            return False
        name = text[i : i + n]
        if n > 2 or not rjieba.has_word(name):
            return True
        if not titled:
            return False
        after = i + n
        return self._acts.match(text, after) is not None or (
            text[after : after + 1] in ("、", "，")
            and (self._opens_title(text, after + 1) or self._opens_honour(text, after + 1))
        )

    def _opens_honour(self, text: str, i: int) -> bool:
        """The list item starting at ``i`` is an honour (全国技术能手、…)."""
        m = _ITEM.match(text, i)
        return m is not None and honour_at_end(m.group(0), self.lex) == m.group(0)

    def _opens_title(self, text: str, i: int) -> bool:
        """A title word, modifier, board or honour head starts at ``i``."""
        for k in self._title_start_lengths.get(text[i : i + 1], ()):  # noqa: SIM110 - any() costs a frame
            if text[i : i + k] in self._title_starts:
                return True
        return False

    def _accept(self, text: str, i: int, found: dict[int, str], known: set[str], titled: bool = False) -> int:
        n = self.names.length_at(text, i, known)
        if n and self.valid(text, i, n, titled):
            name = text[i : i + n]
            if name in self.lex.titles or name in self.lex.honour_heads:
                return 0
            found.setdefault(i, name)
            return n
        return 0

    def find(
        self,
        text: str,
        excluded: Sequence[tuple[int, int]] = (),
        tagged: Sequence[Span] = (),
    ) -> list[Mention]:
        """Every mention of a person's name; ``tagged``: the mention tagger's spans, whose person names are
        taken where the rules found none (:mod:`loaders.extract.tagged`)."""
        found: dict[int, str] = {}
        known: set[str] = set()
        first = self.names.first_chars
        titles = self.lex.titles
        place_titles = self.lex.place_titles
        left_hits = self._left.find_matches_as_indexes(text)
        unit_honours = self._unit_honour_ids
        for word_id, start, word_end in left_hits:
            if word_id in unit_honours:  # 劳模创新工作室成立于…: a unit's honour, no person's
                continue
            end = word_end
            if text[end : end + 1] in ("（", "("):
                paren = self._paren.match(text, end)
                end = paren.end() if paren else end
            if end < len(text) and text[end] in first:  # (the word is read only where a name may follow)
                word = text[start:word_end]
                titled = word in titles or word in place_titles
                if not self._accept(text, end, found, known, titled):
                    # a verb no gazetteer lists after the name (厅长邓某通报了…, 技师陈某榜上有名)
                    n = self.names.segmented_length(text, end)
                    if n and self.valid(text, end, n, titled):
                        found.setdefault(end, text[end : end + n])
        for _, _s, j in self._org_end.find_matches_as_indexes(text):
            n = self.names.length_at(text, j)
            if (
                n
                and text[j + n : j + n + 1] in ("、", "，", "和", "与", "依", "分", "领", "等")
                and self.valid(text, j, n)
            ):
                found.setdefault(j, text[j : j + n])
        for m in _AFTER_TITLE_CHAR.finditer(text):
            if not rjieba.has_word(text[m.start() : m.end() + 1]):  # 代表师傅发言: 师 opens 师傅, ends no title
                self._accept(text, m.end(), found, known)
        for i in _before_deng(text):
            self._accept(text, i, found, known)
        for _, p_start, p_end in self._post.find_matches_as_indexes(text):
            anywhere = text[p_start:p_end] == "总书记"
            for n in (3, 2, 4):
                i = p_start - n
                if i < 0:
                    continue
                if (
                    self.names.length_at(text, i) == n
                    and (anywhere or self._boundary_before(text, i))
                    and self.valid(text, i, n)
                ):
                    found.setdefault(i, text[i:p_start])
                    break
        for _, v_start, _v_end in self._strong.find_matches_as_indexes(text):
            for n in (3, 2):
                i = v_start - n
                if (
                    i >= 0
                    and (i == 0 or text[i - 1] in _CLAUSE_START or self._boundary_before(text, i))
                    and self.names.length_at(text, i) == n
                    and self.valid(text, i, n)
                ):
                    found.setdefault(i, text[i:v_start])
                    break
        for i, n in self._named_with_posts(text):  # 林某，东海公司变电检修中心主任。 林某（东海公司技师）
            if self.names.length_at(text, i, known) == n:
                self._accept(text, i, found, known)
        for i, n in self._frames.find(text):  # 记者见到林某时, 在林某的带领下, 林某告诉记者
            if self.valid(text, i, n):
                found.setdefault(i, text[i : i + n])
        # organisation, name, title (东海医院林某副院长、东海局周某主任): the title after the name
        for start in self._titles_after(text, left_hits):
            for n in (3, 2):
                i = start - n
                if (
                    i > 0
                    and text[i] in first
                    and self.names.surname_given(text, i, n)
                    and self._org_before.match(text[max(0, i - 8) : i][::-1])
                    and self.valid(text, i, n)
                ):
                    found.setdefault(i, text[i:start])
                    break
        # list continuation: 谭某、张某在…; 赵某和钱某
        queue = sorted(found)
        while queue:
            i = queue.pop(0)
            j = i + len(found[i])
            # every list mark is one character: one slice, not a startswith per mark
            k = j + 1
            if text[j:k] in ("、", "和", "与", "及") and k not in found and self._accept(text, k, found, known):
                queue.append(k)
        # a list read backwards from its last item: 林某、邵某、蒋某等专家 (only the last is anchored by 等)
        for i in sorted(found, reverse=True):
            while text[i - 1 : i] == "、":
                k = next((i - 1 - n for n in (3, 2) if self._list_item_at(text, i - 1 - n, n)), -1)
                if k < 0 or k in found:
                    break
                found[k] = text[k : i - 1]
                i = k
        names = set() if self._inside(excluded, 0, 0) else set(found.values())
        if tagged:
            taken = [(i, i + len(name)) for i, name in found.items()] + list(excluded)
            names.update(person_names(tagged, self.lex, taken))
        return self._propagate(text, names, excluded)

    def _named_with_posts(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of candidate names followed by their posts: a sentence that opens with a name, a
        comma and a clause ending with a position title or an honour (林某，东海公司变电检修中心主任、正高级
        工程师。), and a name with a post in brackets (林某（东海公司焊接高级技师）)."""
        out = []
        for m in _PROFILE_OPENING.finditer(text):
            clause = m.group(2)
            if self._ends_with_title(clause) or honour_at_end(clause, self.lex) is not None:
                out.append((m.start(1), len(m.group(1))))
        for m in _LISTED_WITH_POST.finditer(text) if "（" in text or "(" in text else ():
            if self._ends_with_title(m.group(2)):
                out.append((m.start(1), len(m.group(1))))
        return out

    def _ends_with_title(self, clause: str) -> bool:
        titles = self.lex.titles
        return any(clause[-n:] in titles for n in self._title_end_lengths.get(clause[-1:], ()) if n <= len(clause))

    def _list_item_at(self, text: str, i: int, n: int) -> bool:
        """A name of ``n`` characters at ``i`` stands alone as an item of a list (a clause or list mark
        before it)."""
        return (
            i >= 0
            and (i == 0 or text[i - 1] in _CLAUSE_START or text[i - 1] == "的")
            and self.names.length_at(text, i) == n
            and self.valid(text, i, n)
        )

    def _titles_after(self, text: str, left_hits: list[tuple[int, int, int]]) -> list[int]:
        """Starts of position titles (with their modifiers) that close a phrase: 林某[副院长]、."""
        out = []
        for _, s, e in left_hits:
            if text[e : e + 1] not in _AFTER_TITLE or text[s:e] not in self.lex.titles:
                continue
            mods = self._mods_before.match(text[max(0, s - 6) : s][::-1])
            out.append(s - (len(mods.group(0)) if mods else 0))
        return out

    @staticmethod
    def _boundary_before(text: str, i: int) -> bool:
        return i == 0 or not ("\u4e00" <= text[i - 1] <= "\u9fff") or text[i - 1] in "校院学司所局部厅会心团室队的"

    @staticmethod
    def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans)

    def _propagate(self, text: str, names: set[str], excluded: Sequence[tuple[int, int]]) -> list[Mention]:
        out: dict[int, str] = {}
        used = bytearray(len(text) + 1)
        for s, e in excluded:
            used[s:e] = b"\x01" * (e - s)
        for name in sorted(names, key=len, reverse=True):
            i = text.find(name)
            while i >= 0:
                end = i + len(name)
                if not any(used[i:end]):
                    out[i] = name
                    used[i:end] = b"\x01" * (end - i)
                i = text.find(name, end)
        return [Mention(n, s, s + len(n)) for s, n in sorted(out.items())]


def _before_deng(text: str) -> list[int]:
    """Starts of two- or three-character items closing a list before 等 (和张某等, 、李某某等): found from
    each 等, which is rarer than the list marks a character-class search would stop at."""
    out: set[int] = set()
    q = text.find("等", 3)
    while q >= 0:
        seg = text[max(0, q - 4) : q]
        for k in range(len(seg) - 1, -1, -1):  # the last list mark before 等
            if seg[k] in _LIST_MARKS:
                if len(seg) - k >= 3:
                    out.add(q - (len(seg) - k) + 1)
                break
        q = text.find("等", q + 1)
    return sorted(out)
