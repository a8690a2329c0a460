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

    .venv/bin/python -m bench.write_ceiling [--documents 5000] [--stores embedded neo4j]
"""

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa

from bench.load import TARGET_RELS_PER_S, neo4j_store, process_cpu_s
from bench.records import corpus_records, replicate
from graph.model import ExtractionRecord
from graph.rows import WriteBatch, build_batch
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore, node_arrow_table, rel_arrow_table
from graph.stores.ladybug_schema import create_statements
from graph.stores.neo4j_cypher import PreparedBatch, prepare
from graph.stores.neo4j_store import Neo4jStore

Row = tuple[str, float, float, int]  # label, seconds, engine CPU seconds, relationships


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


def neo4j_floor(store: Neo4jStore, prepared: PreparedBatch, rows_per_tx: int) -> None:
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


def timed(write: Callable[[], Any], server_pid: int | None) -> tuple[float, float]:
    before = process_cpu_s(server_pid) if server_pid else time.process_time()
    started = time.perf_counter()
    write()
    seconds = time.perf_counter() - started
    after = process_cpu_s(server_pid) if server_pid else time.process_time()
    return seconds, after - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--rows-per-tx", type=int, default=20_000, help="Neo4j floor: rows per transaction")
    parser.add_argument("--stores", nargs="+", choices=("embedded", "neo4j"), default=["embedded", "neo4j"])
    args = parser.parse_args()

    base, how = corpus_records()
    records: list[ExtractionRecord] = replicate(base, args.documents)
    settings = Settings()
    batch = build_batch(records, settings.base_iri)
    rels = batch.rel_count
    print(f"{len(records)} documents ({how}): {batch.node_count} nodes, {rels} relationships")
    rows: list[Row] = []
    if "embedded" in args.stores:
        with tempfile.TemporaryDirectory(prefix="craftgraph-floor-") as directory:
            seconds, cpu = embedded_floor(batch, Path(directory))
            rows.append(("embedded floor: COPY, one transaction", seconds, cpu, rels))
            store_settings = settings.model_copy(update={"db_path": Path(directory) / "store"})
            with EmbeddedStore.from_settings(store_settings) as store:
                seconds, cpu = timed(lambda: store.write_records(records), None)
            rows.append(("embedded store: write_records", seconds, cpu, rels))
    if "neo4j" in args.stores:
        prepared = prepare(batch)
        with neo4j_store(settings, None, "2g", "1g") as (store, pid):
            store.write_records(records)  # warm-up pass, untimed
            store.clear()
            seconds, cpu = timed(lambda: store.write_records(records), pid)
            rows.append(("neo4j store (warm server): write_records", seconds, cpu, rels))
            store.clear()
            seconds, cpu = timed(lambda: neo4j_floor(store, prepared, args.rows_per_tx), pid)
            rows.append(("neo4j floor (warm server): UNWIND CREATE", seconds, cpu, rels))

    print(f"\n{'':44}{'seconds':>9}{'rels/s':>10}{'engine CPU s':>14}{'rels/CPU-s':>12}")
    for label, seconds, cpu, count in rows:
        print(f"{label:44}{seconds:9.1f}{count / seconds:10.0f}{cpu:14.1f}{count / cpu:12.0f}")
    print("engine CPU: the Neo4j JVM's CPU seconds; embedded: this process's (the engine runs in it)")
    for kind, target in TARGET_RELS_PER_S.items():
        floor = next((r for r in rows if r[0].startswith(f"{kind} floor")), None)
        if floor:
            label, seconds, cpu, count = floor
            print(f"{kind}: target {target:,} rels/s is {count / target:.1f} s for these rows; the floor took "
                  f"{seconds:.1f} s ({count / seconds:,.0f} rels/s) and {cpu:.1f} engine CPU-s")
    print(f"load average (1, 5, 15 min): {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
