"""Constructions of the ninth round (from blind13's misses), each on a short invented sentence: titles that
the verb or the list's closing names whatever their head (获评X, X称号, A、B等荣誉), a profile clause whose
verb of receiving has a subject of its own, and clause openers before a unit's name."""

import pytest

from tests.extract_helpers import extract, facts, names

# -- titles a designating verb names --------------------------------------------------------------------------


def test_a_quoted_title_before_its_closing_word_is_an_honour_whatever_its_head():
    record = extract("我校物理学院教师林小东获评2021年“东湖最美教师”称号。")
    assert ("林小东", "东湖最美教师") in facts(record, "HOLDS_HONOR")


def test_the_year_before_a_designated_title_is_its_edition():
    record = extract("我校物理学院教师林小东获评2021年“东湖最美教师”称号。")
    assert facts(record, "HOLDS_HONOR")[("林小东", "东湖最美教师")]["edition"] == "2021年"


def test_a_nomination_prize_of_a_quoted_title_is_an_honour_of_its_own():
    record = extract("化学学院辅导员王大海获评2021年“东湖最美教师”提名奖。")
    assert ("王大海", "“东湖最美教师”提名奖") in facts(record, "HOLDS_HONOR")


def test_each_list_of_holders_holds_the_title_its_verb_names():
    record = extract("物理学院、化学学院获评优秀组织单位，林小东、王大海获评优秀带队教师。")
    held = facts(record, "HOLDS_HONOR")
    assert {("物理学院", "优秀组织单位"), ("化学学院", "优秀组织单位")} <= held.keys()
    assert {("林小东", "优秀带队教师"), ("王大海", "优秀带队教师")} <= held.keys()


@pytest.mark.parametrize(
    "sentence",
    [
        "林小东主讲的课程《光学》被评为国家级精品课。",  # a course's designation
        "林小东的作品被评为优秀作品。",
    ],
)
def test_a_designation_of_a_course_or_a_work_is_no_title_of_its_teacher(sentence):
    assert not any(head == "林小东" for head, _ in facts(extract(sentence), "HOLDS_HONOR"))


def test_a_count_before_a_quoted_title_is_no_part_of_its_name():
    record = extract("2019年，林小东被授予全国百名“新时代建筑能手”称号。")
    assert ("林小东", "新时代建筑能手") in facts(record, "HOLDS_HONOR")


# -- lists closed by 等荣誉 ----------------------------------------------------------------------------------------


def test_every_item_of_a_list_closed_by_honours_is_a_title():
    record = extract("林小东先后获东湖省教师年度人物、东湖青年好网民等荣誉奖励。")
    held = facts(record, "HOLDS_HONOR")
    assert {("林小东", "东湖省教师年度人物"), ("林小东", "东湖青年好网民")} <= held.keys()


def test_an_item_opened_by_a_level_is_named_whole():
    record = extract("林小东先后获东湖省教师年度人物、东湖青年好网民等荣誉奖励。")
    assert "年度人物" not in names(record, "Honor")


def test_a_unit_shaped_item_of_a_closed_list_is_a_title_not_a_unit():
    record = extract("王大海带领学院团委获全国五四红旗团委、全国高校活力团支部等荣誉。")
    assert "全国高校活力团支部" in names(record, "Honor")
    assert "全国高校活力团支部" not in names(record, "Organization")
    assert ("学院团委", "全国高校活力团支部") in facts(record, "HOLDS_HONOR")


def test_a_quoted_part_of_a_listed_title_keeps_its_level():
    record = extract("林小东指导的团队获东湖省高校道德模范、省“百佳”党支部等荣誉。")
    assert "省“百佳”党支部" in names(record, "Honor")


def test_a_ranked_prize_in_a_closed_list_ends_no_list():
    record = extract("林小东先后获东湖青年好网民、全国高校优秀作品二等奖等荣誉奖励。")
    assert "全国高校优秀作品二" not in names(record, "Honor")


# -- profile clauses with a subject of their own ---------------------------------------------------------------


