"""How ask connects two entities (api/ask/paths.py), on each store: the breadth-first search from both ends
finds the paths the engine's own shortest-path query finds, in a fixed order and capped; a search that
would grow past its bounds hands the question to that query; and every relationship along a path is a
fact with its evidence."""

from collections.abc import Iterator

import pytest

from api.ask import Asker, paths
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import get_query
from tests.records import (
    ALLIANCE,
    FORUM,
    HONOR,
    ORGANISER,
    PERSON_A,
    PERSON_B,
    PLACE,
    PROGRAM,
    SUB_FORUM,
    SUPPORTER,
    UNDERTAKER,
    corpus,
)

from .store_fixtures import STORE_KINDS, open_test_store

Node = tuple[str, str]
A, B, H, F, P, G, SF = (
    ("Person", PERSON_A),
    ("Person", PERSON_B),
    ("Honor", HONOR),
    ("Forum", FORUM),
    ("Place", PLACE),
    ("Program", PROGRAM),
    ("Forum", SUB_FORUM),
)
#: Joined twice in two hops: through the forum one organised and the other undertook, and through the
#: alliance one founded and the other joined.
ORG, UND = ("Organization", ORGANISER), ("Organization", UNDERTAKER)
PAIRS = [
    (A, B),
    (A, F),
    (H, P),
    (G, SF),
    (H, ("Alliance", ALLIANCE)),
    (B, ("Organization", SUPPORTER)),
    (P, ORG),
    (ORG, UND),
]


@pytest.fixture(scope="module", params=STORE_KINDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    settings = Settings(store=request.param, db_path=tmp_path_factory.mktemp("ask-paths") / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as store:
        store.write_records(corpus())
        yield store


def engine_paths(store: GraphStore, start: Node, end: Node, max_hops: int = 4) -> set[tuple[str, ...]]:
    """The key sequences of every shortest path the engine's query finds (parallel relationships folded)."""
    query = get_query("shortest_paths", store.name)
    params = {"source_label": start[0], "source_key": start[1], "target_label": end[0], "target_key": end[1],
              "max_hops": max_hops, "path_cap": 10_000, "entity_labels": ["Person", "Organization", "Honor", "Forum",
                                                                        "Alliance", "Program", "Place"]}
    rows = store.run(query.text, {p: params[p] for p in query.params}).records()
    return {tuple(row["path"]) for row in rows}


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_the_search_finds_the_engines_shortest_paths(loaded: GraphStore, start: Node, end: Node) -> None:
    found = paths.shortest_paths(loaded, start, end, max_hops=4, path_cap=100)
    assert found is not None
    assert {tuple(key for _, key in path) for path in found} == engine_paths(loaded, start, end)
    assert all(path[0] == start and path[-1] == end for path in found)


def test_paths_come_in_label_and_key_order_and_are_capped(loaded: GraphStore) -> None:
    every = paths.shortest_paths(loaded, ORG, UND, max_hops=4, path_cap=100)
    assert every == [(ORG, ("Alliance", ALLIANCE), UND), (ORG, F, UND)]
    assert paths.shortest_paths(loaded, ORG, UND, max_hops=4, path_cap=1) == every[:1]


def test_no_path_within_the_hops_is_no_path(loaded: GraphStore) -> None:
    assert engine_paths(loaded, H, P, max_hops=4)
    assert paths.shortest_paths(loaded, H, P, max_hops=2, path_cap=100) == []
    assert paths.shortest_paths(loaded, A, ("Person", "试丁"), max_hops=4, path_cap=100) == []


def test_every_relationship_along_a_path_is_a_step_with_its_evidence(loaded: GraphStore) -> None:
    rows = paths.step_rows(loaded, [(A, F)])
    assert sorted(r["relation"] for r in rows) == ["PARTICIPATED_IN", "SPOKE_AT", "SPOKE_AT"]
    assert len({r["doc"] for r in rows if r["relation"] == "SPOKE_AT"}) == 2  # the keynote, told twice
    assert all(r["from_key"] == PERSON_A and r["to_key"] == FORUM and r["forward"] and r["evidence"] for r in rows)
    backwards = paths.step_rows(loaded, [(F, A)])
    assert {r["fact_key"] for r in backwards} == {r["fact_key"] for r in rows}
    assert all(r["from_key"] == FORUM and not r["forward"] for r in backwards)


def test_a_search_past_its_bounds_is_answered_by_the_engine_alike(
    loaded: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = f"{ORGANISER}和{UNDERTAKER}有什么关系？"
    searched = Asker(loaded).ask(question)
    monkeypatch.setattr(paths, "FRONTIER_CAP", 0)
    assert paths.shortest_paths(loaded, ORG, UND, max_hops=4, path_cap=100) is None
    by_engine = Asker(loaded).ask(question)
    assert searched.kind == by_engine.kind == "connection"
    assert sorted(searched.answers) == sorted(by_engine.answers) == sorted([ALLIANCE, FORUM])

    def facts(answer: object) -> set[tuple[str, str, str, int]]:
        return {(f.relation, f.source.key, f.target.key, len(f.evidence)) for f in answer.facts}  # type: ignore[attr-defined]

    assert facts(searched) == facts(by_engine)
    assert searched.cypher == by_engine.cypher == get_query("shortest_paths", loaded.name).text
