"""The bulk path end to end, through the commands a user runs (issue 18): ``craftgraph spark extract`` on
Spark ``local[2]`` and then ``craftgraph neo4j import`` give, on the project's own Neo4j server, the graph
that an online ``craftgraph load`` of the same files gives: every node, relationship and property.

The parts are tested closer in: ``tests/test_spark_extract.py`` (Spark's records equal ``craftgraph
extract``'s; loading them equals loading the documents; bad rows of tables go to the errors table) and
``tests/test_neo4j_import.py`` (an import equals the store's own writes of the same records). Here the two
commands run as subprocesses over the seed page, the dev articles and a JSON Lines file with a malformed
line, which must land in the errors table and be left out of both graphs alike.
"""

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bench.records import corpus_files
from tests.neo4j_fixtures import Endpoint, Neo4jPool
from tests.test_neo4j_import import craftgraph, differences, dump_of, ok, server_env

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'craftgraph[spark]')")

#: An invented report (no name from the fixtures), then a truncated line: the malformed input row.
GOOD_LINE = {"text": "本报讯 全国劳动模范、测试集团高级技师王测试在第一届职工技能创新论坛上作主旨发言。\n",
             "source": "https://news.example.org/scale-out/1"}
MALFORMED_LINE = '{"text": "本报讯 截断的一行\n'


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed page and the dev articles in one folder, and ``extra.jsonl``: one document, one broken line."""
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        pytest.skip("Spark needs Java 17+: none on PATH and JAVA_HOME unset")
    folder = tmp_path_factory.mktemp("scale-out") / "news"
    folder.mkdir()
    for text in corpus_files(shared_dir):
        shutil.copy(text, folder / text.name)
    (folder / "extra.jsonl").write_text(json.dumps(GOOD_LINE, ensure_ascii=False) + "\n" + MALFORMED_LINE,
                                        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def owned(neo4j_server: Neo4jPool) -> Iterator[Endpoint]:
    """A server this session started, for this module alone (the import stops and starts it)."""
    with neo4j_server.leased(owned=True) as endpoint:
        assert endpoint.server is not None
        yield endpoint


@dataclass(frozen=True)
class BothPaths:
    spark: subprocess.CompletedProcess[str]
    imported: subprocess.CompletedProcess[str]
    records: Path
    bulk: list[str]
    online_load: subprocess.CompletedProcess[str]
    online: list[str]


@pytest.fixture(scope="module")
def paths(corpus: Path, owned: Endpoint, tmp_path_factory: pytest.TempPathFactory) -> BothPaths:
    """Both paths over the same files into the same (emptied) server: the commands' outputs and the graphs."""
    env = server_env(owned)
    records = tmp_path_factory.mktemp("scale-out-records") / "records"
    spark = craftgraph("spark", "extract", str(corpus), "-o", str(records), "--master", "local[2]", "--quiet",
                       **env)
    imported = ok(craftgraph("neo4j", "import", str(records), **env))
    bulk = dump_of(owned)
    owned.clear()
    online_load = craftgraph("load", "--quiet", str(corpus), **env)
    return BothPaths(spark, imported, records, bulk, online_load, dump_of(owned))


@pytest.mark.neo4j
def test_spark_extract_and_neo4j_import_give_the_graph_of_an_online_load(paths: BothPaths) -> None:
    assert any('"node": ["Person"]' in line for line in paths.online), "the online load wrote people"
    assert paths.bulk == paths.online, differences(paths.bulk, paths.online)


@pytest.mark.neo4j
def test_the_malformed_row_lands_in_the_errors_table_and_in_neither_graph(paths: BothPaths, corpus: Path) -> None:
    documents = len(list(corpus.glob("*.txt"))) + 1  # the files and the good line of extra.jsonl
    assert paths.spark.returncode == 1, paths.spark.stderr
    assert f"extracted {documents} documents (1 failed)" in paths.spark.stdout
    assert "extra.jsonl" in paths.spark.stderr and "Traceback" not in paths.spark.stderr
    errors = pq.read_table(paths.records / "errors").to_pylist()
    assert [(Path(row["doc"]).name, "not valid JSON" in row["reason"]) for row in errors] == [("extra.jsonl", True)]
    assert f"imported {documents} documents" in paths.imported.stdout
    assert paths.online_load.returncode == 1 and "extra.jsonl" in paths.online_load.stderr
    assert f"loaded {documents} documents (1 failed" in paths.online_load.stdout
