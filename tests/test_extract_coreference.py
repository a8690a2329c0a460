"""Coreference inside a section: generic and deictic units (厂, 该厂, 工作室, 联盟理事会), pronouns for the
person a section is about, profile blocks headed by a name, and honours given clause by clause."""

from tests.extract_helpers import extract, facts, names

# -- generic and deictic units -------------------------------------------------------------------------


def test_bare_plant_before_a_title_is_the_plant_of_the_report():
    rec = extract("云岭机床厂厂长庞嘉树主持比武。厂党委书记柏文涛出席并讲话。")
    assert facts(rec, "HOLDS_POSITION")[("柏文涛", "云岭机床厂")]["titles"] == ["党委书记"]


def test_deictic_plant_is_the_plant_named_before_and_no_organisation_of_its_own():
    rec = extract("云岭机床厂厂长庞嘉树主持比武。该厂副厂长柏文涛出席。")
    assert facts(rec, "HOLDS_POSITION")[("柏文涛", "云岭机床厂")]["titles"] == ["副厂长"]
    assert "该厂" not in names(rec, "Organization")


def test_deictic_unit_with_nothing_to_refer_to_gives_no_organisation():
    rec = extract("会上，该厂副厂长柏文涛出席。")
    assert names(rec, "Organization") == set()
    assert facts(rec, "HOLDS_POSITION") == {}


def test_member_of_the_studio_is_a_member_of_the_studio_the_report_names():
    rec = extract("北辰船舶集团成立沈砚青劳模创新工作室。工作室成员蒋秋禾说，要把经验传下去。蒋秋禾表示，要努力。")
    assert ("蒋秋禾", "沈砚青劳模创新工作室") in facts(rec, "MEMBER_OF")


def test_leader_of_a_studio_named_by_its_kind_leads_the_named_studio():
    rec = extract("北辰船舶集团成立沈砚青劳模创新工作室。劳模工作室带头人沈砚青介绍了攻关经验。")
    assert facts(rec, "MEMBER_OF")[("沈砚青", "沈砚青劳模创新工作室")]["role_text"] == "领衔"


def test_alliance_board_is_the_alliance_and_no_organisation():
    rec = extract("澄湖焊接技术联盟在澄湖成立。柏文涛当选为联盟理事会理事长。")
    assert ("柏文涛", "澄湖焊接技术联盟") in facts(rec, "MEMBER_OF")
    assert "联盟理事会" not in names(rec, "Organization")


def test_member_noun_inside_a_chain_is_a_membership():
    rec = extract("北辰大学焊接创新团队成员、北辰大学研究生蒋秋禾说：“我们要努力。”")
    assert ("蒋秋禾", "北辰大学焊接创新团队") in facts(rec, "MEMBER_OF")


# -- pronouns for the person the section is about ---------------------------------------------------------


def test_pronoun_takes_the_subject_of_the_section_not_the_last_name():
    rec = extract("庞嘉树是翠峰钢铁公司高级技师。他带着徒弟蒋秋禾攻克了难题。2021年，他荣获全国五一劳动奖章。")
    honours = facts(rec, "HOLDS_HONOR")
    assert honours[("庞嘉树", "全国五一劳动奖章")]["year"] == 2021
    assert ("蒋秋禾", "全国五一劳动奖章") not in honours


def test_pronoun_entering_a_published_list_holds_the_honour_of_the_list():
    rec = extract("蒋秋禾是北辰船舶集团焊接技师。她入选“澄湖市高技能领军人才”名单。")
    assert ("蒋秋禾", "澄湖市高技能领军人才") in facts(rec, "HOLDS_HONOR")


def test_pronoun_taking_part_in_an_event_is_the_profiled_person():
    rec = extract(
        "6月5日，第五届澄湖工匠论坛在澄湖举行。庞嘉树是翠峰钢铁公司高级技师。此后，他参加了第五届澄湖工匠论坛。"
    )
    assert ("庞嘉树", "第五届澄湖工匠论坛") in facts(rec, "PARTICIPATED_IN")


# -- profile blocks ------------------------------------------------------------------------------------------


def test_name_heading_then_a_line_without_subject_gives_post_and_honour():
    rec = extract("★柏文涛\n\n翠峰钢铁公司轧钢车间甲班班长，全国五一劳动奖章获得者。从业二十多年来，他带出了一批骨干。")
    assert "柏文涛" in names(rec, "Person")
    assert facts(rec, "HOLDS_POSITION")[("柏文涛", "翠峰钢铁公司轧钢车间甲班")]["titles"] == ["班长"]
    assert ("柏文涛", "全国五一劳动奖章") in facts(rec, "HOLDS_HONOR")


def test_each_profile_block_keeps_its_own_person_for_its_pronouns():
    rec = extract(
        "◆蒋秋禾\n北辰船舶集团焊接班班长，全国劳动模范。\n2020年，她荣获全国技术能手称号。\n"
        "◆庞嘉树\n翠峰钢铁公司轧钢车间主任，全国五一劳动奖章获得者。\n2019年，他荣获全国青年岗位能手称号。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert {("蒋秋禾", "全国劳动模范"), ("蒋秋禾", "全国技术能手")} <= honours.keys()
    assert {("庞嘉树", "全国五一劳动奖章"), ("庞嘉树", "全国青年岗位能手")} <= honours.keys()
    assert ("蒋秋禾", "全国青年岗位能手") not in honours


# -- honours clause by clause -----------------------------------------------------------------------------


def test_collectives_of_the_second_clause_hold_its_honour():
    rec = extract(
        "北辰市总工会推荐的柏文涛、蒋秋禾荣获全国五一劳动奖章，"
        "翠峰钢铁公司轧钢车间、北辰船舶集团焊接班荣获全国工人先锋号。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert {("翠峰钢铁公司轧钢车间", "全国工人先锋号"), ("北辰船舶集团焊接班", "全国工人先锋号")} <= honours.keys()
    assert ("蒋秋禾", "全国工人先锋号") not in honours


def test_honour_set_off_by_a_comma_before_the_chain_is_the_persons():
    rec = extract("全国劳动模范，翠峰钢铁公司轧钢车间主任庞嘉树说：“要把技术传下去。”")
    assert ("庞嘉树", "全国劳动模范") in facts(rec, "HOLDS_HONOR")


def test_copula_after_a_comma_gives_the_position():
    rec = extract("今年52岁的沈砚青，是北辰船舶集团焊接高级技师。沈砚青表示，要努力。")
    assert ("沈砚青", "北辰船舶集团") in facts(rec, "HOLDS_POSITION")
