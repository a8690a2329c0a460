"""The catalogue of named Cypher queries: the ``*.cypher`` files beside this module.

Each file starts with a comment header::

    // Who spoke at a forum, with their role and the evidence sentence.
    // params: name

The first comment lines (other than ``params:``) are the description; ``params:`` names the parameters,
comma separated, each optionally followed by a note in parentheses (no parameters: ``// params:``).
``name.cypher`` runs unchanged on every engine; where the dialects differ a query has one file per
engine, ``name.embedded.cypher`` and ``name.neo4j.cypher``.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.errors import UnknownQueryError

ENGINES: tuple[str, ...] = ("embedded", "neo4j")
QUERY_DIR = Path(__file__).resolve().parent

_PARAMS_LINE = re.compile(r"^params\s*:(.*)$", re.IGNORECASE)
_NOTE = re.compile(r"\([^)]*\)")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FILE_NAME = re.compile(r"^(?P<name>[a-z0-9_]+?)(?:\.(?P<engine>[a-z0-9]+))?\.cypher$")


@dataclass(frozen=True)
class Header:
    description: str
    params: tuple[str, ...]


@dataclass(frozen=True)
class NamedQuery:
    """One named question. ``text`` and ``params`` are those of ``engine``; a query from
    :func:`list_queries` is bound to no engine and lists the parameters of all its variants."""

    name: str
    description: str
    texts: Mapping[str, str] = field(repr=False)
    headers: Mapping[str, Header] = field(repr=False)
    engine: str | None = None
    files: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.texts[self.engine or self.engines[0]]

    @property
    def params(self) -> tuple[str, ...]:
        if self.engine is not None:
            return self.headers[self.engine].params
        return tuple(dict.fromkeys(p for e in self.engines for p in self.headers[e].params))

    @property
    def engines(self) -> tuple[str, ...]:
        return tuple(e for e in ENGINES if e in self.texts)

    def for_engine(self, engine: str) -> "NamedQuery":
        if engine not in self.texts:
            raise UnknownQueryError(
                f"named query {self.name!r} has no variant for the {engine} store "
                f"(it exists for: {', '.join(self.engines)})"
            )
        return NamedQuery(self.name, self.description, self.texts, self.headers, engine, self.files)


def _param_names(declared: str, source: str) -> tuple[str, ...]:
    """``a, b (what b is), c`` → ``("a", "b", "c")``: a parenthesised note may follow each name."""
    names = []
    for part in _NOTE.sub("", declared).split(","):
        name = part.strip().lstrip("$")
        if not name:
            continue
        if not _IDENTIFIER.fullmatch(name):
            raise UnknownQueryError(f"{source}: {name!r} in the params line is not a parameter name")
        names.append(name)
    return tuple(names)


def parse_header(text: str, source: str = "<query>") -> Header:
    """The description and parameters from the leading ``//`` comment lines of a query file."""
    description: list[str] = []
    params: tuple[str, ...] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        found = _PARAMS_LINE.match(body)
        if found:
            params = _param_names(found.group(1), source)
        elif body:
            description.append(body)
    if not description:
        raise UnknownQueryError(f"{source}: the file must start with a '// what it answers' comment line")
    if params is None:
        raise UnknownQueryError(f"{source}: the header must name its parameters ('// params: a, b' or '// params:')")
    return Header(" ".join(description), params)


def _load(directory: Path) -> dict[str, NamedQuery]:
    variants: dict[str, dict[str, tuple[Path, str]]] = {}
    for path in sorted(directory.glob("*.cypher")):
        match = _FILE_NAME.match(path.name)
        if match is None:
            raise UnknownQueryError(f"{path}: query file names are lower_snake_case[.engine].cypher")
        engine = match.group("engine")
        if engine is not None and engine not in ENGINES:
            raise UnknownQueryError(f"{path}: unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
        text = path.read_text(encoding="utf-8")
        name = match.group("name")
        for target in [engine] if engine else ENGINES:
            variants.setdefault(name, {}).setdefault(target, (path, text))
            if engine:  # an engine's own file wins over the shared one
                variants[name][target] = (path, text)
    queries: dict[str, NamedQuery] = {}
    for name, per_engine in variants.items():
        headers = {e: parse_header(text, str(path)) for e, (path, text) in per_engine.items()}
        first = headers[next(e for e in ENGINES if e in headers)]
        files = tuple(sorted({p.name for p, _ in per_engine.values()}))
        texts = {e: text for e, (_, text) in per_engine.items()}
        queries[name] = NamedQuery(name, first.description, texts, headers, files=files)
    return queries


@lru_cache(maxsize=4)
def _catalogue(directory: Path = QUERY_DIR) -> dict[str, NamedQuery]:
    return _load(directory)


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return [q for _, q in sorted(_catalogue().items())]


def get_query(name: str, engine: str = ENGINES[0]) -> NamedQuery:
    """The named query with ``text`` for ``engine`` (a store's ``name``)."""
    queries = _catalogue()
    try:
        query = queries[name]
    except KeyError:
        raise UnknownQueryError(
            f"no named query {name!r}; known: {', '.join(sorted(queries))} (craftgraph query --list)"
        ) from None
    return query.for_engine(engine)
