"""Load benchmark, both stores side by side in one run.

The seed page and the dev articles (through the real extractor; the gold files if it is missing) are
replicated to ``--documents`` records, Person and Organization names varied per copy so entities do not
collapse (``bench/records.py``). Each store gets the same records: documents/s and relationships/s of
the write, then p50/p99 latency of every named query over parameters sampled from the loaded graph.

Neo4j: by default a private server (``graph.neo4j_server``, temporary folder, free ports) that is
stopped at the end; ``--neo4j-uri`` uses a running server instead, and CLEARS its database. The records are
written once untimed first, then the database is emptied and the timed load runs: a server that has run a
while (its JIT has compiled the write path) spends about a third of the CPU of a fresh one on the same load;
``--cold-neo4j`` times the fresh server's first load instead.

    .venv/bin/python -m bench.load                   # 5,000 documents
    .venv/bin/python -m bench.load --documents 20000 --repeats 50
    .venv/bin/python -m bench.load --stores neo4j   # one store only (no ratio column)
"""

import argparse
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far (the server's work, whatever else the machine runs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def neo4j_store(
    settings: Settings, uri: str | None, heap: str, pagecache: str
) -> Iterator[tuple[Neo4jStore, int | None]]:
    """The store and, when this benchmark started the server, the server's pid."""
    if uri:
        with Neo4jStore.from_settings(settings.model_copy(update={"neo4j_uri": uri})) as store:
            store.clear()
            yield store, None
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
                yield store, server.pid()
        finally:
            server.stop(print)


@dataclass(frozen=True)
class Written:
    summary: WriteSummary
    client_cpu_s: float
    server_cpu_s: float | None  # Neo4j's JVM, when the benchmark started it


def write(store: GraphStore, records: list[ExtractionRecord], server_pid: int | None = None) -> Written:
    if isinstance(store, Neo4jStore):
        store.ensure_schema()  # index creation is set-up, not load time
    server_before = process_cpu_s(server_pid) if server_pid else 0.0
    client_before = time.process_time()
    summary = store.write_records(records)
    client = time.process_time() - client_before
    return Written(summary, client, process_cpu_s(server_pid) - server_before if server_pid else None)


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
    parser.add_argument("--stores", nargs="+", choices=("embedded", "neo4j"), default=["embedded", "neo4j"])
    parser.add_argument("--cold-neo4j", action="store_true",
                        help="measure Neo4j's first load on the fresh server (default: one untimed pass first)")
    args = parser.parse_args()

    base, how = corpus_records()
    records = replicate(base, args.documents)
    print(f"corpus: {len(base)} documents ({how}), replicated to {len(records)}")
    settings = Settings()
    summaries: dict[str, Written] = {}
    latencies: dict[str, dict[str, list[float]]] = {}
    if "embedded" in args.stores:
        with (
            tempfile.TemporaryDirectory(prefix="craftgraph-bench-embedded-") as directory,
            EmbeddedStore.from_settings(settings.model_copy(update={"db_path": Path(directory) / "graph"})) as store,
        ):
            summaries["embedded"] = write(store, records)
            latencies["embedded"] = query_latencies(store, args.repeats)
    if "neo4j" in args.stores:
        with neo4j_store(settings, args.neo4j_uri, args.neo4j_heap, args.neo4j_pagecache) as (store, pid):
            if not args.cold_neo4j:
                first = write(store, records, pid)
                rate = first.summary.relationships / first.summary.seconds
                print(f"neo4j warm-up pass (not in the table): {rate:,.0f} rels/s, "
                      f"server CPU {first.server_cpu_s or 0:.1f} s")
                store.clear()
            summaries["neo4j"] = write(store, records, pid)
            latencies["neo4j"] = query_latencies(store, args.repeats)
    report(summaries, latencies)
    print(f"\nload average (1, 5, 15 min): {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} cores")


def ratio(numerator: float | None, denominator: float | None) -> str:
    if numerator is None or not denominator:
        return ""
    return f"{numerator / denominator:.2f}"


def report(summaries: dict[str, Written], latencies: dict[str, dict[str, list[float]]]) -> None:
    """The stores side by side; a store not run leaves its columns empty."""
    def cell(value: float | None, fmt: str) -> str:
        return "-" if value is None else fmt.format(value)

    print(f"\n{'write':<34}{'embedded':>14}{'neo4j':>14}{'neo4j/embedded':>16}")
    rows: list[tuple[str, Callable[[Written], float | None], str]] = [
        ("documents", lambda w: w.summary.documents, "{:.0f}"),
        ("relationships", lambda w: w.summary.relationships, "{:.0f}"),
        ("seconds", lambda w: w.summary.seconds, "{:.1f}"),
        ("documents/s", lambda w: w.summary.documents / w.summary.seconds, "{:.0f}"),
        ("relationships/s", lambda w: w.summary.relationships / w.summary.seconds, "{:.0f}"),
        ("client CPU s (this process)", lambda w: w.client_cpu_s, "{:.1f}"),
        ("server CPU s (Neo4j JVM)", lambda w: w.server_cpu_s, "{:.1f}"),
        ("relationships per server CPU-s", lambda w: w.summary.relationships / w.server_cpu_s
         if w.server_cpu_s else None, "{:.0f}"),
    ]
    for label, value, fmt in rows:
        e, n = (value(summaries[k]) if k in summaries else None for k in ("embedded", "neo4j"))
        print(f"{label:<34}{cell(e, fmt):>14}{cell(n, fmt):>14}{ratio(n, e):>16}")
    for kind, target in TARGET_RELS_PER_S.items():
        if kind in summaries:
            rate = summaries[kind].summary.relationships / summaries[kind].summary.seconds
            print(f"target {kind}: >= {target:,} relationships/s -> {'met' if rate >= target else 'NOT met'} "
                  f"({rate:,.0f})")

    print(f"\n{'query (ms)':<34}{'emb p50':>9}{'emb p99':>9}{'neo p50':>9}{'neo p99':>9}{'neo/emb p50':>13}")
    names = next(iter(latencies.values()), {})
    for name in names:
        e50, e99, n50, n99 = (
            1000 * percentile(latencies[k][name], q) if k in latencies else None
            for k, q in (("embedded", 0.5), ("embedded", 0.99), ("neo4j", 0.5), ("neo4j", 0.99))
        )
        print(f"{name:<34}{cell(e50, '{:.1f}'):>9}{cell(e99, '{:.1f}'):>9}{cell(n50, '{:.1f}'):>9}"
              f"{cell(n99, '{:.1f}'):>9}{ratio(n50, e50):>13}")

if __name__ == "__main__":
    main()