def test_a_profile_clause_whose_verb_has_another_subject_gives_the_person_nothing():
    record = extract("林小东，1986年7月生，中共党员，指导学生团队获东湖省优秀志愿服务组织等荣誉。")
    assert not any(head == "林小东" for head, _ in facts(record, "HOLDS_HONOR"))


# -- clause openers before a unit ------------------------------------------------------------------------------


@pytest.mark.parametrize("opener", ["先后任", "历任", "带领", "率领"])
def test_a_verb_before_a_unit_is_no_part_of_its_name(opener):
    record = extract(f"林小东，中共党员，{opener}东湖大学物理学院辅导员。")
    assert not any(n.startswith(opener) for n in names(record, "Organization"))


# -- weeks of events, 作为X的重点活动, organisers with no object ------------------------------------------------

_WEEK = (
    "近日，东湖市第12届科技周活动在东湖会展中心开幕。据了解，作为东湖市科技周的重点活动，东湖大学科技周活动也在"
    "火热进行。东湖大学科协携手生命科学学院、化学学院等单位联合举办，活动引起了市民的广泛关注。"
)


def test_a_week_of_science_is_an_event():
    assert "东湖市第12届科技周活动" in names(extract(_WEEK), "Forum")


def test_a_name_without_its_edition_and_closing_activity_is_the_same_event():
    assert "东湖市科技周" not in names(extract(_WEEK), "Forum")


def test_the_activity_an_as_phrase_names_its_parent_is_a_part_of_it():
    assert ("东湖大学科技周活动", "东湖市第12届科技周活动") in facts(extract(_WEEK), "PART_OF")


def test_organisers_with_no_object_organise_the_subject_of_the_sentence_before():
    organised = facts(extract(_WEEK), "ORGANIZED")
    assert {("东湖大学科协", "东湖大学科技周活动"), ("化学学院", "东湖大学科技周活动")} <= organised.keys()


def test_the_manner_of_a_progressive_is_no_venue():
    assert "火热" not in names(extract(_WEEK), "Place")


def test_the_home_region_before_an_event_is_no_part_of_its_name():
    record = extract("日前，由东湖省教育厅举办的我省第二届高等学校课程思政教学竞赛落幕。")
    assert "第二届高等学校课程思政教学竞赛" in names(record, "Forum")
    assert ("东湖省教育厅", "第二届高等学校课程思政教学竞赛") in facts(record, "ORGANIZED")


# -- congresses named in short --------------------------------------------------------------------------------


def test_a_congress_named_in_short_with_its_term_is_an_event():
    record = extract("东湖大学第五届三次教代会暨七届二次工代会4月10日在图书馆报告厅闭幕。")
    assert "东湖大学第五届三次教代会暨七届二次工代会" in names(record, "Forum")
    assert ("东湖大学第五届三次教代会暨七届二次工代会", "图书馆报告厅") in facts(record, "HELD_AT")


@pytest.mark.parametrize(
    "sentence",
    [
        "管理层要在思想上高度重视教代会。",  # the standing body
        "要充分发挥学院二级教代会的作用。",
    ],
)
def test_a_congress_named_in_short_without_a_term_is_no_event(sentence):
    assert names(extract(sentence), "Forum") == set()


def test_a_short_congress_inside_a_longer_name_is_no_name_of_its_own():
    record = extract("东湖大学第七届教代会第二次会议召开。")
    assert names(record, "Forum") == {"东湖大学第七届教代会第二次会议"}


def test_a_verb_before_a_bare_head_opens_no_event_name():
    record = extract("校工会有关负责同志受大会委托，作了提案工作报告。")
    assert not any("同志" in n for n in names(record, "Forum"))


# -- names listed with a name ---------------------------------------------------------------------------------


def test_a_word_listed_between_names_is_a_name():
    record = extract("在东湖学院林小东、甘甜、王大海等老师带领下，团队获得一等奖。")
    assert {"林小东", "甘甜", "王大海"} <= names(record, "Person")


def test_the_first_item_of_a_list_of_names_after_a_word_is_a_name():
    record = extract("由工程管理专业学子万里、文静、王大海等同学组成的团队获得一等奖。")
    assert {"万里", "文静"} <= names(record, "Person")


