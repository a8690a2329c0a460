"""Left extension of a name from its head word to a boundary (punctuation, a verb or preposition)."""

import re
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import lengths_by_last, words

#: Words before which a name cannot extend (a name starts right after them).
BOUNDARY_WORDS = tuple(words("name_left_boundaries.txt"))
_PUNCT = set("，。；：！？、,.;:!?（）()【】[]\n\t 　\xa0—…·")
_BW = frozenset(BOUNDARY_WORDS)
_BW_LENGTHS = lengths_by_last(_BW)
#: Last characters of boundary words: most characters end none, and are passed with one set lookup.
_BW_LAST = frozenset(w[-1] for w in _BW)
#: X代表 as a noun (劳模代表座谈会, 职工代表大会), not the verb 代表.
_REPRESENTED = frozenset(
    {"劳模", "职工", "党员", "人大", "人民", "政协", "青年", "学生", "教工", "妇女", "会员", "工匠", "模范", "工会"}
)
_OPEN = {"”": "“", "》": "《", "）": "（", ")": "("}
#: Every character the left walk must look at; any other (most Han characters) is passed with one lookup.
_SPECIAL = frozenset(_OPEN) | _PUNCT | frozenset("“《") | _BW_LAST
_SPECIAL_WITH: dict[str, frozenset[str]] = {}


def _special(cross: str) -> frozenset[str]:
    if not cross:
        return _SPECIAL
    found = _SPECIAL_WITH.get(cross)
    if found is None:
        found = _SPECIAL_WITH[cross] = _SPECIAL | frozenset(cross)
    return found


def extend_left(
    text: str,
    head_start: int,
    limit: int = 0,
    stops: frozenset[int] = frozenset(),
    keep_words: tuple[str, ...] = (),
    cross: str = "",
) -> int:
    """The start of the name whose head begins at ``head_start``.

    Quoted or bracketed parts (《资本论》, “一带一路”) are crossed as a whole; ``cross`` lists
    characters (such as 、 or 暨) that may be crossed; ``keep_words`` are boundary words allowed inside.
    """
    i = head_start
    special = _special(cross)
    while i > limit and i not in stops:
        ch = text[i - 1]
        if ch not in special:
            i -= 1
            continue
        if ch in _OPEN:
            j = text.rfind(_OPEN[ch], limit, i - 1)
            if j < 0:
                break
            i = j
            continue
        if ch in cross:
            i -= 1
            continue
        if (ch == "·" or ch == "—") and i - 1 > limit and _han(text[i - 2]) and _han(text[i : i + 1]):
            i -= 1  # 智·控中心, 中国—东盟: one middle dot or em dash between two characters is inside a name
            continue
        if ch in "—－–-" and i - 5 >= limit and text[i - 5 : i - 1].isdigit() and text[i : i + 4].isdigit():
            i -= 1  # 2016—2017年度X评选活动: a range of years opens the name
            continue
        if ch == "—" and i - 3 >= limit and text[i - 2] == "—" and text[i - 3] in "”》":
            i -= 2  # “东海工人大课堂”——2026年“X”活动: a quoted theme and the name after its dash are one name
            continue
        if ch in _PUNCT or ch in "“《":
            break
        if ch in _BW_LAST and _boundary_word_ends(text, i, limit, keep_words):
            break
        i -= 1
    return i


def is_boundary_word(word: str) -> bool:
    """``word`` is one of the words no name extends left across (name_left_boundaries.txt: 提起, 授予, 在)."""
    return word in _BW


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _boundary_word_ends(text: str, i: int, limit: int, keep_words: tuple[str, ...]) -> bool:
    """A boundary word ends at ``i`` and stands as a word: a one-character boundary inside a dictionary
    word (the 在 of 现在) is no boundary, nor one opening a noun (the 作 of 带电作业班), nor 代表 as a
    noun (劳模代表, and 代表大会 always)."""
    for n in _BW_LENGTHS.get(text[i - 1], ()):
        if i - n >= limit:
            w = text[i - n : i]
            if w in _BW and w not in keep_words:
                if n == 1:
                    return not (
                        (i >= 2 and rjieba.has_word(text[i - 2 : i])) or _window_opens_noun(text[i - 1 : i + 3])
                    )
                return not (w == "代表" and (text[i - 4 : i - 2] in _REPRESENTED or text.startswith("大会", i)))
    return False


@lru_cache(maxsize=8192)
def _window_opens_noun(window: str) -> bool:
    """The first character of ``window`` (four characters) opens a dictionary common noun or set phrase
    (作业, 从业人员), not a verb (在职, 了解), a function word or a name; cached on the window (the same
    boundary words recur across documents)."""
    for k in (4, 3, 2):
        word = window[:k]
        if len(word) < k or not rjieba.has_word(word):
            continue
        tags = rjieba.tag(word)
        if len(tags) == 1 and tags[0][1] in (_PHRASE_TAGS if k > 2 else _NOUN_TAGS):
            return True
    return False


#: Common nouns only (not names: 向东 and 和平 are read nr and nz, and 向东海…, 和平安… must still cut).
_NOUN_TAGS = frozenset({"n"})
#: Longer words: common nouns, nominal verbs, set phrases and idioms (从业人员).
_PHRASE_TAGS = frozenset({"n", "vn", "l", "i"})


def strip_lead(name: str) -> str:
    return re.sub(r"^[\s“”]+", "", name) if name.count("“") != name.count("”") else name.strip()
