"""Organisations named anywhere (not only in chains and lists): a span ending with an institution word,
extended left to a boundary, standing as a whole noun phrase (followed by punctuation or a function word)."""

import re
from collections.abc import Sequence
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import Lexicon, word_finder
from loaders.extract.orgs import DEICTIC_BODIES as _DEICTIC_BODIES
from loaders.extract.orgs import FIELD_POS, SUFFIX_WORDS, VISITS_TO_HOME, OrgRules, clausal, joins_two_fields
from loaders.extract.spans import extend_left

#: Single-character and Party-committee endings are too ambiguous outside an apposition chain.
_WEAK = frozenset({"党委", "党组", "联盟", *"所院部司局厅处科办委站团队社馆厂矿系班组钢"})
#: Work units and departments (带电作业班, 技术攻关组, 抢修队, 变电站, 客舱部, 图书馆) are named standalone only
#: inside a named organisation.
_UNITS = frozenset("班组队站部馆科")
#: Words ending in 科 that are no department (学科, 本科): a school's subjects and degrees.
_NOT_DEPARTMENTS = frozenset({"学科", "本科", "专科", "预科", "文科", "理科", "工科", "农科", "医科", "社科", "教科"})
_DEPARTMENTS = frozenset("部馆")
#: Heads of bodies named after a person (林某劳模创新工作室, 林某技能大师工作室, 林某创新团队).
_NAMED_AFTER_PEOPLE = frozenset({"工作室", "团队", "创新团队", "班组", "小组"})
#: 正式 before a word of unveiling after a studio's name (林某劳模创新工作室正式揭牌): the name ends there.
_UNVEILED = re.compile(r"正式(?:揭牌|挂牌|授牌|成立|启用)")
_PROPER_TAGS = {"ns", "nr", "nt", "nz", "j", "nrt", "nrfg", "eng"}
_NAME_TAGS = frozenset({"ns", "nt", "nz", "j", "nrt", "eng"})
#: Words that may follow an organisation's name (after a Han character; anything else ends it anyway).
_AFTER_WORDS = frozenset(
    [
        "和",
        "与",
        "及",
        "等",
        "的",
        "在",
        "将",
        "是",
        "为",
        "对",
        "向",
        "于",
        "已",
        "也",
        "还",
        "共同",
        "联合",
        "召开",
        "举办",
        "举行",
        "主办",
        "承办",
        "协办",
        "携手",
        "印发",
        "派出",
        "代表",
        "启动",
        "发布",
        "成立",
        "有关",
        "相关",
        "负责",
        "领导",
        "授予",
        "号召",
        "高度",
        "大力",
        "积极",
        "从",
        "到",
        "作为",
        "通过",
        "坚持",
        "始终",
        "进行",
        "开展",
        "参加",
        "出席",
        # travelling to another body (X赴Y开展…, X前往Y): the travelling body's name ends
        "赴",
        "前往",
        "来到",
        "走进",
        # (前往X煤矿参观学习, 来到X公司调研: a visit's destination, then what the visitors do there)
        "参观",
        "调研",
        "考察",
        "实地",
        "慰问",
        "看望",
        "走访",
        "建设",
        "发展",
        "推进",
        "联手",
        "提供",
        "组织",
        "支持",
        "合作",
        "命名",
        "批准",
        "推荐",
        "评选",
        "主管",
        "指导",
        "聘请",
        "邀请",
        "表彰",
        "签订",
        "签署",
        # receiving an honour (东海机床厂数控车间日前荣获…)
        "荣获",
        "获评",
        "获得",
        "获",
        "被",
        "日前",
        "近日",
        "再次",
        "先后",
        "多次",
        # what a unit does as the subject of a profile (林某工作室培养了…, X中心累计完成…)
        "培养",
        "累计",
        "拥有",
        "现有",
        "目前",
        "完成",
        "承担",
        "带动",
        "带领",
        "位于",
        # acts of a congress or committee (教代会审议…, X委员会同时成立, 工会换届)
        "同时",
        "审议",
        "换届",
        # decisions and rules a body makes (X厅决定在Y开展…, X部出台意见)
        "决定",
        "出台",
        "制定",
        # adverbs of how a unit acts (X学院工会持续开展…, X工会深入开展…, X中心精心组织…)
        "持续",
        "深入",
        "广泛",
        "认真",
        "精心",
        "集中",
        "专门",
        "隆重",
        "首次",
        "特别",
        # a unit or studio unveiled (林某劳模创新工作室揭牌, X中心挂牌成立)
        "揭牌",
        "挂牌",
        "授牌",
    ]
)
#: Last characters of a department's name, after a word that is otherwise a verb (组织部, 代表处).
_DEPARTMENT_ENDS = frozenset("部处科局办厅司")
#: Parts of speech (jieba's) of a word after a name that closes it, though no list names the word: a verb,
#: adverb, localizer, numeral, preposition, time word, conjunction, pronoun or particle (临江大学首位…,
#: 东海协会评为…, 入职青禾集团后, 东海公司正式…, 青禾集团入选…). Nouns, adjectives and 附属 (b) continue a name.
_CLOSING_POS = frozenset(
    {"v", "d", "ad", "f", "m", "p", "t", "c", "r", "q", "mq", "u", "uj", "ul", "uz", "ug", "ud", "vd"}
)
#: Organisation words and alliance heads that continue a name after a listed word (…基地 + 合作联盟, 合作社).
_CONTINUED = ("联盟", "社", "中心", "委员会", "协会", "学会", "研究会", "基地", "联合会", "总会", "共同体", "联合体")
#: Media outlets named by a title in 《》 (《东海日报》, 《青州晚报》, 《工人周刊》).
_MEDIA_TITLE = re.compile(
    r"《([\u4e00-\u9fff]{1,12}(?:日报|晚报|早报|时报|周报|商报|青年报|工人报|画报|周刊|杂志|月刊))》"
)
#: 《人民日报》（2025年04月30日第 02 版）: the paper an article is reprinted from, not a body in the report.
_SOURCE_CITED = re.compile(r"\s*[（(]\s*\d{4}\s*年|\s*[（(][^）)]{0,20}版")
#: A list of units closed by a collective noun: A、B、C等(N家)媒体/单位/企业… (their heads may be no suffix: 青州网).
_UNIT_LIST = re.compile(
    r"((?:[\u4e00-\u9fff《》]{2,24}、)+[\u4e00-\u9fff《》]{2,24})等(?:[\d一二三四五六七八九十百多余几]+[家个所])?"
    r"(媒体|新闻媒体|单位|成员单位|会员单位|企事业单位|兄弟单位|企业|高校|院校|兄弟院校|兄弟高校|院系|医院|学校|机构)"
)
#: A university's short name in a list of schools (哈工大, 哈师大, 黑大, 林大, 哈理工).
_SCHOOL_SHORT = re.compile(r"[\u4e00-\u9fff]{1,3}(?:大|理工|工大|师大|农大|医大|财大|商大)")
_SCHOOL_LISTS = ("高校", "院校", "兄弟院校", "兄弟高校", "学校")
#: Adverbs and a preposition (after a short subject) before a unit a clause serves (中心现已为, 先后为, 还向).
_ADVERB_PREPOSITION = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:现已|已经|现|已|曾|先后|还|也|均|都|并|共|多次)+[为向对给与]"
)

