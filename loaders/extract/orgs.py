"""Organisation surfaces: does a span look like an institution name, and how to clean one."""

import re
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import Lexicon, lengths_by_last, words

#: Deictic and generic references to an institution already named in the document (coreference).
DEICTIC_ORGS = frozenset({"我校", "本校", "学校", "校", "我院", "学院", "集团", "公司", "我校工会", "校工会"})
UNIVERSITY_DEICTICS = frozenset({"我校", "本校", "学校", "校"})
#: The home university's own union and staff congress, named by a deictic alone (我校工会, 校工会, 我校教代会):
#: bodies of their own, as written.
#: The levels a body's short name opens with (市总工会, 省妇联, 区民政局, 县总工会).
LEVELS = frozenset("省市区县")
DEICTIC_BODIES = frozenset({"我校工会", "校工会", "本校工会", "我校教代会", "校教代会", "本校教代会"})
#: Words that open a clause before an institution's name and are not part of it.
_LEAD = re.compile(
    r"^(?:[，、,；]|(?:上|下|左|右|如)?图(?:中|片)?为|这是|那是|他是|她是|就是|由|随着|在|于|和|与|及|以及|并|是|为|对|向|从|经|据|原|现任|曾任|先后任|历任|担任|任|当选为|当选|评选出|评出|选出|[^，、。；]{0,8}?等奖和|带领|率领|指导|系|来自|包括|携手|联合(?!国)|会同|其中|"
    r"同时|此外|另外|而|今|整个|所有|全体|她们|他们|我们|现为|就职于|供职于|受聘于|毕业于|就读于|入职|加入|调入|调到|调至|转到|转入|考入|进入|(?:一行)?(?:走进|来到|莅临|到访|前往)|一行(?:在|于)?|会前|会后|会上|席间|师从|作为|将|被|参加|参与|(?:\d{4}年)?[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日(?:上午|下午|晚)?|\d{4}年(?:底|初)?|(?:\d{4}年)?\d{1,2}月(?:份|底|初)?|"
    # a profile's headline (——记东海公司技师林某) and a clause whose verb takes the body as its object (会议邀请
    # + 档案馆馆长林某, 第一辑展示 + 党政办公室党支部林某); not 邀请赛 or 展示馆, which name the body
    r"记|[^，、。；]{0,6}?(?:邀请|特邀|展示|看望|慰问|走访)(?:了|到)?(?![赛馆厅区中])|"
    # the honoured speaking for the others (受表彰的先进典型代表 + 东海研究所综合办主任林某)
    r"(?:先进典型|先进个人|获奖者?|受表彰者?)代表(?!大会|团|队|会|处)|"
    # the kind of party a representative speaks for (企业代表 + 东海化工公司副总经理林某)
    r"(?:企业|单位|行业|院校|高校|学校|社会|基层|用人单位|合作单位|校友|家长)代表(?!大会|团|队|会|处)|"
    # a body renamed (学校更名为 + 东海大学): the new name after the verb
    r"[^，、。；]{0,6}?(?:更名为|改名为|改称为?|升格为|合并为|并入)|"
    r"第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届|[★☆◆◇●○■□▲△▶►•·\-－–]|"
    # a time phrase closed by 前夕/之际/期间 (“双节”前夕 + 学校…)
    r"[^，、。；]{1,10}?(?:前夕|之际|期间)|"
    # the leader of a group named before (督导组，在组长 + 东海省总工会…部部长林某的带领下)
    r"(?:副)?(?:组长|队长|团长|领队)|"
    # a list the clause opens (出席会议的有A、B; 参加年会的还有A), and 会上/仪式上 before a name
    r"(?:[^、，。；]{0,30}?的(?:还)?|还)有|(?:会议|大会|仪式|会|活动|论坛|典礼|开幕式)上)+"
)
#: One-character openers that may also begin the first word of a name (和平, 对外, 经济, 原子能, 向阳).
_WORD_OPENING_LEADS = frozenset("和与及并为对向从经原任系今将于记而")
_LATIN_PAREN = re.compile(r"[（(]([A-Za-z][A-Za-z0-9&.\- ]*)[)）]")
_SHORT_NAME = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"]?([^”\"）)]{1,12})[”\"]?[)）]")
#: Words that make a kind of body rather than one (各级工会, 有关部委, 相关单位).
_CATEGORY = re.compile(r"各级|各地|各类|有关|相关|^各(?:设区|区县|县区|县市|市县|市州|市|县|区|省)")
#: Words that are the whole name of a kind of body before its suffix (行业协会, 基层工会, 企业工会).
_CATEGORY_OWN = frozenset({"行业", "基层", "企业", "地方", "上级", "下属", "所属", "各", "该"})
_NOT_IN_NAME = re.compile(r"[的了是在将把被也说着过吗呢吧啊，。；：！？、]|就(?!业)")  # (就业指导中心)
#: Verbs of holding and founding that end like an office's short name (办).
_HOLDING_VERBS = ("举办", "主办", "承办", "协办", "创办", "开办", "兴办", "筹办", "合办", "联办", "申办", "督办")
#: Rooms and halls, whose names end like a body's (报告厅 like 厅): places.
_ROOMS = ("报告厅", "会议室", "会议厅", "多功能厅", "演播厅", "展厅", "礼堂", "大讲堂", "学术厅")
#: A graduating cohort or a class year (2019届本科, 1986级) opens no body's name.
_COHORT = re.compile(r"^\d{2,4}(?:届|级)")
#: Two-character Party committees of a territorial level (省委, 市委): the place word is the whole name.
#: Bodies usually written by a short name alone (教代会 = 教职工代表大会).
STANDALONE_BODIES = frozenset(
    {"教代会", "妇联", "工商联", "团委", "学生会", "研究生会", "侨联", "科协", "文联", "作协"}
)
#: International bodies are named 国际/世界/联合国 … 组织 (组织 alone is too often the verb to organise).
_INTERNATIONAL = re.compile(r"^(?:国际|世界|联合国)[\u4e00-\u9fff]{1,12}组织$")
GOV_COMMITTEES = frozenset({"省委", "市委", "区委", "县委", "州委", "镇委", "乡委"})
#: Parts of speech (jieba's) of a word that opens a clause, not a name: verb, adverb, preposition, time
#: word (入职东海公司, 按照全国总工会, 早早赶到东海中心).
_CLAUSE_OPENING_POS = frozenset({"v", "d", "p", "t", "ad"})
#: Verbs and prepositions after which a proper name opens a new phrase wherever they stand (学校邀请 +
#: 临江师范大学, 心向 + 东海大学, 让 + 东海公司, 师从 + 东海美术学院).
_VERB_POS = frozenset({"v", "p", "i", "l"})
_VERB_NOUNS = frozenset({"师从", "饱含", "肯定", "充分肯定", "走进", "来到", "入职", "就读于", "毕业于", "心向"})
#: A counted noun phrase (130余所学校, 50余支部队, 三家企业): a number of units, not one named.
_COUNTED = re.compile(r"(?:^|[和与及、])[\d一二三四五六七八九十百千万两几多数]+(?:余|多)?[所支家个座名位间条批类]")
#: A hyphen between two words: what stands before it is a heading or a title (…代表-东海港公司).
_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff])[-－–](?=[\u4e00-\u9fff])")
#: What a name cut out of such a clause opens with: a proper name (place, institution, abbreviation) or a
#: word of national or regional scope.
_PROPER_POS = frozenset({"ns", "nt", "nz", "j", "nrt", "eng"})
#: Institution words (联合会, 大学): jieba may read one as a proper noun, but it names no one institution.
SUFFIX_WORDS = frozenset(words("org_suffixes.txt"))
_SCOPE_OPENERS = ("全国", "中国", "中华", "中共", "国家", "国务院")
#: Acts of a person at an event, which no body's name holds (an unpunctuated caption run: …林某致辞院长张某作
#: 学院工作报告院党委副书记…): a name starts after the last of them.
_ACT_IN_NAME = re.compile(r"讲话|致辞|主持|出席|参加|参与|(?<![工合创写操协])作[\u4e00-\u9fff]{0,10}?报告")
#: An ordinal opening the name of a standing body elected for a term (第九届教职工代表大会执委会, 第十一届工会
#: 女职工委员会, 第一届女教授联谊会): part of the name, not a lead to strip.
_TERM_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+届")
#: A visit to the school or college the text is about, written right after the visitor (宣讲团来院, 专家到校).
VISITS_TO_HOME = ("来院", "来校", "到院", "到校", "莅院", "莅校", "返院", "返校")
#: Words between an owner and a unit it owns (X集团所属Y公司, X下属Y, X旗下Y).
_OWNED_BY = re.compile(r"所属|下属|旗下")
#: Groups of people who study or share a hobby (理论学习小组, 兴趣小组): no bodies.
_STUDY_GROUPS = ("学习小组", "兴趣小组")
#: Words of a body founded by two others together (A与B联合实验室, 共建中心).
_JOINT = re.compile(r"联合|共建|合作|共同|协同")
#: Verbs of acting together that close a list of bodies (A和B联合举办).
_CO_ACTING = ("联合", "共同", "携手", "联袂")
_TERM_BODIES = ("委员会", "执委会", "常委会", "联谊会", "理事会", "监事会")


