"""Apposition chains before a name: honours, then organisation + position titles, joined by 、，兼.

全国劳动模范、江南机械有限公司研究院院长林晓峰 → honour 全国劳动模范; position (江南机械有限公司研究院, 院长).
A title with no organisation of its own shares the previous one (党委书记、院长周某; 副主任兼秘书长).
"""

import re
from dataclasses import dataclass, field

import rjieba

from loaders.extract.anchored import cut_lead, cut_tail
from loaders.extract.coref import generic_reference
from loaders.extract.honours import honour_at_end, strip_honour_tail
from loaders.extract.lexicon import Lexicon, lengths_by_last, reversed_alternation, word_finder
from loaders.extract.orgs import OrgRules
from loaders.extract.spans import is_boundary_word

_SPLIT = re.compile(r"[、，,]|兼(?![职任])")
_SPLIT_KEEP = re.compile(r"([、，,]|兼(?![职任]))")
#: Brackets inside a chain after a title (会长（人社部原副部长、…）): what they hold may be more posts.
_INNER_POSTS = re.compile(r"(?<=[\u4e00-\u9fff])（([^（）]{3,40})）(?=$|[、，,])")
#: A unit's short name in brackets right after its name, inside the segment (X测量队（东测一大队）队员).
_SHORT_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff])（([\u4e00-\u9fff]{2,8})）(?=[\u4e00-\u9fff])")
_TRAILING_PAREN = re.compile(r"[（(][^（()）]{1,12}[)）]$")
#: Last characters a text needs for that ``$``-anchored search to be tried (``$`` matches before a final \n).
_PAREN_FINALS = (")", "）", "\n")
#: Last characters of a title no lexicon lists, read after an organisation (合成分厂 + 工艺员, 公司 + 运维检修
#: 专责, 总工会 + 社会工作者, 公安局 + 社区民警).
_TITLE_HEAD_CHARS = set("师员长家官手监授工警医责者")
#: The longest title that may stand between an organisation and a name with no lexicon title at its end.
_SHAPED_TITLE_MAX = 8
#: An age cohort between a unit and a post (X公司90后工程师): of the person, neither the unit's nor the post's.
_COHORT = re.compile(r"[0-9０-９]{2}后")
#: Bodies of an organisation whose title is written straight after another title, with no 、 between
#: (党委副书记工会主席 = 党委副书记 + 工会主席, both of the organisation before them).
_JOINT_BODIES = ("工会", "团委", "纪委", "妇委会")
#: Generic units with no name of their own, written between a named unit and its head's title: the unit
#: word belongs to the title (东海南站 + 车站站长, not an organisation 东海南站车站).
_GENERIC_UNITS = ("车站", "车间", "班组", "工段", "工区", "科室")
#: Epithets of an expert before a name (知名人力资源专家): no position in any organisation.
_EPITHET = re.compile(r"(?:国内外|国际|国内|业内)?(?:知名|著名|资深)[\u4e00-\u9fff]{0,10}(?:专家|学者)")
#: Academic degrees listed among the posts (教授、博士，博士生导师): no position.
DEGREES = frozenset({"博士", "硕士", "博士后", "学士"})
_PARTICLE = re.compile(r"[了的](?!二十大|十九大)")
_QUOTED_END = re.compile(r"“([^”]{2,30})”$")
#: Quoted names written back to back at the end of a segment (“全国劳动模范”“东海工匠”), and one of them.
_QUOTED_RUN = re.compile(r"(?:“[^“”]+”)+\s*$")
_QUOTED_ITEM = re.compile(r"“([^“”]+)”")
_JUNK = re.compile(r"[0-9A-Za-z]")
#: A body that posts its officer to the unit the list is about (省监委驻东湖集团 + 监察专员): the body before 驻
#: (not 市纪委监委驻院纪检监察组, a posted office of its own).
_POSTED_TO = re.compile(r"^(.{2,12}?)驻([\u4e00-\u9fff]{2,})$")
#: A verb of holding an event inside what would be a made-up title (X集团举行 + 首席酿造师…): a clause, no post.
_HOLDING_VERB = re.compile(r"举行|举办|召开|开展|启动")
#: The term of office between a body and its title (组织第27届主席, 协会第五届理事长).
_THE_ALLIANCE = frozenset({"联盟", "该联盟", "本联盟"})
#: What opens the name of a national office (国家总督学顾问, 全国人大常委会委员长): a title after it is held
#: there, not in the organisation named before it in the chain.
_OTHER_BODY = re.compile(r"(?:国家|全国|中央|国务院|中共中央)")
#: Nouns for the people of an organisation that are no position (选手, 职工): X选手林某 is a member of X
#: (not 校友: an alumnus is no member).
_MEMBER_NOUNS = ("选手", "职工", "员工", "学员", "队员", "会员", "学生", "工人", "技工", "成员")
#: A kind of the people of a unit written before their noun (困难职工, 一线工人, 退休职工, 女职工, 青年员工).
_KINDS_OF_MEMBER = ("困难", "一线", "退休", "普通", "青年", "女")
#: Nouns for a unit's people whose representative (教师代表, 教职工代表, 党员代表) is one of its people; alone
#: (X学院教师林某) 教师 is a post.
_REPRESENTED_NOUNS = ("教职工", "教师", "干部", "党员", "师生", "青年教师", "一线职工")
#: Words joining two honours before one 获得者 (A以及B获得者).
_JOINED = re.compile(r"以及|和|与|及")
#: A contest's ranked prize (理科组三等奖, 特等奖, 第一名), which the gold counts as no honour.
_RANKED_PRIZE = re.compile(r"[一二三四五六七八九十特]等奖|第[一二三四五六七八九十\d]+名|(?<!基)[金银铜]奖$")
#: A title an enterprise, a sector or a level confers, written in a chain before its holder (东钢股份工匠,
#: 东钢集团劳模, 南钢大工匠, 东海市突出贡献高技能人才): a short name, then the head of a title for persons.
_UNIT_HONOUR = re.compile(
    r"(?:(?![的之是为在等与和及])[\u4e00-\u9fff]){2,10}(?:大工匠|工匠|劳模|劳动模范|高技能人才|技术能手)"
)
#: A student's standing written after the unit (2024级研究生, 在读博士研究生, 本科生): a member of the unit with
#: that role, not a post in it.
_STUDENT_ROLE = re.compile(
    r"(?:(?:19|20)?\d{2}级|在读|在校|全日制)*(?:博士研究生|硕士研究生|研究生|博士生|硕士生|本科生|专科生|大学生|学生|留学生)$"
)
#: A major written between a school and a student's standing (X学院金融学专业 + 2021级硕士研究生): the student
#: is a member of the school.
_MAJOR = re.compile(r"(?<=[院系校所])[^，、（）()院系校所]{2,16}专业$")
#: Bodies whose 成员 are members of a group (X团队成员, 专家指导组成员): the role written with the group's kind.
_GROUP_ENDS = ("团队", "小组", "课题组", "组", "团", "队", "委员会")
_PHRASE = re.compile(r"[^、，。；：,！？\n]{1,16}")
#: 我校首位X获得者: the first of the school to hold X, a distinction of the person, no part of X's name.
_FIRST_HOLDER = re.compile(r"^(?:我校|本校|全校|学校|全省|全国)?(?:首位|第一位|首个|第一个|唯一一位|唯一)")
#: What stands between a unit and its title and is part of neither: a term (第三任, 首届), or a verb of
#: holding (入职X任 + 教授, X兼 + 总经理).
_TERM = re.compile(r"(?:第[\d一二三四五六七八九十]+[届任]|首任|首届|兼任|担任|任|兼)$")
#: A seat on a committee written straight before a title in one of its departments, with no 、 between
#: (东海市委常委宣传部部长 = 东海市委 常委 + 宣传部 部长).
_COMMITTEE_SEAT = re.compile(r"^(.{2,12}?委)(常委|委员)(.{2,8})$")


