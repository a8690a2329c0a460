"""Store backends, registered by name (``CRAFTGRAPH_STORE``)."""

from collections.abc import Callable

from ..errors import ConfigurationError
from ..settings import Settings, get_settings
from ..store import GraphStore


def _embedded(settings: Settings) -> GraphStore:
    from .embedded import EmbeddedStore

    return EmbeddedStore.from_settings(settings)


def _neo4j(settings: Settings) -> GraphStore:
    from .neo4j_store import Neo4jStore

    return Neo4jStore.from_settings(settings)


STORES: dict[str, Callable[[Settings], GraphStore]] = {"embedded": _embedded, "neo4j": _neo4j}


def open_store(settings: Settings | None = None, kind: str | None = None) -> GraphStore:
    settings = settings or get_settings()
    kind = kind or settings.store
    try:
        factory = STORES[kind]
    except KeyError:
        raise ConfigurationError(
            f"unknown store {kind!r}; set CRAFTGRAPH_STORE to one of {', '.join(STORES)}"
        ) from None
    return factory(settings)
