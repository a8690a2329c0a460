"""Constructions of the fifth round, each on a short invented sentence: units whose names join two fields
by 与 (人文与艺术学院), kept whole as names and as organisers."""

import pytest

from tests.extract_helpers import extract, facts, names


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


# -- A与B学院: one unit, two fields --------------------------------------------------------------------------


def test_college_joining_two_fields_is_one_unit():
    assert _orgs("3月5日，历史与文化学院在图书馆召开教职工大会。") == {"历史与文化学院"}


def test_college_joining_two_fields_organises_as_one_unit():
    record = extract("3月5日，历史与文化学院在图书馆召开教职工大会。")
    assert set(facts(record, "ORGANIZED")) == {("历史与文化学院", "教职工大会")}


def test_two_colleges_joining_fields_in_a_list_stay_two_organisers():
    record = extract("能源与环境学院和数学与统计学院联合举办青年教师教学比赛。")
    assert set(facts(record, "ORGANIZED")) == {
        ("能源与环境学院", "青年教师教学比赛"),
        ("数学与统计学院", "青年教师教学比赛"),
    }


def test_two_units_joined_by_yu_stay_two():
    record = extract("区总工会与区人社局联合举办职业技能大赛。")
    assert set(facts(record, "ORGANIZED")) == {("区总工会", "职业技能大赛"), ("区人社局", "职业技能大赛")}


def test_people_joined_to_a_college_are_no_part_of_its_name():
    assert "教师与外语学院" not in _orgs("退休教师与外语学院师生代表座谈交流。")


def _forums(text: str) -> set[str]:
    return names(extract(text), "Forum")


def _persons(text: str) -> set[str]:
    return names(extract(text), "Person")


# -- events named after a graduating cohort, and a second quoted name after 暨 ---------------------------------


def test_event_of_a_graduating_cohort_is_named():
    assert "2021届毕业生表彰大会" in _forums("6月20日，化工学院在学生活动中心举办2021届毕业生表彰大会。")


def test_counted_events_are_still_no_name():
    assert not _forums("学院本学期共举办了12场讲座。")


def test_quoted_second_name_after_ji_belongs_to_the_event():
    record = extract("日前，化工学院举办了2021届毕业生表彰大会暨毕业生“离校第一课”。")
    event = next(e for e in record.entities if e.type == "Forum")
    assert event.name == "2021届毕业生表彰大会暨毕业生“离校第一课”"
    assert "2021届毕业生表彰大会" in event.aliases


# -- a titled name that is also a dictionary word ------------------------------------------------------------


def test_titled_name_the_dictionary_holds_as_a_name_is_taken_before_a_verb_of_saying():
    record = extract("西岭大学副校长王明表示，学校将继续支持工会工作。")
    assert facts(record, "HOLDS_POSITION")[("王明", "西岭大学")]["titles"] == ["副校长"]


def test_titled_name_the_dictionary_holds_is_taken_before_a_comma():
    assert "李靖" in _persons("西岭大学副校长李靖，校长助理吴涛出席会议。")


def test_idiom_ending_in_a_title_character_is_no_name():
    assert not _persons("同学们说，老师是我们的良师益友。")


# -- titles of a university's leadership ---------------------------------------------------------------------


def test_assistant_to_the_president_is_a_title():
    positions = facts(extract("西岭大学党委常委、校长助理吴涛出席会议。"), "HOLDS_POSITION")
    assert positions[("吴涛", "西岭大学")]["titles"] == ["党委常委", "校长助理"]


def test_former_officer_of_general_affairs_holds_the_post_at_the_university_of_the_list():
    positions = facts(extract("西岭大学副校长周建，原总务长郑光明出席会议。"), "HOLDS_POSITION")
    assert positions[("郑光明", "西岭大学")]["titles"] == ["总务长"]


# -- units of a school, trainings, department heads -----------------------------------------------------------


def test_college_named_with_its_university_is_a_sub_unit_when_the_university_is_named_alone():
    record = extract("西岭大学举行教代会。西岭大学机械学院院长李明作报告。")
    assert ("西岭大学机械学院", "西岭大学") in facts(record, "SUB_UNIT_OF")


