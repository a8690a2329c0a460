"""The ``craftgraph`` command line: a thin layer over the library.

Command groups live in ``api/commands/<group>.py`` and register themselves; add a module to
``COMMAND_MODULES`` to add a command. Errors a user can cause (``CraftgraphError``, invalid settings,
unreadable files) print one ``error: ...`` line on stderr and exit 1; usage errors exit 2.
"""

import importlib
import os
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated

import typer

from api.output import print_error

COMMAND_MODULES: tuple[str, ...] = (
    "api.commands.extract",
    "api.commands.load",
    "api.commands.spark",
    "api.commands.remove",
    "api.commands.cypher",
    "api.commands.query",
    "api.commands.ask",
    "api.commands.stats",
    "api.commands.serve",
    "api.commands.neo4j",
    "api.commands.export",
    "api.commands.native",
    "api.commands.tagger",
)

app = typer.Typer(
    name="craftgraph",
    help="Turn Chinese news reports about labour models and master craftsmen into a knowledge graph, "
    "and query it with Cypher. Settings come from CRAFTGRAPH_* environment variables (see the README).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class StoreKind(StrEnum):
    EMBEDDED = "embedded"
    NEO4J = "neo4j"


def _version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"craftgraph {version('craftgraph')}")
        except PackageNotFoundError:
            typer.echo("craftgraph (not installed)")
        raise typer.Exit()


@app.callback()
def _global_options(
    store: Annotated[
        StoreKind | None, typer.Option("--store", help="Override CRAFTGRAPH_STORE for this command.")
    ] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="Override CRAFTGRAPH_DB_PATH (the embedded store's directory).")
    ] = None,
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Global options override settings through the environment, so every command sees them."""
    from graph.settings import get_settings

    if store is not None:
        os.environ["CRAFTGRAPH_STORE"] = store.value
    if db is not None:
        os.environ["CRAFTGRAPH_DB_PATH"] = str(db)
    get_settings.cache_clear()


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def _settings_message(exc: Exception) -> str:
    errors = getattr(exc, "errors", lambda: [])()
    parts = [
        f"CRAFTGRAPH_{'_'.join(str(p) for p in err.get('loc', ())).upper()}: {err.get('msg', '')}" for err in errors
    ]
    return "invalid configuration: " + ("; ".join(parts) or str(exc))


def main() -> None:
    from pydantic import ValidationError

    from graph.errors import CraftgraphError

    try:
        app(prog_name="craftgraph")
    except CraftgraphError as exc:
        print_error(exc)
        raise SystemExit(1) from None
    except ValidationError as exc:
        if exc.title != "Settings":
            raise
        print_error(_settings_message(exc))
        raise SystemExit(1) from None
    except OSError as exc:
        print_error(exc)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        print_error("interrupted")
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
