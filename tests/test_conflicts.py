"""Issue 19.2: when documents disagree about an entity, its node takes the value most documents state (ties:
the earliest publication, then the smallest value), in any load order and batching, after removals too, on
both stores; every document's value stays queryable with its source (named query ``stated_values``), and the
explorer's neighbourhood lists the conflicts with the documents stating each value."""

from collections.abc import Iterator

import httpx
import pytest

from api.http.app import create_app
from graph.model import ExtractionRecord
from graph.settings import Settings
from graph.store import GraphStore
from loaders.updates import remove_document
from queries.catalogue import get_query
from tests.graph_snapshot import differences, snapshot
from tests.http_fixtures import BorrowedStore, LiveServer
from tests.records import RecordBuilder
from tests.store_fixtures import StoreFactory

PERSON = "柯远舟"
#: (document, publication date, gender stated): "female" is the smallest and the earliest, but one against two
STATEMENTS = [("early.txt", "2023-01-01", "female"), ("middle.txt", "2024-03-01", "male"),
              ("late.txt", "2024-04-01", "male")]


def report(doc: str, published: str | None, gender: str) -> ExtractionRecord:
    builder = RecordBuilder(doc)
    builder.entity("a", "Person", PERSON, gender=gender).entity("f", "Forum", "匠心论坛", kind="forum")
    builder.fact("SPOKE_AT", "a", "f", f"{PERSON}在匠心论坛上发言（{doc}）。", role="speech")
    return builder.build().model_copy(update={"published": published, "source": f"news/{doc}"})


def reports() -> list[ExtractionRecord]:
    return [report(*statement) for statement in STATEMENTS]


def gender(store: GraphStore) -> str:
    rows = store.run("MATCH (p:Person) WHERE p.name = $n RETURN p.gender", {"n": PERSON}).rows
    assert len(rows) == 1
    return rows[0][0]


@pytest.mark.parametrize("batches", [[[0, 1, 2]], [[0], [1], [2]], [[2], [1], [0]], [[1, 2], [0]], [[0], [2, 1]]],
                         ids=str)
def test_the_value_most_documents_state_wins_in_any_order(new_store: StoreFactory, batches: list[list[int]]) -> None:
    records = reports()
    with new_store() as store:
        for batch in batches:
            store.write_records([records[i] for i in batch])
        assert gender(store) == "male"


def test_later_documents_can_outvote_a_stored_value(new_store: StoreFactory) -> None:
    records = reports()
    more = [report("fourth.txt", "2025-01-01", "female"), report("fifth.txt", None, "female")]
    with new_store() as store:
        store.write_records(records)
        store.write_records(more)
        assert gender(store) == "female"  # three against two
        outvoted = snapshot(store)
    with new_store() as store:
        store.write_records(records + more)
        assert differences(outvoted, snapshot(store)) == []


def test_removing_a_document_decides_the_tie_by_the_earliest_publication(new_store: StoreFactory) -> None:
    records = reports()
    with new_store() as store:
        store.write_records(records)
        remove_document(store, records[2].sha256)
        assert gender(store) == "female"  # one against one: the earlier document's value
        removed = snapshot(store)
    with new_store() as store:
        store.write_records(records[:2])
        assert differences(removed, snapshot(store)) == []


def test_every_documents_value_is_queryable_with_its_source(new_store: StoreFactory) -> None:
    with new_store() as store:
        store.write_records(reports())
        query = get_query("stated_values", store.name)
        rows = store.run(query.text, {"label": "Person", "key": PERSON}).records()
    stated = {(row["statement"], row["source"], row["published"])
              for row in rows if row["statement"].startswith("gender=")}
    assert stated == {(f"gender={g}", f"news/{doc}", published) for doc, published, g in STATEMENTS}


@pytest.fixture
def api_over(new_store: StoreFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with new_store() as store:
        store.write_records(reports())
        settings = Settings(store=store.name, db_path=tmp_path_factory.mktemp("api") / "unused")  # type: ignore[call-arg]
        app = create_app(settings, store_factory=lambda: BorrowedStore(store))  # type: ignore[arg-type,return-value]
        with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
            yield client


def test_the_neighbourhood_lists_each_value_with_the_documents_stating_it(api_over: httpx.Client) -> None:
    response = api_over.get("/explorer/neighbourhood", params={"name": PERSON, "type": "Person"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["properties"]["gender"] == "male"
    [conflict] = [c for c in body["conflicts"] if c["property"] == "gender"]
    assert conflict["chosen"] == "male" and "most documents" in conflict["rule"]
    assert [(v["value"], v["chosen"], [d["source"] for d in v["documents"]]) for v in conflict["values"]] == [
        ("male", True, ["news/middle.txt", "news/late.txt"]),
        ("female", False, ["news/early.txt"]),
    ]
    assert all(c["property"] != "name" for c in body["conflicts"])  # every document writes the same name


def test_an_entity_the_documents_agree_on_has_no_conflicts(api_over: httpx.Client) -> None:
    response = api_over.get("/explorer/neighbourhood", params={"name": "匠心论坛", "type": "Forum"})
    assert response.status_code == 200, response.text
    assert response.json()["conflicts"] == []
