"""The embedded store: an in-process LadybugDB database in one directory (``CRAFTGRAPH_DB_PATH``).

Writes. Documents go in groups (up to ``transaction_rows`` rows) in ONE transaction each: documents
already stored are first removed (their relationships, articles, node and the entities only they
supported), then new nodes are bulk-loaded with ``COPY`` from Arrow tables, nodes already stored get their
properties updated (aliases pooled in Python, other properties kept unless the new row sets them), and
every relationship is bulk-loaded with ``COPY``. Relationship keys include the document, so a rewritten
document gets exactly the rows it had: loading twice changes nothing. If a group fails, it is rolled back
and retried one document per transaction, so the error names the document that failed and nothing of it
is stored. ``COPY`` loads relationships several times faster than ``UNWIND``/``MATCH``/``CREATE`` here, but
the engine does not log copied rows in its write-ahead log (into empty or non-empty tables alike): every
commit that copied rows checkpoints, and that checkpoint is what makes the commit durable. Turning automatic
checkpoints off (or a huge ``checkpoint_threshold``) is NOT safe: after a kill -9 the copied rows are gone and
reopening the store crashes on a log that refers to them (the kill -9 test in tests/test_embedded_store.py).
So give ``write_records`` many documents at once: one transaction, one checkpoint, per ``transaction_rows``
rows (``CRAFTGRAPH_EMBEDDED_TRANSACTION_ROWS``). ``bench/embedded_write.py`` measures both. A checkpoint
into tables that already hold rows costs in proportion to what they hold (measured: committing 300 new
relationships into a table of 150,000 takes ~1 s, of 600,000 ~3 s, whichever their ends): the engine
rewrites the adjacency groups the new rows touch, and relationships to shared entities touch them all.
So the cost of a commit grows with the graph, and fewer, larger commits are the one lever. Its limit is the
page cache: the checkpoint holds the transaction's rows and the groups they touch in the buffer pool, and
when they do not fit the engine reports the commit durable but the checkpoint failed, after which the open
database fails every later write, and the copied rows are gone when it is reopened (what earlier commits
stored stays). Measured here: 199,000 rows in one transaction into an empty store need
more than 256 MB; 2,000-document transactions (~124,000 rows) with 1,024 MB held through 100,000 documents
(4.6 M relationships) while 500,000-row ones failed at 46,000. So by default a transaction holds
``ROWS_PER_BUFFER_POOL_MB`` rows per MB of the buffer pool, and that failure stops the load with the
settings to change (``_CommittedButNotCheckpointed``), instead of a retry that cannot succeed. Stored keys are
looked up with ``UNWIND $keys ... WHERE n.key = k`` (the primary-key index; ``IN $keys`` scans the table).

Reads. ``run`` borrows a connection from a pool (``ladybug_reads.py``: a connection keeps the statements
it prepared, and preparing costs more than running). A query text the connection has not run yet runs in a
``BEGIN TRANSACTION READ ONLY`` transaction, where the engine refuses any write. The engine decides that from
the statement alone (a write is refused even when it would change nothing, and parameters are only values),
so a text that ran there once is a read: on that connection it then runs in an auto-commit transaction,
which costs a third of an explicit BEGIN/ROLLBACK pair (0.08 against 0.29 ms CPU for a key lookup). Either
transaction sees every write committed before it. Preparing refuses several statements in one string.
Statements that touch files or the session (``COPY``, ``EXPORT``, ``LOAD``, ``ATTACH``, transaction control,
``CALL option = value``, which would outlive the query on a pooled connection ...) are refused up front
unless ``write=True``, which runs on a connection of its own.

Opening. One process writes a store directory, or any number read it (``read_only=True``: the HTTP
server's processes); ``directory_lock.py`` enforces that, since the engine lets a reader open beside a
writer, and answers cached by a reader would silently go stale.
"""

import re
import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Self

import ladybug
import pyarrow as pa

from ..errors import QueryError, QueryTimeoutError, StoreError, StoreUnavailableError, WriteNotAllowedError
from ..model import ExtractionRecord, StructuralLabel, StructuralRelation
from ..node_merge import (
    MERGED_PROPERTIES,
    STATED_PROPERTIES,
    add_votes,
    merge_entity,
    settle,
    stored_votes,
    stored_votes_query,
)
from ..rows import NodeRow, chunks_by_weight, paused_gc
from ..schema import NODE_PROPERTIES, REL_ENDPOINTS
from ..settings import Settings
from ..store import QueryResult, StoreStats, WriteSummary
from . import directory_lock, ladybug_dialect
from .ladybug_reads import ReadConnectionPool
from .ladybug_rows import NodeRows, build_rows
from .ladybug_schema import (
    create_statements,
    migration_statements,
    typed,
)
from .ladybug_values import ValueConverter, already_plain
from .page_cache import default_page_cache_mb

