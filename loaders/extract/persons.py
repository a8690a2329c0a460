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
from loaders.extract.rosters import person_lines
from loaders.extract.tagged import ADVERB_ENDS, Span, person_names, surname_and_title

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
    "成员",
    "党员",
    "匠人",
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
    # a feature story's person at a clause start, with no title (林某出生于…, 林某常年坚守…, 林某被聘为…)
    "出生于",
    "生于",
    "常年",
    "带头",
    "参与",
    "投身",
    "扎根",
    "带领",
    "被聘为",
    "受聘为",
)
#: Endings of a unit's name that a person's name may follow directly (东海公司林某, 东海派出所林某、…).
_UNIT_ENDS_BEFORE_NAME = (
    "大学",
    "学院",
    "公司",
    "集团",
    "研究院",
    "研究所",
    "学部",
    "中心",
    "医院",
    "派出所",
    "油气矿",
    "煤矿",
    "银行",
    "学校",
    "中学",
    "小学",
    "车间",
    "工作室",
    "支队",
    "大队",
    "分局",
    "法院",
    "检察院",
    "设计院",
    "供电局",
    "电厂",
)
#: Parts of speech (jieba's) of a surname character read as a function word (向 + 大会, 全 + 媒体).
_FUNCTION_CHAR_POS = frozenset({"p", "a", "d", "c"})
#: What follows a name written right after its unit (东海学院林某、…; 东海公司林某分享了…): a list or clause
#: mark, or a verb of what a person says or does at an event.
_AFTER_UNIT_NAME = frozenset(("、", "，", "和", "与", "依", "分", "领", "等"))
#: A form of address between a name and its verb (林某大师来自…, 林某同志担任…).
ADDRESS_AFTER_NAME = "(?:大师|老师|同志|师傅|女士|先生)?"
#: A studio named after the person right before it (林某劳模创新工作室, 林某技能大师工作室).
STUDIO_AFTER = re.compile(r"(?:劳模|工匠|技能大师|大师|名师|职工|劳模创新|劳模和工匠人才创新|创新)?工作室")
#: A longer studio's name closed after the person (林某全国民航劳模和工匠人才创新工作室、…): no 的, no clause mark.
_STUDIO_NAME_AFTER = re.compile(r"[^\s，。；、：“”的]{2,20}?工作室(?![\u4e00-\u9fff])")


def opens_studio_name(text: str, end: int) -> bool:
    """The name ending at ``end`` opens the name of a studio named after the person (林某技能大师工作室, 林某鸟防
    综合治理创新工作室); not a verb's object (林某带领创新工作室)."""
    if STUDIO_AFTER.match(text, end):
        return True
    longer = _STUDIO_NAME_AFTER.match(text, end)
    return longer is not None and not rjieba.tag(longer.group(0))[0][1].startswith("v")
