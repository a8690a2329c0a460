"""Split a normalised page into its stories: headline, byline, and the span of text each covers.

A page is read line by line. Each line is one of: a continuation marker (``(上接第1版)``, ``(下转第2版)``), a
byline line (``本报记者 X/文 Y/摄``), a line of bare names (``A B C``, each with a common surname), a
headline-like line (short, no closing punctuation) or body text.

A story ends at its trailing byline (or a ``下转`` marker, or a paragraph closing with ``（文/X）``). What
follows a closed story opens a new one: a headline, or, for ``(上接第N版)`` (the rest of a story begun on
another page) or plain text, a story without a headline. An open story is interrupted only by a headline
whose body opens like a news report (``本报讯(记者 X)``, ``X网讯``, a byline line): other short lines inside
a story are subheads or captions and stay in it. Headline-like lines right after a headline are its
subheadlines. Bylines at the start of a paragraph (``本报讯(记者 林晓峰)``) belong to their story.
"""

import re
from dataclasses import dataclass, field
from enum import Enum, auto

from graph.model import Article, BylineEntry
from loaders.bylines import (
    lead_byline,
    parse_byline_line,
    parse_names_line,
    starts_with_dateline,
    tail_byline,
)

#: Headlines (and subheadlines) are at most this long; body paragraphs are longer or end a sentence.
MAX_HEADLINE = 50
#: How many subheadline or byline lines may stand between a headline and its first paragraph.
MAX_LOOKAHEAD = 3

_NUMBER = r"[0-9０-９一二三四五六七八九十百]+"
_CONTINUED_FROM = re.compile(rf"^[（(]\s*上接第?\s*{_NUMBER}\s*版\s*[)）]$")
_CONTINUED_ON = re.compile(rf"[（(]\s*(?:下转|转|转下)第?\s*{_NUMBER}\s*版\s*[)）]$")
_LINE = re.compile(r"[^\n]+")
_FINAL = "。！？!?…；;：:"
_CLOSERS = "”’」』）)》】"


class Kind(Enum):
    CONTINUED_FROM = auto()
    CONTINUED_ON = auto()
    BYLINE = auto()
    HEADLINE = auto()
    BODY = auto()


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: Kind
    byline: tuple[BylineEntry, ...] = ()


@dataclass
class _Story:
    start: int
    end: int
    headline: str = ""
    byline: list[BylineEntry] = field(default_factory=list)
    has_body: bool = False
    closed: bool = False

    def add_byline(self, entries: tuple[BylineEntry, ...] | list[BylineEntry]) -> None:
        for entry in entries:
            if entry not in self.byline:
                self.byline.append(entry)


def is_headline_like(text: str) -> bool:
    """Short and without closing punctuation (a closing quote counts only after a sentence end)."""
    text = text.rstrip()
    if not text or len(text) > MAX_HEADLINE or starts_with_dateline(text):
        return False
    core = text.rstrip(_CLOSERS) or text
    return core[-1] not in _FINAL


def classify(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their kind."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        if stripped := line.strip():
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped), stripped))
    lines: list[Line] = []
    for i, (start, end, line) in enumerate(spans):
        next_line = spans[i + 1][2] if i + 1 < len(spans) else ""
        lines.append(_classify_line(start, end, line, next_line))
    return lines


def _classify_line(start: int, end: int, line: str, next_line: str) -> Line:
    if _CONTINUED_FROM.match(line):
        return Line(start, end, line, Kind.CONTINUED_FROM)
    if _CONTINUED_ON.fullmatch(line) or (_CONTINUED_ON.search(line) and len(line) <= 12):
        return Line(start, end, line, Kind.CONTINUED_ON)
    entries = parse_byline_line(line) or parse_names_line(line) or (
        parse_names_line(line, min_names=1) if parse_byline_line(next_line) else None
    )
    if entries:
        return Line(start, end, line, Kind.BYLINE, tuple(entries))
    if is_headline_like(line):
        return Line(start, end, line, Kind.HEADLINE)
    return Line(start, end, line, Kind.BODY)


def _opens_report(lines: list[Line], i: int) -> bool:
    """Whether the headline at ``i`` is followed (after subheadlines) by a byline or a dateline paragraph."""
    for line in lines[i + 1 : i + 1 + MAX_LOOKAHEAD]:
        if line.kind is Kind.BYLINE:
            return True
        if line.kind is Kind.BODY:
            return starts_with_dateline(line.text) or bool(lead_byline(line.text))
        if line.kind is not Kind.HEADLINE:
            return False
    return False


class _Page:
    """Walks the lines of a page and groups them into stories."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.stories: list[_Story] = []

    def _open(self, line: Line, headline: str = "") -> _Story:
        story = _Story(line.start, line.end, headline=headline)
        self.stories.append(story)
        return story

    def _current(self, line: Line) -> _Story:
        """The story a non-headline line belongs to: the open one, or a new one after a closed story."""
        story = self.stories[-1] if self.stories else None
        return self._open(line) if story is None or story.closed else story

    def byline(self, line: Line) -> None:
        story = self.stories[-1] if self.stories else self._open(line)
        story.add_byline(line.byline)
        story.end = line.end
        story.closed = story.closed or story.has_body  # a byline before any body is a lead byline

    def continued_from(self, line: Line) -> None:
        self._current(line).end = line.end

    def continued_on(self, line: Line) -> None:
        story = self.stories[-1] if self.stories else self._open(line)
        story.end, story.closed = line.end, True

    def headline(self, line: Line, i: int) -> None:
        story = self.stories[-1] if self.stories else None
        if story is None or story.closed or (story.has_body and _opens_report(self.lines, i)):
            self._open(line, headline=line.text)
        elif not story.has_body:
            story.end = line.end  # a subheadline
        else:
            self.body(line)  # a subhead or caption inside the story

    def body(self, line: Line) -> None:
        story = self._current(line)
        story.has_body = True
        story.end = line.end
        story.add_byline(lead_byline(line.text))
        if tail := tail_byline(line.text):
            story.add_byline(tail)
            story.closed = True
        if _CONTINUED_ON.search(line.text):
            story.closed = True


def split_articles(text: str) -> list[Article]:
    """The stories of a normalised page, in order; offsets index ``text``."""
    lines = classify(text)
    page = _Page(lines)
    for i, line in enumerate(lines):
        match line.kind:
            case Kind.BYLINE:
                page.byline(line)
            case Kind.CONTINUED_FROM:
                page.continued_from(line)
            case Kind.CONTINUED_ON:
                page.continued_on(line)
            case Kind.HEADLINE:
                page.headline(line, i)
            case Kind.BODY:
                page.body(line)
    return [
        Article(ordinal=n, headline=s.headline, start=s.start, end=s.end, byline=s.byline)
        for n, s in enumerate(page.stories)
    ]
