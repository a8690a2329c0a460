"""Unknown names, shared names and bad parameters get answers a client can act on."""

import hashlib
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from graph.model import Entity, ExtractionRecord

from .http_fixtures import LiveApi

FORUM = "巾帼工匠论坛"
SHARED_NAME = "测试同名人"


def test_an_unknown_forum_is_404_with_close_matches(live_api: LiveApi) -> None:
    response = live_api.get(f"/forums/{FORUM[:-1]}/speakers")
    assert response.status_code == 404
    body = response.json()
    assert FORUM in body["suggestions"]
    assert FORUM[:-1] in body["detail"]


def test_a_name_of_another_type_is_not_found(live_api: LiveApi) -> None:
    response = live_api.get(f"/persons/{FORUM}")
    assert response.status_code == 404


@pytest.fixture
def namesakes(live_api: LiveApi) -> Iterator[list[str]]:
    """Two people sharing one name, told apart by a disambiguator, in a document of their own."""
    text = f"{SHARED_NAME}（甲）与{SHARED_NAME}（乙）是两个人。"
    sha = hashlib.sha256(text.encode()).hexdigest()
    record = ExtractionRecord(
        doc="namesakes.txt",
        sha256=sha,
        text=text,
        entities=[
            Entity(id=f"p{i}", type="Person", name=SHARED_NAME, properties={"disambiguator": tag})
            for i, tag in enumerate(("甲", "乙"))
        ],
    )
    live_api.store.write_records([record])
    try:
        yield [f"{SHARED_NAME}#甲", f"{SHARED_NAME}#乙"]
    finally:
        live_api.store.remove_document(sha)


def test_a_shared_name_is_409_listing_the_candidates(live_api: LiveApi, namesakes: list[str]) -> None:
    response = live_api.get(f"/persons/{SHARED_NAME}")
    assert response.status_code == 409
    assert sorted(c["key"] for c in response.json()["candidates"]) == sorted(namesakes)


def test_a_candidate_key_resolves_the_shared_name(live_api: LiveApi, namesakes: list[str]) -> None:
    response = live_api.get(f"/persons/{quote(namesakes[1], safe='')}")
    assert response.status_code == 200, response.text
    assert response.json()["person"]["key"] == namesakes[1]


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        (f"/forums/{FORUM}/speakers", {"limit": 0}, "limit"),
        (f"/forums/{FORUM}/speakers", {"limit": 501}, "limit"),
        (f"/forums/{FORUM}/speakers", {"offset": -1}, "offset"),
        (f"/forums/{FORUM}/speakers", {"limit": "many"}, "limit"),
        ("/connections", {"source": FORUM, "target": FORUM + "x", "max_hops": 7}, "max_hops"),
        ("/connections", {"source": FORUM}, "target"),
        ("/search", {}, "q"),
        ("/search", {"q": "论坛", "type": "Spaceship"}, "type"),
    ],
)
def test_a_bad_parameter_is_422_naming_it(live_api: LiveApi, path: str, params: dict, field: str) -> None:
    response = live_api.get(path, params=params)
    assert response.status_code == 422
    assert field in {str(part) for err in response.json()["detail"] for part in err["loc"]}


def test_connecting_an_entity_to_itself_is_422(live_api: LiveApi) -> None:
    response = live_api.get("/connections", params={"source": FORUM, "target": FORUM})
    assert response.status_code == 422
    assert "same entity" in response.json()["detail"][0]["msg"]


def test_a_cypher_syntax_error_is_400_with_the_store_message(live_api: LiveApi) -> None:
    response = live_api.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert response.status_code == 400
    assert response.json()["detail"]


def test_a_cypher_body_without_query_is_422(live_api: LiveApi) -> None:
    response = live_api.post("/cypher", json={"params": {}})
    assert response.status_code == 422
