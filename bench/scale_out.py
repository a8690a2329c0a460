"""Scale-out benchmark (issue 18): an initial load into Neo4j, online against the bulk path, side by side.

The corpus is ``bench/corpus.py``'s generator (the seed page and the dev articles, people and organisations
varied per copy), written once as JSON Lines shards of ``--shard-documents`` documents. Every step then runs
in child processes on the same files, one after the other, as a user runs them:

``pool``
    the process pool of ``craftgraph load`` (``loaders.parallel``, ``CRAFTGRAPH_LOAD_WORKERS``: one worker per
    core) extracting and resolving, with no store: the records go into the Parquet record tables Spark
    writes (``loaders.record_tables``), so the two extraction rates compare extraction with extraction.
``online``
    ``craftgraph load CORPUS`` into a fresh Neo4j database (a new server: data folder deleted, started
    before the clock starts): extraction on the pool, writes through the store.
``spark``
    ``craftgraph spark extract CORPUS -o RECORDS --master local[2]`` (Spark's start-up included).
``import``
    ``craftgraph neo4j import RECORDS`` into a fresh database (the new server running and empty, as for
    ``online``): import files, stop, ``neo4j-admin database import full``, start, empty lists, schema.
``records``
    (not run by default) ``craftgraph load RECORDS`` into a fresh database: the online write of the same
    records without extracting, to tell the write from the extraction in the online load's time.

Per step: wall seconds, documents/s, CPU seconds of the command's process tree and of the Neo4j server, and
the peak resident memory of each (RSS summed over the processes of the tree: the Python driver, Spark's JVM
and its Python workers, the extraction workers, the ``neo4j-admin`` JVM), read from ``/proc`` every half
second. Then the bulk path (``spark`` + ``import``) against ``online``, end to end (target: at least 5x
faster), and Spark's extraction rate against the pool's (target: at least 0.8x), each with PASS or BELOW.

The benchmark runs its own Neo4j server (``--neo4j-instance``, ports ``--bolt-port``/``--http-port``, stopped
at the end); it never touches the server ``CRAFTGRAPH_NEO4J_*`` names. On a shared machine wall times are
noisy: the steps run one after the other in one run, and the CPU seconds are the steadier figure.

    .venv/bin/python -m bench.scale_out                        # 100,000 documents
    .venv/bin/python -m bench.scale_out --documents 5000       # an estimate first
    .venv/bin/python -m bench.scale_out --documents 20000 --steps pool spark   # extraction only
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STEPS = ("pool", "online", "spark", "import", "records")
DEFAULT_STEPS = ("pool", "online", "spark", "import")
TARGET_BULK_SPEEDUP = 5.0
TARGET_SPARK_RATE = 0.8
#: Settings the children get from the benchmark, never from the caller's environment.
OWN_SETTINGS = ("CRAFTGRAPH_STORE", "CRAFTGRAPH_DB_PATH", "CRAFTGRAPH_SOURCE_ROOT", "CRAFTGRAPH_SPARK_MASTER",
                "CRAFTGRAPH_NEO4J_")
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# ---- the corpus ---------------------------------------------------------------------------------------------


def write_corpus(documents: int, folder: Path, shard_documents: int) -> int:
    """``bench.corpus.generate``'s documents, in order, as ``part-NNNNN.jsonl`` shards; returns the shards."""
    from bench.corpus import templates, variant

    base = templates()
    folder.mkdir(parents=True)
    shards = 0
    handle = None
    try:
        for n in range(documents):
            if n % shard_documents == 0:
                if handle is not None:
                    handle.close()
                handle = (folder / f"part-{shards:05d}.jsonl").open("w", encoding="utf-8")
                shards += 1
            template, copy = base[n % len(base)], n // len(base)
            line = {"text": variant(template, copy), "source": f"bench:{copy}/{template.doc}",
                    "title": template.title}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
    finally:
        if handle is not None:
            handle.close()
    return shards


