"""User input travels as query parameters, the Cypher endpoint cannot write, and the token guards the API."""

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from pydantic import SecretStr

from .http_fixtures import LiveApi

HOSTILE = ["'", '"', "\\", "\\'", "MATCH (n) DETACH DELETE n", "x'}) MATCH (n) DETACH DELETE n //", "$name", "`a`"]
TOKEN = "s3cret-token"
WRITES = [
    "CREATE (:Person {key: 'intruder', name: 'intruder'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (p:Person) SET p.name = 'changed'",
]


def _counts(api: LiveApi) -> tuple[int, int]:
    stats = api.store.stats()
    return stats.node_total, stats.relationship_total


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_just_unknown_names(live_api: LiveApi, name: str) -> None:
    before = _counts(live_api)
    for path in (f"/persons/{quote(name, safe='')}", f"/forums/{quote(name, safe='')}/speakers"):
        response = live_api.get(path)
        assert response.status_code == 404, (path, response.text)
        assert name in response.json()["detail"]
    assert live_api.get("/search", params={"q": name}).status_code == 200
    assert live_api.get("/connections", params={"source": name, "target": name + "x"}).status_code == 404
    assert _counts(live_api) == before


@pytest.mark.parametrize("name", HOSTILE)
def test_cypher_parameters_come_back_verbatim(live_api: LiveApi, name: str) -> None:
    response = live_api.post("/cypher", json={"query": "RETURN $value AS value", "params": {"value": name}})
    assert response.status_code == 200, response.text
    assert response.json()["rows"] == [[name]]


@pytest.mark.parametrize("query", WRITES)
def test_a_writing_query_is_403_and_changes_nothing(live_api: LiveApi, query: str) -> None:
    before = _counts(live_api)
    response = live_api.post("/cypher", json={"query": query})
    assert response.status_code == 403, response.text
    assert response.json()["detail"]
    assert _counts(live_api) == before


def test_the_row_cap_truncates_cypher_answers(live_api: LiveApi) -> None:
    cap = live_api.settings.query_row_cap
    response = live_api.post("/cypher", json={"query": f"UNWIND range(1, {cap + 5}) AS i RETURN i"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["truncated"] is True
    assert body["row_count"] == cap == len(body["rows"])


@pytest.fixture(scope="module")
def impatient(live_api: LiveApi) -> Iterator[str]:
    """A second server over the same store whose queries may run half a second."""
    with live_api.serve(live_api.settings.model_copy(update={"query_timeout_s": 0.5})) as server:
        yield server.url


def test_a_query_past_the_time_limit_is_422_naming_the_limit(live_api: LiveApi, impatient: str) -> None:
    slow = {"query": "UNWIND range(1, 500000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS n"}
    response = httpx.post(impatient + "/cypher", json=slow, timeout=120)
    assert response.status_code == 422, response.text
    assert "time limit" in response.json()["detail"][0]["msg"]


@pytest.fixture(scope="module")
def guarded(live_api: LiveApi) -> Iterator[str]:
    """A second server over the same store, with CRAFTGRAPH_API_TOKEN set."""
    settings = live_api.settings.model_copy(update={"api_token": SecretStr(TOKEN)})
    with live_api.serve(settings) as server:
        yield server.url


@pytest.mark.parametrize("path", ["/search?q=论坛", "/persons/x", "/connections?source=a&target=b"])
def test_without_the_token_every_endpoint_is_401(live_api: LiveApi, guarded: str, path: str) -> None:
    response = httpx.get(guarded + path)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_wrong_token_is_401(live_api: LiveApi, guarded: str) -> None:
    response = httpx.get(guarded + "/search", params={"q": "论坛"}, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_the_right_token_opens_the_api(live_api: LiveApi, guarded: str) -> None:
    response = httpx.get(guarded + "/search", params={"q": "论坛"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200


def test_health_needs_no_token(live_api: LiveApi, guarded: str) -> None:
    assert httpx.get(guarded + "/health").status_code == 200
