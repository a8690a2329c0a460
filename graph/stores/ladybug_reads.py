"""A pool of LadybugDB connections for read queries, so a read does not compile its query every time.

Compiling (preparing) a query costs more than running it (on the 5,000-document benchmark graph: ~2 ms
against ~0.6 ms for a forum's speakers). A ``ladybug.Connection`` keeps the statements it prepared for
parametrised queries and reuses them, so reads borrow a connection from this pool instead of opening one.
Each connection serves one caller at a time (taken from the idle list, given back after the query); the
engine runs queries of different connections concurrently. ``reads`` holds the query texts the store has
seen run as reads on the connection (see ``embedded.py``).

The pool holds as many connections as reads ever ran at once. A connection whose query failed is closed
rather than pooled, and one that has run ``max_statements`` distinct queries is retired, so ad-hoc analyst
queries cannot grow its statement cache without bound.
"""

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

import ladybug

from ..errors import StoreUnavailableError


class PooledConnection:
    __slots__ = ("conn", "reads")

    def __init__(self, conn: ladybug.Connection) -> None:
        self.conn = conn
        self.reads: set[str] = set()


class ReadConnectionPool:
    def __init__(self, database: ladybug.Database, max_statements: int = 256) -> None:
        self._db = database
        self._max_statements = max_statements
        self._idle: deque[PooledConnection] = deque()
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def connection(self) -> Iterator[PooledConnection]:
        """A connection of the caller's own; given back to the pool unless the block raised."""
        pooled = self._take()
        try:
            yield pooled
        except BaseException:
            pooled.conn.close()
            raise
        self._give_back(pooled)

    def _take(self) -> PooledConnection:
        with self._lock:
            if self._closed:
                raise StoreUnavailableError("the embedded store is closed; open it again to query it")
            if self._idle:
                return self._idle.pop()
        return PooledConnection(ladybug.Connection(self._db))

    def _give_back(self, pooled: PooledConnection) -> None:
        with self._lock:
            if not self._closed and len(pooled.reads) < self._max_statements:
                self._idle.append(pooled)
                return
        pooled.conn.close()

    def close(self) -> None:
        """Close the idle connections; connections still in use are closed when given back."""
        with self._lock:
            self._closed = True
            idle, self._idle = list(self._idle), deque()
        for pooled in idle:
            pooled.conn.close()
