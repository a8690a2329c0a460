"""Sentence splitting with offsets: sentences end at 。！？ or at a line end; the headline is one too."""

import re
from bisect import bisect_right
from typing import NamedTuple

from graph.model import Article

_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


class Sentence(NamedTuple):
    """A sentence with its offsets (a tuple: a frozen dataclass is several times dearer to build)."""

    text: str
    start: int
    end: int
    article: int
    paragraph: int
    index: int


class SentenceIndex:
    """Which sentence holds an offset, by binary search over sentence starts."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, pos: int) -> Sentence | None:
        i = bisect_right(self._starts, pos) - 1
        return self.sentences[i] if i >= 0 else None

    def article(self, pos: int) -> int:
        s = self.at(pos)
        return s.article if s is not None else (self.sentences[0].article if self.sentences else 0)


def article_of(articles: list[Article], offset: int) -> int:
    """Ordinal of the article holding ``offset`` (the last one starting at or before it)."""
    ordinal = articles[0].ordinal if articles else 0
    for art in articles:
        if art.start <= offset:
            ordinal = art.ordinal
    return ordinal


def split_sentences(text: str, articles: list[Article]) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    for m in _END.finditer(text):
        raw = m.group(0)
        if not raw:
            continue
        if raw == "\n":
            paragraph += 1
            continue
        body = raw.rstrip("\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            start = m.start() + lead
            out.append(
                Sentence(stripped, start, start + len(stripped), article_of(articles, start), paragraph, len(out))
            )
        if raw.endswith("\n"):
            paragraph += 1
    return out
