"""Constructions of the thirteenth round (from blind18's misses), each on a short invented sentence: honour
lists closed by 等 alone, subjectless honour sentences after adverbs of succession, lines broken inside a
sentence, honours that describe the person named after them, and clause words before a unit's name."""

import pytest

from loaders.extract.orgs import OrgRules
from tests.extract_helpers import extract, facts, names

# -- lists of honours -------------------------------------------------------------------------------------------


def test_a_list_of_honours_closed_by_deng_alone_keeps_its_last_item():
    record = extract("标题\n\n林子安教授曾获全国五一劳动奖章、全国先进工作者等。")
    assert {("林子安", "全国五一劳动奖章"), ("林子安", "全国先进工作者")} <= facts(record, "HOLDS_HONOR").keys()


def test_a_ranked_prize_before_deng_is_no_closing():
    record = extract("标题\n\n林子安教授曾获省科技进步二等奖、全国先进工作者等。")
    assert ("林子安", "全国先进工作者") in facts(record, "HOLDS_HONOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "相继被授予全国五一劳动奖章、全国先进工作者等。",
        "1990年以来，相继被授予全国五一劳动奖章、全国先进工作者等。",
        "陆续获得全国五一劳动奖章、全国先进工作者等荣誉。",
    ],
)
def test_a_subjectless_honour_sentence_after_an_adverb_of_succession_is_the_persons(sentence):
    record = extract(f"标题\n\n林子安教授主要研究方向为光学。{sentence}")
    assert {("林子安", "全国五一劳动奖章"), ("林子安", "全国先进工作者")} <= facts(record, "HOLDS_HONOR").keys()


# -- lines broken inside a sentence -----------------------------------------------------------------------------


def test_a_line_broken_inside_a_latin_word_keeps_the_paragraphs_person():
    record = extract("标题\n\n林子安教授主要研究方向为光学。任Optics\n\nLetters等期刊编委。"
                     "曾获全国五一劳动奖章等荣誉。")
    assert ("林子安", "全国五一劳动奖章") in facts(record, "HOLDS_HONOR")


def test_a_line_broken_inside_a_book_title_keeps_the_paragraphs_person():
    record = extract("标题\n\n林子安，东海大学教授。现任《Journal of\n\nOptics》等刊物编委。"
                     "相继被授予全国先进工作者等。")
    assert ("林子安", "全国先进工作者") in facts(record, "HOLDS_HONOR")


def test_a_heading_line_still_ends_the_paragraphs_person():
    record = extract("标题\n\n林子安教授主要研究方向为光学。\n\n荣誉榜\n\n曾获全国五一劳动奖章等荣誉。")
    assert ("林子安", "全国五一劳动奖章") not in facts(record, "HOLDS_HONOR")


# -- honours that describe a person -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "honour"),
    [
        ("作为全国先进工作者的林仕安依然激动不已。", "全国先进工作者"),
        ("身为全国五一劳动奖章获得者的林仕安说，要干好本职工作。", "全国五一劳动奖章"),
        ("作为全国劳动模范，林仕安一直坚守在一线。", "全国劳动模范"),
    ],
)
def test_an_honour_that_describes_the_person_named_after_it_is_held(sentence, honour):
    assert ("林仕安", honour) in facts(extract(sentence), "HOLDS_HONOR")


def test_an_honour_described_before_a_pronoun_is_the_sections_persons():
    record = extract("标题\n\n林仕安是东海公司焊工。作为全国劳动模范，他一直坚守在一线。")
    assert ("林仕安", "全国劳动模范") in facts(record, "HOLDS_HONOR")


def test_a_post_described_so_is_no_honour():
    record = extract("作为东海大学的教师，林仕安一直坚守在讲台。")
    assert not facts(record, "HOLDS_HONOR")


# -- what stands before a unit's name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("林子安教授于1998年获得东海大学学士学位。2007年1月入职东海光电研究所任教授。", "东海光电研究所"),
        ("学习会举行。会议邀请档案馆馆长林坤作报告。", "档案馆"),
        ("第一辑展示党政办公室党支部林嘉鹏宣讲《统筹谋划》。", "党政办公室党支部"),
    ],
)
def test_a_month_or_a_verb_before_a_unit_is_no_part_of_its_name(sentence, unit):
    record = extract(sentence)
    assert unit in names(record, "Organization")
    assert not any(n.endswith(unit) and n != unit for n in names(record, "Organization"))


def test_a_profiles_headline_verb_is_no_part_of_the_unit():
    record = extract("平凡档案人——记档案馆教师林坚\n\n正文。")
    assert ("林坚", "档案馆") in facts(record, "HOLDS_POSITION")


