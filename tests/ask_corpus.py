"""The ask tests' graph: the seed page and the dev and dev2 articles, read by the real extractor and
written to a store of each kind, once per test session; and the question set of ``ask_questions.tsv``.

Test modules import the fixtures they use (``from .ask_corpus import ask_store``); the Neo4j store is a
lease from ``tests/neo4j_fixtures.py`` held for the session.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from api.ask import Asker
from api.ask.linking import fold
from graph.model import ExtractionRecord
from graph.schema import ENTITY_LABELS
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import get_query

from .conftest import shared_path
from .http_fixtures import extract_corpus
from .store_fixtures import STORE_KINDS, open_test_store

QUESTIONS = Path(__file__).with_name("ask_questions.tsv")
FOLDERS = ("seed", "dev", "dev2")


@dataclass(frozen=True)
class Question:
    text: str
    expected: frozenset[str]
    kind: str


def questions() -> list[Question]:
    out = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, expected, kind = line.split("\t")
        out.append(Question(text, frozenset(filter(None, expected.split("|"))), kind))
    return out


def corpus_paths() -> list[Path]:
    fixtures = shared_path() / "fixtures"
    return [p for folder in FOLDERS for p in sorted((fixtures / folder).glob("*.txt"))]


@cache
def ask_records() -> list[ExtractionRecord]:
    return extract_corpus(corpus_paths())


@dataclass
class AskStore:
    kind: str
    store: GraphStore
    settings: Settings
    asker: Asker

    @property
    def surfaces(self) -> dict[str, set[str]]:
        """Canonical name -> every folded name and alias of the entities so named. The stores may pick
        different canonical names for one entity (全国总工会劳动和经济工作部 or 中华全国总工会劳动和经济工作部)."""
        query = get_query("ask_entity_names", self.store.name)
        out: dict[str, set[str]] = {}
        for row in self.store.run(query.text, {"labels": list(ENTITY_LABELS)}).records():
            names = {row["name"], row["key"], *(row.get("aliases") or [])}
            out.setdefault(row["name"], set()).update(fold(n) for n in names if n)
        return out

    @staticmethod
    def same(expected: frozenset[str], answers: list[str], surfaces: dict[str, set[str]]) -> bool:
        """Whether the answers are the expected names: each answers one of them, by name or alias."""

        def match(want: str, got: str) -> bool:
            return (
                fold(want) == fold(got)
                or fold(want) in surfaces.get(got, set())
                or fold(got) in surfaces.get(want, set())
            )

        return all(any(match(w, g) for g in answers) for w in expected) and all(
            any(match(w, g) for w in expected) for g in answers
        )


@pytest.fixture(scope="session", params=STORE_KINDS)
def ask_store(
    request: pytest.FixtureRequest, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AskStore]:
    """The seed, dev and dev2 documents in a store of each kind, with an :class:`Asker` over it."""
    kind: str = request.param
    settings = Settings(store=kind, db_path=tmp_path_factory.mktemp(f"ask-{kind}") / "graph")  # type: ignore[call-arg]
    with open_test_store(kind, settings) as store:
        store.write_records(ask_records())
        yield AskStore(kind, store, settings, Asker(store, settings))
