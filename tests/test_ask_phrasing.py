"""The ways one question is put: who-words (谁, 哪些人, 哪位, 有哪些), 在…上/在…中, 作了/做了/进行了, 获得/荣获,
担任/任职, with or without 的 and a question mark, all understood as the same kind with the same answers,
over hand-built records on each store; and the vocabulary refuses a word listed under two classes."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.ask import Asker, lexicon
from graph.errors import ConfigurationError
from graph.settings import Settings
from tests.records import ALLIANCE, FORUM, HONOR, ORGANISER, PERSON_A, PERSON_B, PLACE, UNDERTAKER, corpus

from .store_fixtures import STORE_KINDS, open_test_store

ORGANISERS = [ORGANISER, UNDERTAKER, "测试研究院", "测试集团"]  # 举办 asks for every organising relation
#: (question, kind, answers): every phrasing of a kind answers the same.
PHRASINGS = [
    *((f"{who}在{FORUM}{at}{did}发言{end}", "speakers_of_forum", [PERSON_A, PERSON_B])
      for who, at, did, end in [("谁", "上", "作了", "？"), ("哪些人", "中", "做了", ""), ("哪位", "上", "进行了", "?"),
                                ("有哪些人", "中", "", "呢？"), ("哪几位", "", "作", "")]),
    (f"在{FORUM}上作主旨发言的有谁", "speakers_of_forum", [PERSON_A]),
    (f"{FORUM}的发言嘉宾有哪些？", "speakers_of_forum", [PERSON_A, PERSON_B]),
    *((f"{PERSON_A}{verb}{what}{end}", "honors_of_holder", [HONOR])
      for verb, what, end in [("获得过", "哪些荣誉", "？"), ("荣获了", "什么称号", ""), ("获评过", "什么荣誉", "?"),
                              ("被授予", "什么称号", "")]),
    (f"{PERSON_A}的荣誉有哪些", "honors_of_holder", [HONOR]),
    *((f"{who}{verb}{HONOR}{end}", "holders_of_honor", [PERSON_A])
      for who, verb, end in [
          ("谁", "获得了", "？"), ("哪些人", "荣获", "称号"), ("哪位", "获得过", ""), ("哪几位", "荣获了", "?"),
      ]),
    *((f"{PERSON_A}{asked}", "positions_of_person", [ORGANISER])
      for asked in [
          "担任什么职务？", "担任了什么职务", "在哪个单位任职", "在哪里任职？",
          "的职务是什么", "是哪个单位的", "在哪个单位",
      ]),
    *((f"{who}在{ORGANISER}{verb}{end}", "people_of_organization", [PERSON_A])
      for who, verb, end in [("谁", "任职", "？"), ("哪些人", "工作", ""), ("哪位", "担任职务", "?")]),
    (f"{ORGANISER}的副主席是谁", "people_of_organization", [PERSON_A]),
    *((f"{FORUM}是{who}举办的{end}", "organisers_of_event", ORGANISERS)
      for who, end in [("谁", "？"), ("哪些单位", ""), ("哪个单位", "?")]),
    (f"{FORUM}是由谁主办的", "organisers_of_event", [ORGANISER]),
    (f"{ORGANISER}举办的活动有哪些", "events_of_organiser", [FORUM]),
    (f"{FORUM}是在{PLACE}举办的吗", "venue_of_forum", [PLACE]),
    (f"在{PLACE}举办的活动有哪些", "events_at_place", [FORUM]),
    (f"{UNDERTAKER}是哪个联盟的成员", "memberships_of", [ALLIANCE]),
    *((f"{PERSON_A}{joint}{PERSON_B}{asked}", "connection", [FORUM])
      for joint, asked in [("和", "有什么关系？"), ("与", "是什么关系"), ("跟", "有何关系"), ("和", "之间有联系吗?")]),
]


@pytest.fixture(scope="module", params=STORE_KINDS)
def asker(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    settings = Settings(store=request.param, db_path=tmp_path_factory.mktemp("ask-phrasing") / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as store:
        store.write_records(corpus())
        yield Asker(store, settings)


@pytest.mark.parametrize(("question", "kind", "answers"), PHRASINGS)
def test_every_phrasing_is_the_same_question(asker: Asker, question: str, kind: str, answers: list[str]) -> None:
    answer = asker.ask(question)
    assert (answer.kind, sorted(answer.answers)) == (kind, sorted(answers)), answer.answer


def test_a_word_under_two_classes_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(lexicon.DATA, data)
    with (data / "cues.tsv").open("a", encoding="utf-8") as cues:
        cues.write("POSITION\t谁\t*\n")  # 谁 is a WHO word
    monkeypatch.setattr(lexicon, "DATA", data)
    with pytest.raises(ConfigurationError, match="谁"):
        lexicon.lexicon.__wrapped__()