DATABASE_FILE = "graph.lbdb"
ARTICLE, DOCUMENT = StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value
MENTIONS, REPORTED = StructuralRelation.MENTIONS.value, StructuralRelation.REPORTED.value

_READ_ONLY_REFUSED = frozenset(
    {"COPY", "EXPORT", "IMPORT", "ATTACH", "DETACH", "USE", "INSTALL", "UNINSTALL", "LOAD", "CHECKPOINT",
     "BEGIN", "COMMIT", "ROLLBACK"}
)
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
#: ``CALL threads = 1`` and the like change a setting of the connection, which outlives the query.
_SETTING = re.compile(r"\s*CALL\s+[A-Za-z_]+\s*=", re.IGNORECASE)
#: Default transaction size per MB of buffer pool (see above: 1,024 MB held ~124,000-row transactions).
ROWS_PER_BUFFER_POOL_MB = 120
_CHECKPOINT_FAILED = "Transaction committed successfully, but the post-commit checkpoint failed"
_POOL_FULL = "buffer pool is full"
_WRITE_REFUSAL = "Can not execute a write query inside a read-only transaction"
_TIMEOUT = "Interrupted"


def _refused_when_reading(query: str) -> str | None:
    """The kind of statement ``query`` is when a read may not run it (files, session, transactions)."""
    body = _COMMENTS.sub(" ", query)
    if _SETTING.match(body):
        return "CALL option = value"
    word = re.match(r"\s*([A-Za-z_]+)", body)
    keyword = word.group(1).upper() if word else ""
    return keyword if keyword in _READ_ONLY_REFUSED else None


def _describe(record: ExtractionRecord) -> str:
    return f"{record.doc} (sha256 {record.sha256[:12]}…)"


def _group_name(group: list[ExtractionRecord]) -> str:
    if len(group) == 1:
        return f"document {_describe(group[0])}"
    return f"the transaction holding {len(group)} documents (first {_describe(group[0])})"


class _GroupFailed(Exception):
    pass


class _CommittedButNotCheckpointed(Exception):
    pass


def _page_cache_failure(failure: BaseException) -> bool:
    """A failed checkpoint (its reason varies: a full pool, or a read past the file's end) or a full pool."""
    return isinstance(failure, _CommittedButNotCheckpointed) or _POOL_FULL in str(failure.__cause__)