def test_a_verb_of_holding_between_unit_and_title_is_no_part_of_the_title():
    record = extract("林子安教授于1998年获得东海大学学士学位。2007年1月入职东海光电研究所任教授。")
    assert facts(record, "HOLDS_POSITION")[("林子安", "东海光电研究所")]["titles"] == ["教授"]


@pytest.mark.parametrize("unit", ["国际邀请赛组委会", "城市规划展示馆"])
def test_a_body_named_by_such_a_word_keeps_it(unit):
    assert unit in names(extract(f"{unit}主任林坤出席。"), "Organization")


# -- campaigns, contests and talks ------------------------------------------------------------------------------


def test_units_running_a_campaign_from_a_place_for_a_period_organise_it():
    record = extract("宣传部、教师工作部和校工会在学校联合开展了为期1个月的“师德征文活动”。")
    organised = facts(record, "ORGANIZED")
    assert {("宣传部", "师德征文活动"), ("教师工作部", "师德征文活动"), ("校工会", "师德征文活动")} <= organised.keys()


def test_the_home_school_where_units_act_together_is_no_place():
    record = extract("宣传部和校工会在学校联合开展了“师德征文活动”。")
    assert not names(record, "Place")


def test_units_an_event_drew_keep_their_names_before_a_counted_kind():
    record = extract("东湖设计大赛结果揭晓。本次大赛共吸引来自东湖理工大学、西岭大学等高校共计1569支团队报名参与。")
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("东湖理工大学", "东湖设计大赛"), ("西岭大学", "东湖设计大赛")} <= took_part.keys()
    assert all(len(unit) < 8 for unit, _ in took_part)


def test_a_lecture_named_by_the_theme_stated_after_it_is_an_event_its_speaker_spoke_at():
    record = extract("10月21日，东海大学林子新教授应邀到访我校，带来了一场学术报告，报告主题为“合成生物学的未来”。")
    assert ("林子新", "合成生物学的未来") in facts(record, "SPOKE_AT")


def test_a_hall_is_the_venue_whatever_the_verb_after_it():
    record = extract("林子新教授在图书馆二楼报告厅作了题为“合成生物学的未来”的报告。")
    assert ("合成生物学的未来", "图书馆二楼报告厅") in facts(record, "HELD_AT")


def test_a_guests_university_is_not_the_reporting_school():
    record = extract("10月21日，东海大学林子新教授应邀到访我校，作了题为“合成生物学的未来”的报告。")
    assert {"东海大学", "我校"} <= names(record, "Organization")


# -- profile lines ----------------------------------------------------------------------------------------------


def test_a_labelled_profile_line_describes_the_person_it_opens_with():
    record = extract("标题\n\n个人简介：林善安，商学院实验中心实验师，曾获评省级优秀指导教师称号。")
    assert ("林善安", "商学院实验中心") in facts(record, "HOLDS_POSITION")


@pytest.mark.parametrize(
    "sentence",
    [
        "曾两次获评省级优秀指导教师称号，一次获校级优秀班主任荣誉。",
        "3次获评省级优秀指导教师称号，一次获校级优秀班主任荣誉。",
    ],
)
def test_a_count_of_times_before_the_verb_keeps_a_subjectless_honour_the_persons(sentence):
    record = extract(f"标题\n\n林善安是商学院教师。{sentence}")
    held = facts(record, "HOLDS_HONOR")
    assert {("林善安", "省级优秀指导教师"), ("林善安", "校级优秀班主任")} <= held.keys()


def test_a_move_to_a_unit_is_no_part_of_its_name():
    record = extract("2009年，林善安转到商学院担任实验教师。")
    assert "商学院" in names(record, "Organization")


# -- organisers and events of a unit ----------------------------------------------------------------------------


def test_a_body_by_which_an_event_was_organised_organises_it():
    record = extract("10月15日，由校工会组织的教代会工作征求意见座谈会在东湖校区进行。")
    assert ("校工会", "教代会工作征求意见座谈会") in facts(record, "ORGANIZED")


def test_organisation_as_a_noun_organises_nothing():
    record = extract("学院加强基层党组织建设，座谈会在东湖宾馆举行。")
    assert not facts(record, "ORGANIZED")


def test_a_count_of_campuses_is_no_venue():
    record = extract("10月15日，由校工会组织的座谈会分别在三校区进行。")
    assert not names(record, "Place")


def test_units_written_before_a_quoted_event_that_is_held_organise_it():
    record = extract("10月17日下午，财务处、基建处“守初心、担使命”主题教育专题学习会举行，两部门全体人员参会。")
    event = "“守初心、担使命”主题教育专题学习会"
    assert {("财务处", event), ("基建处", event)} <= facts(record, "ORGANIZED").keys()


