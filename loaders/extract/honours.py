"""Honour names: exact general names, or a head word (劳动模范, 五一劳动奖章 ...) after a level prefix."""

import re
from functools import lru_cache

from ahocorasick_rs import AhoCorasick

from loaders.extract.lexicon import Lexicon, alternation, lengths_by_last, lexicon, word_finder

#: A character that may stand inside a free part of an honour's name (a place before 省/市, a sector before
#: 行业/系统, a craft before 代表性传承人): never a verb of conferring, a copula, a preposition or a
#: particle, so that a match never runs left into its clause (作为省教学名师, 让中国工程院院士).
_FREE = r"(?:(?![获得授被为是的在和与对向让令把将从由给及或并等了也都曾以跟同名评选膺])[\u4e00-\u9fff])"
#: Characters _FREE leaves out that the second character of a place's name often is (成都市, 大同市, 江都区).
_PLACE_SECOND = "[都同]"
#: A place with its kind (东湖市, 临川区; 哈尔滨市 when nothing is written right before it, so that 慰问天津市
#: is 天津市), possibly within another (东海省临川市).
_PLACE = (
    rf"(?:(?<!{_FREE}){_FREE}{{3}}(?:省|市|自治区|自治州|州|县|区|盟)"
    rf"|{_FREE}(?:{_FREE}|{_PLACE_SECOND})(?:省|市|自治区|自治州|州|县|区|盟)){{1,2}}"
)
_LEVEL = (
    # a sector's honours (全国电力行业技术能手, 全国铁路系统先进工作者) carry the sector after the level
    rf"(?:(?:全国|全省|全市|中国)[\u4e00-\u9fff]{{2,6}}?(?:行业|系统)"
    r"|全国|全省|全市|全区|全县|省|市|区|县|北京|上海|天津|重庆|中国|国家|国务院|黑龙江省|内蒙古自治区"
    rf"|{_PLACE})"
)
_LEVEL_ONLY = re.compile(_LEVEL + "$")
_QUALIFIER = r"(?:十佳|十大|百佳|百名|千名|示范性|优秀|首届|首批|最美|杰出|金牌|年度)"
#: An edition or a year of the honour written before its name (第三届, 首届, 2017-2019年度).
_ORDINAL = r"(?:第[一二三四五六七八九十百\d]+(?:届|批)|首届|首批|\d{4}(?:[-－—–]\d{4})?年度?)"
#: A rank written with 级 names an honour only with a qualifier (省级示范性劳模创新工作室); 6600多名省级工匠
#: counts people of a rank.
_RANKED = r"(?:国家|省|市|区|县)级" + _QUALIFIER
_ACADEMY = rf"{_FREE}{{2,12}}?(?:科学院|工程院|学院)(?:外籍)?院士"
#: A quoted part of a name (四川省“十佳”劳模和工匠人才创新工作室, “五一”劳动奖章).
_QUOTED = r"“[^“”，。；、]{1,14}”"
#: A sector or system (东海省建筑行业, 教科文卫体系统, 全国煤炭系统).
_SECTOR = rf"{_FREE}{{1,8}}?(?:行业|系统)"
#: A prize of a competition (东海市职工创新大赛金奖): the prize is the honour, not the competition.
_PRIZE = rf"{_FREE}{{2,20}}?(?:大赛|竞赛|比赛|锦标赛|挑战赛)(?:特等奖|金奖|银奖|铜奖|[一二三]等奖|优胜奖|优秀奖)"
#: An inheritor of intangible heritage (东海市非物质文化遗产“竹编技艺”代表性传承人, 晋城传统彩塑代表性传承人).
_INHERITOR = rf"(?:{_QUOTED}|{_FREE}{{2,10}}?)(?:项目)?代表性传承人"
#: A unit's national or regional designation (国家高技能人才培养示范基地, 国家首批建设职业训练院试点单位): a
#: level and the programme's words before the designation's kind.
_DESIGNATION = (
    rf"(?:全国|国家|省|市|{_PLACE})(?:首批|第[一二三四五六七八九十\d]+批)?{_FREE}{{2,12}}?"
    r"(?:示范基地|试点单位|示范单位|示范校)"
)
#: “东岳学者”特聘教授: a scholar programme's chair (a named chair alone, 求是特聘教授, is a position).
_SCHOLAR = r"“[^“”，。；、]{1,10}学者”特聘教授"
#: What may close an honour's name and is not part of it (荣誉称号 before 称号: the longer one goes).
_TAILS = ("获得者", "荣誉称号", "称号", "荣誉")
_NATIONAL = re.compile(r"(?:全国|中国|国家|大国|党的|中华|全省)")
#: A designation handed over as a plaque (“X基地”授牌, 为…授牌“X”) is an honour of the receiving unit.
_PLAQUE = re.compile(r"“([^“”]{2,30})”授牌|授牌“([^“”]{2,30})”")
#: No honour name is longer (academy + 外籍院士, level + sector + qualifier + head): the ``$``-anchored
#: search need not start earlier.
_LONGEST_HONOUR = 40
#: An edition before a title: a year or years (with 年/年度, or right before the name: 2019学生年度人物), an ordinal.
_YEAR = re.compile(
    r"^(?:(?:\d{4}(?:[-－—–]\d{4})?)(?:年度?|(?=[\u4e00-\u9fff]))|第[一二三四五六七八九十百\d]+(?:届|批)|首届|首批)"
)
#: 最美 (感动X) and a kind of person or household (最美乡村医生, 最美铁路人, 最美家庭), ending a text.
_KIND = re.compile(
    rf"(?:最美|感动{_FREE}{{1,4}}){_FREE}{{0,6}}?(?:人物|家庭|军人|人|者|师|员|生|工|警|兵|嫂|娘|手|模)\n?$"
)
#: A whole quoted name, with what may close it (“临川工匠”称号获得者).
_WHOLE_QUOTED = re.compile(r"^“([^“”，。；、：]{2,20})”(?:荣誉称号|称号|荣誉|获得者)*\n?$")
#: What opens a reference to something named elsewhere (本次大赛, 此次比赛, 该赛事), not a name.
_DEMONSTRATIVES = ("本次", "此次", "本届", "该", "这次", "这届", "此项", "该项")
#: Heads of two characters, and the bare short forms, that name an honour only after a modifier.
_BARE_SHORT = ("劳模", "工匠", "好人", "院士", "设计大师", "工艺大师", "建筑大师")


