"""How fast could ANY client write the load benchmark's rows on this machine? Each engine's floor, side by side.

The rows of ``bench/load.py`` (seed + dev records replicated to ``--documents``, names varied) are built
before the clock starts; then each engine gets them the cheapest way it offers, with none of what the
stores do for correctness (no key lookups, no idempotent replace, no constraint or index, no type checks):

* embedded (LadybugDB): every table ``COPY``'d from ready Arrow tables into a new database, ONE
  transaction, one commit;
* Neo4j: a server warmed by one untimed pass (the JIT compiles the write path), the database emptied and
  its constraints and indexes dropped, then ``UNWIND $rows CREATE`` from ready parameter lists, nodes then
  relationships, ``--rows-per-tx`` rows per transaction.

Beside it, the project's own store writing the same records (Neo4j: also on the warmed server). If the floor
is below a target, no client code can meet that target here.

Each store's *share* of its floor (floor seconds / store seconds: its rels/s over the floor's, measured side
by side) is printed against issue #18's targets, with PASS or BELOW. ``--repeats N`` measures N floor/store
pairs and judges the median share: the machine has 2 cores that other work shares, so single runs wander.

    .venv/bin/python -m bench.write_ceiling [--documents 5000] [--stores embedded neo4j] [--repeats 3]
"""

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa

from bench.load import TARGET_RELS_PER_S, neo4j_store, process_cpu_s
from bench.records import corpus_records, replicate
from graph.model import ExtractionRecord
from graph.rows import WriteBatch, build_batch
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore
from graph.stores.ladybug_rows import node_arrow_table, rel_arrow_table
from graph.stores.ladybug_schema import create_statements
from graph.stores.neo4j_store import Neo4jStore


def embedded_floor(batch: WriteBatch, directory: Path) -> tuple[float, float]:
    """Wall and process CPU seconds to COPY every row into a new database in one transaction."""
    tables: list[tuple[str, pa.Table]] = []
    for label, nodes in batch.nodes.items():
        tables.append((f"COPY {label} FROM $rows", node_arrow_table(label, [n.props for n in nodes])))
    for (rtype, head, tail), rels in batch.rels.items():
        tables.append((f"COPY {rtype} FROM $rows (from='{head}', to='{tail}')", rel_arrow_table(rels)))
    database = ladybug.Database(str(directory / "floor.lbdb"))
    conn = ladybug.Connection(database)
    try:
        for statement in create_statements():
            conn.execute(statement)
        started, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN TRANSACTION")
        for statement, table in tables:
            conn.execute(statement, {"rows": table})
        conn.execute("COMMIT")
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        conn.close()
        database.close()


