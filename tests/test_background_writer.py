"""The load's writer thread: group commit, bounded memory, errors raised where the load runs."""

import threading
import time

import pytest

from loaders.load_service import BackgroundWriter

WAIT_S = 5.0


class GatedWrite:
    """A store write that records its batches; the first one waits until ``release`` is set."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.batches: list[list[int]] = []
        self.started, self.release = threading.Event(), threading.Event()
        self.fail_on = fail_on

    def __call__(self, batch: list) -> None:
        self.started.set()
        if not self.batches:
            assert self.release.wait(WAIT_S)
        if self.fail_on is not None and self.fail_on in batch:
            raise RuntimeError(f"store refused record {self.fail_on}")
        self.batches.append(list(batch))


def test_records_gathered_during_a_write_all_go_into_the_next_one() -> None:
    write = GatedWrite()
    writer = BackgroundWriter(write, min_batch=2, max_pending=100)
    writer.add(0)
    writer.add(1)
    assert write.started.wait(WAIT_S)
    for record in range(2, 12):
        writer.add(record)
    write.release.set()
    writer.close()
    assert write.batches == [[0, 1], list(range(2, 12))]


def test_no_write_starts_below_the_least_batch_until_close() -> None:
    write = GatedWrite()
    write.release.set()
    writer = BackgroundWriter(write, min_batch=5, max_pending=100)
    for record in range(3):
        writer.add(record)
    assert not write.started.wait(0.3)
    writer.close()
    assert write.batches == [[0, 1, 2]]


def test_add_waits_while_the_most_pending_records_wait() -> None:
    write = GatedWrite()
    writer = BackgroundWriter(write, min_batch=1, max_pending=3)
    writer.add(0)
    assert write.started.wait(WAIT_S)  # record 0 is being written, and holds the gate
    for record in range(1, 4):
        writer.add(record)
    fourth_added = threading.Event()
    adder = threading.Thread(target=lambda: (writer.add(4), fourth_added.set()))
    adder.start()
    assert not fourth_added.wait(0.3)
    write.release.set()
    assert fourth_added.wait(WAIT_S)
    adder.join()
    writer.close()
    assert [r for batch in write.batches for r in batch] == [0, 1, 2, 3, 4]
    assert max(len(batch) for batch in write.batches) <= 3


def test_a_failed_write_is_raised_at_the_next_add_and_nothing_after_it_is_written() -> None:
    write = GatedWrite(fail_on=0)
    write.release.set()
    writer = BackgroundWriter(write, min_batch=1, max_pending=10)
    writer.add(0)
    deadline = time.monotonic() + WAIT_S
    with pytest.raises(RuntimeError, match="store refused record 0"):
        while time.monotonic() < deadline:
            writer.add(1)
            time.sleep(0.01)
    writer.stop()
    assert write.batches == []


def test_a_failed_last_write_is_raised_at_close() -> None:
    write = GatedWrite(fail_on=2)
    write.release.set()
    writer = BackgroundWriter(write, min_batch=10, max_pending=10)
    for record in range(3):
        writer.add(record)
    with pytest.raises(RuntimeError, match="store refused record 2"):
        writer.close()


def test_stop_drops_what_gathered_and_waits_for_the_write_under_way() -> None:
    write = GatedWrite()
    writer = BackgroundWriter(write, min_batch=1, max_pending=100)
    writer.add(0)
    assert write.started.wait(WAIT_S)
    writer.add(1)
    threading.Timer(0.2, write.release.set).start()
    writer.stop()
    assert write.batches == [[0]]
