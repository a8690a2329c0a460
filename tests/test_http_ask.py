"""GET /ask over real HTTP, on each store: the same answer as the direct call, bad questions refused with
a 422, the OpenAPI schema documents it, and the bearer token guards it."""

import json
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import pytest
from pydantic import SecretStr

from api.http.app import create_app
from api.http.routers.ask import AskFastPath, asker_of, get_asker

from .ask_corpus import AskStore, ask_store
from .http_fixtures import BorrowedStore, LiveServer

__all__ = ["ask_store"]


@pytest.fixture(scope="module")
def client(ask_store: AskStore) -> Iterator[httpx.Client]:
    app = create_app(ask_store.settings, store_factory=lambda: BorrowedStore(ask_store.store))  # type: ignore[arg-type,return-value]
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.mark.parametrize(
    "question",
    ["谁在巾帼工匠论坛上作了主旨发言？", "黄宇红获得过哪些荣誉", "第三届巾帼工匠论坛上谁发言？", "黄宇红喜欢吃什么？",
     "黄宇红和王晓君有什么关系"],
)
def test_the_api_answers_as_the_direct_call(client: httpx.Client, ask_store: AskStore, question: str) -> None:
    response = client.get("/ask", params={"q": question})
    assert response.status_code == 200, response.text
    assert response.json() == ask_store.asker.ask(question).model_dump(mode="json")


def test_an_answer_has_every_field_and_evidence(client: httpx.Client) -> None:
    body = client.get("/ask", params={"q": "谁在巾帼工匠论坛上作了主旨发言？"}).json()
    assert body["understood"] is True and body["params"] == {"key": "第二届巾帼工匠论坛"}
    assert set(body["answers"]) == {"黄宇红", "王晓君", "何光华"}
    assert "$key" in body["cypher"]
    assert all(fact["evidence"][0]["sentence"] for fact in body["facts"])


@pytest.mark.parametrize("question", ["", "   ", "问" * 501, "MATCH (n) DETACH DELETE n"])
def test_bad_questions_are_a_422(client: httpx.Client, question: str) -> None:
    response = client.get("/ask", params={"q": question})
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"][-1] in ("q", "query")


def test_a_missing_question_is_a_422(client: httpx.Client) -> None:
    assert client.get("/ask").status_code == 422


