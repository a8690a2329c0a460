"""Acceptance: Neo4j killed in the middle of a load fails the load with a clear message; after a restart,
re-running the same load completes with no duplicate and nothing missing."""

import threading
import time

import pytest

from bench.records import gold_records, replicate
from graph.errors import StoreUnavailableError
from graph.model import ExtractionRecord
from graph.store import StoreStats

from .neo4j_fixtures import Endpoint, Neo4jPool

pytestmark = pytest.mark.neo4j

DOCUMENTS = 480


def documents_stored(endpoint: Endpoint) -> int:
    with endpoint.open_store() as store:
        return store.stats().nodes.get("Document", 0)


def load(endpoint: Endpoint, records: list[ExtractionRecord]) -> StoreStats:
    with endpoint.open_store(neo4j_max_retry_time_s=2.0, write_batch_size=300) as store:
        store.write_records(records)
        return store.stats()


def test_a_load_interrupted_by_a_crash_fails_clearly_and_completes_when_rerun(
    neo4j_server: Neo4jPool, shared_dir: object
) -> None:
    records = replicate(gold_records(), DOCUMENTS)
    with neo4j_server.leased(owned=True) as endpoint:
        assert endpoint.server is not None
        failure: list[BaseException] = []

        def interrupted_load() -> None:
            try:
                load(endpoint, records)
            except BaseException as exc:
                failure.append(exc)

        loader = threading.Thread(target=interrupted_load)
        loader.start()
        deadline = time.monotonic() + 300
        while documents_stored(endpoint) == 0 and loader.is_alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert loader.is_alive(), "the load finished before the server could be stopped; raise DOCUMENTS"
        endpoint.server.kill()
        loader.join(timeout=120)
        assert not loader.is_alive()

        assert len(failure) == 1 and isinstance(failure[0], StoreUnavailableError), failure
        message = str(failure[0])
        assert endpoint.uri in message
        assert "re-run" in message

        endpoint.server.start()
        partial = documents_stored(endpoint)
        assert 0 < partial < DOCUMENTS
        rerun = load(endpoint, records)

        endpoint.clear()
        clean = load(endpoint, records)
        assert rerun == clean
        with endpoint.open_store() as store:
            assert store.run("MATCH ()-[r]->() RETURN count(r) - count(DISTINCT r.key)").rows == [[0]]
