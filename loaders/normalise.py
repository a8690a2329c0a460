"""Repair page text without moving meaning: unify line ends, trim, collapse blank runs, NFC, re-join split words.

Newspaper page text breaks lines at the column edge, and crawlers turn those breaks into paragraph breaks
inside words (``总装⏎⏎师``). A break is removed when the line before it plainly continues:

* the line ends with a pause mark (、，；) and is not tiny, or
* the line ends with a character (no closing punctuation) and is a body line: long (a headline is short),
  or it already holds a sentence end (headlines carry no 。！？) or, fairly long, a clause mark (，；);

and the next line starts with a character, a digit or 《 (not both sides Latin), or with “ after a character,
and neither line is a byline. After a line ending in a character, a next line that looks like a caption
(short, no punctuation inside or at its end) keeps its break unless the line left a bracket or quote open:
photo captions in a row are each long enough to look like body lines.
Headlines, bylines, ``(上接第1版)`` markers, captions and subheads are short and end without a pause mark,
so their breaks stay.

Every step only deletes characters, except CRLF/CR → LF and NFC, so ``offsets[i]`` is the index in the
original of normalised character ``i`` and offsets increase strictly (NFC that expands a character repeats
its index, NFC that composes maps to the first composed character).
"""

import re
import unicodedata
from collections.abc import Callable

from loaders.bylines import is_byline_line, starts_with_dateline
from loaders.document import NormalisedText

#: A line ending in a pause mark joins the next one when it is at least this long.
MIN_PAUSE_LINE = 8
#: A line ending in a plain character joins the next one when it is at least this long (headlines are
#: shorter: the longest in the dev set has 40 characters)…
MIN_BODY_LINE = 46
#: …or when it holds a sentence end and is at least this long…
MIN_SENTENCE_LINE = 20
#: …or when it holds a pause mark and is at least this long.
MIN_CLAUSE_LINE = 30

#: The shortest caption (活动现场); a shorter line after a break is a split word.
MIN_CAPTION = 4
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))

_PAUSE = frozenset("、，；,;")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_MARK = re.compile(r"[，；,;]")
_EDGE_SPACE = re.compile(r"[ \t\f\v\u3000\xa0]+(?=\n|$)|(?:(?<=\n)|^)[ \t\f\v\u3000\xa0]+")
_BLANK_RUN = re.compile(r"\n{3,}")
_OUTER_SPACE = re.compile(r"^\s+|\s+$")
_BREAK = re.compile(r"\n+")

_Step = Callable[[str, list[int]], tuple[str, list[int]]]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _delete(text: str, offsets: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Remove the given sorted, disjoint spans from the text and from its offsets alike."""
    if not spans:
        return text, offsets
    parts: list[str] = []
    kept: list[int] = []
    pos = 0
    for start, end in spans:
        parts.append(text[pos:start])
        kept += offsets[pos:start]
        pos = end
    parts.append(text[pos:])
    kept += offsets[pos:]
    return "".join(parts), kept


def _unify_newlines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    if "\r" not in text:
        return text, offsets
    text, offsets = _delete(text, offsets, [(m.start(), m.start() + 1) for m in re.finditer("\r\n", text)])
    return text.replace("\r", "\n"), offsets


def _nfc(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    if unicodedata.is_normalized("NFC", text):
        return text, offsets
    out: list[str] = []
    kept: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            cluster = unicodedata.normalize("NFC", text[start:i])
            kept += offsets[start:i] if cluster == text[start:i] else [offsets[start]] * len(cluster)
            out.append(cluster)
            start = i
    return "".join(out), kept


def _regex_deleter(pattern: re.Pattern[str], keep: int = 0) -> _Step:
    def step(text: str, offsets: list[int]) -> tuple[str, list[int]]:
        return _delete(text, offsets, [(m.start() + keep, m.end()) for m in pattern.finditer(text)])

    return step


def _open_bracket(line: str) -> bool:
    """Whether a title, bracket or quote opened in ``line`` is still open at its end."""
    return any(line.count(opener) > line.count(closer) for opener, closer in _PAIRS)


def _caption_like(line: str) -> bool:
    """A short line with no punctuation inside or at its end: a caption or a subhead, which starts its
    own paragraph (a hard-wrapped sentence ends with its closing mark on the last piece)."""
    return (
        MIN_CAPTION <= len(line) < MIN_BODY_LINE
        and (_is_cjk(line[-1]) or line[-1].isalnum())
        and _SENTENCE_END.search(line) is None
        and _CLAUSE_MARK.search(line) is None
    )


def continues(line: str, next_line: str) -> bool:
    """Whether the break between two adjacent lines is a hard line break inside a sentence."""
    if not line or not next_line:
        return False
    last, first = line[-1], next_line[0]
    quoted = first == "“" and _is_cjk(last)  # …教授喜获 ⏎⏎ “全国优秀教师”称号。: a quoted object goes on
    if not (_is_cjk(first) or first.isalnum() or first == "《" or quoted) or (last.isascii() and first.isascii()):
        return False  # between two Latin words a join would need a space: leave such breaks alone
    if last in _PAUSE:
        joins = len(line) >= MIN_PAUSE_LINE
    elif _is_cjk(last) or last.isalnum():
        joins = (_open_bracket(line) or not _caption_like(next_line)) and (
            len(line) >= MIN_BODY_LINE
            or (len(line) >= MIN_SENTENCE_LINE and _SENTENCE_END.search(line) is not None)
            or (len(line) >= MIN_CLAUSE_LINE and _CLAUSE_MARK.search(line) is not None)
        )
    else:
        joins = False
    # (a paragraph opening with a dateline, 本报讯…, starts a report: never the rest of a subtitle)
    return joins and not is_byline_line(line) and not is_byline_line(next_line) and not starts_with_dateline(next_line)


def _join_split_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """One left-to-right pass; the line before a break is the line as already joined."""
    breaks = list(_BREAK.finditer(text))
    spans: list[tuple[int, int]] = []
    line = text[: breaks[0].start()] if breaks else ""
    for k, match in enumerate(breaks):
        next_end = breaks[k + 1].start() if k + 1 < len(breaks) else len(text)
        next_line = text[match.end() : next_end]
        if continues(line, next_line):
            spans.append(match.span())
            line += next_line
        else:
            line = next_line
    return _delete(text, offsets, spans)


def _join_until_stable(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    while True:
        joined, offsets = _join_split_lines(text, offsets)
        if len(joined) == len(text):
            return text, offsets
        text = joined


_STEPS: tuple[_Step, ...] = (
    _unify_newlines,
    _nfc,
    _regex_deleter(_EDGE_SPACE),
    _regex_deleter(_BLANK_RUN, keep=2),
    _regex_deleter(_OUTER_SPACE),
    _join_until_stable,
)


def normalise(text: str) -> NormalisedText:
    """Normalised text with its offset map into ``text``. Idempotent on its own output."""
    offsets = list(range(len(text)))
    for step in _STEPS:
        text, offsets = step(text, offsets)
    return NormalisedText(text=text, offsets=offsets)