# ---- the pool's extraction alone (run in a child process) ----------------------------------------------------


def pool_extract(corpus: Path, output: Path, progress_every: int = 5000) -> dict[str, object]:
    """Extract and resolve ``corpus`` on ``craftgraph load``'s process pool into record tables under ``output``.

    The reading, the pool and its sizes are the load's (``Loader._to_extract`` less the skip rules, which an
    initial load never uses); the writing is Spark's part writer, in this process.
    """
    from graph.settings import get_settings
    from loaders.document import RawDocument
    from loaders.parallel import extract_in_parallel, worker_count
    from loaders.reading import input_files, iter_file
    from loaders.record_tables import PartWriter, write_empty_tables

    settings = get_settings()
    started = time.perf_counter()
    failed: list[tuple[str, str]] = []

    def raws() -> Iterator[RawDocument]:
        for file in input_files([corpus], settings.source_root):
            for item in iter_file(file.path, file.root):
                if isinstance(item, RawDocument):
                    yield item
                else:
                    failed.append((str(file.path), str(item)))

    writer = PartWriter(output, "part-00000")
    documents = 0
    outcomes = extract_in_parallel(raws(), workers=settings.load_workers, chunk_size=settings.load_chunk_documents)
    for number, outcome in enumerate(outcomes):
        if outcome.record is not None:
            writer.add(number, outcome.record)
            documents += 1
        else:
            writer.add_error(number, outcome.doc, str(outcome.error))
            failed.append((outcome.doc, str(outcome.error)))
        if (done := number + 1) % progress_every == 0:
            seconds = time.perf_counter() - started
            print(f"  pool: {done:,} documents extracted in {seconds:.0f} s ({done / seconds:.1f} docs/s)",
                  file=sys.stderr, flush=True)
    writer.close()
    write_empty_tables(output)
    return {"documents": documents, "failed": len(failed), "seconds": time.perf_counter() - started,
            "workers": worker_count(settings.load_workers)}


# ---- measuring a process tree from /proc -------------------------------------------------------------------