def _without_opening_clause(text: str) -> str:
    """Drop the words of a clause glued before a name (入职东海公司 is 东海公司), where a proper name
    follows them: the span ran left across a verb or preposition that no list names. The clause may open
    with a noun (学校邀请临江师范大学: the cut is after the last verb before a proper element); an
    institution word read as a proper noun (世界工程组织 + 联合会) is no proper element."""
    if len(text) < 5 or not "\u4e00" <= text[:1] <= "\u9fff":
        return text
    tagged = rjieba.tag(text)
    cut = 0
    opening = True
    best = 0
    for i, (word, pos) in enumerate(tagged[:-1]):
        cut += len(word)
        verb = (
            pos in _VERB_POS and (len(word) >= 2 or word in "让向对由") and word not in "和与及"
        ) or word in _VERB_NOUNS
        opening = opening and pos in _CLAUSE_OPENING_POS and len(word) >= 2
        # a person noun before a name (获奖者 + 东海大学, 奋斗者 + 新疆…医院): its 者 is no part of the name
        verb = verb or (len(word) >= 2 and word.endswith("者") and pos == "n")
        if not (opening or verb):
            continue
        following, following_pos = tagged[i + 1]
        aspect = 0
        if verb and following in ("了", "过") and i + 2 < len(tagged):  # 参加了 + 东海大学: the aspect goes too
            aspect, (following, following_pos) = len(following), tagged[i + 2]
        # a proper element, not a bare institution word (世界工程组织 + 联合会 is one name)
        proper = following_pos in _PROPER_POS and following not in SUFFIX_WORDS
        proper = proper and (i + 2 + (aspect > 0) < len(tagged) or len(following) >= 4)
        # (a verb with its aspect, 参加了, opens a clause whatever follows: no name holds 了 after a verb)
        if (proper or aspect or following.startswith(_SCOPE_OPENERS)) and len(text) - cut - aspect >= 3:
            best = cut + aspect
            if opening:
                break
    return text[best:]


