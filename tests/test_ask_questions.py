"""Ask in Chinese: the question set of ``ask_questions.tsv`` answered from the seed, dev and dev2 graph on
each store, and what every answer promises (facts with evidence at their offsets, the named query and
its parameters, suggestions, candidates, questions it can answer, nothing from a guess)."""

from collections import Counter

import pytest

from api.ask import AskAnswer
from api.ask.guard import MAX_CHARS, QuestionError
from queries.catalogue import get_query

from .ask_corpus import AskStore, ask_store, questions

__all__ = ["ask_store"]

ACCURACY = 0.95
KINDS = {
    "speakers_of_forum", "participants_of_event", "forums_spoken_at", "forums_of_person", "honors_of_holder",
    "holders_of_honor", "positions_of_person", "people_of_organization", "organisers_of_event",
    "founders_of_alliance", "members_of_alliance", "venue_of_forum", "dates_of_forum", "events_of_organiser",
    "connection",
}


def test_the_question_set_covers_every_kind_with_unanswerable_ones() -> None:
    qs = questions()
    kinds = Counter(q.kind for q in qs)
    assert len(qs) >= 150
    assert kinds.keys() >= KINDS, KINDS - kinds.keys()
    assert kinds["unanswerable"] >= 20
    assert len({q.text for q in qs}) == len(qs), "a question is listed twice"


def test_the_question_set_is_answered_right(ask_store: AskStore) -> None:
    qs = questions()
    surfaces = ask_store.surfaces
    wrong = []
    for q in qs:
        answer = ask_store.asker.ask(q.text)
        if not ask_store.same(q.expected, answer.answers, surfaces):
            wrong.append(f"{q.text}: expected {sorted(q.expected)}, got {answer.answers} ({answer.answer})")
    accuracy = 1 - len(wrong) / len(qs)
    print(f"ask accuracy on {ask_store.kind}: {accuracy:.3f} ({len(qs) - len(wrong)}/{len(qs)})", *wrong, sep="\n")
    assert accuracy >= ACCURACY, "\n".join(wrong)


def test_unanswerable_questions_answer_nothing(ask_store: AskStore) -> None:
    for q in questions():
        if q.kind == "unanswerable":
            answer = ask_store.asker.ask(q.text)
            assert answer.answers == [] and answer.facts == [] and answer.cypher is None, q.text


def _document_text(ask_store: AskStore, doc: str) -> str:
    rows = ask_store.store.run("MATCH (d:Document) WHERE d.key = $k RETURN d.text AS text", {"k": doc}).records()
    return rows[0]["text"]


@pytest.mark.parametrize(
    "question",
    ["谁在巾帼工匠论坛上作了主旨发言？", "黄宇红获得过哪些荣誉", "王晓君担任什么职务", "黄宇红和王晓君有什么关系",
     "大国工匠论坛是什么时候举行的"],
)
def test_every_fact_quotes_its_evidence_at_its_offsets(ask_store: AskStore, question: str) -> None:
    answer = ask_store.asker.ask(question)
    assert answer.understood and answer.facts
    for fact in answer.facts:
        assert fact.evidence
        for ev in fact.evidence:
            assert _document_text(ask_store, ev.doc)[ev.start : ev.end] == ev.sentence
            assert ev.source and ev.extractor


def test_keynote_speakers_carry_their_role_and_the_named_query(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("谁在巾帼工匠论坛上作了主旨发言？")
    assert answer.kind == "speakers_of_forum" and answer.filters == {"role": "keynote"}
    assert {f.role for f in answer.facts} == {"keynote"}
    assert {f.target.name for f in answer.facts if f.target} == {"第二届巾帼工匠论坛"}
    assert answer.cypher == get_query("speaker_facts_of_forum", ask_store.store.name).text
    assert answer.params == {"key": "第二届巾帼工匠论坛"}
    assert "巾帼" not in answer.cypher, "the question text reached the query text"
    rows = ask_store.store.run(answer.cypher, answer.params).records()
    assert {r["other_name"] for r in rows if r["role"] == "keynote"} == set(answer.answers)


def test_an_honour_year_is_in_the_facts_and_filters_holders(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("2010年谁获得了全国五一劳动奖章")
    assert answer.answers == ["刘正全"] and answer.filters == {"year": 2010}
    assert [str(f.year) for f in answer.facts] == ["2010"]


def test_positions_carry_the_titles(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("王晓君担任什么职务？")
    assert answer.facts[0].titles == ["副司长", "一级巡视员"]
    assert "副司长" in answer.answer


def test_an_unknown_name_gets_suggestions_and_no_answer(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("第三届巾帼工匠论坛上谁发言？")
    assert answer.answers == [] and answer.cypher is None
    assert "第二届巾帼工匠论坛" in answer.suggestions
    assert "第三届巾帼工匠论坛" in answer.answer


def test_a_question_not_understood_offers_answerable_questions(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("黄宇红喜欢吃什么？")
    assert not answer.understood and answer.answers == []
    assert 1 <= len(answer.questions) <= 5
    assert [e.name for e in answer.entities] == ["黄宇红"]
    for offered in answer.questions:
        assert "黄宇红" in offered
        assert ask_store.asker.ask(offered).answers, offered


def test_a_short_form_one_name_holds_is_linked(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("资本论论坛的主办单位有哪些")
    assert answer.entities[0].name == "第二届全国马克思主义理论学科学生《资本论》论坛"
    assert "中国《资本论》研究会" in answer.answers


def test_answers_are_json_ready(ask_store: AskStore) -> None:
    answer = ask_store.asker.ask("哪些单位主办了第二届巾帼工匠论坛？")
    assert AskAnswer.model_validate_json(answer.model_dump_json()) == answer


@pytest.mark.parametrize(
    ("question", "says"),
    [("", "empty"), ("   ", "empty"), ("问" * (MAX_CHARS + 1), "at most"), ("MATCH (n) DETACH DELETE n", "Cypher"),
     ("谁在巾帼工匠论坛上发言 RETURN n", "Cypher"), ("(p:Person)-[:SPOKE_AT]->(f)", "Cypher")],
)
def test_bad_questions_are_refused(ask_store: AskStore, question: str, says: str) -> None:
    with pytest.raises(QuestionError, match=says):
        ask_store.asker.ask(question)
