"""The embedded store's default page cache: a quarter of the memory this process may use, within 1–4 GB.

A load commits larger transactions with a larger page cache (``ROWS_PER_BUFFER_POOL_MB``), and each commit
checkpoints at a cost that grows with the graph, so the page cache sets how fast a large archive loads.
Measured with ``bench/corpus.py`` (docs/resolution.md): 100,000 documents loaded at 47.6 documents/s with
1 GB and at 81.9 with 4 GB (loader peak 4.9 and 6.1 GB). The engine's own default is most of the machine;
a quarter leaves room for the extraction workers and whatever else runs. The cache fills only as the
graph grows, so a small graph costs little either way.
"""

import os
from pathlib import Path

FLOOR_MB, CEILING_MB, SHARE = 1024, 4096, 4

#: Where a container's memory limit is (cgroup v2, then v1); a limit lower than the machine's wins.
CGROUP_LIMITS = (Path("/sys/fs/cgroup/memory.max"), Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"))


def default_page_cache_mb(memory_mb: int | None = None) -> int:
    """A quarter of ``memory_mb`` (default: :func:`usable_memory_mb`), at least 1,024 and at most 4,096."""
    memory_mb = usable_memory_mb() if memory_mb is None else memory_mb
    return max(FLOOR_MB, min(CEILING_MB, memory_mb // SHARE))


def usable_memory_mb() -> int:
    """The machine's physical memory, or its container's limit where that is lower."""
    usable = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    for path in CGROUP_LIMITS:
        try:
            limit = path.read_text().strip()
        except OSError:
            continue
        if limit.isdigit():  # "max" means none
            usable = min(usable, int(limit))
    return usable // 1024**2