def test_college_is_no_sub_unit_of_a_university_the_text_does_not_name_alone():
    record = extract("西岭大学机械学院院长李明作报告。")
    assert not facts(record, "SUB_UNIT_OF")


def test_a_named_training_session_is_an_event_its_organiser_holds():
    record = extract("12月3日，材料学院开展师德师风建设专题培训。")
    assert set(facts(record, "ORGANIZED")) == {("材料学院", "师德师风建设专题培训")}


def test_deputy_head_of_department_is_one_title():
    positions = facts(extract("化学系副系主任吴敏出席会议。"), "HOLDS_POSITION")
    assert positions[("吴敏", "化学系")]["titles"] == ["副系主任"]


# -- a level before a quoted honour; holders whose words look like a project -----------------------------------


def test_level_before_a_quoted_honour_is_part_of_its_name():
    record = extract("西岭机械厂钳工赵海荣获全国“五一劳动奖章”。")
    assert ("赵海", "全国“五一劳动奖章”") in facts(record, "HOLDS_HONOR")


def test_year_before_a_province_and_a_quoted_honour_is_no_part_of_the_name():
    record = extract("北岭大学结构健康监测团队获2022年东海省“工人先锋号”荣誉称号。")
    assert ("北岭大学结构健康监测团队", "东海省“工人先锋号”") in facts(record, "HOLDS_HONOR")


def test_technician_who_receives_an_honour_is_no_project():
    record = extract("西岭机械厂技术员赵海荣获全国五一劳动奖章。")
    assert ("赵海", "全国五一劳动奖章") in facts(record, "HOLDS_HONOR")


def test_prize_of_a_project_is_still_no_honour_of_its_leader():
    record = extract("赵海主持的焊接机器人项目荣获省科技进步奖二等奖。")
    assert not facts(record, "HOLDS_HONOR")


def test_honours_of_scientists_given_by_a_city_are_honours():
    record = extract("赵海曾获东湖市优秀科技工作者、东湖市有突出贡献专家等荣誉称号。")
    assert {("赵海", "东湖市优秀科技工作者"), ("赵海", "东湖市有突出贡献专家")} <= set(facts(record, "HOLDS_HONOR"))


def test_team_whose_name_joins_two_fields_holds_its_honour():
    record = extract("我校信号检测与处理团队获全国“工人先锋号”荣誉称号。")
    assert ("信号检测与处理团队", "全国“工人先锋号”") in facts(record, "HOLDS_HONOR")


# -- lists of units closed by a collective noun ------------------------------------------------------------------


def test_short_names_of_universities_in_a_list_of_schools_are_units():
    orgs = _orgs("中心先后为北工大、南师大、东湖理工等兄弟院校提供测试服务。")
    assert {"北工大", "南师大", "东湖理工"} <= orgs


def test_colleges_listed_before_yuanxi_are_units_and_the_preposition_is_no_part_of_the_first():
    orgs = _orgs("中心现已为材料学院、核学院、机电学院等院系提供测试服务。")
    assert {"材料学院", "核学院", "机电学院"} <= orgs
    assert "现已为材料学院" not in orgs


def test_short_words_in_a_list_of_households_are_no_units():
    assert not _orgs("工作组走访了张家、李家等农户。")


# -- speeches of graduates, employment offices, cohorts ------------------------------------------------------------


def test_graduates_giving_their_parting_words_speak_at_the_event():
    record = extract("6月20日，化工学院举办2021届毕业生表彰大会。本科毕业生李响、博士毕业生王磊分别发表毕业感言。")
    spoke = facts(record, "SPOKE_AT")
    assert {("李响", "2021届毕业生表彰大会"), ("王磊", "2021届毕业生表彰大会")} <= set(spoke)


def test_employment_guidance_centre_is_a_unit():
    positions = facts(extract("学生就业指导中心主任胡军出席会议。"), "HOLDS_POSITION")
    assert positions[("胡军", "学生就业指导中心")]["titles"] == ["主任"]


def test_a_graduating_cohort_is_no_organisation():
    assert not _orgs("2021届本科毕业生校友理事冯九龙代表全体毕业生发言。")


