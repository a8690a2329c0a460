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

from bench.records import corpus_files, extracted_records
from graph.model import ExtractionRecord
from graph.schema import ENTITY_LABELS
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import NamedQuery, list_queries, parse_header

from .store_fixtures import open_test_store

pytestmark = pytest.mark.neo4j

SAMPLES_PER_LABEL = 2


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


def samples(store: GraphStore) -> list[dict[str, Any]]:
    """The best-connected entities of every label (ties broken by key)."""
    picked = []
    for label in ENTITY_LABELS:
        rows = store.run(
            f"MATCH (n:{label})-[r]-() RETURN n.key AS key, n.name AS name, count(r) AS degree "
            "ORDER BY degree DESC, key LIMIT $n", {"n": SAMPLES_PER_LABEL}
        ).records()
        picked += [{"label": label, **row} for row in rows]
    return picked


def sample_fact(store: GraphStore) -> dict[str, Any]:
    rows = store.run(
        "MATCH (a:Person)-[r:HOLDS_POSITION]->(b:Organization) RETURN a.name AS head, b.name AS tail, "
        "a.key AS hk, b.key AS tk ORDER BY hk, tk LIMIT 1"
    ).records()
    return rows[0]


def declared_params(query: NamedQuery) -> set[str]:
    """Every parameter any engine's file of the query declares."""
    return {p for engine in query.engines for p in parse_header(query.for_engine(engine).text).params}


def param_sets(query: NamedQuery, store: GraphStore) -> list[dict[str, Any]]:
    entities = samples(store)
    fact = sample_fact(store)
    docs = [row[0] for row in store.run("MATCH (d:Document) RETURN d.key AS k ORDER BY k LIMIT 3").rows]
    wanted = declared_params(query)
    sets = []
    documents = [{"label": "Document", "key": key, "name": key} for key in docs[:1]]
    for i, entity in enumerate(entities + documents):
        other = entities[(i + len(entities) // 2) % len(entities)]
        values: dict[str, Any] = {
            "name": entity["name"], "key": entity["key"], "label": entity["label"], "labels": list(ENTITY_LABELS),
            "entity_labels": list(ENTITY_LABELS), "cap": 50, "q": entity["name"][:2],
            "grams": [entity["name"][j : j + 2] for j in range(max(1, len(entity["name"]) - 1))],
            "head": fact["head"], "type": "HOLDS_POSITION", "tail": fact["tail"], "keys": docs,
            "source_label": entity["label"], "source_key": entity["key"], "target_label": other["label"],
            "target_key": other["key"], "max_hops": 4, "path_cap": 10,
        }
        missing = wanted - values.keys()
        assert not missing, f"{query.name}: no sample value for {missing}"
        sets.append({p: values[p] for p in wanted})
    unique = {json.dumps(s, sort_keys=True, ensure_ascii=False): s for s in sets}
    return list(unique.values())


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
    for params in param_sets(query, stores["embedded"]):
        embedded = stores["embedded"].run(query.for_engine("embedded").text, params).records()
        neo4j = stores["neo4j"].run(query.for_engine("neo4j").text, params).records()
        assert canonical(embedded) == canonical(neo4j), params
        answered += bool(embedded)
    assert answered or not query.params, f"{query.name} answered nothing for any sample"
