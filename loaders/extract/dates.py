"""Dates of events: 7月28日, 2023年7月28日, 8月19至20日, 7月15日至16日, 将持续至7月30日.

The year comes from the date itself, else from the document (its published date, else the year most
often written in the text)."""

import re
from collections import Counter

_DAY = r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?"
_RANGE = re.compile(_DAY + r"(?:[至到\-－—~]((?:\d{1,2})月)?(\d{1,2})日)?")
_UNTIL = re.compile(r"(?:将)?持续至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def document_year(text: str, published: str | None = None) -> int | None:
    if published:
        m = re.match(r"(\d{4})", published)
        if m:
            return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d{2}|19\d{2})年", text))
    if not years:
        return None
    top = max(years.values())
    return max(y for y, c in years.items() if c == top)


def _iso(year: int | None, month: str, day: str) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{int(month):02d}-{int(day):02d}"


def dates_in(sentence: str, year: int | None) -> tuple[str | None, str | None]:
    """(start, end) ISO dates stated in a sentence; end only for ranges and 持续至."""
    start = end = None
    u = _UNTIL.search(sentence)
    m = _RANGE.search(sentence)
    if m and u and u.start() <= m.start() < u.end():
        m = None
    if m:
        y = int(m.group(1)) if m.group(1) else year
        start = _iso(y, m.group(2), m.group(3))
        if m.group(5):
            month = m.group(4)[:-1] if m.group(4) else m.group(2)
            end = _iso(y, month, m.group(5))
    if u:
        y = int(u.group(1)) if u.group(1) else year
        end = _iso(y, u.group(2), u.group(3))
    return start, end
