"""HTTP API throughput and latency beside the same questions asked of the store directly, in one run.

    .venv/bin/python -m bench.api [--docs 5000] [--store embedded|neo4j] [--concurrency 50] [--requests 3000]

1. Writes a synthetic corpus (``bench/corpus_gen.py``) into a fresh store (or reuses ``--db`` with ``--reuse``).
2. Direct: ``--concurrency`` threads ask the store the endpoint's own named queries (name lookup, facts,
   documents), and the same through the answer service (which also folds the facts into JSON models).
3. HTTP: ``craftgraph serve`` in a subprocess (access log off); ``--concurrency`` keep-alive connections send
   GET requests (a minimal asyncio HTTP/1.1 client, so the load generator costs little CPU beside the server).
   Twice: with the answer cache (``api/http/cache.py``) warmed by one pass over the names ("kept"), and with
   it off, every answer asked of the store ("computed"); ``GET /health`` (no store query) is the floor.
   Then "computed" again with ``--workers`` server processes (``craftgraph serve --workers``; one per core).

Prints requests/s, p50 and p99 per endpoint and mode, and the ratio of API p50/p99 to the direct store's.
Targets: p99 <= 25 ms and API overhead <= 1.5x the direct store call.
"""

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from api.services import GraphAnswers
from bench.corpus_gen import write_corpus
from graph.lookup import resolve
from graph.settings import Settings
from graph.store import GraphStore
from graph.stores import open_store
from queries.catalogue import get_query

P99_TARGET_MS = 25.0
OVERHEAD_TARGET = 1.5