def test_an_item_cut_inside_a_longer_unlisted_name_is_no_name():
    record = extract("（本报记者张文杰、赵景辉、强郁林、刘向东参与采写）")
    assert "郁林" not in names(record, "Person")


# -- one title after a list of units ----------------------------------------------------------------------------


def test_units_of_one_kind_listed_before_a_title_each_hold_it():
    record = extract("林小东，1986年7月生，中共党员，先后任东湖工程大学国防学院、数学学院辅导员。")
    held = facts(record, "HOLDS_POSITION")
    assert {("林小东", "东湖工程大学国防学院"), ("林小东", "数学学院")} <= held.keys()


def test_a_panel_listed_before_a_unit_and_its_title_holds_no_title():
    record = extract("国家级竞赛评委、经济学院教授王大海参加座谈。")
    assert ("王大海", "国家级竞赛评委") not in facts(record, "HOLDS_POSITION")


# -- event names with a noun read as a pronoun, rooms with a wing -------------------------------------------------

_SELECTION = (
    "近日，党委教师工作部、校工会和教务部共同组织的东湖大学第三届全省本科高校青年教师教学竞赛选拔赛在"
    "南湖校区博学楼5-C205举行。"
)


def test_an_event_name_holding_a_noun_the_dictionary_reads_as_a_pronoun_is_found():
    assert "东湖大学第三届全省本科高校青年教师教学竞赛选拔赛" in names(extract(_SELECTION), "Forum")


def test_a_determiner_before_a_contest_still_opens_no_name():
    assert names(extract("各地学校对全国金相技能大赛给予关注。"), "Forum") == set()


def test_a_room_numbered_with_its_wing_is_a_venue():
    assert "南湖校区博学楼5-C205" in names(extract(_SELECTION), "Place")


# -- contests of a rank and events that describe someone ---------------------------------------------------------

_ROUND = (
    "近日，校工会和教务部共同组织的东湖大学第三届青年教师教学竞赛选拔赛在博学楼举行。参赛教师是参加过校级讲课比赛"
    "且获得过等次奖，或获得过由各专业学会举办的省级讲课比赛特等奖或一等奖的青年教师。校工会主席林东参加活动并致辞。"
    "最终，王大海、李小红两位老师获得一等奖。"
)


def test_a_contest_named_only_by_its_rank_is_no_event():
    record = extract(_ROUND)
    assert not {"校级讲课比赛", "省级讲课比赛"} & names(record, "Forum")


def test_prizes_after_a_contest_of_a_rank_go_to_the_reported_contest():
    assert ("王大海", "东湖大学第三届青年教师教学竞赛选拔赛") in facts(extract(_ROUND), "PARTICIPATED_IN")


def test_an_event_whose_prize_describes_someone_is_no_topic_of_the_next_sentence():
    record = extract(
        "东湖大学第三届青年教师教学竞赛选拔赛在博学楼举行。选手是获得过第五届东湖杯讲课比赛一等奖的青年教师。"
        "校工会主席林东致辞。"
    )
    assert ("林东", "东湖大学第三届青年教师教学竞赛选拔赛") in facts(record, "SPOKE_AT")


# -- students with their major, 当选为 ------------------------------------------------------------------------------


def test_a_student_written_with_a_major_is_a_member_of_the_school_before_it():
    record = extract("近日，我校物理学院应用物理专业2020级硕士研究生林小东当选为东湖省学生联合会驻会执行主席。")
    assert ("林小东", "物理学院") in facts(record, "MEMBER_OF")


def test_elected_as_opens_no_unit_name():
    record = extract("林小东，1998年生，当选为东湖省学生联合会驻会执行主席。")
    assert not any(n.startswith("当选") for n in names(record, "Organization"))


# -- units an event drew, cups --------------------------------------------------------------------------------------


def test_the_units_an_event_drew_took_part_in_it():
    record = extract(
        "2019年全国大学生机器人竞赛于10月19日在东湖大学举行。本次竞赛吸引了来自西湖农业大学、东海理工大学等多所学校参加。"
    )
    contest = "2019年全国大学生机器人竞赛"
    assert {("西湖农业大学", contest), ("东海理工大学", contest)} <= facts(record, "PARTICIPATED_IN").keys()


