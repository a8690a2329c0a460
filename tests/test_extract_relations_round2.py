"""Second round on relations: constructions of university and union reports, each on a new invented text."""

from tests.extract_helpers import extract, facts

_CONGRESS = "4月18日，南湖大学第六届教职工代表大会第二次会议在学术交流中心召开。"
_CONGRESS_NAME = "南湖大学第六届教职工代表大会第二次会议"


# -- SPOKE_AT at the article's meeting -------------------------------------------------------------------


def test_report_on_a_subject_made_at_the_congress_is_a_speech():
    rec = extract(_CONGRESS + "副校长欧阳明远作年度财务工作总结报告。")
    assert facts(rec, "SPOKE_AT")[("欧阳明远", _CONGRESS_NAME)]["role"] == "speech"


def test_report_given_by_a_verb_is_a_speech():
    rec = extract(_CONGRESS + "会上，秦海岚报告了本届提案征集和立案情况。")
    assert facts(rec, "SPOKE_AT")[("秦海岚", _CONGRESS_NAME)]["role"] == "speech"


def test_congratulations_on_behalf_of_a_body_are_a_speech():
    rec = extract(_CONGRESS + "党委书记韦思远代表学校党委向大会的召开表示热烈祝贺，强调要办好人民满意的教育。")
    assert facts(rec, "SPOKE_AT")[("韦思远", _CONGRESS_NAME)]["role"] == "speech"


def test_remarks_one_after_another_at_a_seminar_are_discussion():
    rec = extract("3月2日，南湖大学青年教师座谈会在图书馆召开。青年教师代表温若溪、柏嘉树先后发言。")
    spoke = facts(rec, "SPOKE_AT")
    assert spoke[("温若溪", "南湖大学青年教师座谈会")]["role"] == "discussion"
    assert spoke[("柏嘉树", "南湖大学青年教师座谈会")]["role"] == "discussion"


def test_what_a_person_says_in_the_report_of_a_press_meeting_is_discussion():
    rec = extract("“逐梦青春”青年工匠见面会在南湖举行。焊工岳小川表示，技能改变了自己的命运。")
    assert facts(rec, "SPOKE_AT")[("岳小川", "“逐梦青春”青年工匠见面会")]["role"] == "discussion"


# -- contests and campaigns ------------------------------------------------------------------------------


def test_co_organisers_of_a_contest_organise_the_contest_not_the_later_ceremony():
    rec = extract(
        "南湖市青年教师教学比赛总结表彰会举行。会议由南湖市总工会主办。"
        "由南湖市总工会、南湖市教委联合主办的第九届南湖市青年教师教学竞赛此前落下帷幕。"
    )
    organised = facts(rec, "ORGANIZED")
    assert ("南湖市教委", "南湖市青年教师教学比赛总结表彰会") not in organised


def test_union_running_a_campaign_organises_it():
    rec = extract("南湖省总工会在全省深入开展“建功南湖、奋斗有我”主题活动。")
    assert ("南湖省总工会", "“建功南湖、奋斗有我”主题活动") in facts(rec, "ORGANIZED")


def test_prize_won_in_a_contest_is_taking_part_with_the_prize_as_role():
    rec = extract("第七届南湖市职工职业技能大赛闭幕。南湖大学教师樊一鸣获数控组一等奖，司马青摘得特等奖。")
    taking_part = facts(rec, "PARTICIPATED_IN")
    assert taking_part[("樊一鸣", "第七届南湖市职工职业技能大赛")]["role_text"] == "获数控组一等奖"
    assert taking_part[("司马青", "第七届南湖市职工职业技能大赛")]["role_text"] == "摘得特等奖"


def test_unit_whose_team_enters_a_contest_takes_part():
    rec = extract("日前，我校代表队参加第四届南湖省大学生结构设计大赛。")
    assert facts(rec, "PARTICIPATED_IN")[("我校", "第四届南湖省大学生结构设计大赛")]["role_text"] == "参加"


# -- honours of units ------------------------------------------------------------------------------------


def test_union_listed_as_a_practice_site_holds_the_designation():
    rec = extract("近日，南湖大学机关工会入选全省职工书香建设示范实践点。")
    assert ("南湖大学机关工会", "全省职工书香建设示范实践点") in facts(rec, "HOLDS_HONOR")


