"""Bylines and photo credits: 本报记者 刘某/文 陈某/摄, （通讯员 张某 李某）, a line of bare names, a paragraph
closed by its writer's name in brackets (…。（林某）)."""

import re
from dataclasses import dataclass

from graph.model import BylineRole
from loaders.extract.lexicon import Lexicon, word_finder

_ROLE_WORDS = {
    "本报记者": BylineRole.TEXT,
    "记者": BylineRole.TEXT,
    "通讯员": BylineRole.TEXT,
    "文": BylineRole.TEXT,
    "编辑": BylineRole.TEXT,
    "责任编辑": BylineRole.TEXT,
    "摄影": BylineRole.PHOTO,
    "图": BylineRole.PHOTO,
    "摄": BylineRole.PHOTO,
    "摄影报道": BylineRole.PHOTO,
    "作者": BylineRole.TEXT,
    "校对": BylineRole.TEXT,
    "审核": BylineRole.TEXT,
    "审校": BylineRole.TEXT,
    "责编": BylineRole.TEXT,
}
#: Roles a web page's credit line writes with a colon, each opening its names (作者：林某 李某, and run on
#: with no space: 编辑：林某校对：李某责任编辑：王某).
_COLON_ROLES = ("责任编辑", "编辑", "作者", "校对", "审核", "审校", "责编")
#: Words that open a byline, found by Aho-Corasick (leftmost-longest: 本报记者 before 记者).
#: A role may be followed by a colon (记者：林某, 责任编辑：周某, 图/林某).
_START = word_finder(
    ["本报记者", "记者", "通讯员", "摄影", "文/", "文：", "图/", "图："]
    + [role + colon for role in _COLON_ROLES for colon in "：:"]
    + ["责任编辑"]
)
#: Words of a web page's credit line that end its names (作者：林某 李某 来源：X报, 发布时间).
_CREDIT_WORDS = frozenset(
    {"来源", "发布", "时间", "日期", "点击", "浏览", "阅读", "本站", "原创", "稿件", "出处", "字号"}
)
_RUN = re.compile(r"[\u4e00-\u9fff/ \u3000\xa0：:、]{2,60}")
#: Role words a newswire byline runs into its first name (本报讯 记者林某 通讯员李某、王某报道).
_GLUED_ROLES = ("本报记者", "记者", "通讯员")
#: A line that is only two to seven short names (matched against each line in turn).
_BARE_LINE = re.compile(
    r"[ \u3000\xa0]*([\u4e00-\u9fff]{2,3}(?:[ \u3000\xa0]+[\u4e00-\u9fff]{2,3}){1,6})[ \u3000\xa0]*"
)


@dataclass(frozen=True)
class BylineName:
    name: str
    start: int
    role: BylineRole


_COLON_ROLE = "(?:" + "|".join(_COLON_ROLES) + ")(?=[：:])"
#: A word of a byline: a role before its colon, or a run up to the next separator or colon role.
_TOKEN = re.compile(_COLON_ROLE + r"|(?:(?!" + _COLON_ROLE + r")[^\s/　：:、])+")


def _tokens(run: str, offset: int, surnames: frozenset[str] = frozenset()) -> list[tuple[str, int]]:
    """The words of a byline run; a two-character name padded to the width of three (许  诺, as papers set
    bylines) is one word, written with its spaces."""
    found = [(m.group(0), offset + m.start()) for m in _TOKEN.finditer(run)]
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(found):
        tok, pos = found[i]
        if i + 1 < len(found) and len(tok) == 1 and tok in surnames and len(found[i + 1][0]) == 1:
            nxt_pos = found[i + 1][1]
            gap = run[pos - offset + 1 : nxt_pos - offset]
            if gap.strip() == "" and "\n" not in gap:
                out.append((run[pos - offset : nxt_pos - offset + 1], pos))
                i += 2
                continue
        out.append((tok, pos))
        i += 1
    return out


#: A paper's dateline after its authors (林某《人民日报》（2025年12月29日第 05 版）; 本报记者  林  某《X报》（…）):
#: the names before the paper's title are its authors, whatever their surnames.
_DATELINE = re.compile(
    r"^[ \u3000\xa0]*(?:本报记者|记者)?[ \u3000\xa0]*([\u4e00-\u9fff][\u4e00-\u9fff \u3000\xa0]{1,40}?)[ \u3000\xa0]*"
    r"《[^》\n]{2,12}》[（(]\d{4}年\d{1,2}月\d{1,2}日\s*第\s*\d+\s*版[）)]",
    re.MULTILINE,
)

#: Writers' names in brackets: closing a paragraph (…新篇章。（林某）, …。（林某 李某）) or after a wire's dateline
#: (中新网东海新闻10月22日电（林某 李某 王某）).
_BRACKETED_NAMES = re.compile(
    r"(?:(?<=[。！？”])[ \u3000\xa0]*|(?<=日电))"
    r"[（(]([\u4e00-\u9fff]{2,3}(?:[ \u3000\xa0、]+[\u4e00-\u9fff]{2,3}){0,3})[）)]"
)
_LINE_END = re.compile(r"[ \u3000\xa0]*(?:\n|$)")


