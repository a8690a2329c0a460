"""The named-query catalogue: every file says what it answers and which parameters it takes, every query
runs on every store over hand-built records, and the named questions give the answers the records state."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import UnknownQueryError
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import ENGINES, QUERY_DIR, get_query, list_queries, parse_header
from tests.records import (
    ALLIANCE,
    CO_ORGANISER,
    FORUM,
    FORUM_ALIAS,
    HONOR,
    ORGANISER,
    PERSON_A,
    PERSON_B,
    SUPPORTER,
    UNDERTAKER,
    corpus,
    forum_report,
    second_report,
)

from .store_fixtures import STORE_KINDS, open_test_store

QUERY_FILES = sorted(QUERY_DIR.glob("*.cypher"))
ENTITY_LABELS = ["Person", "Organization", "Honor", "Forum", "Alliance", "Program", "Place"]

#: A value for every parameter name the catalogue uses (a new name must be added here).
SAMPLE_PARAMS: dict[str, object] = {
    "name": FORUM, "key": PERSON_A, "keys": [forum_report().sha256], "labels": ENTITY_LABELS, "label": "Person",
    "entity_labels": ENTITY_LABELS, "grams": ["测试"], "cap": 50, "q": "测试", "head": PERSON_A, "type": "SPOKE_AT",
    "tail": FORUM, "source_label": "Person", "source_key": PERSON_A, "target_label": "Organization",
    "target_key": UNDERTAKER, "max_hops": 4, "path_cap": 10, "offset": 0, "limit": 50, "near": [PERSON_A],
}


def used_params(text: str) -> set[str]:
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    body = re.sub(r"'[^']*'|\"[^\"]*\"", "", body)
    return set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", body))


@pytest.fixture(scope="module", params=STORE_KINDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    settings = Settings(store=request.param, db_path=tmp_path_factory.mktemp("catalogue") / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as store:
        store.write_records(corpus())
        yield store


def ask(store: GraphStore, query_name: str, /, **params: object) -> list[dict[str, object]]:
    return store.run(get_query(query_name, store.name).text, params).records()


# ---- the files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.name)
def test_every_file_says_what_it_answers_and_declares_the_params_it_uses(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    header = parse_header(text, path.name)
    assert len(header.description) > 10
    assert used_params(text) == set(header.params)


def test_every_query_exists_for_every_engine() -> None:
    for query in list_queries():
        assert query.engines == ENGINES, query.name


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="speakers_of_forum"):
        get_query("no_such_question", "embedded")


def test_a_header_may_note_what_each_parameter_is() -> None:
    header = parse_header("// Who did what.\n// params: head (a name, or alias), tail\nRETURN 1")
    assert header == type(header)("Who did what.", ("head", "tail"))


@pytest.mark.parametrize(
    "text", ["MATCH (n) RETURN n", "// params: name\nRETURN $name", "// What it answers.\nRETURN 1"]
)
def test_a_header_without_description_or_params_line_is_refused(text: str) -> None:
    with pytest.raises(UnknownQueryError):
        parse_header(text)


def test_each_engine_gets_its_own_file_where_the_dialects_differ() -> None:
    query = get_query("organisers_of_forum", "neo4j")
    assert "type(r)" in query.text and "label(r)" in query.for_engine("embedded").text


# ---- every query runs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_query_runs(loaded: GraphStore, name: str) -> None:
    query = get_query(name, loaded.name)
    missing = set(query.params) - SAMPLE_PARAMS.keys()
    assert not missing, f"add sample values for {missing}"
    result = loaded.run(query.text, {p: SAMPLE_PARAMS[p] for p in query.params})
    assert len(result.columns) == len(set(result.columns))


# ---- the answers ----------------------------------------------------------------------------------------


def test_speakers_of_a_forum_found_by_its_alias(loaded: GraphStore) -> None:
    rows = ask(loaded, "speakers_of_forum", name=FORUM_ALIAS)
    assert [(r["forum"], r["person"], r["role"], r["sources"]) for r in rows] == [
        (FORUM, p, role, n) for p, role, n in sorted([(PERSON_A, "keynote", 2), (PERSON_B, "speech", 1)])
    ]
    keynote = next(r for r in rows if r["person"] == PERSON_A)
    assert len(keynote["evidence"]) == 2  # type: ignore[arg-type]


def test_who_spoke_where_lists_each_fact_once(loaded: GraphStore) -> None:
    rows = ask(loaded, "who_spoke_where")
    assert sorted((r["person"], r["role"], r["forum"]) for r in rows) == sorted(
        [(PERSON_A, "keynote", FORUM), (PERSON_B, "speech", FORUM)]
    )


def test_forums_of_a_person_found_by_an_alias_from_another_document(loaded: GraphStore) -> None:
    rows = ask(loaded, "forums_of_person", name="甲师傅")
    assert [(r["relation"], r["role"], r["role_text"]) for r in rows] == [
        ("PARTICIPATED_IN", None, "出席"), ("SPOKE_AT", "keynote", None)
    ]


def test_organisers_of_a_forum_name_their_relation(loaded: GraphStore) -> None:
    rows = ask(loaded, "organisers_of_forum", name=FORUM)
    assert [(r["relation"], r["organization"]) for r in rows] == [
        ("CO_ORGANIZED", CO_ORGANISER), ("ORGANIZED", ORGANISER), ("SUPPORTED", SUPPORTER), ("UNDERTOOK", UNDERTAKER)
    ]


def test_honours_positions_and_holders(loaded: GraphStore) -> None:
    assert [(r["honor"], r["year"]) for r in ask(loaded, "honors_of_person", name=PERSON_A)] == [(HONOR, 2020)]
    assert [(r["organization"], r["titles"]) for r in ask(loaded, "positions_of_person", name=PERSON_A)] == [
        (ORGANISER, ["副主席"])
    ]
    assert [r["holder"] for r in ask(loaded, "holders_of_honor", name=HONOR)] == [PERSON_A]


def test_people_of_an_organisation_and_alliance_members_and_founders(loaded: GraphStore) -> None:
    assert [(r["person"], r["relation"]) for r in ask(loaded, "people_of_organization", name=UNDERTAKER)] == [
        (PERSON_B, "MEMBER_OF")
    ]
    assert [r["member"] for r in ask(loaded, "members_of_alliance", name=ALLIANCE)] == [UNDERTAKER]
    assert [r["founder"] for r in ask(loaded, "founders_of_alliance", name=ALLIANCE)] == [ORGANISER]


def test_entity_search_matches_names_and_aliases(loaded: GraphStore) -> None:
    by_alias = ask(loaded, "entity_search", q="师傅")
    assert [(r["label"], r["name"]) for r in by_alias] == [("Person", PERSON_A)]
    by_name = ask(loaded, "entity_search", q="工匠")
    assert {(r["label"], r["name"]) for r in by_name} == {("Forum", FORUM), ("Alliance", ALLIANCE)}


def test_evidence_of_a_fact_gives_every_source(loaded: GraphStore) -> None:
    rows = ask(loaded, "evidence_of", head=PERSON_A, type="SPOKE_AT", tail=FORUM_ALIAS)
    assert [r["source"] for r in rows] == sorted([forum_report().source, second_report().source])
    for row in rows:
        assert PERSON_A in row["evidence"]  # type: ignore[operator]
