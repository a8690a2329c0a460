"""GET /ask over real HTTP, on each store: the same answer as the direct call, bad questions refused with
a 422, the OpenAPI schema documents it, and the bearer token guards it."""

from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from api.http.app import create_app

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
