"""Constructions of the eighteenth round (from the misses of union and craftsman news from several web
sources, pagesblind6 and pagesblind7), each on a short invented text: a slogan before a launch ceremony,
a bare 会议 convened in the dated main clause, a speaking group named by its kind, remarks on one's own
experience at a seminar, and a letter to another event cited in a speaker's clause."""

from tests.extract_helpers import extract, facts, names

_SLOGAN_LAUNCH = (
    "5月20日上午，当好主力军、建功“新城”东岭县“三个十”劳动竞赛活动启动仪式在县体育馆举行。"
    "县总工会主席柯明远，副县长祁若兰等出席。"
)


def test_a_slogan_with_a_list_mark_before_a_dated_launch_ceremony_is_part_of_its_name():
    record = extract(_SLOGAN_LAUNCH)
    assert "当好主力军、建功“新城”东岭县“三个十”劳动竞赛活动启动仪式" in names(record, "Forum")


def test_those_attending_a_ceremony_whose_name_opens_with_a_slogan_take_part_in_it():
    record = extract(_SLOGAN_LAUNCH)
    attended = {person for person, _event in facts(record, "PARTICIPATED_IN")}
    assert attended == {"柯明远", "祁若兰"}


def test_numbers_of_a_quoted_slogan_count_no_events():
    record = extract("5月20日上午，东岭县“三个十”劳动竞赛启动仪式在县体育馆举行。县总工会主席柯明远出席。")
    assert "东岭县“三个十”劳动竞赛启动仪式" in names(record, "Forum")


def test_a_slogan_of_numbers_unquoted_counts_no_events_either():
    record = extract("5月20日上午，东岭县两个一百劳动竞赛启动仪式在县体育馆举行。县总工会主席柯明远出席。")
    assert "东岭县两个一百劳动竞赛启动仪式" in names(record, "Forum")


def test_a_counted_event_is_still_no_event_of_its_own():
    record = extract("5月20日，东岭县总工会举办三场劳模座谈会。县总工会主席柯明远出席。")
    assert not any("三场" in name for name in names(record, "Forum"))


def test_a_chain_after_a_clause_opening_preposition_opens_at_the_unit():
    record = extract("随着县委副书记柯明远宣布竞赛正式启动，选手们开始操作。")
    assert ("柯明远", "县委") in facts(record, "HOLDS_POSITION")


_CONVENED = (
    "8月3日下午，东岭市总工会召开会议，正式组建东岭市劳模宣讲团。东岭市总工会党组书记柯明远、二级调研员"
    "祁若兰出席会议，会议由祁若兰主持。宣讲团成员代表洪一舟、蓝启航做了交流发言。"
)


def test_a_bare_meeting_convened_in_the_dated_main_clause_is_the_event_reported():
    record = extract(_CONVENED)
    assert names(record, "Forum") == {"会议"}
    assert ("东岭市总工会", "会议") in facts(record, "ORGANIZED")
    assert {"柯明远", "祁若兰"} <= {person for person, _event in facts(record, "PARTICIPATED_IN")}


def test_the_speakers_of_a_bare_meeting_speak_at_it():
    spoke = facts(extract(_CONVENED), "SPOKE_AT")
    assert {("洪一舟", "会议"), ("蓝启航", "会议")} <= set(spoke)


def test_a_meeting_mentioned_outside_a_dated_main_clause_is_no_event():
    record = extract("东岭市总工会党组书记柯明远出席会议并讲话。")
    assert "会议" not in names(record, "Forum")


def test_members_of_a_speaking_group_named_by_its_kind_belong_to_the_group_named_before():
    members = facts(extract(_CONVENED), "MEMBER_OF")
    assert {("洪一舟", "东岭市劳模宣讲团"), ("蓝启航", "东岭市劳模宣讲团")} <= set(members)


_SEMINAR = (
    "4月29日，东岭区在景区召开劳模座谈会。座谈会上，全国劳动模范柯明远，东岭五一劳动奖章获得者祁若兰2名先模代表"
    "分别围绕习近平总书记在首届东岭工匠交流大会上的贺信，并结合自身经历，畅谈感想、交流经验。"
)


def test_remarks_on_ones_own_experience_at_a_seminar_are_spoken_in_the_exchange():
    spoke = facts(extract(_SEMINAR), "SPOKE_AT")
    assert {person for person, _event in spoke} == {"柯明远", "祁若兰"}
    assert all(event == "劳模座谈会" and props["role"] == "discussion" for (_p, event), props in spoke.items())


def test_the_author_of_a_letter_cited_in_the_speakers_clause_speaks_nowhere():
    spoke = facts(extract(_SEMINAR), "SPOKE_AT")
    assert not [fact for fact in spoke if fact[0] == "习近平"]


