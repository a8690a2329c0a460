"""RDF export throughput over the 5,000-document graph, beside rdflib's ``Graph.serialize`` of the same
triples, in one run.

    .venv/bin/python -m bench.export [--docs 5000] [--store embedded|neo4j] [--db DIR --reuse]
                                     [--formats turtle ntriples ...] [--no-rdflib]

1. Writes the synthetic corpus (``bench/corpus_gen.py``) into a fresh store (or reuses ``--db`` with ``--reuse``).
2. Exports it: reads every node and relationship through ``GraphStore.run`` (paged Cypher) and maps the rows
   to statements (timed as "read + map"), then serialises each format with pyoxigraph.
3. Builds an rdflib ``Graph`` holding the same triples (parsing our N-Triples; not timed against anyone) and
   times ``Graph.serialize`` for each format.

Prints triples/s per format for pyoxigraph's serialisation alone and for the whole export (read + map +
serialise), beside rdflib's serialisation alone, and the ratios. Target: serialisation >= 5x rdflib for
Turtle and N-Triples.
"""

import argparse
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus_gen import write_corpus
from graph.rdf.export import RdfExport, export_graph
from graph.rdf.formats import FORMATS
from graph.settings import Settings
from graph.stores import open_store

TARGET = 5.0
TARGET_FORMATS = ("turtle", "ntriples")


@dataclass
class Row:
    fmt: str
    ours_s: float
    export_s: float
    rdflib_s: float | None
    size: int


def time_ours(exported: RdfExport, fmt: str) -> tuple[float, int]:
    with open(os.devnull, "wb") as sink, _CountingWriter(sink) as out:
        started = time.perf_counter()
        exported.serialize(FORMATS[fmt], out)
        return time.perf_counter() - started, out.count


def time_rdflib(graph: object, fmt: str) -> float:
    started = time.perf_counter()
    graph.serialize(format=FORMATS[fmt].rdflib_name, encoding="utf-8")  # type: ignore[attr-defined]
    return time.perf_counter() - started


class _CountingWriter:
    """Counts bytes written, so the output size is known without keeping it."""

    def __init__(self, sink: object) -> None:
        self._sink = sink
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self._sink.write(data)  # type: ignore[attr-defined]

    def flush(self) -> None:
        self._sink.flush()  # type: ignore[attr-defined]

    def __enter__(self) -> "_CountingWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()


def rate(triples: int, seconds: float | None) -> str:
    return f"{triples / seconds:>12,.0f}" if seconds else f"{'-':>12}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--store", choices=("embedded", "neo4j"), default="embedded")
    parser.add_argument("--db", type=Path, help="embedded store directory (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="export the graph already in --db / Neo4j")
    parser.add_argument("--formats", nargs="+", default=list(TARGET_FORMATS), choices=sorted(FORMATS))
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        db = args.db or Path(tmp) / "graph.lbdb"
        settings = Settings(store=args.store, db_path=db)  # type: ignore[call-arg]
        if not args.reuse:
            write_corpus(settings, args.docs)
        with open_store(settings) as store:
            exported = export_graph(store, settings)
        triples = len(exported)
        print(f"export: {triples:,} triples ({len(exported.lines.graph_names()):,} document graphs), "
              f"read + map {exported.seconds:.1f} s")

        graph = None
        if not args.no_rdflib:
            from rdflib import Graph

            started = time.perf_counter()
            graph = Graph().parse(data=exported.serialize("ntriples"), format="nt")
            print(f"rdflib: Graph of {len(graph):,} triples built in {time.perf_counter() - started:.1f} s "
                  "(setup, not compared)")

        rows = []
        for fmt in args.formats:
            ours, size = time_ours(exported, fmt)
            theirs = time_rdflib(graph, fmt) if graph is not None and not FORMATS[fmt].dataset else None
            rows.append(Row(fmt, ours, exported.seconds + ours, theirs, size))

    print()
    print(f"{'format':<9} {'MB':>7} {'pyoxigraph t/s':>15} {'export t/s':>12} {'rdflib t/s':>12} "
          f"{'serialise x':>12} {'export x':>9}")
    failed = []
    for row in rows:
        serialise_x = row.rdflib_s / row.ours_s if row.rdflib_s else None
        export_x = row.rdflib_s / row.export_s if row.rdflib_s else None
        print(f"{row.fmt:<9} {row.size / 1e6:>7.1f} {rate(triples, row.ours_s):>15} {rate(triples, row.export_s)} "
              f"{rate(triples, row.rdflib_s)} {f'{serialise_x:.1f}' if serialise_x else '-':>12} "
              f"{f'{export_x:.1f}' if export_x else '-':>9}")
        if row.fmt in TARGET_FORMATS and serialise_x is not None and serialise_x < TARGET:
            failed.append(row.fmt)
    print()
    print(f"target: pyoxigraph serialisation >= {TARGET:.0f}x rdflib for {', '.join(TARGET_FORMATS)}: "
          + ("MISSED for " + ", ".join(failed) if failed else "met" if graph is not None else "not compared"))


if __name__ == "__main__":
    main()
