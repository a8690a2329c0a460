"""Recognise bylines: who wrote (``text``) or photographed (``photo``) a story.

Forms handled, all without any list of known people:

* whole lines: ``本报记者 周雨桐/文 韩思远/摄``, ``本报记者 韩思远 摄``, ``本报记者 郑一鸣 吴若兰 摄影报道``, ``文/X``;
* a line of bare names (``A B C``) whose every token starts with a common surname;
* a parenthesis opening a paragraph, after an optional dateline: ``本报讯(记者 林晓峰) 7月28日…``,
  ``南开新闻网讯（通讯员 X Y）…``, ``（记者 X 摄影 Y）``;
* a parenthesis closing a paragraph: ``…（文/X 某学院）``.

A role word before names applies to the names after it (``记者 X``); a role word after names applies to the
names since the previous role word (``X Y 摄``). Names without a role are writers (``text``).
"""

import re
from functools import lru_cache
from importlib import resources

import rjieba

from graph.model import BylineEntry, BylineRole

_TEXT_WORDS = frozenset(
    {"记者", "本报记者", "新华社记者", "特约记者", "见习记者", "通讯员", "本报通讯员", "特约通讯员", "实习生",
     "文", "撰文", "撰稿", "作者", "文字"}
)
_PHOTO_WORDS = frozenset({"摄", "摄影", "摄影报道", "图", "图片", "摄影记者", "本报摄影记者", "图文"})
_FILLER_WORDS = frozenset({"报道", "供稿", "整理", "本报讯"})
#: Role words that may be glued to the name after them (记者林晓峰); single characters (图, 文) may not.
_GLUED_PREFIXES = sorted((w for w in _TEXT_WORDS | _PHOTO_WORDS if len(w) > 1), key=len, reverse=True)

