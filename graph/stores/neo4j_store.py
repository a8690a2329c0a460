"""The Neo4j store, on the official ``neo4j`` driver: one code path for ``bolt://`` and ``neo4j://`` (cluster).

Writes. Whole documents go into one managed transaction (the driver retries transient errors) of up to
``transaction_rows`` rows (default ``TRANSACTION_BATCHES`` x ``CRAFTGRAPH_WRITE_BATCH_SIZE``): documents
already stored are removed first (their relationships, articles and the entities only they supported), nodes
are MERGEd on their key and relationships created, so a failure never leaves a document half-written and
re-writing a document leaves exactly the rows it has now (no duplicate, nothing stale). A transaction is
three statements whatever it holds (``neo4j_cypher.write_batch``): every round trip is time the server waits
for the client. The next transaction's rows are built and type-checked on a second thread meanwhile.

Measured (``bench/write_ceiling.py``, 2,000 documents, warm server): the server spends most of a write
transaction in its COMMIT (store and index updates), and its CPU for the store's write is about that of the
engine floor (``UNWIND CREATE`` without constraints or indexes); what was left between them was the client:
a transaction per 2,000 rows with ~40 statements each, the driver formatting every parameter list for its
debug log (``_Rows``), tuples packed through a Python hook, and garbage collections over the batch.

Reads run as auto-commit queries in READ access mode, where the server itself refuses any write
(verified: Neo4j answers ``Neo.ClientError.Statement.AccessMode``), on a single server and on a cluster
alike. Auto-commit sends one request where a managed transaction adds BEGIN and COMMIT (~0.6 ms less client
CPU per query); a read that fails in a way the driver calls retryable runs again as a managed READ
transaction, which the driver retries.
"""

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Self

import neo4j
from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase, ManagedTransaction, unit_of_work
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from ..errors import (
    AuthenticationError,
    ConfigurationError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    StoreUnavailableError,
    WriteNotAllowedError,
)
from ..model import ExtractionRecord
from ..rows import build_batch, chunks_by_weight, paused_gc
from ..schema import NODE_PROPERTIES, REL_ENDPOINTS
from ..settings import Settings
from ..store import QueryResult, StoreStats, WriteSummary
from ..values import node_value, path_value, plain, relationship_value
from .neo4j_cypher import (
    FULLTEXT_INDEX,
    PreparedBatch,
    delete_documents,
    prepare,
    schema_statements,
    write_batch,
)

__all__ = ["FULLTEXT_INDEX", "Neo4jStore", "neo4j_value"]

#: Default rows per write transaction, in ``batch_size`` units: 20,000 rows with the default batch size, the
#: engine floor's transaction size in ``bench/write_ceiling.py`` (a few MB of transaction state on the server).
TRANSACTION_BATCHES = 10
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_SCALARS = frozenset({str, int, float, bool, type(None)})


def neo4j_value(value: Any, end_keys: Mapping[str, str] | None = None) -> Any:
    """The shape :mod:`graph.values` defines, from the driver's nodes, relationships and paths.

    A relationship returned without its end nodes comes with end nodes that carry no properties;
    ``end_keys`` (element id -> key, see :func:`_keyless_ends`) supplies their keys.
    """
    if isinstance(value, Node):
        labels = [label for label in NODE_PROPERTIES if label in value.labels] or sorted(value.labels)
        return node_value(labels[0] if labels else None, dict(value.items()))
    if isinstance(value, Relationship):
        known = end_keys or {}
        start, end = value.start_node, value.end_node
        return relationship_value(
            value.type,
            (start.get("key") or known.get(start.element_id)) if start is not None else None,
            (end.get("key") or known.get(end.element_id)) if end is not None else None,
            dict(value.items()),
        )
    if isinstance(value, GraphPath):
        return path_value((neo4j_value(n, end_keys) for n in value.nodes),
                          (neo4j_value(r, end_keys) for r in value.relationships))
    if isinstance(value, list):
        return [neo4j_value(v, end_keys) for v in value]
    if isinstance(value, dict):
        return {k: neo4j_value(v, end_keys) for k, v in value.items()}
    return plain(value)


