"""Extraction on every core with bounded memory.

Documents are read by the caller and sent to a process pool in small chunks
(:func:`loaders.pipeline.extract_chunk`: extract, then resolve entities). At most ``in_flight`` chunks are
pending at any time, so however large the corpus, only a few hundred documents and their records are in
memory; outcomes come back in the order the documents went in. With one worker everything runs in the
calling process (no pool, no pickling): small loads and tests.
"""

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context

from loaders.document import RawDocument
from loaders.pipeline import Outcome, extract_chunk, init_worker


def worker_count(configured: int = 0) -> int:
    """``configured`` processes, or one per core usable by this process when it is 0."""
    if configured > 0:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _chunks(raws: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    it = iter(raws)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_in_parallel(
    raws: Iterable[RawDocument], *, workers: int = 0, chunk_size: int = 8, in_flight: int | None = None
) -> Iterator[Outcome]:
    """Outcomes (extracted and resolved records, or errors) of ``raws``, in order, on ``workers`` processes."""
    workers = worker_count(workers)
    if workers == 1:
        for chunk in _chunks(raws, chunk_size):
            yield from extract_chunk(chunk)
        return
    limit = in_flight or 4 * workers
    # "spawn" keeps the workers free of the parent's open database handles and threads.
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=init_worker)
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        for chunk in _chunks(raws, chunk_size):
            pending.append(pool.submit(extract_chunk, chunk))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when the consumer stops early (Ctrl-C, a store error): drop queued work, do not wait
        pool.shutdown(wait=not pending, cancel_futures=True)
