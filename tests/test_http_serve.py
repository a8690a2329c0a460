"""``craftgraph serve`` runs the API over the configured store, on the host and port it is given."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import anyio.to_thread
import httpx
import pytest
from fastapi.testclient import TestClient

from api.http.app import create_app
from graph.errors import StoreUnavailableError
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore
from tests.records import FORUM, PERSON_A, PERSON_B, forum_report, second_report

START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path, *options: str) -> Iterator[str]:
    """``craftgraph serve`` over the embedded store in ``db`` on a free port; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(db)}
    env.pop("CRAFTGRAPH_API_TOKEN", None)
    command = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *options]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                httpx.get(f"{url}/health", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "craftgraph serve did not answer in time"
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_answers_health_over_the_configured_store(tmp_path: Path) -> None:
    with serving(tmp_path / "graph") as url:
        response = httpx.get(f"{url}/health", timeout=5)
        assert response.status_code == 200
        assert response.json()["store"] == "embedded"
        assert httpx.get(f"{url}/persons/nobody", timeout=5).status_code == 404


def test_several_server_processes_answer_from_one_embedded_store(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "graph") as store:
        store.write_records([forum_report()])
    with serving(tmp_path / "graph", "--workers", "2") as url, httpx.Client(base_url=url, timeout=10) as client:
        answers = [client.get(f"/forums/{quote(FORUM)}/speakers") for _ in range(20)]
    assert {response.status_code for response in answers} == {200}
    assert {item["entity"]["name"] for item in answers[0].json()["items"]} == {PERSON_A, PERSON_B}


def test_nothing_loads_into_the_embedded_store_while_several_server_processes_read_it(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "graph") as store:
        store.write_records([forum_report()])
    refused = pytest.raises(StoreUnavailableError, match="another process reads or writes it")
    with serving(tmp_path / "graph", "--workers", "2"), refused:
        EmbeddedStore(tmp_path / "graph")


def test_a_stopped_server_lets_loads_in_again(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "graph") as store:
        store.write_records([forum_report()])
    with serving(tmp_path / "graph", "--workers", "2"):
        pass
    with EmbeddedStore(tmp_path / "graph") as store:
        assert store.write_records([second_report()]).documents == 1


def test_several_server_processes_start_on_a_store_not_yet_created(tmp_path: Path) -> None:
    with serving(tmp_path / "graph", "--workers", "2") as url:
        assert httpx.get(f"{url}/persons/nobody", timeout=5).status_code == 404


@pytest.mark.parametrize(
    ("store", "threads", "expected"), [("embedded", None, 4), ("neo4j", None, 16), ("neo4j", 3, 3)]
)
def test_the_app_answers_as_many_requests_at_once_as_configured(
    tmp_path: Path, store: str, threads: int | None, expected: int
) -> None:
    """``store`` only picks the default here; the app runs over an embedded store either way."""
    settings = Settings(store=store, api_token=None, api_threads=threads)  # type: ignore[call-arg]
    app = create_app(settings, store_factory=lambda: EmbeddedStore(tmp_path / "graph"))
    with TestClient(app) as client:
        tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
    assert tokens == expected
