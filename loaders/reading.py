"""Find input files and read them into :class:`RawDocument` values.

Formats: ``.txt``; ``.md`` (front matter removed, its ``title`` and ``date`` kept; image lines, emphasis marks,
link targets and HTML comments dropped); ``.html``/``.htm`` (body text via :mod:`html.parser`); ``.jsonl``
(one ``{"text", "url", "source", "published"}`` object a line, each its own document named ``file.jsonl#L<n>``).

Sources. A document's ``source`` names it for everyone who reads the graph, and is its identity when it
changes (:mod:`loaders.load_service`): the page's URL where the input has one (Markdown front matter, an HTML
``<link rel="canonical">``, a JSON Lines ``url`` or ``source``), else the file's path relative to its *root*:
the folder given to ``load`` (a file given by itself: its own folder), or ``CRAFTGRAPH_SOURCE_ROOT`` when
that is set (:func:`input_files`). ``iter_file`` without a root keeps the path as given.

Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030 (a superset of GBK and GB2312), tried strictly in
that order. Bytes that decode but are mostly control characters are rejected as binary.

JSON Lines: a malformed line does not spoil its neighbours. :func:`iter_file` yields an :class:`InputError`
in place of that line and documents for the others (the pipeline turns it into an error outcome);
:func:`read_file` is the strict form and raises the first error.
"""

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from loaders.document import RawDocument
from loaders.html_text import html_to_text
from loaders.markdown_text import markdown_to_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_FOLDER_DOCS = frozenset({"README", "LICENSE", "CHANGELOG", "CONTRIBUTING"})
_BINARY_SHARE = 0.05
_SNIFF_BYTES = 8192
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass(frozen=True)
class InputFile:
    """A file to read and the folder its documents' sources are relative to."""

    path: Path
    root: Path

    @property
    def source(self) -> str:
        """The file's path relative to its root, with ``/`` separators (``2023/07/page.txt``)."""
        return source_name(self.path, self.root)


def source_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (both absolute), ``/``-separated; InputError when it is not inside."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        raise InputError(
            f"{path}: not inside CRAFTGRAPH_SOURCE_ROOT {root}; document sources are paths relative to that "
            "folder, so load files under it or unset the setting (then sources are relative to the folder given)"
        ) from None


def is_absolute_source(source: str | None) -> bool:
    """A source stored by craftgraph before sources were relative: an absolute file path (POSIX or Windows)."""
    if not source:
        return False
    return source.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", source) is not None