def test_a_contest_named_after_its_cup_is_an_event():
    assert "第五届东湖杯机器人竞赛" in names(extract("第五届东湖杯机器人竞赛于10月19日在东湖大学举行。"), "Forum")


def test_a_contest_of_several_listed_subjects_is_one_event():
    record = extract("日前，第四届全国高等学校青年教师电路、信号与系统、电磁场课程教学竞赛决赛线上举行。")
    assert any(n.startswith("第四届全国高等学校青年教师电路、信号与系统") for n in names(record, "Forum"))


# -- quoted titles with an edition, before 称号, on a published list ---------------------------------------------------


def test_a_quoted_title_after_its_edition_is_named_whole():
    from loaders.extract.honours import honour_at_end

    assert honour_at_end("首届“全国东湖青年先锋”") == "全国东湖青年先锋"


def test_a_quotation_before_title_is_an_honour_whatever_its_head():
    record = extract("全国380名青年被授予“全国东湖青年先锋”称号。")
    assert "全国东湖青年先锋" in names(record, "Honor")


def test_the_persons_on_a_published_list_of_a_quoted_title_hold_it_whole():
    record = extract("近日，由团中央联合启动的首届“全国东湖青年先锋”评选结果公布，我校毕业生林小东、王大海等成功入选。")
    assert ("林小东", "全国东湖青年先锋") in facts(record, "HOLDS_HONOR")


def test_a_verb_of_talking_about_ends_a_name():
    record = extract("艺传学院院长江萍谈到，学校工作报告令人振奋。")
    assert "江萍" in names(record, "Person")


def test_the_members_of_a_body_listed_with_a_unit_make_both_take_part():
    record = extract("3月23日，学校召开教代会执委会全体委员会议。教代会执委会委员及财务处相关负责人参加会议。")
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("教代会执委会", "教代会执委会全体委员会议"), ("财务处", "教代会执委会全体委员会议")} <= took_part.keys()


_HOSTS = (
    "2019年全国大学生机器人竞赛决赛于10月19日在东湖农业大学举行。该项赛事由东湖农业工程学会主办，"
    "农业电气化与信息化分会和东湖农业大学联合承办。"
)


def test_by_opens_no_unit_name_after_a_demonstrative():
    assert not any(n.startswith("项赛事") for n in names(extract(_HOSTS), "Organization"))


def test_a_unit_named_with_two_fields_joined_by_yu_is_one_item_of_a_list():
    undertook = facts(extract(_HOSTS), "UNDERTOOK")
    assert {
        ("农业电气化与信息化分会", "2019年全国大学生机器人竞赛决赛"),
        ("东湖农业大学", "2019年全国大学生机器人竞赛决赛"),
    } <= (undertook.keys())


def test_a_unit_that_won_at_an_event_took_part_in_it():
    record = extract("我校在第五届东湖省高校青年教师教学竞赛中获佳绩\n日前，第五届东湖省高校青年教师教学竞赛落幕。\n")
    assert ("我校", "第五届东湖省高校青年教师教学竞赛") in facts(record, "PARTICIPATED_IN")


def test_a_list_of_things_won_is_no_one_contest_name():
    record = extract(
        "王小红大学期间获评优秀学生标兵、国家奖学金、全国大学生体育产业创新创业大赛（西南赛区）一等奖等30余项奖励。"
    )
    assert any(n.startswith("全国大学生体育产业创新创业大赛") for n in names(record, "Forum"))
    assert not any("、" in n for n in names(record, "Forum"))


def test_a_list_of_trades_before_a_contest_is_still_one_name():
    record = extract("近日，学校举办了车工、钳工职工技能大赛。")
    assert "车工、钳工职工技能大赛" in names(record, "Forum")


# -- lists of holders ----------------------------------------------------------------------------------------------


def test_each_person_of_a_list_with_post_name_titles_holds_the_honour():
    record = extract("林小东教授、王大海副教授荣获优秀指导老师称号。")
    held = facts(record, "HOLDS_HONOR")
    assert {("林小东", "优秀指导老师"), ("王大海", "优秀指导老师")} <= held.keys()


