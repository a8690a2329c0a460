"""Ask latency: understanding and answering a question on the embedded store, directly and over HTTP.

    .venv/bin/python -m bench.ask [--docs 5000] [--rounds 3] [--db PATH --reuse]

1. Writes the synthetic corpus (``bench/corpus_gen.py``) into a fresh embedded store (or reuses ``--db``).
2. Builds questions of every kind from the graph's own names (forums, people, honours, organisations),
   in varied phrasing, plus questions with unknown names and questions it does not understand.
3. Opens the store to read only, in this process and in ``craftgraph serve`` (a subprocess, answer cache
   off), and warms both up (name index, prepared queries). Then ``--rounds`` times, one after the other
   so that both see the same load on a shared machine: direct, one :class:`api.ask.Asker` answers each
   question in turn; HTTP, the server answers ``GET /ask?q=`` for the same questions, one at a time over
   one keep-alive connection. Latency per question.
4. Kept: a second server with the answer cache on answers every question once to keep it, then again.

Prints p50 and p99 per kind and overall, direct beside HTTP and their ratio, then each target with PASS
or BELOW (short of it). Targets: direct p50 <= 20 ms, p99 <= 100 ms; HTTP <= 1.5x the direct call.
"""

import argparse
import os
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

from api.ask import Asker
from bench.api import Timing, run_http, served
from bench.corpus_gen import write_corpus
from graph.settings import Settings
from graph.store import GraphStore
from graph.stores import open_store

P50_TARGET_MS, P99_TARGET_MS, OVERHEAD_TARGET = 20.0, 100.0, 1.5

TEMPLATES: dict[str, tuple[str, list[str]]] = {
    "speakers_of_forum": ("forum", ["谁在{}上作了主旨发言？", "{}上有哪些人发言", "哪些人在{}中进行了研讨交流"]),
    "forums_spoken_at": ("person", ["{}在哪些论坛上发言？", "{}在什么会上作了主旨发言"]),
    "honors_of_holder": ("person", ["{}获得过哪些荣誉？", "{}荣获了什么称号"]),
    "positions_of_person": ("person", ["{}担任什么职务？", "{}在哪个单位工作"]),
    "holders_of_honor": ("honor", ["谁获得了{}？", "哪些人荣获{}称号"]),
    "people_of_organization": ("org", ["{}有哪些人？", "谁在{}任职"]),
    "organisers_of_event": ("forum", ["{}是谁主办的？", "哪些单位承办了{}"]),
    "events_of_organiser": ("org", ["{}主办了哪些活动？"]),
    "participants_of_event": ("forum", ["哪些人参加了{}？"]),
    "connection": ("pair", ["{}和{}有什么关系？"]),
    "unknown_name": ("forum", ["谁在第九十九届{}上发言？"]),
    "not_understood": ("person", ["{}喜欢吃什么？"]),
}


def sample_names(store: GraphStore, per_kind: int, rng: random.Random) -> dict[str, list[str]]:
    def names(query: str) -> list[str]:
        # every row: a capped read keeps an arbitrary part, and the sample would change from run to run
        rows = sorted({r[0] for r in store.run(query, row_cap=10_000_000).rows if r[0]})
        return rng.sample(rows, min(per_kind, len(rows)))

    return {
        "forum": names("MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN DISTINCT f.name"),
        "person": names("MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN DISTINCT p.name"),
        "honor": names("MATCH (p:Person)-[:HOLDS_HONOR]->(h:Honor) RETURN DISTINCT h.name"),
        "org": names("MATCH (p:Person)-[:HOLDS_POSITION]->(o:Organization) RETURN DISTINCT o.name"),
    }


