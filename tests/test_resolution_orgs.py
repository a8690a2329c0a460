"""Organisation names: the alias table and the rules of graph.resolution.orgs."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.resolution.data import default_vocabulary
from graph.resolution.orgs import OrgNames


@pytest.fixture(scope="module")
def orgs() -> OrgNames:
    return OrgNames(default_vocabulary())


@pytest.mark.parametrize("written", ["全国总工会", "全总", "中华全国总工会"])
def test_forms_of_the_national_union_share_one_canonical_name(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).name == "中华全国总工会"


def test_an_abbreviated_enterprise_reads_as_its_registered_name(orgs: OrgNames) -> None:
    assert orgs.canonical("中国一汽").name == "中国第一汽车集团有限公司"


def test_a_table_rewrite_names_the_rule_and_the_table_row(orgs: OrgNames) -> None:
    note = orgs.canonical("全总").notes[0]
    assert (note.rule, "org_aliases.tsv" in note.evidence) == ("org-alias-table", True)


def test_the_unprefixed_form_of_a_zhonghua_name_is_reported_as_such(orgs: OrgNames) -> None:
    assert [n.rule for n in orgs.canonical("全国妇女联合会").notes] == ["zhonghua-prefix"]


def test_an_abbreviation_opening_a_sub_unit_expands(orgs: OrgNames) -> None:
    assert orgs.canonical("全总青松艺术团").name == "中华全国总工会青松艺术团"


@pytest.mark.parametrize("written", ["中国石油大学", "中国移动通信有限公司研究院", "中国石油学院"])
def test_a_listed_prefix_followed_by_a_school_or_a_company_is_left_alone(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).name == written


@pytest.mark.parametrize("written", ["星河精工集团有限公司", "星河精工集团股份有限公司", "星河精工集团公司",
                                     "星河精工集团"])
def test_legal_forms_after_group_collapse(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).name == "星河精工集团"


def test_a_company_without_group_keeps_its_legal_form(orgs: OrgNames) -> None:
    assert orgs.canonical("星河精工股份有限公司").name == "星河精工股份有限公司"


def test_a_regional_union_without_its_level_word_gets_it(orgs: OrgNames) -> None:
    assert orgs.canonical("湖南总工会").name == "湖南省总工会"


def test_a_university_never_gets_a_level_word(orgs: OrgNames) -> None:
    assert orgs.canonical("湖南大学").name == "湖南大学"


@pytest.mark.parametrize("written", ["青山市委", "中共青山市委"])
def test_a_party_committee_of_a_place_is_written_with_zhonggong(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).name == "中共青山市委"


@pytest.mark.parametrize("written", ["我校", "校工会", "市委", "省工商联", "集团公司", "学院", "大会组委会"])
def test_relative_and_generic_names_are_document_local(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).document_local


@pytest.mark.parametrize("written", ["市场监督管理研究院", "湖南大学", "中华全国总工会"])
def test_named_bodies_are_not_document_local(orgs: OrgNames, written: str) -> None:
    assert not orgs.canonical(written).document_local


def test_full_width_brackets_read_as_ascii(orgs: OrgNames) -> None:
    assert orgs.canonical("星河（中国）有限公司").name == "星河(中国)有限公司"


NAME_CHARS = st.sampled_from(list("星河精工集团有限股份公司全国总工会中华省市北京湖南大学研究院所部委我校（）() 　“”"))


@given(st.text(NAME_CHARS, min_size=1, max_size=16))
def test_canonical_names_are_fixed_points(written: str) -> None:
    orgs = OrgNames(default_vocabulary())
    once = orgs.canonical(written).name
    assert orgs.canonical(once).name == once


@given(st.text(NAME_CHARS, min_size=1, max_size=16))
def test_canonical_names_ignore_spaces(written: str) -> None:
    orgs = OrgNames(default_vocabulary())
    assert orgs.canonical(written).name == orgs.canonical(written.replace(" ", "").replace("　", "")).name


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("东海市妇联", "东海市妇女联合会"),
        ("东海省人社厅", "东海省人力资源和社会保障厅"),
        ("东海市科协", "东海市科学技术协会"),
    ],
)
def test_a_regional_body_written_short_reads_as_its_full_name(orgs: OrgNames, written: str, full: str) -> None:
    resolved = orgs.canonical(written)
    assert resolved.name == full and resolved.notes[0].rule == "body-abbreviation"


def test_a_body_abbreviation_alone_names_no_region_and_stays(orgs: OrgNames) -> None:
    assert orgs.canonical("妇联").name == "妇联"


@pytest.mark.parametrize("written", ["中国石油集团", "中国石油集团公司", "中国石油", "中石油"])
def test_short_forms_of_a_listed_enterprise_group_share_its_registered_name(orgs: OrgNames, written: str) -> None:
    assert orgs.canonical(written).name == "中国石油天然气集团有限公司"