def _keyless_ends(value: Any, found: set[str]) -> None:
    """Element ids of relationship end nodes in ``value`` that arrived without their ``key`` property."""
    if isinstance(value, Relationship):
        for node in (value.start_node, value.end_node):
            if node is not None and "key" not in node:
                found.add(node.element_id)
    elif isinstance(value, list | tuple):
        for item in value:
            _keyless_ends(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _keyless_ends(item, found)


def _built_ahead(build: Callable[[list[ExtractionRecord]], PreparedBatch],
                 chunks: Iterable[list[ExtractionRecord]]) -> Iterator[PreparedBatch]:
    """``build`` of each chunk, the next one running on a thread while the caller uses the current one."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="craftgraph-rows") as pool:
        pending: Future[PreparedBatch] | None = None
        for chunk in chunks:
            following = pool.submit(build, chunk)
            if pending is not None:
                yield pending.result()
            pending = following
        if pending is not None:
            yield pending.result()


def _transactions(records: Iterable[ExtractionRecord], rows: int) -> Iterator[list[ExtractionRecord]]:
    """Whole documents, about ``rows`` rows per transaction, the first one about an eighth of that."""
    remaining = iter(records)
    first = next(chunks_by_weight(remaining, max(1, rows // 8)), None)  # takes only the first chunk's records
    if first is not None:
        yield first
        yield from chunks_by_weight(remaining, rows)


class Neo4jStore:
    name = "neo4j"
    sole_writer = False  # other clients may write to the server

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        *,
        batch_size: int = 2000,
        transaction_rows: int | None = None,
        timeout_s: float = 10.0,
        row_cap: int = 10_000,
        max_retry_time_s: float = 15.0,
        base_iri: str = "https://craftgraph.example.org/id/",
    ) -> None:
        self.base_iri = base_iri
        self.uri, self.user, self.database = uri, user, database
        self.batch_size, self.timeout_s, self.row_cap = batch_size, timeout_s, row_cap
        self.transaction_rows = transaction_rows or TRANSACTION_BATCHES * batch_size
        self._schema_ready = False
        self.generation = 0
        self._generation_lock = threading.Lock()
        if uri.split("://", 1)[0] not in BOLT_SCHEMES:
            raise ConfigurationError(
                f"invalid CRAFTGRAPH_NEO4J_URI {uri!r}: use one of {', '.join(s + '://' for s in BOLT_SCHEMES)} "
                "(neo4j:// routes across a cluster)"
            )
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_transaction_retry_time=max_retry_time_s,
                notifications_min_severity="OFF",
                connection_timeout=10.0,
            )
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise ConfigurationError(f"invalid CRAFTGRAPH_NEO4J_URI {uri!r}: {exc}") from None
        try:
            with self._translated("connecting"):
                self._driver.verify_connectivity()
            self._read(lambda tx: tx.run("RETURN 1").consume())
        except BaseException:
            self._driver.close()
            raise

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
            batch_size=settings.write_batch_size,
            timeout_s=settings.query_timeout_s,
            row_cap=settings.query_row_cap,
            max_retry_time_s=settings.neo4j_max_retry_time_s,
            base_iri=settings.base_iri,
        )

    # ---- sessions and error mapping ----
    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _read(self, work: Callable[[ManagedTransaction], Any]) -> Any:
        with self._translated(), self._session(READ_ACCESS) as session:
            return session.execute_read(work)

    def _write(self, work: Callable[[ManagedTransaction], Any], doing: str = "writing") -> Any:
        try:
            with self._translated(doing), self._session(WRITE_ACCESS) as session:
                return session.execute_write(work)
        finally:  # after the commit: an answer read before it is cached under the older count
            self._count_write()

    def _translated(self, doing: str = "querying") -> "_ErrorTranslation":
        return _ErrorTranslation(self, doing)

    # ---- schema and writes ----
    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._translated("creating the schema"), self._session(WRITE_ACCESS) as session:
            for statement in schema_statements():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        self._schema_ready = True

    def _write_batch(self, batch: PreparedBatch) -> None:
        """One transaction (see :func:`write_batch`), the garbage collector paused: the rows are many small
        containers without cycles, and a collection would walk every one of them (graph.rows.paused_gc)."""
        documents = batch.documents

        def work(tx: ManagedTransaction) -> None:
            write_batch(tx, batch)

        first = documents[0][:12] if documents else "-"
        with paused_gc():
            self._write(work, f"writing {len(documents)} documents (first {first}…)")

    def _prepared(self, chunk: list[ExtractionRecord]) -> PreparedBatch:
        with paused_gc():  # many small containers, no cycles: see graph.rows.paused_gc
            return prepare(build_batch(chunk, self.base_iri))

    def write_records(self, records: Iterable[ExtractionRecord]) -> WriteSummary:
        """Write whole documents, several per transaction up to ``transaction_rows`` rows; idempotent.

        The next transaction's rows are built on a second thread while the server runs the current one
        (the driver waits on its socket without holding the GIL), so client and server work overlap; the
        first transaction is an eighth of the others, so the server starts early.
        """
        self.ensure_schema()
        started = time.perf_counter()
        documents = nodes = rels = 0
        for batch in _built_ahead(self._prepared, _transactions(records, self.transaction_rows)):
            self._write_batch(batch)
            documents, nodes, rels = documents + len(batch.documents), nodes + batch.node_count, rels + batch.rel_count
        return WriteSummary(documents, nodes, rels, time.perf_counter() - started)

    def remove_document(self, doc_key: str) -> int:
        """Delete a document's relationships, articles and node, then entities nothing else supports.

        Returns the number of relationships removed (0 when the document is unknown).
        """
        return self._write(lambda tx: delete_documents(tx, [doc_key]), f"removing document {doc_key}")

    # ---- reads ----
    def run(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        cap = row_cap or self.row_cap
        parameters = dict(params or {})
        timeout = timeout_s or self.timeout_s

        @unit_of_work(timeout=timeout)
        def work(tx: ManagedTransaction) -> QueryResult:
            return _collect(tx.run(query, parameters), cap, tx.run)

        if write:
            return self._write(work, "running a write query")
        try:
            with self._session(READ_ACCESS) as session:
                return _collect(session.run(neo4j.Query(query, timeout=timeout), parameters), cap, session.run)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            if not exc.is_retryable():
                raise _translate(exc, self, "querying") from exc
        # A transient failure (a cluster member gone, a deadlock): again as a managed read, which the driver
        # retries for up to max_transaction_retry_time. Reads change nothing, so running one twice is safe.
        return self._read(work)

    def stats(self) -> StoreStats:
        def work(tx: ManagedTransaction) -> StoreStats:
            nodes = {
                label: tx.run(f"MATCH (n:{label}) RETURN count(n) AS n").single(strict=True)["n"]
                for label in NODE_PROPERTIES
            }
            rels = {
                rtype: tx.run(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS n").single(strict=True)["n"]
                for rtype in REL_ENDPOINTS
            }
            return StoreStats({k: v for k, v in nodes.items() if v}, {k: v for k, v in rels.items() if v})

        return self._read(work)

    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks), in batches."""
        try:
            with self._translated("clearing the database"), self._session(WRITE_ACCESS) as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        finally:
            self._count_write()

    def revision(self) -> str:
        """The bookmark of an empty read transaction. Neo4j hands every transaction, reads included, a
        bookmark naming the last transaction committed on the database it ran on, by any client; its text is
        opaque, so it is only compared. Behind a ``neo4j://`` router reads may land on members at different
        points, which reads as a change: safe, only less cached."""
        with self._translated("asking for the database's last transaction"), self._session(READ_ACCESS) as session:
            session.run("RETURN 1").consume()
            return "|".join(sorted(session.last_bookmarks().raw_values))

    def _count_write(self) -> None:
        with self._generation_lock:
            self.generation += 1

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_END_KEYS = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS id, n.key AS key"


def _collect(result: neo4j.Result, cap: int, run: Callable[..., neo4j.Result]) -> QueryResult:
    """Up to ``cap`` rows of ``result`` as plain values; plain scalars (most named queries' columns) as they are.

    Keys of relationship end nodes the result left without properties are read with ``run`` (the same
    session or transaction) in one more query, only when there are any.
    """
    columns = list(result.keys())
    raw: list[list[Any]] = []
    for record in result:
        if len(raw) >= cap:
            break
        raw.append(record.values())
    keyless: set[str] = set()
    for row in raw:
        for value in row:
            if type(value) not in _SCALARS:
                _keyless_ends(value, keyless)
    end_keys = {r["id"]: r["key"] for r in run(_END_KEYS, {"ids": sorted(keyless)})} if keyless else None
    rows = [[v if type(v) in _SCALARS else neo4j_value(v, end_keys) for v in row] for row in raw]
    return QueryResult(columns, rows)


class _ErrorTranslation:
    """Turns driver exceptions into craftgraph errors whose message names the URI and the setting to fix."""

    def __init__(self, store: Neo4jStore, doing: str) -> None:
        self.store, self.doing = store, doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, _tb: object) -> None:
        if exc is None or not isinstance(exc, neo4j_errors.DriverError | neo4j_errors.Neo4jError):
            return
        raise _translate(exc, self.store, self.doing) from exc