_ACT_AFTER_UNIT_NAME = re.compile(
    r"分享|讲述|鼓励|介绍|表示|谈到|围绕|结合|作了|作为|在|以|就|则|也|还|荣获|获得|获评|被评为|带领|从事"
)
#: A quoted honour with a name right after it (“东海工匠”林某): the honour's words.
_QUOTED_HONOUR_END = re.compile(r"“([^“”，。；]{2,20})”(?=[\u4e00-\u9fff])")
#: An adverb between a name and its verb (林某、张某分别获评, 林某也荣获).
_ADVERB_BEFORE_VERB = re.compile(r"(?:分别|共同|先后|相继|同时|均|都|也|还|又|曾)$")
#: Verbs of saying that follow a titled person's name (副校长王明表示…).
_SAYS = re.compile(r"表示|指出|强调|介绍|说|认为|提出|要求|希望|寄语|总结|宣读|宣布|回顾|分享")
_CLAUSE_ENDS = frozenset("，、。；")
#: Acts of a person at an event that may follow a bare name at a clause start (，张某致辞).
_ACTS = ("出席", "主持", "致辞", "讲话", "致开幕词", "致闭幕词", "致欢迎词", "作主旨报告", "作主旨发言", "发表讲话")
#: A name after a title's last character and before a comma (…站长张某，).
#: The character is consumed (not a look-behind) so that the search skips ahead on it.
_AFTER_TITLE_CHAR = re.compile(r"[师长员](?=[^，。、]{2,3}[，、])")
#: Heads of a position title no lexicon lists, written as modifiers and a head morpheme (网约配送员,
#: 钢轨焊联工, 社区民警, 运维检修专责, 高级市场分析经理), right before a name (a surname's character follows).
_TITLE_HEADS = ("经理", "主任", "专责", "书记", "委员", "主管", "科员", "专员", "导师", "干事", "助理", "工作者")
_TITLE_HEAD_CHARS = "员师长工警医官"
#: Parts of speech (jieba's) of the last word of a title: a noun, a bound morpheme (员 of 配送员), a
#: distinguishing word (高级).
_TITLE_POS = frozenset({"n", "nr", "nz", "ng", "nt", "zg", "b"})
#: Parts of speech of the word before a title head that stands alone (配送 + 员, 检修 + 专责).
_COMPOUND_POS = frozenset({"n", "nz", "ng", "v", "vn", "b"})
#: Parts of speech of the word after a post-name title that opens the predicate (林某处长介绍, …律师围绕):
#: verb, preposition, adverb, conjunction.
_PREDICATE_POS = frozenset({"v", "p", "d", "c"})
_LIST_MARKS = "和、，与"
#: A doctrine named after a person (习近平新时代中国特色社会主义思想, 邓小平理论): the name is part of the term, no
#: mention of the person.
_DOCTRINE = re.compile(r"新时代中国特色社会主义思想|思想|理论(?!研究)")
#: A quoted name of a thing named after a person (“詹天佑成就奖”, “郭明义爱心团队”, “王进喜杯”): the name in
#: it is part of the thing's name, no mention of the person.
_NAMED_AFTER = re.compile(
    r"“[^“”，。；]{1,20}?(?:奖|奖章|奖学金|杯|基金|基金会|精神|班|号|工作室|团队|服务队|讲堂|大讲堂|式教师团队)”"
)
#: What makes 等 a rank (二等奖, 一等功, 三等级), not the close of a list.
_RANK_AFTER_DENG = frozenset("奖功级次")
_AFTER_TITLE = frozenset("、，。；的等和与")
#: Characters no given name holds (conjunctions and particles).
_NEVER_IN_NAME = frozenset("暨及的了着之说")
#: The opening of a profile: a name, a comma, then a sex, an ethnic group or a year of birth.
_PROFILE_BIRTH = re.compile(
    r"(?:^|(?<=[\n。！？]))([\u4e00-\u9fff]{2,4})[，,](?:男|女|[\u4e00-\u9fff]{1,3}族|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出)?生)"
)
#: What may follow an item of a list of names (the next mark, or its close: 等老师, 和, a clause mark).
_LIST_ITEM_ENDS = frozenset("、等和及，。；")
#: 曾 opening "once did" (曾荣获, 曾任), not the surname 曾.
_ONCE = ("曾荣获", "曾获", "曾任", "曾经", "曾在", "曾是", "曾被", "曾为", "曾先后", "曾多次", "曾担任")
_CLAUSE_START = set("，。；：！？\n、“（(")
#: A name with its post in brackets, opening a line of a list or a clause (林某（东海公司焊接高级技师）,
#: 由林某（东海大学教授）主持).
_LISTED_WITH_POST = re.compile(r"(?:^|(?<=[\n，、。；：由和与]))([\u4e00-\u9fff]{2,4})[（(]([^（）()\n]{2,40})[)）]")
#: A profile's headline: a column in brackets, then the person's name and a colon (【优秀学生标兵】林某：…).
_HEADLINE_NAME = re.compile(r"^\s*(?:【[^】\n]{1,12}】)?\s*([\u4e00-\u9fff]{2,4})[：:](?=[^\n]{2,})")
#: A sentence (or a line labelled 简介：) that opens with two to four characters and a comma, then a clause of
#: the person's posts.
_PROFILE_OPENING = re.compile(
    r"(?:^|(?<=[。！？\n])|(?<=简介:)|(?<=简介：))([\u4e00-\u9fff]{2,4})[，,]([^，,。；！？\n]{3,40})(?=[，,。；])"
)
#: Honours of units, which stand before no person's name.
_UNIT_HONOURS = ("工作室", "先锋号", "集体", "之家", "小家", "单位")
#: A sentence that elects people (选举/推选/补选/增补 … 为), and each name it elects: after the verb, or after a
#: clause or list mark, right before 为 (and not 为了/为期).
_ELECTING_VERB = re.compile(r"选举|推选|补选|增补")
_ELECTED_ITEM = re.compile(r"(?:选举|推选|补选|增补|[，；、])(?:了)?([\u4e00-\u9fff]{2,3})(?=为(?!了|期|主|题|核心))")
#: Last characters of a word naming a group of people (督导组, 考察团, 代表队, 居委会), which no name ends with.
_BODY_CHARS = frozenset("组团队会委班处部室")
#: One item of an apposition list (up to the next list or clause mark).
_ITEM = re.compile(r"[^、，。；：]{2,20}(?=[、，])")


