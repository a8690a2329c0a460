"""``craftgraph spark extract``: the extraction of ``craftgraph extract`` as a PySpark job writing Parquet
record tables (loaders/spark_job.py; docs/scale-out.md)."""

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from api.commands import PATHS_HELP, failure_message
from api.output import print_error, stderr_console

spark_app = typer.Typer(
    name="spark",
    help="Run extraction as an Apache Spark job (needs craftgraph[spark] and Java 17+); see docs/scale-out.md.",
    no_args_is_help=True,
)


def _progress(quiet: bool) -> Progress:
    console = stderr_console()
    return Progress(
        TextColumn("[bold]extracting[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs · {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )


@spark_app.command()
def extract(
    output: Annotated[
        Path, typer.Option("--output", "-o", show_default=False,
                           help="Folder to write the record tables into (documents, articles, entities, relations, "
                           "errors; Parquet).")
    ],
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", show_default=False,
                       help=PATHS_HELP[:-1] + "; a PATH ending in .parquet (file or folder) is a table."),
    ] = None,
    tables: Annotated[
        list[str] | None,
        typer.Option("--table", metavar="PATH", show_default=False,
                     help="A table of documents, one a row: a `text` column and optional `source`, `url`, `title`, "
                     "`published`. Parquet, or JSON Lines when the name ends in .jsonl/.json; a file, a folder or "
                     "a URI Spark reads (hdfs://, s3a://). Repeatable."),
    ] = None,
    master: Annotated[
        str | None,
        typer.Option("--master", metavar="URL", show_default=False,
                     help="Spark master URL (default CRAFTGRAPH_SPARK_MASTER, local[*]: every core here)."),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an --output folder that holds files; the new tables take "
                           "its place only once the job has finished.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract documents and tables with Spark into Parquet record tables under --output.

    The records equal those of `craftgraph extract` (resolved) for the same files; `craftgraph load DIR`
    writes them into a store without extracting again. A document or row that cannot be read or extracted
    goes to the errors table and is reported on stderr; the others are extracted, and the exit code is 1 if
    any failed. An --output folder that holds files is refused unless --overwrite.
    """
    from graph.settings import get_settings
    from loaders.spark_inputs import plan_inputs
    from loaders.spark_job import check_output, require_pyspark, run_extract_job, spark_session

    settings = get_settings()
    inputs = plan_inputs(paths or [], tables or [], settings.source_root)
    check_output(output.resolve(), overwrite)
    require_pyspark()
    started = time.perf_counter()
    spark = spark_session(master or settings.spark_master)
    startup = time.perf_counter() - started
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("extract", total=None, failed=0)

            def advance(done: int, failed: int, total: int) -> None:
                progress.update(task, completed=done, total=total, failed=failed)

            report = run_extract_job(spark, inputs, output, overwrite=overwrite, on_progress=advance)
    finally:
        spark.stop()
    for doc, reason in report.errors:
        print_error(failure_message(doc, reason))
    if report.failed > len(report.errors):
        print_error(f"… and {report.failed - len(report.errors)} more; every failure is in {report.output}/errors")
    typer.echo(f"extracted {report.documents} documents ({report.failed} failed) in {report.seconds:.2f} s "
               f"(and {startup:.2f} s starting Spark) into {report.output}")
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(spark_app)
