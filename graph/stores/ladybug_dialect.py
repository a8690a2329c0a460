"""The embedded store's Cypher dialect next to Neo4j's: accept the Neo4j forms that have a direct
equivalent, and name the embedded form in the error where there is none.

``translate`` rewrites Neo4j function names the engine lacks into the ones it has (``type(r)`` →
``label(r)``), outside string literals, quoted names and comments. ``hint`` explains a rejected query
that uses a Neo4j form with no direct equivalent (list comprehensions, ``shortestPath``), naming the form
to write instead and the README's note on the dialect (``DIALECT_NOTE``).
"""

import re
from dataclasses import dataclass

#: Where the README describes the dialect (the heading "The embedded store's Cypher dialect").
DIALECT_NOTE = "README.md#the-embedded-stores-cypher-dialect"

#: Neo4j functions the engine lacks, by lower-case name → the embedded function with the same meaning.
#: (toInteger, toString … are not here: the engine's to_int64 rounds and to_string pads floats, so they differ.)
FUNCTION_EQUIVALENTS: dict[str, str] = {"type": "label"}

# A piece of Cypher that is not code: a string literal, a back-quoted name or a comment.
_NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_FUNCTION_CALL = re.compile(
    r"(?<![\w.$])(" + "|".join(re.escape(name) for name in FUNCTION_EQUIVALENTS) + r")(\s*\()", re.IGNORECASE
)


def _code_spans(query: str) -> list[tuple[int, int, bool]]:
    """``query`` cut into (start, end, is_code) spans."""
    spans: list[tuple[int, int, bool]] = []
    position = 0
    for match in _NOT_CODE.finditer(query):
        if match.start() > position:
            spans.append((position, match.start(), True))
        spans.append((match.start(), match.end(), False))
        position = match.end()
    if position < len(query):
        spans.append((position, len(query), True))
    return spans


def code_only(query: str) -> str:
    """``query`` with string literals, quoted names and comments blanked (same length, same offsets)."""
    return "".join(query[a:b] if code else " " * (b - a) for a, b, code in _code_spans(query))


def translate(query: str) -> str:
    """``query`` with the Neo4j functions that have an embedded equivalent renamed (``type(r)`` → ``label(r)``)."""
    if not _FUNCTION_CALL.search(query):
        return query
    parts = []
    for a, b, code in _code_spans(query):
        piece = query[a:b]
        if code:
            piece = _FUNCTION_CALL.sub(lambda m: FUNCTION_EQUIVALENTS[m.group(1).lower()] + m.group(2), piece)
        parts.append(piece)
    return "".join(parts)


@dataclass(frozen=True)
class NeoForm:
    """A Neo4j form the embedded store has no direct equivalent for, and what to write there instead."""

    name: str
    pattern: re.Pattern[str]
    instead: str


NEO4J_ONLY_FORMS: tuple[NeoForm, ...] = (
    NeoForm(
        "shortestPath()/allShortestPaths()",
        re.compile(r"\b(?:all)?shortestpaths?\s*\(", re.IGNORECASE),
        "write the path with a SHORTEST variable-length relationship: MATCH p = (a)-[* SHORTEST 1..6]-(b) "
        "(ALL SHORTEST for every shortest path), then length(p), nodes(p), rels(p)",
    ),
    NeoForm(
        "list comprehension [x IN list WHERE ... | ...]",
        re.compile(r"\[\s*[A-Za-z_]\w*\s+IN\b[^\[\]]*?(?:\bWHERE\b|\|)", re.IGNORECASE),
        "use list_filter(list, x -> condition) for [x IN list WHERE condition] and "
        "list_transform(list, x -> expression) for [x IN list | expression] "
        "(both: list_transform(list_filter(list, x -> condition), x -> expression))",
    ),
)


def neo4j_forms(query: str) -> list[NeoForm]:
    """The Neo4j-only forms ``query`` uses (in code, not in strings or comments)."""
    code = code_only(query)
    return [form for form in NEO4J_ONLY_FORMS if form.pattern.search(code)]


def hint(query: str) -> str:
    """What to write instead of the Neo4j-only forms in ``query``; empty when it uses none."""
    forms = neo4j_forms(query)
    if not forms:
        return ""
    advice = "; ".join(f"{form.name} is Neo4j Cypher: {form.instead}" for form in forms)
    return f"{advice} (the embedded store's dialect: {DIALECT_NOTE})"