#: Parts of speech (jieba's) of a dictionary word that opens a clause, not a name (常常, 经常, 始终, 深入,
#: 扎实): adverbs, verbs, adjectives, conjunctions, prepositions, pronouns, idioms (not a time word: 宋朝阳).
_COMMON_POS = frozenset({"d", "ad", "v", "vd", "vn", "a", "an", "c", "p", "r", "i", "l"})
#: Of those, the function words a two-character candidate may be read as whole (常对: 常 + 对).
_FUNCTION_POS = frozenset({"d", "ad", "c", "p", "r"})
#: Parts of speech of a word that opens a predicate across the end of a candidate (全面 + 参与).
_PREDICATE_OPENING = frozenset({"v", "vn", "d", "ad", "i", "l"})


#: The last characters of an administrative division (东岭区, 东海县, 东湖市) that open a unit's name.
_DIVISION_ENDS = frozenset("区县市省")
#: What follows 镇 or 乡 when they close a town's name opening a unit's (东湖镇 + 总工会), not 镇长 or 乡长.
_TOWN_BODY = re.compile(r"[\u4e00-\u9fff](?<!长)")
#: A place whose name opens with the 长 that closes a title before it (交通运输部 + 长江X管理局, 湖南省 + 长沙市):
#: the title is no title there, and what follows it no name.
_PLACE_AFTER_TITLE = re.compile(
    r"(?:沙|春)市|江(?:(?![在和与的是为出参到向对并])[\u4e00-\u9fff]){0,8}?(?:管理局|委员会|集团|公司)"
)


@lru_cache(maxsize=8192)
def opens_common_word(window: str, n: int) -> bool:
    """The candidate name ``window[:n]`` (``window`` runs four characters on) is read as a common word that
    opens a clause: its first two characters are a dictionary word that is no name (常常夜以继日, 经常,
    全力以赴, 常对学生说), or a noun whose next word, a verb, runs across the candidate's end (全面 + 参与)."""
    tags = rjieba.tag(window)
    if not tags:
        return False
    word, pos = tags[0]
    if len(word) < 2 or pos.startswith("nr"):
        return False
    if n == 2 and len(word) == 2:
        return pos in _FUNCTION_POS
    if not rjieba.has_word(word):  # a reading the segmenter guessed (李玩 + 幽作): no evidence
        return False
    if len(word) > n or pos in _COMMON_POS:
        return True  # the candidate ends inside a word (全力以赴), or opens with an adverb or verb (常常)
    if pos == "n" and len(word) == 2 and len(tags) > 1:
        following, following_pos = tags[1]
        return len(following) >= 2 and following_pos in _PREDICATE_OPENING and rjieba.has_word(following)
    return False