def _by_length(words: frozenset[str] | tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    return frozenset(words), lengths_by_last(words)


@dataclass
class Position:
    org: str | None
    titles: list[str]
    org_aliases: list[str] = field(default_factory=list)


@dataclass
class Chain:
    positions: list[Position] = field(default_factory=list)
    honours: list[str] = field(default_factory=list)
    member_of: str | None = None
    #: The role written for ``member_of`` when it says one (团队成员, 成员代表).
    member_role: str | None = None
    #: Memberships with the role written after the unit (东海大学2024级研究生: (东海大学, 2024级研究生)).
    memberships: list[tuple[str, str]] = field(default_factory=list)
    last_org: str | None = None
    bare_titles_only: bool = False
    #: Titles held in "the alliance" named elsewhere in the document (联盟理事长、…).
    alliance_titles: list[str] = field(default_factory=list)


class ChainParser:
    def __init__(self, lex: Lexicon, orgs: OrgRules) -> None:
        self.lex = lex
        self.orgs = orgs
        self._titles = _by_length(lex.titles | lex.place_titles)
        self._modifiers = _by_length(lex.title_modifiers)
        self._boards = _by_length(lex.title_boards)
        self._place_title = re.compile(reversed_alternation(lex.place_titles))
        #: Leftmost-longest, non-overlapping: what the longest-first regex alternation found, in one pass.
        self._suffix_split = word_finder(lex.org_suffixes)
        #: Organisation words that may open a compound title (车间 of 车间主任); boards (党委) stay in titles.
        self._unit_words = frozenset(lex.org_suffixes) - frozenset(lex.title_boards)
        self._unit_firsts = frozenset(w[0] for w in self._unit_words)

    def _title_length(self, seg: str) -> int:
        """Length of the title ending ``seg``: a title word, modifiers before it, a board before them
        (党委 + 常务副 + 书记), each the longest that fits; 0 when ``seg`` does not end with a title."""
        end = self._longest_ending(seg, len(seg), self._titles)
        if not end:
            return 0
        at = len(seg) - end
        while m := self._longest_ending(seg, at, self._modifiers):
            at -= m
        at -= self._longest_ending(seg, at, self._boards)
        return len(seg) - at

    @staticmethod
    def _longest_ending(seg: str, at: int, words: tuple[frozenset[str], dict[str, tuple[int, ...]]]) -> int:
        if at <= 0:
            return 0
        vocabulary, by_last = words
        for n in by_last.get(seg[at - 1], ()):
            if n <= at and seg[at - n : at] in vocabulary:
                return n
        return 0

    def split_title(self, seg: str, known: frozenset[str]) -> tuple[str, str] | None:
        """(organisation part, title) of a segment that ends with a position title."""
        n = self._title_length(seg)
        # (X公司90后数控编程工程师: a cohort parts the organisation from the title's own words)
        if n and (not _COHORT.search(seg, 0, len(seg) - n) or self.orgs.looks_like(seg[:-n], known)):
            if seg[-n] in self._unit_firsts:  # (the only titles _named_unit may change)
                return self._named_unit(seg[:-n], seg[-n:], known)
            return seg[:-n], seg[-n:]
        if seg[-1:] not in _TITLE_HEAD_CHARS:  # what the loop below requires of every candidate title
            return None
        for _w, _s, end in reversed(self._suffix_split.find_matches_as_indexes(seg)):
            cohort = _COHORT.match(seg, end)
            rest = seg[cohort.end() if cohort else end :]
            if rest.endswith(_MEMBER_NOUNS):
                return None
            if (
                1 < len(rest) <= _SHAPED_TITLE_MAX
                and rest[-1] in _TITLE_HEAD_CHARS
                and not _JUNK.search(rest)
                and not _HOLDING_VERB.search(rest)
                and self.orgs.looks_like(seg[:end], known)
            ):
                return seg[:end], rest
        return None

    def _named_unit(self, org: str, title: str, known: frozenset[str]) -> tuple[str, str]:
        """东海机床厂数控 + 车间主任 → 东海机床厂数控车间 + 主任: a title that opens with a unit word (车间主任,
        班组长) leaves the unit to the organisation when the unit has a name of its own, i.e. when what
        stands before the title does not already end as an organisation (东海机床厂 + 车间主任 stays)."""
        if not org or self.orgs.suffix(org):
            return org, title
        for n in range(1, len(title) - 1):
            unit, rest = title[:n], title[n:]
            if any(title.startswith(u) and len(u) > n for u in self._unit_words if u[0] == title[0]):
                continue  # 班组长: the split would cut the unit word 班组 (挡车班 + 组长 is no reading)
            if unit in self._unit_words and rest in self._titles[0] and self.orgs.looks_like(org + unit, known):
                return org + unit, rest
        return org, title

    def _generic_unit(self, org: str, title: str, known: frozenset[str]) -> tuple[str, str] | None:
        """东海南站车站 + 站长 → 东海南站 + 车站站长: a generic unit word after a name that already ends as an
        organisation belongs to the title."""
        for unit in _GENERIC_UNITS:
            head = org[: -len(unit)]
            if org.endswith(unit) and self.orgs.suffix(head) and self.orgs.looks_like(head, known):
                return head, unit + title
        return None

    def _seat(self, committee: str, seat: str, known: frozenset[str]) -> tuple[str, str]:
        """(organisation, title) of a committee seat: 东海市委 + 常委; 东海港集团党委 + 委员 is 东海港集团 +
        党委委员 (the Party committee of an institution is no organisation of its own, title_boards.txt)."""
        for board in self.lex.title_boards:
            head = committee[: -len(board)]
            if committee.endswith(board) and self.orgs.looks_like(head, known):
                return head, board + seat
        return committee, seat

    def _joint_titles(self, org: str, known: frozenset[str]) -> tuple[str, str, str] | None:
        """(organisation, first title, body) of 东海公司 + 党委副书记 + 工会 (before 主席): a title of the
        organisation written straight before the title in one of its bodies."""
        for body in _JOINT_BODIES:
            if not org.endswith(body):
                continue
            head = org[: -len(body)]
            n = self._title_length(head)
            if n and self.orgs.looks_like(head[:-n], known):
                return head[:-n], head[-n:], body
        return None

    def _inner_org(self, part: str, known: frozenset[str]) -> tuple[str, str] | None:
        """东海大学求是 + 特聘教授: an institution followed by a short title qualifier (named chairs)."""
        for _w, _s, end in reversed(self._suffix_split.find_matches_as_indexes(part)):
            rest = part[end:]
            if (
                1 <= len(rest) <= _SHAPED_TITLE_MAX
                and self.orgs.looks_like(part[:end], known)
                and not _JUNK.search(rest)
            ):
                return part[:end], rest  # (up to 高级市场分析 + 经理, 水轮机装配 + 特级技师)
        return None

    def _honour_holders(self, seg: str) -> bool:
        """``seg`` names the holders of an honour and nothing else (X获得者, 全国劳动模范)."""
        if len(seg) < 3 or self.orgs.looks_like(seg):
            return False
        if seg.endswith("获得者"):
            return len(seg) > 5
        honour = honour_at_end(seg, self.lex)
        return honour is not None and len(honour) == len(seg.replace("“", "").replace("”", ""))

    def _quoted_honours(self, run: str) -> list[str]:
        """The honours of a run of quoted names (“A”“B”“C”): each that reads as an honour, and the last
        (which the segment's own reading took as its honour) in any case."""
        *before, last = _QUOTED_ITEM.findall(run)
        return [*(q for q in before if honour_at_end(q, self.lex) or q.endswith(self.lex.honour_heads)), last]

    def opens_org(self, text: str, at: int) -> bool:
        """An organisation word ends within the phrase starting at ``at`` (up to a punctuation mark)."""
        m = _PHRASE.match(text, at)
        return m is not None and bool(self._suffix_split.find_matches_as_indexes(m.group(0)))

    def _posts_in_brackets(self, m: re.Match[str], known: frozenset[str]) -> str:
        """X学会会长（Y部原副部长、Z）林某: the posts in brackets are more posts of the chain, not a note."""
        first = _SPLIT.split(m.group(1))[0]
        return "、" + m.group(1) if self.split_title(first, known) else m.group(0)

    def is_place_title(self, title: str) -> bool:
        return self._place_title.match(title[::-1]) is not None

    def parse(self, region: str, known: frozenset[str] = frozenset(), inherited: str | None = None) -> Chain:
        chain = Chain(last_org=inherited)
        if "（" in region:
            region = _INNER_POSTS.sub(lambda m: self._posts_in_brackets(m, known), region)
        parts = _SPLIT_KEEP.split(region)
        listed = [(parts[k], parts[k + 1] if k + 1 < len(parts) else "") for k in range(0, len(parts), 2)]
        segs = [seg for seg, _mark in listed if seg]
        marks = [mark for seg, mark in listed if seg]
        if not segs:
            return chain
        by_org: dict[str | None, Position] = {}
        #: titles given the unit the chain inherited from the person before, with no unit of its own yet
        borrowed: list[str] = []
        bare = True
        #: units listed before a unit and its title (X学院、Y学院辅导员): each holds the title
        sharing: list[str] = []
        for i, raw in enumerate(segs):
            last = i == len(segs) - 1
            seg, cleaned_aliases = self.orgs.clean(raw)
            aliases = list(cleaned_aliases)
            short = _SHORT_IN_BRACKETS.search(seg) if "（" in seg else None
            if short and seg[short.end() :] in _MEMBER_NOUNS and self.orgs.looks_like(seg[: short.start()], known):
                aliases.append(short.group(1))  # X测量队（东测一大队）队员: the unit's short name, then the noun
                seg = seg[: short.start()] + seg[short.end() :]
            paren = ""
            pm = _TRAILING_PAREN.search(seg) if seg[-1:] in _PAREN_FINALS else None
            if pm and self.split_title(seg[: pm.start()], known):
                paren, seg = pm.group(0), seg[: pm.start()]
            if not seg:
                continue
            if seg in DEGREES or _EPITHET.fullmatch(seg):  # 博士; 知名人力资源专家: neither is a post
                continue
            if seg.endswith("代表") and self._honour_holders(seg[:-2]):
                seg = seg[:-2]  # 中华技能大奖获得者代表林某: a representative of the holders is one of them
            student = _STUDENT_ROLE.search(seg) if seg[-1:] == "生" else None
            school = _MAJOR.sub("", seg[: student.start()]) if student else ""  # (X学院应用化学专业2019级本科生)
            if student and school and (self.orgs.looks_like(school, known) or generic_reference(school) is not None):
                chain.memberships.append((school, student.group(0)))  # 东海大学机械学院本科生: one of its students
                chain.last_org = school
                bare = False
                continue
            split = self.split_title(seg, known)
            if seg.endswith("获得者") and len(seg) > 5 and not _JUNK.search(seg):
                # 东湖集团优秀教师奖获得者, A以及B获得者: honours, no post (a contest's ranked prize: neither)
                held = (_after_opening_verb(cut_lead(_FIRST_HOLDER, h)) for h in _JOINED.split(seg[:-3]))
                named = (_closed_quote(strip_honour_tail(h)) for h in held)
                chain.honours += [h for h in named if h and not _RANKED_PRIZE.search(h)]
                bare = False
                continue
            if split and (honour := honour_at_end(seg, self.lex)) and len(honour) > len(split[1]):
                # the title word is the end of a longer honour (国务院特殊津贴 + 专家)
                chain.honours.append(honour)
                bare = False
                continue
            if split:
                org, title = split
                title += paren
                if self.is_place_title(title) and not org.endswith("政府"):
                    bare = False
                    continue
                if "了" in org or "的" in org:
                    org = _PARTICLE.split(org)[-1]
                org, more = self.orgs.clean(cut_tail(_TERM, org, ("届", "任", "兼")))
                aliases += more
                if org in _THE_ALLIANCE:
                    chain.alliance_titles.append(title)
                    bare = False
                    continue
                if not org:
                    if chain.last_org is None or not _fits_school_title(title, chain.last_org):
                        continue  # (副校长 after 协会副秘书长: the school's, not the association's)
                    org = chain.last_org
                    if org == inherited:
                        borrowed.append(title)
                elif chain.last_org and (
                    org in _UNIT_ORGANS or (org in _COMMITTEE_DEPARTMENTS and chain.last_org.endswith("委"))
                ):  # 东海市委常委、组织部部长, 东湖中心副主任、支部委员: an organ of the unit, written into the title
                    org, title = chain.last_org, org + title
                elif generic_reference(org) is not None:  # 厂党委书记, 该厂厂长: the unit of the section (coref)
                    bare = False
                elif org in _REGIONAL_BODIES and chain.last_org and (place := _REGION.match(chain.last_org)):
                    org = place.group(0) + org  # 县人大常委会副主任、总工会主席: the county's union
                elif not self.orgs.looks_like(org, known) and (inner := self._inner_org(org, known)):
                    # (X车队“东湖号”列车长: a quoted name of the crew or brand is no part of the title)
                    org, title = inner[0], _QUOTED_ITEM.sub("", inner[1]) + title
                    bare = False
                elif not self.orgs.looks_like(org, known):
                    if (
                        _JUNK.search(org)
                        or self.orgs.suffix(org)
                        or chain.last_org is None
                        or len(org) > 8
                        or _OTHER_BODY.match(org)
                    ):
                        chain.last_org = None
                        bare = False
                        continue
                    if _place_named(org):
                        bare = False  # 东湖华岭副总经理: a body's short name that opens with its place, no department
                    else:
                        org, title = chain.last_org, org + title
                else:
                    bare = False
                if (unit := self._generic_unit(org, title, known)) is not None:
                    org, title = unit
                elif (joint := self._joint_titles(org, known)) is not None:
                    org, first, body = joint
                    _hold(chain, by_org, org, first, aliases)
                    title = body + title
                seat = _COMMITTEE_SEAT.match(org) if "委常委" in org or "委委员" in org else None
                if seat and self.orgs.looks_like(seat.group(3), known):
                    _hold(chain, by_org, *self._seat(seat.group(1), seat.group(2), known), aliases)
                    org, aliases = seat.group(3), []
                kind = self.orgs.suffix(org)
                for listed_unit in sharing if org != chain.last_org and kind else ():
                    if self.orgs.suffix(listed_unit) == kind:  # units of one kind (X学院、Y学院), not a panel
                        _hold(chain, by_org, listed_unit, title, [])
                sharing = []
                posted = _POSTED_TO.match(org) if "驻" in org else None
                host = posted.group(2) if posted else None
                if posted and host in (inherited, chain.last_org) and self.orgs.looks_like(posted.group(1), known):
                    # 省监委驻东湖集团监察专员: a post of the sending body, held at the unit; the list's own unit
                    # stays the one later titles share
                    _hold(chain, by_org, posted.group(1), title, [])
                    continue
                _hold(chain, by_org, org, title, aliases)
                chain.last_org = org
                continue
            if not last and marks[i] == "、" and self.orgs.looks_like(seg, known) and not honour_at_end(seg, self.lex):
                sharing.append(seg)  # 东海大学物理学院、化学学院院长: the title is written once, after the last
                continue
            sharing = []
            bare = False
            stripped = raw.strip()
            quoted_end = _QUOTED_END.search(stripped) if stripped.endswith("”") else None
            unit_like = self.orgs.looks_like(seg, known)
            honour = honour_at_end(seg, self.lex) if not unit_like else None
            if not unit_like and (honour is None or honour in self.lex.honour_heads) and _UNIT_HONOUR.fullmatch(seg):
                # 东钢股份工匠, 南钢大工匠 (not 大工匠 alone): the unit that confers it is part of its name
                honour = seg
            if quoted_end and honour_at_end(quoted_end.group(1).replace("“", ""), self.lex) is None:
                head_hit = any(quoted_end.group(1).endswith(h) for h in self.lex.honour_heads)
                honour = quoted_end.group(1) if head_hit else honour
            if honour:
                run = _QUOTED_RUN.search(raw) if raw.rstrip().endswith("”") else None
                if run:  # “全国劳动模范”“东海工匠”: honours written back to back, each its own
                    chain.honours += self._quoted_honours(run.group(0))
                    continue
                chain.honours.append(honour)
                continue
            if last and unit_like:
                chain.member_of = seg
                chain.last_org = seg
                continue
            epithet_of = self.orgs.clean(stripped[: quoted_end.start()])[0] if last and quoted_end else ""
            if epithet_of and self.orgs.looks_like(epithet_of, known):
                chain.member_of = epithet_of  # 东海研究院“焊接大师”林某: a nickname, after the person's unit
                chain.last_org = epithet_of
                continue
            # 东海造船有限公司选手王某; not last, the first only (X团队成员、Y研究生林某: one of X's people)
            first_member = last or chain.member_of is None
            # 专家指导组成员代表周某: a representative of the group's members is one of them
            # 东海大学机械学院教师代表周某: a representative of a unit's teachers or staff is one of its people
            represented = seg.endswith("代表") and (_member_noun(seg[:-2]) or _represented_noun(seg[:-2]))
            person_of = seg[:-2] if represented else seg
            noun = (_member_noun(person_of) or (_represented_noun(person_of) if represented else None)) or ""
            member = person_of[: -len(noun)] if first_member and noun else ""
            kind = next((k for k in _KINDS_OF_MEMBER if member.endswith(k) and len(member) > len(k) + 1), "")
            member = member[: len(member) - len(kind)]  # X公司困难职工林某, X厂一线工人林某: one of X's people
            if member and (self.orgs.looks_like(member, known) or generic_reference(member) is not None):
                chain.member_of = member  # 东海造船有限公司选手王某: one of its people, not a post
                chain.last_org = member
                if noun == "成员" and member.endswith(_GROUP_ENDS):
                    chain.member_role = ("团队" if member.endswith("团队") else "") + seg[len(member) :]
                continue
            if i == len(segs) - 1 or not segs:
                chain.last_org = None
        if borrowed and (chain.member_of or chain.last_org != inherited):
            _drop_titles(chain, by_org, inherited, borrowed)  # 高级工程师、X队队员林某: the later unit's, not the
            # unit of the person listed before
        chain.bare_titles_only = bare and bool(chain.positions)
        return chain


#: What a place's name may open that is no body (东湖茶品牌, 南岭文化).
_NOT_BODIES = ("品牌", "产品", "项目", "工程", "技术", "系列", "文化", "精神")


def _place_named(org: str) -> bool:
    """``org`` opens with a place's name and goes on with a word of its own (东湖华岭, 南岭电投): the short
    name of a body, not a department of the unit before it."""
    if org.endswith(_NOT_BODIES):
        return False  # 东湖茶品牌创始人: a brand or a product, no body
    words = rjieba.tag(org)
    return len(words) >= 2 and words[0][1] == "ns" and len(words[0][0]) >= 2 and len(org) - len(words[0][0]) >= 2


#: Bodies every county, city or province has, written bare after a post of another body of the same place
#: (县人大常委会副主任、总工会主席).
_REGIONAL_BODIES = frozenset({"总工会", "妇联", "团委", "科协", "文联", "残联", "侨联", "工商联", "政协", "人大常委会"})
#: The place a regional body's name opens with (县, 东湖市, 南岭区).
_REGION = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|州|旗)(?=[\u4e00-\u9fff]{2})")
#: The union and party organs every unit has, written bare after a post of the unit (副主任、支部委员).
_UNIT_ORGANS = frozenset({"工会", "支部", "党支部", "党总支"})
#: Departments of a party committee written bare after one of its seats (市委常委、组织部部长).
_COMMITTEE_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部", "政法委", "办公室", "办公厅"})
#: Titles only a school has (a shared prefix that is no school does not give them).
_SCHOOL_TITLES = ("校长", "副校长", "常务副校长", "校长助理", "校党委书记", "校党委副书记")
_SCHOOL_WORDS = ("大学", "学院", "学校", "中学", "小学", "校", "党校", "技校", "高职", "职院")


