"""How fast the embedded store writes: the seed + dev corpus replicated to N documents (names varied).

Prints, in one run: a first load in groups (one transaction per ``transaction_rows`` rows), the same load
again (every document already stored: removed and rewritten, idempotent), and per-document transactions on
a slice, as documents/s and relationships/s side by side.

    .venv/bin/python -m bench.embedded_write [--documents 5000] [--per-document 200]
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.records import corpus_records, replicate
from graph.model import ExtractionRecord
from graph.resolution import Resolver
from graph.rows import build_batch
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore


def timed_write(store: EmbeddedStore, records: list[ExtractionRecord]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process (every engine thread included), relationships written."""
    started, cpu = time.perf_counter(), time.process_time()
    summary = store.write_records(records)
    return time.perf_counter() - started, time.process_time() - cpu, summary.relationships


def line(label: str, documents: int, seconds: float, cpu: float, rels: int) -> str:
    """Rates per wall second and per CPU second: the second is not diluted by other jobs on the cores."""
    return f"{label:<42} {documents:>6} docs {rels:>8} rels {seconds:8.2f} s {documents / seconds:7.0f} docs/s " \
           f"{rels / seconds:8.0f} rels/s | CPU {cpu:7.2f} s {rels / cpu:8.0f} rels/CPU-s load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--per-document", type=int, default=200, help="documents written one per transaction")
    args = parser.parse_args()

    base, source = corpus_records()
    resolver = Resolver()  # as `craftgraph load` does: identities, and years/editions as integers
    base = [resolver.resolve(record) for record in base]
    records = replicate(base, args.documents)
    settings = Settings()  # type: ignore[call-arg]
    rows = build_batch(records, settings.base_iri)
    print(f"{len(records)} documents from {len(base)} ({source}): {rows.node_count} nodes, {rows.rel_count} rels")

    with tempfile.TemporaryDirectory() as tmp:
        with EmbeddedStore(Path(tmp) / "grouped", base_iri=settings.base_iri) as store:
            first, first_cpu, rels = timed_write(store, records)
            counts = store.stats()
            again, again_cpu, _ = timed_write(store, records)
            assert store.stats() == counts, "a second load changed the counts"
        print(line("first load, grouped transactions", len(records), first, first_cpu, rels))
        print(line("same load again (idempotent rewrite)", len(records), again, again_cpu, rels))

        subset = records[: args.per_document]
        with EmbeddedStore(Path(tmp) / "per-doc", base_iri=settings.base_iri) as store:
            grouped, grouped_cpu, sub_rels = timed_write(store, subset)
        with EmbeddedStore(Path(tmp) / "per-doc-2", base_iri=settings.base_iri, transaction_rows=1) as store:
            single, single_cpu, _ = timed_write(store, subset)
        print(line("slice, grouped transactions", len(subset), grouped, grouped_cpu, sub_rels))
        print(line("slice, one transaction per document", len(subset), single, single_cpu, sub_rels))
        print(f"grouped / per-document speed-up on the slice: {single / grouped:.1f}x")


if __name__ == "__main__":
    main()