def _stat_fields(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _parents() -> dict[int, int]:
    """Every live process and its parent."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with suppress(OSError, IndexError, ValueError):
                parents[int(entry.name)] = int(_stat_fields(int(entry.name))[1])
    return parents


def _descendants(root: int, parents: dict[int, int], leave_out: int | None) -> set[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    found, stack = set(), [root]
    while stack:
        pid = stack.pop()
        if pid == leave_out or pid in found:
            continue
        found.add(pid)
        stack += children.get(pid, [])
    return found


def _rss_and_cpu(pid: int) -> tuple[float, float] | None:
    """Resident MB and CPU seconds (user + system) of a live process; None when it has gone."""
    try:
        fields = _stat_fields(pid)
        rss_pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return rss_pages * PAGE_MB, (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass
class Usage:
    """What a step used: peak RSS and CPU of its command's process tree, and of the Neo4j server."""

    client_peak_mb: float = 0.0
    server_peak_mb: float = 0.0
    total_peak_mb: float = 0.0  # the largest sum at one sample
    client_cpu: dict[int, float] = field(default_factory=dict)
    server_cpu: dict[int, float] = field(default_factory=dict)
    server_cpu_before: dict[int, float] = field(default_factory=dict)

    @property
    def client_cpu_s(self) -> float:
        return sum(self.client_cpu.values())

    @property
    def server_cpu_s(self) -> float:
        return sum(cpu - self.server_cpu_before.get(pid, 0.0) for pid, cpu in self.server_cpu.items())


class Sampler:
    """Samples a command's process tree and the Neo4j server every ``interval_s`` on a thread, and prints a
    progress line every ``report_s`` (elapsed time, memory, load average, and ``note()`` when given).

    The server is counted apart even while it is a child of the command (``neo4j import`` starts it). CPU
    is the last value read per process, so a process that ends between two samples loses at most
    ``interval_s`` of it.
    """

    def __init__(self, label: str, root: int, server_pid: Callable[[], int | None], note: Callable[[], str] | None,
                 interval_s: float = 0.5, report_s: float = 30.0) -> None:
        self.label, self.root, self.server_pid, self.note = label, root, server_pid, note
        self.interval_s, self.report_s = interval_s, report_s
        self.usage = Usage()
        server = server_pid()
        if server is not None and (now := _rss_and_cpu(server)) is not None:
            self.usage.server_cpu_before[server] = now[1]
        self._last = (0.0, 0.0)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"sampler-{label}", daemon=True)
        self._started = time.perf_counter()

    def sample(self) -> None:
        server = self.server_pid()
        client_mb = server_mb = 0.0
        for pid in _descendants(self.root, _parents(), leave_out=server):
            if (now := _rss_and_cpu(pid)) is not None:
                client_mb += now[0]
                self.usage.client_cpu[pid] = now[1]
        if server is not None and (now := _rss_and_cpu(server)) is not None:
            server_mb = now[0]
            self.usage.server_cpu[server] = now[1]
        self.usage.client_peak_mb = max(self.usage.client_peak_mb, client_mb)
        self.usage.server_peak_mb = max(self.usage.server_peak_mb, server_mb)
        self.usage.total_peak_mb = max(self.usage.total_peak_mb, client_mb + server_mb)
        self._last = (client_mb, server_mb)

    def _run(self) -> None:
        next_report = self._started + self.report_s
        while not self._done.wait(self.interval_s):
            with suppress(Exception):  # a process that ends mid-read is not an error of the benchmark
                self.sample()
            if time.perf_counter() >= next_report:
                next_report += self.report_s
                client, server = self._last
                extra = ""
                if self.note is not None:
                    with suppress(Exception):
                        extra = f", {self.note()}"
                print(f"  [{self.label}] {time.perf_counter() - self._started:6.0f} s: command {client:,.0f} MB, "
                      f"Neo4j {server:,.0f} MB, load {os.getloadavg()[0]:.1f}{extra}", file=sys.stderr, flush=True)

    def __enter__(self) -> "Sampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


# ---- the steps ----------------------------------------------------------------------------------------------


@dataclass
class StepResult:
    name: str
    documents: int
    seconds: float
    usage: Usage
    output: str
    load: tuple[float, float]  # 1-minute load average at the start and the end
    detail: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