def _heads(lex: Lexicon) -> tuple[str, ...]:
    """The head words of honour_heads.txt (without its modifier words, marked with a final + or -)."""
    return _vocabulary(lex)[0]


@lru_cache(maxsize=1)
def _vocabulary(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """honour_heads.txt split into heads, regions (X+) and inner modifiers (X-); the provinces' names of
    place_abbreviations.tsv are regions too (四川五一劳动奖章)."""
    heads = tuple(w for w in lex.honour_heads if not w.endswith(("+", "-")))
    regions = {w[:-1] for w in lex.honour_heads if w.endswith("+")} | set(lex.place_abbreviations.values())
    modifiers = tuple(w[:-1] for w in lex.honour_heads if w.endswith("-"))
    return heads, tuple(sorted(regions, key=lambda w: (-len(w), w))), modifiers


@lru_cache(maxsize=1)
def _patterns(lex: Lexicon) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    """The ``$``-anchored honour patterns by what the text ends with (a prize, an inheritor, a unit's
    designation, or any other head; with a sector's free words only when 行业/系统 is written: the free
    parts are tried at every start, so each text is searched with the branches its ending allows), the
    exact names, and what may open an honour found in running text (a level, a region, a rank, a
    qualifier, an edition, a quoted part or a sector)."""
    heads_, regions_, modifiers_ = _vocabulary(lex)
    heads = alternation(heads_)
    names = alternation(lex.honour_names)
    regions = alternation(regions_)
    words = rf"{alternation(modifiers_)}|{_QUALIFIER}|{_QUOTED}|{regions}"
    inner = rf"(?:{words})"
    inner_sector = rf"(?:{_SECTOR}|{words})"
    prefix = rf"(?:{_ORDINAL})?(?:{_RANKED}|{_LEVEL}|{regions})?"
    by_ending = {
        "prize": re.compile(rf"(?:{prefix}{_PRIZE}|{names})$"),
        "inheritor": re.compile(rf"(?:{prefix}{inner_sector}{{0,3}}{_INHERITOR}|{names})$"),
        "designation": re.compile(rf"(?:{_DESIGNATION}|{names})$"),
        "general": re.compile(rf"(?:{_ACADEMY}|{_SCHOLAR}|{names}|{prefix}{inner}{{0,4}}(?:{heads}))$"),
        "sector": re.compile(rf"(?:{_ACADEMY}|{_SCHOLAR}|{names}|{prefix}{inner_sector}{{0,4}}(?:{heads}))$"),
    }
    exact = re.compile(rf"(?:{names})$")
    opening = re.compile(rf"(?:{_ORDINAL}|{_RANKED}|{_LEVEL}|{regions}|{_QUALIFIER}|“|{_SECTOR})")
    return by_ending, exact, opening


_PRIZE_ENDINGS = ("金奖", "银奖", "铜奖", "特等奖", "一等奖", "二等奖", "三等奖", "优胜奖", "优秀奖")
_DESIGNATION_ENDINGS = ("示范基地", "试点单位", "示范单位", "示范校")


def _pattern_for(text: str, lex: Lexicon) -> re.Pattern[str]:
    """The pattern whose branches can end ``text`` (see :func:`_patterns`)."""
    by_ending = _patterns(lex)[0]
    body = text.rstrip("\n")
    if body.endswith(_PRIZE_ENDINGS) and "赛" in body:
        return by_ending["prize"]
    if body.endswith("代表性传承人"):
        return by_ending["inheritor"]
    if body.endswith(_DESIGNATION_ENDINGS):
        return by_ending["designation"]
    return by_ending["sector"] if "行业" in body or "系统" in body else by_ending["general"]


@lru_cache(maxsize=1)
def _sweep_patterns(lex: Lexicon) -> tuple[AhoCorasick, AhoCorasick]:
    """Honour names and head words over a whole text: Aho-Corasick, leftmost-longest (what a longest-first
    alternation finds, without trying every branch at every position)."""
    return (
        word_finder(lex.honour_names),
        word_finder(_heads(lex) + _OTHER_ENDINGS),
    )


def _strip_outer_quotes(text: str) -> str:
    """Drop the quotes around a whole name (“南湖工匠”) or left open at its ends, and keep a quote that
    opens and closes inside it (“五一”劳动奖章, 青州省“十佳”劳模和工匠人才创新工作室)."""
    text = text.rstrip('”"')
    if text[:1] in ("“", '"') and "”" not in text:
        text = text[1:]
    return text


def _without_tail(body: str) -> str:
    """``body`` without the one of ``_TAILS`` it ends with (the longest: 荣誉称号 before 称号)."""
    return body[: -(4 if body.endswith("荣誉称号") else 3 if body.endswith("获得者") else 2)]


def _without_tails(text: str) -> str:
    """``text`` without every closing 称号/荣誉称号/荣誉/获得者, its quotes left as they are."""
    while text.endswith(_TAILS):
        text = _without_tail(text)
    return text


def strip_honour_tail(text: str) -> str:
    """Drop a closing 称号/荣誉/获得者 (and quotes): an end test, not a ``$``-anchored search that tries
    every start of the text; a final newline stays, as ``$`` matches before it."""
    text = text.strip('“”"')
    body, newline = (text[:-1], "\n") if text.endswith("\n") else (text, "")
    if body.endswith(_TAILS):
        body = _without_tail(body)
    return (body + newline).strip('“”"')


def _strip_tail_keeping_inner_quotes(text: str) -> str:
    """:func:`strip_honour_tail` for a name that may hold a quoted part (“五一”劳动奖章): only quotes
    around the whole or left open at an end go."""
    body, newline = (text[:-1], "\n") if text.endswith("\n") else (text, "")
    body = _strip_outer_quotes(body)
    while body.endswith(_TAILS):  # (称号获得者: both go)
        body = _strip_outer_quotes(_without_tail(body))
    return body + newline


def honour_at_end(text: str, lex: Lexicon | None = None) -> str | None:
    """The honour name that ends ``text`` (the longest one), or None."""
    return _honour_at_end(text, lex or lexicon())


@lru_cache(maxsize=16384)
def _honour_at_end(text: str, lex: Lexicon) -> str | None:
    """Cached: a ``$``-anchored search over a long alternation retries every start of the text."""
    edition = _YEAR.match(text)
    if edition and text.startswith("“", edition.end()):  # 首届“X”: the quoted name whole, without its edition
        quoted = _honour_at_end(text[edition.end() :], lex)
        if quoted is not None and f"“{quoted}”" in text:
            return quoted
    whole = _WHOLE_QUOTED.match(text)
    text = _strip_tail_keeping_inner_quotes(text)
    if whole and text == whole.group(1) and QUOTED_KIND.fullmatch(f"“{text}”"):  # “最美乡村医生”
        return text
    ends = _ends_like_honour(text, lex)
    if whole and text == whole.group(1) and ends:  # “临川工匠”(称号): a quoted name ending with a head is one
        return text
    m = _pattern_for(text, lex).search(text, max(0, len(text) - _LONGEST_HONOUR)) if ends else None
    if not m:
        kind = _KIND.search(text, max(0, len(text) - 16)) if "最美" in text or "感动" in text else None
        return kind.group(0) if kind is not None else None  # 最美乡村医生, 最美拥军人物: a kind of person
    name = _balanced(m.group(0))
    if name != m.group(0):  # the match began inside a quotation: the name is what follows its edge
        return _honour_at_end(name, lex) if name else None
    if name in _BARE_SHORT and m.start() > 0 and text[m.start() - 1] not in "“、，":
        return None
    if len(name) <= 2 and name in _weak_heads(lex):
        return None
    if name.startswith(_DEMONSTRATIVES):
        return None  # 本次大赛二等奖: a prize of the contest the article reports, named by reference only
    return name


def _balanced(name: str) -> str:
    """The part of a name after a quotation mark it does not open and close itself (全国技术能手”南湖工匠
    is two names; “南湖工匠 is a quotation's inside)."""
    depth = 0
    cut = 0
    for i, ch in enumerate(name):
        if ch == "“":
            if depth:
                cut = i
            depth = 1
        elif ch == "”":
            if not depth:
                cut = i + 1
            depth = 0
    if depth:  # an opening quote that does not close inside the name
        cut = max(cut, name.rfind("“") + 1)
    return name[cut:].strip() if cut else name


@lru_cache(maxsize=1)
def _weak_heads(lex: Lexicon) -> frozenset[str]:
    """Heads that are ordinary words when they stand alone (模范, 先锋, 标兵): an honour needs a modifier."""
    return frozenset(h for h in _heads(lex) if len(h) <= 2 and h not in _BARE_SHORT and h not in lex.honour_names)


#: What prizes and chairs end with (东海市职工创新大赛金奖, “东岳学者”特聘教授).
_OTHER_ENDINGS: tuple[str, ...] = (
    "院士",
    "示范基地",
    "试点单位",
    "示范单位",
    "示范校",
    "金奖",
    "银奖",
    "铜奖",
    "特等奖",
    "一等奖",
    "二等奖",
    "三等奖",
    "优胜奖",
    "优秀奖",
    "特聘教授",
)


@lru_cache(maxsize=1)
def _last_words(lex: Lexicon) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """What every honour match ends with: a general name, a head word, a prize, or 院士 (the academy
    pattern)."""
    vocabulary = frozenset(lex.honour_names) | frozenset(_heads(lex)) | frozenset(_OTHER_ENDINGS)
    return vocabulary, lengths_by_last(vocabulary)


def _ends_like_honour(text: str, lex: Lexicon) -> bool:
    """A cheap necessary test before the ``$``-anchored search (``$`` also matches before a final newline)."""
    vocabulary, by_last = _last_words(lex)
    body = text[:-1] if text.endswith("\n") else text
    for n in by_last.get(body[-1:], ()):  # noqa: SIM110 - any() over a generator costs a frame per call
        if n <= len(body) and body[-n:] in vocabulary:
            return True
    return False


def split_edition(name: str) -> tuple[str, str | None]:
    """``第三届南湖大工匠`` → (``南湖大工匠``, ``第三届``); ``2017-2019年度X`` → (X, the years)."""
    m = _YEAR.match(name)
    if m and len(name) > m.end() + 1:
        return name[m.end() :], m.group(0)
    return name, None


#: What may follow an honour that stands as a whole noun (not the start of a longer name).
_HONOUR_AFTER = re.compile(
    r"(?:[^\u4e00-\u9fff]|$|称号|荣誉|获得者|获得单位|获得集体|奖|和|与|及|等|的|是|在|代表|将|为|中|、|评选|表彰|名单|候选)"
)


def honour_lists(text: str, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """表彰…A、B和C, 荣获A、B、C等荣誉: when one item of the list is an honour, every item is one (模范职工小家,
    优秀工会之友)."""
    lex = lex or lexicon()
    out: list[tuple[int, str]] = []
    closed = {m.start() for m in _RECEIVED_LIST.finditer(text)}  # 等荣誉 says what every item is
    for m in (*_AWARD_LIST.finditer(text), *_RECEIVED_LIST.finditer(text)):
        body_start = m.start(1)
        items = list(_LIST_ITEM.finditer(m.group(1)))
        names = []
        for it in items:
            raw = strip_honour_tail(it.group(0).rpartition("的")[2])
            start = body_start + it.start() + it.group(0).rfind(raw) if raw else -1
            names.append((start, raw))
        if m.start() not in closed and not any(honour_at_end(n, lex) for _, n in names):
            continue
        # 作出贡献的优秀科技工作者和优秀团队: kinds from the item with 的 on (not 具有示范作用的天津市模范职工之家、
        # 优秀工会之友, whose first item has a level)
        after_de = False
        for (start, n), it in zip(names, items, strict=True):
            qualified = _QUALIFIED_ONLY.match(n) is not None
            after_de = after_de or ("的" in it.group(0) and qualified)
            described = after_de and qualified
            listed = 3 <= len(n) <= 16 and not _NOT_IN_LISTED_HONOUR.search(n) and n[-1] in _HONOUR_FINALS
            if m.start() in closed and not described and (title := open_title(n)) is not None:
                at = text.find(title, start)  # 获A、龙江青年好网民、省“百优”党支部等荣誉: the closing names every item
                out.append((at if at >= 0 else start, title))
            elif listed and not described:
                out.append((start, n))
    return out + counted_award_list(text, lex) if "表彰" in text else out


#: 表彰了10户“五好文明家庭”、10名先进女职工: a list of the honours conferred, each after its count.
_AWARDED_COUNTED = re.compile(r"表彰(?:了)?(?=[\d一二三四五六七八九十两百])")
_COUNTED_ITEM = re.compile(
    r"[\d一二三四五六七八九十两百]+(?:户|名|个|位|家|支|对|项)\s?((?:“[^“”，。；、]{2,16}”|[^、，。；“”和及\d]){1,24})(?=[、，。；和及]|$)"
)


def counted_award_list(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """表彰了10户“五好文明家庭”、10名“贤妻良母”、10名先进女职工: when one item of a list of counted awards
    is quoted or an honour the vocabulary knows, every item is an honour (the count is no part of it)."""
    out: list[tuple[int, str]] = []
    for m in _AWARDED_COUNTED.finditer(text):
        items: list[tuple[int, str]] = []
        at = m.end()
        while (item := _COUNTED_ITEM.match(text, at)) is not None:
            name, start = item.group(1), item.start(1)
            if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
                name, start = name[1:-1], start + 1
            items.append((start, name))
            at = item.end()
            if text[at : at + 1] not in ("、", "和", "及"):
                break
            at += 1
        if len(items) < 2 or not any(text[s - 1 : s] == "“" or honour_at_end(n, lex) for s, n in items):
            continue
        out += [(s, n) for s, n in items if len(n) >= 2 and not _NOT_IN_LISTED_HONOUR.search(n.replace("“", ""))]
    return out


#: A title's name with no head the vocabulary knows (龙江青年好网民, 省“百优”党支部, “东湖最美教师”提名奖):
#: plain words and quoted parts, no particle, number, 赛 (a contest's prize), demonstrative or verb of
#: receiving at its start. Read only where the verb or the list's closing says that titles are named
#: (获评X, 被评为X, X称号, A、B等荣誉).
_OPEN_TITLE = re.compile(
    r"(?!本|此|该|这|其|荣获|获|被|评为|入选|当选)(?:[^\W\d_的和与及了等为是在把对以从向赛]|“[^“”，。；、]{2,16}”)+"
)
_OPEN_TITLE_LENGTH = range(3, 25)
#: Titles voted by the people served (学生最喜爱的老师, 我心目中最美的好老师, 最受欢迎的辅导员): a 的 inside.
_FAVOURITE = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:最喜爱|最受欢迎|最满意|心目中最美|心目中的好)的(?:好)?"
    r"(?:老师|教师|导师|辅导员|班主任|医生|护士|教练|职工|党员)"
)
#: What a course, a textbook or a project is designated (国家级精品课, 课程思政示范课程): not a title of
#: the person who teaches or leads it.
_NOT_A_PERSONS_TITLE = ("课程", "课", "教材", "专业", "项目", "成果", "作品", "论文")
#: A year or a span of years before a title's name (2021年度X, 2020-2022年度X).
_YEAR_BEFORE = re.compile(r"^(?:了|为)?((?:19|20)\d{2}(?:[-－—–](?:19|20)\d{2})?(?:年度?|(?=[\u4e00-\u9fff])))?")
#: A year written in brackets after an honour (全国技术能手（2018年）).
BRACKET_YEAR = re.compile(r"[（(]((?:19|20)\d{2})年度?[)）]$")


def open_title(item: str) -> str | None:
    """``item`` (an object of 获评, or an item of a list closed by 等荣誉) as a title's name, its year kept
    before it for split_edition (2022年“X”称号 → 2022年X), or None when it is not shaped like one. A count
    before a quotation is no part of the name (全国百名“X” → X); a level is (省“百优”党支部)."""
    item = BRACKET_YEAR.sub("", _without_tails(item.strip())).strip()
    lead = _YEAR_BEFORE.match(item)  # (matches every text: all of it is optional)
    year, name = (lead.group(1) or "", item[lead.end() :]) if lead else ("", item)
    opened = name.find("“")
    if opened > 0 and not _LEVEL_ONLY.match(name[:opened]):
        name = name[opened:]
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name = name[1:-1]
    if _FAVOURITE.fullmatch(name):
        return year + name  # 学生最喜爱的老师: the one 的 a title holds
    if len(name) not in _OPEN_TITLE_LENGTH or not _OPEN_TITLE.fullmatch(name) or name.endswith(_NOT_A_PERSONS_TITLE):
        return None
    return year + name


#: Last characters of honour names (模范职工之家, 优秀工会之友, 积极分子, 先锋号, 奖章, 能手, 标兵 ...).
_HONOUR_FINALS = set("家者子友号章状手兵人体员奖星匠范师岗模物队")
_LIST_ITEM = re.compile(r"(?:“[^“”]*”|[^、和与及“”])+")
_NOT_IN_LISTED_HONOUR = re.compile(r"[，。“”\d为是以把对]")
#: (not 受表彰的X: the list after the relative clause names the receivers, 劳动模范和集体代表; a list goes on
#: past 获得者、: 表彰X获得者、Y和Z)
_AWARD_LIST = re.compile(
    r"(?:表彰|授予|评选出|命名|先后入选)(?!的)(?:了)?([^，。；：“”]{4,120}?)(?=[，。；]|获得者(?![、和与及])|称号)"
)
#: Verbs of receiving right before an honour's exact name (入选黄大年式教师团队, 荣获人民工匠).
_RECEIVING_VERBS = ("入选", "荣获", "获得", "获评", "被评为", "荣膺")
#: A list of what a person or unit received, closed by 等荣誉 (曾获A、B、C等荣誉称号): every item is an honour.
_RECEIVED_LIST = re.compile(
    r"(?:荣获|获得|获评|获)(?:了|过)?([^，。；：]{4,160}?)(?=等[\d一二三四五六七八九十百余多几]*(?:项|个|次)?(?:荣誉|称号))"
)


#: A count closing an item of a counted list of categories (东湖市劳动模范800名、先进工作者400名).
_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十百千]+)(?:名|人|个|位|项)(?=[、，。；和及]|$)")
#: What an item of such a list never holds (so its start is after the last of these).
_ITEM_EDGE = re.compile(r"[\d，。；：、“”\n]")


