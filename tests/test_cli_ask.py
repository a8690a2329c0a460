"""``craftgraph ask`` over the seed, dev and dev2 graph in an embedded store: the answer as a table and as
the API's JSON, and one error line for a bad question."""

import json
from pathlib import Path

import pytest

from api.ask import Asker
from graph.settings import Settings
from graph.stores.embedded import EmbeddedStore

from .ask_corpus import ask_records
from .test_cli import craftgraph, ok, one_error_line

QUESTION = "谁在巾帼工匠论坛上作了主旨发言？"


@pytest.fixture(scope="module")
def db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The store's directory, and the direct answer to QUESTION (the store is closed before the CLI runs)."""
    path = tmp_path_factory.mktemp("ask-cli") / "graph.lbdb"
    settings = Settings(store="embedded", db_path=path)  # type: ignore[call-arg]
    with EmbeddedStore.from_settings(settings) as store:
        store.write_records(ask_records())
        direct = Asker(store, settings).ask(QUESTION).model_dump(mode="json")
    return path, direct


def test_json_is_the_api_answer(db: tuple[Path, dict]) -> None:
    path, direct = db
    assert json.loads(ok(craftgraph("ask", QUESTION, "--format", "json", db=path)).stdout) == direct


def test_the_table_says_the_answer_with_evidence_and_the_query(db: tuple[Path, dict]) -> None:
    out = ok(craftgraph("ask", QUESTION, db=db[0])).stdout
    assert out.startswith("在第二届巾帼工匠论坛上作主旨发言的有：")
    assert "SPOKE_AT" in out and "分别作主旨发言" in out and "$key" in out and "params:" in out


def test_an_unknown_name_prints_suggestions(db: tuple[Path, dict]) -> None:
    out = ok(craftgraph("ask", "第三届巾帼工匠论坛上谁发言？", db=db[0])).stdout
    assert "did you mean:" in out and "第二届巾帼工匠论坛" in out


@pytest.mark.parametrize(
    ("question", "says"), [(" ", "empty"), ("问" * 501, "at most 500"), ("MATCH (n) RETURN n", "Cypher")]
)
def test_a_bad_question_is_one_error_line(db: tuple[Path, dict], question: str, says: str) -> None:
    one_error_line(craftgraph("ask", question, db=db[0]), says)