@lru_cache(maxsize=4)
def post_title_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A position title written after a name (林某副院长、; 周某主任等; 林某处长介绍): whether it closes the
    phrase is :meth:`PersonFinder.closes_post`'s to say."""
    mods, titles = alternation(lex.title_modifiers), alternation(lex.titles)
    return re.compile(rf"(?:{mods})*(?:{titles})")


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
        self._org_end = word_finder(_UNIT_ENDS_BEFORE_NAME)
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
        firsts = "".join(sorted(names.first_chars))
        self._shaped_heads = re.compile(rf"(?:{alternation(_TITLE_HEADS)}|[{_TITLE_HEAD_CHARS}])(?=[{firsts}])")
        self._org_suffixes = word_finder(lex.org_suffixes)
        self._org_suffix_words = frozenset(w for w in lex.org_suffixes if len(w) == 2)

    def valid(self, text: str, i: int, n: int, titled: bool = False) -> bool:
        """A candidate is no name when it opens a title word or is an ordinary dictionary word; a word
        may still be a name between a position title and an act of the person (主席汪洋出席), or between
        a title and the next chain of a list, opened by a title or an honour (董事长秦川、总经理…;
        技术总监温雅，全国技术能手、…)."""
        if n == 0 or text.startswith(_ONCE, i):
            return False
        if self._opens_title(text, i):
            return False
        if text[i - 1 : i] == "长" and _PLACE_AFTER_TITLE.match(text, i):
            return False
        name = text[i : i + n]
        if _NEVER_IN_NAME.intersection(name[1:]):  # 荣休暨: a conjunction or particle, no given name
            return False
        if name[0] == "暨" and "\u4e00" <= text[i - 1 : i] <= "\u9fff":
            return False  # 职工代表暨会员代表大会: glued to the word before, 暨 joins two names, no surname
        if surname_and_title(name, self.lex):  # 周主席指出: a short reference to someone named in full
            return False
        if name in self.lex.forum_heads:  # 书记 + 沙龙, 院长 + 论坛: the event a title names, no person
            return False
        if n == 3 and name[1:] in self._org_suffix_words:  # 商学院, 林公司: a unit's name, not a person's
            return False
        if n == 3 and name[-1] in _DIVISION_ENDS and "\u4e00" <= text[i + n : i + n + 1] <= "\u9fff":
            return False  # 东岭区 + 就业促进中心: a district opening a unit's name, not a person
        if n == 2 and text[i + n : i + n + 1] in ("镇", "乡") and _TOWN_BODY.match(text, i + n + 1):
            return False  # 东湖 + 镇总工会: a town opening a unit's name (not 林某镇长, the town's head)
        body_after_ren = name[0] == "任" and n == 3 and rjieba.tag(name[1:]) in ([(name[1:], "n")], [(name[1:], "j")])
        if body_after_ren and self._opens_title(text, i + n):
            return False  # 教授任支部书记: the verb 任 and a body before its title, no person 任某某
        if n == 3 and name[-1] in _BODY_CHARS and rjieba.has_word(name):  # 督导组一行, 考察团一行: a group
            return False
        if opens_common_word(text[i : i + n + 4], n):  # 常常夜以继日, 常对学生说: a clause, not a name
            return False
        if n == 2 and not titled and rjieba.tag(name) == [(name, "v")]:  # 代表荣退…: a verb read whole
            return False
        if n > 2 and rjieba.has_word(name) and rjieba.tag(name) == [(name, "n")]:
            return False  # 毕业生, 研究生: a common noun the dictionary holds whole
        if n == 3 and _function_word_and_noun(name):
            return False  # 向 + 大会, 全 + 媒体: a preposition or modifier before a common noun
        if n > 2 or not rjieba.has_word(name):
            return True
        if not titled:
            return False
        after = i + n
        if (
            (
                text[after : after + 1] in _CLAUSE_ENDS
                or _SAYS.match(text, after)
                or self.names.verb_follows_name(text, after)
            )
            and rjieba.tag(name) == [(name, "nr")]
            and not rjieba.has_word(text[max(0, i - 2) : after])  # (良师益友: an idiom)
        ):
            return True  # 副校长王明表示, 副校长林明，…, 领衔人林明站在…: the dictionary holds the word as a name
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

    def _accept(
        self, text: str, i: int, found: dict[int, str], known: set[str], titled: bool = False, anchored: bool = False
    ) -> int:
        """Take the name at ``i`` if it is one; ``anchored``: something anchors it, so a rare surname may open it."""
        n = self.names.length_at(text, i, known) or (self.names.anchored_length_at(text, i) if anchored else 0)
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
        rare = self.lex.rare_surnames
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
                if not titled and end == word_end and rjieba.has_word(text[end - 1 : end + 1]):
                    continue  # 名师 + 范生 is 师范生: the word's last character opens the next word
                self._name_after_title(text, end, found, known, titled)
            elif text[start:word_end] in titles and text[end : end + 1] in rare:
                n = self.names.anchored_length_at(text, end)  # 巡视员原某某出席: a rare surname after a title
                if n and self._rare_valid(text, end, n):
                    found.setdefault(end, text[end : end + n])
            elif (
                text[start:word_end] in titles
                and not rjieba.has_word(text[start : end + 1])  # 总工 + 会还将: the title opens 总工会
                and (n := self.names.long_name_length(text, end))
                and not self._title_inside(text, end, n)
            ):
                found.setdefault(end, text[end : end + n])  # 班长沙马拉格说: a name with no listed surname
        for m in self._shaped_heads.finditer(text):  # 网约配送员林某表示, 运维检修专责林某介绍
            if (
                m.end() not in found
                and not any(s < m.end() < e for _w, s, e in left_hits)  # (副委员 + 长: 副委员长 is listed)
                and self._shaped_title_before(text, m.end())
            ):
                self._name_after_title(text, m.end(), found, known, True)
        for _, _s, j in self._org_end.find_matches_as_indexes(text):
            if text.startswith("的", j):
                j += 1  # 管理学院的林某
            n = self.names.length_at(text, j)
            if (
                n
                and (text[j + n : j + n + 1] in _AFTER_UNIT_NAME or _ACT_AFTER_UNIT_NAME.match(text, j + n))
                and self.valid(text, j, n)
                and not _opens_with_noun(text[j : j + n])
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
            adverb = _ADVERB_BEFORE_VERB.search(text, max(0, v_start - 2), v_start)  # 林某、张某分别荣获
            at = adverb.start() if adverb else v_start
            for n in (3, 2):
                i = at - n
                if (
                    i >= 0
                    and (i == 0 or text[i - 1] in _CLAUSE_START or self._boundary_before(text, i))
                    and self.names.length_at(text, i) == n
                    and self.valid(text, i, n)
                ):
                    found.setdefault(i, text[i:at])
                    break
        for i, n in self._named_with_posts(text):  # 林某，东海公司变电检修中心主任。 林某（东海公司技师）
            if self.names.length_at(text, i, known) == n:
                self._accept(text, i, found, known)
        for q in _QUOTED_HONOUR_END.finditer(text) if "”" in text else ():  # “东海工匠”林某、“省劳动模范”初某某
            if honour_at_end(q.group(0), self.lex) == q.group(1):
                self._accept(text, q.end(), found, known, titled=True, anchored=True)
        for line in person_lines(text, self._roster_name):  # 林某 东海市第一中学教师 (a line of a roster)
            if " " in line.name or "\u3000" in line.name or self.valid(text, line.name_start, len(line.name)):
                found.setdefault(line.name_start, line.name)
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
                    and (self._org_before.match(text[max(0, i - 8) : i][::-1]) or _department_before(text, i))
                    and self.valid(text, i, n)
                ):
                    found.setdefault(i, text[i:start])
                    break
        for m in _PROFILE_BIRTH.finditer(text) if "生" in text or "族" in text else ():
            n = len(m.group(1))  # 林某，1964年生 / 林某，男，汉族: a profile opens with the person's name
            if self.names.length_at(text, m.start(1)) == n and self.valid(text, m.start(1), n, titled=True):
                found.setdefault(m.start(1), m.group(1))
        if "选" in text or "补" in text:
            self._elected(text, found)
        headline = _HEADLINE_NAME.match(text)
        if headline is not None and self._headline_name(text, headline.group(1)):
            found.setdefault(headline.start(1), headline.group(1))  # 【优秀学生标兵】林某：保持劲头 奔跑不止
        # list continuation: 谭某、张某在…; 赵某和钱某
        queue = sorted(found)
        while queue:
            i = queue.pop(0)
            j = i + len(found[i])
            # every list mark is one character: one slice, not a startswith per mark
            k = j + 1
            if (
                text[j:k] in ("、", "和", "与", "及")
                and k not in found
                and self._accept(text, k, found, known, anchored=True)
            ):
                queue.append(k)
        # a list read backwards from its last item: 林某、邵某、蒋某等专家 (only the last is anchored by 等)
        for i in sorted(found, reverse=True):
            while text[i - 1 : i] == "、":
                k = next((i - 1 - n for n in (3, 2) if self._list_item_at(text, i - 1 - n, n)), -1)
                if k < 0 or k in found:
                    break
                found[k] = text[k : i - 1]
                i = k
        for i, name in list(found.items()):
            if len(name) == 3 and name[-1] in ADVERB_ENDS and self.names.length_at(text, i) == 2:
                found[i] = name[:2]  # 张某 + 曾担任: an adverb before the verb, no given name
        names = set() if self._inside(excluded, 0, 0) else set(found.values())
        if tagged:
            taken = [(i, i + len(name)) for i, name in found.items()] + list(excluded)
            names.update(person_names(self._checked_tags(text, tagged), self.lex, taken, text))
        things = [(q.start(), q.end()) for q in _NAMED_AFTER.finditer(text)] if "“" in text else []
        mentions = self._propagate(text, names, excluded)
        if "、" in text:
            listed = self._list_neighbours(text, mentions)
            if not listed <= names:
                mentions = self._propagate(text, names | listed, excluded)
        return [
            m
            for m in mentions
            if not _DOCTRINE.match(text, m.end)
            and not self._inside(things, m.start, m.end)
            and not _counted(text, m)
            and not _names_a_prize(text, m)
            and not _ends_quoted_title(text, m)
        ]

    def _headline_name(self, text: str, name: str) -> bool:
        """A profile's headline opens with the person's name and a colon (【栏目】林某：副标题): a name of a
        surname and given name, no dictionary word, that the body names twice at least."""
        return (
            self.names.surname_given(name, 0, len(name))
            and not rjieba.has_word(name)
            and text.count(name, len(name) + 1) >= 2
        )

    def _list_neighbours(self, text: str, mentions: list[Mention]) -> set[str]:
        """Names listed with a name found (by a rule or by the tagger) in one 、-list: 林某、甘甜、江某等老师,
        学子万某、文某某、钟某: an item between list marks (or opening the list) that has a listed surname and
        the length of a name is a name, even where it is also a word (甘甜)."""
        out: set[str] = set()
        for m in mentions:
            at = m.end
            while text[at : at + 1] == "、":  # forward: each item up to the next list mark
                n = next((n for n in (2, 3) if self._listed_item(text, at + 1, n, closed=True)), 0)
                if not n:
                    break
                out.add(text[at + 1 : at + 1 + n])
                at += 1 + n
            start = m.start
            while text[start - 1 : start] == "、":  # backward: the item before, possibly the list's first
                n = next((n for n in (3, 2) if self._listed_item(text, start - 1 - n, n, closed=False)), 0)
                if not n:
                    break
                out.add(text[start - 1 - n : start - 1])
                start -= 1 + n
        return out

    def _listed_item(self, text: str, i: int, n: int, closed: bool) -> bool:
        """A name of ``n`` characters at ``i`` as an item of a list of names: a listed surname and that
        length; a list mark or its close after it, and before it a mark (always when ``closed``) or, for
        the list's first item, a whole word; no title, honour or particle."""
        if i <= 0 or text[i + n : i + n + 1] not in _LIST_ITEM_ENDS:
            return False
        if closed and text[i - 1] != "、":
            return False
        if not closed and text[i - 1] != "、" and not rjieba.has_word(text[max(0, i - 2) : i]):
            return False  # a list's first item opens after a word (学子万某): 、强郁某 is part of a longer name
        name = text[i : i + n]
        if self.names.length_at(text, i) != n or _NEVER_IN_NAME.intersection(name) or self._opens_title(text, i):
            return False
        return name not in self.lex.titles and name not in self.lex.honour_heads

    def _elected(self, text: str, found: dict[int, str]) -> None:
        """选举林某为X主席，张某、王某为副主席: the names an election names, each between the electing verb (or
        a clause or list mark of the same sentence) and 为 — where a name is often read with what follows it
        (付某华为 as 华为, 王东风 as 东风)."""
        done = -1
        for verb in _ELECTING_VERB.finditer(text):
            if verb.start() < done:
                continue
            lo = max(text.rfind(c, 0, verb.start()) for c in "。！？\n") + 1
            ends = [e for e in (text.find(c, verb.end()) for c in "。！？\n") if e >= 0]
            done = min(ends) if ends else len(text)
            for item in _ELECTED_ITEM.finditer(text, lo, done):
                i, name = item.start(1), item.group(1)
                if (name[:1] in self.lex.surnames or name[:2] in self.lex.surnames) and not self._opens_title(text, i):
                    found.setdefault(i, name)

    def _checked_tags(self, text: str, tagged: Sequence[Span]) -> list[Span]:
        """The tagger's person names, each without a 为 that links it to a title (林某为 + 副主席: 林某),
        and none read as a common word that opens a clause (常常夜 of 常常夜以继日)."""
        out: list[Span] = []
        for span in tagged:
            if span.kind == "PER" and span.end - span.start == len(span.name):
                n = len(span.name)
                if n == 3 and span.name[2] == "为" and self._opens_title(text, span.end):
                    span = Span(span.start, span.end - 1, span.kind, span.name[:2])
                    n = 2
                if opens_common_word(text[span.start : span.start + n + 4], n):
                    continue
            out.append(span)
        return out

    def _name_after_title(self, text: str, end: int, found: dict[int, str], known: set[str], titled: bool) -> None:
        """The name right after a title or a noun for a person, however it ends: before a word that may
        follow any name, before a verb no gazetteer lists (厅长邓某通报了…, 技师陈某榜上有名), or, after a
        title, a four-character name with no listed surname (班长沙马拉格说)."""
        whole = self.names.transcribed_length(text, end) if titled else 0
        if whole and not self._title_inside(text, end, whole):  # 安德烈·彼得罗维奇·X: after a title, whole
            found.setdefault(end, text[end : end + whole])
            return
        if self._accept(text, end, found, known, titled):
            return
        n = self.names.segmented_length(text, end)
        if not (n and self.valid(text, end, n, titled)):
            n = self.names.long_name_length(text, end) if titled else 0
            if n and self._title_inside(text, end, n):
                n = 0
        if n:
            found.setdefault(end, text[end : end + n])

    def _title_inside(self, text: str, i: int, n: int) -> bool:
        """A title word or modifier starts inside ``text[i:i+n]`` (会副主 + 任: 副主任 is cut)."""
        return any(self._opens_title(text, k) for k in range(i, i + n))

    def _shaped_title_before(self, text: str, end: int) -> bool:
        """The text ending at ``end`` ends with a title no lexicon lists: modifiers and a head morpheme
        (网约配送员, 钢轨焊联工, 社区民警, 运维检修专责, 硕士生导师) that the segmenter reads as a noun, with
        no word across ``end`` (员工, 长江: the head is inside a word) and no verb ending there (成长, 动员)."""
        if rjieba.has_word(text[end - 1 : end + 1]):
            return False
        tags = rjieba.tag(text[max(0, end - 6) : end])
        if not tags:
            return False
        word, pos = tags[-1]
        if pos not in _TITLE_POS:
            return False
        if len(word) > 1:
            return True
        # a head morpheme standing alone (配送 + 员): the word before it makes the compound
        return len(tags) > 1 and len(tags[-2][0]) >= 2 and tags[-2][1] in _COMPOUND_POS

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

    def _rare_valid(self, text: str, i: int, n: int) -> bool:
        """A name opening with a rare surname (原某某, 占某某) is no title (原 of 原副主任 is one's modifier), no
        common word and holds no title."""
        name = text[i : i + n]
        if (
            name in self.lex.titles
            or self._title_inside(text, i + 1, n - 1)
            or opens_common_word(text[i : i + n + 4], n)
        ):
            return False
        return not rjieba.has_word(name)

    def _roster_name(self, name: str) -> bool:
        """A roster line's name (spaces removed) is a surname and one or two given characters, no title."""
        return self.names.surname_given(name, 0, len(name)) and name not in self.lex.titles

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

    def closes_post(self, text: str, end: int) -> bool:
        """A title written after a name ends at ``end``: a clause or list mark follows, a word that may
        follow any name, a verb, preposition, adverb or conjunction (东海医院林某处长为…, …林某律师围绕…),
        or the next organisation of an unpunctuated caption (东海医院林某副院长临江市卫健委张某副主任)."""
        nxt = text[end : end + 1]
        if not nxt or nxt in _AFTER_TITLE or not ("\u4e00" <= nxt <= "\u9fff"):
            return True
        if rjieba.has_word(text[end - 1 : end + 1]):  # the title's last character opens a word: 主任务
            return False
        if self.names.follows_name(text, end):
            return True
        tags = rjieba.tag(text[end : end + 6])
        return (bool(tags) and tags[0][1][:1] in _PREDICATE_POS) or self._org_follows(text, end)

    def post_closes(self, text: str, start: int, end: int) -> bool:
        """The title ``text[start:end]`` after a name closes it: :meth:`closes_post`, or a caption run."""
        return self.closes_post(text, end) or self._caption_run(text, start)

    def _org_follows(self, text: str, at: int) -> bool:
        """An organisation's name opens at ``at`` and a person's name follows it (a caption run)."""
        for _, _s, e in self._org_suffixes.find_matches_as_indexes(text[at : at + 16]):
            j = at + e
            return e >= 3 and (self.names.length_at(text, j) > 0 or self.names.surname_given(text, j, 3))
        return False

    def _caption_run(self, text: str, at: int) -> bool:
        """The title at ``at`` closes the second or later item of an unpunctuated caption run "ORG NAME TITLE
        ORG NAME TITLE…" (…副主任青州医保中心马某主任会议由…): a title ends before an organisation that ends
        two or three characters (the name) before ``at``, with nothing but Han characters between."""
        lo = max(0, at - 24)
        window = text[lo:at]
        for _, s, e in self._left.find_matches_as_indexes(window):
            if window[s:e] not in self.lex.titles or not 6 <= len(window) - e <= 20:
                continue
            between = window[e:]
            if not all("\u4e00" <= c <= "\u9fff" for c in between):
                continue
            for n in (3, 2):
                if self._org_before.match(between[:-n][::-1]) and self.names.surname_given(
                    between, len(between) - n, n
                ):
                    return True
        return False

    def _titles_after(self, text: str, left_hits: list[tuple[int, int, int]]) -> list[int]:
        """Starts of position titles (with their modifiers) that close a phrase: 林某[副院长]、."""
        out = []
        for _, s, e in left_hits:
            if text[s:e] not in self.lex.titles or not self.post_closes(text, s, e):
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
        # longest first; of names as long, the one written first (not the set's order, which varies per run)
        for name in sorted(names, key=lambda n: (-len(n), text.find(n), n)):
            i = text.find(name)
            while i >= 0:
                end = i + len(name)
                if not any(used[i:end]):
                    out[i] = name
                    used[i:end] = b"\x01" * (end - i)
                i = text.find(name, end)
        return [Mention(n, s, s + len(n)) for s, n in sorted(out.items())]


