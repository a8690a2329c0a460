"""Ask over hand-built records with invented names (tests/records.py), on each store: every relationship
kind the seed does not state (协办), shared names answered with candidates, a key asked again."""

from collections.abc import Iterator

import pytest

from api.ask import Asker
from graph.model import ExtractionRecord
from graph.store import GraphStore
from tests.records import (
    ALLIANCE,
    CO_ORGANISER,
    FORUM,
    FORUM_ALIAS,
    HONOR,
    ORGANISER,
    PERSON_A,
    PERSON_B,
    PLACE,
    SUPPORTER,
    UNDERTAKER,
    RecordBuilder,
    corpus,
)

from .store_fixtures import store

__all__ = ["store"]

NAMESAKE = "试戊"


def namesakes() -> ExtractionRecord:
    """Two people sharing one name, told apart by a disambiguator, each with a post."""
    b = RecordBuilder("namesakes.txt")
    b.entity("x", "Person", NAMESAKE, disambiguator="甲").entity("y", "Person", NAMESAKE, disambiguator="乙")
    b.entity("o", "Organization", ORGANISER).entity("u", "Organization", UNDERTAKER)
    b.fact("HOLDS_POSITION", "x", "o", f"{ORGANISER}主任{NAMESAKE}。", titles=["主任"])
    b.fact("HOLDS_POSITION", "y", "u", f"{UNDERTAKER}教授{NAMESAKE}。", titles=["教授"])
    return b.build()


@pytest.fixture
def asker(store: GraphStore) -> Iterator[Asker]:
    store.write_records([*corpus(), namesakes()])
    yield Asker(store)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        (f"{FORUM_ALIAS}的协办单位有哪些？", [CO_ORGANISER]),
        (f"{CO_ORGANISER}协办了哪些活动", [FORUM]),
        (f"{FORUM}是谁支持的", [SUPPORTER]),
        (f"谁承办了{FORUM_ALIAS}", [UNDERTAKER]),
        (f"谁在{FORUM_ALIAS}上作了主旨发言？", [PERSON_A]),
        (f"哪些人在{FORUM}上致辞", [PERSON_B]),
        (f"{PERSON_A}获得过哪些荣誉", [HONOR]),
        (f"2020年谁获得了{HONOR}", [PERSON_A]),
        (f"{ALLIANCE}是由哪些单位发起成立的", [ORGANISER]),
        (f"{ALLIANCE}有哪些成员", [UNDERTAKER]),
        (f"{FORUM}在哪里举行", [PLACE]),
        (f"{ORGANISER}的副主席是谁", [PERSON_A]),
        (f"{PERSON_A}和{PERSON_B}有什么关系", [FORUM]),
    ],
)
def test_each_kind_over_invented_names(asker: Asker, question: str, answers: list[str]) -> None:
    answer = asker.ask(question)
    assert answer.understood, answer.answer
    assert sorted(answer.answers) == sorted(answers), answer.answer
    assert all(f.evidence for f in answer.facts)


def test_a_shared_name_gets_candidates_and_a_key_answers(asker: Asker) -> None:
    answer = asker.ask(f"{NAMESAKE}担任什么职务？")
    assert answer.answers == [] and answer.cypher is None
    assert {(c.name, c.key) for c in answer.candidates} == {(NAMESAKE, f"{NAMESAKE}#甲"), (NAMESAKE, f"{NAMESAKE}#乙")}
    again = asker.ask(f"{NAMESAKE}#乙担任什么职务？")
    assert again.answers == [UNDERTAKER] and again.facts[0].titles == ["教授"]


def test_a_new_fact_is_answered_after_a_write(asker: Asker, store: GraphStore) -> None:
    assert asker.ask("谁获得了测试新星奖").answers == []
    b = RecordBuilder("later.txt").entity("p", "Person", "试己").entity("h", "Honor", "测试新星奖")
    store.write_records([b.fact("HOLDS_HONOR", "p", "h", "试己获得测试新星奖。").build()])
    assert asker.ask("谁获得了测试新星奖").answers == ["试己"]


def test_an_honour_is_answered_with_its_year_and_edition(asker: Asker) -> None:
    answer = asker.ask("试丁获得过哪些荣誉？")
    assert answer.answers == ["测试技术能手"]
    assert (answer.facts[0].year, answer.facts[0].edition) == (2019, 3)