def _unglued(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A byline's words with a role word run into its name taken apart (记者林某 → 记者, 林某) and the
    closing 报道 taken off the last name (李某报道)."""
    out: list[tuple[str, int]] = []
    for tok, pos in tokens:
        role = next((r for r in _GLUED_ROLES if tok.startswith(r) and len(tok) > len(r)), None)
        if role is not None:
            out.append((role, pos))
            tok, pos = tok[len(role) :], pos + len(role)
        if tok.endswith("报道") and len(tok) > 2 and tok != "摄影报道":
            out.append((tok[:-2], pos))
            out.append(("报道", pos + len(tok) - 2))
            continue
        out.append((tok, pos))
    return out


def _dateline_names(text: str) -> list[tuple[str, int]]:
    """The authors a paper's dateline names (each a name of two or three characters, spaces inside kept)."""
    out: list[tuple[str, int]] = []
    for m in _DATELINE.finditer(text) if "版" in text else ():
        # (any character may open a name padded to three, 苏  爽: the dateline vouches for the names)
        tokens = _tokens(m.group(1), m.start(1), frozenset(m.group(1)))
        compact = [(t, p) for t, p in tokens if 2 <= len(re.sub(r"\s", "", t)) <= 3]
        if compact and len(compact) == len(tokens):
            out.extend(compact)
    return out


def _bare_lines(text: str) -> list[re.Match[str]]:
    """The lines of ``text`` that are only names (each line tried once, not every position of the text)."""
    out = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _BARE_LINE.fullmatch(text, start, end)
        if m:
            out.append(m)
        start = end + 1
    return out


def find_bylines(text: str, lex: Lexicon) -> list[BylineName]:
    out: dict[int, BylineName] = {}

    def is_name(tok: str, surnames: frozenset[str] = lex.surnames) -> bool:
        compact = tok.replace(" ", "").replace("\u3000", "").replace("\xa0", "")
        return 2 <= len(compact) <= 3 and (tok[0] in surnames or tok[:2] in surnames)

    units = tuple(lex.org_suffixes)
    for _, start, _end in _START.find_matches_as_indexes(text):
        run = _RUN.match(text, start)
        if not run:
            continue
        line = run.group(0).split("\n")[0]
        tokens = _unglued(_tokens(line, start, lex.surnames))
        role = BylineRole.TEXT
        pending: list[tuple[str, int]] = []
        for tok, pos in tokens:
            if tok in _ROLE_WORDS:
                if _ROLE_WORDS[tok] is BylineRole.PHOTO and pending and tok != "摄影":
                    for name, p in pending:
                        out[p] = BylineName(name, p, BylineRole.PHOTO)
                role = _ROLE_WORDS[tok]
                pending = []
                continue
            if not pending and tok.endswith(units) and len(tok) > 2:
                continue  # 文/工会办公室 林某: the writer's unit before the name
            if tok in _CREDIT_WORDS or not is_name(tok, lex.byline_surnames):
                break
            after = text[pos + len(tok) : pos + len(tok) + 2]
            this_role = BylineRole.PHOTO if after.startswith("/摄") else role
            out[pos] = BylineName(tok, pos, this_role)
            pending.append((tok, pos))
    for tok, pos in _dateline_names(text):
        out.setdefault(pos, BylineName(tok, pos, BylineRole.TEXT))
    for m in _BRACKETED_NAMES.finditer(text) if "）" in text or ")" in text else ():
        if text[m.start() - 1 : m.start()] != "电" and not _LINE_END.match(text, m.end()):
            continue  # (a bracket after a sentence that more text follows on its line: a note, no byline)
        toks = _tokens(m.group(1), m.start(1))
        if all(is_name(t, lex.byline_surnames) for t, _ in toks):
            for tok, pos in toks:
                out.setdefault(pos, BylineName(tok, pos, BylineRole.TEXT))
    for m in _bare_lines(text):
        toks = _tokens(m.group(1), m.start(1))
        if all(is_name(t) for t, _ in toks):
            for tok, pos in toks:
                out.setdefault(pos, BylineName(tok, pos, BylineRole.TEXT))
    return sorted(out.values(), key=lambda b: b.start)


#: A credit's role word (and its separator) right before a name: the name is the byline's there.
_CREDIT_BEFORE = re.compile(r"(?:记者|通讯员|实习生|摄影|摄|文|图|编辑|作者)[\s/：:]*$")


def credited_spans(text: str, name: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``name`` between ``start`` and ``end`` that a byline credits (（记者林某 通讯员李某）): no
    person of the story there, whatever a pass of the story reads around them."""
    out = []
    at = text.find(name, start, end)
    while at >= 0:
        if _CREDIT_BEFORE.search(text, max(0, at - 5), at):
            out.append((at, at + len(name)))
        at = text.find(name, at + len(name), end)
    return out
