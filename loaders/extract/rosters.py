"""Rosters: the lists of honourees an award report prints a line per person or unit, under a heading that
names the honour (获得2024年全国五一劳动奖章的职工有： ⏎ 林某 东海市第一中学教师 ⏎ 周 某 东海电力公司班长,
or the honour's name alone on a line ⏎ 东海市实验小学). A line may open with a region label (上海：林某 …).

This module only reads the lines; the person finder takes their names, the people pass their posts and the
honour list pass their honours.
"""

import re
from collections.abc import Callable
from typing import NamedTuple

#: A person's line: an optional region label, a name (a two-character name may be padded with a space, as
#: lists align them: 周 某), spaces, then the person's unit and post to the end of the line.
_PERSON_LINE = re.compile(
    r"(?m)^[ \u3000]*(?:[\u4e00-\u9fff]{2,8}[:：][ \u3000]*)?"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2})[ \u3000]+(?P<rest>[^\s，。；,;：:]{4,60})[ \u3000]*$"
)
#: A unit's line: an optional region label, then the unit, with what the report adds in brackets
#: (东海百货公司业务部（林某任经理）).
_UNIT_LINE = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff]{2,8}[:：][ \u3000]*)?"
    r"(?P<unit>[^\s，。；,;：:（(]{4,40})(?:[（(][^\n]{1,40}[)）])?[ \u3000]*"
)
#: What stands between two lines of a roster: a line break, and the next line's region label.
_BETWEEN_LINES = re.compile(r"[ \u3000]*\n[ \u3000]*(?:[\u4e00-\u9fff]{2,8}[:：][ \u3000]*)?")
#: A heading that announces the holders of an honour, the honour between (获得2024年X的职工有：, X名单：,
#: 授予X称号的是：).
_HEADING = re.compile(
    r"(?:获得|荣获|授予|获评|入选)(?:了)?(?P<a>[^，。；：:\n]{2,40}?)(?:称号|荣誉称号)?的[^，。；：:\n]{0,12}?(?:有|是|为|如下)[：:]$"
    r"|^(?P<b>[^，。；：:\n]{2,40}?)(?:获得者|获奖者|人员|人选|单位|集体)?名单(?:如下)?[：:]?$"
)


class PersonLine(NamedTuple):
    name_start: int
    name: str
    rest_start: int
    rest: str


def person_lines(text: str, is_name: Callable[[str], bool] | None = None) -> list[PersonLine]:
    """The person lines of ``text`` that stand in a run of two or more (one such line alone is no roster);
    ``is_name``, when given, says whether a name (spaces removed) is shaped as a person's."""
    if " " not in text and "\u3000" not in text:
        return []
    found = [
        PersonLine(m.start("name"), m.group("name"), m.start("rest"), m.group("rest"))
        for m in _PERSON_LINE.finditer(text)
        if is_name is None or is_name(re.sub(r"[ \u3000]", "", m.group("name")))
    ]
    return [line for k, line in enumerate(found) if _in_run(text, found, k)]


def _in_run(text: str, lines: list[PersonLine], k: int) -> bool:
    """The line next to ``lines[k]`` (before or after it, with nothing but other lines between) is one too."""
    here = lines[k]
    for other in (lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None):
        if other is None:
            continue
        first, second = (other, here) if other.name_start < here.name_start else (here, other)
        if _BETWEEN_LINES.fullmatch(text, first.rest_start + len(first.rest), second.name_start):
            return True
    return False


def heading_honour(line: str) -> str | None:
    """The honour a roster's heading line names (before the caller checks it is an honour), else None."""
    m = _HEADING.search(line)
    if m is None:
        return None
    return m.group("a") or m.group("b")


def unit_of_line(line: str) -> str | None:
    """The unit a unit's line of a roster names, else None."""
    m = _UNIT_LINE.fullmatch(line)
    return m.group("unit") if m else None
