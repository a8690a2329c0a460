"""``craftgraph spark extract`` as a PySpark job: documents and tables in, record tables out.

The job runs five named steps; records equal those of ``craftgraph extract`` (which resolves by default):

1. **read** (:func:`read_inputs`): document files go to the executors as paths, in the order
   :func:`loaders.reading.input_files` lists them, and are read there by :func:`loaders.pipeline.process_file`;
   tables are read by Spark and range-partitioned in row order (:mod:`loaders.spark_inputs`).
2. **extract** (:func:`extract_partition`): one extractor per partition, the pipeline's
   :func:`~loaders.pipeline.extract_document` per document.
3. **resolve** (:func:`resolve_partition`): cross-document entity resolution, one
   :class:`graph.resolution.Resolver` per partition. The resolver is a pure function of one record (and its
   packaged vocabulary), so resolving each record where it was extracted gives the identities ``load``
   gives: documents resolve to the same node keys whichever partition they are in.
4. **number**: ``zipWithIndex`` gives every outcome its ``record`` number, its position in the input order
   (files first, then tables); a failed document keeps its number in the ``errors`` table.
5. **write** (:func:`write_tables`): each task writes its partition as one Parquet part file per table
   (:class:`loaders.record_tables.PartWriter`: the record tables and ``errors``) into a scratch folder
   beside the output, which replaces the output only once every table is written: a failed job leaves
   the output as it was.

A bad document or row becomes an ``errors`` row and never fails the job. pyspark is imported lazily; without
it the job raises SparkJobError saying how to install it.
"""

import math
import os
import re
import shutil
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from graph.errors import CraftgraphError, InputError, SparkJobError
from loaders.pipeline import Outcome, default_extractor, extract_document, process_file, resolve_outcome
from loaders.record_tables import PartWriter, write_empty_tables
from loaders.spark_inputs import TABLE_COLUMNS, JobInputs, TableFormat, TableInput, table_document

if TYPE_CHECKING:
    from pyspark import RDD, Accumulator
    from pyspark.sql import DataFrame, SparkSession

APP_NAME = "craftgraph spark extract"
#: Partitions per core of the cluster, and at most this many documents per partition: enough tasks to keep
#: every core busy when documents differ in length, few enough that starting tasks costs little.
TASKS_PER_CORE = 4
DOCUMENTS_PER_PARTITION = 500
INSTALL_HINT = "pip install 'craftgraph[spark]'"
#: Errors only: the command prints its own progress and summary, not Spark's start-up chatter.
LOG_CONFIG = Path(__file__).resolve().parent / "data" / "spark-log4j2.properties"

ProgressHook = Callable[[int, int, int], None]
"""Called with (documents done, documents failed, documents in all) while the job runs."""


@dataclass(frozen=True)
class FileItem:
    """A document file, read on an executor; ``root`` is the folder its sources are relative to."""

    path: str
    root: str


@dataclass(frozen=True)
class TableRow:
    """One row of a table, with its 1-based number in the table."""

    table: str
    number: int
    values: dict[str, Any]


Item = FileItem | TableRow


@dataclass(frozen=True)
class JobReport:
    documents: int
    failed: int
    seconds: float
    output: Path
    #: the first failures, (document, reason), in input order; all of them are in the errors table
    errors: list[tuple[str, str]]


def require_pyspark() -> ModuleType:
    """The pyspark module; SparkJobError saying how to install it when it is missing."""
    try:
        import pyspark
    except ImportError:
        raise SparkJobError(f"pyspark is not installed; install it with: {INSTALL_HINT}") from None
    return pyspark


