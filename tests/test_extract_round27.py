"""Constructions read after the nineteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import entity, extract, facts, names

# -- persons and bylines ---------------------------------------------------------------------------------------------


def test_a_conjunction_glued_to_the_word_before_opens_no_name():
    rec = extract("西岭医院召开五届三次职工代表暨会员代表大会。会议由党委书记林明华主持。")
    assert names(rec, "Person") == {"林明华"}
    assert "五届三次职工代表暨会员代表大会" in names(rec, "Forum")


def test_a_title_that_opens_a_longer_word_anchors_no_name_after_it():
    rec = extract("春节前，西岭市总工会还将以岗位慰问的方式，对全市劳模进行慰问。")
    assert names(rec, "Person") == set()


def test_names_in_brackets_closing_the_last_paragraph_are_its_writers():
    rec = extract("西岭县总工会举行报告会\n近日，西岭县总工会举行了报告会。全国劳动模范林明华进行了宣讲。（柯明远）\n")
    assert {"林明华", "柯明远"} <= names(rec, "Person")


def test_names_in_brackets_after_a_wire_dateline_are_its_writers():
    rec = extract("西岭新闻10月22日电(林明华 柯明远 王丽娜)10月21日，西岭市职工技能竞赛在南岭举行。")
    assert {"林明华", "柯明远", "王丽娜"} <= names(rec, "Person")
    assert not any(len(name) > 3 for name in names(rec, "Person"))


def test_a_writers_unit_before_the_name_in_a_credit_is_skipped():
    rec = extract("林明华一行参观了工作室。(文/工会办公室 柯明远 图/新闻中心 王丽娜)")
    assert {"柯明远", "王丽娜"} <= names(rec, "Person")
    assert not any("/" in name for name in names(rec, "Organization"))


def test_a_person_whose_name_opens_a_studios_name_is_no_person_of_the_text():
    rec = extract(
        "王明强一行参观了西岭职工休息室、林明华全国民航劳模和工匠人才创新工作室、柯明远鸟防综合治理创新工作室。"
    )
    organisations = names(rec, "Organization")
    assert {"林明华全国民航劳模和工匠人才创新工作室", "柯明远鸟防综合治理创新工作室"} <= organisations
    assert not {"林明华", "柯明远"} & names(rec, "Person")
    assert "全国民航劳模和工匠人才创新工作室" not in organisations


def test_a_person_who_leads_a_studio_is_still_a_person():
    rec = extract("西岭公司高级技师林明华带领创新工作室成员攻克了难题。")
    assert "林明华" in names(rec, "Person")


# -- organisations ---------------------------------------------------------------------------------------------------


def test_a_body_that_decides_is_named_before_the_verb():
    rec = extract("同年，西岭省人社厅决定在西岭电机有限公司、南岭钢铁有限公司率先开展试点工作。")
    assert {"西岭省人社厅", "西岭电机有限公司", "南岭钢铁有限公司"} <= names(rec, "Organization")


def test_a_body_that_travels_to_another_is_named_before_the_verb_of_travelling():
    rec = extract("8月15日，西岭市总工会赴东山电力有限公司开展“送清凉”活动。")
    assert "西岭市总工会" in names(rec, "Organization")
    assert not any("赴" in name for name in names(rec, "Organization"))
    assert ("西岭市总工会", entity(rec, "送清凉").name) in facts(rec, "ORGANIZED")


def test_short_names_of_a_citys_federations_are_bodies_of_a_list():
    rec = extract("1月3日，西岭市总工会联合市民政局、市文联、市劳模协会组织开展“双节”慰问劳模送温暖活动。")
    assert {"市民政局", "市文联", "市劳模协会"} <= names(rec, "Organization")
    assert "市文联协会" not in names(rec, "Organization")


def test_an_industrial_park_is_a_body():
    rec = extract("来自南岭产业园部分骨干企业的负责人一百多人参加了报告会。南岭产业园举办了培训。")
    assert "南岭产业园" in names(rec, "Organization")


def test_et_cetera_closing_a_list_of_undertakers_is_no_part_of_the_last():
    rec = extract(
        "7月23日，西岭劳模创新交流活动在东山举办。活动由西岭省总工会主办，西岭省冶金工会、南岭市总工会、"
        "西岭钢铁集团有限公司等共同承办。"
    )
    undertakers = {head for head, _tail in facts(rec, "UNDERTOOK")}
    assert "西岭钢铁集团有限公司" in undertakers
    assert not any(name.endswith("等") for name in names(rec, "Organization"))


def test_an_abbreviated_technical_association_is_a_body_that_holds_events():
    rec = extract("市总工会女职工委员会、市职工技协11月20日举办“创建西岭市巾帼创新工作室培训班”。")
    assert "市职工技协" in {head for head, _tail in facts(rec, "ORGANIZED")}


# -- events ----------------------------------------------------------------------------------------------------------


def test_a_congress_numbered_in_chinese_numerals_opens_a_longer_meetings_name():
    rec = extract("3月18日上午，学校召开九届四次教代会暨十八届四次工代会筹备工作协调会。与会人员就大会文件进行了研讨。")
    forums = names(rec, "Forum")
    assert "九届四次教代会暨十八届四次工代会筹备工作协调会" in forums
    assert not any(name.startswith("会人员") for name in forums)


def test_a_quoted_activity_carried_out_on_the_day_a_sentence_opens_with_is_an_event():
    rec = extract(
        "1月3日，西岭市总工会联合市民政局、市文联，组织开展“双节”慰问劳模送温暖活动。市总工会主席林明华出席并讲话。"
    )
    event = entity(rec, "双节")
    assert event.type == "Forum"
    organisers = {head for head, tail in facts(rec, "ORGANIZED") if tail == event.name}
    assert {"西岭市总工会", "市民政局", "市文联"} <= organisers
    assert ("林明华", event.name) in facts(rec, "SPOKE_AT")


def test_a_quoted_activity_carried_out_without_a_day_stays_a_campaign():
    rec = extract("西岭市总工会将持续开展“劳模工匠进校园”活动。")
    assert entity(rec, "劳模工匠进校园").type == "Program"


def test_a_quoted_visit_carried_out_on_the_day_is_an_event_its_party_takes_part_in():
    rec = extract(
        "8月15日下午，西岭局党委副书记林明华一行赴东山集团开展“送清凉”慰问并调研。东山集团副总经理柯明远陪同参加。"
    )
    assert "送清凉" in names(rec, "Forum")
    taking_part = facts(rec, "PARTICIPATED_IN")
    assert ("林明华", "送清凉") in taking_part and ("柯明远", "送清凉") in taking_part


def test_a_titled_lecture_given_at_a_named_training_class_is_a_talk_there():
    rec = extract(
        "市总工会11月20日举办“西岭市巾帼创新工作室创建培训班”。市发明协会副会长林明华作《知识产权基础知识》、"
        "全国劳模柯明远作《岗位创新》专题讲座。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("林明华", "西岭市巾帼创新工作室创建培训班") in spoke
    assert ("柯明远", "西岭市巾帼创新工作室创建培训班") in spoke
    assert names(rec, "Forum") == {"西岭市巾帼创新工作室创建培训班"}


# -- speakers --------------------------------------------------------------------------------------------------------


def test_a_report_a_person_made_under_its_title_is_a_speech_at_the_meeting():
    rec = extract(
        "2月3日，西岭医院召开五届三次职工代表大会。会议听取了五个报告，分别是林明华院长所作的《2014年度工作报告》，"
        "工会主席柯明远所作的《2014年度工会工作报告》。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("林明华", "五届三次职工代表大会") in spoke and ("柯明远", "五届三次职工代表大会") in spoke


def test_a_persons_clause_ends_at_a_semicolon_before_someone_elses_report():
    rec = extract(
        "3月18日，学校召开两代会筹备工作协调会。会上，校工会副主席林明华汇报了筹备工作情况；"
        "校工会常务副主席柯明远宣读了部门职责分工；相关单位负责人汇报了起草情况。"
    )
    speakers = {head for head, _tail in facts(rec, "SPOKE_AT")}
    assert "林明华" in speakers and "柯明远" not in speakers


# -- honours ---------------------------------------------------------------------------------------------------------


def test_persons_counted_with_the_measure_word_for_people_hold_the_title_granted():
    rec = extract("大会授予林明华等15人“西岭市三八红旗手”称号。")
    assert ("林明华", "西岭市三八红旗手") in facts(rec, "HOLDS_HONOR")


def test_each_grant_of_a_list_goes_to_its_own_group():
    rec = extract("大会授予林明华等10人“西岭市最美妇联人”称号、柯明远等8人“西岭市巾帼创业带头人”称号。")
    held = facts(rec, "HOLDS_HONOR")
    assert ("林明华", "西岭市最美妇联人") in held and ("柯明远", "西岭市巾帼创业带头人") in held
    assert ("柯明远", "西岭市最美妇联人") not in held


def test_a_space_before_the_quoted_title_does_not_hide_the_units_granted_it():
    rec = extract("大会授予西岭县公安局东风路派出所办证大厅等10家单位 “西岭市三八红旗集体”称号。")
    assert ("西岭县公安局东风路派出所办证大厅", "西岭市三八红旗集体") in facts(rec, "HOLDS_HONOR")


# -- second pass -----------------------------------------------------------------------------------------------------


def test_the_headlines_body_that_carries_out_a_visit_the_body_dates_organises_it():
    rec = extract(
        "西岭局赴东山集团开展“送清凉”慰问并调研\n"
        "8月15日下午，西岭局党委副书记林明华一行赴东山集团开展“送清凉”慰问并调研。\n"
    )
    assert ("西岭局", "送清凉") in facts(rec, "ORGANIZED")


def test_the_person_opening_a_sentence_who_then_sets_requirements_speaks_at_the_meeting_they_host():
    rec = extract(
        "3月18日，学校召开两代会筹备工作协调会。会议由校工会主席林明华主持。"
        "林明华对做好各项筹备工作进行部署，并提出两点要求：一是要高度重视，二是要加强引导。"
    )
    assert ("林明华", "两代会筹备工作协调会") in facts(rec, "SPOKE_AT")