#: A prize or fund named after a person, written after the name (霍英东优秀青年教师奖, 卢嘉锡优秀导师奖).
_PRIZE_AFTER_NAME = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:奖|基金)(?![章状牌])")
#: A verb of receiving, with at most a body or a year between it and the prize's name (获教育部霍英东…奖).
_RECEIVED_BEFORE = re.compile(r"(?:获得|荣获|获评|获|摘得|入选)[^，。；、：\d]{0,6}$")


def _names_a_prize(text: str, m: Mention) -> bool:
    """The name opens the name of a prize that a verb of receiving takes (2010年获卢嘉锡优秀导师奖): the prize's,
    not a person's mention."""
    return (
        _PRIZE_AFTER_NAME.match(text, m.end) is not None
        and _RECEIVED_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
    )


def _ends_quoted_title(text: str, m: Mention) -> bool:
    """The name closes a quotation that opened on other words (“最美东湖人”): the end of a title or honour,
    no person's name."""
    if not text.startswith("”", m.end):
        return False
    q = text.rfind("“", max(0, m.start - 8), m.start)
    return 0 <= q < m.start - 1 and "”" not in text[q : m.start]


def _counted(text: str, m: Mention) -> bool:
    """余人 of 共400余人, 多名 of 十多名: the rest of a number, no name (余 and 多 are surnames too)."""
    return m.name[0] in "余多" and m.start > 0 and (text[m.start - 1].isdigit() or text[m.start - 1] in "十百千万")


