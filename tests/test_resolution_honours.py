"""Honour names: short forms, editions and years (graph.resolution.honours)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.resolution.data import default_vocabulary
from graph.resolution.honours import HonourNames


@pytest.fixture(scope="module")
def honours() -> HonourNames:
    return HonourNames(default_vocabulary())


def test_the_national_short_form_reads_in_full(honours: HonourNames) -> None:
    assert honours.canonical("全国劳模").name == "全国劳动模范"


def test_a_trailing_laomo_reads_laodong_mofan(honours: HonourNames) -> None:
    assert honours.canonical("青山市劳模").name == "青山市劳动模范"


def test_an_edition_prefix_becomes_the_edition(honours: HonourNames) -> None:
    honour = honours.canonical("第三届青山大工匠")
    assert (honour.name, honour.edition) == ("青山大工匠", 3)


def test_a_year_range_gives_its_last_year(honours: HonourNames) -> None:
    honour = honours.canonical("2017-2019年度青山市优秀工会工作者")
    assert (honour.name, honour.year) == ("青山市优秀工会工作者", 2019)


def test_year_and_edition_can_both_be_written(honours: HonourNames) -> None:
    honour = honours.canonical("2022年度第十二届青山工匠")
    assert (honour.name, honour.year, honour.edition) == ("青山工匠", 2022, 12)


def test_a_title_suffix_is_dropped(honours: HonourNames) -> None:
    assert honours.canonical("青山市劳动模范荣誉称号").name == "青山市劳动模范"


def test_the_province_wide_form_equals_the_provincial_form(honours: HonourNames) -> None:
    assert honours.canonical("全省劳动模范").name == honours.canonical("省劳动模范").name


def test_an_honour_of_an_unnamed_province_is_document_local(honours: HonourNames) -> None:
    assert honours.canonical("省劳动模范").document_local


def test_a_national_honour_is_not_document_local(honours: HonourNames) -> None:
    assert not honours.canonical("全国劳动模范").document_local


HONOUR_CHARS = st.sampled_from(list("第一二三十届批2019-年度全国省市青山劳模动范工匠荣誉称号五奖章 "))


@given(st.text(HONOUR_CHARS, min_size=1, max_size=20))
def test_canonical_honours_are_fixed_points(written: str) -> None:
    honours = HonourNames(default_vocabulary())
    once = honours.canonical(written).name
    assert honours.canonical(once).name == once

