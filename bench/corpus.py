"""A large corpus from the dev articles, and what loading it costs end to end on both stores (issue 7).

**Generator.** The seed page and the dev articles are copied with their people and organisations varied
by rule: copy ``i`` writes every organisation surface of 4+ characters (from the gold files) with a
two-character prefix of its own (``南开大学`` → ``青岚南开大学``, so a unit keeps its parent's prefix) and
every person with the same surname and other given-name characters (chosen by a digest of copy and
name). Honours, forums and places stay as written, as in real news where they recur. One JSON Lines
object per document, each with its own ``source``. Copy 0 is the original text.

**Benchmark.** ``craftgraph load``'s code path (``loaders.load_service.Loader``: read, extract and
resolve on every core, write in batches) into an empty store, in a child process per (store, size) so
each peak memory is its own: documents/s end to end, peak RSS of the loading process and of the largest
extraction worker (and of the Neo4j server), then a second load of the same corpus (every document is
skipped: the cost of resuming). Cost growth from 10k to 100k is the ratio of seconds per document.

    .venv/bin/python -m bench.corpus                         # 10,000 documents, both stores
    .venv/bin/python -m bench.corpus --full                  # also 100,000 (long: about 10x the 10k run)
    .venv/bin/python -m bench.corpus --stores embedded --sizes 2000
    .venv/bin/python -m bench.corpus --generate 10000 corpus.jsonl
"""

import argparse
import hashlib
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from bench.records import corpus_files

PREFIX_CHARS = "青岚星河云岭松涛明川长宁东华安远清源嘉禾泰和瑞丰景盛兴隆永昌恒达金石海晏平湖秀峰"
GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚英华玉红建文辉力春林云飞鹏宇晨雪梅琳海波斌"
MIN_ORG_SURFACE = 4
#: Documents per line of the slice log (cost per document as the store grows).
SLICE_DOCUMENTS = 10_000


@dataclass(frozen=True)
class Template:
    doc: str
    text: str
    title: str
    pattern: re.Pattern[str] | None
    kinds: dict[str, str]  # surface -> "Person" | "Organization"


