"""Names proposed by the trained mention tagger, checked before the rules take them.

The tagger finds names in any context; the rules find them only next to listed words. A tagged name is
taken where the rules found nothing at its place and it has the shape of a name: a person's name opens
with a surname (or is a transcribed name with ·), is no dictionary word or title, and spans no clause
mark; an organisation's name is long enough and ends with an organisation suffix or is a listed national
body. Used alone or merged as a plain union, the tagger did worse than the rules (docs/extraction.md).
"""

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

import rjieba

from loaders.extract.lexicon import Lexicon
from loaders.extract.orgs import clausal

_SPACES = re.compile(r"[ \u3000\u00a0\t]+")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_TRANSCRIBED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")
#: Parts of speech (jieba's tags) that open no organisation's name: verb, adverb, pronoun, preposition,
#: conjunction, particle.
_NOT_OPENING = frozenset("vdrpcut")
#: Parts of speech of a proper element (a place, person, institution or other proper name, an abbreviation).
_PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_GENERIC_OPENERS = ("上级", "新一届", "本届", "各级", "基层", "相关", "有关", "全体", "各", "该", "本", "新")
_ACTS = frozenset(
    {"作", "讲话", "致辞", "主持", "出席", "带领", "率领", "发言", "表示", "指出", "赶到", "回到", "走进", "联合"}
)
_ORG_BODY = re.compile(r"[\u4e00-\u9fff（）()“”A-Za-z0-9·]{4,40}")


class Span(NamedTuple):
    """What a tagger reports: ``text[start:end]`` is a ``kind`` (PER, ORG, LOC) named ``name``."""

    start: int
    end: int
    kind: str
    name: str


class SpanTagger(Protocol):
    def tag(self, text: str) -> Sequence[Span]: ...


def person_names(
    spans: Sequence[Span], lex: Lexicon, taken: Sequence[tuple[int, int]], text: str = ""
) -> list[str]:
    """Tagged person names the rules did not find, in the form the text writes them.

    A two-character name that is also a dictionary word (李娜, 高峰) is taken only as an item of a list of
    names: next to another person's name across 、 (张某、李娜当选…).
    """
    out: list[str] = []
    word_shaped: list[Span] = []
    accepted: list[tuple[int, int]] = list(taken)
    for span in spans:
        if span.kind != "PER" or _overlaps(taken, span.start, span.end):
            continue
        compact = _SPACES.sub("", span.name)
        if len(compact) == 3 and compact[-1] in ADVERB_ENDS and _han_at(text, span.end):
            span = Span(span.start, span.end - 1, span.kind, span.name[:-1])  # 林某 + 曾荣获: an adverb, no name
            compact = compact[:-1]
        if text and _inside_a_word(text, span.start, span.end):
            continue
        if _person_shaped(compact, lex):
            out.append(span.name)
            accepted.append((span.start, span.end))
        elif text and len(compact) == 2 and _person_shaped(compact, lex, allow_words=True):
            word_shaped.append(span)
    for span in word_shaped:
        if _listed_with(text, span, accepted):
            out.append(span.name)
    return out


#: Adverbs that follow a subject's name before its verb (林某曾荣获, 王某还担任) and end no name.
ADVERB_ENDS = frozenset("曾还也又就都已均")