#: Endings of a media outlet's short name (青州网, 东海电视台, 临海之声, 东江晚报).
#: The phrase after a name, up to a clause mark or 的 (a name never runs across them).
_PHRASE = re.compile(r"[^，。；：、！？（）“”《》\n的]{1,12}")
_MEDIA_ENDS = ("网", "台", "报", "刊", "频道", "之声", "杂志", "新闻", "客户端")
_AFTER_LENGTHS = sorted({len(w) for w in _AFTER_WORDS})
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_WORDS)
_QUOTED = re.compile(r"“([^“”]{4,30}?(?:工作室|团队|工作坊|中心|协会|学会|研究会|宣讲团|合唱团|艺术团|学校))”")
_AND = re.compile(r"[和与及]")
_CO_VERB = re.compile(r"联合(?=[\u4e00-\u9fff]{2})")
_JOINT_VERB = re.compile(r"联合|会同|携手")
#: Modal verbs and verbs of policy prose that open an object phrase (要加强X工作室建设).
_LEADING_VERB = re.compile(
    r"^(?:要|将|应|需|须|需要|必须|继续|持续|不断|切实|着力|努力|加强|推进|推动|深化|做好|抓好|支持|积极|深入|全面|进一步|加快"
    r"|打造|创建|建好|用好|只有|只要|才能|都要|也要|还要|明确|压实|提升|扩大|强化|落实|发挥|健全|完善|优化|督促|依托|鼓励"
    r"|邀请到|邀请了|邀请|联系|组织|推选出|推选|选举产生|选举出|选举|通过|结合|借助|利用|围绕)+"
)
_DETERMINER = re.compile(
    r"^(?:(?:这|那|近)(?:些|几)年来?|各级|各|基层|上级|有关|相关|该|本|这|全体|广大|多个|其他|其|我国|国内|全国各地|当地|驻地|所有)"
)
_JUNK = re.compile(
    r"\d|[A-Za-z]{4,}|[“”《》]$|^[“”《》]|^(?:建立|新建|组建|筹建|升级)|派出|号召|支持|推动|访|表彰|建成|成为|进一步|发挥|突出|贡献|市委市政府|省委省政府|^(?:各级)?党委政府$|[一二三四五六七八九十两几多][地家个所位名项]"
)