def test_a_study_session_is_an_event_whose_name_does_not_swallow_the_study_meeting_word():
    record = extract("法学院召开党风廉政建设专题学习会议。")
    assert "党风廉政建设专题学习会议" in names(record, "Forum")


def test_an_exhibition_is_an_event_its_organisers_organise():
    record = extract("师生前往东湖会展中心参观“奋进新时代大型成就展”。本次展览由省委、省政府主办。")
    assert {("省委", "奋进新时代大型成就展"), ("省政府", "奋进新时代大型成就展")} <= facts(record, "ORGANIZED").keys()


def test_what_a_round_of_a_contest_is_is_no_contest_of_its_own():
    record = extract(
        "4月25日，化学学院第四届实验技能大赛决赛在报告厅举行。其中，初赛为笔试；复赛为实验技能比赛。"
        "由江昊林、张昊林两位同学组成的队伍获得一等奖。"
    )
    assert "实验技能比赛" not in names(record, "Forum")
    assert all(event.startswith("化学学院第四届") for _, event in facts(record, "PARTICIPATED_IN"))


# -- posts --------------------------------------------------------------------------------------------------------


def test_a_cadres_rank_in_a_unit_is_a_post_there():
    record = extract("标题\n\n林嘉鹏，男，党政办公室正科级干部，2014年6月参加工作。")
    assert facts(record, "HOLDS_POSITION")[("林嘉鹏", "党政办公室")]["titles"] == ["正科级干部"]


@pytest.mark.parametrize(
    "sentence",
    [
        "林伟明同时担任东海光学学会常务理事、西岭激光学会副理事长。",
        "林伟明教授担任东海光学学会常务理事、西岭激光学会副理事长。",
        "林伟明担任东海光学学会常务理事、西岭激光学会副理事长等。",
        "林伟明教授同时担任学科评议组成员、东海光学学会常务理事、南湖光电技术学会理事、西岭激光学会副理事长等。",
    ],
)
def test_each_post_a_person_is_said_to_hold_is_held(sentence):
    held = facts(extract(sentence), "HOLDS_POSITION")
    assert {("林伟明", "东海光学学会"), ("林伟明", "西岭激光学会")} <= held.keys()


# -- names ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["次旦平措", "格桑顿珠"])
def test_a_transcribed_minority_name_after_a_title_is_a_person(name):
    record = extract(f"西岭邮政公司驾驶员{name}荣获全国劳动模范称号。")
    assert (name, "全国劳动模范") in facts(record, "HOLDS_HONOR")


def test_a_transcribed_name_after_a_title_may_be_followed_by_an_idiom():
    record = extract("全国劳动模范、西岭通信公司普兰县分公司网格长次旦平措深受鼓舞：“我回去后一定认真学习。”")
    assert ("次旦平措", "全国劳动模范") in facts(record, "HOLDS_HONOR")


def test_a_title_followed_by_a_verb_phrase_names_no_one():
    assert not names(extract("网格长负责全面工作。"), "Person")


# -- the event reported, named again ----------------------------------------------------------------------------


def test_this_contest_named_again_by_a_shorter_name_is_the_contest_reported():
    record = extract(
        "12月5日，“东海农业大学2022年大学生健身操（舞）专业技能大赛”圆满落幕。"
        "本次健身操舞大赛由学校教务处主办。"
    )
    assert names(record, "Forum") == {"东海农业大学2022年大学生健身操（舞）专业技能大赛"}


def test_units_whose_experts_judge_a_contest_take_part_in_it_as_judges():
    record = extract(
        "12月5日，“东海农业大学2022年大学生健身操（舞）专业技能大赛”圆满落幕。"
        "比赛邀请了校团委、社会体育系等相关专家、老师担任本次大赛线下裁判工作。"
    )
    took_part = facts(record, "PARTICIPATED_IN")
    contest = "东海农业大学2022年大学生健身操（舞）专业技能大赛"
    assert took_part[("校团委", contest)]["role_text"] == "裁判"
    assert ("社会体育系", contest) in took_part


# -- an honour conferred on a group listed after it -------------------------------------------------------------


def test_each_profile_after_an_honour_conferred_on_a_counted_group_holds_it():
    record = extract(
        "东海省总工会表彰一批大工匠\n\n近日，东海省总工会授予林海峰等3人“齐鲁大工匠”称号。\n\n"
        "林海峰，东海重工集团焊接高级技师。他扎根一线20年。\n\n周明辉，西岭电力公司运维检修专责。\n\n"
        "王晓燕，南湖纺织公司挡车工。她创造了多项纪录。\n\n记者 张小军"
    )
    held = {person for person, honour in facts(record, "HOLDS_HONOR") if honour == "齐鲁大工匠"}
    assert held == {"林海峰", "周明辉", "王晓燕"}


