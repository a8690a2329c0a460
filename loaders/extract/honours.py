"""Honour names: exact general names, or a head word (劳动模范, 五一劳动奖章 ...) after a level prefix."""

import re
from functools import lru_cache

from ahocorasick_rs import AhoCorasick

from loaders.extract.lexicon import Lexicon, alternation, lengths_by_last, lexicon, word_finder

_LEVEL = (
    # a sector's honours (全国电力行业技术能手, 全国铁路系统先进工作者) carry the sector after the level
    r"(?:(?:全国|全省|全市|中国)[\u4e00-\u9fff]{2,6}?(?:行业|系统)"
    r"|全国|全省|全市|全区|省|市|区|县|北京|上海|天津|重庆|中国|国家|黑龙江省|内蒙古自治区"
    r"|(?![获名授被为是的在和与对向])[\u4e00-\u9fff]{2}(?:省|市|自治区))"
)
_LEVEL_START = re.compile(_LEVEL)
_LEVEL_ONLY = re.compile(_LEVEL + "$")
_QUALIFIER = r"(?:十佳|示范性|优秀|首届|百名|最美|杰出)"
#: A rank written with 级 names an honour only with a qualifier (省级示范性劳模创新工作室); 6600多名省级工匠
#: counts people of a rank.
_RANKED = r"(?:国家|省|市|区|县)级" + _QUALIFIER
_ACADEMY = r"[\u4e00-\u9fff]{2,12}?(?:科学院|工程院|学院)(?:外籍)?院士"
#: What may close an honour's name and is not part of it (荣誉称号 before 称号: the longer one goes).
_TAILS = ("获得者", "荣誉称号", "称号", "荣誉")
_NATIONAL = re.compile(r"(?:全国|中国|国家|大国|党的|中华|全省)")
#: A designation handed over as a plaque (“X基地”授牌, 为…授牌“X”) is an honour of the receiving unit.
_PLAQUE = re.compile(r"“([^“”]{2,30})”授牌|授牌“([^“”]{2,30})”")
#: No honour name is longer (academy + 外籍院士, level + qualifier + head): the ``$``-anchored search
#: need not start earlier.
_LONGEST_HONOUR = 32
_YEAR = re.compile(r"^(?:(?:\d{4}(?:[-－—–]\d{4})?)年度?|第[一二三四五六七八九十百\d]+(?:届|批))")


@lru_cache(maxsize=1)
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = alternation(lex.honour_heads)
    names = alternation(lex.honour_names)
    level = re.compile(rf"(?:{_ACADEMY}|{names}|(?:{_RANKED}|{_LEVEL}{_QUALIFIER}?|{_QUALIFIER})?(?:{heads}))$")
    exact = re.compile(rf"(?:{names})$")
    return level, exact


@lru_cache(maxsize=1)
def _sweep_patterns(lex: Lexicon) -> tuple[AhoCorasick, AhoCorasick]:
    """Honour names and head words over a whole text: Aho-Corasick, leftmost-longest (what a longest-first
    alternation finds, without trying every branch at every position)."""
    return (
        word_finder(lex.honour_names),
        word_finder(lex.honour_heads),
    )


def strip_honour_tail(text: str) -> str:
    """Drop a closing 称号/荣誉/获得者 (and quotes): an end test, not a ``$``-anchored search that tries
    every start of the text; a final newline stays, as ``$`` matches before it."""
    text = text.strip('“”"')
    body, newline = (text[:-1], "\n") if text.endswith("\n") else (text, "")
    if body.endswith(_TAILS):
        body = body[: -(4 if body.endswith("荣誉称号") else 3 if body.endswith("获得者") else 2)]
    return (body + newline).strip('“”"')


def honour_at_end(text: str, lex: Lexicon | None = None) -> str | None:
    """The honour name that ends ``text`` (the longest one), or None."""
    return _honour_at_end(text, lex or lexicon())