def make_questions(pool: dict[str, list[str]], per_kind: int, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for kind, (slot, phrasings) in TEMPLATES.items():
        for i in range(per_kind):
            phrasing = phrasings[i % len(phrasings)]
            if slot == "pair":
                a, b = rng.sample(pool["person"], 2)
                out.append((kind, phrasing.format(a, b)))
            else:
                out.append((kind, phrasing.format(pool[slot][i % len(pool[slot])])))
    return out


def direct(asker: Asker, questions: list[tuple[str, str]], rounds: int) -> dict[str, list[float]]:
    """Per kind, the latency of each question asked of ``asker``, ``rounds`` times (warm it up first)."""
    per_kind: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for kind, q in questions:
            started = time.perf_counter()
            asker.ask(q)
            per_kind[kind].append((time.perf_counter() - started) * 1000)
    return per_kind


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def measure(
    asker: Asker, port: int, questions: list[tuple[str, str]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per kind, the latencies of the direct calls and of the HTTP requests, a round of each in turn."""
    direct_ms: dict[str, list[float]] = defaultdict(list)
    http_ms: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for kind, ms in direct(asker, questions, 1).items():
            direct_ms[kind] += ms
        for kind in TEMPLATES:
            paths = [_path(q) for k, q in questions if k == kind]
            http_ms[kind] += run_http(kind, port, paths, len(paths), 1).latencies_ms
    return direct_ms, http_ms


def _path(question: str) -> str:
    return f"/ask?q={quote(question)}"


def verdict(value: float, target: float) -> str:
    return "PASS" if value <= target else "BELOW"


def report(
    args: argparse.Namespace, answered: dict[str, int], direct_ms: dict[str, list[float]],
    http_ms: dict[str, list[float]], kept: Timing,
) -> None:
    header = ("kind", "answered", "direct p50", "p99", "HTTP p50", "p99", "p50 ×", "p99 ×")
    print("\n{:24} {:>9} {:>11} {:>8} {:>9} {:>8} {:>6} {:>6}".format(*header))
    every_direct: list[float] = []
    every_http: list[float] = []
    for kind in TEMPLATES:
        d, h = direct_ms[kind], http_ms[kind]
        every_direct += d
        every_http += h
        print(f"{kind:24} {answered[kind]:>4}/{args.per_kind:<4} {pct(d, .5):11.2f} {pct(d, .99):8.2f} "
              f"{pct(h, .5):9.2f} {pct(h, .99):8.2f} {pct(h, .5) / pct(d, .5):6.2f} {pct(h, .99) / pct(d, .99):6.2f}")
    d50, d99, h50, h99 = pct(every_direct, .5), pct(every_direct, .99), pct(every_http, .5), pct(every_http, .99)
    print(f"{'all':24} {'':9} {d50:11.2f} {d99:8.2f} {h50:9.2f} {h99:8.2f} {h50 / d50:6.2f} {h99 / d99:6.2f}")
    print(f"{'kept (answer cache)':24} {'':9} {'':11} {'':8} {kept.pct(.5):9.2f} {kept.pct(.99):8.2f}")
    print(f"\ntargets, over all {len(every_direct)} direct calls and {len(every_http)} requests:")
    for label, value, target, unit in (
        ("direct p50", d50, P50_TARGET_MS, "ms"),
        ("direct p99", d99, P99_TARGET_MS, "ms"),
        ("HTTP / direct p50", h50 / d50, OVERHEAD_TARGET, "x"),
        ("HTTP / direct p99", h99 / d99, OVERHEAD_TARGET, "x"),
    ):
        print(f"  {label:18} {value:8.2f} {unit:2} <= {target:6.1f} {unit:2}  {verdict(value, target)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--db", type=Path, help="Embedded store directory (default: a temporary one).")
    parser.add_argument("--reuse", action="store_true", help="Use the graph already in --db.")
    parser.add_argument("--per-kind", type=int, default=20, help="Questions per kind.")
    parser.add_argument("--rounds", type=int, default=3, help="Times each question is asked (after a warm-up).")
    args = parser.parse_args()

    db_path = args.db or Path(tempfile.mkdtemp(prefix="craftgraph-bench-ask-")) / "graph.lbdb"
    if not args.reuse:
        write_corpus(Settings(store="embedded", db_path=db_path, api_token=None), args.docs)  # type: ignore[call-arg]
    # read only, here and in the server, so that both hold the store at once
    settings = Settings(store="embedded", db_path=db_path, api_token=None, embedded_read_only=True)  # type: ignore[call-arg]
    env = {**os.environ, "CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(db_path),
           "CRAFTGRAPH_EMBEDDED_READ_ONLY": "true", "CRAFTGRAPH_API_ACCESS_LOG": "false"}
    env.pop("CRAFTGRAPH_API_TOKEN", None)
    with open_store(settings) as store:
        rng = random.Random(20)
        questions = make_questions(sample_names(store, args.per_kind, rng), args.per_kind, rng)
        answered = {kind: 0 for kind in TEMPLATES}
        asker = Asker(store, settings)
        started = time.perf_counter()
        asker.ask(questions[0][1])
        index_ms = (time.perf_counter() - started) * 1000
        for kind, q in questions:  # warm-up: the name index, prepared statements
            answered[kind] += bool(asker.ask(q).answers)
        nodes = store.stats().node_total
        with served({**env, "CRAFTGRAPH_API_CACHE_MB": "0"}) as port:
            run_http("warm-up", port, [_path(q) for _, q in questions], len(questions), 1)
            direct_ms, http_ms = measure(asker, port, questions, args.rounds)
    with served(env) as port:
        paths = [_path(q) for _, q in questions]
        run_http("keep", port, paths, len(paths), 1)
        kept = run_http("kept", port, paths, len(paths), 1)

    print(f"\n{args.docs} documents ({nodes} nodes), embedded store; {len(questions)} questions, each asked "
          f"{args.rounds} times one at a time; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    print(f"first question (reads the name index): {index_ms:.1f} ms")
    report(args, answered, direct_ms, http_ms, kept)


if __name__ == "__main__":
    main()
