"""Constructions of the fifth round, each on a short invented sentence: units whose names join two fields
by 与 (人文与艺术学院), kept whole as names and as organisers."""

from tests.extract_helpers import extract, facts, names


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


# -- A与B学院: one unit, two fields --------------------------------------------------------------------------


def test_college_joining_two_fields_is_one_unit():
    assert _orgs("3月5日，历史与文化学院在图书馆召开教职工大会。") == {"历史与文化学院"}


def test_college_joining_two_fields_organises_as_one_unit():
    record = extract("3月5日，历史与文化学院在图书馆召开教职工大会。")
    assert set(facts(record, "ORGANIZED")) == {("历史与文化学院", "教职工大会")}


def test_two_colleges_joining_fields_in_a_list_stay_two_organisers():
    record = extract("能源与环境学院和数学与统计学院联合举办青年教师教学比赛。")
    assert set(facts(record, "ORGANIZED")) == {
        ("能源与环境学院", "青年教师教学比赛"),
        ("数学与统计学院", "青年教师教学比赛"),
    }


def test_two_units_joined_by_yu_stay_two():
    record = extract("区总工会与区人社局联合举办职业技能大赛。")
    assert set(facts(record, "ORGANIZED")) == {("区总工会", "职业技能大赛"), ("区人社局", "职业技能大赛")}


def test_people_joined_to_a_college_are_no_part_of_its_name():
    assert "教师与外语学院" not in _orgs("退休教师与外语学院师生代表座谈交流。")
