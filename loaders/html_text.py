"""The readable text of an HTML page, with the standard library's :mod:`html.parser`.

``<head>``, ``script``, ``style`` and the like are dropped; block elements become paragraph breaks and
``<br>`` a line break; source-code line breaks inside a paragraph are whitespace, and vanish between two
Chinese characters. The title is the first ``<h1>``, else ``<title>``; when the body does not show it, it
is put first as the headline. The page's canonical URL (``<link rel="canonical" href="https://...">``, an
absolute http(s) URL) is kept: it names the document better than the file it was saved to.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object"})
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
     "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
     "section", "table", "tr", "ul", "td", "th", "caption", "center", "title", "body", "html"}
)
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed"})
_CJK = "\u2014-\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\r\n]*\n[ \t\r\n]*(?=[{_CJK}])")
_SPACE_RUN = re.compile(r"[ \t\r\n]+")
_BREAKS = re.compile(r"[ \t]*\n[ \t\n]*")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str
    canonical: str = ""


def _canonical(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    """The href of ``<link rel="canonical">`` when it is an absolute http(s) URL, else ""."""
    if tag != "link":
        return ""
    values = {name.lower(): (value or "").strip() for name, value in attrs}
    if "canonical" not in values.get("rel", "").lower().split():
        return ""
    href = values.get("href", "")
    return href if re.match(r"^https?://[^\s/]+", href, re.IGNORECASE) else ""


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip_depth = 0
        self.h1: list[str] | None = None
        self.h1_text = ""
        self.title_parts: list[str] | None = None
        self.title_text = ""
        self.canonical = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.canonical = self.canonical or _canonical(tag, attrs)
        if tag == "title" and not self.title_text:
            self.title_parts = []
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag == "br":
            self.chunks.append("\n")
        elif tag in _BLOCK:
            self.chunks.append("\n\n")
        if tag == "h1" and not self.h1_text:
            self.h1 = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.canonical = self.canonical or _canonical(tag, attrs)
        if tag == "br":
            self.chunks.append("\n")
        elif tag in _BLOCK:
            self.chunks.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK:
            self.chunks.append("\n\n")
        if tag == "title" and self.title_parts is not None:
            self.title_text = _inline("".join(self.title_parts))
            self.title_parts = None
        if tag == "h1" and self.h1 is not None:
            self.h1_text = _inline("".join(self.h1))
            self.h1 = None

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        if self.h1 is not None:
            self.h1.append(data)
        self.chunks.append(_CJK_GAP.sub("", data).replace("\n", " ") if "\n" in data else data)


def _inline(text: str) -> str:
    return _SPACE_RUN.sub(" ", _CJK_GAP.sub("", text)).strip()


def html_to_text(html: str) -> HtmlPage:
    """Paragraph text and title of an HTML document."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.chunks)
    text = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    text = _BREAKS.sub(lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text).strip()
    title = parser.h1_text or parser.title_text
    if title and title not in text:
        text = f"{title}\n\n{text}" if text else title
    return HtmlPage(text=text, title=title, canonical=parser.canonical)
