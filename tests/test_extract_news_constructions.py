"""Constructions of Chinese news prose beyond the fixtures: each on a short sentence with invented names."""

from tests.extract_helpers import extract, facts, names


def test_opening_and_welcome_addresses_are_speeches():
    rec = extract("东海工匠论坛开幕。东海协会常务副会长林晓峰致开幕词，南山区人民政府副区长周雨桐致欢迎词。")
    spoke = facts(rec, "SPOKE_AT")
    assert spoke[("林晓峰", "东海工匠论坛")]["role"] == "speech"
    assert spoke[("周雨桐", "东海工匠论坛")]["role"] == "speech"


def test_experience_sharing_and_work_reports_are_speeches():
    rec = extract("东海工匠论坛举行。东海职业学院院长林晓峰作经验交流发言，联盟秘书长周雨桐作联盟工作报告。")
    spoke = facts(rec, "SPOKE_AT")
    assert {("林晓峰", "东海工匠论坛"), ("周雨桐", "东海工匠论坛")} <= spoke.keys()


def test_head_of_a_district_government_holds_a_position_there():
    rec = extract("东海市南山区人民政府副区长周雨桐致辞。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海市南山区人民政府")]["titles"] == ["副区长"]


def test_central_committee_of_a_party_is_an_organisation_of_its_own():
    rec = extract("东海政协副主席、农工党中央常务副主席林晓峰出席会议。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("林晓峰", "东海政协")]["titles"] == ["副主席"]
    assert held[("林晓峰", "农工党中央")]["titles"] == ["常务副主席"]


def test_international_body_with_abbreviation_and_term_of_office():
    rec = extract("国际焊接组织（IWO）第12届主席林晓峰作主旨报告。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "国际焊接组织")]["titles"] == ["主席"]
    org = next(e for e in rec.entities if e.name == "国际焊接组织")
    assert "IWO" in org.aliases


def test_dictionary_word_is_a_name_between_a_title_and_an_act():
    rec = extract("东海政协主席江河出席会议并讲话。")
    assert "江河" in names(rec, "Person")


def test_dictionary_word_after_a_title_without_an_act_is_no_name():
    rec = extract("协会主席江河湖海般的胸怀令人敬佩。")
    assert "江河" not in names(rec, "Person")


def test_bare_name_before_a_speech_predicate_is_a_speaker():
    rec = extract("东海工匠大会在杭州召开，林晓峰出席并讲话，周雨桐致辞。")
    assert facts(rec, "SPOKE_AT")[("周雨桐", "东海工匠大会")]["role"] == "speech"


def test_responsible_person_of_a_unit_is_a_position_title():
    rec = extract("东海工匠论坛举行。东海职业技术学院相关负责人周雨桐作经验交流发言。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海职业技术学院")]["titles"] == ["相关负责人"]


def test_long_chain_of_advisory_posts_before_a_name():
    rec = extract("东海教育学会顾问、东海教育咨询委员会委员周雨桐作主旨报告。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("周雨桐", "东海教育学会")]["titles"] == ["顾问"]
    assert held[("周雨桐", "东海教育咨询委员会")]["titles"] == ["委员"]


def test_dateline_does_not_leak_into_the_event_name():
    rec = extract("本报东海8月24日电（记者林晓峰）全国工匠工作交流会24日在东海召开。")
    assert names(rec, "Forum") == {"全国工匠工作交流会"}
    assert "林晓峰" in names(rec, "Person")


def test_news_site_dateline_with_message_is_cut_off():
    rec = extract("东海网南山3月22日消息（记者周雨桐）首届东海工匠大会在南山召开。")
    assert names(rec, "Forum") == {"首届东海工匠大会"}


def test_subject_of_a_hosting_verb_ending_in_hui_is_a_meeting():
    rec = extract("3月4日上午，学院春季学期第一次教学工作例会在明德楼召开。副院长林晓峰出席会议并讲话。")
    assert names(rec, "Forum") == {"学院春季学期第一次教学工作例会"}
    assert ("林晓峰", "学院春季学期第一次教学工作例会") in facts(rec, "SPOKE_AT")


def test_launch_meeting_is_an_event():
    rec = extract("8月19日，东海罕见病诊疗中心项目启动会在东海医院举行。")
    assert "东海罕见病诊疗中心项目启动会" in names(rec, "Forum")


def test_numbered_meeting_room_is_a_venue():
    rec = extract("东海校友联盟成立大会在南山校区行政楼104会议室举行。")
    assert facts(rec, "HELD_AT").keys() == {("东海校友联盟成立大会", "南山校区行政楼104会议室")}


def test_chairing_is_kept_over_attending_for_the_same_person():
    rec = extract("东海工匠大会在南山举行。校党委书记林晓峰出席大会。会上，林晓峰主持了大会。")
    assert facts(rec, "PARTICIPATED_IN")[("林晓峰", "东海工匠大会")]["role_text"] == "主持"


def test_summary_joined_by_ji_to_a_ceremony_is_one_event():
    rec = extract("2月5日，东海市委办公厅举办了年度工作总结暨“先锋”风采展示大会。")
    assert names(rec, "Forum") == {"年度工作总结暨“先锋”风采展示大会"}


def test_quoted_theme_joined_by_ji_is_not_part_of_the_event_name():
    rec = extract("“工匠与创新”暨第二届东海工匠论坛举行。")
    assert names(rec, "Forum") == {"第二届东海工匠论坛"}


def test_coordinated_adjectives_do_not_make_an_organisation():
    rec = extract("该项目旨在建设国家标准化、同质化罕见病诊疗协作中心，打造研究体系。")
    assert not any(n.startswith("同质化") for n in names(rec, "Organization"))


def test_lianhe_before_a_list_of_bodies_is_a_verb():
    rec = extract("2月5日，东海厅机关党委联合工会、团支部、妇委会举办了年度工作总结暨风采展示大会。")
    assert "东海厅机关党委联合工会" not in names(rec, "Organization")


def test_organisation_name_title_order():
    rec = extract(
        "东海工匠大会召开。大会邀请到了东海大学附属医院林军副院长、东海市人力资源和社会保障局周仁忠副巡视员等专家莅临指导。"
    )
    held = facts(rec, "HOLDS_POSITION")
    assert held[("林军", "东海大学附属医院")]["titles"] == ["副院长"]
    assert held[("周仁忠", "东海市人力资源和社会保障局")]["titles"] == ["副巡视员"]


def test_designation_handed_over_as_a_plaque_is_an_honour():
    rec = extract("东海大会举行。会长林晓峰主持了“东海工匠创新实践基地”授牌、东海工程启动仪式。")
    assert "东海工匠创新实践基地" in names(rec, "Honor")
    assert "东海工匠创新实践基地" not in names(rec, "Organization")


def test_leading_a_hosting_unit_organises_the_event():
    rec = extract("7月29日，由东海大学附属医院医保处牵头举办的东海医疗保险联盟成立大会顺利召开。")
    assert ("东海大学附属医院医保处", "东海医疗保险联盟成立大会") in facts(rec, "ORGANIZED")


def test_guests_who_come_to_guide_participate():
    rec = extract("东海工匠大会召开。大会邀请到了东海大学附属医院林军副院长等专家莅临指导。")
    assert facts(rec, "PARTICIPATED_IN")[("林军", "东海工匠大会")]["role_text"] == "莅临"


def test_alliance_named_in_its_conference_name_is_an_alliance():
    rec = extract("8月29日，全国高职院校实训基地合作联盟大会在东海职业学院举行。")
    assert "全国高职院校实训基地合作联盟" in names(rec, "Alliance")


def test_title_in_the_alliance_is_a_membership_of_the_alliance_the_article_names():
    rec = extract("东海职教合作联盟大会举行。联盟理事长、东海职业学院党委书记林晓峰作主旨报告。")
    assert facts(rec, "MEMBER_OF")[("林晓峰", "东海职教合作联盟")]["role_text"] == "理事长"
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海职业学院")]["titles"] == ["党委书记"]


def test_unit_acting_as_a_council_member_of_the_alliance_is_a_member_unit():
    rec = extract("东海职教合作联盟大会举行。作为联盟副理事长单位，东海职业学院党委书记林晓峰出席大会。")
    assert facts(rec, "MEMBER_OF")[("东海职业学院", "东海职教合作联盟")]["role_text"] == "副理事长单位"