def test_respectively_pairs_the_persons_with_the_honours_in_order():
    held = facts(extract("林小东、王大海分别获评全国劳动模范和全国五一劳动奖章。"), "HOLDS_HONOR")
    assert {("林小东", "全国劳动模范"), ("王大海", "全国五一劳动奖章")} <= held.keys()
    assert ("林小东", "全国五一劳动奖章") not in held


def test_the_students_of_a_unit_winning_make_the_unit_take_part():
    record = extract("10月30日，机电学院学子在2019年全国大学生人工智能与机器人竞赛斩获特等奖1项。")
    assert ("机电学院", "2019年全国大学生人工智能与机器人竞赛") in facts(record, "PARTICIPATED_IN")


def test_winners_of_prizes_of_several_ranks_took_part():
    record = extract(
        "近日，天津高校第十六届青年教师教学竞赛结果揭晓。历史学院王凛松、金融学院段月琳分别荣获二、三等奖。"
    )
    took_part = facts(record, "PARTICIPATED_IN")
    assert {
        ("王凛松", "天津高校第十六届青年教师教学竞赛"),
        ("段月琳", "天津高校第十六届青年教师教学竞赛"),
    } <= took_part.keys()


# -- judges -----------------------------------------------------------------------------------------------------------

_JUDGED = (
    "第七届东湖大学金相技能大赛在材料学院举行。材料学院学生杨思成、李想作学生评委。"
    "决赛评委由四川大学商学院向明教授、西南财经大学谭洪波教授等5名嘉宾共同组成。历史学院付成林教授担任大赛文科组评委。"
)


@pytest.mark.parametrize("judge", ["杨思成", "李想", "向明", "谭洪波", "付成林"])
def test_the_judges_of_a_contest_take_part_in_it_as_judges(judge):
    took_part = facts(extract(_JUDGED), "PARTICIPATED_IN")
    assert took_part[(judge, "第七届东湖大学金相技能大赛")]["role_text"] == "评委"


# -- units that speak or perform at an event -----------------------------------------------------------------------

_VIDEO_MEETING = (
    "3月10日，学校2022年工会教代会工作视频会召开。工会教代会工作先进集体申报单位代表，林学院部门工会等六个单位作了"
    "工作经验分享和交流。人事处、教务处等单位就有关提案进行详细答复。王大海代表学校作交流发言。"
)


def test_units_that_speak_at_an_event_take_part_in_it():
    took_part = facts(extract(_VIDEO_MEETING), "PARTICIPATED_IN")
    meeting = "2022年工会教代会工作视频会"
    assert {("林学院部门工会", meeting), ("人事处", meeting), ("教务处", meeting)} <= took_part.keys()


def test_a_person_speaking_for_a_unit_makes_no_unit_take_part():
    assert not any(head.startswith("代表") for head, _ in facts(extract(_VIDEO_MEETING), "PARTICIPATED_IN"))


# -- honour lists written as heading lines ------------------------------------------------------------------------

_HONOUR_BOARD = (
    "东湖大学2022年毕业金榜揭晓。\n最具发展力班级\n核科学与技术学院 20181500班\n"
    "20181500班学习成绩优异，全班13人全员升学。\n"
    "创新之星\n计算机科学与技术学院赵子明\n赵子明怀着对算法的热爱，积极参与各项程序设计竞赛。\n"
)


def test_a_heading_line_titles_the_holder_named_on_the_next_line():
    held = facts(extract(_HONOUR_BOARD), "HOLDS_HONOR")
    assert {("20181500班", "最具发展力班级"), ("赵子明", "创新之星")} <= held.keys()


def test_a_lone_section_heading_before_a_line_is_no_title():
    record = extract("学校举行运动会。\n精彩瞬间\n花束方队\n运动员们奋勇拼搏。\n")
    assert names(record, "Honor") == set()


def test_a_caption_naming_a_person_is_no_title():
    record = extract("大会召开。\n林小东副书记致辞\n花束方队\n彩旗方队入场\n王大海校长讲话\n仪仗方队\n")
    assert facts(record, "HOLDS_HONOR") == {}