#: Suffixes of units a report often names by a short name alone, with no proper name of their own (机关工会,
#: 教务处, 教师发展中心, 省总工会, 市委教育工委, 市教委, 土建学院).
_SHORT_UNIT_SUFFIXES = ("处", "部", "办", "中心", "工会", "总工会", "教育工会", "工委", "教委", "学院")
#: Offices whose short name the dictionary holds whole (保卫处, 组织部, 宣传部): a unit even where its own part
#: is a verb.
_OFFICE_SUFFIXES = ("处", "部", "办")
#: Territorial levels that are a short unit's whole name before its suffix (省总工会, 市教委).
_LEVELS = frozenset("省市区县州镇乡")
#: Words before a suffix that make a category, not one unit (二级学院, 相关中心, 工匠学院, 基层工会).
# fmt: off
_COMMON_OWN = frozenset({
    "二级", "独立", "职业", "高职", "高等", "工匠", "相关", "有关", "其他", "下属", "所属", "直属", "附属",
    "基层", "上级", "各级", "优秀", "先进", "示范", "重点", "创新", "全体", "全国", "全省", "全市", "民办",
    "公办", "普通", "研究", "服务", "活动", "培训", "实训", "实践", "指挥", "管理", "发展", "教育", "文化",
    "体育", "医疗", "会员", "模范", "职工", "企业", "行业", "产业", "地方", "社区", "科技", "技术", "数据",
    "信息", "新闻", "会议", "展览",
})
# fmt: on
#: Words of _COMMON_OWN that name a field of study before 学院 (管理学院, 体育学院, 新闻学院): a college.
_COLLEGE_FIELDS = frozenset({"管理", "教育", "文化", "体育", "科技", "技术", "数据", "信息", "新闻", "医疗"})
#: A college's field may also be an abbreviation (材化学院).
_COLLEGE_FIELD_POS = FIELD_POS | {"j"}
#: Parts of speech that open no unit's own name (a pronoun, numeral, classifier, adverb, preposition,
#: conjunction, particle, localizer, distinguishing word or time word: 各学院, 二级学院, 该中心).
_NOT_OWN_POS = frozenset({"r", "m", "q", "mq", "d", "p", "c", "u", "uj", "ul", "f", "b", "t", "ad"})
#: Words after which a unit's own name follows a reference to its parent (学院 + 青禾读书班).
_PARENT_REFS = ("学院", "学校", "我院", "本院")
_SCHOOL_ENDS = ("大学", "学院", "学校")
#: What closes a quoted honour's title (“…优秀团队”荣誉称号).
_TITLE_TAILS = ("荣誉称号", "称号", "荣誉")
#: Deictic words for the school or college a text is about, before one of its units (学院张某支教团).
_PARENT_WORDS = ("学院", "学校")
#: Words for the publishing university or college, before one of its units (我校机关工会, 本院学生会).
_HOME_REFS = ("我校", "本校", "我院", "本院")


#: The unit's staff written after its name, closing the clause (是X公司职工。).
_STAFF_AFTER = re.compile(r"(?:退休)?(?:职工|员工|工人|干部)(?=[，。；、）)]|$)")


@lru_cache(maxsize=8192)
def _closing_word(window: str) -> bool:
    """The first word of ``window`` (the four characters after a name) closes the name (``_CLOSING_POS``)."""
    words = rjieba.tag(window)
    return bool(words) and words[0][1] in _CLOSING_POS and not window.startswith(_CONTINUED, len(words[0][0]))


def _inside_word(text: str, s: int) -> bool:
    """A one-character department word ends a dictionary word (干部, 全部, 场馆) or a subject (学科), not a
    unit's name."""
    word = text[s - 1 : s + 1]
    return word in _NOT_DEPARTMENTS or (text[s] in _DEPARTMENTS and rjieba.has_word(word))


def _has_proper_tag(name: str) -> bool:
    """rjieba tags a word of the name as a place, person, organisation or other proper noun."""
    for _, tag in rjieba.tag(name):  # noqa: SIM110 - any() over a generator costs a frame per call
        if tag in _PROPER_TAGS:
            return True
    return False