class Bench:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        from graph.neo4j_server import Neo4jServer
        from graph.settings import Settings

        self.args, self.workdir = args, workdir
        self.corpus, self.records = workdir / "corpus", workdir / "records"
        base = Settings()
        self.server = Neo4jServer.from_settings(
            base.model_copy(update={"neo4j_home": (REPO / base.neo4j_home).resolve()
                                    if not base.neo4j_home.is_absolute() else base.neo4j_home}),
            instance=Path(args.neo4j_instance), bolt_port=args.bolt_port, http_port=args.http_port,
            heap=args.neo4j_heap, pagecache=args.neo4j_pagecache, jvm_options=tuple(args.neo4j_jvm_options.split()),
        )
        self.user, self.password = base.neo4j_user, base.neo4j_password.get_secret_value()
        kept = {k: v for k, v in os.environ.items() if not k.startswith(OWN_SETTINGS)}
        self.env = {**kept, "PYTHONIOENCODING": "utf-8", "CRAFTGRAPH_STORE": "neo4j",
                    "CRAFTGRAPH_DB_PATH": str(workdir / "unused-embedded"),
                    "CRAFTGRAPH_NEO4J_URI": self.server.bolt_uri, "CRAFTGRAPH_NEO4J_HOME": str(self.server.home),
                    "CRAFTGRAPH_NEO4J_INSTANCE": str(self.server.instance),
                    "CRAFTGRAPH_NEO4J_BOLT_PORT": str(args.bolt_port),
                    "CRAFTGRAPH_NEO4J_HTTP_PORT": str(args.http_port),
                    "CRAFTGRAPH_NEO4J_HEAP": args.neo4j_heap, "CRAFTGRAPH_NEO4J_PAGECACHE": args.neo4j_pagecache,
                    "CRAFTGRAPH_NEO4J_JVM_OPTIONS": args.neo4j_jvm_options,
                    "CRAFTGRAPH_NEO4J_PASSWORD": self.password}
        self.graphs: dict[str, tuple[int, int]] = {}

    # -- Neo4j --
    def fresh_server(self) -> None:
        """A new, empty, running server: stopped, its data folder deleted, started (none of it timed)."""
        self.server.install(lambda m: print(f"neo4j: {m}", file=sys.stderr))
        self.server.stop()
        shutil.rmtree(self.server.data_dir, ignore_errors=True)
        self.server.start()

    def counts(self) -> tuple[int, int]:
        """Nodes and relationships in the server's database (Neo4j's count store: instant)."""
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.server.bolt_uri, auth=(self.user, self.password),
                                  notifications_min_severity="OFF") as driver:
            nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
            rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
        return int(nodes), int(rels)

    def documents_stored(self) -> str:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.server.bolt_uri, auth=(self.user, self.password),
                                  notifications_min_severity="OFF") as driver:
            n = driver.execute_query("MATCH (d:Document) RETURN count(d) AS n").records[0]["n"]
        return f"{n:,} documents stored"

    # -- running a command --
    def run(self, name: str, command: list[str], note: Callable[[], str] | None = None) -> StepResult:
        print(f"\n== {name}: {' '.join(command[2:] if command[1] == '-m' else command)}", file=sys.stderr,
              flush=True)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *command], cwd=REPO, env=self.env, stdout=subprocess.PIPE,
                                text=True)  # stderr (the commands' progress and errors) goes to the terminal
        with Sampler(name, proc.pid, self.server.pid, note, report_s=self.args.progress_s) as sampler:
            output, _ = proc.communicate()
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"{name} failed with exit code {proc.returncode}:\n{output}")
        print(output.strip(), file=sys.stderr, flush=True)
        return StepResult(name, self.args.documents, seconds, sampler.usage, output,
                          (load_before, os.getloadavg()[0]))

    def step_pool(self) -> StepResult:
        self.server.stop()  # the extraction steps run without a server beside them
        out = self.workdir / "pool-records"
        shutil.rmtree(out, ignore_errors=True)
        result = self.run("pool extract", ["-m", "bench.scale_out", "--pool-extract", str(self.corpus), str(out)])
        summary = json.loads(result.output.strip().splitlines()[-1])
        result.detail = {"workers": summary["workers"], "job_s": summary["seconds"]}
        shutil.rmtree(out, ignore_errors=True)
        return result

    def step_online(self) -> StepResult:
        self.fresh_server()
        result = self.run("online load", ["-m", "api.cli", "load", "--quiet", str(self.corpus)], self.documents_stored)
        self.graphs["online load"] = self.counts()
        return result

    def step_spark(self) -> StepResult:
        self.server.stop()
        shutil.rmtree(self.records, ignore_errors=True)
        result = self.run("spark extract", ["-m", "api.cli", "spark", "extract", str(self.corpus), "-o",
                                            str(self.records), "--master", self.args.master, "--quiet"])
        found = re.search(r"in ([\d.]+) s \(and ([\d.]+) s starting Spark\)", result.output)
        if found:
            result.detail = {"job_s": float(found.group(1)), "startup_s": float(found.group(2))}
        return result

    def step_import(self) -> StepResult:
        if not self.records.is_dir():
            raise SystemExit(f"{self.records}: no record tables; the import step needs the spark step first")
        self.fresh_server()
        result = self.run("neo4j import", ["-m", "api.cli", "neo4j", "import", str(self.records)])
        found = re.search(r"files ([\d.]+) s, stop and neo4j-admin ([\d.]+) s, start, empty lists and schema "
                          r"([\d.]+) s", result.output)
        if found:
            result.detail = {"files_s": float(found.group(1)), "admin_s": float(found.group(2)),
                             "finish_s": float(found.group(3))}
        self.graphs["neo4j import"] = self.counts()
        return result

    def step_records(self) -> StepResult:
        if not self.records.is_dir():
            raise SystemExit(f"{self.records}: no record tables; the records step needs the spark step first")
        self.fresh_server()
        result = self.run("records load", ["-m", "api.cli", "load", "--quiet", str(self.records)],
                          self.documents_stored)
        self.graphs["records load"] = self.counts()
        return result