def _opens_word(window: str) -> bool:
    """The first character of ``window`` begins a longer word as rjieba reads the window (和平区, 对外经济),
    not a preposition before a name (从 + 东海美术学院, though 从中 is a dictionary word)."""
    if not rjieba.has_word(window[:2]):
        return False
    words = rjieba.tag(window)
    return bool(words) and len(words[0][0]) >= 2


#: Qualities a body aims at (向世界一流大学迈进, 建成高水平研究型大学): a goal, not an institution.
_GOAL = re.compile(r"(?:一流|高水平|研究型|创新型|应用型|现代化|国际化|双一流)(?:大学|高校|学科|企业|学院|院校|强校)$")
#: Pronouns and determiners of plurals that no single body's name holds (他们, 各).
_CLAUSE_WORDS = frozenset({"他们", "我们", "她们", "大家", "各", "他", "她", "其", "自己", "各类", "诸多"})


#: Words that begin a clause before its verb: a person's name, a time word, an adverb, a pronoun, a
#: preposition (林某带领团队, 早早赶到游客中心).
_SUBJECT_POS = frozenset({"nr", "nrfg", "t", "d", "ad", "r", "p"})


#: Verbs that name what a unit does (林某创新工作室, 技术攻关团队, 东海电力建设公司): no clause.
_NAMING_VERBS = frozenset(
    {"创新", "攻关", "创业", "研发", "服务", "发展", "研究", "实践", "培训", "合作", "建设", "管理", "教学", "传承"}
)


