"""Left extension of a name from its head word to a boundary (punctuation, a verb or preposition)."""

import re

import rjieba

from loaders.extract.lexicon import words

#: Words before which a name cannot extend (a name starts right after them).
BOUNDARY_WORDS = tuple(words("name_left_boundaries.txt"))
_PUNCT = set("，。；：！？、,.;:!?（）()【】[]\n\t 　\xa0—…·")
_BW = frozenset(BOUNDARY_WORDS)
_BW_LENGTHS = sorted({len(w) for w in _BW}, reverse=True)
_OPEN = {"”": "“", "》": "《", "）": "（", ")": "("}


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
    while i > limit and i not in stops:
        ch = text[i - 1]
        if ch in _OPEN:
            j = text.rfind(_OPEN[ch], limit, i - 1)
            if j < 0:
                break
            i = j
            continue
        if ch in cross:
            i -= 1
            continue
        if ch in _PUNCT or ch in "“《":
            break
        hit = next(
            (w for n in _BW_LENGTHS if i - n >= limit and (w := text[i - n : i]) in _BW and w not in keep_words), None
        )
        if hit and not (len(hit) == 1 and i >= 2 and rjieba.has_word(text[i - 2 : i])):
            break
        i -= 1
    return i


def strip_lead(name: str) -> str:
    return re.sub(r"^[\s“”]+", "", name) if name.count("“") != name.count("”") else name.strip()
