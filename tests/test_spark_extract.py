"""``craftgraph spark extract``: Spark in local mode over the fixtures gives the records ``craftgraph extract``
gives, a bad document or row lands in the errors table without failing the job, tables of documents are
read with or without their optional columns, and ``craftgraph load`` of the output builds the graph a load
of the documents builds, on both stores.

One SparkSession serves the whole session (local[2], UI off); each job runs once per module fixture.
"""

import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from graph.errors import InputError, SparkJobError
from graph.model import ExtractionRecord
from graph.settings import Settings
from loaders.load_service import Loader
from loaders.pipeline import default_extractor, iter_outcomes
from loaders.reading import sha256_of
from loaders.record_dir import read_record_dir
from loaders.spark_inputs import TableFormat, plan_inputs, table_document
from loaders.spark_job import JobReport, require_pyspark, run_extract_job, spark_session
from tests.graph_snapshot import differences, snapshot
from tests.store_fixtures import StoreFactory, open_test_store
from tests.test_cli import craftgraph, db_in, ok

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'craftgraph[spark]')")

#: Invented reports (no name from the fixtures) for the tables.
STORY = ("本报讯 5月1日，第一届职工技能创新论坛在杭州举行。来自各地的技术工人代表参加论坛，"
         "并围绕技能传承进行研讨交流。\n")
OTHER = "本报讯 全国劳动模范、测试集团高级技师王测试在会上作主旨发言，介绍了班组技术创新的经验。\n"


def dumps(records: Iterable[ExtractionRecord]) -> list[dict]:
    return [r.model_dump(mode="json") for r in records]


def errors_of(folder: Path) -> dict[str, str]:
    return {row["doc"]: row["reason"] for row in pq.read_table(folder / "errors").to_pylist()}


# ---- Spark, once per test session -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        pytest.skip("Spark needs Java 17+: none on PATH and JAVA_HOME unset")
    session = spark_session("local[2]", {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2",
                                         "spark.default.parallelism": "2"})
    yield session
    session.stop()


# ---- document files: the records of craftgraph extract -----------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed page and the dev articles in one folder, and one binary file that cannot be read."""
    folder = tmp_path_factory.mktemp("spark-corpus") / "corpus"
    folder.mkdir()
    for text in sorted((shared_dir / "fixtures").glob("*/*.txt")):
        shutil.copy(text, folder / text.name)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture(scope="module")