# ---- the report ---------------------------------------------------------------------------------------------


def verdict(value: float, target: float) -> str:
    return "PASS" if value >= target else "BELOW"


def report(results: dict[str, StepResult], bench: Bench, documents: int) -> None:
    print(f"\n{'step':<26}{'seconds':>10}{'docs/s':>9}{'CPU s cmd':>11}{'CPU s Neo4j':>12}"
          f"{'peak MB cmd':>13}{'peak MB Neo4j':>15}{'peak MB both':>14}{'load':>12}")

    def row(label: str, seconds: float, cpu: float, server_cpu: float, mb: float, server_mb: float, both: float,
            load: str) -> None:
        print(f"{label:<26}{seconds:>10.1f}{documents / seconds:>9.1f}{cpu:>11.1f}{server_cpu:>12.1f}"
              f"{mb:>13,.0f}{server_mb:>15,.0f}{both:>14,.0f}{load:>12}")

    for result in results.values():
        u = result.usage
        row(result.name, result.seconds, u.client_cpu_s, u.server_cpu_s, u.client_peak_mb, u.server_peak_mb,
            u.total_peak_mb, f"{result.load[0]:.1f}-{result.load[1]:.1f}")
    spark, imported = results.get("spark extract"), results.get("neo4j import")
    if spark and imported:
        s, i = spark.usage, imported.usage
        row("bulk: spark + import", spark.seconds + imported.seconds, s.client_cpu_s + i.client_cpu_s,
            s.server_cpu_s + i.server_cpu_s, max(s.client_peak_mb, i.client_peak_mb),
            max(s.server_peak_mb, i.server_peak_mb), max(s.total_peak_mb, i.total_peak_mb), "")

    print()
    for name, result in results.items():
        if result.detail:
            print(f"{name}: " + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                                          for k, v in result.detail.items()))
    for name, (nodes, rels) in bench.graphs.items():
        print(f"graph after {name}: {nodes:,} nodes, {rels:,} relationships")
    if len(set(bench.graphs.values())) > 1:
        print("WARNING: the graphs differ in size")

    online, pool = results.get("online load"), results.get("pool extract")
    if online and spark and imported:
        speedup = online.seconds / (spark.seconds + imported.seconds)
        print(f"\nbulk (spark extract + neo4j import) vs online load, end to end: {speedup:.2f}x as fast "
              f"(target >= {TARGET_BULK_SPEEDUP:.0f}x): {verdict(speedup, TARGET_BULK_SPEEDUP)}")
    if pool and spark:
        rate = spark.docs_per_s / pool.docs_per_s
        print(f"spark {bench.args.master} extraction vs the process pool ({pool.detail.get('workers', '?')} workers), "
              f"whole commands: {rate:.2f}x the rate (target >= {TARGET_SPARK_RATE}x): "
              f"{verdict(rate, TARGET_SPARK_RATE)}")
        if "job_s" in spark.detail and "job_s" in pool.detail:
            job = pool.detail["job_s"] / spark.detail["job_s"]
            print(f"  the same without start-up (Spark's job {spark.detail['job_s']:.1f} s against the pool's "
                  f"{pool.detail['job_s']:.1f} s): {job:.2f}x")
        cpu = pool.usage.client_cpu_s / spark.usage.client_cpu_s if spark.usage.client_cpu_s else 0.0
        print(f"  CPU per document: spark {1000 * spark.usage.client_cpu_s / documents:.1f} ms, pool "
              f"{1000 * pool.usage.client_cpu_s / documents:.1f} ms ({cpu:.2f}x)")


