"""The edition and year a written honour qualifier carries: ``第三届`` → edition 3, ``2017-2019年度`` → year 2019.

A module of its own because the row builder (:mod:`graph.rows`) and honour resolution
(:mod:`graph.resolution.honours`) both read qualifiers, and resolution imports the row builder.
"""

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

_NUMBER = r"[\d零〇一二两三四五六七八九十百]+"
_EDITION = re.compile(rf"^第({_NUMBER})[届批次]")
_YEAR = re.compile(r"^(\d{4})(?:[-－—–~至](\d{4}))?年度?")
_SPACES_AND_QUOTES = re.compile(r"[\s\"'“”‘’「」『』]")
_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def chinese_number(text: str) -> int | None:
    """``三`` → 3, ``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``12`` → 12; None if not a number."""
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        else:
            unit = 10 if char == "十" else 100
            total += (current or 1) * unit
            current = 0
    return total + current


@dataclass(frozen=True)
class Qualifier:
    """A qualifier at the start of a text: what it gives (``value`` is None for an unreadable number) and its end."""

    kind: Literal["edition", "year"]
    value: int | None
    end: int


def leading_qualifier(text: str) -> Qualifier | None:
    """The 第N届/第N批/第N次 edition or the ``2022年度`` / ``2017-2019年度`` year (the last one) ``text`` opens with."""
    m = _EDITION.match(text)
    if m:
        return Qualifier("edition", chinese_number(m.group(1)), m.end())
    m = _YEAR.match(text)
    if m:
        return Qualifier("year", int(m.group(2) or m.group(1)), m.end())
    return None


def read_qualifier(text: str) -> tuple[int | None, int | None]:
    """(edition, year) of a written qualifier: ``第三届`` → (3, None), ``2017-2019年度`` → (None, 2019).

    Full-width digits and stray spaces or quotation marks are tolerated; a bare number is an edition.
    """
    text = _SPACES_AND_QUOTES.sub("", unicodedata.normalize("NFKC", text))
    if text.isdigit():
        return int(text), None
    found = leading_qualifier(text)
    if found is None:
        return None, None
    return (found.value, None) if found.kind == "edition" else (None, found.value)