def test_the_openapi_schema_documents_ask(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/ask"]["get"]
    (q,) = operation["parameters"]
    assert q["name"] == "q" and q["required"] and q["schema"]["maxLength"] == 500
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/AskAnswer")
    answer = schema["components"]["schemas"]["AskAnswer"]
    assert {"question", "understood", "answer", "answers", "facts", "cypher", "params"} <= answer["properties"].keys()
    assert answer["examples"]


def test_the_token_guards_ask(ask_store: AskStore) -> None:
    settings = ask_store.settings.model_copy(update={"api_token": SecretStr("t0ken")})
    app = create_app(settings, store_factory=lambda: BorrowedStore(ask_store.store))  # type: ignore[arg-type,return-value]
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.get("/ask", params={"q": "黄宇红获得过哪些荣誉"}).status_code == 401
        headers = {"Authorization": "Bearer t0ken"}
        assert http.get("/ask", params={"q": "黄宇红获得过哪些荣誉"}, headers=headers).status_code == 200


# -- the fast path (api/http/routers/ask.py: AskFastPath) ------------------------------------------------

SAME_BYTES = [
    "谁在巾帼工匠论坛上作了主旨发言？", "第三届巾帼工匠论坛上谁发言？", "黄宇红喜欢吃什么？",
    "黄宇红和王晓君有什么关系", "   ", "问" * 500, "MATCH (n) DETACH DELETE n",
]


@pytest.fixture(scope="module")
def uncached(ask_store: AskStore) -> Iterator[httpx.Client]:
    """A server without the answer cache: every answer is computed."""
    settings = ask_store.settings.model_copy(update={"api_cache_mb": 0})
    app = create_app(settings, store_factory=lambda: BorrowedStore(ask_store.store))  # type: ignore[arg-type,return-value]
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.mark.parametrize("question", SAME_BYTES)
def test_the_fast_path_sends_the_routes_bytes(uncached: httpx.Client, question: str) -> None:
    """One ``q`` is answered before routing; a repeated one goes to the route (which reads the last): the
    same status, headers and body either way, refusals (Cypher, blank) included."""
    fast = uncached.get("/ask", params={"q": question})
    routed = uncached.get("/ask", params=[("q", question), ("q", question)])
    assert fast.status_code == routed.status_code
    assert fast.content == routed.content
    assert {k: v for k, v in fast.headers.items() if k != "date"} == {
        k: v for k, v in routed.headers.items() if k != "date"
    }


def _asgi_get(app: Any, query: bytes, *, path: str = "/ask", method: str = "GET",
              headers: Sequence[tuple[bytes, bytes]] = ()) -> tuple[int, bytes, bool]:
    """``AskFastPath`` over ``app``'s state with a stand-in for the router: the status, the body, and
    whether the request went on to the router."""
    routed = False

    async def router(scope: Any, receive: Any, send: Any) -> None:
        nonlocal routed
        routed = True
        await send({"type": "http.response.start", "status": 418, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query, "root_path": "",
             "headers": [(b"host", b"test"), *headers], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
             "app": app}
    anyio.run(AskFastPath(router), scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:]), routed


@pytest.fixture(scope="module")
def fast_app(ask_store: AskStore) -> Any:
    app = create_app(ask_store.settings.model_copy(update={"api_token": SecretStr("t0ken")}))
    app.state.store = ask_store.store  # what the lifespan opens
    return app


def test_a_plain_question_is_answered_before_routing(fast_app: Any, ask_store: AskStore) -> None:
    question = "黄宇红获得过哪些荣誉"
    status, body, routed = _asgi_get(fast_app, f"q={quote(question)}".encode(), headers=[BEARER])
    assert (status, routed) == (200, False)
    assert body == ask_store.asker.ask(question).model_dump_json(by_alias=True).encode()
    status, body, routed = _asgi_get(fast_app, b"q=MATCH%20(n)%20RETURN%20n", headers=[BEARER])
    assert (status, routed) == (422, False)  # the app's handler for the guard's error, as behind the route
    assert json.loads(body)["detail"][0]["loc"] == ["query"]


@pytest.mark.parametrize(
    ("query", "kwargs"),
    [
        (b"", {}),  # no question
        (b"q=", {}),  # empty
        (b"q=" + quote("问" * 501).encode(), {}),  # too long
        (b"q=a&q=b", {}),  # repeated
        (b"q=abc", {"headers": []}),  # no token
        (b"q=abc", {"headers": [(b"authorization", b"Bearer wrong")]}),
        (b"q=abc", {"method": "POST"}),
        (b"q=abc", {"path": "/ask/"}),
    ],
)
def test_everything_else_goes_on_to_the_route(fast_app: Any, query: bytes, kwargs: dict[str, Any]) -> None:
    kwargs = {"headers": [BEARER], **kwargs}
    assert _asgi_get(fast_app, query, **kwargs) == (418, b"", True)


def test_an_error_without_a_handler_propagates(fast_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the app's exception handlers answer for the fast path, as behind the route: anything else goes
    on out (to the server error middleware, the route's 500)."""

    def fail(question: str) -> None:
        raise RuntimeError("no handler for this")

    monkeypatch.setattr(asker_of(fast_app.state), "ask", fail)
    with pytest.raises(RuntimeError, match="no handler for this"):
        _asgi_get(fast_app, b"q=abc", headers=[BEARER])


def test_dependency_overrides_take_the_route(fast_app: Any) -> None:
    fast_app.dependency_overrides[get_asker] = get_asker
    try:
        assert _asgi_get(fast_app, b"q=abc", headers=[BEARER])[2] is True
    finally:
        fast_app.dependency_overrides.clear()


BEARER = (b"authorization", b"Bearer t0ken")