class EmbeddedStore:
    name = "embedded"
    sole_writer = True  # directory_lock: no other process writes while this one has the store open

    def __init__(
        self,
        path: Path | str,
        *,
        base_iri: str = "https://craftgraph.example.org/id/",
        batch_size: int = 2000,
        transaction_rows: int | None = None,
        timeout_s: float = 10.0,
        row_cap: int = 10_000,
        buffer_pool_mb: int | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.base_iri = base_iri
        buffer_pool_mb = buffer_pool_mb or default_page_cache_mb()
        self.batch_size, self.buffer_pool_mb = batch_size, buffer_pool_mb
        self.transaction_rows = transaction_rows or buffer_pool_mb * ROWS_PER_BUFFER_POOL_MB
        self.timeout_s, self.row_cap = timeout_s, row_cap
        self._write_lock = threading.RLock()
        self.generation = 0
        self.read_only = read_only
        self._closed = False
        if self.path.exists() and not self.path.is_dir():
            raise StoreUnavailableError(
                f"CRAFTGRAPH_DB_PATH {self.path} is a file; it must name a directory for the embedded store"
            )
        if read_only and not (self.path / DATABASE_FILE).exists():
            raise StoreUnavailableError(
                f"there is no embedded store at {self.path} to read: load documents into it first (craftgraph load)"
            )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailableError(f"cannot create the embedded store directory {self.path}: {exc}") from None
        directory_lock.acquire(self.path, exclusive=not read_only)
        try:
            self._db = self._open_database(buffer_pool_mb)
        except BaseException:
            directory_lock.release(self.path)
            raise
        try:
            if read_only:
                self._check_schema_current()
            else:
                self._ensure_schema()
            self._node_tables = self._read_node_tables()
            self._reads = ReadConnectionPool(self._db)
        except BaseException:
            self._db.close()
            directory_lock.release(self.path)
            raise

    def _open_database(self, buffer_pool_mb: int) -> ladybug.Database:
        try:
            return ladybug.Database(
                str(self.path / DATABASE_FILE), buffer_pool_size=buffer_pool_mb * 1024**2, read_only=self.read_only
            )
        except (OSError, RuntimeError) as exc:
            raise StoreUnavailableError(
                f"cannot open the embedded store at {self.path}: {str(exc).rstrip('.')}. Another process (a running "
                "`craftgraph serve` or `load`) may hold it; stop it or set CRAFTGRAPH_DB_PATH to another directory"
            ) from None

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(
            settings.db_path,
            base_iri=settings.base_iri,
            batch_size=settings.write_batch_size,
            transaction_rows=settings.embedded_transaction_rows,
            timeout_s=settings.query_timeout_s,
            row_cap=settings.query_row_cap,
            buffer_pool_mb=settings.embedded_buffer_pool_mb,
            read_only=settings.embedded_read_only,
        )

    # ---- connections and schema ----
    @contextmanager
    def _connection(self) -> Iterator[ladybug.Connection]:
        conn = ladybug.Connection(self._db)
        try:
            yield conn
        finally:
            conn.close()

    def _ensure_schema(self) -> None:
        with self._write_lock, self._connection() as conn:
            try:
                for statement in create_statements():
                    conn.execute(statement)
                for statement in migration_statements(conn):
                    conn.execute(statement)
            except RuntimeError as exc:
                raise StoreUnavailableError(f"cannot prepare the embedded store at {self.path}: {exc}") from None

    def _check_schema_current(self) -> None:
        """A reader cannot migrate: a store an older version wrote must be opened once for writing first."""
        with self._connection() as conn:
            try:
                missing = migration_statements(conn)
            except RuntimeError:
                missing = ["a table"]
        if missing:
            raise StoreUnavailableError(
                f"the embedded store at {self.path} was written by an older craftgraph and cannot be read until "
                "it is upgraded: run any craftgraph command on it once without CRAFTGRAPH_EMBEDDED_READ_ONLY "
                "(e.g. craftgraph stats), while no server reads it"
            )

    def _read_node_tables(self) -> dict[int, str]:
        with self._connection() as conn:
            rows = conn.execute("CALL show_tables() RETURN id, name, type").get_all()
        return {int(tid): name for tid, name, kind in rows if kind == "NODE"}

    # ---- writes ----
    @contextmanager
    def _counted(self) -> Iterator[None]:
        """Count a write once it has ended (committed or not): an answer read before is cached under the older
        count. Inside the write lock, so the count is never raced."""
        try:
            yield
        finally:
            self.generation += 1

    def revision(self) -> str:
        return str(self.generation)  # nothing but this object writes while it is open

    def write_records(self, records: Iterable[ExtractionRecord]) -> WriteSummary:
        """Write whole documents, idempotently; see the module docstring."""
        self._refuse_if_read_only("write documents")
        started = time.perf_counter()
        totals = [0, 0, 0]
        for group in chunks_by_weight(records, self.transaction_rows):
            for i, n in enumerate(self._write_group_or_each(group)):
                totals[i] += n
        return WriteSummary(totals[0], totals[1], totals[2], time.perf_counter() - started)

    def _write_group_or_each(self, group: list[ExtractionRecord]) -> tuple[int, int, int]:
        try:
            return self._write_group(group)
        except _CommittedButNotCheckpointed as failure:
            raise StoreError(
                f"the embedded store at {self.path} could not checkpoint {_group_name(group)}: "
                f"{failure.__cause__}{self._advice(failure)}. Whatever "
                "the engine says, that transaction's rows were copied in bulk, which only its checkpoint makes "
                "durable: they are gone once the store is opened again, and what was stored before them is intact. "
                "Load again: stored documents are skipped, these are written again"
            ) from failure.__cause__
        except _GroupFailed as first_failure:
            if len(group) == 1 or _page_cache_failure(first_failure):
                # a full page cache fails the smaller transactions after it too (measured): no retry
                raise StoreError(
                    f"could not write {_group_name(group)} to the embedded store at {self.path}: "
                    f"{first_failure.__cause__}; nothing of it was stored{self._advice(first_failure)}"
                ) from first_failure.__cause__
        done = [0, 0, 0]
        for index, record in enumerate(group):
            try:
                counts = self._write_group([record])
            except (_GroupFailed, _CommittedButNotCheckpointed) as failure:
                later = len(group) - index - 1
                stored = "it is gone once the store is opened again" if isinstance(
                    failure, _CommittedButNotCheckpointed) else "nothing of it was stored"
                raise StoreError(
                    f"could not write document {_describe(record)} to the embedded store at {self.path}: "
                    f"{failure.__cause__}; {stored}"
                    + (f", nor the {later} document(s) after it in this load" if later else "")
                    + self._advice(failure)
                ) from failure.__cause__
            done = [a + b for a, b in zip(done, counts, strict=True)]
        return done[0], done[1], done[2]

    def _advice(self, failure: BaseException) -> str:
        """What to change, when the failure is the page cache's."""
        if not _page_cache_failure(failure):
            return ""
        return (f". The engine's page cache is likely too small for {self.transaction_rows:,}-row transactions on "
                f"this graph: raise CRAFTGRAPH_EMBEDDED_BUFFER_POOL_MB (now {self.buffer_pool_mb}) or lower "
                "CRAFTGRAPH_EMBEDDED_TRANSACTION_ROWS")

    def _write_group(self, group: list[ExtractionRecord]) -> tuple[int, int, int]:
        """One transaction for the group; raises ``_GroupFailed`` (with the cause) after rolling back, or
        ``_CommittedButNotCheckpointed`` when the engine committed it but could not checkpoint.

        Each node table gets at most ONE ``COPY`` per transaction: rolling back a transaction that copied
        into a node table twice leaves the first copy's keys in the table's primary-key index (ladybug
        0.22: writing those keys again then fails as duplicates), so a group is not written in parts."""
        try:
            rows = build_rows(group, self.base_iri)
        except Exception as exc:
            raise _GroupFailed() from exc
        with self._write_lock, self._connection() as conn, paused_gc(), self._counted():
            conn.execute("BEGIN TRANSACTION")
            try:
                stored = self._stored_keys(conn, DOCUMENT, sorted(set(rows.documents)))
                if stored:
                    self._delete_documents(conn, sorted(stored))
                for label, nodes in rows.nodes.items():
                    self._write_nodes(conn, label, nodes)
                for rtype, head, tail, table in rows.rels:
                    conn.execute(f"COPY {rtype} FROM $rows (from='{head}', to='{tail}')", {"rows": table})
            except Exception as exc:
                _rollback(conn)
                raise _GroupFailed() from exc
            try:
                conn.execute("COMMIT")
            except RuntimeError as exc:
                if _CHECKPOINT_FAILED in str(exc):
                    raise _CommittedButNotCheckpointed() from exc
                _rollback(conn)
                raise _GroupFailed() from exc
        return len(set(rows.documents)), rows.node_count, rows.rel_count

    def _stored_keys(self, conn: ladybug.Connection, label: str, keys: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), self.batch_size):
            result = conn.execute(
                f"UNWIND $keys AS k MATCH (n:{label}) WHERE n.key = k RETURN n.key",
                {"keys": keys[start : start + self.batch_size]},
            )
            found.update(row[0] for row in result.get_all())
        return found

    def _stored_entities(self, conn: ladybug.Connection, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        """The stored properties :func:`merge_entity` reads, per stored key among ``keys``."""
        props = MERGED_PROPERTIES[label]
        columns = ", ".join(f"n.{p}" for p in props)
        stored: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), self.batch_size):
            result = conn.execute(
                f"UNWIND $keys AS k MATCH (n:{label}) WHERE n.key = k RETURN n.key, {columns}",
                {"keys": keys[start : start + self.batch_size]},
            )
            stored.update((row[0], dict(zip(props, row[1:], strict=True))) for row in result.get_all())
        return stored

    def _write_nodes(self, conn: ladybug.Connection, label: str, nodes: NodeRows) -> None:
        props = NODE_PROPERTIES[label]
        rows, keys = nodes.rows, nodes.keys
        is_entity = label in STATED_PROPERTIES
        stored = (
            self._stored_entities(conn, label, keys)
            if is_entity
            else {key: {} for key in self._stored_keys(conn, label, keys)}
        )
        new = nodes.table if not stored else nodes.table.filter(pa.array([key not in stored for key in keys]))
        if new.num_rows:
            conn.execute(f"COPY {label} FROM $rows", {"rows": new})
        kept = [row for row in rows if row.key in stored]
        updates = self._merged(conn, label, kept, stored) if is_entity else [row.props for row in kept]
        if updates:
            # An entity's merged row is complete; another node keeps what a new row leaves null.
            values = {p: typed(f"row.{p}", kind) for p, kind in props.items() if p != "key"}
            assignments = ", ".join(
                f"n.{p} = {value}" if is_entity else f"n.{p} = coalesce({value}, n.{p})" for p, value in values.items()
            )
            query = f"UNWIND $rows AS row MATCH (n:{label}) WHERE n.key = row.key SET {assignments}"
            for start in range(0, len(updates), self.batch_size):
                conn.execute(query, {"rows": updates[start : start + self.batch_size]})

    def _merged(self, conn: ladybug.Connection, label: str, rows: list[NodeRow],
                stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Stored entities joined by the batch's rows (graph.node_merge): settled from the stored node, or,
        where a new document contradicts a stored value, decided by counting the stored documents' votes."""
        merged: list[dict[str, Any]] = []
        contested: list[NodeRow] = []
        for row in rows:
            settled = settle(label, stored[row.key], row.props, row.votes)
            if settled is None:
                contested.append(row)
            else:
                merged.append(settled)
        keys = [row.key for row in contested]
        found: list[list[Any]] = []
        for start in range(0, len(keys), self.batch_size):
            result = conn.execute(stored_votes_query(label), {"keys": keys[start : start + self.batch_size]})
            found += result.get_all()
        counted = stored_votes(found, stored)
        merged += [merge_entity(label, stored[row.key], row.props, add_votes(counted.get(row.key, {}), row.votes))
                   for row in contested]
        return merged

    def _delete_documents(self, conn: ladybug.Connection, doc_keys: list[str]) -> int:
        """Delete the documents' relationships, articles and nodes, then the entities nothing else supports."""
        touched: dict[str, set[str]] = {}
        for rtype in (MENTIONS, REPORTED):
            pattern = f"(a:{ARTICLE})-[r:{rtype}]->(e)" if rtype == MENTIONS else f"(e)-[r:{rtype}]->(a:{ARTICLE})"
            result = conn.execute(f"MATCH {pattern} WHERE a.doc IN $docs RETURN DISTINCT label(e), e.key",
                                  {"docs": doc_keys})
            for label, key in result.get_all():
                touched.setdefault(label, set()).add(key)
        removed = 0
        for rtype in REL_ENDPOINTS:
            result = conn.execute(
                f"MATCH ()-[r:{rtype}]->() WHERE r.doc IN $docs DELETE r RETURN count(*)", {"docs": doc_keys}
            )
            removed += result.get_next()[0]
        conn.execute(f"MATCH (a:{ARTICLE}) WHERE a.doc IN $docs DETACH DELETE a", {"docs": doc_keys})
        conn.execute(f"MATCH (d:{DOCUMENT}) WHERE d.key IN $docs DETACH DELETE d", {"docs": doc_keys})
        for label, keys in touched.items():
            conn.execute(
                f"UNWIND $keys AS k MATCH (e:{label}) WHERE e.key = k "
                f"AND NOT EXISTS {{ MATCH (e)<-[:{MENTIONS}]-() }} "
                + (f"AND NOT EXISTS {{ MATCH (e)-[:{REPORTED}]->() }} " if label == "Person" else "")
                + "DETACH DELETE e",
                {"keys": sorted(keys)},
            )
        return removed

    def remove_document(self, doc_key: str) -> int:
        """Delete a document's relationships, articles and node, then entities nothing else supports.

        Returns the number of relationships removed (0 when the document is unknown), like the Neo4j store.
        """
        self._refuse_if_read_only(f"remove document {doc_key}")
        with self._write_lock, self._connection() as conn, self._counted():
            conn.execute("BEGIN TRANSACTION")
            try:
                removed = self._delete_documents(conn, [doc_key])
                conn.execute("COMMIT")
            except RuntimeError as exc:
                _rollback(conn)
                raise StoreError(f"could not remove document {doc_key} from {self.path}: {exc}") from None
        return removed

    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks)."""
        self._refuse_if_read_only("clear the graph")
        with self._write_lock, self._connection() as conn, self._counted():
            for rtype in REL_ENDPOINTS:
                conn.execute(f"MATCH ()-[r:{rtype}]->() DELETE r")
            for label in NODE_PROPERTIES:
                conn.execute(f"MATCH (n:{label}) DELETE n")

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
        query = ladybug_dialect.translate(query)
        parameters = dict(params or {})
        cap = row_cap or self.row_cap
        timeout = timeout_s or self.timeout_s
        if write:
            self._refuse_if_read_only("run a writing query")
            with self._write_lock, self._connection() as conn, self._counted():
                return self._execute(conn, query, parameters, cap, timeout)
        refused = _refused_when_reading(query)
        if refused:
            raise WriteNotAllowedError(
                f"{refused} statements touch files, the session or transactions, and this query is read-only; "
                "pass --write (write=True) to run it"
            )
        with self._reads.connection() as pooled:
            if query in pooled.reads:
                return self._execute(pooled.conn, query, parameters, cap, timeout)
            # Before preparing: the engine checks a statement's access mode against the open transaction.
            pooled.conn.execute("BEGIN TRANSACTION READ ONLY")
            try:
                result = self._execute(pooled.conn, query, parameters, cap, timeout)
            finally:
                _rollback(pooled.conn)
            pooled.reads.add(query)
            return result

    def _execute(
        self, conn: ladybug.Connection, query: str, parameters: dict[str, Any], cap: int, timeout: float
    ) -> QueryResult:
        conn.set_query_timeout(max(1, int(timeout * 1000)))
        try:
            # With parameters the connection prepares the query once and reuses the statement (and refuses
            # several statements in one string); without, it would run them all, so prepare explicitly.
            result = conn.execute(query if parameters else self._prepare(conn, query, parameters), parameters)
            columns = list(result.get_column_names())
            raw: list[list[Any]] = []
            while len(raw) < cap and result.has_next():
                raw.append(result.get_next())
            result.close()
            return QueryResult(columns, self._convert(conn, raw))
        except RuntimeError as exc:
            raise _query_error(exc, timeout, query) from None

    @staticmethod
    def _prepare(conn: ladybug.Connection, query: str, parameters: dict[str, Any]) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            statement = conn.prepare(query, parameters)
        if not statement.is_success():
            raise RuntimeError(statement.get_error_message())
        return statement

    def _convert(self, conn: ladybug.Connection, raw: list[list[Any]]) -> list[list[Any]]:
        if already_plain(raw):
            return raw
        converter = ValueConverter(self._node_tables)
        converter.scan(raw)
        for label, offsets in converter.missing().items():
            found = conn.execute(
                f"MATCH (n:{label}) WHERE offset(id(n)) IN $offsets RETURN offset(id(n)), n.key", {"offsets": offsets}
            )
            converter.learn(label, found.get_all())
        return [converter.convert(row) for row in raw]

    def stats(self) -> StoreStats:
        with self._connection() as conn:
            nodes = {label: _count(conn, f"MATCH (n:{label}) RETURN count(n)") for label in NODE_PROPERTIES}
            rels = {rtype: _count(conn, f"MATCH ()-[r:{rtype}]->() RETURN count(r)") for rtype in REL_ENDPOINTS}
        return StoreStats({k: v for k, v in nodes.items() if v}, {k: v for k, v in rels.items() if v})

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._reads.close()
        self._db.close()
        directory_lock.release(self.path)

    def _refuse_if_read_only(self, action: str) -> None:
        if self.read_only:
            raise WriteNotAllowedError(
                f"cannot {action}: the embedded store at {self.path} is open read-only (CRAFTGRAPH_EMBEDDED_READ_ONLY, "
                "as each process of `craftgraph serve --workers N` opens it); open it without that setting to write"
            )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _rollback(conn: ladybug.Connection) -> None:
    """Roll back if a transaction is still open (the engine ends it itself after some errors)."""
    with suppress(RuntimeError):
        conn.execute("ROLLBACK")


def _count(conn: ladybug.Connection, query: str) -> int:
    return int(conn.execute(query).get_next()[0])


def _query_error(exc: RuntimeError, timeout_s: float, query: str = "") -> QueryError:
    message = str(exc)
    if _WRITE_REFUSAL in message:
        return WriteNotAllowedError(
            "this query writes to the graph, and queries are read-only; pass --write (write=True) to change the graph"
        )
    if message.strip().rstrip(".") == _TIMEOUT:
        return QueryTimeoutError(
            f"the query ran past its time limit of {timeout_s:g} s (CRAFTGRAPH_QUERY_TIMEOUT_S unless the caller set "
            "one); narrow it or add a LIMIT"
        )
    advice = ladybug_dialect.hint(query)
    if advice:
        return QueryError(f"the embedded store rejected the query: {advice}. The engine said: {message}")
    return QueryError(f"the embedded store rejected the query: {message}")