def templates(shared: Path | None = None) -> list[Template]:
    out = []
    for text_file in corpus_files(shared):
        gold_file = text_file.with_name(text_file.stem + ".gold.json")
        text = text_file.read_text(encoding="utf-8")
        kinds: dict[str, str] = {}
        if gold_file.is_file():
            for ent in json.loads(gold_file.read_text(encoding="utf-8"))["entities"]:
                for surface in (ent["name"], *ent.get("aliases", [])):
                    if ent["type"] == "Person" and 2 <= len(surface) <= 4:
                        kinds.setdefault(surface, "Person")
                    elif ent["type"] == "Organization" and len(surface) >= MIN_ORG_SURFACE:
                        kinds[surface] = "Organization"
        surfaces = sorted((s for s in kinds if s in text), key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(s) for s in surfaces)) if surfaces else None
        out.append(Template(text_file.name, text, text.split("\n", 1)[0].strip(), pattern, kinds))
    return out


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def prefix(copy: int) -> str:
    n = len(PREFIX_CHARS)
    return PREFIX_CHARS[copy % n] + PREFIX_CHARS[(copy // n) % n] + (str(copy // (n * n)) if copy >= n * n else "")


def person(name: str, copy: int) -> str:
    given = "".join(GIVEN_CHARS[_digest(copy, name, k) % len(GIVEN_CHARS)] for k in range(len(name) - 1))
    return name[0] + given


def variant(template: Template, copy: int) -> str:
    if copy == 0 or template.pattern is None:
        return template.text

    def replace(m: re.Match[str]) -> str:
        surface = m.group(0)
        return prefix(copy) + surface if template.kinds[surface] == "Organization" else person(surface, copy)

    return template.pattern.sub(replace, template.text)


def generate(documents: int, out: Path, shared: Path | None = None) -> int:
    """Write ``documents`` JSON Lines documents to ``out``; returns the number written."""
    base = templates(shared)
    with out.open("w", encoding="utf-8") as handle:
        for n in range(documents):
            template, copy = base[n % len(base)], n // len(base)
            obj = {"text": variant(template, copy), "source": f"bench:{copy}/{template.doc}", "title": template.title}
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return documents


# ---- measuring (one child process per store and size) ----

def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _peak_rss_mb(pid: int | None) -> float | None:
    if pid is None:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds a live process has used so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _live_children() -> list[int]:
    pids: list[int] = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        with suppress(FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
            pids += [int(child) for child in (task / "children").read_text().split()]
    return pids


def _children_peak_mb() -> float:
    """The largest high-water RSS among live children (the extraction workers). Not ``RUSAGE_CHILDREN``: a
    spawned child is forked before it runs a fresh interpreter, and the kernel keeps the RSS it had then,
    which is the parent's, in that figure."""
    peaks = [0.0]
    for pid in _live_children():
        with suppress(FileNotFoundError, ProcessLookupError):  # the child ended meanwhile
            peaks.append(_peak_rss_mb(pid) or 0.0)
    return max(peaks)


def _tree_cpu_s() -> float:
    """CPU seconds of this process, its children already waited for, and its live children (the extraction
    workers): unlike wall time, not inflated when other jobs share the cores. Counting the waited-for
    children keeps a slice that ends after the workers exit from going negative."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = _cpu_s(os.getpid()) + children.ru_utime + children.ru_stime
    for child in _live_children():
        try:
            total += _cpu_s(child)
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
    return total


class WorkerPeak:
    """Reads the workers' peak memory every ``interval_s`` on a thread while the block runs (the workers end
    with the load, and records are written, and reported, after extraction has moved on)."""

    def __init__(self, interval_s: float = 0.5) -> None:
        self.interval_s, self.mb = interval_s, 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._done.wait(self.interval_s):
            self.mb = max(self.mb, _children_peak_mb())

    def __enter__(self) -> "WorkerPeak":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


class SliceLog:
    """Every ``every`` written documents, one stderr line: wall and CPU seconds of that slice per document,
    so the cost per document can be followed as the store grows (and read from a run cut short)."""

    def __init__(self, every: int) -> None:
        self.every, self.started = every, time.perf_counter()
        self.last = (0, self.started, 0.0)

    def __call__(self, outcome: object, report: object) -> None:
        written = report.written  # type: ignore[attr-defined]
        if outcome is None or written - self.last[0] < self.every:
            return
        now, cpu = time.perf_counter(), _tree_cpu_s()
        done, wall0, cpu0 = self.last
        n = written - done
        print(f"  {written:>7} written  {now - self.started:8.1f} s  slice: {1000 * (now - wall0) / n:6.1f} ms wall, "
              f"{1000 * (cpu - cpu0) / n:6.1f} ms CPU per document  load {os.getloadavg()[0]:.1f}",
              file=sys.stderr, flush=True)
        self.last = (written, now, cpu)


def measure(store_kind: str, corpus: Path, db: str | None, neo4j_uri: str | None) -> dict[str, object]:
    from graph.settings import Settings
    from graph.stores import open_store
    from loaders.load_service import Loader

    settings = Settings(store=store_kind, db_path=Path(db or "unused"), neo4j_uri=neo4j_uri or Settings().neo4j_uri)
    with open_store(settings, store_kind) as store:
        if hasattr(store, "clear"):
            store.clear()
        if hasattr(store, "ensure_schema"):
            store.ensure_schema()  # index creation is set-up, not load time
        started, cpu_started = time.perf_counter(), _tree_cpu_s()
        loader = Loader(store, workers=settings.load_workers, batch_documents=settings.load_batch_documents,
                        max_pending_documents=settings.load_max_pending_documents,
                        chunk_documents=settings.load_chunk_documents, on_progress=SliceLog(SLICE_DOCUMENTS))
        with WorkerPeak() as workers:
            report = loader.load([corpus])
        seconds = time.perf_counter() - started
        # the workers have ended and been waited for: their CPU is in RUSAGE_CHILDREN
        usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        cpu_s = sum(u.ru_utime + u.ru_stime for u in usage) - cpu_started
        load = os.getloadavg()[0]
        stats = store.stats()
        started = time.perf_counter()
        again = Loader(store, workers=settings.load_workers).load([corpus])
        reload_s = time.perf_counter() - started
    return {"store": store_kind, "documents": report.written, "failed": report.failed, "seconds": seconds,
            "docs_per_s": report.written / seconds, "cpu_s": cpu_s, "load": load, "nodes": stats.node_total,
            "relationships": stats.relationship_total, "peak_main_mb": _peak_mb(resource.RUSAGE_SELF),
            "peak_worker_mb": workers.mb, "reload_s": reload_s,
            "reload_skipped": again.skipped}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def neo4j_server(heap: str, pagecache: str) -> Iterator[tuple[str, int | None]]:
    """A private Neo4j server (temporary folder, free ports), stopped at the end: (bolt URI, pid)."""
    from graph.neo4j_server import Neo4jServer
    from graph.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="craftgraph-bench-neo4j-") as instance:
        server = Neo4jServer.from_settings(settings.model_copy(update={"neo4j_home": settings.neo4j_home.resolve()}),
                                           instance=Path(instance), bolt_port=_free_port(),
                                           http_port=_free_port(), heap=heap, pagecache=pagecache)
        server.install()
        server.start()
        try:
            yield server.bolt_uri, server.pid()
        finally:
            server.stop()


def run_child(store: str, corpus: Path, db: str | None, uri: str | None) -> dict[str, object]:
    command = [sys.executable, "-m", "bench.corpus", "--measure", store, str(corpus)]
    command += ["--db", db] if db else []
    command += ["--neo4j-uri", uri] if uri else []
    proc = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)  # progress on stderr
    if proc.returncode != 0:
        raise SystemExit(f"measuring {store} on {corpus} failed (its messages are above)")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(results: list[dict[str, object]], sizes: list[int]) -> None:
    print(f"\n{'store':9} {'docs':>7} {'seconds':>8} {'docs/s':>8} {'CPU ms/doc':>10} {'load':>5} {'nodes':>9} "
          f"{'rels':>9} {'main MB':>8} {'worker MB':>9} {'server MB':>9} {'reload s':>8}")
    for r in results:
        server = f"{r['server_peak_mb']:.0f}" if r.get("server_peak_mb") else "-"
        cpu = 1000 * r["cpu_s"] / max(1, r["documents"])  # loader + workers; the Neo4j server not counted
        print(f"{r['store']:9} {r['documents']:>7} {r['seconds']:>8.1f} {r['docs_per_s']:>8.1f} {cpu:>10.1f} "
              f"{r['load']:>5.1f} {r['nodes']:>9} "
              f"{r['relationships']:>9} {r['peak_main_mb']:>8.0f} {r['peak_worker_mb']:>9.0f} {server:>9} "
              f"{r['reload_s']:>8.1f}")
    by = {(r["store"], r["documents"]): r for r in results}
    stores = list(dict.fromkeys(str(r["store"]) for r in results))
    if len(stores) == 2:
        for size in sizes:
            a, b = by.get((stores[0], size)), by.get((stores[1], size))
            if a and b:
                print(f"{size} documents: {stores[1]} takes {b['seconds'] / a['seconds']:.2f}x the time of {stores[0]}")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for store in stores:
            a, b = by.get((store, small)), by.get((store, large))
            if a and b:
                growth = (b["seconds"] / b["documents"]) / (a["seconds"] / a["documents"])
                cpu_growth = (b["cpu_s"] / b["documents"]) / (a["cpu_s"] / a["documents"])
                print(f"{store}: {large // small}x the documents cost {b['seconds'] / a['seconds']:.1f}x the time "
                      f"({growth:.2f}x per document wall, {cpu_growth:.2f}x CPU; 1.00 is linear), peak main memory "
                      f"{b['peak_main_mb'] / a['peak_main_mb']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--full", action="store_true", help="also 100,000 documents")
    parser.add_argument("--stores", nargs="+", choices=("embedded", "neo4j"), default=["embedded", "neo4j"])
    parser.add_argument("--neo4j-heap", default="2g")
    parser.add_argument("--neo4j-pagecache", default="1g")
    parser.add_argument("--generate", nargs=2, metavar=("DOCUMENTS", "OUT"), help="only write a corpus")
    parser.add_argument("--measure", nargs=2, metavar=("STORE", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--neo4j-uri", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]), args.db, args.neo4j_uri)))
        return
    if args.generate:
        print(generate(int(args.generate[0]), Path(args.generate[1])), "documents written to", args.generate[1])
        return
    sizes = sorted(set(args.sizes + ([100_000] if args.full else [])))
    print(f"{len(os.sched_getaffinity(0))} cores; sizes {sizes}; stores {args.stores}")
    results = []
    with tempfile.TemporaryDirectory(prefix="craftgraph-bench-corpus-") as tmp:
        corpora = {}
        for size in sizes:
            started = time.perf_counter()
            corpora[size] = Path(tmp) / f"corpus-{size}.jsonl"
            generate(size, corpora[size])
            print(f"generated {size} documents ({corpora[size].stat().st_size / 2**20:.0f} MB) in "
                  f"{time.perf_counter() - started:.1f} s")
        for store in args.stores:
            for size in sizes:
                if store == "neo4j":
                    with neo4j_server(args.neo4j_heap, args.neo4j_pagecache) as (uri, pid):
                        result = run_child(store, corpora[size], None, uri)
                        result["server_peak_mb"] = _peak_rss_mb(pid)
                else:
                    result = run_child(store, corpora[size], str(Path(tmp) / f"db-{size}"), None)
                results.append(result)
                print(f"{store} {size}: {result['docs_per_s']:.1f} docs/s, "
                      f"{1000 * result['cpu_s'] / max(1, result['documents']):.1f} ms CPU per document, "
                      f"load {result['load']:.1f}", flush=True)
    report(results, sizes)


if __name__ == "__main__":
    main()