# -- names: 和 closing a given name, profiles, transcribed names ----------------------------------------------------


def test_a_profile_opening_with_a_year_of_birth_names_its_person():
    record = extract("卜立和\n卜立和，1964年生，辽宁朝阳人，东湖大学教授。卜立和长期从事配合物化学研究。\n")
    assert "卜立和" in names(record, "Person")
    assert "卜立" not in names(record, "Person")


def test_he_before_a_noun_is_still_a_conjunction():
    record = extract("校长林小东和王大海教授出席会议。")
    assert {"林小东", "王大海"} <= names(record, "Person")


@pytest.mark.parametrize("dot", ["·", "•"])
def test_a_transcribed_name_may_be_written_with_a_bullet(dot):
    record = extract(f"东湖联邦理工学院教授米夏埃尔{dot}格雷策尔当选中国科学院外籍院士。")
    assert f"米夏埃尔{dot}格雷策尔" in names(record, "Person")


@pytest.mark.parametrize("prize", ["霍英东优秀青年教师奖", "卢嘉锡优秀导师奖"])
def test_a_name_opening_a_prize_received_is_no_person(prize):
    record = extract(f"林小东教授长期从事化学研究，2000年获教育部{prize}。")
    assert names(record, "Person") == {"林小东"}


def test_the_verb_ren_before_a_body_and_its_title_is_no_surname():
    record = extract("东湖研究所党支部现有党员16人，范立峰教授任支部书记。")
    assert "任支部" not in names(record, "Person")


def test_the_surname_ren_before_a_title_still_names_a_person():
    assert "任建国" in names(extract("任建国书记出席会议。"), "Person")


# -- titles after an edition year, lists closed by a count, a pronoun's longer clause ---------------------------------


def test_a_title_found_only_as_qualifier_and_head_is_named_by_the_words_before_it():
    record = extract("王小明获评2019学生年度人物。")
    assert ("王小明", "学生年度人物") in facts(record, "HOLDS_HONOR")


def test_a_list_closed_by_a_counted_honours_is_one_of_titles():
    record = extract("艺术学院的林小红获评优秀学生。她在大学期间先后获得东湖优秀学生标兵等25项荣誉奖励。")
    assert ("林小红", "东湖优秀学生标兵") in facts(record, "HOLDS_HONOR")


def test_a_prize_named_by_reference_to_the_contest_is_no_honour():
    record = extract("第十一届全国大学生GIS应用技能大赛在东湖理工大学举行。我校代表队荣获本次大赛二等奖。")
    assert not any(n.startswith("本次") for n in names(record, "Honor"))


def test_a_title_written_by_reference_is_the_documents_one_title_ending_with_it():
    record = extract("王小明获评2019学生年度人物。\n艺术与传媒学院的陈芳获评本次年度人物。\n")
    assert ("陈芳", "学生年度人物") in facts(record, "HOLDS_HONOR")


def test_the_college_named_by_yuan_alone_is_the_sections_college():
    record = extract("数学学院召开第二届教职工代表大会。院党委书记陈武致闭幕辞。")
    assert ("陈武", "数学学院") in facts(record, "HOLDS_POSITION")


@pytest.mark.parametrize("title", ["法人", "合伙人", "创始人"])
def test_the_owner_of_a_firm_holds_a_position_in_it(title):
    record = extract(f"东湖水产养殖科技公司{title}杨涛是我校动物科技学院2014届毕业生。")
    assert facts(record, "HOLDS_POSITION")[("杨涛", "东湖水产养殖科技公司")]["titles"] == [title]


def test_what_a_person_at_the_meeting_says_is_a_speech_there():
    record = extract("东湖大学后勤历史与发展研讨会召开。副校长林小东出席会议。林小东表示，学校即将迎来建校100周年。")
    assert ("林小东", "东湖大学后勤历史与发展研讨会") in facts(record, "SPOKE_AT")