def spark_session(master: str, config: Mapping[str, str] | None = None) -> "SparkSession":
    """A SparkSession on ``master``, quiet (log level ERROR, no console progress bar); ``config`` adds or
    overrides Spark settings.

    On a ``local`` master the workers run this Python (unless PYSPARK_PYTHON says otherwise) and Spark binds
    to 127.0.0.1, so it starts on a machine without network or a resolvable host name. A cluster's executors
    need craftgraph[spark] installed in the Python that PYSPARK_PYTHON names there.
    """
    require_pyspark()
    _require_java()
    from pyspark.sql import SparkSession

    local = master.startswith("local")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (
        SparkSession.builder.master(master).appName(APP_NAME).config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
    )
    if local:
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as error:
        raise SparkJobError(
            f"could not start Spark on master {master!r}: {_first_line(error)}; Spark 4 needs Java 17 or newer "
            "(set JAVA_HOME) and, for a cluster, a reachable master (CRAFTGRAPH_SPARK_MASTER or --master)"
        ) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _require_java() -> None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return
    if shutil.which("java") is None:
        raise SparkJobError("Spark needs Java 17 or newer, and none was found: install a JDK or JRE (e.g. "
                            "apt-get install openjdk-17-jre-headless) or set JAVA_HOME")


def run_extract_job(spark: "SparkSession", inputs: JobInputs, output: Path, *, overwrite: bool = False,
                    on_progress: ProgressHook | None = None, error_limit: int = 20) -> JobReport:
    """Extract ``inputs`` into the record tables under ``output`` (see the module docstring).

    ``output`` must not hold anything unless ``overwrite``; then it is replaced once the new tables are
    complete. On a cluster it must be a folder the driver and every executor see (a shared mount).
    """
    output = output.resolve()
    check_output(output, overwrite)
    started = time.perf_counter()
    sc = spark.sparkContext
    done, failed = sc.accumulator(0), sc.accumulator(0)
    scratch = output.parent / f".{output.name}.partial-{uuid.uuid4().hex[:12]}"
    outcomes: RDD[Outcome] | None = None
    try:
        items, total = read_inputs(spark, inputs)
        extracted = items.mapPartitions(partial(extract_partition, done=done, failed=failed))
        outcomes = extracted.mapPartitions(resolve_partition).persist(_storage_level())
        with _Watcher(done, failed, total, on_progress):
            numbered = outcomes.zipWithIndex()  # runs the extraction once; writing reads the cached outcomes
            written = write_tables(numbered, scratch, error_limit)
    except CraftgraphError:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    except Exception as error:  # Spark's failures come wrapped in Py4J errors
        shutil.rmtree(scratch, ignore_errors=True)
        raise SparkJobError(f"the Spark job failed: {_first_line(error)}") from None
    except BaseException:  # Ctrl-C: no scratch folder left behind either
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    finally:
        if outcomes is not None:
            outcomes.unpersist()
    _replace(output, scratch)
    return JobReport(documents=written.documents, failed=written.failed, seconds=time.perf_counter() - started,
                     output=output, errors=written.errors)


# ---- step 1: read ----------------------------------------------------------------------------------------------


def read_inputs(spark: "SparkSession", inputs: JobInputs) -> "tuple[RDD[Item], int]":
    """One RDD of every input item in input order (files, then each table's rows), and how many documents
    they hold (a JSON Lines file counts its lines)."""
    from loaders.load_service import document_count

    sc = spark.sparkContext
    parts: list[RDD[Item]] = []
    total = 0
    if inputs.files:
        count = len(inputs.files)
        # absolute paths: executors on a cluster open files from their own working folder
        items: list[Item] = [
            FileItem(str(f.path.resolve()), str(f.root.resolve())) for f in inputs.files
        ]
        parts.append(sc.parallelize(items, _partitions(sc.defaultParallelism, count)))
        total += document_count([f.path for f in inputs.files])
    for table in inputs.tables:
        rows, count = _table_items(spark, table)
        parts.append(rows)
        total += count
    return (parts[0] if len(parts) == 1 else sc.union(parts)), total