# -- prizes won in a contest ------------------------------------------------------------------------------------


def test_prize_won_in_a_contest_with_a_long_name_is_participation_in_it():
    record = extract("材料学院教师吴敏荣获第九届全国高校青年教师教学竞赛一等奖。")
    participated = facts(record, "PARTICIPATED_IN")
    assert participated[("吴敏", "第九届全国高校青年教师教学竞赛")]["role_text"] == "一等奖"


def test_clause_without_a_subject_carries_the_team_listed_before_it():
    record = extract(
        "近日，第五届全国大学生测绘技能大赛在南京举行，学生林晓、周冰组队参赛的作品脱颖而出，荣获二等奖。"
    )
    participated = set(facts(record, "PARTICIPATED_IN"))
    assert {("林晓", "第五届全国大学生测绘技能大赛"), ("周冰", "第五届全国大学生测绘技能大赛")} <= participated


# -- words read as names ------------------------------------------------------------------------------------------


def test_a_rank_of_prize_after_a_comma_is_no_name():
    assert not _persons("作品在众多作品中脱颖而出，荣获二等奖。")


def test_a_common_noun_after_a_unit_is_no_name():
    assert not _persons("这是明确党的中心任务后，首次开展全国性劳模表彰。")


def test_graduates_are_no_person():
    assert "毕业生" not in _persons("本科毕业生校友理事冯九龙代表全体毕业生点亮梦想版图。")


# -- meetings of representatives, venues before 主持召开, members who come from a unit ------------------------------


def test_meeting_of_representatives_keeps_its_name():
    assert "一线职工代表座谈会" in _forums("市委书记在东湖宾馆主持召开一线职工代表座谈会。")


def test_representatives_giving_a_report_are_no_part_of_its_name():
    assert "先进事迹报告会" in _forums("东岭检察团队代表先进事迹报告会在京举行。")


def test_venue_ends_before_the_host_who_convenes():
    record = extract("市委书记在东湖宾馆主持召开一线职工代表座谈会。")
    assert ("一线职工代表座谈会", "东湖宾馆") in facts(record, "HELD_AT")


def test_persons_who_come_from_a_unit_are_its_members():
    record = extract("来自南岭机械厂的钳工马立、王强作了发言。")
    members = facts(record, "MEMBER_OF")
    assert {("马立", "南岭机械厂"), ("王强", "南岭机械厂")} <= set(members)


# -- colleges named by their field, quoted titles of honours, units after the college's deictic word -------------


def test_college_named_by_its_field_is_a_unit():
    assert _orgs("近日，管理学院在2019年暑期社会实践表彰中获多项荣誉。") == {"管理学院"}


def test_category_of_colleges_is_no_unit():
    assert not _orgs("各二级学院要高度重视，职业学院也要参加。")


def test_long_quoted_honour_with_inner_quotes_is_held_by_the_person_before_it():
    record = extract("学院林晓同学荣获“2019年东海省大学生暑期‘三下乡’社会实践活动先进个人”荣誉称号。")
    honours = facts(record, "HOLDS_HONOR")
    assert [h for p, h in honours if p == "林晓"] == ["东海省大学生暑期‘三下乡’社会实践活动先进个人"]


def test_team_in_a_quoted_honour_title_is_no_unit():
    record = extract("支教团荣获“2019年东海省大学生暑期社会实践活动优秀团队”荣誉称号。")
    assert "东海省大学生暑期社会实践活动优秀团队" not in names(record, "Organization")


def test_clause_verbs_before_a_unit_word_make_no_unit():
    assert not _orgs("只有不断扩大工会组织有效覆盖，才能更好地团结职工。")


def test_offices_the_dictionary_holds_whole_are_units_in_a_list():
    assert {"保卫处", "组织部", "宣传部"} <= _orgs("组织部、宣传部、保卫处负责人参加会议。")


def test_part_of_a_longer_department_name_is_no_office_of_its_own():
    assert "经济工作部" not in _orgs("大会由全国总工会劳动和经济工作部承办。")


