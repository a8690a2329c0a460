"""A pool of LadybugDB connections for read queries, so a read does not compile its query every time.

Compiling (preparing) a query costs more than running it (on the 5,000-document benchmark graph: ~2 ms
against ~0.6 ms for a forum's speakers). A ``ladybug.Connection`` keeps the statements it prepared for
parametrised queries and reuses them, so reads borrow a connection from this pool instead of opening one.
Each connection serves one caller at a time (taken from the idle list, given back after the query); the
engine runs queries of different connections concurrently, and every read opens its own read-only
transaction, which sees every write committed before it (prepared statements stay valid across writes).

The pool holds as many connections as reads ever ran at once. A connection that failed is closed rather
than pooled, and one that has prepared ``max_statements`` distinct queries is retired, so ad-hoc analyst
queries cannot grow the cache without bound.
"""

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

import ladybug

from ..errors import StoreUnavailableError


class _Pooled:
    __slots__ = ("conn", "queries")

    def __init__(self, conn: ladybug.Connection) -> None:
        self.conn = conn
        self.queries: set[str] = set()


class ReadConnectionPool:
    def __init__(self, database: ladybug.Database, max_statements: int = 256) -> None:
        self._db = database
        self._max_statements = max_statements
        self._idle: deque[_Pooled] = deque()
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def connection(self, query: str) -> Iterator[ladybug.Connection]:
        """A connection for running ``query``; given back to the pool unless the block raised."""
        pooled = self._take()
        pooled.queries.add(query)
        try:
            yield pooled.conn
        except BaseException:
            pooled.conn.close()
            raise
        self._give_back(pooled)

    def _take(self) -> _Pooled:
        with self._lock:
            if self._closed:
                raise StoreUnavailableError("the embedded store is closed; open it again to query it")
            if self._idle:
                return self._idle.pop()
        return _Pooled(ladybug.Connection(self._db))

    def _give_back(self, pooled: _Pooled) -> None:
        with self._lock:
            if not self._closed and len(pooled.queries) <= self._max_statements:
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
