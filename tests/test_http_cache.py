"""The API's answer cache: a kept answer is served again only while the graph it came from is unchanged."""

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import httpx
import pytest

from api.http.app import create_app
from api.http.cache import HIT_HEADER, AnswerCache, KeptAnswer, RevisionWatch
from graph.errors import StoreUnavailableError
from graph.settings import Settings
from graph.store import GraphStore

from .http_fixtures import BorrowedStore, LiveServer
from .records import FORUM, forum_report, unrelated_report

HIT = HIT_HEADER[0].decode()
SPEAKERS = f"/forums/{quote(FORUM)}/speakers"


def _answer(generation: int, body: bytes = b"{}") -> KeptAnswer:
    return KeptAnswer(generation, 200, [(b"content-type", b"application/json")], body)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class OtherWriters:
    """What RevisionWatch reads of a store others write: its own count and its revision, asks counted."""

    def __init__(self) -> None:
        self.generation = 0
        self.current = "tx-1"
        self.asks = 0
        self.down = False
        self.ask_takes_s = 0.0

    def revision(self) -> str:
        self.asks += 1
        time.sleep(self.ask_takes_s)
        if self.down:
            raise StoreUnavailableError("cannot reach the Neo4j server")
        return self.current


def _watch(store: OtherWriters, clock: Clock) -> RevisionWatch:
    return RevisionWatch(store, check_s=0.5, clock=clock)  # type: ignore[arg-type]


# ---- the cache itself ----
def test_an_answer_serves_while_the_write_count_is_unchanged() -> None:
    cache = AnswerCache(budget_bytes=1 << 20)
    cache.put(("/a", b""), _answer(3))
    assert cache.get(("/a", b""), 3) is not None
    assert cache.get(("/a", b"x=1"), 3) is None


def test_a_newer_write_count_forgets_every_kept_answer() -> None:
    cache = AnswerCache(budget_bytes=1 << 20)
    cache.put(("/a", b""), _answer(3))
    assert cache.get(("/a", b""), 4) is None
    assert len(cache) == 0


def test_an_answer_read_before_a_write_is_not_kept_after_it() -> None:
    cache = AnswerCache(budget_bytes=1 << 20)
    assert cache.get(("/b", b""), 5) is None
    cache.put(("/a", b""), _answer(4))
    assert cache.get(("/a", b""), 5) is None


# ---- the revision watch (a store other clients write) ----
def test_an_unchanged_revision_keeps_the_write_count_however_long_it_lasts() -> None:
    store, clock = OtherWriters(), Clock()
    watch = _watch(store, clock)
    first = asyncio.run(watch.generation())
    clock.now = 3600.0
    assert asyncio.run(watch.generation()) == first
    assert store.asks == 2


def test_a_changed_revision_is_seen_once_the_check_interval_has_passed() -> None:
    store, clock = OtherWriters(), Clock()
    watch = _watch(store, clock)
    before = asyncio.run(watch.generation())
    store.current = "tx-2"
    clock.now = 0.4
    assert asyncio.run(watch.generation()) == before  # not asked again yet
    clock.now = 0.5
    assert asyncio.run(watch.generation()) > before
    assert store.asks == 2


def test_a_write_through_the_store_itself_counts_at_once() -> None:
    store, clock = OtherWriters(), Clock()
    watch = _watch(store, clock)
    before = asyncio.run(watch.generation())
    store.generation += 1
    assert asyncio.run(watch.generation()) == before + 1


def test_requests_arriving_during_an_ask_share_it() -> None:
    store, clock = OtherWriters(), Clock()
    store.ask_takes_s = 0.05
    watch = _watch(store, clock)

    async def ten_requests() -> list[int]:
        return list(await asyncio.gather(*(watch.generation() for _ in range(10))))

    assert len(set(asyncio.run(ten_requests()))) == 1
    assert store.asks == 1


def test_a_store_that_cannot_answer_counts_as_changed_and_is_asked_again_later() -> None:
    store, clock = OtherWriters(), Clock()
    watch = _watch(store, clock)
    before = asyncio.run(watch.generation())
    store.down = True
    clock.now = 1.0
    during = asyncio.run(watch.generation())
    assert during > before
    store.down = False
    clock.now = 2.0
    assert asyncio.run(watch.generation()) > during  # back, but nothing says what happened meanwhile
    assert store.asks == 3


def test_the_least_recently_used_answer_leaves_first_when_the_budget_is_spent() -> None:
    names = [f"/{i}" for i in range(10)]
    cache = AnswerCache(budget_bytes=len(names) * _answer(0, b"x" * 100).size)
    for name in names:
        cache.put((name, b""), _answer(0, b"x" * 100))
    assert cache.get(("/0", b""), 0) is not None  # /0 is now the most recent, /1 the least
    cache.put(("/new", b""), _answer(0, b"x" * 100))
    assert cache.get(("/1", b""), 0) is None
    assert all(cache.get((name, b""), 0) is not None for name in ["/0", *names[2:], "/new"])