def _partitions(parallelism: int, documents: int) -> int:
    wanted = max(parallelism * TASKS_PER_CORE, math.ceil(documents / DOCUMENTS_PER_PARTITION))
    return max(1, min(documents, wanted))


def _table_items(spark: "SparkSession", table: TableInput) -> "tuple[RDD[Item], int]":
    rows = _read_table(spark, table).rdd
    sizes = rows.mapPartitions(_size).collect()
    starts = [0, *accumulate(sizes)]
    count = starts[-1]
    numbered = rows.mapPartitionsWithIndex(partial(_number_rows, table=table.name, starts=starts))
    partitions = _partitions(spark.sparkContext.defaultParallelism, count)
    if len(sizes) >= partitions and max(sizes, default=0) <= DOCUMENTS_PER_PARTITION:
        return numbered.values(), count
    # spread the rows over contiguous ranges in table order: partition p holds rows [p*n/k, (p+1)*n/k)
    ranged = numbered.repartitionAndSortWithinPartitions(  # type: ignore[call-overload]  (stubs want keyfunc)
        partitions, partial(_range_partition, rows=max(count, 1), partitions=partitions)
    )
    return ranged.values(), count


def _size(rows: Iterable[Any]) -> Iterator[int]:
    yield sum(1 for _ in rows)


def _number_rows(partition: int, rows: Iterable[Any], table: str, starts: list[int]) -> Iterator[tuple[int, Item]]:
    for index, row in enumerate(rows, start=starts[partition]):
        yield index, TableRow(table, index + 1, row.asDict())


def _range_partition(index: int, rows: int, partitions: int) -> int:
    return index * partitions // rows


def _read_table(spark: "SparkSession", table: TableInput) -> "DataFrame":
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    try:
        if table.format is TableFormat.JSON_LINES:
            fields = [StructField(c, StringType()) for c in (*TABLE_COLUMNS, "_corrupt_record")]
            frame = spark.read.schema(StructType(fields)).option("mode", "PERMISSIVE").json(table.location)
        else:
            frame = spark.read.parquet(table.location)
    except Exception as error:
        raise InputError(f"{table.location}: cannot be read as a {table.format.value} table: {_first_line(error)}"
                         ) from None
    if "text" not in frame.columns:
        raise InputError(f"{table.location}: a document table needs a \"text\" column; it has "
                         f"{', '.join(frame.columns) or 'none'}")
    columns = [c for c in (*TABLE_COLUMNS, "_corrupt_record") if c in frame.columns]
    return frame.select(*[F.col(c).cast("string").alias(c) for c in columns])


# ---- steps 2 and 3: extract, resolve ----------------------------------------------------------------------------


def extract_partition(items: Iterable[Item], done: "Accumulator[int] | None" = None,
                      failed: "Accumulator[int] | None" = None) -> Iterator[Outcome]:
    """Outcomes of a partition's items, in order, with one extractor for the partition."""
    extractor = default_extractor()
    for item in items:
        for outcome in _item_outcomes(item, extractor):
            if done is not None:
                done.add(1)
            if failed is not None and not outcome.ok:
                failed.add(1)
            yield outcome


def _item_outcomes(item: Item, extractor: Any) -> list[Outcome]:
    if isinstance(item, FileItem):
        return process_file(Path(item.path), extractor, Path(item.root))
    try:
        raw = table_document(item.table, item.number, item.values)
    except InputError as error:
        return [Outcome(f"{item.table}#row{item.number}", error=error)]
    return [extract_document(raw, extractor)]