@lru_cache(maxsize=8192)
def _function_word_and_noun(name: str) -> bool:
    """jieba reads the name as a one-character preposition, adjective, adverb or conjunction and a noun
    (cached: :meth:`PersonFinder.valid` asks it of every three-character candidate)."""
    words = rjieba.tag(name)
    return len(words) == 2 and len(words[0][0]) == 1 and words[0][1] in _FUNCTION_CHAR_POS and words[1][1] == "n"


def _department_before(text: str, i: int) -> bool:
    """A department whose name ends with 室 stands right before ``i`` (技术室, 调度室): a unit no suffix
    list holds alone, 室 being too short a word."""
    return text[i - 1 : i] == "室" and i >= 3 and all("\u4e00" <= c <= "\u9fff" for c in text[i - 3 : i])


def _opens_with_noun(name: str) -> bool:
    """A candidate after a unit's name that the segmenter opens with a common noun of its own (中心 +
    任务后: 任务 + 后), not a name read whole."""
    words = rjieba.tag(name)
    return len(words) > 1 and len(words[0][0]) >= 2 and words[0][1] in ("n", "vn")


def _before_deng(text: str) -> list[int]:
    """Starts of two- or three-character items closing a list before 等 (和张某等, 、李某某等): found from
    each 等, which is rarer than the list marks a character-class search would stop at."""
    out: set[int] = set()
    q = text.find("等", 3)
    while q >= 0:
        if text[q + 1 : q + 2] in _RANK_AFTER_DENG and text[q + 1 : q + 2]:  # 荣获二等奖: a rank, no list
            q = text.find("等", q + 1)
            continue
        seg = text[max(0, q - 4) : q]
        for k in range(len(seg) - 1, -1, -1):  # the last list mark before 等
            if seg[k] in _LIST_MARKS:
                if len(seg) - k >= 3:
                    out.add(q - (len(seg) - k) + 1)
                break
        q = text.find("等", q + 1)
    return sorted(out)


@lru_cache(maxsize=4)
def post_closer(lex: Lexicon) -> "PersonFinder":
    """One finder per lexicon for :meth:`PersonFinder.closes_post` outside person finding."""
    return PersonFinder(lex, NameFinder(lex))
