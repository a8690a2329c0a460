from tests.extract_helpers import entity, extract, facts, names

FORUM = "第三届青年工匠论坛"


def test_fenbie_zuo_zhuzhi_fayan_gives_every_listed_person_a_keynote():
    rec = extract(
        f"7月8日，{FORUM}在南湖举办。论坛上，东海大学校长林晓峰，西山机械有限公司总工程师周雨桐分别作主旨发言。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert spoke[("林晓峰", FORUM)]["role"] == "keynote"
    assert spoke[("周雨桐", FORUM)]["role"] == "keynote"


def test_discussion_predicate_gives_the_discussion_role():
    rec = extract(f"7月8日，{FORUM}举行。西山机械有限公司董事长韩思远围绕论坛主题进行研讨交流。")
    assert facts(rec, "SPOKE_AT")[("韩思远", FORUM)]["role"] == "discussion"


def test_chuxi_bing_zhici_gives_attendance_and_a_speech():
    rec = extract(f"7月8日，{FORUM}举行。东海大学副校长孙嘉怡出席并致辞。")
    assert facts(rec, "PARTICIPATED_IN")[("孙嘉怡", FORUM)]["role_text"] == "出席"
    assert facts(rec, "SPOKE_AT")[("孙嘉怡", FORUM)]["role"] == "speech"


def test_organiser_list_maps_zhuban_chengban_xieban():
    rec = extract(
        f"7月8日，{FORUM}在南湖举办。本次论坛由东海省总工会、东海省人民政府主办，南湖市总工会承办，"
        "西山机械有限公司协办。"
    )
    assert {h for h, t in facts(rec, "ORGANIZED")} == {"东海省总工会", "东海省人民政府"}
    assert ("南湖市总工会", FORUM) in facts(rec, "UNDERTOOK")
    assert ("西山机械有限公司", FORUM) in facts(rec, "SUPPORTED")


def test_juti_chengban_is_undertaking():
    rec = extract(f"7月8日，{FORUM}在南湖开幕。大会由东海省总工会宣传部具体承办。")
    assert ("东海省总工会宣传部", FORUM) in facts(rec, "UNDERTOOK")


def test_venue_after_zai_is_a_place_the_event_was_held_at():
    rec = extract(f"7月8日，{FORUM}在南湖会展中心举行。")
    assert "南湖会展中心" in names(rec, "Place")
    assert (FORUM, "南湖会展中心") in facts(rec, "HELD_AT")


def test_sub_forum_that_is_one_of_the_parallel_forums_is_part_of_the_conference():
    rec = extract(
        "7月8日，首届东海职业教育大会在南湖举办。“智能制造与工匠”论坛作为东海职业教育大会8个平行论坛之一，"
        "由东海大学组织举办。"
    )
    assert ("智能制造与工匠", "首届东海职业教育大会") in facts(rec, "PART_OF")


def test_dates_take_the_year_from_the_text_and_chixu_zhi_gives_the_end():
    rec = extract(f"2024年工作要点发布。7月8日，{FORUM}在南湖开幕，将持续至7月10日。")
    forum = entity(rec, FORUM)
    assert forum.properties["start_date"] == "2024-07-08"
    assert forum.properties["end_date"] == "2024-07-10"


def test_units_that_jointly_found_an_alliance_founded_it():
    rec = extract(f"7月8日，{FORUM}举行。现场，南湖钢铁有限公司等5家单位联合成立东海工匠创新联盟。")
    assert "东海工匠创新联盟" in names(rec, "Alliance")
    assert ("南湖钢铁有限公司", "东海工匠创新联盟") in facts(rec, "FOUNDED")


def test_an_organisation_that_starts_a_quoted_campaign_launched_it():
    rec = extract(f"7月8日，{FORUM}上，东海省总工会正式启动“工匠进企业”。")
    assert "工匠进企业" in names(rec, "Program")
    assert ("东海省总工会", "工匠进企业") in facts(rec, "LAUNCHED")


def test_plaques_awarded_to_units_are_honours_of_those_units():
    rec = extract(f"7月8日，{FORUM}举行。现场还向南湖钢铁有限公司等3家单位授予“技能实训基地”牌匾。")
    assert ("南湖钢铁有限公司", "技能实训基地") in facts(rec, "HOLDS_HONOR")


def test_zhichi_is_support():
    rec = extract(f"7月8日，{FORUM}在南湖举办。论坛由东海省总工会主办，西山机械有限公司支持。")
    assert ("西山机械有限公司", FORUM) in facts(rec, "SUPPORTED")


def test_a_talk_is_named_by_its_quoted_title():
    rec = extract("5月6日，南湖钢铁有限公司高级技师林晓峰为师生作了题为“匠心筑梦”的专题报告。")
    assert "匠心筑梦" in names(rec, "Forum")
    assert facts(rec, "SPOKE_AT")[("林晓峰", "匠心筑梦")]["role"] == "speech"


def test_quoted_sub_forums_are_events_of_their_own_and_part_of_the_conference():
    rec = extract(
        f"7月8日，{FORUM}在南湖举办。本届论坛设“智能制造”“绿色低碳”2个分论坛。"
        "“智能制造”分论坛由东海省总工会经济技术部部长林晓峰主持。"
    )
    assert {"智能制造", "绿色低碳"} <= names(rec, "Forum")
    assert ("智能制造", FORUM) in facts(rec, "PART_OF")
    assert facts(rec, "PARTICIPATED_IN")[("林晓峰", "智能制造")]["role_text"] == "主持"


def test_units_that_become_member_units_are_members_of_the_alliance():
    rec = extract(
        f"7月8日，{FORUM}举行。论坛期间，东海工匠创新联盟正式成立，南湖钢铁有限公司、西山机械有限公司等20家单位"
        "成为首批成员单位。"
    )
    members = facts(rec, "MEMBER_OF")
    assert ("南湖钢铁有限公司", "东海工匠创新联盟") in members
    assert ("西山机械有限公司", "东海工匠创新联盟") in members


def test_a_date_without_a_year_takes_the_year_of_publication():
    rec = extract(f"7月8日，{FORUM}在南湖开幕。", published="2024-07-09")
    assert entity(rec, FORUM).properties["start_date"] == "2024-07-08"


def test_a_dateline_gives_the_year_when_nothing_else_does():
    rec = extract(f"本报南湖2021年3月2日电 3月1日，{FORUM}在南湖开幕。")
    assert entity(rec, FORUM).properties["start_date"] == "2021-03-01"


def test_targets_periods_and_past_events_do_not_give_the_year():
    rec = extract(
        "东海省力争到2030年建成技能强省，2060年前实现碳中和。林晓峰，1974年1月生。2010年，林晓峰荣获全国劳动模范。"
        f"表彰2016－2018年度先进集体。7月8日，{FORUM}在南湖开幕。"
    )
    assert "start_date" not in entity(rec, FORUM).properties


def test_the_year_of_the_report_outweighs_the_end_of_a_plan():
    rec = extract(f"竞赛于2023年-2025年举办，2023年先行试点，力争到2025年末完成。7月28日，{FORUM}开幕。")
    assert entity(rec, FORUM).properties["start_date"] == "2023-07-28"


def test_a_day_after_a_dateline_is_in_the_dateline_month():
    rec = extract(f"本报南湖2021年8月24日电（记者林晓峰）{FORUM}23日在南湖开幕。")
    assert entity(rec, FORUM).properties["start_date"] == "2021-08-23"


def test_units_listed_as_the_alliance_founders_founded_it():
    rec = extract(
        f"{FORUM}在南湖开幕。东海省技能提升联盟在会上宣告成立，东海机械集团有限公司、南湖职业技术学院等12家单位"
        "为联盟共同发起单位。"
    )
    founded = facts(rec, "FOUNDED")
    assert {("东海机械集团有限公司", "东海省技能提升联盟"), ("南湖职业技术学院", "东海省技能提升联盟")} <= set(founded)


def test_organisers_written_as_fields_map_to_their_roles():
    rec = extract(
        f"7月8日，{FORUM}在南湖举行。本次论坛主办单位：东海省总工会、东海省工业和信息化厅；"
        "承办单位：南湖市总工会；协办单位：东海智能装备行业协会。"
    )
    assert {("东海省总工会", FORUM), ("东海省工业和信息化厅", FORUM)} <= set(facts(rec, "ORGANIZED"))
    assert ("南湖市总工会", FORUM) in facts(rec, "UNDERTOOK")
    assert ("东海智能装备行业协会", FORUM) in facts(rec, "SUPPORTED")


def test_organiser_fields_on_lines_of_their_own():
    rec = extract(f"7月8日，{FORUM}在南湖举行。\n主办单位：东海省总工会\n承办单位：南湖市总工会\n")
    assert ("东海省总工会", FORUM) in facts(rec, "ORGANIZED")
    assert ("南湖市总工会", FORUM) in facts(rec, "UNDERTOOK")


def test_a_talk_introduced_by_yi_wei_ti_is_a_speech():
    rec = extract(f"{FORUM}开幕。南湖机床厂总工程师贺兰心以《精度背后的坚守》为题作报告。")
    assert facts(rec, "SPOKE_AT")[("贺兰心", FORUM)]["role"] == "speech"


def test_chixu_zhi_in_a_later_sentence_ends_the_event_it_is_about():
    rec = extract(
        "7月8日，首届东海技能大会在南湖开幕。大会由南湖市总工会具体承办，将持续至7月10日。", published="2024-07-09"
    )
    props = entity(rec, "首届东海技能大会").properties
    assert (props["start_date"], props["end_date"]) == ("2024-07-08", "2024-07-10")


def test_a_venue_introduced_by_yu_is_where_the_event_was_held():
    rec = extract(f"5月30日，{FORUM}于南湖会议中心召开。")
    assert (FORUM, "南湖会议中心") in facts(rec, "HELD_AT")
    assert "5月30日" not in names(rec, "Place")


def test_a_parallel_forum_named_after_zuowei_zhiyi_is_part_of_the_conference():
    rec = extract("首届南湖技能大会召开。作为大会的平行论坛之一，南湖青年技能论坛同期举行。")
    assert ("南湖青年技能论坛", "首届南湖技能大会") in facts(rec, "PART_OF")
