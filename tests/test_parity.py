"""Parity: every named query gives the same rows on the embedded store and on Neo4j, over the seed page and
the dev articles loaded through the real extractor.

Parameters are not written down: sample entities, facts and documents are read from the loaded graph
(the best-connected entities of every label), so the queries are asked about things that are there.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.params import graph_samples, param_sets
from bench.records import corpus_files, extracted_records
from graph.model import ExtractionRecord
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import NamedQuery, list_queries

from .store_fixtures import open_test_store

pytestmark = pytest.mark.neo4j

@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[ExtractionRecord]:
    records = extracted_records(corpus_files(shared_dir))
    if not records:
        pytest.skip("the extractor (loaders.pipeline) is not available")
    return records


@pytest.fixture(scope="module")
def stores(corpus: list[ExtractionRecord], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, GraphStore]]:
    directory = tmp_path_factory.mktemp("parity")
    with (
        open_test_store("embedded", Settings(store="embedded", db_path=directory / "graph")) as embedded,  # type: ignore[call-arg]
        open_test_store("neo4j", Settings(store="neo4j")) as neo4j,  # type: ignore[call-arg]
    ):
        for store in (embedded, neo4j):
            store.write_records(corpus)
        yield {"embedded": embedded, "neo4j": neo4j}


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON: row order and the order of collected lists are not part of the answer."""

    def norm(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [norm(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return sorted(json.dumps(norm(r), sort_keys=True, ensure_ascii=False) for r in rows)


QUERIES = list_queries()


def test_both_stores_hold_the_same_graph(stores: dict[str, GraphStore]) -> None:
    assert stores["embedded"].stats() == stores["neo4j"].stats()


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_named_query_gives_the_same_rows_on_both_stores(query: NamedQuery, stores: dict[str, GraphStore]) -> None:
    answered = 0
    for params in param_sets(query, graph_samples(stores["embedded"])):
        embedded = stores["embedded"].run(query.for_engine("embedded").text, params).records()
        neo4j = stores["neo4j"].run(query.for_engine("neo4j").text, params).records()
        assert canonical(embedded) == canonical(neo4j), params
        answered += bool(embedded)
    assert answered or not query.params, f"{query.name} answered nothing for any sample"
