"""Surface clean-up and the small parsers the name rules share."""

import re
import unicodedata

_SPACES_AND_QUOTES = re.compile(r"[\s\"'“”‘’「」『』]")
_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def clean_name(name: str) -> str:
    """NFKC (full-width brackets and digits become ASCII), no whitespace, no quotation marks."""
    return _SPACES_AND_QUOTES.sub("", unicodedata.normalize("NFKC", name))


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
