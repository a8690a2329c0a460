"""``create_app``: the FastAPI application over one store, opened once at startup and closed at shutdown."""

import importlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

import anyio.to_thread
from fastapi import FastAPI

from api.services import GraphAnswers
from graph.settings import Settings, get_settings
from graph.store import GraphStore

from .cache import AnswerCacheMiddleware
from .errors import install_error_handlers
from .routers.ask import AskFastPath

#: Router modules included in this order; each exposes ``router``. Add a module here to add a resource.
ROUTERS: tuple[str, ...] = (
    "api.http.routers.health",
    "api.http.routers.forums",
    "api.http.routers.persons",
    "api.http.routers.honors",
    "api.http.routers.organizations",
    "api.http.routers.alliances",
    "api.http.routers.connections",
    "api.http.routers.search",
    "api.http.routers.cypher",
    "api.http.routers.export",
    "api.http.routers.explorer",
    "api.http.routers.ask",
)

StoreFactory = Callable[[], GraphStore]

#: Routes that ask the store run in anyio's worker threads (its default: 40). The embedded store works in
#: this process, so more threads than cores only queue on its locks and the GIL; a Neo4j query mostly waits
#: for the server, so more threads overlap the waits (bench/api.py). CRAFTGRAPH_API_THREADS overrides.
DEFAULT_THREADS = {"embedded": 4, "neo4j": 16}

DESCRIPTION = """Relationship questions over the craftgraph knowledge graph, every fact with its evidence.

Names in paths may be Chinese (percent-encoded). An unknown name answers 404 with close matches in
`suggestions`; a name several entities share answers 409 with them in `candidates`: ask again with one's
`key`. When `CRAFTGRAPH_API_TOKEN` is set, every endpoint but `/health` needs `Authorization: Bearer <token>`.
"""


def _version() -> str:
    try:
        return version("craftgraph")
    except PackageNotFoundError:
        return "0.0.0"


def create_app(settings: Settings | None = None, store_factory: StoreFactory | None = None) -> FastAPI:
    """The app over ``store_factory()``, or over the store ``settings`` configure (default: the environment)."""
    settings = settings or get_settings()

    def open_configured_store() -> GraphStore:
        from graph.stores import open_store

        return open_store(settings)

    factory = store_factory or open_configured_store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threads = settings.api_threads or DEFAULT_THREADS[settings.store]
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        store = factory()
        app.state.store = store
        app.state.answers = GraphAnswers(store, settings)
        try:
            yield
        finally:
            store.close()

    app = FastAPI(title="craftgraph", version=_version(), description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    install_error_handlers(app)
    # the later added is the outer: a kept answer is sent before a plain question is answered before routing
    app.add_middleware(AskFastPath)
    app.add_middleware(AnswerCacheMiddleware, settings=settings)
    for module in ROUTERS:
        app.include_router(importlib.import_module(module).router)
    return app


def create_worker_app() -> FastAPI:
    """The app of one of several server processes (``craftgraph serve --workers N``), which share the
    embedded store by opening it read-only."""
    return create_app(get_settings().model_copy(update={"embedded_read_only": True}))