def counted_categories(text: str, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """其中东湖市劳动模范800名、先进工作者400名: in a 、-list of counted categories where one is an honour,
    every category ending with an honour head is one (先进工作者), with no level of its own."""
    lex = lex or lexicon()
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    end = -1
    for m in _COUNT.finditer(text) if "、" in text else ():
        edge = max((e.end() for e in _ITEM_EDGE.finditer(text, max(0, m.start() - 21), m.start())), default=-1)
        start = edge if edge >= 0 else max(0, m.start() - 20)
        if m.start() - start < 2:
            continue  # (no category written before the count)
        if start != end + 1 or text[end : end + 1] not in ("、", "和", "及"):
            out += _honoured_run(run, lex)
            run = []
        h = honour_at_end(text[start : m.start()], lex)
        if h is not None:
            run.append((m.start() - len(h), h))
        end = m.end()
    return out + _honoured_run(run, lex)


def _honoured_run(run: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """The categories of one counted list, when one of them has a level (not a bare head alone)."""
    heads = set(_heads(lex))
    return run if len(run) > 1 and any(h not in heads for _, h in run) else []


#: A count written before or after a kind of honour (6600多名省级工匠, 省级科技进步奖8项).
_COUNT_BEFORE = re.compile(r"(?:\d+|[两二三四五六七八九十百千万]+)(?:余|多)?(?:名|位|个|人)$")
_COUNT_AFTER = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)(?:项|次|个|名)")
#: Levels that name a rank of titles rather than one body's (省级工匠: any province's).
_GENERIC_LEVELS = ("国家级", "省级", "市级", "县级", "校级", "院级")


def find_honours(text: str, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """Every honour named in a text: general names, head words extended left over their modifiers and
    opened by a level, region, rank, qualifier, edition, quotation or sector (南湖大工匠, 齐鲁大工匠,
    东海省教科文卫体系统先进工作者), and quoted titles of a kind (“最美乡村医生”); not a prize given to a
    project (…项目荣获国家科技进步奖二等奖)."""
    lex = lex or lexicon()
    out: dict[int, str] = {}
    names, heads = _sweep_patterns(lex)
    for _, start, end in names.find_matches_as_indexes(text):
        name = text[start:end]
        quoted = text[start - 1 : start] == "“" and text[end : end + 1] == "”"
        listed = text[start - 1 : start] == "、" or text.endswith(_RECEIVING_VERBS, 0, start)  # 入选A、黄大年式创新团队
        if quoted or listed or _NATIONAL.match(name) or name.endswith("院士"):
            out.setdefault(start, name)
    covered = bytearray(len(text) + 1)
    for s, n in out.items():
        covered[s : s + len(n)] = b"\x01" * len(n)
    _, _, opening = _patterns(lex)
    for _, h_start, h_end in heads.find_matches_as_indexes(text):
        window = text[max(0, h_start - 28) : h_end]
        h = honour_at_end(window, lex)
        if h is None or h == text[h_start:h_end] or _LEVEL_ONLY.match(h):
            continue
        start = h_end - len(h)
        counted = _COUNT_BEFORE.search(text, max(0, start - 8), start) or _COUNT_AFTER.match(text, h_end)
        if counted and h.startswith(_GENERIC_LEVELS):
            continue  # 6600多名省级工匠, 获省级科技进步奖8项: a count of a kind, no one title
        quoted = text[start - 1 : start] == "“" and text[h_end : h_end + 1] == "”"
        built = h.endswith(_BUILT_ENDINGS)  # …代表性传承人, “X学者”特聘教授, …大赛金奖: the form says it
        described = text[start - 1 : start] == "的" and _QUALIFIED_ONLY.match(h) is not None  # (…贡献的优秀X)
        if (quoted or built or opening.match(h)) and not covered[start] and _HONOUR_AFTER.match(text, h_end):
            if described:
                continue
            out[start] = h
            covered[start:h_end] = b"\x01" * len(h)
    for m in QUOTED_KIND.finditer(text) if "“" in text else ():
        if not covered[m.start(1)]:
            out[m.start(1)] = m.group(1)
    for m in _QUOTED_TITLE.finditer(text) if "称号" in text else ():
        if not covered[m.start(1)] and open_title(m.group(1)) == m.group(1):
            out[m.start(1)] = m.group(1)  # 被授予“全国乡村振兴青年先锋”称号: 称号 says the quotation is a title
    for start, name in _scoped_quoted(text, lex) if "”" in text else ():
        inner = start + name.index("“") + 1
        out.pop(inner, None)  # 全国“五一劳动奖章”: the level belongs to the quoted honour's name
        out[start] = name
    for s, n in counted_categories(text, lex):
        if not covered[s]:
            out[s] = n
    for m in _BATCH_DESIGNATION.finditer(text) if "批" in text else ():
        if not covered[m.start()]:
            out[m.start()] = m.group(0)  # 为第九批东湖省高技能人才（劳模）创新工作室授牌: a designation, its batch
    return sorted(
        (s, n)
        for s, n in out.items()
        if not (_IS_PRIZE.search(n) and for_project(text, s))
        and not _ASPIRED.search(text, max(0, s - 4), s)
        and not _ASPIRED_LEAD.match(n)
    )


_LEVEL_AT_END = re.compile(rf"(?:{_LEVEL})$")
#: A title striven for (争当行业标兵, 努力成为技术能手): an aim, not an honour the text names.
_ASPIRING = r"(?:争当|争做|争创|争取|立志成为|努力成为|争取成为)"
_ASPIRED = re.compile(_ASPIRING + "$")
_ASPIRED_LEAD = re.compile(_ASPIRING)
#: A batch of a level's designated studios or sites (第九批东湖省高技能人才（劳模）创新工作室, 首批全国X示范点):
#: a title given to the units of the batch, not a unit.
_BATCH_DESIGNATION = re.compile(
    r"(?:第[一二三四五六七八九十\d]+批|首批)(?:全国|[\u4e00-\u9fff]{1,6}?(?:省|市|县|区))"
    r"[^，。；、“”的]{0,24}?(?:工作室|示范点|实践基地|实训基地)(?=[、，。；和与及]|进行|授牌|揭牌|称号|$)"
)
_QUOTED_TITLE = re.compile(r"“([^“”，。；、：]{3,24})”(?:荣誉)?称号")
_QUOTED_AT = re.compile(r"“([^“”，。；、：]{2,14})”")


def _scoped_quoted(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """A level or region written before a quoted honour (全国“五一劳动奖章”, 黑龙江省“工人先锋号”, 天津市“最美科技
    工作者”): the name is the scope with the quotation."""
    out = []
    for m in _QUOTED_AT.finditer(text):
        level = _LEVEL_AT_END.search(text, max(0, m.start() - 12), m.start())
        if level is None:
            continue
        inner = m.group(1)
        if honour_at_end(inner, lex) != inner and not QUOTED_KIND.fullmatch(m.group(0)):
            continue
        start = level.start()
        if text[start] == "年" and text[start - 1 : start].isdigit():
            start += 1  # 2023年 + 天津市: the year, not part of the place
        out.append((start, text[start : m.end()]))
    return out


def scoped_quoted_honour(item: str, lex: Lexicon | None = None) -> str | None:
    """The honour a list item names as a level and a quoted name (2023年黑龙江省“工人先锋号”荣誉称号 →
    黑龙江省“工人先锋号”): the item holds nothing else but a year and a closing 称号."""
    body = item.strip()
    while body.endswith(_TAILS):
        body = _without_tail(body)
    found = _scoped_quoted(body, lex or lexicon()) if body.endswith("”") else []
    if not found:
        return None
    start, name = found[-1]
    lead = body[:start]
    return name if start + len(name) == len(body) and (not lead or _YEAR.fullmatch(lead)) else None


#: A name made of a qualifier and a head only (优秀科技工作者): after 的 it describes a kind of person, where
#: 东湖市优秀科技工作者 or 模范职工之家 names an honour.
_QUALIFIED_ONLY = re.compile(rf"^{_QUALIFIER}")


def qualified_only(name: str) -> bool:
    """``name`` is only a qualifier and a head (年度人物, 优秀个人): the words before it in a title name it."""
    return _QUALIFIED_ONLY.match(name) is not None


#: Endings whose pattern alone shows an honour, with no level before it.
_BUILT_ENDINGS = ("代表性传承人", "特聘教授", "金奖", "银奖", "铜奖", "特等奖", "一等奖", "二等奖", "三等奖", "优胜奖")
#: A quoted title of a kind (shared with awards) of person or unit (“最美乡村医生”, “感动东海·年度人物”, “十佳班组”).
#: Not a kind that ends with what is shown or told rather than who is honoured (“最美故事”, “最美瞬间”).
QUOTED_KIND = re.compile(
    r"“((?:最美|感动|十佳|十大|百佳)[^“”，。；、的]{1,12}"
    r"(?<!故事)(?<!风景)(?<!瞬间)(?<!画面)(?<!声音)(?<!笑容)(?<!身影)(?<!风采)(?<!时刻)(?<!篇章)(?<!旋律)(?<!背影))”"
)
#: A prize (科技进步奖, …大赛金奖), not a medal or a banner (奖章, 奖状).
_IS_PRIZE = re.compile(r"奖(?![章状])")
#: The clause before a prize names a project or a result as what received it: the verb follows the project
#: word with nothing but adverbs or a count between (技术员林某荣获, X技术团队获 name a person and a team).
_PROJECT_RECEIVES = re.compile(
    r"(?:项目|成果|课题|技术|工程|论文|专著|作品|专利|发明|研究|课程|教材|》)"
    r"(?:等|共|先后|还|曾|也|又|已|均|分别|多次|再次|相继|[\d一二三四五六七八九十两]+(?:项|篇|部|个))*"
    r"(?:荣获|获得|获评|获批|获|摘得|荣膺|被评为|入选)(?:了)?[^，。；]{0,16}$"
)


def for_project(text: str, start: int) -> bool:
    """The prize at ``start`` is given to a project or a result (林某主持的X项目荣获…): not an honour of a
    person or unit (the dev conventions)."""
    return _PROJECT_RECEIVES.search(text, max(0, start - 60), start) is not None


def find_plaques(text: str) -> list[tuple[int, str]]:
    """Designations handed over as a plaque: “X基地”授牌 / 授牌“X基地” → the honour X."""
    out = []
    for m in _PLAQUE.finditer(text) if "授牌" in text else ():
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.group(g)))
    return out
