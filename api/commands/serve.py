"""``craftgraph serve``: the HTTP API (uvicorn) over the configured store."""

from typing import Annotated

import typer


def serve(
    host: Annotated[
        str | None, typer.Option("--host", help="Interface to listen on [default: CRAFTGRAPH_API_HOST].")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", min=0, max=65535, help="Port to listen on [default: CRAFTGRAPH_API_PORT].")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Server processes [default: CRAFTGRAPH_API_WORKERS].")
    ] = None,
) -> None:
    """Serve the HTTP API; the OpenAPI documentation is at /docs. Set CRAFTGRAPH_API_TOKEN to require a
    bearer token on every endpoint but /health. With several workers the embedded store is opened read-only,
    so nothing can load into it while the server runs."""
    import uvicorn

    from api.http.app import create_app
    from graph.settings import get_settings
    from graph.stores import open_store

    settings = get_settings()
    workers = workers or settings.api_workers
    where = {"host": host or settings.api_host, "port": settings.api_port if port is None else port}
    if workers == 1:
        uvicorn.run(create_app(settings), access_log=settings.api_access_log, **where)
        return
    if settings.store == "embedded" and not settings.embedded_read_only:
        open_store(settings).close()  # creates or migrates the store, which read-only processes cannot
    uvicorn.run("api.http.app:create_worker_app", factory=True, workers=workers,
                access_log=settings.api_access_log, **where)


def register(app: typer.Typer) -> None:
    app.command()(serve)
