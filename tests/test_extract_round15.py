"""Constructions of the fifteenth round (from the misses of blind21 and of union and craftsman news from
several web sources), each on a short invented text: launch ceremonies, rosters of honourees, a name written
right after its unit, presentations at a seminar written as an exchange, and activities that are no events."""

import pytest

from tests.extract_helpers import extract, facts, names


def test_the_organisers_of_a_launch_ceremony_launch_the_programme():
    record = extract("标题\n\n3月5日，东湖市总工会联合东湖市妇联在东湖水务集团举行巾帼工匠培育行动启动仪式。")
    assert "巾帼工匠培育行动启动仪式" in names(record, "Forum")
    launched = facts(record, "LAUNCHED")
    assert ("东湖市总工会", "巾帼工匠培育行动") in launched
    assert ("东湖市妇联", "巾帼工匠培育行动") in launched


def test_a_quoted_programme_launched_at_a_joint_ceremony_is_launched_by_its_organiser():
    record = extract("标题\n\n近日，东湖市总工会举办东湖工匠学院揭牌暨首届东湖“工匠节”启动仪式。")
    assert ("东湖市总工会", "工匠节") in facts(record, "LAUNCHED")


def test_an_event_that_launches_nothing_gives_no_launch():
    record = extract("标题\n\n3月5日，东湖市总工会在东湖水务集团举行劳模座谈会。")
    assert not facts(record, "LAUNCHED")


ROSTER = (
    "表彰名单公布\n\n获得2024年全国五一劳动奖章的职工有：\n"
    "东湖：林晓岑 东湖市第一中学教师\n"
    "周 澄 东湖电力公司检修班班长\n"
    "西山：马远舟 西山市青年剧院有限公司演员\n"
)


def test_each_person_of_a_roster_holds_the_honour_its_heading_names():
    holders = {person for person, honour in facts(extract(ROSTER), "HOLDS_HONOR") if honour == "全国五一劳动奖章"}
    assert holders == {"林晓岑", "周 澄", "马远舟"}


def test_a_roster_line_gives_the_persons_unit_and_post():
    positions = facts(extract(ROSTER), "HOLDS_POSITION")
    assert ("林晓岑", "东湖市第一中学") in positions
    assert ("马远舟", "西山市青年剧院有限公司") in positions


def test_a_roster_headed_by_the_honours_name_lists_units_then_persons():
    record = extract(
        "名单\n\n全国五一劳动奖状\n东湖师范大学附属中学\n东湖省工业设备安装有限公司\n"
        "全国五一劳动奖章\n贺 澄 东湖电力有限公司配网带电作业班工作负责人\n王云岚 东湖市实验小学校长\n"
    )
    held = facts(record, "HOLDS_HONOR")
    assert ("东湖师范大学附属中学", "全国五一劳动奖状") in held
    assert ("东湖省工业设备安装有限公司", "全国五一劳动奖状") in held
    assert ("王云岚", "全国五一劳动奖章") in held
    assert ("王云岚", "全国五一劳动奖状") not in held


def test_a_roster_under_a_heading_that_names_no_honour_gives_no_honour():
    record = extract("标题\n\n参加座谈的代表有：\n林晓岑 东湖市第一中学教师\n周 澄 东湖电力公司检修班班长\n")
    assert not facts(record, "HOLDS_HONOR")
    assert ("林晓岑", "东湖市第一中学") in facts(record, "HOLDS_POSITION")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("管理学院的邱若岚鼓励同学们要学会注重细节。", "邱若岚"),
        ("人文学院文雪分享了累计300多个小时的志愿服务经历。", "文雪"),
        ("水利学院熊若薇围绕“焦虑、努力、幸运”分享她的办法。", "熊若薇"),
    ],
)
def test_a_name_written_right_after_its_unit_before_what_the_person_does_is_a_person(sentence, person):
    assert person in names(extract(f"标题\n\n{sentence}"), "Person")


