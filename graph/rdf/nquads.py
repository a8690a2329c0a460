"""N-Triples terms and a buffer of quads kept as N-Quads text, the fastest way to hand millions of
statements from Python to pyoxigraph (which parses and checks every line in Rust).
"""

import re
from collections.abc import Iterator
from typing import Any

from ..errors import ConfigurationError
from .vocab import XSD

#: An absolute IRI as N-Triples writes it between angle brackets: a scheme, no space, quote or bracket.
_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\]*$')

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_INTEGER = f"^^<{XSD}integer>"


def iri(value: str) -> str:
    return f"<{value}>"


def check_iri(value: Any, what: str) -> str:
    """``value`` when it can be written as an IRI; a :class:`ConfigurationError` naming ``what`` otherwise.

    Every IRI the export writes is a stored node ``uri`` or the base IRI plus percent-encoded keys, so
    checking those two is enough for N-Triples lines written without a parser.
    """
    if not isinstance(value, str) or not _IRI.match(value):
        raise ConfigurationError(
            f"{what} is {value!r}, not an absolute IRI; node IRIs are made from CRAFTGRAPH_BASE_IRI when "
            "documents are loaded: set it to an IRI such as https://example.org/id/ and reload"
        )
    return value


def string(value: str) -> str:
    return f'"{value.translate(_ESCAPES)}"'


def tagged(value: str, language: str) -> str:
    """A language-tagged string (``"张三"@zh``)."""
    return f'"{value.translate(_ESCAPES)}"@{language}'


def typed(value: str, datatype: str) -> str:
    return f'"{value.translate(_ESCAPES)}"^^<{datatype}>'


def integer(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


class QuadLines:
    """Statements as N-Triples text (``<s> <p> o``), each in the default graph or a named graph, each once.

    The mapping gives every graph its own subjects (entities in the default graph; documents, articles,
    statements and evidence in their document's graph), so the merged graph is the concatenation.
    """

    def __init__(self) -> None:
        self._default: dict[str, None] = {}
        self._named: dict[str, dict[str, None]] = {}

    def add(self, subject: str, predicate: str, obj: str, graph: str | None = None) -> None:
        if graph is None:
            self._default[f"{subject} {predicate} {obj}"] = None
        else:
            lines = self._named.get(graph)
            if lines is None:
                lines = self._named[graph] = {}
            lines[f"{subject} {predicate} {obj}"] = None

    def __len__(self) -> int:
        return len(self._default) + sum(len(lines) for lines in self._named.values())

    def graph_names(self) -> list[str]:
        return list(self._named)

    def ntriples(self) -> Iterator[bytes]:
        """Every statement as one N-Triples line, the named graphs merged into the default graph."""
        yield from _chunks(self._default, " .\n")
        for lines in self._named.values():
            yield from _chunks(lines, " .\n")

    def nquads(self) -> Iterator[bytes]:
        yield from _chunks(self._default, " .\n")
        for graph, lines in self._named.items():
            yield from _chunks(lines, f" {graph} .\n")


def _chunks(lines: dict[str, None], end: str, size: int = 50_000) -> Iterator[bytes]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield (end.join(batch) + end).encode("utf-8")
            batch = []
    if batch:
        yield (end.join(batch) + end).encode("utf-8")
