"""Constructions of the seventeenth round (from the misses of union and craftsman news from several web
sources, pagesblind5), each on a short invented text: photo credits run into the text after them, a
column label before a headline, a union's quoted campaign, speakers who take the stage, titles of a
chain that name a contest won or an honour a company confers, a report heard, and units that speak."""

import pytest

from tests.extract_helpers import extract, facts, names

_CAPTIONED = (
    "“东岭工匠创新联盟”年度大会在东岭举行。东岭网记者 洪一舟 摄6月8日，“东岭工匠创新联盟”年度大会在东岭隆重举行。\n\n"
    "东岭市委副书记柯明远致辞。东岭网记者 洪一舟 摄东岭海员工会、东岭市总工会相关负责同志参加会议。"
)


def test_a_photo_credit_run_into_the_next_sentence_is_no_part_of_a_unit_after_it():
    record = extract(_CAPTIONED)
    units = names(record, "Organization")
    assert "东岭海员工会" in units
    assert not any("摄" in unit for unit in units)


def test_the_photographer_of_a_credit_run_into_the_text_is_a_byline_person():
    record = extract(_CAPTIONED)
    assert "洪一舟" in names(record, "Person")
    assert not [fact for fact in facts(record, "PARTICIPATED_IN") if fact[0] == "洪一舟"]


def test_a_credit_at_the_end_of_its_line_or_in_brackets_changes_nothing():
    record = extract(
        "东岭市总工会召开年度大会。（东岭网记者 洪一舟 摄）\n东岭市总工会主席柯明远讲话。东岭网记者 洪一舟 摄"
    )
    assert ("柯明远", "东岭市总工会") in facts(record, "HOLDS_POSITION")


def test_a_column_label_in_brackets_before_a_headline_is_no_part_of_the_organiser():
    record = extract("【东岭日报】东岭省总工会“巾帼劳模进校园”宣讲活动举办\n\n3月21日下午，宣讲活动走进东岭开放大学。")
    assert "东岭省总工会" in {head for head, _event in facts(record, "ORGANIZED")}
    assert not any(unit.startswith("【") for unit in names(record, "Organization"))


def test_a_campaign_named_after_the_union_that_runs_it_is_one_event_with_its_body_form():
    record = extract(
        "东岭省总工会“巾帼劳模进校园”宣讲活动举办\n\n"
        "3月21日下午，由东岭省总工会主办的“奋进新征程——巾帼劳模进校园”宣讲活动走进东岭开放大学。"
    )
    assert len(names(record, "Forum")) == 1


def test_those_listed_who_take_the_stage_and_tell_their_story_speak_at_the_event():
    record = extract(
        "标题\n\n3月21日下午，东岭省总工会“巾帼劳模进校园”宣讲活动在东岭开放大学举行。活动邀请全国劳动模范、"
        "东岭地铁运营有限公司站长柯雨桐，全国五一劳动奖章获得者、东岭电气化局突击队队长祁若兰等2位巾帼劳模代表"
        "一一登台，结合自身成长经历，动情讲述了她们的奋斗故事。"
    )
    spoke = facts(record, "SPOKE_AT")
    assert {person for person, _event in spoke} == {"柯雨桐", "祁若兰"}
    assert all(props["role"] == "speech" for props in spoke.values())


def test_taking_the_stage_to_be_honoured_is_no_speech():
    record = extract("标题\n\n4月28日，东岭市劳模表彰大会在东岭会堂举行。东岭大学校长柯明远登台领奖。")
    assert not facts(record, "SPOKE_AT")


def test_a_contest_won_as_a_title_of_a_speaker_is_not_the_event_spoken_at():
    record = extract(
        "标题\n\n今天下午，东岭劳模宣讲团事迹报告会在东岭新区隆重举行。\n\n"
        "全国劳动模范、东岭钢铁公司高级技师祁远航作题为《成长》宣讲\n\n"
        "全国五一劳动奖章、东岭市连铸技能竞赛冠军、东岭钢铁公司技师柯明远作题为《信仰》宣讲"
    )
    spoke = facts(record, "SPOKE_AT")
    assert ("柯明远", "东岭劳模宣讲团事迹报告会") in spoke
    assert ("祁远航", "东岭劳模宣讲团事迹报告会") in spoke
    assert not [fact for fact in spoke if "竞赛" in fact[1]]


def test_a_prize_of_a_foundation_is_an_honour_of_its_holder():
    record = extract("全国五一劳动奖章、东岭航天基金奖获得者、东岭航天公司高级技师祁远航作报告。")
    assert ("祁远航", "东岭航天基金奖") in facts(record, "HOLDS_HONOR")


@pytest.mark.parametrize("honour", ["东钢股份工匠", "东钢集团劳模", "南钢大工匠", "东岭市突出贡献高技能人才"])
def test_a_title_a_company_or_a_level_confers_in_a_chain_before_a_name_is_an_honour(honour: str):
    record = extract(f"全国五一劳动奖章、{honour}、东钢股份有限公司高级技师柯明远作报告。")
    assert ("柯明远", honour) in facts(record, "HOLDS_HONOR")


def test_a_chain_item_that_describes_a_worker_is_no_honour_of_a_company():
    record = extract("来自生产一线的全国劳动模范柯明远、祁远航作报告。")
    assert "生产一线的全国劳动模范" not in names(record, "Honor")


def test_a_report_heard_names_no_speaker_before_it():
    record = extract(
        "标题\n\n10月12日，全市产业工人队伍建设改革协调小组会议在东岭召开。会议传达学习了东岭省委书记柯明远关于"
        "产业工人队伍建设改革的重要指示，听取了全市推进产业工人队伍建设改革工作情况汇报。"
    )
    assert not facts(record, "SPOKE_AT")


def test_a_report_heard_from_a_person_named_in_it_is_that_persons_speech():
    record = extract(
        "标题\n\n10月12日，东岭论坛在东岭大学举行。在听取了论坛秘书处秘书祁远航关于本次论坛情况的汇报后，"
        "各举办单位代表分别作了总结发言。"
    )
    assert ("祁远航", "东岭论坛") in facts(record, "SPOKE_AT")


def test_units_counted_after_their_list_that_speak_take_part_and_lend_no_speech_to_a_person_before():
    record = extract(
        "标题\n\n10月12日，全市产业工人队伍建设改革协调小组会议在东岭召开。东岭市委副书记柯明远出席会议，"
        "市发改委、市科技局、东岭石化、东岭针织（安徽）有限公司4家单位作了交流发言。"
    )
    took_part = {unit for unit, _event in facts(record, "PARTICIPATED_IN")}
    assert {"市发改委", "市科技局", "东岭石化", "东岭针织（安徽）有限公司"} <= took_part
    assert not facts(record, "SPOKE_AT")


def test_a_body_named_by_two_fields_joined_by_and_is_not_cut_to_its_second_field():
    record = extract("此次大赛经人力资源和社会保障部批准，由东岭矿业联合会主办。")
    assert "社会保障部" not in names(record, "Organization")


def test_a_unit_and_a_body_joined_by_and_stay_two_units():
    record = extract("东岭大学和西岭矿业联合会共同主办本次论坛。")
    assert {"东岭大学", "西岭矿业联合会"} <= names(record, "Organization")


def test_a_place_ends_before_the_first_of_two_predicates_joined_by_bing():
    record = extract("标题\n\n12月19日，东岭工匠培训学院在东岭正式成立并举行成立大会。")
    assert names(record, "Place") == {"东岭"}