def iter_input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The readable files named by ``paths`` (see :func:`input_files`)."""
    return [item.path for item in input_files(paths)]


def input_files(paths: Iterable[str | Path], source_root: Path | None = None) -> list[InputFile]:
    """The readable files named by ``paths``: files as given, folders searched recursively (sorted), each
    with the root its sources are relative to (``source_root``, else the folder given, else the file's folder).

    Inside folders only supported extensions are taken (``*.gold.json`` and others are skipped, as are
    hidden files and folders, and a folder's own README/LICENSE/CHANGELOG, which describe it rather than
    report news). A missing path, a folder without readable files, an explicitly named unsupported file or
    a file outside ``source_root`` raises InputError.
    """
    found: list[InputFile] = []
    seen: set[Path] = set()
    fixed_root = source_root.resolve() if source_root is not None else None
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            candidates = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p.relative_to(path)))
            if not candidates:
                raise InputError(f"{path}: folder holds no {', '.join(SUPPORTED_SUFFIXES)} files")
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            candidates = [path]
        else:
            raise InputError(
                f"{path}: unsupported file type {path.suffix or '(no extension)'!r}; "
                f"expected one of {', '.join(SUPPORTED_SUFFIXES)}"
            )
        root = fixed_root or (path.resolve() if path.is_dir() else path.resolve().parent)
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                item = InputFile(candidate, root)
                source_name(key, root)  # a file outside CRAFTGRAPH_SOURCE_ROOT stops the command here
                found.append(item)
    return found


def _wanted(relative: Path) -> bool:
    if any(part.startswith(".") for part in relative.parts):
        return False
    if relative.stem.upper() in _FOLDER_DOCS:
        return False
    return relative.suffix.lower() in SUPPORTED_SUFFIXES


def read_file(path: str | Path) -> list[RawDocument]:
    """Every document in ``path``; raises InputError on the first problem."""
    documents = []
    for item in iter_file(path):
        if isinstance(item, InputError):
            raise item
        documents.append(item)
    return documents


def iter_file(path: str | Path, root: Path | None = None) -> Iterator[RawDocument | InputError]:
    """Documents of one file; for JSON Lines a bad line yields an InputError and the others still load.

    Sources are relative to ``root`` (an absolute folder holding the file); without one, the path as given.
    A JSON Lines line without its own ``url``/``source`` gets an empty source: the file's name is shared by
    all its lines, which is no identity. A problem with the file as a whole (missing, empty, binary,
    undecodable) is yielded as the only item.
    """
    path = Path(path)
    try:
        text, encoding = decode(path)
        file_source = source_name(path.resolve(), root) if root is not None else str(path)
    except InputError as error:
        yield error
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _iter_jsonl(path, text, encoding, file_source if root is None else "")
        return
    try:
        yield _document(path, text, encoding, file_source)
    except InputError as error:
        yield error


def decode(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read in; InputError when it is empty, binary or undecodable."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    text, encoding = _decode_bytes(path, data)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    if _looks_binary(text):
        raise InputError(f"{path}: looks like a binary file, not text")
    return text, encoding


def _decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"{path}: looks like a binary file, not text")
    else:
        decoded = [(text, enc) for enc in ("utf-8-sig", "gb18030") if (text := _strict(data, enc)) is not None]
        if decoded:
            # Short GBK text can also be valid UTF-8 (住 = D7 A1 = Hebrew ס): take the reading that looks
            # more like Chinese or plain text; on a tie, UTF-8.
            text, encoding = max(decoded, key=lambda pair: _plausibility(pair[0]))
            if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
                encoding = "utf-8"
            return text, encoding
    raise InputError(
        f"{path}: looks like a binary file, not text: it is neither UTF-8 nor GB18030 (save text files as UTF-8)"
    )


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    """Share of characters that Chinese news text is made of: Latin-1, CJK, CJK and general punctuation."""
    sample = text[:_SNIFF_BYTES]
    usual = sum(
        1
        for ch in sample
        if ch <= "\u00ff" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        or "\u2010" <= ch <= "\u206f" or ch == "\ufeff"
    )
    return usual / max(len(sample), 1)


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for ch in sample if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch in "\x7f\ufffd")
    return controls > _BINARY_SHARE * len(sample)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a date-like string (``2023-7-28``, ``2023/07/28 10:00``, ``2023年7月28日``)."""
    if value is None:
        return None
    match = _DATE.search(str(value))
    if not match:
        return str(value).strip() or None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def _document(path: Path, text: str, encoding: str, source: str) -> RawDocument:
    suffix = path.suffix.lower()
    title, published = "", None
    if suffix == ".md":
        page = markdown_to_text(text)
        text, title, published = page.text, page.title, normalise_date(page.date)
        source = page.source or source
    elif suffix in (".html", ".htm"):
        html_page = html_to_text(text)
        text, title = html_page.text, html_page.title
        source = html_page.canonical or source
    if not text.strip():
        raise InputError(f"{path}: file is empty (no text left after removing markup)")
    return RawDocument(
        doc=path.name, text=text, sha256=sha256_of(text), source=source, published=published,
        encoding=encoding, title=title,
    )


def _iter_jsonl(path: Path, text: str, encoding: str, file_source: str) -> Iterator[RawDocument | InputError]:
    any_line = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{path}: line {number}"
        try:
            yield _jsonl_document(path, number, line, encoding, where, file_source)
        except InputError as error:
            yield error
    if not any_line:
        yield InputError(f"{path}: file is empty")


def _jsonl_document(path: Path, number: int, line: str, encoding: str, where: str, file_source: str) -> RawDocument:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno}); truncated line?") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: the \"text\" field is missing or empty")
    for field in ("url", "source", "published", "title"):
        if obj.get(field) is not None and not isinstance(obj[field], str):
            raise InputError(f"{where}: the {field!r} field must be a string")
    source = (obj.get("url") or "").strip() or (obj.get("source") or "").strip() or file_source
    return RawDocument(
        doc=f"{path.name}#L{number}", text=body, sha256=sha256_of(body), source=source,
        published=normalise_date(obj.get("published")), encoding=encoding, title=obj.get("title") or "",
    )