def test_each_item_of_a_list_of_profiles_after_an_announced_list_holds_its_honour():
    record = extract(
        "日前，2023年“齐鲁工匠”名单公布，共有以下3人入选：\n\n林海峰，济南重工集团焊接高级技师；\n\n"
        "周明辉，青岛电力公司运维检修专责；\n\n王晓燕，烟台纺织公司挡车工。"
    )
    held = facts(record, "HOLDS_HONOR")
    assert {("林海峰", "齐鲁工匠"), ("周明辉", "齐鲁工匠"), ("王晓燕", "齐鲁工匠")} <= held.keys()
    assert ("周明辉", "青岛电力公司") in facts(record, "HOLDS_POSITION")


def test_the_schools_office_keeps_its_whole_name():
    record = extract("标题\n\n会议由学校办公室主任林海主持。")
    assert ("林海", "学校办公室") in facts(record, "HOLDS_POSITION")


# -- round 13b (blind19): honours, guests, joint organisers, captions ---------------------------------------------


def test_honours_listed_clause_by_clause_after_the_verb_are_each_held():
    record = extract(
        "标题\n\n周启航，中国工程院院士。被评为航空航天部劳动模范，全国“五一”劳动奖章获得者，"
        "国家级有突出贡献中青年专家，全国先进科普工作者。"
    )
    held = {honour for person, honour in facts(record, "HOLDS_HONOR") if person == "周启航"}
    assert {"航空航天部劳动模范", "全国“五一”劳动奖章", "国家级有突出贡献中青年专家", "全国先进科普工作者"} <= held


def test_a_clause_with_a_verb_of_its_own_ends_a_list_of_honours():
    record = extract("林海明荣获全国劳动模范，成为车间的骄傲。")
    assert {honour for _, honour in facts(record, "HOLDS_HONOR")} == {"全国劳动模范"}


def test_a_guest_at_a_forum_speaks_there():
    record = extract("10月10日，中国工程院院士周启航做客“科学与东海”主题论坛。")
    assert [person for person, _ in facts(record, "SPOKE_AT")] == ["周启航"]
    assert not any(name.startswith("做客") for name in names(record, "Forum"))


def test_branches_that_run_an_event_together_organise_it():
    record = extract(
        "10月9日下午，周启航院士还受邀参加了校党委宣传部党支部与化学学院研究生党支部共建开展的"
        "“弘扬科学家精神”主题党日活动。"
    )
    organised = {unit for unit, _ in facts(record, "ORGANIZED")}
    assert organised == {"校党委宣传部党支部", "化学学院研究生党支部"}


@pytest.mark.parametrize(
    ("written", "unit"), [("参加了东海大学", "东海大学"), ("学校更名为东湖矿业大学", "东湖矿业大学")]
)
def test_a_verb_with_its_aspect_or_a_renaming_is_no_part_of_a_unit(written, unit):
    assert OrgRules.clean(written)[0] == unit


def test_a_clause_organising_something_somewhere_is_no_venue():
    record = extract("学校在成都校区组织医疗专家到教职工家门口开展免费坐诊咨询服务。")
    assert not names(record, "Place")


def test_a_meeting_room_of_a_department_is_a_venue():
    record = extract("座谈会在学校组织部会议室召开。")
    assert "学校组织部会议室" in names(record, "Place")


def test_a_captions_day_is_no_part_of_the_events_name():
    record = extract("图9：2015年3月8日“三八节”趣味运动会\n\n图12：2021年3月8日教职工开展插花艺术疗愈沙龙活动")
    forums = names(record, "Forum")
    assert "插花艺术疗愈沙龙活动" in forums
    assert not any(name.startswith("2015") or name.startswith("2021") for name in forums)


def test_a_class_teacher_holds_the_post_in_the_class_which_holds_the_honours_said_of_it():
    record = extract(
        "标题\n\n 人物简介：林杰明，博士研究生，动物科技学院副教授，担任园艺2019级02班班主任。"
        "该班级被评为学风建设先进班集体、校级优秀团支部、校级先进班集体。"
    )
    assert facts(record, "HOLDS_POSITION")[("林杰明", "园艺2019级02班")]["titles"] == ["班主任"]
    held = {honour for unit, honour in facts(record, "HOLDS_HONOR") if unit == "园艺2019级02班"}
    assert held == {"学风建设先进班集体", "校级优秀团支部", "校级先进班集体"}