#: A person's status after the unit they worked in (原基建处退休干部): no part of the unit's name.
_RETIRED = ("离退休", "退休", "离休")


def without_retirement(name: str) -> tuple[str, str]:
    """(the unit, the status) of 基建处退休: the status a person's unit is written with, "" if none."""
    status = next((r for r in _RETIRED if name.endswith(r)), "")
    return (name[: -len(status)], status) if status else (name, "")
#: Prepositions that open a clause's adverbial inside a would-be name (以X为单位, 在X中, 把X); 与/和 join
#: two fields of one name (测试与控制团队) and are not among them.
_CLAUSE_PREPOSITIONS = frozenset("以在从向把被将于")


def _preposition_inside(words: list[tuple[str, str]]) -> bool:
    return any(pos == "p" and word in _CLAUSE_PREPOSITIONS for word, pos in words[1:-1])


def holds_clause_preposition(name: str) -> bool:
    """A clause's preposition stands inside ``name`` (讲座辅导在X学院, 活动以校区为单位)."""
    return _preposition_inside(rjieba.tag(name))


@lru_cache(maxsize=8192)
def clausal(name: str) -> bool:
    """A clause or a generic description rather than one body's name: it holds a pronoun or a plural
    determiner (他们用…激励团队, 温江各社区), a localizer inside it (大赛中指导团队), a goal (世界一流大学),
    a bare institution word joined by 和 (社区居民生活和社区), or a verb after a subject or adverb and no
    proper name, with nothing named after it (早早赶到游客中心, 林某带领团队)."""
    if _GOAL.search(name):
        return True
    words = rjieba.tag(name)
    n = len(words)
    if n >= 3 and words[-2][0] in ("和", "与", "及") and words[-1][0] in SUFFIX_WORDS:
        return True
    if n >= 2 and words[0][1] in ("ad", "d"):
        return True  # 认真贯彻落实党中央: an adverb opens a clause, no name
    if _preposition_inside(words):
        return True  # 体育活动主要以校区: a preposition inside, the clause's, not a name's
    last_verb = -1
    for i, (word, pos) in enumerate(words):
        if word in _CLAUSE_WORDS:
            return True
        if pos == "f" and len(word) == 1 and 0 < i < n - 1:
            return True
        if pos == "v" and len(word) >= 2 and i < n - 1 and word not in _NAMING_VERBS:
            last_verb = i
    if last_verb <= 0:
        return False
    subject = False
    for w, pos in words[:last_verb]:
        if pos in _PROPER_POS:
            return False
        if w in ("与", "和", "及"):
            continue  # (测试与控制团队: 与 joins two fields, no preposition opening a clause)
        subject = subject or pos in _SUBJECT_POS or (pos == "v" and len(w) >= 2)
    after = any(pos in _PROPER_POS and w not in SUFFIX_WORDS for w, pos in words[last_verb + 1 :])
    return subject and not after


#: The level that opens a local body's name when the text leaves out the place (市总工会, 省妇联, 区政府).
_LOCAL_LEVELS = frozenset("市省区县")


def _has_proper(name: str) -> bool:
    """A proper element (a place, an institution, an abbreviation) stands in the name."""
    for word, pos in rjieba.tag(name):  # noqa: SIM110 - any() over a generator costs a frame per call
        if pos in _PROPER_POS and word not in SUFFIX_WORDS:
            return True
    return False


