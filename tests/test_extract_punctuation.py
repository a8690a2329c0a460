"""Half-width punctuation in Chinese prose is read as full-width; the record keeps the document's own text."""

from hypothesis import given
from hypothesis import strategies as st

from loaders.extract.punctuation import full_width_in_chinese
from tests.extract_helpers import extract, facts, names

MIXED = st.text(alphabet=st.sampled_from(list("林某东海公司技师,;:?!()12 ab，。、“”\n")), max_size=40)


@given(MIXED)
def test_the_copy_has_the_same_length(text: str) -> None:
    assert len(full_width_in_chinese(text)) == len(text)


@given(MIXED)
def test_only_half_width_marks_change(text: str) -> None:
    for before, after in zip(text, full_width_in_chinese(text), strict=True):
        assert before == after or before in ",;:?!()"


@given(MIXED)
def test_reading_twice_changes_nothing_more(text: str) -> None:
    once = full_width_in_chinese(text)
    assert full_width_in_chinese(once) == once


@given(st.text(alphabet=st.sampled_from(list("abc 12,;:?!()")), max_size=30))
def test_text_without_chinese_is_kept(text: str) -> None:
    assert full_width_in_chinese(text) == text


def test_marks_between_digits_or_latin_letters_are_kept() -> None:
    assert full_width_in_chinese("共1,200人,10:30开会(CEO)") == "共1,200人，10:30开会(CEO)"


def test_a_bracket_pair_around_chinese_becomes_full_width() -> None:
    assert full_width_in_chinese("31个省(区、市)") == "31个省（区、市）"


def test_a_report_with_half_width_commas_gives_the_facts_of_the_full_width_one() -> None:
    full = "标题\n\n比如来自东湖环保科技股份有限公司的陈若妹，从事一线工作28年，是东湖省劳动模范。"
    half = full.replace("，", ",")
    assert names(extract(half), "Person") == names(extract(full), "Person") == {"陈若妹"}
    assert facts(extract(half), "HOLDS_HONOR").keys() == facts(extract(full), "HOLDS_HONOR").keys()


def test_evidence_is_the_documents_own_text() -> None:
    text = "标题\n\n东湖市总工会主席林若川出席会议,并讲话。"
    record = extract(text)
    assert record.relations
    for relation in record.relations:
        ev = relation.evidence
        assert ev is not None and ev.text == record.text[ev.start : ev.end]
        assert "," in ev.text
