"""``craftgraph query``: run a named query from the catalogue (``queries/*.cypher``)."""

from typing import Annotated

import typer

from api.output import FormatOption, OutputFormat, render_result, stdout_console, table, write_csv, write_json
from api.params import ParamOption, parse_params


def query(
    name: Annotated[
        str | None, typer.Argument(metavar="NAME", help="The query's name (see --list).", show_default=False)
    ] = None,
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    list_: Annotated[bool, typer.Option("--list", "-l", help="List the named queries and their parameters.")] = False,
) -> None:
    """Run a named query, or list them with --list."""
    if list_:
        _list_queries(fmt)
        return
    if name is None:
        raise typer.BadParameter("give a query NAME, or --list to see them", param_hint="NAME")

    from graph.settings import get_settings
    from graph.stores import open_store
    from queries.catalogue import get_query

    params = parse_params(param)
    named = get_query(name, get_settings().store)
    missing = [p for p in named.params if p not in params]
    if missing:
        hint = " ".join(f"--param {p}=..." for p in missing)
        raise typer.BadParameter(f"query {name!r} needs {hint}", param_hint="--param")
    with open_store() as store:
        result = store.run(named.for_engine(store.name).text, params)
    render_result(result, fmt)


def _list_queries(fmt: OutputFormat) -> None:
    from queries.catalogue import list_queries

    queries = list_queries()
    rows = [[q.name, ", ".join(q.params), q.description] for q in queries]
    if fmt is OutputFormat.JSON:
        write_json([{"name": q.name, "params": list(q.params), "description": q.description} for q in queries])
    elif fmt is OutputFormat.CSV:
        write_csv(["name", "params", "description"], rows)
    else:
        stdout_console().print(table(["name", "params", "description"], rows, whole=("name",)))


def register(app: typer.Typer) -> None:
    app.command()(query)