def _han_at(text: str, i: int) -> bool:
    return i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _listed_with(text: str, span: Span, names: Sequence[tuple[int, int]]) -> bool:
    """Another name stands right before or after ``span`` across 、."""
    before = text[span.start - 1 : span.start] == "、" and any(e == span.start - 1 for _s, e in names)
    after = text[span.end : span.end + 1] == "、" and any(s == span.end + 1 for s, _e in names)
    return before or after


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The span begins a longer dictionary word (马克思 in 马克思主义) or ends one that starts before it:
    a name, not part of a word."""
    if any(rjieba.has_word(text[start : end + k]) for k in (1, 2, 3) if end + k <= len(text)):
        return True
    return any(rjieba.has_word(text[start - k : end]) for k in (1, 2) if start - k >= 0)


#: Deictic words for the school or college a text is about, before one of its units (学院张某支教团).
_PARENT_WORDS = ("学院", "学校", "我校", "本校")


def organisation_names(
    spans: Sequence[Span], lex: Lexicon, taken: Sequence[tuple[int, int]], text: str = ""
) -> list[Span]:
    """Tagged organisations the rules did not find that end as organisations do (``text``, the document,
    tells a unit word that ends a name of two fields joined by 和: 人力资源和社会保障部 is one body)."""
    out: list[Span] = []
    for span in spans:
        if span.kind != "ORG" or _overlaps(taken, span.start, span.end):
            continue
        name = span.name
        if name.startswith("国家") and name[2:] in lex.national_bodies:  # 国家教育部: the ministry's name
            name = name[2:]
            span = Span(span.start + 2, span.end, span.kind, name)
        elif name.startswith(_PARENT_WORDS) and len(name) >= 6 and _proper(name[2:]):
            name = name[2:]  # 学院 + 张某支教团: a unit of the college the text is about, named after the word
            span = Span(span.start + 2, span.end, span.kind, name)
        if _second_field(text, span.start, lex):
            continue
        if name in lex.national_bodies or _short_unit(name, lex) or (
            _ORG_BODY.fullmatch(name) and _suffixed(name, lex) and _proper(name) and not clausal(name)
        ):
            out.append(span)
    return out


#: Units a report names by a level or a short word of their own and the kind of unit (省教育厅, 市总工会,
#: 市妇联, 教务处, 学工部, 校团委): no proper element, but the tagger's span and the unit word agree.
_SHORT_UNIT = re.compile(
    r"(?P<level>[省市区县校])?(?P<own>[\u4e00-\u9fff]{1,4}?)"
    r"(?P<kind>教育厅|[厅局处部办所]|总工会|工会|妇联|团委|工委|教委|科协|青联|侨联|卫生健康委|网信办)"
)
_NOT_OWN_OPENING = frozenset("drpcutmqf")
#: Words joining two fields in one body's name (人力资源和社会保障部, 科学技术与信息化局).
_FIELD_JOINS = frozenset("和与及")
#: Parts of speech of a field's word (a noun, a verbal or an adjectival noun), not a name's.
_FIELD_POS = frozenset({"n", "vn", "an"})
_GENERIC_OWN = frozenset({"各", "该", "本", "我", "全", "上级", "基层", "相关", "有关", "其他", "下属", "各级", "分"})


def _second_field(text: str, start: int, lex: Lexicon) -> bool:
    """The span opens after 和/与 that follows a common noun which ends no unit (人力资源 + 和 + 社会保障部): it
    ends the name of one body of two fields, whose first field the tagger left out."""
    if start < 3 or text[start - 1 : start] not in _FIELD_JOINS:
        return False
    left = text[max(0, start - 5) : start - 1]
    if any(left.endswith(suffix) for suffix in lex.org_suffixes):
        return False  # 东海大学和 + 南湖公司: two bodies
    words = rjieba.tag(left)
    if not words or len(words[-1][0]) < 2 or words[-1][1] not in _FIELD_POS:
        return False
    field = words[-1][0]  # (a person's title or honour, 院士与 + X, or an event, 活动与 + X, is no field)
    if field in lex.titles or field in lex.honour_heads or "活动" in field:
        return False
    return not any(field.endswith(h) for h in lex.forum_heads)


def _short_unit(name: str, lex: Lexicon) -> bool:
    m = _SHORT_UNIT.fullmatch(name)
    if m is None or not 3 <= len(name) <= 8 or m.group("own") in _GENERIC_OWN or m.group("own") in lex.titles:
        return False  # (书记处 of 书记处书记: a part of a title)
    words = rjieba.tag(m.group("own"))  # (a verb may open it: 组织部, 保卫处, 教育厅)
    return bool(words) and words[0][1][:1] not in _NOT_OWN_OPENING


def _suffixed(name: str, lex: Lexicon) -> bool:
    """The name ends with an organisation suffix and has a name of its own before it: 工会委员会 and
    上级工会 are generic (suffix words and modifiers only)."""
    rest = name
    while True:
        suffix = next((s for s in lex.org_suffixes if rest.endswith(s) and len(rest) > len(s)), None)
        if suffix is None:
            break
        rest = rest[: -len(suffix)]
        if rest in lex.org_suffixes or (rest.startswith(_GENERIC_OPENERS) and len(rest) <= 4):
            return False
    return rest != name and len(rest) >= 2 and not rest.startswith(_GENERIC_OPENERS)


def _proper(name: str) -> bool:
    """A name, not a clause or a generic description: it opens with no verb, adverb, pronoun, preposition
    or time word, holds no act of a person (作…报告, 讲话, 带领), and has a proper element (a place, a
    name, an abbreviation: 工会女职工委员会 has none)."""
    words = rjieba.tag(name)
    if not words or words[0][1][:1] in _NOT_OPENING:
        return False
    if any(word in _ACTS for word, _pos in words):
        return False
    return any(pos in _PROPER for _word, pos in words)


def _person_shaped(name: str, lex: Lexicon, *, allow_words: bool = False) -> bool:
    if _TRANSCRIBED.fullmatch(name):
        return True
    if not _CJK_NAME.fullmatch(name):
        return False
    if name in lex.titles or name in lex.honour_names or name in lex.place_titles:
        return False
    if not (name[:1] in lex.surnames or name[:2] in lex.surnames):
        return False
    if surname_and_title(name, lex):
        return False  # 周主席, 欧阳院长: a short reference to someone named in full elsewhere
    return allow_words or not (len(name) == 2 and rjieba.has_word(name))


def surname_and_title(name: str, lex: Lexicon) -> bool:
    """A surname and a position title (周主席, 欧阳院长, 王工): how a text refers again to a person it named."""
    rest = name[2:] if name[:2] in lex.surnames else name[1:]
    return rest in lex.titles or rest in lex.post_name_titles


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
