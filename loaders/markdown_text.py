"""The readable text of a Markdown post (Hugo/Hexo style), with its front matter read for title and date.

Removed: the ``---``/``+++`` front matter, image lines, emphasis marks (``**``, ``__``), heading and quote
markers, HTML comments such as ``<!--more-->`` (together with the line breaks around them when they split
a sentence), inline HTML tags (``<br>`` becomes a line break), link targets (the link text stays). Nothing
else is changed. When the body does not start with the front-matter title, the title is put first as the
headline.
"""

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$", re.M)
_IMAGE_LINE = re.compile(r"^[ \t]*(?:!\[[^\]]*\]\([^)]*\)[ \t]*)+$\n?", re.M)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_COMMENT = re.compile(r"[ \t]*\n*[ \t]*<!--.*?-->[ \t]*\n*[ \t]*", re.S)
_EMPHASIS = re.compile(r"\*\*|__")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.M)
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SENTENCE_END = "。！？!?…”’」』）)"


@dataclass(frozen=True)
class MarkdownPage:
    text: str
    title: str = ""
    date: str | None = None
    source: str = ""


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _drop_comment(match: re.Match[str]) -> str:
    """A comment between paragraphs leaves a paragraph break; one splitting a sentence leaves nothing."""
    before = match.string[: match.start()].rstrip()
    if "\n" not in match.group() or not before or match.end() == len(match.string):
        return ""
    return "\n\n" if before[-1] in _SENTENCE_END else ""


def markdown_to_text(markdown: str) -> MarkdownPage:
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(markdown)
    if match:
        fields = {m["key"].lower(): _unquote(m["value"]) for m in _FIELD.finditer(match["body"])}
        markdown = markdown[match.end() :]
    text = _COMMENT.sub(_drop_comment, markdown)
    text = _IMAGE_LINE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", _TAG.sub("", _BR.sub("\n", text)))
    text = _BLANK_RUN.sub("\n\n", _LINE_MARK.sub("", text)).strip()
    title = fields.get("title", "")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    source = fields.get("url") or fields.get("source") or fields.get("link") or ""
    return MarkdownPage(text=text, title=title, date=fields.get("date") or None, source=source)
