"""Records become rows with the property types both stores declare."""

import pytest

from graph.errors import InputError
from graph.model import ExtractionRecord
from graph.rows import build_batch


def _record(**props: object) -> ExtractionRecord:
    return ExtractionRecord.model_validate(
        {
            "doc": "a.txt",
            "sha256": "0" * 64,
            "text": "张三获第三届南湖大工匠称号。",
            "entities": [
                {"id": "p", "type": "Person", "name": "张三"},
                {"id": "h", "type": "Honor", "name": "南湖大工匠"},
            ],
            "relations": [
                {"type": "HOLDS_HONOR", "head": "p", "tail": "h", "properties": props,
                 "evidence": {"text": "张三获第三届南湖大工匠称号。", "start": 0, "end": 14}},
            ],
        }
    )


def _honour_row(**props: object) -> dict[str, object]:
    batch = build_batch([_record(**props)], "https://example.org/id/")
    [row] = batch.rels[("HOLDS_HONOR", "Person", "Honor")]
    return row.props


@pytest.mark.parametrize(
    ("props", "year", "edition"),
    [
        ({"edition": 3}, None, 3),
        ({"edition": "第三届"}, None, 3),
        ({"edition": "2017-2019年度"}, 2019, None),
        ({"year": "2022年度"}, 2022, None),
        ({"year": 2021, "edition": "第2批"}, 2021, 2),
    ],
)
def test_year_and_edition_are_integers_whatever_form_the_record_writes(props, year, edition):
    row = _honour_row(**props)
    assert (row["year"], row["edition"]) == (year, edition)


def test_an_unreadable_edition_names_the_document_and_the_value():
    with pytest.raises(InputError, match=r"a\.txt: HOLDS_HONOR edition '很多届'"):
        _honour_row(edition="很多届")