@dataclass
class Timing:
    label: str
    latencies_ms: list[float]
    seconds: float

    @property
    def rps(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


# -- building the graph ----------------------------------------------------------------------------


def pick_names(store: GraphStore, count: int) -> tuple[list[str], list[str]]:
    """Forums with speakers and people who spoke, sampled deterministically."""
    forums = store.run("MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN DISTINCT f.name AS n").rows
    people = store.run("MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN DISTINCT p.name AS n").rows
    rng = random.Random(7)
    pick = lambda rows: rng.sample(sorted(r[0] for r in rows), min(count, len(rows)))  # noqa: E731
    return pick(forums), pick(people)


# -- direct ----------------------------------------------------------------------------------------


def _store_calls(store: GraphStore, label: str, facts_query: str) -> Callable[[str], None]:
    """The store calls of one answer, without the service's folding: the name lookup (``resolve``, as the
    service does it), the facts, the documents."""
    facts = get_query(facts_query, store.name).text
    documents = get_query("documents_by_key", store.name).text

    def ask(name: str) -> None:
        rows = store.run(facts, {"key": resolve(store, name, (label,)).key}).records()
        store.run(documents, {"keys": sorted({r["doc"] for r in rows})})

    return ask


def run_threads(
    label: str, call: Callable[[str], object], names: Sequence[str], total: int, concurrency: int
) -> Timing:
    work = [names[i % len(names)] for i in range(total)]

    def timed(name: str) -> float:
        start = time.perf_counter()
        call(name)
        return (time.perf_counter() - start) * 1000

    for name in names[: min(len(names), 50)]:
        call(name)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = list(pool.map(timed, work))
    return Timing(label, latencies, time.perf_counter() - started)


# -- HTTP ------------------------------------------------------------------------------------------


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    await reader.readexactly(length)
    return int(status_line.split()[1])


async def _load(host: str, port: int, paths: Sequence[str], concurrency: int) -> tuple[list[float], float, int]:
    queue = list(reversed(paths))
    latencies: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        while queue:
            path = queue.pop()
            start = time.perf_counter()
            status = await _get(reader, writer, host, path)
            latencies.append((time.perf_counter() - start) * 1000)
            errors += status != 200
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - started, errors


def run_http(label: str, port: int, paths: Sequence[str], total: int, concurrency: int) -> Timing:
    work = [paths[i % len(paths)] for i in range(total)]
    asyncio.run(_load("127.0.0.1", port, paths[:50], min(concurrency, 10)))
    latencies, seconds, errors = asyncio.run(_load("127.0.0.1", port, work, concurrency))
    if errors:
        print(f"warning: {label}: {errors} answers were not 200")
    return Timing(label, latencies, seconds)


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            asyncio.run(_load("127.0.0.1", port, ["/health"], 1))
            return server
        except OSError:
            if server.poll() is not None:
                message = server.stderr.read().decode() if server.stderr else ""
                raise SystemExit(f"the server exited: {message}") from None
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer /health within 60 s")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- report ----------------------------------------------------------------------------------------


def report(rows: list[tuple[str, Timing, Timing | None]]) -> None:
    print(f"\n{'endpoint / mode':52} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'p50 ×':>7} {'p99 ×':>7}")
    for name, timing, baseline in rows:
        ratio50 = f"{timing.pct(0.5) / baseline.pct(0.5):.2f}" if baseline else "1.00"
        ratio99 = f"{timing.pct(0.99) / baseline.pct(0.99):.2f}" if baseline else "1.00"
        print(f"{name:52} {timing.rps:8.0f} {timing.pct(0.5):8.2f} {timing.pct(0.99):8.2f} {ratio50:>7} {ratio99:>7}")
    print(f"\ntargets: HTTP p99 <= {P99_TARGET_MS} ms; HTTP / direct store <= {OVERHEAD_TARGET}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--store", choices=("embedded", "neo4j"), default="embedded")
    parser.add_argument("--db", type=Path, help="Embedded store directory (default: a temporary one).")
    parser.add_argument("--reuse", action="store_true", help="Use the graph already in --db / Neo4j.")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="Requests per endpoint and mode.")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="Server processes of the extra 'computed' rows (default: one per core; 1: no such rows).")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="craftgraph-bench-"))
    db_path = args.db or workdir / "graph.lbdb"
    env = {**os.environ, "CRAFTGRAPH_STORE": args.store, "CRAFTGRAPH_DB_PATH": str(db_path)}
    env.pop("CRAFTGRAPH_API_TOKEN", None)
    settings = Settings(store=args.store, db_path=db_path, api_token=None)  # type: ignore[call-arg]
    if not args.reuse:
        write_corpus(settings, args.docs)

    with open_store(settings) as store:
        forums, people = pick_names(store, 200)
        answers = GraphAnswers(store, settings)
        c, n = args.concurrency, args.requests
        ask_speakers = _store_calls(store, "Forum", "speaker_facts_of_forum")
        ask_profile = _store_calls(store, "Person", "profile_facts_of_person")
        speakers_store = run_threads("store", ask_speakers, forums, n, c)
        speakers_service = run_threads("service", lambda f: answers.forum_speakers(f, 50, 0), forums, n, c)
        profile_store = run_threads("store", ask_profile, people, n, c)
        profile_service = run_threads("service", lambda p: answers.person_profile(p, 50, 0), people, n, c)
        serial = min(n, 300)
        speakers_store_1 = run_threads("store", ask_speakers, forums, serial, 1)
        profile_store_1 = run_threads("store", ask_profile, people, serial, 1)

    speaker_paths = [f"/forums/{quote(f)}/speakers" for f in forums]
    profile_paths = [f"/persons/{quote(p)}" for p in people]
    serial = min(n, 300)
    # The server as a deployment runs it, minus the access log (one log line per request costs more than a
    # kept answer). First with the answer cache warmed by one pass over every name, then with none kept.
    quiet = {**env, "CRAFTGRAPH_API_ACCESS_LOG": "false"}
    with served({**quiet, "CRAFTGRAPH_API_CACHE_MB": "64"}) as port:
        for paths in (speaker_paths, profile_paths):
            run_http("warm-up", port, paths, len(paths), min(c, 10))
        speakers_kept = run_http("kept", port, speaker_paths, n, c)
        profile_kept = run_http("kept", port, profile_paths, n, c)
        speakers_kept_1 = run_http("kept", port, speaker_paths, serial, 1)
        profile_kept_1 = run_http("kept", port, profile_paths, serial, 1)
    with served({**quiet, "CRAFTGRAPH_API_CACHE_MB": "0"}) as port:
        health_http = run_http("health", port, ["/health"], n, c)
        speakers_http = run_http("http", port, speaker_paths, n, c)
        profile_http = run_http("http", port, profile_paths, n, c)
        speakers_http_1 = run_http("http", port, speaker_paths, serial, 1)
        profile_http_1 = run_http("http", port, profile_paths, serial, 1)
    multi: list[tuple[str, Timing, Timing | None]] = []
    if args.workers > 1:
        with served({**quiet, "CRAFTGRAPH_API_CACHE_MB": "0", "CRAFTGRAPH_API_WORKERS": str(args.workers)}) as port:
            multi = [
                (f"GET /forums/{{name}}/speakers  HTTP computed, {args.workers} proc",
                 run_http("http", port, speaker_paths, n, c), speakers_store),
                (f"GET /persons/{{name}}          HTTP computed, {args.workers} proc",
                 run_http("http", port, profile_paths, n, c), profile_store),
            ]

    print(f"\n{len(forums)} forums and {len(people)} people asked in turn; {n} requests per row; concurrency {c}; "
          f"store {args.store}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    print("HTTP rows: 'kept' = answers served from the API's answer cache (warmed by one pass over the names); "
          "'computed' = cache off (CRAFTGRAPH_API_CACHE_MB=0), every answer asked of the store")
    report([
        ("GET /health  HTTP (no store query: the floor)", health_http, None),
        ("GET /forums/{name}/speakers  direct store", speakers_store, None),
        ("GET /forums/{name}/speakers  service", speakers_service, speakers_store),
        ("GET /forums/{name}/speakers  HTTP computed", speakers_http, speakers_store),
        ("GET /forums/{name}/speakers  HTTP kept", speakers_kept, speakers_store),
        ("GET /persons/{name}          direct store", profile_store, None),
        ("GET /persons/{name}          service", profile_service, profile_store),
        ("GET /persons/{name}          HTTP computed", profile_http, profile_store),
        ("GET /persons/{name}          HTTP kept", profile_kept, profile_store),
        *multi,
    ])
    print(f"\none request at a time ({serial} requests per row): the cost of one answer without queueing")
    report([
        ("GET /forums/{name}/speakers  direct store", speakers_store_1, None),
        ("GET /forums/{name}/speakers  HTTP computed", speakers_http_1, speakers_store_1),
        ("GET /forums/{name}/speakers  HTTP kept", speakers_kept_1, speakers_store_1),
        ("GET /persons/{name}          direct store", profile_store_1, None),
        ("GET /persons/{name}          HTTP computed", profile_http_1, profile_store_1),
        ("GET /persons/{name}          HTTP kept", profile_kept_1, profile_store_1),
    ])


@contextmanager
def served(env: dict[str, str]) -> Iterator[int]:
    """``craftgraph serve`` with ``env`` on a free port, stopped at the end (the embedded store is one
    process's at a time)."""
    port = free_port()
    server = start_server(env, port)
    try:
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