def test_editorial_office_of_a_journal_is_no_unit_of_its_own():
    assert "编辑部" not in _orgs("《东湖经济研究》编辑部主任林晓作总结发言。")


def test_ceremony_named_by_what_it_confers_keeps_its_name():
    assert "奖章授予仪式" in _forums("28日，学校举行奖章授予仪式，为林晓教授颁发东湖市五一劳动奖章和证书。")


# -- bodies taking part through their members or representatives ------------------------------------------------


def test_bodies_whose_members_attend_take_part():
    record = extract(
        "4月2日，学校举办工会干部培训会。第十届工会委员会委员、女职工委员会委员、全体专职干部等近30人参加培训会。"
    )
    participated = set(facts(record, "PARTICIPATED_IN"))
    assert {("第十届工会委员会", "工会干部培训会"), ("女职工委员会", "工会干部培训会")} <= participated


def test_units_whose_heads_attend_take_part_despite_a_category_at_the_end():
    record = extract("3月5日，学校召开提案办理工作会议。校工会、教代会提案委员会、相关职能部门负责人参加会议。")
    participated = set(facts(record, "PARTICIPATED_IN"))
    assert {("校工会", "提案办理工作会议"), ("教代会提案委员会", "提案办理工作会议")} <= participated


def test_a_party_committee_member_attending_is_a_person_not_a_body():
    record = extract("4月2日，学校举办工会干部培训会。党委委员张强参加培训。")
    assert set(facts(record, "PARTICIPATED_IN")) == {("张强", "工会干部培训会")}


def test_report_meeting_is_an_event():
    assert "工作汇报会" in _forums("5月6日，学院召开工作汇报会，党政办有关负责人参加。")


def test_bare_heads_joined_by_ji_refer_to_the_event_named_before():
    record = extract(
        "5月11日，第三届全国大学生测绘技能大赛暨测绘教学研讨会在西岭大学召开。"
        "随后，联席会会长林晓在大赛暨研讨会上致辞。"
    )
    assert names(record, "Forum") == {"第三届全国大学生测绘技能大赛暨测绘教学研讨会"}
    assert ("林晓", "第三届全国大学生测绘技能大赛暨测绘教学研讨会") in facts(record, "SPOKE_AT")


def test_congratulating_the_contest_is_no_event_name():
    record = extract("5月11日，第三届全国大学生测绘技能大赛在西岭大学开幕。副校长林晓代表学校祝贺大赛顺利开幕。")
    assert names(record, "Forum") == {"第三届全国大学生测绘技能大赛"}


# -- rarer surnames, joint councils ------------------------------------------------------------------------------


def test_a_rarer_surname_keeps_a_list_of_names_whole():
    record = extract("全国劳动模范许平、巨晓明、高秀兰当选为全总副主席。")
    assert {("许平", "全总"), ("巨晓明", "全总"), ("高秀兰", "全总")} <= set(facts(record, "HOLDS_POSITION"))


def test_joint_council_with_a_bracketed_title_in_its_name_is_one_unit():
    positions = facts(extract("全国高校测绘院长（系主任）联席会会长林晓出席。"), "HOLDS_POSITION")
    assert positions[("林晓", "全国高校测绘院长（系主任）联席会")]["titles"] == ["会长"]


def test_qualified_kind_of_people_after_de_is_no_honour():
    assert not names(extract("大会表彰了在科普方面作出卓越贡献的优秀科技工作者。"), "Honor")


def test_category_honour_after_de_stays_an_honour():
    assert "模范职工之家" in names(extract("会上表彰了一批在建家活动中表现突出的模范职工之家与先进个人。"), "Honor")


@pytest.mark.parametrize(
    "honour",
    ["全国教书育人楷模", "东湖省师德先进集体", "东湖市先进基层党组织", "全国高校辅导员年度人物", "全国创新争先奖状"],
)
def test_collective_and_teaching_honours_are_honours(honour):
    assert (("林晓", honour)) in facts(extract(f"林晓曾荣获{honour}等荣誉称号。"), "HOLDS_HONOR")


