"""``craftgraph load``: documents in, graph out, with a progress bar and a summary."""

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from api.commands import PATHS_HELP, failure_message
from api.output import print_error, stderr_console

#: Records handed to the store per call; the store writes each document in its own transaction.
RECORDS_PER_WRITE = 64


@dataclass
class LoadTally:
    documents: int = 0
    failed: int = 0
    entities: int = 0
    relations: int = 0


def _progress(quiet: bool) -> Progress:
    console = stderr_console()
    return Progress(
        TextColumn("[bold]loading[/] {task.fields[current]}", table_column=None),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[documents]} docs · {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )


def load(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=PATHS_HELP, show_default=False)],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract documents and write them into the configured store (CRAFTGRAPH_STORE).

    Loading the same files again changes nothing. A file that fails is reported on stderr and skipped,
    the others still load; the exit code is 1 if any document failed. A missing path stops the command
    before anything is written.
    """
    from graph.stores import open_store
    from loaders.pipeline import default_extractor, iter_input_files, process_file

    files = iter_input_files(paths)
    extractor = default_extractor()
    tally = LoadTally()
    started = time.perf_counter()
    with open_store() as store:
        before = store.stats()
        with _progress(quiet) as progress:
            task = progress.add_task("load", total=len(files), current="", documents=0, failed=0)
            pending = []
            for file in files:
                progress.update(task, current=file.name)
                for outcome in process_file(file, extractor):
                    if outcome.error is not None:
                        tally.failed += 1
                        print_error(failure_message(outcome.doc, outcome.error), progress.console)
                        continue
                    record = outcome.record
                    tally.documents += 1
                    tally.entities += len(record.entities)
                    tally.relations += len(record.relations)
                    pending.append(record)
                    if len(pending) >= RECORDS_PER_WRITE:
                        store.write_records(pending)
                        pending = []
                progress.update(task, advance=1, documents=tally.documents, failed=tally.failed)
            if pending:
                store.write_records(pending)
        after = store.stats()
    seconds = time.perf_counter() - started
    _summary(tally, before.node_total, after.node_total, before.relationship_total, after.relationship_total, seconds)
    if tally.failed:
        raise typer.Exit(1)


def _summary(tally: LoadTally, nodes_before: int, nodes: int, rels_before: int, rels: int, seconds: float) -> None:
    typer.echo(
        f"loaded {tally.documents} documents ({tally.failed} failed) in {seconds:.2f} s: "
        f"{tally.entities} entities and {tally.relations} relationships extracted; "
        f"the store now holds {nodes} nodes ({nodes - nodes_before:+d}) "
        f"and {rels} relationships ({rels - rels_before:+d})"
    )


def register(app: typer.Typer) -> None:
    app.command()(load)
