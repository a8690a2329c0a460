"""Written honour qualifiers read as integers: 第三届 → edition 3, 2017-2019年度 → year 2019 (graph.qualifiers)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.qualifiers import chinese_number, leading_qualifier, read_qualifier

_DIGITS = "零一二三四五六七八九"


def _written(number: int) -> str:
    """``number`` (1-199) as a Chinese numeral, the way a report writes it (十二, 一百零五, 一百一十)."""
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    text = _DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        text += (_DIGITS[tens] if tens > 1 or hundreds else "") + "十"
    elif hundreds and ones:
        text += "零"
    return text + (_DIGITS[ones] if ones else "")


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in text)


@pytest.mark.parametrize(("text", "value"), [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105),
                                             ("12", 12), ("两", 2), ("届", None), ("", None)])
def test_chinese_numbers(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@given(st.integers(min_value=1, max_value=199))
def test_written_numbers_are_read_back(number: int) -> None:
    assert chinese_number(_written(number)) == number


@given(st.integers(min_value=1, max_value=199), st.sampled_from("届批次"), st.booleans())
def test_an_edition_is_read_whether_written_in_words_or_digits(edition: int, counter: str, words: bool) -> None:
    number = _written(edition) if words else str(edition)
    assert read_qualifier(f"第{number}{counter}") == (edition, None)


@given(st.integers(min_value=1000, max_value=2999), st.integers(min_value=0, max_value=20),
       st.sampled_from(["-", "－", "—", "–", "~", "至"]), st.sampled_from(["年", "年度"]))
def test_a_year_range_gives_its_last_year(first: int, span: int, dash: str, suffix: str) -> None:
    last = first + span
    assert read_qualifier(f"{first}{dash}{last}{suffix}") == (None, last)
    assert read_qualifier(f"{last}{suffix}") == (None, last)


@given(st.integers(min_value=0, max_value=10**6))
def test_a_bare_number_is_an_edition(number: int) -> None:
    assert read_qualifier(str(number)) == (number, None)


@given(st.sampled_from(["第三届", "第12批", "2022年度", "2017-2019年度", "7"]), st.sampled_from(["", " ", "　", "“"]))
def test_full_width_digits_spaces_and_quotes_do_not_change_the_reading(written: str, noise: str) -> None:
    expected = read_qualifier(written)
    assert expected != (None, None)
    assert read_qualifier(f"{noise}{_full_width(written)}{noise}") == expected


@given(st.text("青山大工匠劳模年度届批次一二三十百-至 ", max_size=12))
def test_a_text_opening_with_neither_di_nor_a_digit_has_no_qualifier(text: str) -> None:
    assert read_qualifier(text) == (None, None)


@given(st.sampled_from(["第三届", "第十二批", "2022年度", "2017-2019年度"]), st.text("青山大工匠劳动模范", max_size=8))
def test_a_leading_qualifier_ends_where_the_name_begins(prefix: str, name: str) -> None:
    found = leading_qualifier(prefix + name)
    assert found is not None
    assert (prefix + name)[found.end :] == name
    assert found.kind == ("edition" if prefix.startswith("第") else "year")


def test_a_name_without_a_leading_qualifier_has_none() -> None:
    assert leading_qualifier("青山大工匠第三届") is None
