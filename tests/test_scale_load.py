"""Corpus-scale loading: extraction on a process pool with bounded work in flight, resume without
duplicates. (Throughput is measured by bench/corpus.py, never here.)"""

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.store import GraphStore
from loaders.document import RawDocument
from loaders.load_service import Loader, LoadReport
from loaders.parallel import extract_in_parallel
from loaders.pipeline import Outcome
from tests.graph_snapshot import differences, snapshot
from tests.store_fixtures import StoreFactory


def raw(n: int) -> RawDocument:
    text = f"青山大学主任柯远舟{n}出席第{n}届青山论坛。"
    return RawDocument(doc=f"d{n}.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), source=f"d{n}")


class Interrupt(Exception):
    """Stands for Ctrl-C in the middle of a load."""


def interrupt_after(written: int) -> "Callable[[Outcome | None, LoadReport], None]":
    def hook(outcome: Outcome | None, report: LoadReport) -> None:
        if report.written >= written:
            raise Interrupt

    return hook


def load_all(store: GraphStore, folder: Path, workers: int = 1) -> LoadReport:
    return Loader(store, workers=workers, batch_documents=3).load([folder])


def test_outcomes_come_back_in_document_order_from_several_processes() -> None:
    outcomes = list(extract_in_parallel((raw(n) for n in range(40)), workers=2, chunk_size=3))
    assert [o.doc for o in outcomes] == [f"d{n}.txt" for n in range(40)]


def test_extraction_reads_only_a_bounded_number_of_documents_ahead() -> None:
    read = 0

    def documents() -> Iterator[RawDocument]:
        nonlocal read
        for n in range(60):
            read += 1
            yield raw(n)

    ahead = []
    for done, _ in enumerate(extract_in_parallel(documents(), workers=2, chunk_size=2, in_flight=3), start=1):
        ahead.append(read - done)
    assert max(ahead) <= (3 + 1) * 2


def test_a_parallel_load_equals_a_sequential_load(new_store: StoreFactory, corpus_copy: Path) -> None:
    with new_store() as store:
        assert load_all(store, corpus_copy, workers=2).written == len(list(corpus_copy.glob("*.txt")))
        parallel = snapshot(store)
    with new_store() as store:
        load_all(store, corpus_copy, workers=1)
        sequential = snapshot(store)
    assert differences(parallel, sequential) == []


def test_an_interrupted_load_resumes_without_duplicates(new_store: StoreFactory, corpus_copy: Path) -> None:
    with new_store() as store:
        with pytest.raises(Interrupt):
            Loader(store, workers=1, batch_documents=3, on_progress=interrupt_after(6)).load([corpus_copy])
        report = load_all(store, corpus_copy)
        # the interrupt comes after a write of 6 or more (a write takes every record gathered meanwhile)
        assert report.skipped >= 6 and report.skipped + report.written == len(list(corpus_copy.glob("*.txt")))
        resumed = snapshot(store)
    with new_store() as store:
        load_all(store, corpus_copy)
        assert differences(resumed, snapshot(store)) == []
