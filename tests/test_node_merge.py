"""The rule for an entity several documents describe: a function of the documents, not of their order, and
one a reader can check (most documents; then the earliest publication; then the smallest value)."""

from functools import reduce
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.node_merge import (
    STATED_PROPERTIES,
    Votes,
    add_votes,
    choose,
    document_votes,
    merge_entity,
    parse_stated,
    settle,
    stated,
    stored_votes,
)

LABEL = "Person"
values = st.one_of(st.none(), st.sampled_from(["male", "female", "甲", "乙"]))
dates = st.one_of(st.none(), st.sampled_from(["2023-01-01", "2023-06-01", "2024-01-01"]))
documents = st.fixed_dictionaries(
    {
        "doc": st.uuids().map(str),
        "published": dates,
        "name": st.sampled_from(["柯远舟", "“柯远舟”"]),
        "gender": values,
        "disambiguator": values,
        "aliases": st.lists(st.text(min_size=1, max_size=4), max_size=3),
    }
)


def row_of(document: dict[str, Any]) -> tuple[dict[str, Any], Votes]:
    props = {p: document[p] for p in ("name", "gender", "disambiguator", "aliases")}
    return props, document_votes(stated(LABEL, props), document["doc"], document["published"])


def fold(docs: list[dict[str, Any]]) -> tuple[dict[str, Any], Votes]:
    """A batch: every row with the tally of all so far (what graph.rows builds)."""

    def step(acc: tuple[dict[str, Any], Votes], document: dict[str, Any]) -> tuple[dict[str, Any], Votes]:
        props, votes = row_of(document)
        tally = add_votes(acc[1], votes)
        return merge_entity(LABEL, acc[0], props, tally), tally

    return reduce(step, docs, ({}, {}))


def stored_then(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """``first`` stored, then ``second`` written as a batch: settled, or counted again when contested."""
    stored, stored_tally = fold(first)
    props, votes = fold(second)
    settled = settle(LABEL, stored, props, votes)
    return settled if settled is not None else merge_entity(LABEL, stored, props, add_votes(stored_tally, votes))


@given(st.lists(documents, min_size=1, max_size=5), st.randoms())
def test_any_order_of_the_same_documents_gives_the_same_node(docs: list[dict[str, Any]], rnd: Any) -> None:
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert fold(shuffled)[0] == fold(docs)[0]


@given(st.lists(documents, min_size=1, max_size=4), st.lists(documents, min_size=1, max_size=4))
def test_writing_in_two_batches_equals_writing_at_once(first: list[dict[str, Any]],
                                                       second: list[dict[str, Any]]) -> None:
    assert stored_then(first, second) == fold(first + second)[0]


@given(documents)
def test_a_document_merged_twice_changes_nothing(document: dict[str, Any]) -> None:
    once = fold([document])
    assert fold([document, document]) == once


@given(st.lists(documents, min_size=1, max_size=5))
def test_the_name_is_never_an_alias_and_no_form_is_lost(docs: list[dict[str, Any]]) -> None:
    merged = fold(docs)[0]
    written = {form for d in docs for form in (d["name"], *d["aliases"])}
    assert merged["name"] not in merged["aliases"]
    assert {merged["name"], *merged["aliases"]} == written


def doc(name: str, published: str | None, **props: Any) -> dict[str, Any]:
    return {"doc": name, "published": published, "name": "柯远舟", "gender": None, "disambiguator": None,
            "aliases": [], **props}


def test_a_null_never_hides_what_another_document_states() -> None:
    assert fold([doc("a", None), doc("b", None, gender="female")])[0]["gender"] == "female"


def test_the_value_most_documents_state_wins_whatever_its_order() -> None:
    docs = [doc("a", "2023-01-01", gender="female"), doc("b", "2024-01-01", gender="male"),
            doc("c", "2024-02-01", gender="male")]
    assert fold(docs)[0]["gender"] == "male"  # "female" is smaller and earlier, but one document against two


def test_a_tie_goes_to_the_earliest_published_document_then_to_the_smallest_value() -> None:
    early_male = [doc("a", "2023-01-01", gender="male"), doc("b", "2024-01-01", gender="female")]
    assert fold(early_male)[0]["gender"] == "male"
    undated_first = [doc("a", None, gender="female"), doc("b", "2024-01-01", gender="male")]
    assert fold(undated_first)[0]["gender"] == "male"  # an undated document comes after a dated one
    assert fold([doc("a", None, gender="male"), doc("b", None, gender="female")])[0]["gender"] == "female"


def test_a_stored_value_is_settled_without_counting_unless_a_new_document_contradicts_it() -> None:
    stored, _ = fold([doc("a", "2023-01-01", gender="male")])
    agreeing, agreeing_votes = row_of(doc("b", "2024-01-01", gender="male"))
    assert settle(LABEL, stored, agreeing, agreeing_votes) is not None
    contradicting, votes = row_of(doc("c", "2022-01-01", gender="female"))
    assert settle(LABEL, stored, contradicting, votes) is None


def test_a_mention_without_statements_votes_for_the_stored_values_once() -> None:
    rows = [("k", "a", "2023-01-01", ["name=柯远舟", "gender=female"]), ("k", "x", None, None)]
    votes = stored_votes(rows, {"k": {"name": "柯远舟", "gender": "male", "aliases": []}})["k"]
    assert sorted(votes["gender"]) == ["female", "male"]
    assert choose(votes["gender"]) == "female"  # a tie: the dated document first


@given(st.fixed_dictionaries({"name": st.text(min_size=1, max_size=4), "gender": values, "disambiguator": values}))
def test_stated_values_read_back_as_written(row: dict[str, Any]) -> None:
    expected = {p: row[p] for p in STATED_PROPERTIES[LABEL] if row.get(p) is not None}
    assert parse_stated(stated(LABEL, row)) == expected


def test_a_statement_without_an_equals_sign_is_refused() -> None:
    with pytest.raises(ValueError, match="property=value"):
        parse_stated(["gender"])