class OrgFinder:
    def __init__(self, lex: Lexicon, orgs: OrgRules) -> None:
        self.orgs = orgs
        strong = sorted(s for s in lex.org_suffixes if s not in _WEAK)
        self._strong = word_finder(strong)
        self._event_heads = tuple(lex.forum_heads)
        self._suffix = word_finder({*strong, *_UNITS})
        self._national = word_finder(lex.national_bodies)
        self._any_suffix = word_finder(lex.org_suffixes)
        self._short = word_finder(_SHORT_UNIT_SUFFIXES)

    @staticmethod
    def _after(text: str, e: int) -> bool:
        """A function word or verb follows (set lookups: the alternation tries its ~80 branches in turn),
        and is no word of a department's name (东海市委 + 组织部, 东海公司 + 代表处) nor opens a longer name
        (…基地 + 合作联盟)."""
        if text[e : e + 1] not in _AFTER_FIRST:
            return False
        for n in _AFTER_LENGTHS:
            if text[e : e + n] in _AFTER_WORDS:
                return text[e + n : e + n + 1] not in _DEPARTMENT_ENDS and not text.startswith(_CONTINUED, e + n)
        return False

    def _closes(self, text: str, e: int) -> bool:
        """The name ends at ``e`` before an unlisted word that no name goes on with (首位, 评为, 后, 正式,
        入选): the word opens a new word at ``e`` (大学 is not the 大学 of 大学生), is no noun, and the phrase
        it opens holds no institution word (东海公司 + 熔铸制造中心 is one longer name)."""
        if _STAFF_AFTER.match(text, e):
            return True  # 退休前是东海织造有限公司职工。: one of the unit's people closes the clause
        if rjieba.has_word(text[e - 1 : e + 1]) or not _closing_word(text[e : e + 4]):
            return False
        return not self._goes_on(text, e)

    def _goes_on(self, text: str, e: int) -> bool:
        """The phrase after ``e`` (to a clause mark or 的) holds an institution word: the name goes on."""
        phrase = _PHRASE.match(text, e)
        if phrase is None or not self._any_suffix.find_matches_as_indexes(phrase.group(0)):
            return False
        # a word of the phrase ends as an institution does (系 of 系统 or 院 of 院子 is inside another word)
        return any(self.orgs.suffix(word) is not None for word, _pos in rjieba.tag(phrase.group(0)))

    def _after_inner_org(self, name: str) -> int:
        """Where a name begins after an organisation and a verb it holds (国网东海供电公司组织 + 红船服务队,
        东海市总工会鼓励 + 各区县工会): 0 when it holds none."""
        for _, _s, e in reversed(self._strong.find_matches_as_indexes(name[:-2])):
            if e < 3 or not self.orgs.looks_like(name[:e]):
                continue
            words = rjieba.tag(name[e:])
            if len(words) > 1 and words[0][1] == "v" and len(words[0][0]) >= 2:
                rest = e + len(words[0][0])
                return rest if len(name) - rest >= 3 else 0
            return 0
        return 0

    @staticmethod
    @lru_cache(maxsize=4096)
    def _proper(name: str) -> bool:
        return _has_proper_tag(name)

    def _studio_unit(self, text: str, person: int, head: str, stops: frozenset[int]) -> int:
        """Where a studio named after a person starts: at the place or unit written before the person when
        there is one (东湖市林某技能大师工作室, 东海公司林某创新工作室), else at the person. A team (团队) is
        named after the person alone: what comes before it is often a verb (学习宣传林某及其团队)."""
        if head != "工作室":
            return person
        start = extend_left(text, person, max(0, person - 24), stops)
        studio = text.rfind("工作室", start, person)  # (示范性X工作室 + 东海公司林某工作室: an honour before it)
        start = start if studio < 0 else studio + 3
        unit = self.orgs.clean(text[start:person])[0]
        if len(unit) >= 2 and unit == text[start:person]:
            return start
        return person

    @staticmethod
    def _after_person(name: str) -> bool:
        """The name opens with a person's name (张某支教团), not with unit words (工会福利委员会)."""
        words = rjieba.tag(name)
        return bool(words) and words[0][1] == "nr"

    @staticmethod
    @lru_cache(maxsize=4096)
    def _named(name: str) -> bool:
        """A place, institution or other proper noun opens the name or stands in it (not a person's
        name, which jieba also reads in unknown words: 陈列馆), and no reference to a unit named
        elsewhere opens it (联盟秘书处, 学校校史馆)."""
        if name.startswith(("联盟", "学校", "本校", "我校", "集团", "公司", "该", "本", "我")):
            return False
        for word, tag in rjieba.tag(name):  # noqa: SIM110 - any() over a generator costs a frame per call
            if tag in _NAME_TAGS and word not in SUFFIX_WORDS:  # (美术馆 is read nt)
                return True
        return False

    @staticmethod
    @lru_cache(maxsize=4096)
    def _generic(name: str) -> bool:
        """A category noun (创新工作室, 工程中心, 优秀工会) rather than a name: only common words, no place
        or proper noun, and short."""
        return len(name) <= 7 and not _has_proper_tag(name) and not _LOCAL_BODY.match(name)

    def _unit_of_named_org(self, name: str) -> bool:
        """国网东海供电公司 + 带电作业 + 班: a unit word closes a name only after a named organisation and a
        short name of the unit's own (one to six Han characters)."""
        for _, _s, p in reversed(self._strong.find_matches_as_indexes(name[:-1])):
            own = name[p:-1]
            return 1 <= len(own) <= 6 and own.isalpha() and self.orgs.looks_like(name[:p])
        return False

    def _modifier_before(self, text: str, comma: int) -> bool:
        """标准化、同质化诊疗中心: an adjective (…化, …性, …型) before 、 modifies the same head, so what
        follows 、 is not a name of its own."""
        i = comma
        while i > 0 and text[i - 1] not in "，。；：、\n“”（）" and comma - i < 12:
            i -= 1
        item = text[i:comma]
        return bool(item) and item[-1] in "化性型" and not self.orgs.looks_like(item)

    def find(
        self,
        text: str,
        stops: frozenset[int],
        taken: list[tuple[int, int]],
        persons: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[int, str]]:
        """Organisations named in ``text``; ``persons`` are the spans of person names, which end a name
        unless a studio or team is named after the person."""
        out: dict[int, str] = {}
        mask = bytearray(len(text) + 1)
        for ts, te in taken:
            mask[ts:te] = b"\x01" * (te - ts)
        person_at = {e: s for s, e in persons}
        for m in _QUOTED.finditer(text):
            name = m.group(1)
            if self.orgs.suffix(name) and self.orgs.looks_like(name) and not all(mask[m.start(1) : m.end(1)]):
                out[m.start(1)] = name
        for _, s, e in self._suffix.find_matches_as_indexes(text):
            if text[s:e] == "工委" and text.startswith("员会", e):
                s, e = s + 1, e + 2  # 女职工 + 委员会: the leftmost match 工委 hides the committee
            if self.orgs.runs_into_a_word(text, e):
                continue  # 行政办公楼, 东湖县人民政府网: part of a longer word, no body's name
            if e - s == 1 and text[s - 1 : e] in VISITS_TO_HOME:
                continue  # 宣讲团来院开展宣讲: the visit to the college (来院, 到校), no name ending there
            closed = False  # ended by an unlisted word: the name must carry a proper element
            if e < len(text) and text[e].isalnum() and not "\u4e00" <= text[e] <= "\u9fff" and self._goes_on(text, e):
                continue  # 东海锻造公司 + 3万吨压机班组: inside a longer name
            if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and not self._after(text, e):
                if (text[s:e] in _NAMED_AFTER_PEOPLE and not _UNVEILED.match(text, e)) or not self._closes(text, e):
                    continue
                closed = True
            start = extend_left(text, s, max(0, s - 24), stops, keep_words=("和", "与"))
            if start == s - 24:  # (a chain of units longer than that: 东海公司北湖分公司清扫部二中心X班组)
                start = extend_left(text, s, max(0, s - 48), stops, keep_words=("和", "与"))
            named_after = start in person_at and text[s:e] in _NAMED_AFTER_PEOPLE
            if named_after:  # 林某劳模创新工作室: a studio named after its leader
                start = self._studio_unit(text, person_at[start], text[s:e], stops)
            name, _ = self.orgs.clean(text[start:e])
            start = e - len(name)
            if name.startswith(("我校", "本校")) and self.orgs.looks_like(name[2:]) and name not in _DEICTIC_BODIES:
                name, start = name[2:], start + 2
                if name[:1] in ("与", "和", "及") and self.orgs.looks_like(name[1:]):
                    name, start = name[1:], start + 1  # 我校与东湖测绘公司签约: the partner named after the school
            elif name.startswith(_PARENT_WORDS) and len(name) >= 6 and self._after_person(name[2:]):
                name, start = name[2:], start + 2  # 学院 + 张某支教团: a unit of the college the text is about
            if name.startswith("各") and self.orgs.names_a_kind(name):
                continue  # 各设区市总工会: a kind of body, none named (nor the part after 各)
            det = _DETERMINER.match(name)
            if det:
                name, start = name[det.end() :], start + det.end()
            verb = _LEADING_VERB.match(name)
            if verb:
                name, start = name[verb.end() :], start + verb.end()
                if not self._proper(name):
                    continue
            served = _after_preposition(name)
            if served and self.orgs.looks_like(name[served:]):
                name, start = name[served:], start + served  # 现已为 + 材化学院: the object of a preposition
            if "和" in name and name.partition("和")[0].endswith(self._event_heads):
                name, start = name.rpartition("和")[2], e - len(name.rpartition("和")[2])  # X会议和Y: Y alone
            second = self.orgs.second_name_at(name) if "和" in name or "与" in name or "及" in name else 0
            if second:  # A和B of two full names: B
                name, start = name[second:], e - len(name) + second
            if len(name) < 3 or _JUNK.search(name) or not self.orgs.looks_like(name):
                continue
            if closed and not self._named(name) and not _college(name):
                continue
            inner = self._after_inner_org(name)
            if inner:
                name, start = name[inner:], start + inner
            own_unit = False
            if text[s:e] in _UNITS:
                cut = _after_parent_ref(name, self.orgs)
                if cut:
                    parent = name[: cut[0]]
                    if parent and not any(mask[start : start + len(parent)]):
                        out.setdefault(start, parent)
                    name, start, own_unit = name[cut[1] :], start + cut[1], True
            if clausal(name):
                continue
            if text[start - 1 : start] == "、" and self._modifier_before(text, start - 1):
                continue
            joint = _JOINT_VERB.search(name) if "联合" in name or "会同" in name or "携手" in name else None
            if joint and self.orgs.suffix(name[: joint.start()]) and self.orgs.looks_like(name[joint.end() :]):
                # A联合B开展…: two bodies acting together; B's name is what follows the verb (A is found
                # from its own suffix)
                name, start = name[joint.end() :], start + joint.end()
            verb = _CO_VERB.search(name) if text[e : e + 1] == "、" else None
            if verb:
                # X联合Y、Z…举办: 联合 is the verb and Y opens a list of co-organisers
                name, start = name[: verb.start()], start
                if not self.orgs.looks_like(name):
                    continue
            if ("和" in name or "与" in name or "及" in name) and any(
                self.orgs.suffix(part) for part in _AND.split(name)[:-1]
            ):
                last = _AND.split(name)[-1]  # A与B, A及B: B is a name of its own (A is found from its own suffix)
                joined = name[: len(name) - len(last)].rpartition("和")[2] + last
                if joins_two_fields(joined):
                    last = joined  # A和人文与艺术学院: the last name joins two fields by 与
                if len(last) < 3 or not self.orgs.looks_like(last) or (self._generic(last) and not _college(last)):
                    continue
                name, start = last, e - len(last)
            if all(mask[start:e]) or (text[start - 1 : start] == "“" and text[e : e + 1] != "”"):
                continue
            if text[e : e + 1] == "”" and text.startswith(_TITLE_TAILS, e + 1):
                continue  # “…优秀团队”荣誉称号: the quoted title of an honour, no unit

            if mask[e - 1] and not mask[start]:  # 获批 + an honour ending in 工作室: it straddles another name
                continue
            if text[e : e + 1] == "》" and _SOURCE_CITED.match(text, e + 1):
                continue
            after_de = text[start - 1 : start] == "的" and not named_after  # (以他名字命名的林某工作室 stays)
            generic = (
                self._generic(name)
                and not (own_unit and len(name) >= 4)
                and name not in _DEICTIC_BODIES
                and not _union_of_unit(name, self.orgs)  # 航建学院工会: the union of a unit named in it
                and not joins_two_fields(name)  # 人文与艺术学院: two fields of one unit's name
                and not _college(name)  # 管理学院, 艺术学院: a college named by its field
            )
            if after_de or text.startswith("代表", e) or generic:
                continue
            if text[s:e] in _UNITS and not own_unit and (not self._unit_of_named_org(name) or _inside_word(text, s)):
                continue
            if text[s:e] in _DEPARTMENTS and not self._named(name):
                continue  # 学校校史陈列馆: a department of a unit the text refers to, not one it names
            out[start] = name
        self._national_bodies(text, mask, out)
        self._short_units(text, stops, mask, out)
        if "《" in text:
            for m in _MEDIA_TITLE.finditer(text):
                if not any(mask[m.start(1) : m.end(1)]) and not _SOURCE_CITED.match(text, m.end()):
                    out.setdefault(m.start(1), m.group(1))
        if "等" in text:
            self._unit_lists(text, mask, out)
        return sorted(out.items())

    def _short_units(self, text: str, stops: frozenset[int], mask: bytearray, out: dict[int, str]) -> None:
        """Units named by a short name alone (机关工会、智造学院工会入选, 省总工会开展, 由教务处、教师发展中心联合
        组织, 东海大学的土建学院和智造学院): the name stands between clause marks, list marks or a boundary
        word and a function word or verb, and its own part is a territorial level or a short word of its
        own, not a determiner or category word (各学院, 二级学院, 相关中心). The full name, where the text
        writes one, is found by the suffix scan; coreference joins the two."""
        found = bytearray(len(text) + 1)
        for at, name in out.items():
            found[at : at + len(name)] = b"\x01" * len(name)
        for _, s, e in self._short.find_matches_as_indexes(text):
            if found[s] or any(mask[s:e]) or s in out:
                continue
            if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and not self._after(text, e):
                continue
            start = extend_left(text, s, max(0, s - 7), stops)
            if text.startswith(_HOME_REFS, start) and s - start > 2:
                start += 2  # 我校 + 机关工会: a unit of the home university, named by its own short name
            own = text[start:s]
            if not own or found[start] or not _short_own(own, text[s:e]):
                continue
            before = text[start - 1 : start]
            if before == "、" and not self._list_opens_clause(text, start - 1, stops):
                continue
            if before in ("》", "”"):
                continue  # 《当代经济研究》编辑部: the unit of the title before it
            if before == "的":  # 东海大学的土建学院: a unit of the body named before 的
                if not self.orgs.suffix(text[max(0, start - 12) : start - 1]):
                    continue
            elif before and "\u4e00" <= before <= "\u9fff" and start not in stops:
                boundary = text[max(0, start - 2) : start]
                if before not in "由和与及在" and not rjieba.has_word(boundary) and boundary[-1:] not in "、":
                    continue
                if before in "和与及在" and rjieba.has_word(text[start - 1 : start + 1]):
                    continue  # 和平区总工会: 和 opens the place's name, no conjunction
            name = own + text[s:e]
            if _JUNK.search(name) or clausal(name):
                continue
            out[start] = name
            found[start:e] = b"\x01" * (e - start)

    def _list_opens_clause(self, text: str, comma: int, stops: frozenset[int]) -> bool:
        """The 、 list an item closes opens its clause (由教务处、教师发展中心…, 机关工会、X工会入选): its first item
        stands after a clause mark or 由/和, not after a verb whose object the list is (建成X、Y中心)."""
        pos = comma
        for _ in range(8):
            first = extend_left(text, pos, max(0, pos - 16), stops)
            if first == 0 or text[first - 1] != "、":
                break
            pos = first - 1
        item = text[first:pos]
        if item.startswith(_HOME_REFS) and len(item) > 2:
            item = item[2:]  # 我校 + 教务处、人事处…: the list of the home university's units opens the clause
        lead = text[first - 1 : first]
        if lead and "\u4e00" <= lead <= "\u9fff" and lead not in "由和与及" and first not in stops:
            return False
        words = rjieba.tag(item) if item else []
        return bool(words) and words[0][1] not in _NOT_OWN_POS and words[0][1] != "v"

    def _unit_lists(self, text: str, mask: bytearray, out: dict[int, str]) -> None:
        """A、B、C等媒体 / 等成员单位: each item of a list a collective noun closes is a unit, when most items
        are named as organisations are (a suffix) and the others have a name of their own (青州网, X钢)."""
        for m in _UNIT_LIST.finditer(text):
            first = text.find("、", m.start(1))
            start = extend_left(text, first, m.start(1))
            media = m.group(2).endswith("媒体")
            at = start
            items: list[tuple[int, str]] = []
            for raw in self._list_items(text[start : m.end(1)]):
                name, _ = self.orgs.clean(raw)
                served = _after_preposition(name) if not items else 0
                if served and self.orgs.looks_like(name[served:]):
                    name = name[served:]  # 现已为 + 材化学院、…: the list is the object of 为
                items.append((at + len(raw) - len(name), name))
                at += len(raw) + 1
            schools = m.group(2) in _SCHOOL_LISTS
            named = [
                self.orgs.looks_like(n)
                or (media and n.endswith(_MEDIA_ENDS))
                or (schools and _SCHOOL_SHORT.fullmatch(n) is not None)
                for _, n in items
            ]
            if sum(named) * 2 <= len(items):
                continue
            for (at, name), ok in zip(items, named, strict=True):
                if any(mask[at : at + len(name)]) or _JUNK.search(name) or len(name) < 2:
                    continue
                if ok or (self._proper(name) and len(name) <= 12):
                    out.setdefault(at, name.strip("《》"))

    def _list_items(self, listed: str) -> list[str]:
        """The items of A、B、C及D: the last one split at 及/和 when both parts are units (玉米所及国家重点实验室)."""
        items = listed.split("、")
        last = items[-1]
        for joiner in ("及", "和"):
            left, mark, right = last.partition(joiner)
            both = mark and all(self.orgs.looks_like(self.orgs.clean(part)[0]) for part in (left, right))
            if both:
                items[-1:] = [left, right]  # (the second item's offset counts the joiner as a list mark)
                break
        return items

    def _national_bodies(self, text: str, mask: bytearray, out: dict[int, str]) -> None:
        """Ministries and other national bodies (教育部, 人力资源和社会保障部), whose last word is too
        ambiguous for the suffix scan, standing as a name of their own: not inside a longer name (教育部重点
        实验室: a function word or punctuation must follow, and no Han character precede but a verb's)."""
        for _, s, e in self._national.find_matches_as_indexes(text):
            if s in out or any(mask[s:e]):
                continue
            if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and not self._after(text, e):
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and extend_left(text, s, max(0, s - 24)) != s:
                continue
            out[s] = text[s:e]