@dataclass
class FloorParams:
    """The floor's parameters, built before the clock: per label ``{"key", "props"}`` rows, per relationship
    type ``(head label, head key, tail label, tail key, props)``; properties without nulls (Neo4j stores none)."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rels: dict[str, list[tuple[str, str, str, str, dict[str, Any]]]] = field(default_factory=dict)


def floor_params(batch: WriteBatch) -> FloorParams:
    params = FloorParams()
    for label, nodes in batch.nodes.items():
        params.nodes[label] = [{"key": n.key, "props": {k: v for k, v in n.props.items() if v is not None}}
                               for n in nodes]
    for (rtype, head, tail), rels in batch.rels.items():
        params.rels.setdefault(rtype, []).extend(
            (head, r.head_key, tail, r.tail_key, {k: v for k, v in r.props.items() if v is not None}) for r in rels)
    return params


def neo4j_floor(store: Neo4jStore, prepared: FloorParams, rows_per_tx: int) -> None:
    """CREATE every node and relationship on the emptied database, its constraints and indexes dropped."""
    driver: Any = store._driver  # the floor bypasses the store on purpose
    with driver.session(database=store.database) as session:
        for record in list(session.run("SHOW CONSTRAINTS YIELD name RETURN name")):
            session.run(f"DROP CONSTRAINT `{record['name']}`").consume()
        for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")):
            session.run(f"DROP INDEX `{record['name']}`").consume()
        ids: dict[tuple[str, str], str] = {}
        for label, rows in prepared.nodes.items():
            query = f"UNWIND $rows AS row CREATE (n:{label}) SET n = row.props, n.key = row.key " \
                    "RETURN row.key AS k, elementId(n) AS id"
            for start in range(0, len(rows), rows_per_tx):
                result = session.run(query, rows=rows[start : start + rows_per_tx])
                ids.update(((label, r["k"]), r["id"]) for r in result)
        for rtype, rels in prepared.rels.items():
            query = f"UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.h MATCH (b) WHERE elementId(b) = row.t " \
                    f"CREATE (a)-[r:{rtype}]->(b) SET r = row.p"
            for start in range(0, len(rels), rows_per_tx):
                chunk = [{"h": ids[(h, hk)], "t": ids[(t, tk)], "p": p} for h, hk, t, tk, p in
                         rels[start : start + rows_per_tx]]
                session.run(query, rows=chunk).consume()


@dataclass(frozen=True)
class Timing:
    seconds: float
    engine_cpu_s: float  # the Neo4j JVM's; embedded: this process's (the engine runs in it)
    client_cpu_s: float  # this process's


def timed(write: Callable[[], Any], server_pid: int | None) -> Timing:
    before = process_cpu_s(server_pid) if server_pid else None
    client = time.process_time()
    started = time.perf_counter()
    write()
    seconds = time.perf_counter() - started
    client = time.process_time() - client
    engine = process_cpu_s(server_pid) - before if server_pid and before is not None else client
    return Timing(seconds, engine, client)


#: The store's share of its engine's floor that issue #18 asks for (floor seconds / store seconds, one run).
TARGET_SHARE = {"embedded": 0.70, "neo4j": 0.80}


def embedded_pairs(records: list[ExtractionRecord], batch: WriteBatch, settings: Settings,
                   repeats: int) -> list[tuple[Timing, Timing]]:
    """(floor, store) per repeat, each into a new database."""
    pairs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="craftgraph-floor-") as directory:
            seconds, cpu = embedded_floor(batch, Path(directory))
            floor = Timing(seconds, cpu, cpu)
            store_settings = settings.model_copy(update={"db_path": Path(directory) / "store"})
            with EmbeddedStore.from_settings(store_settings) as store:
                pairs.append((floor, timed(partial(store.write_records, records), None)))
    return pairs


def neo4j_pairs(records: list[ExtractionRecord], batch: WriteBatch, settings: Settings, repeats: int,
                rows_per_tx: int) -> list[tuple[Timing, Timing]]:
    """(floor, store) per repeat on one warmed server, the database emptied before each write."""
    prepared = floor_params(batch)
    pairs = []
    with neo4j_store(settings, None, "2g", "1g") as (store, pid):
        store.write_records(records)  # warm-up pass, untimed
        for _ in range(repeats):
            store.clear()
            store._schema_ready = False  # the floor dropped them: recreated before the clock (bench.load does too)
            store.ensure_schema()
            written = timed(partial(store.write_records, records), pid)
            store.clear()
            pairs.append((timed(partial(neo4j_floor, store, prepared, rows_per_tx), pid), written))
    return pairs


def report(kind: str, pairs: list[tuple[Timing, Timing]], rels: int, floor_label: str) -> None:
    print(f"\n{kind:9}{'':27}{'seconds':>9}{'rels/s':>10}{'engine CPU s':>14}{'client CPU s':>14}{'share':>8}")
    for n, (floor, store) in enumerate(pairs, 1):
        for label, t in ((f"floor: {floor_label}", floor), ("store: write_records", store)):
            share = f"{floor.seconds / store.seconds:8.2f}" if t is store else ""
            print(f"  #{n} {label:31}{t.seconds:9.2f}{rels / t.seconds:10.0f}{t.engine_cpu_s:14.1f}"
                  f"{t.client_cpu_s:14.1f}{share}")
    shares = sorted(floor.seconds / store.seconds for floor, store in pairs)
    median = statistics.median(shares)
    target = TARGET_SHARE[kind]
    verdict = "PASS" if median >= target else "BELOW"
    print(f"{kind} store / floor (rels/s, same run): {median:.0%}"
          + (f" (median of {len(shares)}: {', '.join(f'{v:.0%}' for v in shares)})" if len(shares) > 1 else "")
          + f"; target >= {target:.0%}: {verdict}")
    # Other work on the machine stretches wall seconds, not CPU seconds: a share of CPU far from the share of
    # wall time says a pair was measured under different load, and the wall share is not to be trusted.
    cpu = statistics.median(_cpu(floor, kind) / _cpu(store, kind) for floor, store in pairs)
    extra = " (the JVM's includes the constraint and index work the floor dropped)" if kind == "neo4j" else ""
    print(f"{kind} store / floor by CPU seconds (engine + client): {cpu:.0%}{extra}")


def _cpu(timing: Timing, kind: str) -> float:
    """CPU seconds of the write: embedded, this process (the engine runs in it); Neo4j, the JVM and the client."""
    return timing.client_cpu_s if kind == "embedded" else timing.engine_cpu_s + timing.client_cpu_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--rows-per-tx", type=int, default=20_000, help="Neo4j floor: rows per transaction")
    parser.add_argument("--stores", nargs="+", choices=("embedded", "neo4j"), default=["embedded", "neo4j"])
    parser.add_argument("--repeats", type=int, default=1,
                        help="floor and store pairs per engine (the share is the median of the pairs')")
    args = parser.parse_args()

    base, how = corpus_records()
    records: list[ExtractionRecord] = replicate(base, args.documents)
    settings = Settings()
    batch = build_batch(records, settings.base_iri)
    rels = batch.rel_count
    print(f"{len(records)} documents ({how}): {batch.node_count} nodes, {rels} relationships")
    results: dict[str, list[tuple[Timing, Timing]]] = {}
    if "embedded" in args.stores:
        results["embedded"] = embedded_pairs(records, batch, settings, args.repeats)
    if "neo4j" in args.stores:
        results["neo4j"] = neo4j_pairs(records, batch, settings, args.repeats, args.rows_per_tx)

    floors = {"embedded": "COPY, one transaction", "neo4j": "UNWIND CREATE, warm"}
    for kind, pairs in results.items():
        report(kind, pairs, rels, floors[kind])
    print("\nengine CPU: the Neo4j JVM's CPU seconds; embedded: this process's (the engine runs in it). "
          "share: floor seconds / store seconds")
    for kind, target in TARGET_RELS_PER_S.items():
        if kind in results:
            floor = min(pair[0].seconds for pair in results[kind])
            print(f"{kind}: target {target:,} rels/s is {rels / target:.1f} s for these rows; the fastest floor took "
                  f"{floor:.1f} s ({rels / floor:,.0f} rels/s)")
    print(f"load average (1, 5, 15 min): {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
