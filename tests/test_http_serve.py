"""``craftgraph serve`` runs the API over the configured store, on the host and port it is given."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio.to_thread
import httpx
import pytest
from fastapi.testclient import TestClient

from api.http.app import create_app
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore

START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_health_over_the_configured_store(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(tmp_path / "graph")}
    env.pop("CRAFTGRAPH_API_TOKEN", None)
    command = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "craftgraph serve did not answer in time"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["store"] == "embedded"
        assert httpx.get(f"http://127.0.0.1:{port}/persons/nobody", timeout=5).status_code == 404
    finally:
        server.terminate()
        server.wait(timeout=30)


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
