"""Constructions read after the twelfth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import entity, extract, facts, names

# -- studios and the persons they are named after ------------------------------------------------------------------


def test_studio_unveiled_after_a_date_is_an_organisation():
    rec = extract("6月3日，东湖市柯明远劳模创新工作室揭牌。")
    assert "东湖市柯明远劳模创新工作室" in names(rec, "Organization")


def test_studio_formally_unveiled_is_an_organisation():
    rec = extract("6月3日，东湖市柯明远技能大师工作室正式揭牌。")
    assert "东湖市柯明远技能大师工作室" in names(rec, "Organization")


def test_unit_opening_a_studio_named_after_a_person_is_no_affiliation_of_the_person():
    rec = extract("东湖重工公司柯明远创新工作室带头人柯明远介绍了工作室情况。")
    assert ("柯明远", "东湖重工公司") not in facts(rec, "MEMBER_OF")
    assert ("柯明远", "东湖重工公司柯明远创新工作室") in facts(rec, "MEMBER_OF")


# -- elections -------------------------------------------------------------------------------------------------------


def test_person_elected_after_the_body_is_named_holds_the_post_in_it():
    rec = extract("大会选举产生了南岭市总工会第九届委员会，林明华当选主席，吴丽娜当选副主席。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "南岭市总工会第九届委员会")]["titles"] == ["主席"]
    assert posts[("吴丽娜", "南岭市总工会第九届委员会")]["titles"] == ["副主席"]


def test_body_chosen_by_a_meeting_starts_after_the_verb():
    rec = extract("会议推选出南岭市劳模协会第一届理事会，林明华当选会长。")
    assert "南岭市劳模协会第一届理事会" in names(rec, "Organization")
    assert not any(n.startswith("出") for n in names(rec, "Organization"))


# -- where a person comes from ---------------------------------------------------------------------------------------


def test_person_coming_from_a_unit_is_a_member_of_it():
    rec = extract("吴丽娜来自南岭纺织集团，是一名挡车工。")
    assert ("吴丽娜", "南岭纺织集团") in facts(rec, "MEMBER_OF")


def test_posts_after_coming_from_a_unit_are_held_at_the_unit():
    rec = extract("林明华来自南岭机械股份有限公司，任生产部经理。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "南岭机械股份有限公司")]["titles"] == ["生产部经理"]
    assert "生产部" not in names(rec, "Organization")


# -- events and campaigns named as written -------------------------------------------------------------------------


def test_quoted_activity_with_its_year_and_region_is_named_whole():
    rec = extract("3月12日，南岭市总工会主办的2026年岭东“巾帼劳模宣讲”活动在南岭大学举行。")
    activity = entity(rec, "2026年岭东“巾帼劳模宣讲”活动")
    assert activity.type == "Forum"
    assert "巾帼劳模宣讲" in activity.aliases
    assert ("南岭市总工会", "2026年岭东“巾帼劳模宣讲”活动") in facts(rec, "ORGANIZED")


def test_year_before_a_verb_is_no_part_of_the_activity():
    rec = extract("2024年开展“劳模工匠进社区”活动。")
    assert "“劳模工匠进社区”活动" in names(rec, "Program")


# -- organisers ------------------------------------------------------------------------------------------------------


def test_unit_joined_by_a_list_of_federations_organises_with_them():
    rec = extract("本次大赛由南岭省总工会携手西江工会联合会、北屿工会联合总会共同主办。")
    organisers = {head for head, _ in facts(rec, "ORGANIZED")}
    assert organisers == {"南岭省总工会", "西江工会联合会", "北屿工会联合总会"}
    assert "北屿工会" not in names(rec, "Organization")


# -- posts -----------------------------------------------------------------------------------------------------------


def test_bare_department_after_a_committee_seat_is_part_of_the_title():
    rec = extract("南岭市委常委、宣传部部长吴丽娜出席。")
    assert facts(rec, "HOLDS_POSITION")[("吴丽娜", "南岭市委")]["titles"] == ["常委", "宣传部部长"]


def test_department_with_its_own_prefix_stays_a_unit():
    rec = extract("南岭市委常委、市委宣传部部长吴丽娜出席。")
    assert facts(rec, "HOLDS_POSITION")[("吴丽娜", "市委宣传部")]["titles"] == ["部长"]


# -- talks and taking part ------------------------------------------------------------------------------------------


def test_summing_up_a_contest_is_a_speech():
    rec = extract("7月6日，南岭省第一届职业技能大赛闭幕式在南岭大剧院举行。南岭省人社厅厅长柯明远作大赛总结。")
    assert facts(rec, "SPOKE_AT")[("柯明远", "南岭省第一届职业技能大赛")]["role"] == "speech"


def test_declaring_a_contest_closed_is_taking_part():
    rec = extract("7月6日，南岭省第一届职业技能大赛闭幕式在南岭大剧院举行。南岭省总工会主席林明华宣布大赛闭幕。")
    assert ("林明华", "南岭省第一届职业技能大赛") in facts(rec, "PARTICIPATED_IN")


def test_exchange_with_those_attending_is_a_discussion_not_attendance():
    rec = extract(
        "4月9日，南岭市总工会召开劳模座谈会。座谈会上，全国劳动模范林明华也与出席座谈会的代表进行了互动交流。"
    )
    assert facts(rec, "SPOKE_AT")[("林明华", "劳模座谈会")]["role"] == "discussion"
    assert ("林明华", "劳模座谈会") not in facts(rec, "PARTICIPATED_IN")


# -- names after units -------------------------------------------------------------------------------------------


def test_person_named_right_after_a_police_station_is_found():
    rec = extract("活动邀请了南岭派出所何丽萍、南岭电信公司蔡明真出席。")
    assert {"何丽萍", "蔡明真"} <= names(rec, "Person")
    assert ("何丽萍", "南岭派出所") in facts(rec, "MEMBER_OF")


def test_post_taken_up_as_one_office_is_held():
    rec = extract("会上投票选出林明华同志担任南岭县劳动模范协会第一届会长一职。")
    assert facts(rec, "HOLDS_POSITION")[("林明华", "南岭县劳动模范协会")]["titles"] == ["会长"]


# -- where a name ends -------------------------------------------------------------------------------------------


def test_verb_after_a_two_character_name_is_no_part_of_it():
    rec = extract("领衔人林明站在舞台中央，分享了她的故事。")
    assert "林明" in names(rec, "Person")
    assert "林明站" not in names(rec, "Person")


def test_preposition_and_a_noun_are_no_name():
    rec = extract("南岭市总工会向大会发来贺信。本报讯(南岭晚报全媒体记者 冯锴)")
    assert not {"向大会", "全媒体"} & names(rec, "Person")
