"""``craftgraph neo4j install|start|stop|status|import``: the project's own Neo4j server (see docs/neo4j.md)."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.output import FormatOption, OutputFormat, stdout_console, table, write_csv, write_json

if TYPE_CHECKING:
    from collections.abc import Iterator

    from graph.model import ExtractionRecord
    from graph.neo4j_server import Neo4jServer

neo4j_app = typer.Typer(
    name="neo4j",
    help="Install, start, stop and inspect a local Neo4j Community server, and bulk-import records into it "
    "(CRAFTGRAPH_NEO4J_* settings).",
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


@neo4j_app.command(name="import")
def import_records(
    records: Annotated[
        Path,
        typer.Argument(metavar="DIR", show_default=False,
                       help="Extraction records: a folder of Parquet record tables (`craftgraph spark extract`) or "
                            "of JSON Lines records (`craftgraph extract -o`), or one such file."),
    ],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace a database that holds data (everything in it is deleted).")
    ] = False,
    files_only: Annotated[
        Path | None,
        typer.Option("--files-only", metavar="DIR", show_default=False,
                     help="Only write the import files into this new folder, with the neo4j-admin command and the "
                          "Cypher to run after it: for a Neo4j server craftgraph does not run."),
    ] = None,
) -> None:
    """Bulk-load extraction records into a new Neo4j database with `neo4j-admin database import full`.

    For a large first load: the project's server (CRAFTGRAPH_NEO4J_*) is stopped, the database replaced by
    the records' graph, and the server started again with the store's constraints and indexes (a fixed cost
    of about a minute: `load` is quicker for a small corpus, see docs/neo4j.md). The graph is the one `load`
    writes for the same records, and later documents are loaded, replaced and removed as usual. A database
    holding data is refused unless --overwrite is given; a failed import leaves it as it was. For a server
    elsewhere, --files-only DIR writes the files and prints the commands to run on that server's machine.
    """
    from graph.neo4j_import import import_records as run_import
    from graph.neo4j_import import write_files_only
    from graph.settings import get_settings
    from loaders.record_dir import read_record_dir, record_files

    record_files(records)  # no records there: fail before the server is touched
    settings = get_settings()

    def source() -> "Iterator[ExtractionRecord]":
        return read_record_dir(records)

    if files_only is not None:
        files, how = write_files_only(source, files_only.resolve(), settings, overwrite=overwrite, progress=_say)
        typer.echo(f"wrote the import files of {files.documents:,} documents ({files.node_count:,} nodes, "
                   f"{files.relationship_count:,} relationships) into {files.directory} in {files.seconds:.1f} s; "
                   "nothing was imported.")
        typer.echo(how)
        return
    summary = run_import(source, _server(), settings, overwrite=overwrite, progress=_say)
    typer.echo(summary.line())


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app)
