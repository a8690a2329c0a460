"""SPARQL over an export with pyoxigraph, and the catalogue of SPARQL questions in ``graph/rdf/queries``.

Each ``<name>.rq`` answers the same question as the Cypher named query ``<name>`` over the property
graph, with the same rows (one per fact per source document) and, after :func:`as_fact_rows`, the same
columns.
"""

import re
from collections.abc import Iterable, Mapping
from importlib.resources import files
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Store

from ..errors import QueryError, UnknownQueryError
from . import vocab

_QUERY_DIR = "queries"
_INTEGER_TYPES = {vocab.XSD + "integer", vocab.XSD + "int", vocab.XSD + "long"}
_TITLE_SEPARATOR = "\x1f"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)

RELATION_OF_PREDICATE: dict[str, str] = {m.predicate: rtype for rtype, m in vocab.RELATION_MAP.items()}
LABEL_OF_CLASS: dict[str, str] = {classes[0]: label for label, classes in vocab.NODE_CLASSES.items()}


def query_names() -> list[str]:
    folder = files(__package__).joinpath(_QUERY_DIR)
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def query_text(name: str) -> str:
    path = files(__package__).joinpath(_QUERY_DIR, f"{name}.rq")
    if not path.is_file():
        raise UnknownQueryError(f"no SPARQL query {name!r}; known: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


def select(store: Store, query: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a SELECT over the default graph (see :meth:`RdfExport.to_store`); values come back as Python
    values: IRIs as strings, integers as ``int``, other literals as their lexical form.

    ``bindings`` fix variables (strings become plain literals) with a ``VALUES`` block at the start of the
    first ``WHERE`` group, where pyoxigraph's planner uses them to start from; its own ``substitutions``
    were ~20x slower on these queries.
    """
    solutions = store.query(_bound(query, bindings or {}))
    names = [v.value for v in solutions.variables]
    return [{name: _python(solution[name]) for name in names} for solution in solutions]


def _bound(query: str, bindings: Mapping[str, Any]) -> str:
    if not bindings:
        return query
    marker = _WHERE.search(query)
    if marker is None:
        raise QueryError("a SPARQL query with bindings needs a WHERE { ... } group")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(v if isinstance(v, NamedNode | Literal) else Literal(str(v))) for v in bindings.values())
    return f"{query[: marker.end()]}\n  VALUES ({names}) {{ ({values}) }}{query[marker.end() :]}"


def run_named(store: Store, name: str, **bindings: Any) -> list[dict[str, Any]]:
    return select(store, query_text(name), bindings)


def as_fact_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a fact query in the columns of the Cypher fact queries (``relation``, ``other_label`` …)."""
    facts = []
    for row in rows:
        fact = {k: v for k, v in row.items() if k not in {"key", "relation_property", "other_class", "titles"}}
        fact["relation"] = RELATION_OF_PREDICATE[row["relation_property"]]
        fact["other_label"] = LABEL_OF_CLASS[row["other_class"]]
        fact["titles"] = ordered_titles(row.get("titles"))
        facts.append(fact)
    return facts


def ordered_titles(concatenated: str | None) -> list[str] | None:
    """The titles of a ``?titles`` column (``"<position> <title>"`` entries joined by U+001F, in any order)
    in their written order."""
    if not concatenated:
        return None
    entries = [entry.split(" ", 1) for entry in concatenated.split(_TITLE_SEPARATOR)]
    return [title for _, title in sorted(entries, key=lambda entry: int(entry[0]))]


TITLES_QUERY = f"""PREFIX cg: <{vocab.CG}>
PREFIX rdf: <{vocab.RDF}>
PREFIX xsd: <{vocab.XSD}>
SELECT ?key ?position ?title WHERE {{
  ?fact cg:relationKey ?key ; cg:titles ?seq . ?seq ?slot ?title .
  FILTER (STRSTARTS(STR(?slot), STR(rdf:_)))
  BIND (xsd:integer(STRAFTER(STR(?slot), STR(rdf:_))) AS ?position)
}}"""


def position_titles(store: Store) -> dict[str, list[str]]:
    """The titles of every position statement in an export (read back from any format), by relationship key,
    in their written order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for row in select(store, TITLES_QUERY):
        found.setdefault(row["key"], []).append((int(row["position"]), row["title"]))
    return {key: [title for _, title in sorted(entries)] for key, entries in found.items()}


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, NamedNode | BlankNode):
        return term.value
    if isinstance(term, Literal):
        if term.datatype.value in _INTEGER_TYPES:
            return int(term.value)
        return term.value
    return str(term)
