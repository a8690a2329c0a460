"""The explorer's own endpoints over real HTTP, on each store: an entity's neighbourhood and a document's
text. What they must contain is read from the seed page's gold, never written here."""

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from .http_fixtures import LiveApi

PERSON = "黄宇红"


@pytest.fixture(scope="module")
def seed_gold(shared_dir: Path) -> list[dict[str, Any]]:
    relations: list[dict[str, Any]] = []
    for path in sorted((shared_dir / "fixtures" / "seed").glob("*.gold.json")):
        relations.extend(json.loads(path.read_text(encoding="utf-8"))["relations"])
    return relations


def _neighbourhood(api: LiveApi, name: str, type_: str | None = None) -> dict[str, Any]:
    response = api.get("/explorer/neighbourhood", params={"name": name, **({"type": type_} if type_ else {})})
    assert response.status_code == 200, response.text
    return response.json()


def _mentions(entity: dict[str, Any], name: str) -> bool:
    return name in (entity["name"], entity["key"], *entity.get("aliases", []))


def test_a_persons_neighbourhood_holds_every_gold_fact_of_hers(live_api: LiveApi, seed_gold: list[dict]) -> None:
    hood = _neighbourhood(live_api, PERSON, "Person")
    assert hood["entity"]["name"] == PERSON
    found = {(f["relation"], f["direction"], f["entity"]["name"]) for f in hood["items"]}
    for rel in (r for r in seed_gold if r["head"] == PERSON):
        other = _neighbourhood(live_api, rel["tail"])["entity"]
        assert (rel["type"], "out", other["name"]) in found


def test_a_forums_neighbourhood_lists_its_speakers_as_incoming_facts(
    live_api: LiveApi, seed_gold: list[dict]
) -> None:
    forum = next(r["tail"] for r in seed_gold if r["type"] == "SPOKE_AT" and r["head"] == PERSON)
    speakers = {r["head"]: r["props"]["role"] for r in seed_gold if r["type"] == "SPOKE_AT" and r["tail"] == forum}
    hood = _neighbourhood(live_api, forum, "Forum")
    found = {f["entity"]["name"]: f["role"] for f in hood["items"] if f["relation"] == "SPOKE_AT"}
    assert found == speakers
    assert all(f["direction"] == "in" for f in hood["items"] if f["relation"] == "SPOKE_AT")


def test_every_fact_of_a_neighbourhood_carries_evidence(live_api: LiveApi) -> None:
    hood = _neighbourhood(live_api, PERSON, "Person")
    assert hood["items"]
    for fact in hood["items"]:
        assert fact["evidence"] and all(e["sentence"] and e["doc"] for e in fact["evidence"])


def test_evidence_offsets_index_the_sentence_in_the_documents_text(live_api: LiveApi) -> None:
    hood = _neighbourhood(live_api, PERSON, "Person")
    for evidence in (e for fact in hood["items"] for e in fact["evidence"]):
        response = live_api.get(f"/explorer/documents/{evidence['doc']}")
        assert response.status_code == 200, response.text
        doc = response.json()
        assert doc["text"][evidence["start"] : evidence["end"]] == evidence["sentence"]
        article = next(a for a in doc["articles"] if a["ordinal"] == evidence["article"])
        assert article["start"] <= evidence["start"] and evidence["end"] <= article["end"]


def test_a_document_names_its_source(live_api: LiveApi) -> None:
    evidence = _neighbourhood(live_api, PERSON, "Person")["items"][0]["evidence"][0]
    doc = live_api.get(f"/explorer/documents/{evidence['doc']}").json()
    assert doc["source"] == evidence["source"]
    assert doc["key"] == evidence["doc"]


def test_an_unknown_document_is_404(live_api: LiveApi) -> None:
    response = live_api.get("/explorer/documents/" + "0" * 64)
    assert response.status_code == 404
    assert "no document" in response.json()["detail"]


def test_an_unknown_name_is_404_with_close_matches(live_api: LiveApi) -> None:
    response = live_api.get("/explorer/neighbourhood", params={"name": PERSON[:2] + "X", "type": "Person"})
    assert response.status_code == 404
    assert PERSON in response.json()["suggestions"]


def test_a_name_with_quotes_and_cypher_travels_as_a_parameter(live_api: LiveApi) -> None:
    name = "x' }) MATCH (n) DETACH DELETE n //"
    response = live_api.get("/explorer/neighbourhood", params={"name": name})
    assert response.status_code == 404
    assert _neighbourhood(live_api, PERSON, "Person")["items"]


def test_an_unknown_type_is_422(live_api: LiveApi) -> None:
    response = live_api.get("/explorer/neighbourhood", params={"name": PERSON, "type": "Planet"})
    assert response.status_code == 422


def test_the_page_is_served_at_the_root_with_its_assets(live_api: LiveApi) -> None:
    page = live_api.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for asset in ("/static/assets/explorer.js", "/static/assets/explorer.css"):
        assert asset in page.text
        response = live_api.get(asset)
        assert response.status_code == 200, asset
        assert len(response.content) > 1000


def test_with_a_token_the_page_is_public_and_the_data_is_not(live_api: LiveApi) -> None:
    settings = live_api.settings.model_copy(update={"api_token": SecretStr("web-api-test-token")})
    with live_api.serve(settings) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        assert client.get("/").status_code == 200
        assert client.get("/static/assets/explorer.js").status_code == 200
        assert client.get("/explorer/neighbourhood", params={"name": PERSON}).status_code == 401
        authorised = {"Authorization": "Bearer web-api-test-token"}
        assert client.get("/explorer/neighbourhood", params={"name": PERSON}, headers=authorised).status_code == 200
