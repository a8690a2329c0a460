"""``craftgraph load``: documents (or records extracted before) in, graph out, with a progress bar and a summary.

Extraction and entity resolution run on every core (``loaders.load_service``); documents already stored
(same content) are skipped, so an interrupted load resumes where it stopped, and a changed document
replaces its previous version. A record directory (``loaders.record_dir``) is written without extracting.
"""

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from api.commands import PATHS_HELP, failure_message
from api.output import print_error, stderr_console

if TYPE_CHECKING:
    from loaders.load_service import LoadReport
    from loaders.pipeline import Outcome

LOAD_PATHS_HELP = (PATHS_HELP[:-1] + "; or record directories: the Parquet tables of `craftgraph spark extract` "
                   "or JSON Lines records of `craftgraph extract` (written without extracting again).")


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "… docs/s")


def _progress(quiet: bool) -> Progress:
    console = stderr_console()
    return Progress(
        TextColumn("[bold]loading[/] {task.fields[current]}", table_column=None),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs · {task.fields[skipped]} already stored · {task.fields[failed]} failed"),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )


def load(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=LOAD_PATHS_HELP, show_default=False)],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=0, show_default=False,
                     help="Extraction processes (default CRAFTGRAPH_LOAD_WORKERS; 0: one per core)."),
    ] = None,
) -> None:
    """Extract documents and write them into the configured store (CRAFTGRAPH_STORE).

    Loading the same files again changes nothing: documents already stored are skipped, so an interrupted
    load resumes where it stopped. A document whose content changed since it was loaded (same source)
    replaces its previous version. A file that fails is reported on stderr and skipped, the others still
    load; the exit code is 1 if any document failed. A missing path stops the command before anything is
    written. A document's source is its URL where the input has one, else its path relative to the folder
    given (or to CRAFTGRAPH_SOURCE_ROOT); documents an older version stored under an absolute path get that
    source when their files are loaded again.

    A record directory (the Parquet tables of `craftgraph spark extract`, or JSON Lines records of
    `craftgraph extract`) is written as it is, without extracting again, with the same skip and replace
    rules; a malformed record stops the command before anything is written.
    """
    from graph.settings import get_settings
    from graph.stores import open_store
    from loaders.load_service import Loader, document_count
    from loaders.reading import input_files
    from loaders.record_dir import check_records, is_record_dir, read_record_dir

    settings = get_settings()
    record_dirs = [p for p in paths if is_record_dir(p)]
    documents = [p.resolve() for p in paths if p not in record_dirs]
    files = input_files(documents, settings.source_root) if documents else []
    # every record is read and checked before the store is opened: a malformed one stops the load unwritten
    total = document_count([f.path for f in files]) + sum(check_records(p) for p in record_dirs)
    started = time.perf_counter()
    with open_store() as store:
        before = store.stats()
        with _progress(quiet) as progress:
            task = progress.add_task("load", total=total, current="", skipped=0, failed=0)

            def advance(outcome: "Outcome | None", report: "LoadReport") -> None:
                if outcome is not None and outcome.error is not None:
                    print_error(failure_message(outcome.doc, outcome.error), progress.console)
                progress.update(task, completed=report.seen, current=outcome.doc if outcome else "",
                                skipped=report.skipped, failed=report.failed)

            loader = Loader(store, workers=settings.load_workers if workers is None else workers,
                            batch_documents=settings.load_batch_documents,
                            max_pending_documents=settings.load_max_pending_documents,
                            chunk_documents=settings.load_chunk_documents, on_progress=advance,
                            source_root=settings.source_root)
            report = loader.load_files(files) if files else loader.report
            for record_dir in record_dirs:
                report = loader.load_records(read_record_dir(record_dir))
        after = store.stats()
    seconds = time.perf_counter() - started
    _summary(report, before.node_total, after.node_total, before.relationship_total, after.relationship_total, seconds)
    if report.failed:
        raise typer.Exit(1)


def _summary(report: "LoadReport", nodes_before: int, nodes: int, rels_before: int, rels: int, seconds: float) -> None:
    extra = f", {report.skipped} already stored" if report.skipped else ""
    extra += f", {report.replaced} replaced an earlier version" if report.replaced else ""
    extra += (f", {report.renamed} stored under an absolute path now named by their relative source"
              if report.renamed else "")
    typer.echo(
        f"loaded {report.written} documents ({report.failed} failed{extra}) in {seconds:.2f} s: "
        f"{report.entities} entities and {report.relations} relationships extracted; "
        f"the store now holds {nodes} nodes ({nodes - nodes_before:+d}) "
        f"and {rels} relationships ({rels - rels_before:+d})"
    )


def register(app: typer.Typer) -> None:
    app.command()(load)