@pytest.mark.parametrize(
    "sentence", ["林晓曾荣获全国优秀教师称号。", "会上，林晓还担任主持人。", "林晓曾担任车间主任。"]
)
def test_an_adverb_after_a_name_is_no_part_of_it(sentence):
    assert _persons(sentence) == {"林晓"}


# -- background events, halls named like events --------------------------------------------------------------------


def test_every_event_whose_spirit_is_studied_is_background():
    record = extract(
        "10月22日，数学学院教职工代表大会在学院报告厅召开。会上，书记陈文致开幕辞。"
        "她指出，此次大会对贯彻落实全国教育大会和全国高校思想政治工作会议精神具有重要意义。"
    )
    assert set(facts(record, "SPOKE_AT")) == {("陈文", "数学学院教职工代表大会")}


def test_a_hall_where_a_meeting_is_held_is_no_event():
    record = extract("10月22日，数学学院教职工代表大会在学院数学大讲堂召开。")
    assert names(record, "Forum") == {"数学学院教职工代表大会"}
    assert ("数学学院教职工代表大会", "学院数学大讲堂") in facts(record, "HELD_AT")


def test_unit_before_a_verb_whose_object_holds_a_suffix_character_inside_a_word_is_found():
    assert _orgs("他为中国科学院开发了文献分析系统。") == {"中国科学院"}


def test_a_meeting_before_he_is_no_part_of_the_unit_after_it():
    orgs = _orgs("会议传达了中国老科协六届六次理事会议和省老科协五届七次理事会议精神。")
    assert "中国老科协六届六次理事会议和省老科协" not in orgs


def test_a_doctrine_named_after_a_person_is_no_mention_of_the_person():
    assert not _persons("学院组织教职工深入学习习近平新时代中国特色社会主义思想。")


@pytest.mark.parametrize(
    "sentence",
    [
        "裁判员示意后，选手们有条不紊地开始比赛。",
        "共有10组优秀团队进入决赛答辩环节。",
        "裁判组认真核分，从而保证比赛公平。",
    ],
)
def test_a_clause_before_a_contest_word_is_no_event_name(sentence):
    assert all(len(name) <= 3 for name in _forums(sentence))


def test_building_and_room_numbers_after_a_campus_are_a_venue():
    record = extract("5月7日，第十二届生物学知识竞赛决赛在雅安校区12-109举行。")
    assert ("第十二届生物学知识竞赛决赛", "雅安校区12-109") in facts(record, "HELD_AT")


def test_a_scope_before_a_first_time_act_is_no_venue():
    assert not names(extract("团队2020年在国际上首次开展了专项水池试验。"), "Place")


def test_a_talk_gathering_named_after_its_occasion_is_an_event():
    record = extract("旅游学院在学术报告厅举办以“感恩再出发”为主题的学院成立10周年座谈活动。")
    assert ("学院成立10周年座谈活动", "学术报告厅") in facts(record, "HELD_AT")


# -- selections run as campaigns, rooms ----------------------------------------------------------------------------


def test_a_selection_bodies_run_together_is_a_campaign_they_organise():
    record = extract("日前，由东湖市委宣传部、市科协联合开展的2021年东湖市“最美职工”评选结果揭晓。")
    assert set(facts(record, "ORGANIZED")) == {
        ("东湖市委宣传部", "2021年东湖市“最美职工”评选"),
        ("市科协", "2021年东湖市“最美职工”评选"),
    }


def test_a_lecture_hall_of_a_college_is_a_place_not_a_unit():
    record = extract("第三届金相技能大赛在材料学院报告厅举行。")
    assert "材料学院报告厅" in names(record, "Place")
    assert "材料学院报告厅" not in names(record, "Organization")


# -- a unit named after its parent, then by its own part --------------------------------------------------------------


def test_unit_named_after_its_parent_and_then_alone_is_one_unit():
    record = extract("材料学院分析测试中心对外开放。分析测试中心主任李明介绍了情况。")
    centre = [e for e in record.entities if e.type == "Organization" and "分析测试中心" in (e.name, *e.aliases)]
    assert len(centre) == 1
    assert ("李明", centre[0].name) in facts(record, "HOLDS_POSITION")


