"""``craftgraph neo4j install|start|stop|status``: the project's own Neo4j server (see docs/neo4j.md)."""

from typing import TYPE_CHECKING

import typer

from api.output import FormatOption, OutputFormat, stdout_console, table, write_csv, write_json

if TYPE_CHECKING:
    from graph.neo4j_server import Neo4jServer

neo4j_app = typer.Typer(
    name="neo4j",
    help="Install, start, stop and inspect a local Neo4j Community server (CRAFTGRAPH_NEO4J_* settings).",
    no_args_is_help=True,
)


def _server() -> "Neo4jServer":
    from graph.neo4j_server import Neo4jServer
    from graph.settings import get_settings

    return Neo4jServer.from_settings(get_settings())


def _say(message: str) -> None:
    typer.echo(f"neo4j: {message}", err=True)


@neo4j_app.command()
def install() -> None:
    """Fetch Neo4j Community and its dependencies from Maven Central into CRAFTGRAPH_NEO4J_HOME (cached)."""
    _server().install(_say)


@neo4j_app.command()
def start() -> None:
    """Install if needed, write conf/neo4j.conf, start the server and wait until Bolt answers."""
    server = _server()
    server.install(_say)
    server.start(_say)


@neo4j_app.command()
def stop() -> None:
    """Stop the server cleanly (SIGTERM; SIGKILL after CRAFTGRAPH_NEO4J_STOP_TIMEOUT_S)."""
    _server().stop(_say)


@neo4j_app.command()
def status(fmt: FormatOption = OutputFormat.TABLE) -> None:
    """Whether the server runs, its pid, ports and installed version. Exit code 3 when it is not running."""
    state = _server().status()
    info = {
        "running": state.running,
        "pid": state.pid,
        "bolt": state.bolt_uri,
        "http": f"http://127.0.0.1:{state.http_port}/",
        "version": state.installed_version,
        "home": str(state.home),
        "instance": str(state.instance),
    }
    if fmt is OutputFormat.JSON:
        write_json(info)
    elif fmt is OutputFormat.CSV:
        write_csv(["setting", "value"], [[k, v] for k, v in info.items()])
    else:
        stdout_console().print(table(["setting", "value"], [[k, v] for k, v in info.items()]))
    if not state.running:
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app)
