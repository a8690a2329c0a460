"""The Cypher an analyst brings from Neo4j, on both stores: a Neo4j form with a direct embedded equivalent
(``type(r)``) gives the same answer on both; a form with none (list comprehensions, ``shortestPath``)
answers on Neo4j and, on the embedded store, fails with an error naming the embedded form and the README's
note on the dialect, and that embedded form gives the Neo4j answer."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.settings import Settings
from graph.store import GraphStore
from graph.stores.ladybug_dialect import DIALECT_NOTE, code_only, translate

from .rdf_fixtures import hand_built_records
from .store_fixtures import STORE_KINDS, open_test_store

REPO = Path(__file__).resolve().parents[1]

TYPE_OF_RELATIONSHIP = (
    "MATCH (p:Person)-[r]->(o) WHERE p.name = $name RETURN type(r) AS relation, o.name AS other "
    "ORDER BY relation, other"
)
LIST_COMPREHENSION = (
    "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) WHERE p.name = $name "
    "RETURN [t IN r.titles WHERE t <> '高级技师' | t + '!'] AS titles"
)
LIST_COMPREHENSION_EMBEDDED = (
    "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) WHERE p.name = $name "
    "RETURN list_transform(list_filter(r.titles, t -> t <> '高级技师'), t -> t + '!') AS titles"
)
SHORTEST_PATH = (
    "MATCH p = shortestPath((a:Person)-[*..4]-(b:Person)) WHERE a.name = $a AND b.name = $b "
    "RETURN length(p) AS hops"
)
SHORTEST_PATH_EMBEDDED = (
    "MATCH p = (a:Person)-[* SHORTEST 1..4]-(b:Person) WHERE a.name = $a AND b.name = $b RETURN length(p) AS hops"
)


@pytest.fixture(scope="module", params=STORE_KINDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    settings = Settings(store=request.param, db_path=tmp_path_factory.mktemp("dialect") / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as store:
        store.write_records(hand_built_records())
        yield store


def test_type_of_a_relationship_answers_on_both_stores(loaded: GraphStore) -> None:
    rows = loaded.run(TYPE_OF_RELATIONSHIP, {"name": "张三"}).rows
    assert ["HOLDS_POSITION", "示例集团"] in rows
    assert ["SPOKE_AT", "第一届测试工匠论坛"] in rows


def _neo4j_only(loaded: GraphStore, query: str, embedded_form: str, params: dict[str, object]) -> list[list[object]]:
    """The Neo4j form's rows on Neo4j; on the embedded store, the error's advice checked and the embedded
    form's rows."""
    if loaded.name == "neo4j":
        return loaded.run(query, params).rows
    with pytest.raises(QueryError) as refused:
        loaded.run(query, params)
    message = str(refused.value)
    assert embedded_form in message
    assert DIALECT_NOTE in message
    return loaded.run(embedded_form_query(query), params).rows


def embedded_form_query(query: str) -> str:
    return {LIST_COMPREHENSION: LIST_COMPREHENSION_EMBEDDED, SHORTEST_PATH: SHORTEST_PATH_EMBEDDED}[query]


def test_a_list_comprehension_answers_on_neo4j_and_names_list_filter_on_the_embedded_store(loaded: GraphStore) -> None:
    params = {"name": "张三"}
    for embedded_form in ("list_filter(", "list_transform("):
        rows = _neo4j_only(loaded, LIST_COMPREHENSION, embedded_form, params)
        assert sorted(titles for (titles,) in rows) == [["总工程师!"], ["首席工程师!"]]


def test_shortest_path_answers_on_neo4j_and_names_shortest_on_the_embedded_store(loaded: GraphStore) -> None:
    assert _neo4j_only(loaded, SHORTEST_PATH, "SHORTEST 1..", {"a": "张三", "b": "李四"}) == [[2]]


def test_the_readme_has_the_dialect_note_the_errors_link_to() -> None:
    path, anchor = DIALECT_NOTE.split("#")
    headings = re.findall(r"^#+ (.+)$", (REPO / path).read_text(encoding="utf-8"), re.MULTILINE)
    slugs = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
    assert anchor in slugs
    note = (REPO / path).read_text(encoding="utf-8").split("The embedded store's Cypher dialect", 1)[1][:3000]
    for form in ("label(r)", "list_filter", "list_transform", "SHORTEST"):
        assert form in note


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("RETURN type(r)", "RETURN label(r)"),
        ("RETURN TYPE (r), x.type(1)", "RETURN label (r), x.type(1)"),
        ("RETURN 'type(r)' AS s, `type(r)` AS t // type(r)", "RETURN 'type(r)' AS s, `type(r)` AS t // type(r)"),
        ("RETURN subtype(r), mytype(r)", "RETURN subtype(r), mytype(r)"),
    ],
)
def test_only_the_function_call_type_is_renamed(query: str, expected: str) -> None:
    assert translate(query) == expected


def test_code_only_blanks_strings_and_comments_keeping_offsets() -> None:
    query = "RETURN '[x IN y WHERE z]' /* shortestPath( */ AS s"
    assert len(code_only(query)) == len(query)
    assert "shortestPath" not in code_only(query) and "WHERE" not in code_only(query)
