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
) -> None:
    """Print one extraction record per document as JSON Lines.

    A document that cannot be read or extracted is reported on stderr (one line naming the file) and
    skipped; the exit code is 1 if any document failed.
    """
    from loaders.pipeline import default_extractor, iter_outcomes

    outcomes = iter_outcomes(paths, default_extractor())
    failed = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for outcome in outcomes:
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
