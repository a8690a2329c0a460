"""Stores for tests, one kind per parameter: embedded (a temporary directory) and Neo4j (a leased server
from ``tests/neo4j_fixtures.py``, emptied; its tests carry the ``neo4j`` mark).

``store`` is an empty store of each kind; ``open_test_store(kind, settings)`` opens one for fixtures that
load their own data.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.store import GraphStore

STORE_KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@contextmanager
def open_test_store(kind: str, settings: Settings) -> Iterator[GraphStore]:
    if kind == "embedded":
        from graph.stores.embedded import EmbeddedStore

        with EmbeddedStore.from_settings(settings) as store:
            yield store
    elif kind == "neo4j":
        from tests.neo4j_fixtures import neo4j_test_store

        with neo4j_test_store(settings) as store:
            yield store
    else:
        raise ValueError(f"unknown store kind {kind!r}")


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store of each kind."""
    settings = Settings(store=request.param, db_path=tmp_path / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as opened:
        yield opened
