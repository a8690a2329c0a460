"""Empty stores of each kind for the update and scale tests: embedded (a temporary directory) and Neo4j
(a leased server from ``tests/neo4j_fixtures.py``; its tests carry the ``neo4j`` mark)."""

import importlib.util
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.store import GraphStore

StoreFactory = Callable[[], AbstractContextManager[GraphStore]]
KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def _embedded_available() -> bool:
    return importlib.util.find_spec("graph.stores.embedded") is not None


@contextmanager
def _embedded(path: Path) -> Iterator[GraphStore]:
    from graph.stores import open_store

    with open_store(Settings(store="embedded", db_path=path), "embedded") as store:
        yield store


@contextmanager
def _neo4j() -> Iterator[GraphStore]:
    from tests.neo4j_fixtures import neo4j_test_store

    with neo4j_test_store() as store:
        yield store


def _stop_started_servers() -> None:
    from tests.neo4j_fixtures import neo4j_pool

    neo4j_pool().close()


def store_factory(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """For a fixture parametrised over KINDS: each call opens an empty store of ``request.param``'s kind
    (embedded: a new directory; Neo4j: the leased server, emptied; nest no calls)."""
    kind = request.param
    if kind == "embedded":
        if not _embedded_available():
            pytest.skip("the embedded store is not available yet")
        counter = iter(range(1_000_000))
        return lambda: _embedded(tmp_path / f"db{next(counter)}")
    if not request.config.pluginmanager.has_plugin("tests.neo4j_fixtures"):
        request.config.add_cleanup(_stop_started_servers)  # the plugin would stop them itself
    return _neo4j