def test_what_a_person_not_at_the_meeting_says_is_no_speech_there():
    record = extract("东湖大学后勤历史与发展研讨会召开。王大海表示，学校即将迎来建校100周年。")
    assert ("王大海", "东湖大学后勤历史与发展研讨会") not in facts(record, "SPOKE_AT")


def test_a_mobilisation_meeting_of_a_festivals_entrants_is_one_event():
    record = extract("9月23日下午，我校在人文学院报告厅召开江苏省第六届大学生艺术展演参赛团队动员会。")
    assert "江苏省第六届大学生艺术展演参赛团队动员会" in names(record, "Forum")


def test_units_whose_counted_teams_won_prizes_took_part():
    record = extract(
        "第四届“注协杯”东湖省大学生会计技能大赛在东湖农业大学举行。评选出四川大学、东湖农业大学等13支高校团队获得一等奖；"
        "西南科技大学等26支高校团队获得二等奖。"
    )
    took_part = facts(record, "PARTICIPATED_IN")
    contest = "第四届“注协杯”东湖省大学生会计技能大赛"
    assert {("四川大学", contest), ("东湖农业大学", contest), ("西南科技大学", contest)} <= took_part.keys()


def test_a_list_of_winners_opens_no_units_name():
    record = extract(
        "评选出四川大学、东湖农业大学等13支高校团队获得一等奖；西南科技大学等26支团队获得二等奖和西南交通大学等38支团队获得三等奖。"
    )
    assert not any(n.startswith(("评选出", "二等奖")) for n in names(record, "Organization"))


def test_a_contests_division_in_brackets_is_part_of_its_name():
    record = extract("近日，2019年全国大学生电子设计竞赛（四川赛区）在东湖科技大学落下帷幕。")
    contest = next(e for e in record.entities if e.type == "Forum")
    assert contest.name == "2019年全国大学生电子设计竞赛（四川赛区）"
    assert "2019年全国大学生电子设计竞赛" in contest.aliases


# -- a ceremony joined to another event ---------------------------------------------------------------------------


def test_a_ceremony_joined_to_a_talk_is_one_event_named_whole():
    record = extract(
        "4月23日下午，东湖大学第十八届读书节开幕式暨名师名家报告会在图书馆报告厅举行。校党委副书记林东致辞。"
    )
    joint = "东湖大学第十八届读书节开幕式暨名师名家报告会"
    assert joint in names(record, "Forum")
    assert (joint, "图书馆报告厅") in facts(record, "HELD_AT")
    assert not any(n.startswith("式暨") for n in names(record, "Forum"))


def test_a_speech_studied_at_a_meeting_was_not_given_there():
    record = extract("2022年度统一战线第四次双月座谈会召开。座谈会上，大家集体学习了王东明总书记近期重要讲话精神。")
    assert not any(head == "王东明" for head, _ in facts(record, "SPOKE_AT"))


def test_a_studied_speech_keeps_the_event_it_was_given_at():
    record = extract("为深入贯彻落实王东明总书记在东湖协同发展座谈会上的重要讲话精神，三地总工会联合开展劳动竞赛。")
    assert ("王东明", "东湖协同发展座谈会") in facts(record, "SPOKE_AT")


def test_an_event_listed_as_a_part_of_a_series_is_no_topic_of_the_next_sentence():
    record = extract(
        "东湖大学作物学科学术活动月开幕式举行。据悉，系列活动包括作物学科知识技能大赛初赛和复赛、专家分享会。"
        "林小东教授作分享交流。"
    )
    assert not any(tail.startswith("作物学科知识技能大赛") for _, tail in facts(record, "SPOKE_AT"))


def test_a_theory_groups_study_session_joined_to_a_meeting_is_one_event():
    record = extract(
        "3月17日，校党委书记林东主持召开党委常委会（扩大）会议暨党委理论学习中心组集体学习。校领导王大海、李小红参加学习。"
    )
    joint = "党委常委会（扩大）会议暨党委理论学习中心组集体学习"
    assert joint in names(record, "Forum")
    assert ("王大海", joint) in facts(record, "PARTICIPATED_IN")


def test_a_study_session_without_its_group_is_no_event():
    assert names(extract("大家要加强集体学习。"), "Forum") == set()