def test_an_important_speech_at_an_event_cited_still_is_a_speech_given_there():
    record = extract(
        "为深入学习贯彻习近平总书记在东岭协同发展座谈会上的重要讲话精神，5月8日，东岭市总工会召开劳模座谈会。"
    )
    assert ("习近平", "东岭协同发展座谈会") in facts(record, "SPOKE_AT")


def test_a_body_that_convenes_an_event_on_a_day_written_between_them_organises_it():
    record = extract(
        "为深入学习贯彻党的二十大精神，团结动员广大女职工贡献力量，东岭市总工会3月24日在东岭隆重召开"
        "2023年东岭五一巾帼奖表彰大会。"
    )
    assert ("东岭市总工会", "2023年东岭五一巾帼奖表彰大会") in facts(record, "ORGANIZED")


def test_the_honoured_speaking_for_the_others_is_no_part_of_their_unit():
    record = extract(
        "会上，受表彰的先进典型代表东岭研究院物理研究所主任柯明远、东岭大剧院艺术交流部部长祁若兰先后发言。"
    )
    assert ("柯明远", "东岭研究院物理研究所") in facts(record, "HOLDS_POSITION")
    assert not any("代表" in unit for unit in names(record, "Organization"))


def test_a_person_speaking_for_the_holders_of_an_honour_holds_it():
    record = extract("会上，东岭公司高级工程师柯明远代表全国五一巾帼奖获得者宣读《倡议书》。")
    assert ("柯明远", "全国五一巾帼奖") in facts(record, "HOLDS_HONOR")


def test_quoted_honours_written_back_to_back_before_a_chain_are_each_held():
    record = extract(
        "活动邀请了“全国优秀农民工”“东岭省劳动模范”“云岭工匠”、东岭旅游集团有限公司技师柯明远；"
        "“全国五一劳动奖章”“全国青年岗位能手”、东岭茶园有限公司工会主席祁若兰等2位人士。"
    )
    held = set(facts(record, "HOLDS_HONOR"))
    assert {("柯明远", "全国优秀农民工"), ("柯明远", "东岭省劳动模范"), ("柯明远", "云岭工匠")} <= held
    assert {("祁若兰", "全国五一劳动奖章"), ("祁若兰", "全国青年岗位能手")} <= held
    assert not [fact for fact in held if fact[0] == "祁若兰" and fact[1] == "云岭工匠"]


def test_a_quoted_theme_and_its_dash_before_a_quoted_activity_make_one_event_with_both_names():
    record = extract(
        "3月6日，“东岭工人大思政课”——2026年“巾帼劳模工匠宣讲”活动走进东岭产业园区。本次活动由东岭市总工会宣传部主办。"
    )
    forum = next(e for e in record.entities if e.type == "Forum")
    assert {"“东岭工人大思政课”——2026年“巾帼劳模工匠宣讲”活动", "巾帼劳模工匠宣讲", "东岭工人大思政课"} <= {
        forum.name,
        *forum.aliases,
    }


def test_a_name_after_a_quoted_theme_and_a_dash_keeps_the_theme():
    record = extract("3月6日，“东岭工人大思政课”——2026年巾帼劳模工匠宣讲活动在东岭产业园区举行。")
    assert "“东岭工人大思政课”——2026年巾帼劳模工匠宣讲活动" in names(record, "Forum")


def test_an_alliance_initiated_by_a_body_is_founded_by_it():
    record = extract(
        "4月2日，东岭市工匠联盟成立仪式在东岭举办。据悉，东岭市工匠联盟由市总工会倡导发起，"
        "是全市工匠人才自愿结合的开放性组织。"
    )
    assert ("市总工会", "东岭市工匠联盟") in facts(record, "FOUNDED")


def test_the_founders_in_a_relative_clause_before_a_quoted_alliance_found_it():
    record = extract("这一天，由东岭国际工匠院倡议并联合东岭城市联盟发起的“东岭”工匠联盟在北京正式成立。")
    assert "“东岭”工匠联盟" in names(record, "Alliance")
    founded = set(facts(record, "FOUNDED"))
    assert founded == {("东岭国际工匠院", "“东岭”工匠联盟"), ("东岭城市联盟", "“东岭”工匠联盟")}


def test_a_name_ends_before_a_verb_of_receiving_written_after_it():
    record = extract("全国劳模、东岭电力有限公司高级技师柯明受到了东岭电气股份有限公司工会的邀请。")
    assert "柯明" in names(record, "Person")
    assert ("柯明", "东岭电力有限公司") in facts(record, "HOLDS_POSITION")
