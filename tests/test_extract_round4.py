"""Constructions of the fourth round, each on a short invented sentence: names that are also dictionary
words inside a list of names, groups of people read as names, a unit's representatives, units of the
home university and departments of a named body holding honours, and names that straddle an honour."""

from tests.extract_helpers import extract, facts, names


def _persons(text: str) -> set[str]:
    return names(extract(text), "Person")


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


# -- person names ----------------------------------------------------------------------------------------


def test_two_character_name_that_is_a_word_is_taken_after_another_name_in_a_list():
    assert {"韩伟", "李强"} <= _persons("会议选举产生新一届委员会，冯晓燕当选主席，韩伟、李强当选副主席。")


def test_two_character_word_alone_is_still_no_name():
    assert not _persons("文明、和谐是这次活动的主题。")


def test_inspection_group_visiting_is_no_person():
    persons = _persons("3月9日，市总工会督导组一行来我院调研职工之家建设。")
    assert "督导组" not in persons


def test_group_leader_keeps_the_post_in_the_group_and_in_its_own_body():
    positions = facts(extract("检查组组长、区总工会副主席孙建平参加座谈。"), "HOLDS_POSITION")
    assert positions[("孙建平", "区总工会")]["titles"] == ["副主席"]
    assert positions[("孙建平", "检查组")]["titles"] == ["组长"]


# -- a unit's representatives ----------------------------------------------------------------------------


def test_teachers_representative_is_a_member_of_the_unit():
    record = extract("西岭大学材料学院教师代表宋雨桐作交流发言。")
    assert ("宋雨桐", "西岭大学材料学院") in facts(record, "MEMBER_OF")


def test_staff_representative_is_a_member_of_the_company():
    assert ("何平", "南湖机械公司") in facts(extract("南湖机械公司职工代表何平发言。"), "MEMBER_OF")


def test_teacher_alone_is_still_a_post():
    positions = facts(extract("西岭大学材料学院教师宋雨桐发言。"), "HOLDS_POSITION")
    assert positions[("宋雨桐", "西岭大学材料学院")]["titles"] == ["教师"]


# -- units holding honours -------------------------------------------------------------------------------


def test_unit_of_the_home_university_holds_its_honour():
    record = extract("近日，我校后勤工会荣获“省级模范职工之家”称号。")
    assert "后勤工会" in names(record, "Organization")
    assert ("后勤工会", "省级模范职工之家") in facts(record, "HOLDS_HONOR")


def test_list_of_home_units_opens_the_clause():
    assert {"财务处", "资产处"} <= _orgs("我校财务处、资产处联合举办业务培训。")


def test_department_of_a_named_hospital_holds_its_honour():
    record = extract("南湖市第二人民医院急诊科被授予“全国工人先锋号”称号。")
    assert ("南湖市第二人民医院急诊科", "全国工人先锋号") in facts(record, "HOLDS_HONOR")


def test_department_head_holds_the_post_in_the_department():
    positions = facts(extract("南湖市第二人民医院急诊科主任梁文出席。"), "HOLDS_POSITION")
    assert positions[("梁文", "南湖市第二人民医院急诊科")]["titles"] == ["主任"]


def test_subjects_of_a_university_are_no_departments():
    assert not {o for o in _orgs("北江大学学科建设和本科教学取得新进展。") if o.endswith("科")}


# -- spans that straddle another name --------------------------------------------------------------------


def test_verb_before_an_honour_ending_like_a_studio_makes_no_organisation():
    assert not {o for o in _orgs("工会获批省级示范性劳模和工匠人才创新工作室。") if "工作室" in o}
