from tests.extract_helpers import entity, extract, facts, names


def test_byline_names_are_persons():
    rec = extract("东海工匠论坛举行\n\n7月8日，东海工匠论坛举行。\n\n本报记者 林晓峰/文 周雨桐/摄\n")
    assert {"林晓峰", "周雨桐"} <= names(rec, "Person")


def test_correspondent_in_brackets_is_a_person():
    rec = extract("东海新闻网讯（通讯员 韩思远）7月8日，东海工匠论坛举行。")
    assert "韩思远" in names(rec, "Person")


def test_full_name_and_its_national_prefix_short_form_are_one_organisation():
    rec = extract("中华全国总工会宣传部部长林晓峰出席。全国总工会宣传部副部长周雨桐主持。")
    org = entity(rec, "中华全国总工会宣传部")
    assert "全国总工会宣传部" in org.aliases


def test_policy_prose_without_names_yields_no_person_organisation_or_event():
    rec = extract(
        "今年以来，各级工会组织要高度重视，主席要亲自抓，副主席要具体抓。下一步，要加强劳模工匠人才创新工作室建设。"
        "会议强调，要推动工会工作再上新台阶。"
    )
    assert not names(rec, "Person") and not names(rec, "Organization") and not names(rec, "Forum")


def test_a_dictionary_word_after_a_place_title_is_a_name_before_fenbie_zhici():
    rec = extract("东海工匠论坛开幕。东海大学副校长祝文澜，南湖市人民政府副市长甘露分别致辞。")
    assert {"祝文澜", "甘露"} <= names(rec, "Person")
    assert ("甘露", "东海工匠论坛") in facts(rec, "SPOKE_AT")


def test_a_dictionary_word_between_two_titles_of_a_list_is_a_name():
    rec = extract("论坛开幕。东海机械集团有限公司董事长秦川、总经理邵一鸣出席。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("秦川", "东海机械集团有限公司")]["titles"] == ["董事长"]
    assert held[("邵一鸣", "东海机械集团有限公司")]["titles"] == ["总经理"]


def test_a_list_of_bare_names_closed_by_deng_is_read_back_to_its_first_item():
    rec = extract("东海技能大会召开。林泽宇、邵一鸣、蒋怀远等专家先后作交流发言。")
    assert {"林泽宇", "邵一鸣", "蒋怀远"} <= names(rec, "Person")
    assert ("林泽宇", "东海技能大会") in facts(rec, "SPOKE_AT")


def test_places_in_a_list_closed_by_deng_are_no_names():
    rec = extract("东海大学教授林泽宇赴江苏、浙江等地调研。")
    assert names(rec, "Person") == {"林泽宇"}