#: Academic units whose names join two fields by 与 (人文与艺术学院, 经济与管理学院, 材料科学与工程系).
FIELD_UNIT_ENDS = ("学院", "系", "学部", "研究院", "研究所", "研究中心", "实验室", "学会", "专业")
_FIELD_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,6})与([\u4e00-\u9fff]{2,8})$")
#: Parts of speech of a field of study (人文, 材料科学, 管理): nouns and verbal nouns.
FIELD_POS = frozenset({"n", "vn", "nz", "an"})
#: Last characters of words for people or whole bodies (学生, 教师, 学校, 政府), which 与 joins to a unit as a partner.
_AGENT_ENDS = frozenset("生师员者人校府家长")


@lru_cache(maxsize=4096)
def joins_two_fields(name: str) -> bool:
    """A与B学院: 与 joins two fields of study inside one unit's name (人文与艺术学院), not two units; the
    part before 与 is a field word (nouns only, no unit suffix of its own)."""
    m = _FIELD_UNIT.match(name)
    end = next((e for e in FIELD_UNIT_ENDS if name.endswith(e)), None)
    if m is None or end is None or len(m.group(2)) < len(end) + 2 or "和" in name or "及" in name:
        return False
    first = m.group(1)
    if first.endswith(FIELD_UNIT_ENDS) or first[-1] in _AGENT_ENDS:
        return False
    return all(pos in FIELD_POS for _w, pos in rjieba.tag(first))


