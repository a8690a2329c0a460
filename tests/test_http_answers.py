"""Relationship questions over real HTTP, answered from the seed page and the dev articles."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from api.services import GraphAnswers

from .http_fixtures import LiveApi

FORUM = "巾帼工匠论坛"


@pytest.fixture(scope="module")
def gold_speakers(shared_dir: Path) -> dict[str, str]:
    """Speaker name -> role of FORUM, read from the seed page's hand-checked gold."""
    speakers = {}
    for gold_path in (shared_dir / "fixtures" / "seed").glob("*.gold.json"):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for rel in gold["relations"]:
            if rel["type"] == "SPOKE_AT" and rel["tail"] == FORUM:
                speakers[rel["head"]] = rel["props"]["role"]
    assert speakers, "the seed gold names no speaker of the forum"
    return speakers


def _speakers(api: LiveApi, **params: object) -> dict:
    response = api.get(f"/forums/{FORUM}/speakers", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_speakers_of_the_forum_are_exactly_its_speakers_with_their_roles(
    live_api: LiveApi, gold_speakers: dict[str, str]
) -> None:
    page = _speakers(live_api, limit=500)
    found = {fact["entity"]["name"]: fact["role"] for fact in page["items"]}
    assert found == gold_speakers
    assert page["total"] == len(gold_speakers)


def _surfaces(entity: dict) -> set[str]:
    return {entity["name"], *entity.get("aliases", [])}


@pytest.fixture(scope="module")
def forum_key(live_api: LiveApi) -> str:
    entity = _speakers(live_api)["entity"]
    assert FORUM in _surfaces(entity)
    return entity["key"]


def test_a_percent_encoded_name_resolves_like_the_plain_one(live_api: LiveApi) -> None:
    response = live_api.client.get(f"{live_api.url}/forums/{quote(FORUM)}/speakers")
    assert "%E5%B7%BE" in str(response.request.url)
    assert response.json() == _speakers(live_api)


def test_the_forum_key_answers_like_its_name(live_api: LiveApi, forum_key: str) -> None:
    assert live_api.get(f"/forums/{forum_key}/speakers").json() == _speakers(live_api)


def test_every_speaker_fact_quotes_the_sentence_at_its_offsets(live_api: LiveApi) -> None:
    for fact in _speakers(live_api)["items"]:
        assert fact["evidence"], fact
        for ev in fact["evidence"]:
            text = _document_text(live_api, ev["doc"])
            assert text[ev["start"] : ev["end"]] == ev["sentence"]
            assert ev["source"] and ev["extractor"]


def _document_text(api: LiveApi, doc: str) -> str:
    query = {"query": "MATCH (d:Document) WHERE d.key = $k RETURN d.text AS text", "params": {"k": doc}}
    response = api.post("/cypher", json=query)
    assert response.status_code == 200, response.text
    return response.json()["rows"][0][0]


def test_a_person_profile_lists_the_forum_with_evidence(
    live_api: LiveApi, gold_speakers: dict[str, str], forum_key: str
) -> None:
    speaker = sorted(gold_speakers)[0]
    response = live_api.get(f"/persons/{speaker}")
    assert response.status_code == 200, response.text
    profile = response.json()
    assert profile["person"]["name"] == speaker
    forums = profile["forums"]["items"]
    assert forum_key in {f["entity"]["key"] for f in forums}
    sections = ("honors", "positions", "forums", "programs", "memberships")
    for fact in (f for s in sections for f in profile[s]["items"]):
        assert fact["evidence"] and all(ev["sentence"] and ev["doc"] for ev in fact["evidence"]), fact


def test_a_profile_shows_positions_with_titles(live_api: LiveApi, gold_speakers: dict[str, str]) -> None:
    positions = [
        fact
        for speaker in gold_speakers
        for fact in live_api.get(f"/persons/{speaker}").json()["positions"]["items"]
    ]
    assert positions, "no speaker of the forum has a position"
    assert all(p["relation"] == "HOLDS_POSITION" and p["entity"]["type"] == "Organization" for p in positions)
    assert any(p["titles"] for p in positions)


def test_person_forums_name_the_forum_with_the_speaking_role(
    live_api: LiveApi, gold_speakers: dict[str, str], forum_key: str
) -> None:
    speaker, role = sorted(gold_speakers.items())[0]
    response = live_api.get(f"/persons/{speaker}/forums")
    assert response.status_code == 200, response.text
    facts = response.json()["items"]
    assert {"relation": "SPOKE_AT", "forum": forum_key, "role": role} in [
        {"relation": f["relation"], "forum": f["entity"]["key"], "role": f["role"]} for f in facts
    ]


def test_pages_are_disjoint_and_add_up_to_the_whole_list(live_api: LiveApi) -> None:
    whole = _speakers(live_api, limit=500)
    pages = [_speakers(live_api, limit=3, offset=offset) for offset in range(0, whole["total"] + 3, 3)]
    keys = [fact["entity"]["key"] + "|" + str(fact["role"]) for page in pages for fact in page["items"]]
    assert keys == [fact["entity"]["key"] + "|" + str(fact["role"]) for fact in whole["items"]]
    assert {page["total"] for page in pages} == {whole["total"]}
    assert all(len(page["items"]) <= 3 for page in pages)


def test_search_finds_the_forum_by_part_of_its_name(live_api: LiveApi) -> None:
    response = live_api.get("/search", params={"q": FORUM[:4], "type": "Forum"})
    assert response.status_code == 200, response.text
    page = response.json()
    assert any(FORUM in _surfaces(item) for item in page["items"])
    assert {item["type"] for item in page["items"]} == {"Forum"}


def test_search_puts_an_exact_name_first(live_api: LiveApi) -> None:
    page = live_api.get("/search", params={"q": FORUM}).json()
    assert FORUM in _surfaces(page["items"][0])


def test_search_counts_every_match_when_the_rows_are_capped(live_api: LiveApi) -> None:
    uncapped = GraphAnswers(live_api.store, live_api.settings).search("工匠", [], limit=500, offset=0)
    assert uncapped.total == len(uncapped.items) > 2, "the corpus should hold more than two 工匠 entities"
    assert uncapped.next_offset is None
    capped = GraphAnswers(live_api.store, live_api.settings.model_copy(update={"query_row_cap": 2}))
    page = capped.search("工匠", [], limit=500, offset=0)
    assert page.total == uncapped.total
    assert len(page.items) == 2
    assert page.next_offset == 2


def test_search_pages_past_the_row_cap_reach_every_match_in_order(live_api: LiveApi) -> None:
    uncapped = GraphAnswers(live_api.store, live_api.settings).search("工匠", [], limit=500, offset=0)
    capped = GraphAnswers(live_api.store, live_api.settings.model_copy(update={"query_row_cap": 2}))
    seen, offset, totals = [], 0, set()
    while offset is not None:
        page = capped.search("工匠", [], limit=500, offset=offset)
        seen += page.items
        totals.add(page.total)
        offset = page.next_offset
    assert seen == uncapped.items
    assert totals == {uncapped.total}


def test_search_over_http_pages_with_limit_offset_and_next_offset(live_api: LiveApi) -> None:
    whole = live_api.get("/search", params={"q": "工匠", "limit": 500}).json()
    assert whole["total"] == len(whole["items"]) > 3
    keys, offset = [], 0
    while offset is not None:
        page = live_api.get("/search", params={"q": "工匠", "limit": 2, "offset": offset}).json()
        assert page["total"] == whole["total"] and len(page["items"]) <= 2
        keys += [(item["type"], item["key"]) for item in page["items"]]
        offset = page["next_offset"]
    assert keys == [(item["type"], item["key"]) for item in whole["items"]]
    past = live_api.get("/search", params={"q": "工匠", "offset": whole["total"] + 5}).json()
    assert (past["items"], past["total"], past["next_offset"]) == ([], whole["total"], None)


def test_search_finds_entities_named_only_by_an_alias(live_api: LiveApi) -> None:
    rows = live_api.store.run("MATCH (n:Organization) RETURN n.key AS key, n.name AS name, n.aliases AS aliases "
                              "ORDER BY key").records()
    aliased = [(r["key"], a) for r in rows for a in r["aliases"] or [] if a not in r["name"] and len(a) > 1][:5]
    assert aliased, "the corpus should hold an organisation with an alias that is not part of its name"
    for key, alias in aliased:
        page = live_api.get("/search", params={"q": alias, "type": "Organization", "limit": 500}).json()
        assert key in {item["key"] for item in page["items"]}, alias
        assert page["total"] == len(page["items"])


def test_the_openapi_schema_documents_search_paging(live_api: LiveApi) -> None:
    schema = live_api.get("/openapi.json").json()
    parameters = {p["name"] for p in schema["paths"]["/search"]["get"]["parameters"]}
    assert {"q", "type", "limit", "offset"} <= parameters
    page = schema["components"]["schemas"]["SearchPage"]["properties"]
    assert {"total", "limit", "offset", "next_offset", "items"} <= set(page)


def test_two_speakers_connect_through_the_forum_with_evidence(
    live_api: LiveApi, gold_speakers: dict[str, str], forum_key: str
) -> None:
    first, second = sorted(gold_speakers)[:2]
    response = live_api.get("/connections", params={"source": first, "target": second, "max_hops": 2})
    assert response.status_code == 200, response.text
    paths = response.json()["paths"]
    assert paths, "no path between two speakers of one forum"
    assert all(p["length"] == 2 and p["nodes"][0]["name"] == first and p["nodes"][-1]["name"] == second for p in paths)
    assert forum_key in {p["nodes"][1]["key"] for p in paths}
    for step in (s for p in paths for s in p["steps"]):
        assert step["facts"] and all(f["evidence"] for f in step["facts"])


def test_connections_beyond_max_hops_are_empty(live_api: LiveApi, gold_speakers: dict[str, str]) -> None:
    first, second = sorted(gold_speakers)[:2]
    response = live_api.get("/connections", params={"source": first, "target": second, "max_hops": 1})
    assert response.status_code == 200, response.text
    assert response.json()["paths"] == []


def test_health_names_the_store(live_api: LiveApi) -> None:
    response = live_api.get("/health")
    assert response.status_code == 200
    assert response.json()["store"] == live_api.store.name