def _fits_school_title(title: str, org: str) -> bool:
    return title not in _SCHOOL_TITLES or org.endswith(_SCHOOL_WORDS) or org in ("我校", "本校", "学校")


def _hold(chain: Chain, by_org: dict[str | None, Position], org: str, title: str, aliases: list[str]) -> None:
    """The chain's position in ``org`` (made on first use), holding ``title`` once."""
    pos = by_org.get(org)
    if pos is None:
        pos = by_org[org] = Position(org, [], aliases)
        chain.positions.append(pos)
    if title not in pos.titles:
        pos.titles.append(title)


def _drop_titles(chain: Chain, by_org: dict[str | None, Position], org: str | None, titles: list[str]) -> None:
    """Take ``titles`` back from the chain's position in ``org`` (and the position, once it holds none)."""
    pos = by_org.get(org)
    if pos is None:
        return
    pos.titles = [t for t in pos.titles if t not in titles]
    if not pos.titles:
        chain.positions.remove(pos)
        del by_org[org]


def _after_opening_verb(name: str) -> str:
    """提起“中华技能大奖”获得者: a verb that opens the clause before a quoted honour is not part of it."""
    quote = name.find("“")
    return name[quote:] if quote > 0 and is_boundary_word(name[:quote]) else name


def _closed_quote(name: str) -> str:
    """东湖市教育系统“教工先锋岗 → …“教工先锋岗”: the closing quote a tail strip took with it."""
    return name + "”" if name.count("“") > name.count("”") else name


def _represented_noun(seg: str) -> str | None:
    """The noun for people a representative speaks for that ends ``seg`` (教师 of 教师代表), if any."""
    return next((n for n in _REPRESENTED_NOUNS if seg.endswith(n)), None)


def _member_noun(seg: str) -> str | None:
    """The noun for an organisation's people that ends ``seg``, if any."""
    return next((n for n in _MEMBER_NOUNS if seg.endswith(n)), None)