class OrgRules:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._suffixes = frozenset(lex.org_suffixes)
        self._suffix_lengths = lengths_by_last(lex.org_suffixes)

    def suffix(self, text: str) -> str | None:
        """The longest organisation suffix ending ``text`` (set lookups, longest length first)."""
        for n in self._suffix_lengths.get(text[-1:], ()):
            if n <= len(text) and text[-n:] in self._suffixes:
                return text[-n:]
        return None

    @staticmethod
    def runs_into_a_word(text: str, end: int) -> bool:
        """The body's name ending at ``end`` is part of a longer word: a website's name (来源：东湖县人民政府网;
        not X网站, the body's site) or 办 of 办公 (行政办公楼)."""
        if text.startswith("网", end):
            return not text.startswith("网站", end)
        return text[end - 1 : end] == "办" and text.startswith("公", end)

    @staticmethod
    def names_a_kind(text: str) -> bool:
        """``text`` names a kind of body, none in particular (各级工会, 各设区市总工会, 有关部委)."""
        return ("各" in text or "关" in text) and _CATEGORY.search(text) is not None

    def looks_like(self, text: str, known: set[str] | frozenset[str] = frozenset()) -> bool:
        return bool(text) and (text in known or self._looks_like(text))

    @lru_cache(maxsize=16384)  # noqa: B019 - one OrgRules per extractor, kept for its lifetime
    def _looks_like(self, text: str) -> bool:
        if text in DEICTIC_ORGS or text in GOV_COMMITTEES or text in STANDALONE_BODIES:
            return True
        if text in self.lex.national_bodies:  # 全总, 国务院: no suffix, a name of its own
            return True
        if len(text) > 32 or _NOT_IN_NAME.search(text) or _COUNTED.search(text) or _COHORT.match(text):
            return False
        if self.names_a_kind(text):
            return False  # 东湖市各级工会, 国家有关部委: a kind of body, none named
        if ("讲" in text or "致" in text or "主" in text or "出" in text or "作" in text) and _ACT_IN_NAME.search(text):
            return False
        suffix = self.suffix(text)
        if suffix is not None and text[: -len(suffix)] in _CATEGORY_OWN:
            return False  # 行业协会, 基层工会: a kind of body and its suffix, no name
        if suffix is not None and ("和" in text or "与" in text) and self.two_names(text):
            return False
        if text.endswith(_STUDY_GROUPS):
            return False  # 全省职工理论学习小组: people who study together, no body
        if text.endswith(_ROOMS):
            return False  # 材料学院报告厅: a room, a place
        if text.endswith(_HOLDING_VERBS):
            return False  # 定期举办, 联合主办: the verb ends like 办 (校办, 扶贫办) but is no office
        return (suffix is not None and len(text) > len(suffix)) or bool(_INTERNATIONAL.match(text))

    def two_names(self, text: str) -> bool:
        """A和B (A与B, A及B) of two full names (东海省政府参事室和东海省人民政府): a list of two bodies, not
        one; a body the two found together (A与B联合实验室) is one."""
        return self.second_name_at(text) > 0

    def second_name_at(self, text: str) -> int:
        """Where B starts in A和B of two full names, 0 if ``text`` is no such list; of several conjunctions
        the last that parts two names (东海省人力资源和社会保障厅和东海电网公司: A holds a 和 of its own)."""
        for i in range(len(text) - 4, 3, -1):
            if text[i] not in "和与及":
                continue
            left, right = text[:i], text[i + 1 :]
            if _JOINT.search(right):
                continue
            suffix = self.suffix(left)
            if suffix is None or len(left) <= len(suffix) + 1 or not self._looks_like(right):
                continue
            if (_has_proper(left) or left[0] in _LOCAL_LEVELS) and _has_proper(right):
                return i + 1
        return 0

    @staticmethod
    @lru_cache(maxsize=8192)
    def clean(text: str) -> tuple[str, tuple[str, ...]]:
        """Strip clause openers and a Latin abbreviation in brackets (returned as an alias)."""
        aliases: tuple[str, ...] = ()
        if "(" in text or "（" in text:  # both patterns open with a bracket
            aliases = tuple(m.group(1).strip() for m in _LATIN_PAREN.finditer(text))
            aliases += tuple(m.group(1) for m in _SHORT_NAME.finditer(text))
            text = _SHORT_NAME.sub("", _LATIN_PAREN.sub("", text))
        text = text.strip().rpartition("——")[2]
        if "属" in text or "旗下" in text:
            text = _OWNED_BY.split(text)[-1]  # 东海能源集团所属 + 热力公司: the unit owned, named after its owner
        if "-" in text or "－" in text or "–" in text:
            text = _HYPHEN.split(text)[-1]
        # a match at the start, sliced off (``sub`` would try the ``^``-anchored pattern at every position)
        if "讲" in text or "致" in text or "主" in text or "出" in text or "作" in text or "参" in text:
            acts = [m.end() for m in _ACT_IN_NAME.finditer(text)]
            if acts:
                text = text[acts[-1] :]  # 林某致辞 + 东海大学: the name after the act
                text = text[1:] if text[:1] in ("了", "过") else text  # (参加了 + 东海大学)
        lead = _LEAD.match(text)
        cut = lead.end() if lead else 0
        if cut and _TERM_ORDINAL.fullmatch(text[:cut]) and any(body in text for body in _TERM_BODIES):
            cut = 0  # 第七届…执委会 (主席): the term is part of the body's name
        if cut and text[cut - 1] in _WORD_OPENING_LEADS and _opens_word(text[cut - 1 : cut + 7]):
            cut -= 1  # the opener begins a word of the name: 和平区, 对外经济贸易大学, 劳动和经济工作部
        if cut and text[cut : cut + 1] in ("了", "过"):
            cut += 1  # 参加了 + 东海大学: the verb's aspect goes with it
        text = _without_opening_clause(text[cut:].strip())
        if text[:1].isdigit() and (dated := _LEAD.match(text)):  # 学习了 + 7月29日 + 中共中央: the day too
            text = text[dated.end() :]
        if text.startswith("有") and not rjieba.has_word(text[:2]):
            text = text[1:]  # (还)有东江晚报: the verb of a list, not the 有 of 有限公司 or 有色
        if text.endswith(_CO_ACTING):
            text = text[:-2]  # A和B联合 (举办): the verb of the list, not a part of B's name
        if len(text) > 4:
            text = without_retirement(text)[0]  # 原基建处退休(干部): the person's status, not the unit's
        for left, right in ("“”", "《》", "（）", "()"):
            if text.startswith(left) and right not in text:
                text = text[1:]
            if text.endswith(right) and left not in text:
                text = text[:-1]
            if text.startswith(left) and text.endswith(right) and text.count(left) == 1:
                text = text[1:-1]
        return text, aliases
