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
) -> None:
    """Serve the HTTP API; the OpenAPI documentation is at /docs. Set CRAFTGRAPH_API_TOKEN to require a
    bearer token on every endpoint but /health."""
    import uvicorn

    from api.http.app import create_app
    from graph.settings import get_settings

    settings = get_settings()
    uvicorn.run(
        create_app(settings),
        host=host or settings.api_host,
        port=settings.api_port if port is None else port,
        access_log=settings.api_access_log,
    )


def register(app: typer.Typer) -> None:
    app.command()(serve)
