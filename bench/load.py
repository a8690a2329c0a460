"""Load benchmark, both stores side by side in one run.

The seed page and the dev articles (through the real extractor; the gold files if it is missing) are
replicated to ``--documents`` records, Person and Organization names varied per copy so entities do not
collapse (``bench/records.py``). Each store gets the same records: documents/s and relationships/s of
the write, then p50/p99 latency of every named query over parameters sampled from the loaded graph.

Neo4j: by default a private server (``graph.neo4j_server``, temporary folder, free ports) that is
stopped at the end; ``--neo4j-uri`` uses a running server instead, and CLEARS its database.

    .venv/bin/python -m bench.load                   # 5,000 documents
    .venv/bin/python -m bench.load --documents 20000 --repeats 50
"""

import argparse
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.params import graph_samples, param_sets
from bench.records import corpus_records, replicate
from graph.errors import QueryTimeoutError
from graph.model import ExtractionRecord
from graph.neo4j_server import Neo4jServer
from graph.settings import Settings
from graph.store import GraphStore, WriteSummary
from graph.stores.embedded import EmbeddedStore
from graph.stores.neo4j_store import Neo4jStore
from queries.catalogue import list_queries

TARGET_RELS_PER_S = {"embedded": 50_000, "neo4j": 20_000}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def neo4j_store(settings: Settings, uri: str | None, heap: str, pagecache: str) -> Iterator[Neo4jStore]:
    if uri:
        with Neo4jStore.from_settings(settings.model_copy(update={"neo4j_uri": uri})) as store:
            store.clear()
            yield store
        return
    home = settings.neo4j_home.resolve()
    with tempfile.TemporaryDirectory(prefix="craftgraph-bench-neo4j-") as instance:
        server = Neo4jServer.from_settings(settings.model_copy(update={"neo4j_home": home}), instance=Path(instance),
                                           bolt_port=free_port(), http_port=free_port(), heap=heap,
                                           pagecache=pagecache)
        server.install(print)
        server.start(print)
        try:
            with Neo4jStore.from_settings(settings.model_copy(update={"neo4j_uri": server.bolt_uri})) as store:
                yield store
        finally:
            server.stop(print)


def write(store: GraphStore, records: list[ExtractionRecord]) -> WriteSummary:
    if isinstance(store, Neo4jStore):
        store.ensure_schema()  # index creation is set-up, not load time
    return store.write_records(records)


def query_latencies(store: GraphStore, repeats: int) -> dict[str, list[float]]:
    samples = graph_samples(store)
    timings: dict[str, list[float]] = {}
    for query in list_queries():
        text = query.for_engine(store.name).text
        sets = param_sets(query, samples)
        runs = []
        try:
            store.run(text, sets[0])  # warm the plan cache
            for i in range(repeats):
                started = time.perf_counter()
                store.run(text, sets[i % len(sets)])
                runs.append(time.perf_counter() - started)
        except QueryTimeoutError:
            runs = [float("inf")]  # past CRAFTGRAPH_QUERY_TIMEOUT_S
        timings[query.name] = runs
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=30, help="runs of each named query per store")
    parser.add_argument("--neo4j-uri", help="use this running server (its database is CLEARED)")
    parser.add_argument("--neo4j-heap", default="2g")
    parser.add_argument("--neo4j-pagecache", default="1g")
    args = parser.parse_args()

    base, how = corpus_records()
    records = replicate(base, args.documents)
    print(f"corpus: {len(base)} documents ({how}), replicated to {len(records)}")
    settings = Settings()
    summaries: dict[str, WriteSummary] = {}
    latencies: dict[str, dict[str, list[float]]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="craftgraph-bench-embedded-") as directory,
        EmbeddedStore.from_settings(settings.model_copy(update={"db_path": Path(directory) / "graph"})) as store,
    ):
        summaries["embedded"] = write(store, records)
        latencies["embedded"] = query_latencies(store, args.repeats)
    with neo4j_store(settings, args.neo4j_uri, args.neo4j_heap, args.neo4j_pagecache) as store:
        summaries["neo4j"] = write(store, records)
        latencies["neo4j"] = query_latencies(store, args.repeats)

    print(f"\n{'write':<34}{'embedded':>14}{'neo4j':>14}{'neo4j/embedded':>16}")
    rows = [
        ("documents", lambda s: s.documents, "{:.0f}"),
        ("relationships", lambda s: s.relationships, "{:.0f}"),
        ("seconds", lambda s: s.seconds, "{:.1f}"),
        ("documents/s", lambda s: s.documents / s.seconds, "{:.0f}"),
        ("relationships/s", lambda s: s.relationships / s.seconds, "{:.0f}"),
    ]
    for label, value, fmt in rows:
        e, n = value(summaries["embedded"]), value(summaries["neo4j"])
        print(f"{label:<34}{fmt.format(e):>14}{fmt.format(n):>14}{n / e if e else float('nan'):>16.2f}")
    for kind, target in TARGET_RELS_PER_S.items():
        rate = summaries[kind].relationships / summaries[kind].seconds
        print(f"target {kind}: >= {target:,} relationships/s -> {'met' if rate >= target else 'NOT met'} ({rate:,.0f})")

    print(f"\n{'query (ms)':<34}{'emb p50':>9}{'emb p99':>9}{'neo p50':>9}{'neo p99':>9}{'neo/emb p50':>13}")
    for name in latencies["embedded"]:
        e, n = latencies["embedded"][name], latencies["neo4j"][name]
        e50, e99, n50, n99 = (1000 * percentile(v, q) for v, q in ((e, 0.5), (e, 0.99), (n, 0.5), (n, 0.99)))
        print(f"{name:<34}{e50:>9.1f}{e99:>9.1f}{n50:>9.1f}{n99:>9.1f}{n50 / e50 if e50 else float('nan'):>13.2f}")


if __name__ == "__main__":
    main()
