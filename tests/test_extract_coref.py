from tests.extract_helpers import entity, extract, facts, names


def test_generic_reference_to_an_event_points_to_the_named_event():
    rec = extract("7月8日，第三届东海工匠论坛在南湖举行。本次论坛由东海省总工会主办。")
    assert ("东海省总工会", "第三届东海工匠论坛") in facts(rec, "ORGANIZED")


def test_daihui_refers_to_the_conference_named_earlier():
    rec = extract("7月8日，首届东海技能大会在南湖开幕。大会由南湖市总工会具体承办。")
    assert ("南湖市总工会", "首届东海技能大会") in facts(rec, "UNDERTOOK")


def test_x_ji_y_is_one_event_with_both_names_as_aliases():
    rec = extract("7月8日，第二届东海工匠大会暨青年工匠论坛在南湖开幕。")
    forum = entity(rec, "第二届东海工匠大会暨青年工匠论坛")
    assert "青年工匠论坛" in forum.aliases


def test_woxiao_without_the_university_named_stays_woxiao():
    rec = extract("校党委书记林晓峰出席会议。我校教授周雨桐作报告。")
    assert ("林晓峰", "我校") in facts(rec, "HOLDS_POSITION")


def test_woxiao_joins_the_only_university_named_in_the_text():
    rec = extract("东海大学举行表彰大会。校党委书记林晓峰出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海大学")]["titles"] == ["党委书记"]


def test_city_union_short_form_without_the_place_is_an_alias():
    rec = extract("南湖市总工会召开座谈会。市总工会副主席林晓峰主持座谈会。")
    assert "市总工会" in entity(rec, "南湖市总工会").aliases


def test_laomo_is_the_short_form_of_laodong_mofan():
    rec = extract("林晓峰获评东海省劳动模范。全市共有东海省劳模200余名。")
    assert "东海省劳动模范" in names(rec, "Honor")
    assert "东海省劳模" not in names(rec, "Honor")


def test_a_listed_short_form_no_text_declares_is_an_alias_of_the_full_name():
    rec = extract("会议由中国科学院主办。中科院副院长林泽宇出席并讲话。")
    assert "中科院" in entity(rec, "中国科学院").aliases
    assert ("林泽宇", "中国科学院") in facts(rec, "HOLDS_POSITION")


def test_a_unit_named_after_a_listed_short_form_is_a_sub_unit_of_the_full_name():
    rec = extract("全国总工会党组书记林泽宇出席。全总宣教部部长贺兰心主持。")
    assert ("全总宣教部", "全国总工会") in facts(rec, "SUB_UNIT_OF")


def test_a_unit_written_with_the_short_and_the_full_parent_name_is_one_body():
    rec = extract("全国总工会文工团在京演出。全总文工团团长林泽宇致辞。")
    assert "全总文工团" in entity(rec, "全国总工会文工团").aliases
    assert "全总文工团" not in names(rec, "Organization")


def test_two_units_named_after_one_listed_body_make_the_body_their_parent():
    rec = extract("中国科学院东海研究所研究员林泽宇、中科院南湖分院院长贺兰心出席会议。")
    assert "中科院" in entity(rec, "中国科学院").aliases
    units = facts(rec, "SUB_UNIT_OF")
    assert {("中国科学院东海研究所", "中国科学院"), ("中科院南湖分院", "中国科学院")} <= set(units)


def test_one_unit_named_after_a_listed_body_does_not_make_the_body_an_entity():
    rec = extract("中国科学院东海研究所研究员林泽宇出席会议。")
    assert "中国科学院" not in names(rec, "Organization")
