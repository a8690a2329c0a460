"""Dates of events: 7月28日, 2023年7月28日, 8月19至20日, 7月15日至16日, 将持续至7月30日.

The year comes from the date itself, else from the document: its published date, else a dateline (a full
date on the first or last line, 本报北京2023年7月28日电), else the year most often written in the text as
the time of the report. Years that are not that time are not counted: targets (2060年前, 到2025年,
2030年可持续发展目标), periods (2023年-2025年, 2016－2018年度), births (1974年1月生) and past events
told as a story (2010年，某某荣获…; 自2012年成立以来). When no year is left, an event date without a
year is not given at all: a wrong year would be worse than none.

The document's year is the year of the report, not always of the event: a report of 5 January about
12月28日 means the December before it. When the day of the report is known (its published date or a full
dateline), a date without a year that would fall more than half a year after it is read in the year
before; one announced as coming (将于1月10日举行, written in December) in the year after.
"""

import re
from datetime import date, timedelta

_DAY = r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?"
_RANGE = re.compile(_DAY + r"(?:[至到\-－—~]((?:\d{1,2})月)?(\d{1,2})日)?")
_UNTIL = re.compile(r"(?:将)?持续至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_BARE_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})(?:年\s*\d{1,2}月\s*\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2}(?!\d))")
_DATELINE = re.compile(r"^[^\n，。]{0,16}?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:电|讯)", re.M)
_YEAR = re.compile(r"((?:19|20)\d{2})年(?![－\-—~至到]|度|前|以前|之前|以来)")
#: What makes a year not the time of the report: a target or plan before it or after it, a birth, a past
#: event told at a clause start (2010年，…), a starting point (自2012年), the end of a period (2016－2018年).
_NOT_NOW_BEFORE = re.compile(r"(?:[\d－\-—~]|到|至|争取|力争|截至|自|从|预计)$")
_NOT_NOW_AFTER = re.compile(
    r"(?:，|\d{1,2}月(?:\d{1,2}日)?生|\d{1,2}月出生|出生|生(?=[，,。；）)])|毕业"
    r"|[^，。；、\d]{0,10}?(?:目标|议程|愿景|远景|规划))"
)


#: How far a date may lie from the day of the report before its year is taken to be the one before
#: (a report looks back) or, when announced as coming, the one after.
_HALF_YEAR = timedelta(days=183)
_ISO_DAY = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_DATELINE_DAY = re.compile(r"^[^\n，。]{0,16}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:电|讯)", re.M)
_FULL_DAY = re.compile(r"((?:19|20)\d{2})(?:年\s*|[-./])(\d{1,2})(?:月\s*|[-./])(\d{1,2})(?!\d)")
_COMING = re.compile(r"将于|将在|即将|拟于|计划于")


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def report_day(text: str, published: str | None = None) -> date | None:
    """The day the report was written: its published date, else a full dateline
    (本报北京2024年1月5日电) or a full date alone on the first or last line; None when unknown."""
    m = _ISO_DAY.match(published or "")
    if m:
        return _day(*m.groups())
    m = _DATELINE_DAY.search(text) if "日电" in text or "日讯" in text else None
    if m:
        return _day(*m.groups())
    body = text.strip()
    for line in (body.partition("\n")[0], body.rpartition("\n")[2]):
        m = _FULL_DAY.search(line) if len(line) <= 40 else None
        if m:
            return _day(*m.groups())
    return None


def dateline_year(text: str) -> int | None:
    """The year of a dateline: 本报北京2023年7月28日电, or a full date on the first or last line."""
    m = _DATELINE.search(text) if "日电" in text or "日讯" in text else None
    if m:
        return int(m.group(1))
    body = text.strip()
    for line in (body.partition("\n")[0], body.rpartition("\n")[2]):
        m = _FULL_DATE.search(line) if len(line) <= 40 else None
        if m:
            return int(m.group(1))
    return None


def document_year(text: str, published: str | None = None) -> int | None:
    if published:
        m = re.match(r"(\d{4})", published)
        if m:
            return int(m.group(1))
    year = dateline_year(text)
    if year is not None:
        return year
    years: dict[int, int] = {}
    at = text.find("年", 4)
    while at >= 0:  # 年 is rare: each one is tried, not every position of the text
        m = _YEAR.match(text, at - 4)
        if (
            m
            and not _NOT_NOW_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and not _NOT_NOW_AFTER.match(text, m.end())
        ):
            year = int(m.group(1))
            years[year] = years.get(year, 0) + 1
        at = text.find("年", at + 1)
    if not years:
        return None
    top = max(years.values())
    return max(y for y, c in years.items() if c == top)


def _iso(year: int | None, month: str, day: str) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{int(month):02d}-{int(day):02d}"


def _rolled(year: int | None, month: str, day: str, reported: date | None, coming: bool) -> int | None:
    """The year of a date written without one: the document's, or the one before or after it when that
    date would lie more than half a year after (or, for a coming event, before) the day of the report."""
    if year is None or reported is None:
        return year
    when = _day(str(year), month, day)
    if when is None:
        return year
    if when - reported > _HALF_YEAR:
        return year - 1
    if coming and reported - when > _HALF_YEAR:
        return year + 1
    return year


def dates_in(sentence: str, year: int | None, reported: date | None = None) -> tuple[str | None, str | None]:
    """(start, end) ISO dates stated in a sentence; end only for ranges and 持续至. ``reported`` is the day
    of the report, when known: it decides the year of a date written without one near a new year."""
    start = end = None
    coming = reported is not None and _COMING.search(sentence) is not None
    u = _UNTIL.search(sentence)
    m = _RANGE.search(sentence)
    if m and sentence[m.end() : m.end() + 1] in ("电", "讯"):  # the dateline: when it was filed, not held
        line, m = m, _RANGE.search(sentence, m.end())
        day = _BARE_DAY.search(sentence, line.end()) if m is None else None
        if day:  # 本报北京8月24日电 … 24日在京召开: the day of the dateline's month
            y = int(line.group(1)) if line.group(1) else year
            return _iso(y, line.group(2), day.group(1)), None
    if m and u and u.start() <= m.start() < u.end():
        m = None
    if m:
        y = int(m.group(1)) if m.group(1) else _rolled(year, m.group(2), m.group(3), reported, coming)
        start = _iso(y, m.group(2), m.group(3))
        if m.group(5):
            month = m.group(4)[:-1] if m.group(4) else m.group(2)
            end = _iso(y, month, m.group(5))
    if u:
        y = int(u.group(1)) if u.group(1) else _rolled(year, u.group(2), u.group(3), reported, coming)
        end = _iso(y, u.group(2), u.group(3))
    return start, end