def _after_preposition(name: str) -> int:
    """Where a name starts after an adverb and a preposition written before it (现已为 + 材化学院: the
    object of 为), 0 if it opens with no such pair (对外经济贸易大学, 和平区总工会 are names)."""
    m = _ADVERB_PREPOSITION.match(name)
    return m.end() if m else 0


def _after_parent_ref(name: str, orgs: OrgRules) -> tuple[int, int] | None:
    """学院青禾读书班 / 东海大学学院青禾读书班: a team named after a reference to its parent (学院, 学校) is a
    team of its own name; returns where the parent's name ends and the team's begins (None if not so)."""
    for ref in _PARENT_REFS:
        p = name.find(ref)
        if p < 0 or len(name) - p - len(ref) < 3 or name.startswith(("党", "团", "工会"), p + len(ref)):
            continue  # (学院党支部: the college's own Party branch, no team of a name of its own)
        if p == 0 or (name[:p].endswith(_SCHOOL_ENDS) and orgs.looks_like(name[:p])):
            return p, p + len(ref)
    return None


#: Bodies a unit has of its own (its union, Party or Youth League committee or branch, women's committee).
_UNIT_BODIES = ("工会", "团委", "党委", "团总支", "党总支", "团支部", "党支部", "妇委会")


def _union_of_unit(name: str, orgs: OrgRules) -> bool:
    """X工会 (X团委, X党支部…) where X is a unit's name of its own (航建学院工会, 园艺学院团委, 后勤处工会), not a
    category (基层工会, 部门工会)."""
    body = next((b for b in _UNIT_BODIES if name.endswith(b)), None)
    if body is None:
        return False
    unit = name[: -len(body)]
    return len(unit) >= 4 and orgs.looks_like(unit) and not _generic_unit_word(unit)