def test_an_answer_larger_than_its_share_of_the_budget_is_not_kept() -> None:
    cache = AnswerCache(budget_bytes=8000)
    cache.put(("/big", b""), _answer(0, b"x" * 2000))
    assert cache.get(("/big", b""), 0) is None


# ---- over real HTTP ----
@contextmanager
def served(store: GraphStore, **settings: object) -> Iterator[httpx.Client]:
    app_settings = Settings(store=store.name, **settings)  # type: ignore[arg-type]
    with (
        LiveServer(create_app(app_settings, store_factory=lambda: BorrowedStore(store))) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        yield client


def test_a_repeated_question_is_answered_from_the_cache_with_the_same_answer(store: GraphStore) -> None:
    store.write_records([forum_report()])
    with served(store) as client:
        first, second = client.get(SPEAKERS), client.get(SPEAKERS)
    assert first.status_code == second.status_code == 200
    assert HIT not in first.headers
    assert second.headers[HIT] == "hit"
    assert second.json() == first.json()


def test_a_write_through_the_store_is_seen_by_the_next_answer(store: GraphStore) -> None:
    store.write_records([forum_report()])
    with served(store) as client:
        assert client.get("/search", params={"q": "试丁"}).json()["total"] == 0
        assert client.get("/search", params={"q": "试丁"}).headers[HIT] == "hit"
        store.write_records([unrelated_report()])
        after = client.get("/search", params={"q": "试丁"})
    assert HIT not in after.headers
    assert after.json()["total"] == 1


def test_a_question_is_kept_until_a_write_changes_its_answer(store: GraphStore) -> None:
    store.write_records([forum_report()])
    with served(store) as client:
        before = client.get("/ask", params={"q": "试丁获得过哪些荣誉？"})
        assert client.get("/ask", params={"q": "试丁获得过哪些荣誉？"}).headers[HIT] == "hit"
        store.write_records([unrelated_report()])
        after = client.get("/ask", params={"q": "试丁获得过哪些荣誉？"})
    assert before.json()["answers"] == []
    assert HIT not in after.headers
    assert after.json()["answers"] == ["测试技术能手"]


def test_spellings_of_one_question_share_its_kept_answer(store: GraphStore) -> None:
    store.write_records([forum_report()])
    question = f"谁在{FORUM}上发言？"
    with served(store) as client:
        first = client.get(f"/ask?q={quote(question)}")
        spellings = [f"/ask?q={quote(question).lower()}", f"/ask?x=1&q={quote(question)}"]
        again = [client.get(path) for path in spellings]
        other = client.get("/ask", params={"q": f" {question}"})
    assert HIT not in first.headers and all(a.headers[HIT] == "hit" and a.json() == first.json() for a in again)
    assert HIT not in other.headers and other.json()["question"] == f" {question}"


def test_errors_are_not_kept(store: GraphStore) -> None:
    with served(store) as client:
        answers = [client.get("/persons/无此人") for _ in range(2)]
    assert [a.status_code for a in answers] == [404, 404]
    assert all(HIT not in a.headers for a in answers)


def test_a_kept_answer_still_needs_the_token(store: GraphStore) -> None:
    store.write_records([forum_report()])
    with served(store, api_token="s3cret") as client:
        auth = {"Authorization": "Bearer s3cret"}
        client.get(SPEAKERS, headers=auth)
        assert client.get(SPEAKERS, headers=auth).headers[HIT] == "hit"
        assert client.get(SPEAKERS).status_code == 401
        assert client.get(SPEAKERS, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_no_answer_is_kept_when_the_cache_has_no_memory(store: GraphStore) -> None:
    store.write_records([forum_report()])
    with served(store, api_cache_mb=0) as client:
        answers = [client.get(SPEAKERS) for _ in range(3)]
    assert all(a.status_code == 200 and HIT not in a.headers for a in answers)


@pytest.mark.neo4j
def test_on_neo4j_another_clients_write_is_seen_once_the_check_interval_has_passed(neo4j_endpoint) -> None:  # type: ignore[no-untyped-def]
    with neo4j_endpoint.open_store() as served_store, neo4j_endpoint.open_store() as other_client:
        served_store.write_records([forum_report()])
        with served(served_store, api_cache_check_s=0.5) as client:
            assert client.get("/search", params={"q": "试丁"}).json()["total"] == 0
            other_client.write_records([unrelated_report()])
            assert client.get("/search", params={"q": "试丁"}).json()["total"] == 0  # kept, not yet asked again
            time.sleep(0.6)
            assert client.get("/search", params={"q": "试丁"}).json()["total"] == 1


@pytest.mark.neo4j
def test_on_neo4j_a_kept_answer_outlives_the_check_interval_while_nobody_writes(neo4j_endpoint) -> None:  # type: ignore[no-untyped-def]
    with neo4j_endpoint.open_store() as served_store:
        served_store.write_records([forum_report()])
        with served(served_store, api_cache_check_s=0.2) as client:
            client.get(SPEAKERS)
            time.sleep(0.5)
            later = client.get(SPEAKERS)
    assert later.status_code == 200
    assert later.headers[HIT] == "hit"