@lru_cache(maxsize=16384)
def _honour_at_end(text: str, lex: Lexicon) -> str | None:
    """Cached: a ``$``-anchored search over a long alternation retries every start of the text."""
    text = strip_honour_tail(text)
    if not _ends_like_honour(text, lex):
        return None
    level, _ = _patterns(lex)
    m = level.search(text, max(0, len(text) - _LONGEST_HONOUR))
    if not m:
        return None
    name = m.group(0)
    if name in ("劳模", "工匠", "好人", "院士") and m.start() > 0 and text[m.start() - 1] not in "“、，":
        return None
    return name


@lru_cache(maxsize=1)
def _last_words(lex: Lexicon) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """What every honour match ends with: a general name, a head word, or 院士 (the academy pattern)."""
    vocabulary = frozenset(lex.honour_names) | frozenset(lex.honour_heads) | {"院士"}
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
    r"(?:[^\u4e00-\u9fff]|$|称号|荣誉|获得者|奖|和|与|及|等|的|是|在|代表|将|为|中|、|评选|表彰|名单|候选)"
)


def honour_lists(text: str, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """表彰…A、B和C: when one item of the list is an honour, every item is one (模范职工小家, 优秀工会之友)."""
    lex = lex or lexicon()
    out: list[tuple[int, str]] = []
    for m in _AWARD_LIST.finditer(text):
        body_start = m.start(1)
        items = list(_LIST_ITEM.finditer(m.group(1)))
        names = []
        for it in items:
            raw = strip_honour_tail(it.group(0).rpartition("的")[2])
            start = body_start + it.start() + it.group(0).rfind(raw) if raw else -1
            names.append((start, raw))
        if not any(honour_at_end(n, lex) for _, n in names):
            continue
        for start, n in names:
            if 3 <= len(n) <= 16 and not _NOT_IN_LISTED_HONOUR.search(n) and n[-1] in _HONOUR_FINALS:
                out.append((start, n))
    return out


#: Last characters of honour names (模范职工之家, 优秀工会之友, 积极分子, 先锋号, 奖章, 能手, 标兵 ...).
_HONOUR_FINALS = set("家者子友号章状手兵人体员奖星匠范师岗")
_LIST_ITEM = re.compile(r"[^、和与及]+")
_NOT_IN_LISTED_HONOUR = re.compile(r"[，。“”\d为是以把对]")
_AWARD_LIST = re.compile(r"(?:表彰|授予|评选出|命名)(?:了)?([^，。；：“”]{4,120}?)(?=[，。；]|获得者|称号)")


def find_honours(text: str, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """Every honour named in a text: general names, and head words with a level prefix (南湖大工匠)."""
    lex = lex or lexicon()
    out: dict[int, str] = {}
    names, heads = _sweep_patterns(lex)
    for _, start, end in names.find_matches_as_indexes(text):
        name = text[start:end]
        quoted = text[start - 1 : start] == "“" and text[end : end + 1] == "”"
        if quoted or _NATIONAL.match(name) or name.endswith("院士"):
            out.setdefault(start, name)
    covered = bytearray(len(text) + 1)
    for s, n in out.items():
        covered[s : s + len(n)] = b"\x01" * len(n)
    for _, h_start, h_end in heads.find_matches_as_indexes(text):
        window = text[max(0, h_start - 14) : h_end]
        h = honour_at_end(window, lex)
        if h and h != text[h_start:h_end] and not _LEVEL_ONLY.match(h) and _LEVEL_START.match(h):
            start = h_end - len(h)
            if not covered[start] and _HONOUR_AFTER.match(text, h_end):
                out[start] = h
                covered[start:h_end] = b"\x01" * len(h)
    return sorted(out.items())


def find_plaques(text: str) -> list[tuple[int, str]]:
    """Designations handed over as a plaque: “X基地”授牌 / 授牌“X基地” → the honour X."""
    out = []
    for m in _PLAQUE.finditer(text) if "授牌" in text else ():
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.group(g)))
    return out