_MAX_LINE = 40
_SPACE = re.compile(r"[\s\u3000\xa0]+")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$")
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,：:]")
_ORG_ENDINGS = (
    "学院", "大学", "中学", "小学", "中心", "公司", "集团", "日报", "报社", "新闻", "工会", "学会", "协会",
    "医院", "银行", "政府", "研究", "部门", "院", "局", "厅", "部", "社", "网", "台", "处", "所", "站", "馆",
    "校", "厂", "委", "办",
)
_OPEN, _CLOSE = "（(", "）)"
_LEAD_PAREN = re.compile(r"^(?P<lead>[^\s（()）]{0,16}?(?:讯|电))?[\s\u3000\xa0]*[（(](?P<inner>[^（）()]{2,40})[）)]")
_TAIL_PAREN = re.compile(r"[（(](?P<inner>[^（）()]{2,40})[）)][\s\u3000\xa0]*$")
#: A paragraph opening with a news-agency dateline: 本报讯, 某某网讯, 本报北京7月28日电, 新华社…电.
DATELINE = re.compile(r"^(?:本报讯|[^\s，。（(]{1,12}[网报]讯|本报[^\s，。]{1,12}电|新华社[^\s，。]{1,16}电)")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Common single and compound surnames from ``loaders/data/surnames.txt``."""
    text = resources.files("loaders").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def has_surname(token: str) -> bool:
    names = surnames()
    return (token[:2] in names and len(token) >= 3) or token[:1] in names


def _role_of(word: str) -> BylineRole | None:
    if word in _TEXT_WORDS:
        return BylineRole.TEXT
    if word in _PHOTO_WORDS:
        return BylineRole.PHOTO
    return None


def _is_name(token: str) -> bool:
    """A personal name: two to four characters (or a transcribed name) opening with a surname; a caption's
    words before a credit (活动现场 摄影 林某) are none."""
    if not _NAME.match(token) or _role_of(token) is not None or token in _FILLER_WORDS:
        return False
    if "·" not in token and not has_surname(token) and (len(token) == 4 or rjieba.has_word(token)):
        return False
    return not (len(token) >= 3 and token.endswith(_ORG_ENDINGS))


def _glued_name(token: str, prefix: str) -> bool:
    rest = token[len(prefix) :]
    return token.startswith(prefix) and _is_name(rest) and has_surname(rest)


# Items of a tokenised byline: ("role", role) | ("name", name) | ("pair", name, role) | ("other", token)
_Item = tuple


def _tokenise(text: str) -> list[_Item]:
    items: list[_Item] = []
    for token in _SPACE.split(text.strip().strip(_OPEN + _CLOSE)):
        if not token:
            continue
        if "/" in token or "／" in token:
            left, _, right = token.replace("／", "/").partition("/")
            if _role_of(left) and _is_name(right):
                items += [("role", _role_of(left)), ("name", right)]
            elif _role_of(right) and _is_name(left):
                items.append(("pair", left, _role_of(right)))
            else:
                items.append(("other", token))
        elif (role := _role_of(token)) is not None:
            items.append(("role", role))
        elif token in _FILLER_WORDS:
            continue
        elif _is_name(token):
            items.append(("name", token))
        else:
            prefix = next((p for p in _GLUED_PREFIXES if _glued_name(token, p)), None)
            if prefix is None:
                items.append(("other", token))
            else:
                items += [("role", _role_of(prefix)), ("name", token[len(prefix):])]
    return items


def _resolve(items: list[_Item]) -> list[BylineEntry]:
    entries: list[BylineEntry] = []
    prefix: BylineRole | None = None
    pending: list[str] = []

    def flush(role: BylineRole | None) -> None:
        entries.extend(BylineEntry(name=name, role=role or BylineRole.TEXT) for name in pending)
        pending.clear()

    for i, item in enumerate(items):
        kind = item[0]
        if kind == "name":
            pending.append(item[1])
        elif kind == "pair":
            flush(prefix)
            entries.append(BylineEntry(name=item[1], role=item[2]))
        elif kind == "role":
            if i + 1 < len(items) and items[i + 1][0] == "name":
                flush(prefix)
                prefix = item[1]
            else:
                flush(item[1])
                prefix = None
    flush(prefix)
    return _unique(entries)


def _unique(entries: list[BylineEntry]) -> list[BylineEntry]:
    seen: set[tuple[str, str]] = set()
    out = []
    for entry in entries:
        if (entry.name, entry.role) not in seen:
            seen.add((entry.name, entry.role))
            out.append(entry)
    return out


def parse_byline_line(line: str) -> list[BylineEntry] | None:
    """Entries of a line that is nothing but a byline (a role word and names), else ``None``."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE or _SENTENCE_PUNCT.search(line):
        return None
    items = _tokenise(line)
    if any(item[0] == "other" for item in items) or not any(item[0] in ("role", "pair") for item in items):
        return None
    entries = _resolve(items)
    return entries or None


def parse_names_line(line: str, min_names: int = 2) -> list[BylineEntry] | None:
    """A line of bare personal names (``A B C``), each starting with a common surname; writers by default."""
    tokens = [t for t in _SPACE.split(line.strip()) if t]
    if len(tokens) < min_names or len(line) > _MAX_LINE:
        return None
    if not all(_is_name(t) and len(t) <= 4 and has_surname(t) for t in tokens):
        return None
    return [BylineEntry(name=t, role=BylineRole.TEXT) for t in tokens]


def is_byline_line(line: str) -> bool:
    return parse_byline_line(line) is not None or parse_names_line(line) is not None


def _parse_inner(inner: str) -> list[BylineEntry]:
    items = _tokenise(inner)
    if not any(item[0] in ("role", "pair") for item in items):
        return []
    return _resolve(items)


def lead_byline(paragraph: str) -> list[BylineEntry]:
    """Bylines in a parenthesis that opens a paragraph, e.g. ``本报讯(记者 林晓峰) 7月28日…``."""
    match = _LEAD_PAREN.match(paragraph)
    return _parse_inner(match["inner"]) if match else []


def tail_byline(paragraph: str) -> list[BylineEntry]:
    """Bylines in a parenthesis that closes a paragraph, e.g. ``…（文/X 某学院）``."""
    match = _TAIL_PAREN.search(paragraph)
    return _parse_inner(match["inner"]) if match else []


def starts_with_dateline(paragraph: str) -> bool:
    """Whether a paragraph opens like a news report (本报讯, X网讯, 本报X电, 新华社…电)."""
    return DATELINE.match(paragraph) is not None
