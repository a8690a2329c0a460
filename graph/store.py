"""The one interface every store implements, and the small value types it returns."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, Self, runtime_checkable

from .model import ExtractionRecord


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class WriteSummary:
    documents: int
    nodes: int
    relationships: int
    seconds: float


@dataclass(frozen=True)
class StoreStats:
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)

    @property
    def node_total(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_total(self) -> int:
        return sum(self.relationships.values())


@runtime_checkable
class GraphStore(Protocol):
    """A graph database holding the craftgraph schema.

    ``write_records`` is idempotent: writing the same records twice leaves the graph unchanged, and a
    failure leaves what was stored before intact (each document is written in its own transaction).
    ``run`` is read-only unless ``write=True``; a write attempted without it raises
    :class:`graph.errors.WriteNotAllowedError` and changes nothing.
    """

    name: str
    #: True when no other process or client can change the graph while this store is open (the embedded
    #: store holds its directory's lock); False for a server others may write to (Neo4j).
    sole_writer: bool
    #: Counts the writes made through this object (records, removals, write queries, ``clear``): anything
    #: derived from the graph at an older count may be stale. Other clients' writes do not change it.
    generation: int

    def revision(self) -> str:
        """An opaque token for the graph as of its last committed write by any client: when two calls differ,
        the graph may have changed between them. A ``sole_writer`` store answers from ``generation``."""
        ...

    def write_records(self, records: Iterable[ExtractionRecord]) -> WriteSummary: ...

    def remove_document(self, doc_key: str) -> int: ...

    def run(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
        row_cap: int | None = None,
    ) -> QueryResult: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...