def _translate(exc: BaseException, store: Neo4jStore, doing: str) -> StoreError | ConfigurationError:
    uri, db = store.uri, store.database
    if isinstance(exc, neo4j_errors.AuthError):
        return AuthenticationError(
            f"Neo4j at {uri} refused user {store.user!r}: check CRAFTGRAPH_NEO4J_USER and CRAFTGRAPH_NEO4J_PASSWORD "
            f"({exc.message})"
        )
    if isinstance(exc, neo4j_errors.ServiceUnavailable | neo4j_errors.SessionExpired | OSError) or (
        isinstance(exc, neo4j_errors.DriverError) and not isinstance(exc, neo4j_errors.TransactionError)
    ):
        return StoreUnavailableError(
            f"cannot reach Neo4j at {uri} while {doing}: {exc}. Start it (`craftgraph neo4j start`) or set "
            "CRAFTGRAPH_NEO4J_URI; documents not yet written are not stored, and re-running the same command "
            "after a restart completes the work (writes are idempotent)"
        )
    if isinstance(exc, neo4j_errors.Neo4jError):
        code = exc.code or ""
        if code.endswith("DatabaseNotFound"):
            return ConfigurationError(f"Neo4j at {uri} has no database {db!r}: set CRAFTGRAPH_NEO4J_DATABASE")
        if code == "Neo.ClientError.Statement.AccessMode":
            return WriteNotAllowedError(f"this query writes; only read-only queries are allowed here ({exc.message})")
        if "TransactionTimedOut" in code:
            return QueryTimeoutError(
                "the query ran past its time limit (CRAFTGRAPH_QUERY_TIMEOUT_S unless the caller set one)"
            )
        if isinstance(exc, neo4j_errors.ClientError):
            return QueryError(f"Neo4j rejected the query ({code}): {exc.message}")
        return StoreError(f"Neo4j at {uri} failed while {doing} ({code}): {exc.message}")
    return StoreError(f"Neo4j at {uri} failed while {doing}: {exc}")
