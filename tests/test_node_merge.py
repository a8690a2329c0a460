"""The rule for an entity several documents describe: a function of the documents, not of their order."""

from functools import reduce
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.node_merge import STATED_PROPERTIES, merge_entity, parse_stated, stated

LABEL = "Person"
values = st.one_of(st.none(), st.text(min_size=1, max_size=4))
rows = st.fixed_dictionaries(
    {
        "name": st.text(min_size=1, max_size=4),
        "gender": values,
        "disambiguator": values,
        "aliases": st.lists(st.text(min_size=1, max_size=4), max_size=3),
    }
)


def fold(documents: list[dict[str, Any]]) -> dict[str, Any]:
    return reduce(lambda stored, row: merge_entity(LABEL, stored, row), documents, {})


@given(st.lists(rows, min_size=1, max_size=5), st.randoms())
def test_any_order_of_the_same_documents_gives_the_same_node(documents: list[dict[str, Any]], rnd: Any) -> None:
    shuffled = list(documents)
    rnd.shuffle(shuffled)
    assert fold(shuffled) == fold(documents)


@given(st.lists(rows, min_size=1, max_size=4), st.lists(rows, min_size=1, max_size=4))
def test_merging_in_two_steps_equals_merging_at_once(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> None:
    assert merge_entity(LABEL, fold(first), fold(second)) == fold(first + second)


@given(rows)
def test_a_document_merged_twice_changes_nothing(row: dict[str, Any]) -> None:
    once = fold([row])
    assert merge_entity(LABEL, once, row) == once


@given(st.lists(rows, min_size=1, max_size=5))
def test_the_name_is_never_an_alias_and_no_form_is_lost(documents: list[dict[str, Any]]) -> None:
    merged = fold(documents)
    written = {form for row in documents for form in (row["name"], *row["aliases"])}
    assert merged["name"] not in merged["aliases"]
    assert {merged["name"], *merged["aliases"]} == written


def test_a_null_never_hides_what_another_document_states() -> None:
    assert fold([{"name": "甲", "gender": None}, {"name": "甲", "gender": "female"}])["gender"] == "female"


@given(rows)
def test_stated_values_read_back_as_written(row: dict[str, Any]) -> None:
    expected = {p: row[p] for p in STATED_PROPERTIES[LABEL] if row.get(p) is not None}
    assert parse_stated(stated(LABEL, row)) == expected


def test_a_statement_without_an_equals_sign_is_refused() -> None:
    with pytest.raises(ValueError, match="property=value"):
        parse_stated(["gender"])