def test_union_winning_the_organisers_prize_holds_it():
    rec = extract("在第七届南湖市职工职业技能大赛中，南湖大学工会获优秀组织奖。")
    assert ("南湖大学工会", "优秀组织奖") in facts(rec, "HOLDS_HONOR")


# -- sub-units -------------------------------------------------------------------------------------------


def test_union_of_a_college_is_a_unit_of_the_college():
    rec = extract("南湖大学土建学院工会举办教职工健步走活动。土建学院院长葛明轩出席。")
    assert ("南湖大学土建学院工会", "土建学院") in facts(rec, "SUB_UNIT_OF")


def test_union_of_a_college_written_short_is_a_unit_of_the_college_named_in_full():
    rec = extract("南湖大学材料科学与工程学院召开大会。材料学院工会主席葛明轩主持。")
    assert ("材料学院工会", "南湖大学材料科学与工程学院") in facts(rec, "SUB_UNIT_OF")


def test_office_written_after_the_school_word_is_a_unit_of_the_home_university():
    rec = extract("我校召开教学工作会议。学校教务处处长葛明轩出席。")
    assert ("教务处", "我校") in facts(rec, "SUB_UNIT_OF")  # (named without the school word, as after 我校)


def test_college_after_that_school_is_a_unit_of_the_school_named_before():
    rec = extract("报告会走进南湖师范学院。听完报告，该校化学化工学院学生桑若宁深受触动。")
    assert ("化学化工学院", "南湖师范学院") in facts(rec, "SUB_UNIT_OF")


# -- members, not posts ----------------------------------------------------------------------------------


def test_doctoral_student_of_a_college_is_a_member_with_that_role():
    rec = extract("南湖大学土建学院在读博士研究生桑若宁介绍了研究进展。")
    assert facts(rec, "MEMBER_OF")[("桑若宁", "南湖大学土建学院")]["role_text"] == "在读博士研究生"
    assert ("桑若宁", "南湖大学土建学院") not in facts(rec, "HOLDS_POSITION")


def test_undergraduate_of_a_college_is_a_member():
    rec = extract("南湖大学土建学院本科生桑若宁介绍了参赛经历。")
    assert facts(rec, "MEMBER_OF")[("桑若宁", "南湖大学土建学院")]["role_text"] == "本科生"


def test_student_of_a_year_is_a_member_with_the_year_in_the_role():
    rec = extract("南湖大学2023级学生桑若宁介绍了参赛经历。")
    assert facts(rec, "MEMBER_OF")[("桑若宁", "南湖大学")]["role_text"] == "2023级学生"


def test_member_of_a_team_named_by_its_leader():
    rec = extract("葛明轩团队成员桑若宁介绍了研究进展。")
    assert facts(rec, "MEMBER_OF")[("桑若宁", "葛明轩团队")]["role_text"] == "团队成员"


def test_team_member_and_student_of_a_university_holds_both_memberships():
    rec = extract("南湖大学智能建造团队成员、南湖大学2022级研究生桑若宁说，收获很大。")
    members = facts(rec, "MEMBER_OF")
    assert members[("桑若宁", "南湖大学智能建造团队")]["role_text"] == "团队成员"
    assert members[("桑若宁", "南湖大学")]["role_text"] == "2022级研究生"


def test_representative_of_a_groups_members_is_a_member_of_the_group():
    rec = extract("评审专家指导组成员代表秦海岚发言。")
    assert ("秦海岚", "评审专家指导组") in facts(rec, "MEMBER_OF")


# -- a title shared over a list --------------------------------------------------------------------------


def test_deputy_title_before_names_joined_by_and_is_each_ones():
    rec = extract("院工会主席葛明轩，副主席秦海岚和韦思远参加活动。")
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("韦思远", "院工会")]["titles"] == ["副主席"]


def test_deputies_after_the_chairs_clause_are_deputies_of_the_same_union():
    rec = extract("活动由院工会主席葛明轩主持，副主席秦海岚、韦思远参加。")
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("秦海岚", "院工会")]["titles"] == ["副主席"]
    assert positions[("韦思远", "院工会")]["titles"] == ["副主席"]

