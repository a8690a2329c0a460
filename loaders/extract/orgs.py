"""Organisation surfaces: does a span look like an institution name, and how to clean one."""

import re
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import Lexicon, lengths_by_last

#: Deictic and generic references to an institution already named in the document (coreference).
DEICTIC_ORGS = frozenset({"我校", "本校", "学校", "校", "我院", "学院", "集团", "公司", "我校工会", "校工会"})
UNIVERSITY_DEICTICS = frozenset({"我校", "本校", "学校", "校"})
#: Words that open a clause before an institution's name and are not part of it.
_LEAD = re.compile(
    r"^(?:[，、,；]|这是|那是|他是|她是|就是|由|在|于|和|与|及|以及|并|是|为|对|向|从|经|据|原|现任|曾任|担任|任|系|来自|包括|携手|联合|会同|其中|"
    r"同时|此外|另外|今|现为|就职于|作为|将|被|[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日(?:上午|下午|晚)?|"
    r"第[一二三四五六七八九十\d]+届)+"
)
#: One-character openers that may also begin the first word of a name (和平, 对外, 经济, 原子能, 向阳).
_WORD_OPENING_LEADS = frozenset("和与及并为对向从经原任系今将于")
_LATIN_PAREN = re.compile(r"[（(]([A-Za-z][A-Za-z0-9&.\- ]*)[)）]")
_SHORT_NAME = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"]?([^”\"）)]{1,12})[”\"]?[)）]")
_NOT_IN_NAME = re.compile(r"[的了是在将把被也就说着过吗呢吧啊，。；：！？、]")
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
#: What a name cut out of such a clause opens with: a proper name (place, institution, abbreviation) or a
#: word of national or regional scope.
_PROPER_POS = frozenset({"ns", "nt", "nz", "j", "nrt", "eng"})
_SCOPE_OPENERS = ("全国", "中国", "中华", "中共", "国家", "国务院")


def _without_opening_clause(text: str) -> str:
    """Drop the words of a clause glued before a name (入职东海公司 is 东海公司), where a proper name
    follows them: the span ran left across a verb or preposition that no list names."""
    if len(text) < 5 or not "\u4e00" <= text[:1] <= "\u9fff":
        return text
    words = rjieba.tag(text)
    cut = 0
    for i, (word, pos) in enumerate(words[:-1]):
        if pos not in _CLAUSE_OPENING_POS or len(word) < 2:
            return text
        cut += len(word)
        following, following_pos = words[i + 1]
        if following_pos in _PROPER_POS or following.startswith(_SCOPE_OPENERS):
            return text[cut:] if len(text) - cut >= 3 else text
    return text


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

    def looks_like(self, text: str, known: set[str] | frozenset[str] = frozenset()) -> bool:
        return bool(text) and (text in known or self._looks_like(text))

    @lru_cache(maxsize=16384)  # noqa: B019 - one OrgRules per extractor, kept for its lifetime
    def _looks_like(self, text: str) -> bool:
        if text in DEICTIC_ORGS or text in GOV_COMMITTEES or text in STANDALONE_BODIES:
            return True
        if len(text) > 32 or _NOT_IN_NAME.search(text):
            return False
        suffix = self.suffix(text)
        return (suffix is not None and len(text) > len(suffix)) or bool(_INTERNATIONAL.match(text))

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
        # a match at the start, sliced off (``sub`` would try the ``^``-anchored pattern at every position)
        lead = _LEAD.match(text)
        cut = lead.end() if lead else 0
        if cut and text[cut - 1] in _WORD_OPENING_LEADS and rjieba.has_word(text[cut - 1 : cut + 1]):
            cut -= 1  # the opener begins a word of the name: 和平区, 对外经济贸易大学, 劳动和经济工作部
        text = _without_opening_clause(text[cut:].strip())
        for left, right in ("“”", "《》", "（）", "()"):
            if text.startswith(left) and right not in text:
                text = text[1:]
            if text.endswith(right) and left not in text:
                text = text[:-1]
            if text.startswith(left) and text.endswith(right) and text.count(left) == 1:
                text = text[1:-1]
        return text, aliases
