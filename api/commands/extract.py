"""``craftgraph extract``: documents in, extraction records out (JSON Lines)."""

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from api.commands import PATHS_HELP, failure_message
from api.output import print_error


def extract(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=PATHS_HELP, show_default=False)],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON Lines here instead of stdout.")
    ] = None,
    resolve: Annotated[
        bool,
        typer.Option("--resolve/--no-resolve", help="Resolve entities to their cross-document names as `load` "
                     "does, so the records are exactly what a load writes; --no-resolve: the extractor's output."),
    ] = True,
) -> None:
    """Print one extraction record per document as JSON Lines.

    A document that cannot be read or extracted is reported on stderr (one line naming the file) and
    skipped; the exit code is 1 if any document failed.
    """
    from graph.resolution import Resolver
    from loaders.pipeline import default_extractor, iter_outcomes, resolve_outcome

    outcomes = iter_outcomes(paths, default_extractor())
    resolver = Resolver() if resolve else None
    failed = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for extracted in outcomes:
            outcome = resolve_outcome(extracted, resolver) if resolver else extracted
            if outcome.error is not None:
                failed += 1
                print_error(failure_message(outcome.doc, outcome.error))
                continue
            out.write(json.dumps(outcome.record.model_dump(mode="json"), ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