def test_own_part_shared_by_two_parents_stays_with_neither():
    record = extract("北京大学马克思主义学院和南开大学马克思主义学院联合主办论坛。")
    assert {"北京大学马克思主义学院", "南开大学马克思主义学院"} <= names(record, "Organization")


def test_every_item_of_a_list_the_team_was_selected_for_is_its_honour():
    record = extract("我校深海探测团队获全国“工人先锋号”荣誉称号。团队先后入选教育部创新团队、黄大年式教师团队。")
    honours = set(facts(record, "HOLDS_HONOR"))
    assert {("深海探测团队", "教育部创新团队"), ("深海探测团队", "黄大年式教师团队")} <= honours


def test_kinds_listed_after_a_description_are_no_honours():
    honours = names(extract("表彰在科普方面作出卓越贡献的优秀科技工作者和优秀团队。"), "Honor")
    assert not honours


def test_a_meeting_named_after_studying_a_party_congress_keeps_its_whole_name():
    assert "学习贯彻党的二十大精神宣讲报告会" in _forums("12月8日，安全工程学院举行学习贯彻党的二十大精神宣讲报告会。")


def test_leaders_joining_the_study_of_a_study_meeting_take_part():
    record = extract("11月18日，校党委理论学习中心组召开专题学习会。校长林晓、副校长王强参加学习。")
    assert {("林晓", "专题学习会"), ("王强", "专题学习会")} <= set(facts(record, "PARTICIPATED_IN"))


def test_units_whose_heads_sit_in_take_part_and_name_no_meeting():
    record = extract("11月18日，学校召开专题学习会。党委宣传部、校工会负责人列席会议。")
    assert names(record, "Forum") == {"专题学习会"}
    assert {("党委宣传部", "专题学习会"), ("校工会", "专题学习会")} <= set(facts(record, "PARTICIPATED_IN"))


def test_members_who_propose_at_a_consultation_meeting_take_part_in_its_discussion():
    record = extract(
        "日前，在全国政协农业和农村委员会召开的2025年“三农”工作对口协商座谈会上，委员们建言献策。"
        "全国政协委员、水利部原副部长林晓建议，推动城乡供水统筹立法。"
    )
    assert facts(record, "SPOKE_AT")[("林晓", "2025年“三农”工作对口协商座谈会")]["role"] == "discussion"


def test_a_member_of_the_national_political_consultative_conference_holds_a_post_there():
    positions = facts(extract("全国政协委员、水利部原副部长林晓建议，推动城乡供水统筹立法。"), "HOLDS_POSITION")
    assert positions[("林晓", "全国政协")]["titles"] == ["委员"]


def test_a_recruitment_presentation_is_an_event_and_its_year_no_part_of_its_short_name():
    record = extract("下午“2023年度东湖‘才聚三江’人才引进专场宣介会”在启航剧场召开。")
    event = next(e for e in record.entities if e.type == "Forum")
    assert event.name == "2023年度东湖‘才聚三江’人才引进专场宣介会"
    assert all(not a.startswith("度") for a in event.aliases)


def test_units_named_in_a_long_list_whose_heads_sit_in_take_part_though_some_items_are_no_units():
    record = extract(
        "11月18日，学校召开巡视整改专题学习会。校党委组织部、纪检监察机构、研究生院、战略发展部、"
        "校团委、马克思主义学院负责人列席会议。"
    )
    participated = set(facts(record, "PARTICIPATED_IN"))
    assert {("战略发展部", "巡视整改专题学习会"), ("马克思主义学院", "巡视整改专题学习会")} <= participated


def test_youth_league_committee_of_a_college_holds_its_league_honour():
    record = extract("近日，园艺学院团委荣获“东湖省五四红旗团委”称号。")
    assert ("园艺学院团委", "东湖省五四红旗团委") in facts(record, "HOLDS_HONOR")


def test_event_of_a_year_class_is_named():
    record = extract("1月3日，环测学院在A506会议室开展了2019级“情暖冬日”冬衣发放活动暨师生座谈会。")
    assert "2019级“情暖冬日”冬衣发放活动暨师生座谈会" in names(record, "Forum")
