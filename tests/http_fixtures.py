"""A live HTTP API over a real store: the seed page and the dev articles, extracted by the real extractor,
written to a store in a temporary directory, served by uvicorn on a free port in a background thread.

``live_api`` is parametrised over the store kinds of ``tests/store_fixtures.py`` (Neo4j tests carry the
``neo4j`` mark).
"""

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from api.http.app import create_app
from graph.model import ExtractionRecord
from graph.settings import Settings
from graph.store import GraphStore

from .store_fixtures import STORE_KINDS, open_test_store

SERVER_START_TIMEOUT_S = 20.0


class BorrowedStore:
    """A store shared with the test; closing it (the app's shutdown) leaves it open for the test."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.name = store.name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._store, attr)

    def close(self) -> None:
        return None

    def __enter__(self) -> "BorrowedStore":
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class LiveServer:
    """uvicorn serving ``app`` on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, app: FastAPI) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        self._thread.start()
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on {self.url}")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()


def corpus_paths(shared_dir: Path) -> list[Path]:
    """The seed page and the dev articles."""
    fixtures = shared_dir / "fixtures"
    return sorted((fixtures / "seed").glob("*.txt")) + sorted((fixtures / "dev").glob("*.txt"))


def extract_corpus(paths: list[Path]) -> list[ExtractionRecord]:
    """Records of every document, through the real reader, normaliser and extractor."""
    from loaders.pipeline import default_extractor, iter_outcomes

    outcomes = list(iter_outcomes(paths, default_extractor()))
    failed = [f"{o.doc}: {o.error}" for o in outcomes if not o.ok]
    assert not failed, failed
    return [o.record for o in outcomes if o.record is not None]


@dataclass
class LiveApi:
    kind: str
    url: str
    store: GraphStore
    settings: Settings
    client: httpx.Client
    serve: Callable[[Settings], LiveServer]

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.get(path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.post(path, **kwargs)


@pytest.fixture(scope="session")
def corpus_records(shared_dir: Path) -> list[ExtractionRecord]:
    return extract_corpus(corpus_paths(shared_dir))


@pytest.fixture(scope="session", params=STORE_KINDS)
def live_api(
    request: pytest.FixtureRequest, corpus_records: list[ExtractionRecord], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveApi]:
    kind: str = request.param
    settings = Settings(store=kind, db_path=tmp_path_factory.mktemp(f"http-{kind}") / "graph.lbdb")  # type: ignore[call-arg]
    with open_test_store(kind, settings) as store:
        store.write_records(corpus_records)

        def serve(app_settings: Settings) -> LiveServer:
            return LiveServer(create_app(app_settings, store_factory=lambda: BorrowedStore(store)))

        with serve(settings) as server, httpx.Client(base_url=server.url, timeout=30) as client:
            yield LiveApi(kind, server.url, store, settings, client, serve)
