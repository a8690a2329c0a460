"""The values that flow through a loader: a raw document, its normalised text, its articles.

file ──read──▶ RawDocument ──normalise──▶ NormalisedText ──split──▶ [Article] ──extract──▶ ExtractionRecord
"""

from dataclasses import dataclass, field

from graph.model import Article


@dataclass(frozen=True)
class RawDocument:
    """One document as read from disk, decoded, before any repair.

    ``doc`` names it (file name, or ``file.jsonl#line`` for JSON Lines); ``sha256`` digests the decoded
    text as UTF-8 so that the same story in two encodings is one document.
    """

    doc: str
    text: str
    sha256: str
    source: str = ""
    published: str | None = None
    encoding: str = "utf-8"
    #: The page's own title (HTML ``<h1>``/``<title>``, Markdown front matter), when the format has one.
    title: str = ""


@dataclass(frozen=True)
class NormalisedText:
    """Text after line-break repair; ``offsets[i]`` is the index in the original of character ``i``."""

    text: str
    offsets: list[int] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class PreparedDocument:
    """What the extractor receives: the raw document, its normalised text and its articles."""

    raw: RawDocument
    normalised: NormalisedText
    articles: list[Article]

    @property
    def text(self) -> str:
        return self.normalised.text