def test_listening_to_a_talk_is_no_speech_at_it():
    record = extract("标题\n\n5月22日，东湖讲坛在图书馆开讲。人文学院周若叶在听完讲座后感慨。")
    assert not {person for person, _ in facts(record, "SPOKE_AT")} & {"周若叶"}


def test_presentations_at_a_seminar_written_as_an_exchange_are_speeches():
    record = extract(
        "标题\n\n9月30日，农学院在7教509召开了“课程思政建设交流研讨会”。会上，吴若川教授交流了挖掘思政案例的方法，"
        "贺若群教授就一流课程申报与建设进行了交流，陈若清、孙若歆等与会老师分别就思政和专业融合展开交流讨论。"
    )
    spoke = facts(record, "SPOKE_AT")
    event = "课程思政建设交流研讨会"
    assert {("吴若川", event), ("贺若群", event), ("陈若清", event), ("孙若歆", event)} <= spoke.keys()


def test_a_quoted_list_of_forms_of_teaching_is_no_event():
    record = extract("标题\n\n任若恒副教授介绍了将科学家精神通过“案例式、讨论式、辩论赛”等形式融入课堂教学中。")
    assert not names(record, "Forum")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("东湖市农林工会一级巡视员原成岗出席视频会议并讲话。", "原成岗"),
        ("巾帼工匠代表于若梅、占若丽分别作了事迹宣讲。", "占若丽"),
        ("东湖市总工会主席盘立川出席会议。", "盘立川"),
    ],
)
def test_a_rare_surname_opens_a_name_that_a_title_or_a_list_anchors(text, person):
    assert person in names(extract(f"标题\n\n{text}"), "Person")


@pytest.mark.parametrize("text", ["东湖市总工会原副主席王立川出席会议。", "会议由市总工会主席原来的助手主持。"])
def test_a_rare_surname_that_is_a_word_of_the_clause_opens_no_name(text):
    assert not {n for n in names(extract(f"标题\n\n{text}"), "Person") if n[0] in "原占盘"}


def test_a_name_right_after_a_quoted_honour_holds_it():
    record = extract("标题\n\n现场听取了“东湖工匠”池连川、“东湖省劳动模范”初鹏川的工作情况汇报。")
    held = facts(record, "HOLDS_HONOR")
    assert ("池连川", "东湖工匠") in held
    assert ("初鹏川", "东湖省劳动模范") in held


def test_standing_on_the_stage_is_no_part_of_the_name():
    record = extract("标题\n\n全国五一巾帼标兵罗若英站在舞台中央，分享了她的奋斗故事。")
    assert "罗若英" in names(record, "Person")


def test_each_counted_group_granted_an_honour_holds_its_own():
    record = extract(
        "标题\n\n4月27日，东湖省总工会庆祝“五一”国际劳动节大会在东湖会堂召开。授予东湖市环境卫生服务中心等315个单位"
        "东湖省五一劳动奖状；授予董若全等1233名职工东湖省五一劳动奖章；授予东湖出租汽车公司爱心车队等85个集体东湖省工人先锋号。"
    )
    held = facts(record, "HOLDS_HONOR")
    assert ("东湖市环境卫生服务中心", "东湖省五一劳动奖状") in held
    assert ("东湖出租汽车公司爱心车队", "东湖省工人先锋号") in held
    assert {honour for person, honour in held if person == "董若全"} == {"东湖省五一劳动奖章"}


def test_a_title_selected_with_its_class_in_brackets_is_held_by_each_person_listed():
    record = extract(
        "标题\n\n东湖机械制造有限公司葛若星被评为东湖省卓越技师（A类），东湖信息科技有限公司张若清、"
        "东湖石化机械有限公司陈若华等2名同志被评选为东湖省卓越技师（B类）。"
    )
    holders = {person for person, honour in facts(record, "HOLDS_HONOR") if honour == "东湖省卓越技师"}
    assert holders == {"葛若星", "张若清", "陈若华"}


