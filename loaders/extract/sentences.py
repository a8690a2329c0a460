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
    position: int  # the place of the sentence in the document (0, 1, ...)


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
    # one article (or none): every sentence has its ordinal, found without a call per sentence
    single = articles[0].ordinal if len(articles) == 1 else 0 if not articles else None
    for m in _END.finditer(text):
        raw = m.group(0)
        if raw == "\n":
            paragraph += 1
            continue
        if not raw:
            continue
        # (a match holds one newline at most, at its end: stripping it with the rest changes nothing)
        stripped = raw.strip()
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip())
            article = single if single is not None else article_of(articles, start)
            out.append(Sentence(stripped, start, start + len(stripped), article, paragraph, len(out)))
        if raw[-1] == "\n":
            paragraph += 1
    return out