def files_job(spark: object, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> JobReport:
    output = tmp_path_factory.mktemp("spark-files") / "records"
    return run_extract_job(spark, plan_inputs([corpus], []), output)  # type: ignore[arg-type]


def test_spark_records_equal_the_records_of_craftgraph_extract(files_job: JobReport, corpus: Path,
                                                                tmp_path: Path) -> None:
    proc = craftgraph("extract", str(corpus), "-o", str(tmp_path / "records.jsonl"), db=db_in(tmp_path))
    assert proc.returncode == 1 and "broken.txt" in proc.stderr  # the binary file, in both
    expected = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(expected) == len(list(corpus.glob("*.txt"))) - 1
    assert dumps(read_record_dir(files_job.output)) == expected


def test_a_file_that_cannot_be_read_lands_in_the_errors_table(files_job: JobReport, corpus: Path) -> None:
    assert (files_job.documents, files_job.failed) == (len(list(corpus.glob("*.txt"))) - 1, 1)
    errors = errors_of(files_job.output)
    assert list(errors) == [str(corpus / "broken.txt")]
    assert "binary" in errors[str(corpus / "broken.txt")]
    assert files_job.errors == list(errors.items())


def test_the_tables_are_numbered_in_input_order(files_job: JobReport) -> None:
    documents = pq.read_table(files_job.output / "documents").to_pylist()
    failed = pq.read_table(files_job.output / "errors").to_pylist()
    numbers = sorted([d["record"] for d in documents] + [e["record"] for e in failed])
    assert numbers == list(range(len(documents) + len(failed)))
    assert [d["doc"] for d in sorted(documents, key=lambda d: d["record"])] == sorted(d["doc"] for d in documents)


# ---- tables of documents ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tables(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``news.parquet``: every optional column, then a row without text and one with empty text;
    ``plain.jsonl``: only ``text``, then a truncated line."""
    folder = tmp_path_factory.mktemp("spark-tables")
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "fixtures" / "dev").glob("*.txt"))[:2]]
    pq.write_table(pa.table({
        "id": [1, 2, 3, 4, 5],
        "text": [*texts, STORY, None, "  "],
        "source": ["archive/1", "archive/2", None, "archive/4", "archive/5"],
        "url": [None, "https://news.example.org/2", None, None, None],
        "title": ["一", "二", None, None, None],
        "published": ["2023/07/28", "2023年7月29日", None, None, None],
    }), folder / "news.parquet")
    (folder / "plain.jsonl").write_text(
        json.dumps({"text": OTHER}, ensure_ascii=False) + "\n" + json.dumps({"text": STORY}, ensure_ascii=False)
        + "\n" + '{"text": "本报讯 截断\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tables_job(spark: object, tables: Path, tmp_path_factory: pytest.TempPathFactory) -> JobReport:
    output = tmp_path_factory.mktemp("spark-tables-out") / "records"
    inputs = plan_inputs([tables / "news.parquet"], [str(tables / "plain.jsonl")])
    return run_extract_job(spark, inputs, output)  # type: ignore[arg-type]


def as_document_jsonl(rows: list[dict], path: Path) -> list[ExtractionRecord]:
    """The records ``craftgraph extract`` gives for the same rows as a JSON Lines file of documents."""
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    from graph.resolution import Resolver

    resolver = Resolver()
    return [resolver.resolve(o.record) for o in iter_outcomes([path], default_extractor()) if o.record]


def test_a_parquet_table_row_gives_the_record_of_the_same_document_line(tables_job: JobReport, tables: Path,
                                                                         tmp_path: Path) -> None:
    rows = pq.read_table(tables / "news.parquet").to_pylist()[:3]
    expected = as_document_jsonl([{k: v for k, v in row.items() if v is not None and k != "id"} for row in rows],
                                 tmp_path / "news.jsonl")
    got = [r for r in read_record_dir(tables_job.output) if r.doc.startswith("news.parquet#")]
    assert [r.doc for r in got] == ["news.parquet#row1", "news.parquet#row2", "news.parquet#row3"]
    assert dumps(r.model_copy(update={"doc": "x"}) for r in got) == dumps(
        r.model_copy(update={"doc": "x"}) for r in expected)
    assert [(r.source, r.published) for r in got] == [
        ("archive/1", "2023-07-28"), ("https://news.example.org/2", "2023-07-29"), ("", None)]


def test_a_table_without_optional_columns_gives_records_without_them(tables_job: JobReport) -> None:
    got = [r for r in read_record_dir(tables_job.output) if r.doc.startswith("plain.jsonl#")]
    assert [(r.doc, r.source, r.title, r.published) for r in got] == [
        ("plain.jsonl#row1", "", "", None), ("plain.jsonl#row2", "", "", None)]
    assert got[0].sha256 == sha256_of(OTHER)


def test_bad_table_rows_land_in_the_errors_table_and_the_others_are_extracted(tables_job: JobReport) -> None:
    assert (tables_job.documents, tables_job.failed) == (5, 3)
    errors = errors_of(tables_job.output)
    assert sorted(errors) == ["news.parquet#row4", "news.parquet#row5", "plain.jsonl#row3"]
    assert "text" in errors["news.parquet#row4"] and "text" in errors["news.parquet#row5"]
    assert "not valid JSON" in errors["plain.jsonl#row3"]


# ---- the output folder -----------------------------------------------------------------------------------------


def test_an_output_folder_that_holds_files_is_refused_unless_overwrite(spark: object, tables: Path,
                                                                       tmp_path: Path) -> None:
    output = tmp_path / "records"
    output.mkdir()
    (output / "keep.txt").write_text("mine", encoding="utf-8")
    inputs = plan_inputs([], [str(tables / "plain.jsonl")])
    with pytest.raises(InputError, match="--overwrite"):
        run_extract_job(spark, inputs, output)  # type: ignore[arg-type]
    assert (output / "keep.txt").exists()
    report = run_extract_job(spark, inputs, output, overwrite=True)  # type: ignore[arg-type]
    assert sorted(p.name for p in output.iterdir()) == ["articles", "documents", "entities", "errors", "relations"]
    assert len(list(read_record_dir(output))) == report.documents == 2
    assert [p.name for p in tmp_path.iterdir()] == ["records"]  # no scratch folder left


def test_a_failed_job_leaves_the_output_as_it_was(spark: object, tmp_path: Path) -> None:
    output = tmp_path / "records"
    output.mkdir()
    (output / "keep.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match=r"bad\.parquet"):
        run_extract_job(spark, plan_inputs([tmp_path / "bad.parquet"], []), output,  # type: ignore[arg-type]
                        overwrite=True)
    assert [p.name for p in output.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.parquet", "records"]


# ---- loading the output: the graph of loading the documents ------------------------------------------------------


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    settings = Settings(store="embedded", db_path=tmp_path_factory.mktemp("spark-reference") / "graph")  # type: ignore[call-arg]
    with open_test_store("embedded", settings) as store:
        assert Loader(store, workers=1).load([corpus]).failed == 1  # broken.txt
        return snapshot(store)


def test_loading_the_spark_output_gives_the_graph_of_loading_the_documents(
    files_job: JobReport, new_store: StoreFactory, reference: dict
) -> None:
    with new_store() as store:
        report = Loader(store, workers=1).load_record_dir(files_job.output)
        assert (report.written, report.failed) == (files_job.documents, 0)
        assert differences(snapshot(store), reference) == []


# ---- inputs, without Spark ---------------------------------------------------------------------------------------


def test_how_a_table_input_is_recognised(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "lake" / "news").mkdir(parents=True)
    (tmp_path / "lake" / "news" / "part-0.json").write_text('{"text": "x"}\n', encoding="utf-8")
    (tmp_path / "news.parquet").mkdir()
    inputs = plan_inputs([corpus, tmp_path / "news.parquet"],
                         [str(tmp_path / "lake" / "news"), "s3a://bucket/news/", "hdfs://nn/archive.jsonl"])
    assert [f.path.name for f in inputs.files] == sorted(p.name for p in corpus.glob("*.txt"))
    assert [(t.name, t.format) for t in inputs.tables] == [
        ("news.parquet", TableFormat.PARQUET), ("news", TableFormat.JSON_LINES), ("news", TableFormat.PARQUET),
        ("archive.jsonl", TableFormat.JSON_LINES)]
    assert inputs.tables[2].location == "s3a://bucket/news/"


def test_inputs_that_cannot_be_read_stop_before_spark(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing to extract"):
        plan_inputs([], [])
    with pytest.raises(InputError, match=r"missing\.parquet: no such file"):
        plan_inputs([], [str(tmp_path / "missing.parquet")])
    (tmp_path / "notes.docx").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unsupported file type"):
        plan_inputs([tmp_path / "notes.docx"], [])


def test_a_table_row_becomes_a_document_like_a_json_lines_line() -> None:
    raw = table_document("news.parquet", 3, {"text": STORY, "source": " archive/3 ", "title": "标题",
                                              "published": "2024年5月1日"})
    assert (raw.doc, raw.source, raw.title, raw.published) == ("news.parquet#row3", "archive/3", "标题", "2024-05-01")
    with pytest.raises(InputError, match=r"news.parquet#row4: the \"text\" column is missing or empty"):
        table_document("news.parquet", 4, {"text": None})


def test_without_pyspark_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(SparkJobError, match=r"pip install 'craftgraph\[spark\]'"):
        require_pyspark()


# ---- the command line -------------------------------------------------------------------------------------------


def test_spark_extract_command_prints_failures_and_a_summary(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text("职工技能创新论坛在杭州举行\n\n" + STORY, encoding="utf-8")
    (tmp_path / "in" / "broken.txt").write_bytes(bytes(range(256)) * 8)
    proc = craftgraph("spark", "extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--master", "local[1]",
                      db=db_in(tmp_path))
    assert proc.returncode == 1, proc.stderr
    assert "error: " in proc.stderr and "broken.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert "extracted 1 documents (1 failed) in " in proc.stdout
    assert [r.doc for r in read_record_dir(tmp_path / "out")] == ["story.txt"]
    again = craftgraph("spark", "extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), db=db_in(tmp_path))
    assert again.returncode == 1 and "already holds files; pass --overwrite" in again.stderr
    ok(craftgraph("load", str(tmp_path / "out"), db=db_in(tmp_path)))