def test_a_chief_technician_title_of_a_province_is_an_honour():
    record = extract("标题\n\n林若新是东湖省首席技师，从事焊接工作三十年。")
    assert ("林若新", "东湖省首席技师") in facts(record, "HOLDS_HONOR")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("会前市人大副主任、市总工会主席闫立川看望了劳模。", "市人大"),
        ("东湖省总工会党组成员卢明川一行莅临东湖职业大学，专题调研工作室。", "东湖职业大学"),
        ("十二届全国政协委员张立川出席会议。", "全国政协"),
    ],
)
def test_a_clause_word_or_a_bare_ordinal_before_a_unit_is_no_part_of_its_name(sentence, unit):
    assert unit in names(extract(f"标题\n\n{sentence}"), "Organization")


def test_an_issue_of_a_talk_series_that_opens_is_the_event_its_speakers_speak_at():
    record = extract(
        "标题\n\n5月22日，第二十期东湖青年说在东湖校区开讲，10位优秀代表与900余名师生分享青春成长故事。"
        "来自人文学院的万若琳生动地分享了她的故事。人文学院文若霜分享了志愿服务经历。"
    )
    event = "第二十期东湖青年说"
    assert event in names(record, "Forum")
    assert ("第二十期东湖青年说", "东湖校区") in facts(record, "HELD_AT")
    assert {("万若琳", event), ("文若霜", event)} <= facts(record, "SPOKE_AT").keys()


def test_a_person_named_after_a_unit_and_de_at_a_clause_opening_is_its_member():
    record = extract("标题\n\n管理学院的邱若荷鼓励同学们注重细节。经济学院的胡若梣、理学院的凌若杰分享了心得体会。")
    members = facts(record, "MEMBER_OF")
    assert {("邱若荷", "管理学院"), ("胡若梣", "经济学院"), ("凌若杰", "理学院")} <= members.keys()


def test_a_contest_won_is_no_event_a_speech_is_given_at():
    record = extract(
        "标题\n\n5月22日，第二十期东湖青年说在东湖校区开讲。经济学院姜若睿分享了他带领同学们先后斩获“青春团课设计大赛”"
        "“五四红旗团支部”等荣誉的班级奋斗故事。"
    )
    assert {event for person, event in facts(record, "SPOKE_AT") if person == "姜若睿"} == {"第二十期东湖青年说"}


def test_the_persons_a_counted_honour_lists_one_by_one_hold_it():
    record = extract(
        "标题\n\n10位“大国工匠年度人物”分别是：东湖飞机工业集团有限责任公司数控铣工秦若俊，东湖汽车集团有限公司钳工郑若明。"
        "他们都是顶尖人才。"
    )
    holders = {person for person, honour in facts(record, "HOLDS_HONOR") if honour == "大国工匠年度人物"}
    assert holders == {"秦若俊", "郑若明"}
    assert ("郑若明", "东湖汽车集团有限公司") in facts(record, "HOLDS_POSITION")


def test_a_list_of_delegates_after_a_colon_holds_no_honour():
    record = extract("标题\n\n会议代表分别是：东湖公司焊工林若东、东湖医院护士王若西。")
    assert not facts(record, "HOLDS_HONOR")


def test_an_event_named_after_a_quoted_theme_is_also_named_without_it():
    record = extract("标题\n\n“湖山同心 技能报国”东湖湾区第四届职业技能大赛12日在东湖落幕。")
    forum = next(e for e in record.entities if e.type == "Forum")
    assert "东湖湾区第四届职业技能大赛" in {forum.name, *forum.aliases}


def test_a_roster_of_units_alone_gives_each_unit_the_honour():
    record = extract("名单\n\n东湖省五一劳动奖状\n东湖师范大学附属中学\n东湖省工业设备安装有限公司\n")
    holders = {unit for unit, honour in facts(record, "HOLDS_HONOR") if honour == "东湖省五一劳动奖状"}
    assert holders == {"东湖师范大学附属中学", "东湖省工业设备安装有限公司"}