def resolve_partition(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """The cross-document resolution step: every record's entities get their canonical identities, with one
    resolver for the partition (a pure per-record function: the same identities wherever a record is)."""
    from graph.resolution import Resolver

    resolver = Resolver()
    for outcome in outcomes:
        yield resolve_outcome(outcome, resolver)


# ---- steps 4 and 5: number, write -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartReport:
    """What one partition wrote."""

    documents: int
    failed: int
    errors: list[tuple[str, str]]


def write_partition(index: int, numbered: Iterable[tuple[Outcome, int]], folder: str,
                    error_limit: int) -> Iterator[PartReport]:
    """Write a partition's numbered outcomes as part ``part-<index>`` of every table under ``folder``."""
    writer = PartWriter(Path(folder), f"part-{index:05d}")
    documents = failed = 0
    errors: list[tuple[str, str]] = []
    for outcome, record in numbered:
        if outcome.record is not None:
            writer.add(record, outcome.record)
            documents += 1
        else:
            failed += 1
            writer.add_error(record, outcome.doc, _reason(outcome))
            if len(errors) < error_limit:
                errors.append((outcome.doc, _reason(outcome)))
    writer.close()
    yield PartReport(documents, failed, errors)


def write_tables(numbered: "RDD[tuple[Outcome, int]]", folder: Path, error_limit: int) -> PartReport:
    """Every table as Parquet under ``folder``, one part file per partition and table (written by the task
    that extracted the partition, so ``folder`` must be on a file system every executor sees)."""
    folder.mkdir()
    reports = numbered.mapPartitionsWithIndex(
        partial(write_partition, folder=str(folder), error_limit=error_limit)
    ).collect()
    write_empty_tables(folder)
    for leftover in folder.glob("*/.*.tmp"):  # from task attempts that failed and ran again
        leftover.unlink()
    return PartReport(sum(r.documents for r in reports), sum(r.failed for r in reports),
                      [e for r in reports for e in r.errors][:error_limit])


def _reason(outcome: Outcome) -> str:
    return " ".join(str(outcome.error).split())


def _storage_level() -> Any:
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


# ---- the output folder ------------------------------------------------------------------------------------------


def check_output(output: Path, overwrite: bool) -> None:
    """InputError unless ``output`` can take the tables: absent or empty, or ``overwrite``; its parent exists."""
    if output.exists() and not output.is_dir():
        raise InputError(f"{output}: exists and is not a folder; choose another --output")
    if output.is_dir() and any(output.iterdir()) and not overwrite:
        raise InputError(f"{output}: already holds files; pass --overwrite to replace it (the new tables replace "
                         "it only once the job has finished) or choose another --output")
    if not output.parent.is_dir():
        raise InputError(f"{output.parent}: no such folder (the parent of --output)")


def _replace(output: Path, scratch: Path) -> None:
    """Put ``scratch`` in place of ``output``: two renames on one file system, the old one deleted after."""
    old = output.parent / f".{output.name}.old-{uuid.uuid4().hex[:12]}"
    if output.exists():
        output.rename(old)
    scratch.rename(output)
    shutil.rmtree(old, ignore_errors=True)


class _Watcher:
    """Reports the accumulators' progress from a thread while the job runs."""

    def __init__(self, done: "Accumulator[int]", failed: "Accumulator[int]", total: int,
                 hook: ProgressHook | None, interval_s: float = 0.25) -> None:
        self._done, self._failed, self._total, self._hook = done, failed, total, hook
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="craftgraph-spark-progress", daemon=True)

    def _report(self) -> None:
        if self._hook is not None:
            self._hook(self._done.value, self._failed.value, self._total)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            self._report()

    def __enter__(self) -> "_Watcher":
        if self._hook is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self._report()


def _first_line(error: BaseException) -> str:
    """The telling line of an error that may wrap a Java stack trace or a Python traceback: the traceback's
    last ``SomeError: message`` line, else the first Java ``...Exception: message`` line, else the first."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    python = [line for line in lines if re.match(r"^[A-Za-z_.]*(Error|Exception): ", line)
              and not line.startswith(("org.", "java.", "py4j.", "scala."))]
    if python:
        return python[-1]
    java = [line for line in lines if "Exception: " in line or "Error: " in line]
    return (java or lines or [type(error).__name__])[0]
