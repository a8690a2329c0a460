"""Real Neo4j servers for the tests, started with the project's own ``graph.neo4j_server``.

Neo4j Community has one user database per server, so tests cannot get a database each. Instead a small
pool hands out *leases* on servers: a lease gets an emptied database that nobody else writes while it is
held. A server answering at an explicitly set ``CRAFTGRAPH_NEO4J_URI`` (``.ci/run`` starts one) is the
first member of the pool; more servers are started on free ports when leases overlap (a session-long
HTTP fixture holding one while function-scoped tests use another). Servers the pool started are
stopped when the test session ends. The jars come from the install cache (``CRAFTGRAPH_NEO4J_HOME``).
"""

import atexit
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from pydantic import SecretStr

from graph.neo4j_server import Neo4jServer
from graph.settings import Settings
from graph.stores.neo4j_store import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
TEST_HEAP, TEST_PAGECACHE = "1g", "256m"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(uri: str, user: str, password: str) -> bool:
    try:
        with GraphDatabase.driver(uri, auth=(user, password), connection_timeout=3.0) as driver:
            driver.verify_connectivity()
        return True
    except Exception:
        return False


@dataclass
class Endpoint:
    uri: str
    user: str
    password: str
    database: str
    server: Neo4jServer | None = None  # None: a server this test session did not start (never stopped here)

    @property
    def bolt_port(self) -> int:
        return int(self.uri.rsplit(":", 1)[1])

    def settings(self, base: Settings | None = None, **overrides: object) -> Settings:
        base = base or Settings()
        update = {"neo4j_uri": self.uri, "neo4j_user": self.user, "neo4j_database": self.database,
                  "neo4j_password": SecretStr(self.password), **overrides}
        return base.model_copy(update=update)

    def open_store(self, base: Settings | None = None, **overrides: object) -> Neo4jStore:
        return Neo4jStore.from_settings(self.settings(base, **overrides))

    def clear(self) -> None:
        with self.open_store() as store:
            store.clear()


@dataclass
class Neo4jPool:
    base: Settings = field(default_factory=Settings)
    free: list[Endpoint] = field(default_factory=list)
    started: list[Neo4jServer] = field(default_factory=list)
    external_checked: bool = False

    def _external(self) -> Endpoint | None:
        uri = os.environ.get("CRAFTGRAPH_NEO4J_URI")
        password = self.base.neo4j_password.get_secret_value()
        if uri and answers(uri, self.base.neo4j_user, password):
            return Endpoint(uri, self.base.neo4j_user, password, self.base.neo4j_database)
        return None

    def _start(self) -> Endpoint:
        home = self.base.neo4j_home if self.base.neo4j_home.is_absolute() else REPO / self.base.neo4j_home
        instance = Path(tempfile.mkdtemp(prefix="craftgraph-neo4j-test-"))
        server = Neo4jServer.from_settings(
            self.base.model_copy(update={"neo4j_home": home}),
            instance=instance,
            bolt_port=free_port(),
            http_port=free_port(),
            heap=TEST_HEAP,
            pagecache=TEST_PAGECACHE,
        )
        server.install()
        server.start()
        self.started.append(server)
        return Endpoint(server.bolt_uri, server.user, server.password, "neo4j", server)

    def lease(self, *, owned: bool = False) -> Endpoint:
        """An emptied server; ``owned`` asks for one this session started (so a test may stop or kill it)."""
        if not self.external_checked:
            self.external_checked = True
            external = self._external()
            if external is not None:
                self.free.append(external)
        candidates = [e for e in self.free if e.server is not None or not owned]
        endpoint = candidates[0] if candidates else self._start()
        if endpoint in self.free:
            self.free.remove(endpoint)
        endpoint.clear()
        return endpoint

    def release(self, endpoint: Endpoint) -> None:
        self.free.append(endpoint)

    @contextmanager
    def leased(self, *, owned: bool = False) -> Iterator[Endpoint]:
        endpoint = self.lease(owned=owned)
        try:
            yield endpoint
        finally:
            self.release(endpoint)

    def close(self) -> None:
        """Stop the servers this session started and delete their temporary folders."""
        for server in self.started:
            server.stop()
            shutil.rmtree(server.instance, ignore_errors=True)
        self.started.clear()
        self.free.clear()


_POOL: Neo4jPool | None = None


def neo4j_pool() -> Neo4jPool:
    global _POOL
    if _POOL is None:
        _POOL = Neo4jPool()
        atexit.register(_POOL.close)  # also when the session ends without pytest_sessionfinish
    return _POOL


@contextmanager
def neo4j_test_store(base: Settings | None = None) -> Iterator[Neo4jStore]:
    """A Neo4jStore on an emptied, leased server; for ``tests/store_fixtures.py`` (``open_test_store``)."""
    with neo4j_pool().leased() as endpoint, endpoint.open_store(base) as store:
        yield store


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _POOL is not None:
        _POOL.close()


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jPool]:
    """The pool of test servers (started lazily, stopped at the end of the session)."""
    yield neo4j_pool()


@pytest.fixture
def neo4j_endpoint(neo4j_server: Neo4jPool) -> Iterator[Endpoint]:
    """A server with an empty database, for this test alone."""
    with neo4j_server.leased() as endpoint:
        yield endpoint


@pytest.fixture
def neo4j_store(neo4j_endpoint: Endpoint) -> Iterator[Neo4jStore]:
    with neo4j_endpoint.open_store() as store:
        yield store
