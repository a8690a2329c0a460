"""Event scoping (issue 17, item 2): which event a report is about, and where its name starts and ends.

Each test is one general construction on an invented sentence (invented persons and organisations)."""

from tests.extract_helpers import entity, extract, facts, names

# -- the reported event is the one of the dated main clause -------------------------------------------------


def test_event_of_a_purpose_clause_is_not_the_event_attended_in_the_next_sentence():
    rec = extract(
        "为深入贯彻落实市长在全市工会工作会议上的重要讲话精神，7月9日，北川区职工法律知识讲座在北川区职工之家举行。"
        "区总工会副主席柯明远出席并讲话。"
    )
    assert ("柯明远", "北川区职工法律知识讲座") in facts(rec, "SPOKE_AT")
    assert ("柯明远", "全市工会工作会议") not in facts(rec, "SPOKE_AT")
    assert ("柯明远", "全市工会工作会议") not in facts(rec, "PARTICIPATED_IN")


def test_event_held_by_the_main_clause_is_what_the_next_sentence_is_about():
    rec = extract("在第五届北川区职工运动会期间，北川区劳模座谈会在北川宾馆召开。区总工会副主席柯明远出席并讲话。")
    assert ("柯明远", "北川区劳模座谈会") in facts(rec, "SPOKE_AT")
    assert ("柯明远", "第五届北川区职工运动会") not in facts(rec, "SPOKE_AT")


def test_purpose_verbs_are_no_part_of_the_name_of_the_event_studied():
    rec = extract("为深入学习贯彻全省职工代表大会上的重要讲话精神，北川区总工会举办了劳动法律知识讲座。")
    assert "全省职工代表大会" in names(rec, "Forum")
    assert not any(n.startswith("深入") for n in names(rec, "Forum"))


def test_quoted_activity_held_for_the_first_time_is_the_event_organised_and_held():
    rec = extract(
        "为认真学习贯彻全国劳模大会精神，推动技能传承。5月12日，由南岭市总工会主办，南岭职业学院承办的"
        "“匠艺同行——职工技能展示周”首场活动在南岭机械厂举行。"
    )
    event = "匠艺同行——职工技能展示周"
    assert ("南岭市总工会", event) in facts(rec, "ORGANIZED")
    assert ("南岭职业学院", event) in facts(rec, "UNDERTOOK")
    assert (event, "南岭机械厂") in facts(rec, "HELD_AT")


# -- a quoted title is one name -------------------------------------------------------------------------------


def test_quoted_title_with_a_dash_is_one_name():
    rec = extract("近日，由北川区总工会主办的“漫步松江——职工健步走启动仪式”在松江公园举行。")
    assert ("漫步松江——职工健步走启动仪式", "松江公园") in facts(rec, "HELD_AT")


# -- a name never runs through an organiser clause or verb ------------------------------------------------


def test_event_name_stops_at_an_organiser_relative_clause():
    rec = extract("8月3日，由北川区总工会和松石集团共同主办的第三期质量管理现场会在松石集团举行。")
    organised = facts(rec, "ORGANIZED")
    assert {("北川区总工会", "第三期质量管理现场会"), ("松石集团", "第三期质量管理现场会")} <= organised.keys()


def test_cooperation_verb_before_organise_is_no_part_of_the_unit():
    rec = extract("近日，由北川区总工会、区体育局合作主办的职工健步走活动启动仪式在松江公园举行。")
    assert "区体育局" in names(rec, "Organization")
    assert not any(n.endswith("合作") for n in names(rec, "Organization"))


def test_co_organiser_verb_before_a_list_mark_is_no_part_of_the_unit():
    rec = extract("由北川区总工会主办，区交通系统工会协办、北川技师学院承办的安全生产知识讲座在北川技师学院举行。")
    assert ("区交通系统工会", "安全生产知识讲座") in facts(rec, "SUPPORTED")
    assert ("北川技师学院", "安全生产知识讲座") in facts(rec, "UNDERTOOK")


def test_units_joined_by_lianhe_each_organise_the_event():
    rec = extract("6月1日，北川区总工会联合松江区总工会举办第二届职工技能大赛。")
    organised = facts(rec, "ORGANIZED")
    assert {("北川区总工会", "第二届职工技能大赛"), ("松江区总工会", "第二届职工技能大赛")} <= organised.keys()


# -- sub-events stay separate ---------------------------------------------------------------------------------


def test_mobilisation_meeting_of_a_competition_is_an_event_of_its_own():
    rec = extract(
        "“北川区第二届职工技能运动会焊工技能比赛（东厂区赛区）”如期进行。上午9点，焊工技能比赛动员会在东厂区"
        "会议室召开。会上，厂区党委书记钱雨航作动员讲话。"
    )
    assert ("焊工技能比赛动员会", "东厂区会议室") in facts(rec, "HELD_AT")
    assert ("钱雨航", "焊工技能比赛动员会") in facts(rec, "SPOKE_AT")


def test_opening_ceremony_of_a_training_class_is_not_the_class():
    rec = extract(
        "第二期班组长培训班为期五天。9月1日，第二期班组长培训班开班仪式在北川技师学院举行。"
        "区总工会副主席柯明远出席开班仪式并讲话。"
    )
    assert {"第二期班组长培训班", "第二期班组长培训班开班仪式"} <= names(rec, "Forum")
    assert ("柯明远", "第二期班组长培训班开班仪式") in facts(rec, "SPOKE_AT")


# -- generic heads with nothing naming them are not events ------------------------------------------------------


def test_meeting_counted_by_how_often_it_is_held_is_no_event():
    rec = extract("班组每季度召开一次安全生产推进会。")
    assert names(rec, "Forum") == set()


def test_attendees_answering_the_meeting_are_no_event():
    rec = extract("与会职工也纷纷响应会议号召。")
    assert names(rec, "Forum") == set()


def test_clause_before_a_demonstrative_event_word_is_no_name():
    rec = extract("他把模拟比赛当成正式比赛。正是这场比赛让他成长。")
    assert not any(n.startswith(("他", "正是")) for n in names(rec, "Forum"))


# -- event or campaign; heads outside the list --------------------------------------------------------------------


def test_quoted_activity_taken_part_in_is_a_campaign():
    rec = extract("近一年来，她积极参与“巧手进社区”活动。")
    assert "“巧手进社区”活动" in names(rec, "Program")
    assert "巧手进社区" in entity(rec, "“巧手进社区”活动").aliases
    assert not names(rec, "Forum")


def test_lecture_hall_named_in_quotes_is_an_event():
    rec = extract("车间设立“松石大讲堂”，每月开展一次技术讲座。")
    assert names(rec, "Forum") == {"松石大讲堂"}


def test_a_session_numbered_by_term_and_sitting_keeps_its_ordinal():
    rec = extract("3月2日，东岭学院在行政楼召开三届四次教职工代表大会暨工会会员代表大会。院长邵立恒作工作报告。")
    assert "三届四次教职工代表大会暨工会会员代表大会" in names(rec, "Forum")
    assert ("邵立恒", "三届四次教职工代表大会暨工会会员代表大会") in facts(rec, "SPOKE_AT")
