"""Shared pytest fixtures. Fixture modules per concern are registered in ``pytest_plugins``."""

import os
from pathlib import Path

import pytest

pytest_plugins: list[str] = [
    "tests.web_fixtures",
    "tests.neo4j_fixtures",
    "tests.store_fixtures",
    "tests.http_fixtures",
]

REPO = Path(__file__).resolve().parents[1]


def shared_path() -> Path:
    return Path(os.environ.get("CRAFTGRAPH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not (path / "fixtures").is_dir():
        pytest.skip(f"shared fixtures not found at {path}")
    return path
