"""Who may open an embedded store directory: one writing process, or any number of reading ones.

The engine locks its file against a second writing process only; a process that opens it read-only is
let in beside a writer, and a writer beside readers, and a reader never sees what the writer commits
after it opened (measured: it still counted 5 nodes, on a new connection too, after a writer added 50). The HTTP
server's processes read (``craftgraph serve`` with several workers) and cache answers on the promise that
nothing writes meanwhile, so the store takes this lock too: ``flock`` on ``craftgraph.lock`` in the
directory, exclusive to write, shared to read, never waiting. The lock is the process's, like the
engine's: one process may open the same directory more than once (the kernel ties ``flock`` to an open
file, so this module keeps one per directory and counts its holders).
"""

import fcntl
import os
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreUnavailableError

LOCK_FILE = "craftgraph.lock"


@dataclass
class _Held:
    fd: int
    exclusive: bool
    holders: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def acquire(directory: Path, *, exclusive: bool) -> None:
    """Take the directory's lock for this process, or raise StoreUnavailableError saying who holds it."""
    key = directory.resolve()
    with _guard:
        held = _held.get(key)
        if held is None:
            fd = _open_lock_file(key)
            try:
                _lock(fd, key, exclusive=exclusive)
            except BaseException:
                os.close(fd)
                raise
            _held[key] = _Held(fd, exclusive, 1)
            return
        if exclusive and not held.exclusive:
            try:
                _lock(held.fd, key, exclusive=True)
            except StoreUnavailableError:
                with suppress(BlockingIOError):  # a failed conversion may have dropped the shared lock
                    fcntl.flock(held.fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                raise
            held.exclusive = True
        held.holders += 1


def release(directory: Path) -> None:
    """Give back one hold; the last one unlocks."""
    key = directory.resolve()
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.holders -= 1
        if held.holders == 0:
            del _held[key]
            os.close(held.fd)  # closing the last descriptor of the open file drops the flock


def _open_lock_file(directory: Path) -> int:
    """The lock file, created if need be; opened read-only where it cannot be written (``flock`` needs no
    write access), as on a read-only mount."""
    path = directory / LOCK_FILE
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            raise StoreUnavailableError(
                f"cannot lock the embedded store at {directory}: {exc.strerror} creating {path}; the directory "
                "must be writable, or hold that file already"
            ) from None


def _lock(fd: int, directory: Path, *, exclusive: bool) -> None:
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        wanted, other = ("write", "reads or writes") if exclusive else ("read", "writes")
        raise StoreUnavailableError(
            f"cannot open the embedded store at {directory} to {wanted}: another process {other} it (a running "
            "`craftgraph serve`, `load` or `remove`); stop it or set CRAFTGRAPH_DB_PATH to another directory"
        ) from None