#: A body of the city or province the text is about, its place left out (省工人文化宫, 市文化馆): one body,
#: not a category (市级, 市属, 省内 open categories).
_LOCAL_BODY = re.compile(r"[市省][^级属内外直各]")


def _generic_unit_word(unit: str) -> bool:
    """部门, 基层单位, 二级学院: words for a kind of unit, not one unit."""
    return unit.startswith(tuple(_COMMON_OWN)) or unit in ("二级学院", "基层单位", "各学院")


@lru_cache(maxsize=4096)
def _college(name: str) -> bool:
    """X学院 where X is a field of study of one to four characters (管理学院, 艺术学院, 商学院): a college's
    name, not a category of colleges (二级学院, 职业学院, 各学院)."""
    own = name[:-2]
    if not name.endswith("学院") or not 1 <= len(own) <= 4 or not own.isalpha():
        return False
    if own in _COLLEGE_FIELDS:
        return True
    if own in _COMMON_OWN:
        return False
    return all(pos in _COLLEGE_FIELD_POS for _w, pos in rjieba.tag(own))


@lru_cache(maxsize=4096)
def _short_own(own: str, suffix: str) -> bool:
    """The part of a short unit's name before its suffix names it: a territorial level (省, 市委教育), or a
    short word that is no determiner or category word; an abbreviated college (土建学院, 智造学院) has two
    to four characters before 学院."""
    if len(own) == 1:
        return own in _LEVELS and suffix in ("总工会", "教育工会", "工会", "教委", "工委")
    if suffix == "学院" and own in _COLLEGE_FIELDS:
        return True
    if suffix in _OFFICE_SUFFIXES and len(own) == 2 and own not in _COMMON_OWN:
        whole = rjieba.tag(own + suffix)
        if len(whole) == 1 and whole[0][1] in ("n", "nt", "j", "nr"):  # (宣传部 is read nr)
            return True
    if suffix in ("部", "办"):
        return False  # (劳动和经济工作部: only a name the dictionary holds whole stands alone)
    if len(own) > (4 if suffix == "学院" else 6) or not own.isalpha() or own in _COMMON_OWN:
        return False
    words = rjieba.tag(own)
    if not words or words[0][1] in _NOT_OWN_POS:
        return False
    if suffix == "学院":
        return len(words) <= 2
    return all(pos not in _NOT_OWN_POS and pos != "v" for _w, pos in words)
