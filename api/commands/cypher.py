"""``craftgraph cypher``: run one Cypher statement against the configured store."""

from typing import Annotated

import typer

from api.output import FormatOption, OutputFormat, render_result
from api.params import ParamOption, parse_params


def cypher(
    query: Annotated[
        str,
        typer.Argument(metavar="QUERY", help="The Cypher statement; pass values with --param.", show_default=False),
    ],
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to change the graph.")] = False,
) -> None:
    """Run a Cypher query, read-only unless --write is given.

    Example (single quotes keep the shell off $forum): craftgraph cypher 'MATCH
    (p:Person)-[r:SPOKE_AT]->(f:Forum) WHERE f.name = $forum OR $forum IN f.aliases RETURN p.name, r.role'
    --param forum=巾帼工匠论坛
    """
    from graph.errors import WriteNotAllowedError
    from graph.stores import open_store

    with open_store() as store:
        try:
            result = store.run(query, parse_params(param), write=write)
        except WriteNotAllowedError as exc:
            message = str(exc)
            if not write and "--write" not in message:
                message = f"{message.rstrip('.')}; the query ran read-only: pass --write to let it change the graph"
            raise WriteNotAllowedError(message) from None
    render_result(result, fmt)


def register(app: typer.Typer) -> None:
    app.command()(cypher)
