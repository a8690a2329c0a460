"""One root exception and a few documented subclasses.

Every error a user can trigger derives from :class:`CraftgraphError`; its message says what was wrong
and, where possible, what to do. The CLI prints it on one line and exits non-zero.
"""


class CraftgraphError(Exception):
    """Root of every error craftgraph raises on purpose."""


class ConfigurationError(CraftgraphError):
    """A setting is missing or invalid (environment variable, .env file)."""


class InputError(CraftgraphError):
    """A document cannot be read: missing path, empty or binary file, unknown encoding, bad JSON Lines."""


class ExtractionError(CraftgraphError):
    """The extractor could not turn a readable document into a record."""


class StoreError(CraftgraphError):
    """A store failed to connect, write or answer."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached (server down, wrong URI, database directory locked)."""


class AuthenticationError(StoreError):
    """The store refused the credentials."""


class ServerError(CraftgraphError):
    """The project's own Neo4j server could not be installed, started or stopped."""


class QueryError(StoreError):
    """A Cypher query is malformed or failed while running."""


class WriteNotAllowedError(QueryError):
    """A query tried to write through a read-only call."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit."""


class UnknownQueryError(CraftgraphError):
    """A named query does not exist in the catalogue."""


class EntityNotFoundError(CraftgraphError):
    """No entity answers to a name; ``suggestions`` holds close matches."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


class AmbiguousNameError(CraftgraphError):
    """Several entities answer to a name; ``candidates`` lists them so the caller can pick one by key."""

    def __init__(self, message: str, candidates: list[dict[str, object]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class SparkJobError(CraftgraphError):
    """A Spark job could not start or failed (pyspark or Java missing, master unreachable, unreadable table)."""


class NativeBuildError(CraftgraphError):
    """The compiled extractor could not be built (mypyc or a C compiler missing, or a compile error)."""
