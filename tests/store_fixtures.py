"""Stores for tests, one kind per parameter: embedded (a temporary directory) and Neo4j (a leased server
from ``tests/neo4j_fixtures.py``, emptied; its tests carry the ``neo4j`` mark).

``store`` is an empty store of each kind; ``new_store`` a factory of empty stores of each kind (for tests
that reopen or compare stores); ``open_test_store(kind, settings)`` opens one for fixtures that load their
own data. ``corpus_copy`` is the seed page and the dev articles in a folder a test may change.
"""

import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.store import GraphStore

STORE_KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
StoreFactory = Callable[[], AbstractContextManager[GraphStore]]


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


@pytest.fixture(params=STORE_KINDS)
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """Each call opens an empty store of the parameter's kind (embedded: a new directory; Neo4j: the leased
    server, emptied, so nest no calls)."""
    kind: str = request.param
    counter = iter(range(1_000_000))
    return lambda: open_test_store(kind, Settings(store=kind, db_path=tmp_path / f"db{next(counter)}"))  # type: ignore[call-arg]


@pytest.fixture
def corpus_copy(shared_dir: Path, tmp_path: Path) -> Path:
    """The seed page and the dev articles, copied so that a test may change or delete them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for text in sorted((shared_dir / "fixtures").glob("*/*.txt")):
        shutil.copy(text, folder / text.name)
    return folder