def machine() -> str:
    from loaders import native

    total = next((int(line.split()[1]) / 2**20 for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:")), 0.0)
    extractor = "compiled extractor" if native.active() else "pure Python extractor"
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    return f"{len(os.sched_getaffinity(0))} cores, {total:.0f} GB, load {load} (1, 5, 15 min), {extractor}"


@contextmanager
def working_folder(given: str | None) -> Iterator[Path]:
    if given:
        path = Path(given).resolve()
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="craftgraph-scale-out-") as tmp:
        yield Path(tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--shard-documents", type=int, default=100, help="documents per JSON Lines file")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(DEFAULT_STEPS),
                        help="in this order; import and records need spark (default: %(default)s)")
    parser.add_argument("--master", default="local[2]", help="Spark master of the spark step")
    parser.add_argument("--workdir", help="keep the corpus and records here (default: a temporary folder)")
    parser.add_argument("--reuse-corpus", action="store_true", help="use the corpus already in --workdir")
    parser.add_argument("--neo4j-instance", default=str(Path(tempfile.gettempdir()) / "craftgraph-scale-out-neo4j"),
                        help="the benchmark's own server's folder (its data is deleted before each load)")
    parser.add_argument("--bolt-port", type=int, default=37687)
    parser.add_argument("--http-port", type=int, default=37474)
    parser.add_argument("--neo4j-heap", default="2g")
    parser.add_argument("--neo4j-pagecache", default="2g")
    parser.add_argument("--neo4j-jvm-options", default="-XX:TieredStopAtLevel=1",
                        help="the server's extra JVM options (default C1 only: what docs/neo4j.md advises for a "
                             "one-off load into a fresh server; it helps the online load most)")
    parser.add_argument("--progress-s", type=float, default=30.0, help="seconds between progress lines")
    parser.add_argument("--pool-extract", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pool_extract:
        print(json.dumps(pool_extract(Path(args.pool_extract[0]), Path(args.pool_extract[1]))))
        return

    with working_folder(args.workdir) as workdir:
        bench = Bench(args, workdir)
        print(f"scale-out benchmark: {args.documents:,} documents; {machine()}; Neo4j {bench.server.version} "
              f"(heap {args.neo4j_heap}, page cache {args.neo4j_pagecache}, JVM options "
              f"{args.neo4j_jvm_options or 'none'}) at {bench.server.bolt_uri}; steps {' '.join(args.steps)}",
              flush=True)
        if args.reuse_corpus and bench.corpus.is_dir():
            print(f"corpus: reusing {bench.corpus}", flush=True)
        else:
            shutil.rmtree(bench.corpus, ignore_errors=True)
            started = time.perf_counter()
            shards = write_corpus(args.documents, bench.corpus, args.shard_documents)
            size = sum(p.stat().st_size for p in bench.corpus.iterdir()) / 2**20
            print(f"corpus: {args.documents:,} documents in {shards} JSON Lines files ({size:,.0f} MB), written in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
        results: dict[str, StepResult] = {}
        try:
            for step in args.steps:
                result = getattr(bench, f"step_{step}")()
                results[result.name] = result
                print(f"{result.name}: {result.seconds:.1f} s, {result.docs_per_s:.1f} docs/s, peak "
                      f"{result.usage.client_peak_mb:,.0f} MB (command) + {result.usage.server_peak_mb:,.0f} MB "
                      "(Neo4j)", flush=True)
        finally:
            bench.server.stop()
        report(results, bench, args.documents)
        print(f"\nend: {machine()}")


if __name__ == "__main__":
    main()
