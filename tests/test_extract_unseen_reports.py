"""General constructions of real reports no fixture was tuned for, each on a short invented sentence."""

import pytest

from tests.extract_helpers import entity, extract, facts, names


def test_lead_unit_before_co_organisers_with_you_organises_too():
    rec = extract("5月20日，由东海市总工会牵头，东海市人社局、东海市教育局联合主办的第三届东海工匠技能大赛开幕。")
    organised = facts(rec, "ORGANIZED")
    assert {("东海市总工会", "第三届东海工匠技能大赛"), ("东海市人社局", "第三届东海工匠技能大赛")} <= organised.keys()


def test_lead_unit_and_departments_that_organise_and_carry_out_an_event():
    rec = extract("第三届东海工匠技能大赛开幕。大赛由东海市总工会牵头，市人社局、市教育局等部门共同组织实施。")
    organised = facts(rec, "ORGANIZED")
    assert {("东海市总工会", "第三届东海工匠技能大赛"), ("市教育局", "第三届东海工匠技能大赛")} <= organised.keys()


def test_organisation_as_a_noun_is_no_organiser():
    rec = extract("东海工匠论坛举行。各级工会组织要高度重视劳模工作。")
    assert facts(rec, "ORGANIZED") == {}


def _date_of(rec, name: str) -> str | None:
    return next(e.properties.get("start_date") for e in rec.entities if e.name == name)


def test_december_event_in_a_january_report_is_of_the_year_before():
    rec = extract("12月28日，东海市第三届工匠论坛在东海大学召开。", published="2024-01-05")
    assert _date_of(rec, "东海市第三届工匠论坛") == "2023-12-28"


def test_full_dateline_of_a_january_report_rolls_a_december_date_back():
    rec = extract("本报东海2024年1月3日电 12月28日，东海市第三届工匠论坛在东海大学召开。")
    assert _date_of(rec, "东海市第三届工匠论坛") == "2023-12-28"


def test_coming_january_event_in_a_december_report_is_of_the_year_after():
    rec = extract("东海工匠论坛将于1月10日在东海大学举行。", published="2023-12-27")
    assert _date_of(rec, "东海工匠论坛") == "2024-01-10"


def test_past_january_event_in_a_december_report_keeps_the_year():
    rec = extract("1月10日，东海工匠论坛在东海大学举行。", published="2023-12-27")
    assert _date_of(rec, "东海工匠论坛") == "2023-01-10"


def test_date_written_with_its_year_is_never_rolled():
    rec = extract("2024年12月28日，东海工匠论坛在东海大学召开。", published="2024-01-05")
    assert _date_of(rec, "东海工匠论坛") == "2024-12-28"


def test_work_team_named_with_a_noun_that_opens_with_a_verb_character():
    rec = extract("国网东海供电公司带电作业班班长林晓峰荣获全国五一劳动奖章。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "国网东海供电公司带电作业班")]["titles"] == ["班长"]


def test_work_team_named_alone_inside_a_named_company():
    rec = extract("国网东海供电公司带电作业班的队员们连续奋战了三天。")
    assert "国网东海供电公司带电作业班" in names(rec, "Organization")


def test_group_of_a_named_organisation_and_its_leader():
    rec = extract("东海公司技术攻关组组长周雨桐介绍了经验。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海公司技术攻关组")]["titles"] == ["组长"]


def test_unit_word_without_a_named_organisation_is_no_organisation():
    rec = extract("这个班组是一个站在前沿的队伍。")
    assert names(rec, "Organization") == set()


def test_named_workshop_keeps_its_name_and_the_title_is_the_head():
    rec = extract("东海机床厂数控车间主任周雨桐介绍了经验。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海机床厂数控车间")]["titles"] == ["主任"]


def test_workshop_head_of_a_company_without_a_workshop_name_keeps_the_compound_title():
    rec = extract("东海机床厂车间主任周雨桐介绍了经验。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海机床厂")]["titles"] == ["车间主任"]


def test_party_committee_of_a_school_stays_in_the_title():
    rec = extract("东海大学机械学院党委书记周雨桐出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海大学机械学院")]["titles"] == ["党委书记"]


def test_committee_seat_written_straight_before_a_department_title():
    rec = extract("东海市委常委宣传部部长林晓峰出席会议。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("林晓峰", "东海市委")]["titles"] == ["常委"]
    assert held[("林晓峰", "宣传部")]["titles"] == ["部长"]


def test_department_after_a_committee_seat_holds_the_department_title():
    rec = extract("中共东海市委副书记、市委宣传部部长、市文明办主任林晓峰出席会议。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("林晓峰", "中共东海市委")]["titles"] == ["副书记"]
    assert held[("林晓峰", "市委宣传部")]["titles"] == ["部长"]
    assert held[("林晓峰", "市文明办")]["titles"] == ["主任"]


def test_party_group_membership_of_a_department_is_a_title_there():
    rec = extract("东海市委宣传部党组成员、副部长林晓峰出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海市委宣传部")]["titles"] == ["党组成员", "副部长"]


def test_person_met_by_the_reporter_without_any_title():
    assert "林晓峰" in names(extract("记者见到林晓峰时，他正在车间里调试设备。"), "Person")


def test_two_character_name_before_shi_is_not_read_as_three():
    assert names(extract("见到王林时，他刚下夜班。"), "Person") == {"王林"}


def test_person_working_with_apprentices_at_a_clause_start():
    assert "林晓峰" in names(extract("林晓峰和徒弟们一起攻克了这道难题。"), "Person")


def test_person_leading_a_team_after_the_preposition_zai():
    assert "林晓峰" in names(extract("在林晓峰的带领下，班组完成了改造任务。"), "Person")


def test_person_speaking_to_the_reporter_after_a_quote():
    assert "林晓峰" in names(extract("“创新没有捷径。”林晓峰告诉记者。"), "Person")


def test_person_as_the_source_of_a_statement():
    assert "周雨桐" in names(extract("据周雨桐介绍，工作室已完成创新成果12项。"), "Person")


def test_master_named_after_the_workshop_noun():
    assert "周雨桐" in names(extract("他的师傅周雨桐是一名全国劳动模范。"), "Person")


def test_address_forms_and_common_nouns_in_the_same_frames_are_no_persons():
    rec = extract("王师傅告诉记者，在师傅的带领下，他和徒弟们完成了任务。张总告诉记者，订单已排到明年。")
    assert names(rec, "Person") == set()


def test_event_named_generically_in_headline_and_body_takes_the_body_date():
    rec = extract("南湖区总工会召开劳模座谈会\n\n6月28日，南湖区总工会召开劳模座谈会。", published="2023-07-01")
    assert _date_of(rec, "劳模座谈会") == "2023-06-28"


def test_alliance_founded_by_a_lead_unit_and_the_units_it_joins():
    rec = extract(
        "江州产业工人技能提升联盟成立大会在东海召开。联盟由江州职业技术学院牵头，"
        "联合江州重工集团有限公司、江州电力公司等32家单位共同发起成立。"
    )
    founders = {head for head, tail in facts(rec, "FOUNDED") if tail == "江州产业工人技能提升联盟"}
    assert founders == {"江州职业技术学院", "江州重工集团有限公司", "江州电力公司"}
    assert facts(rec, "ORGANIZED") == {}


def test_venue_named_as_an_organisation_elsewhere_is_that_organisation():
    rec = extract("东海工匠联盟成立大会在东海职业技术学院召开。联盟由东海职业技术学院牵头发起成立。")
    assert "东海职业技术学院" in names(rec, "Organization")
    assert "东海职业技术学院" not in names(rec, "Place")


def test_titled_name_before_a_verb_no_gazetteer_lists():
    rec = extract("东海省人力资源和社会保障厅厅长邓小川通报了全省技能人才工作情况。")
    assert facts(rec, "HOLDS_POSITION")[("邓小川", "东海省人力资源和社会保障厅")]["titles"] == ["厅长"]


def test_titled_name_before_an_idiom():
    assert "陈志强" in names(extract("江州电力公司技师陈志强榜上有名。"), "Person")


def test_word_after_a_title_is_no_name_when_the_segmenter_reads_a_word():
    rec = extract("东海大学校长高度重视这项工作，厅长马上召集会议。")
    assert names(rec, "Person") == set()


def test_the_reporters_source_is_no_speaker_at_the_event():
    rec = extract("江州工匠学院揭牌仪式举行。江州市总工会主席钱立新为学院揭牌。据钱立新介绍，学院将培训高技能人才。")
    assert not any(person == "钱立新" for person, _event in facts(rec, "SPOKE_AT"))


def test_master_and_apprentice_speakers_without_a_false_name_after_shi():
    rec = extract("江州重工举行签约仪式。公司首席技师郑国华代表师傅发言，青年技工林小雨代表徒弟发言。")
    assert names(rec, "Person") == {"郑国华", "林小雨"}
    assert facts(rec, "SPOKE_AT")[("林小雨", "签约仪式")]["role"] == "speech"


def test_numbered_event_held_is_not_a_body_that_organises_itself():
    rec = extract("第二届巾帼工匠创新论坛举办\n\n10月16日，第二届巾帼工匠创新论坛在江州举办。论坛由江州市妇联主办。")
    assert names(rec, "Organization") == {"江州市妇联"}
    assert set(facts(rec, "ORGANIZED")) == {("江州市妇联", "第二届巾帼工匠创新论坛")}


def test_talk_titled_in_book_marks_is_a_lecture_the_speaker_gave():
    rec = extract("11月3日，全国五一劳动奖章获得者马建军来到东海大学，作了题为《匠心筑梦》的报告。")
    assert facts(rec, "SPOKE_AT")[("马建军", "匠心筑梦")]["role"] == "speech"


def test_talk_given_at_a_named_meeting_is_a_speech_there_not_an_event_of_its_own():
    rec = extract("“劳模进校园”主题报告会在东海大学举行。全国劳动模范马建军作了题为“匠心筑梦”的报告。")
    assert ("马建军", "劳模进校园") in facts(rec, "SPOKE_AT")
    assert "匠心筑梦" not in names(rec, "Forum")


def test_talks_listed_in_a_keynote_section_are_keynotes_at_the_forum():
    rec = extract(
        "首届东海工匠论坛在东海国际会展中心举办。主旨发言环节，中国工程院院士林建华作题为《智能制造与工匠精神》"
        "的报告；东海大学教授陈晓东分享了产教融合的经验。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert spoke[("林建华", "首届东海工匠论坛")]["role"] == "keynote"
    assert spoke[("陈晓东", "首届东海工匠论坛")]["role"] == "keynote"


def test_persons_listed_after_also_present_attended():
    rec = extract("首届东海工匠论坛举办。出席论坛的还有东海市副市长吴明、东海市总工会主席周涛等。")
    attended = facts(rec, "PARTICIPATED_IN")
    assert attended[("吴明", "首届东海工匠论坛")]["role_text"] == "出席"
    assert attended[("周涛", "首届东海工匠论坛")]["role_text"] == "出席"


def test_studio_named_after_a_person_receives_the_honour_not_the_person():
    rec = extract("“林晓峰劳模创新工作室”获评省级示范性劳模创新工作室。记者见到林晓峰时，他正在调试设备。")
    assert set(facts(rec, "HOLDS_HONOR")) == {("林晓峰劳模创新工作室", "省级示范性劳模创新工作室")}


def test_rank_of_workers_counted_is_no_honour():
    rec = extract("全省各级工会培养选树了6600多名省级工匠。")
    assert names(rec, "Honor") == set()


def test_unit_granted_a_quoted_title_holds_it():
    rec = extract("日前，全国总工会授予国网江州供电公司带电作业班“全国工人先锋号”称号。")
    assert set(facts(rec, "HOLDS_HONOR")) == {("国网江州供电公司带电作业班", "全国工人先锋号")}


def test_person_granted_a_quoted_title_holds_it():
    rec = extract("东海省总工会授予林晓峰“东海工匠”称号。")
    assert set(facts(rec, "HOLDS_HONOR")) == {("林晓峰", "东海工匠")}


def test_workshop_receiving_an_honour_after_a_time_word():
    rec = extract("东海机床厂数控车间日前荣获全国工人先锋号，东海大学获评全国文明单位。")
    assert set(facts(rec, "HOLDS_HONOR")) == {
        ("东海机床厂数控车间", "全国工人先锋号"),
        ("东海大学", "全国文明单位"),
    }


def test_lecture_meeting_chaired_is_the_meeting_not_the_talk_inside_it():
    rec = extract(
        "“劳模进校园”主题报告会在东海大学举行。全国劳动模范马建军作了题为“匠心筑梦”的报告。"
        "东海大学党委副书记吴晓光主持报告会。"
    )
    assert ("吴晓光", "劳模进校园") in facts(rec, "PARTICIPATED_IN")


def test_units_whose_representatives_listened_take_part_with_that_verb():
    rec = extract("“劳模进校园”主题报告会在东海大学举行。东海大学工会、学生工作部相关负责人聆听了报告。")
    assert facts(rec, "PARTICIPATED_IN")[("东海大学工会", "劳模进校园")]["role_text"] == "聆听"


def test_remarks_of_model_workers_at_a_seminar_are_discussion():
    rec = extract("南湖区总工会召开劳模座谈会。座谈会上，全国劳动模范冯德胜、省劳动模范朱丽娟先后发言。")
    spoke = facts(rec, "SPOKE_AT")
    assert spoke[("冯德胜", "劳模座谈会")]["role"] == "discussion"
    assert spoke[("朱丽娟", "劳模座谈会")]["role"] == "discussion"


def test_dictionary_word_name_after_a_title_and_before_the_next_honoured_chain():
    rec = extract("全国三八红旗手、江州纺织集团技术总监温雅，全国技术能手、江州机电公司副总经理苏婉婷分别作主旨演讲。")
    assert {"温雅", "苏婉婷"} <= names(rec, "Person")


def test_studio_named_after_its_leader_is_one_organisation_holding_its_designation():
    rec = extract(
        "在东海汽车零部件有限公司，提起刘晓燕劳模创新工作室，职工们都竖起大拇指。工作室由全国劳动模范、"
        "公司总工程师刘晓燕领衔。2022年，工作室被东海省总工会命名为“东海省示范性劳模创新工作室”。"
    )
    assert "刘晓燕劳模创新工作室" in names(rec, "Organization")
    assert ("刘晓燕劳模创新工作室", "东海省示范性劳模创新工作室") in facts(rec, "HOLDS_HONOR")


def test_unit_honour_anchors_no_person_name():
    rec = extract("东海公司劳模创新工作室成立于2018年。")
    assert names(rec, "Person") == set()


def test_chain_after_a_verb_of_electing_starts_after_the_verb():
    rec = extract("会议选举东海职业技术学院党委书记吴刚为理事长，东海机电集团有限公司董事长徐峰为副理事长。")
    assert names(rec, "Organization") == {"东海职业技术学院", "东海机电集团有限公司"}
    assert facts(rec, "HOLDS_POSITION")[("吴刚", "东海职业技术学院")]["titles"] == ["党委书记"]


def test_contestants_of_a_company_are_its_members_not_holders_of_a_post():
    rec = extract("经过实操比拼，东海造船有限公司选手王磊获得一等奖，东海建工集团选手赵刚、李明获得二等奖。")
    member = facts(rec, "MEMBER_OF")
    assert {("王磊", "东海造船有限公司"), ("赵刚", "东海建工集团"), ("李明", "东海建工集团")} <= member.keys()
    assert facts(rec, "HOLDS_POSITION") == {}


def test_alumnus_is_no_member():
    rec = extract("东海大学校友林晓峰荣获全国五一劳动奖章。")
    assert facts(rec, "MEMBER_OF") == {}


def test_competition_closing_at_a_venue_and_the_official_handing_out_prizes():
    rec = extract("11月20日，东海市第十届职工技能大赛在东海高级技工学校落幕。市总工会副主席张华为获奖选手颁奖。")
    assert ("东海市第十届职工技能大赛", "东海高级技工学校") in facts(rec, "HELD_AT")
    assert facts(rec, "PARTICIPATED_IN")[("张华", "东海市第十届职工技能大赛")]["role_text"] == "颁奖"


def test_quoted_campaign_of_talks_is_the_event():
    rec = extract("3月8日，“大国工匠进高校”宣讲活动走进东海大学。东海大学党委书记张明出席活动并致辞。")
    assert facts(rec, "SPOKE_AT")[("张明", "大国工匠进高校")]["role"] == "speech"


def test_verb_that_is_the_first_word_of_a_department_does_not_end_the_body_before_it():
    rec = extract("6月12日，东海市委组织部、市人社局联合召开技能人才座谈会。")
    assert names(rec, "Organization") == {"东海市委组织部", "市人社局"}


def test_source_of_the_reporter_is_cut_at_cong():
    rec = extract("记者从东海市总工会获悉，东海从业人员协会已成立。")
    assert names(rec, "Organization") == {"东海市总工会", "东海从业人员协会"}


def test_profile_sentence_opening_with_the_name_gives_its_positions_and_honours():
    rec = extract(
        "林晓峰，男，1972年生，中共党员，东海重工集团有限公司焊接车间主任，全国技术能手、全国五一劳动奖章获得者。"
    )
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海重工集团有限公司焊接车间")]["titles"] == ["主任"]
    assert {("林晓峰", "全国技术能手"), ("林晓峰", "全国五一劳动奖章")} <= facts(rec, "HOLDS_HONOR").keys()


def test_profile_stops_at_a_clause_naming_someone_else():
    rec = extract("林晓峰，东海公司高级技师，他的师傅周雨桐是全国劳动模范。")
    assert ("林晓峰", "全国劳动模范") not in facts(rec, "HOLDS_HONOR")


def test_a_person_reading_out_a_decision_is_no_speaker_of_the_next_persons_address():
    rec = extract("东海大学劳模表彰大会举行。校工会主席刘丽华宣读表彰决定，校长王志刚作重要讲话。")
    assert set(facts(rec, "SPOKE_AT")) == {("王志刚", "东海大学劳模表彰大会")}


def test_honour_in_a_relative_clause_before_a_titled_name():
    rec = extract("大会对荣获东海市劳动模范的张建军教授、荣获东海市五一劳动奖章的李红梅副教授进行了表彰。")
    honoured = facts(rec, "HOLDS_HONOR")
    assert {("张建军", "东海市劳动模范"), ("李红梅", "东海市五一劳动奖章")} <= honoured.keys()


def test_trade_after_a_company_is_the_workers_post():
    rec = extract("2023年度人物发布活动举行，东海航空工业集团数控铣工林海涛入选。")
    assert facts(rec, "HOLDS_POSITION")[("林海涛", "东海航空工业集团")]["titles"] == ["数控铣工"]


def test_management_committee_signing_an_agreement_is_an_organisation():
    rec = extract("仪式上，东海市总工会与东海高新区管委会签订了合作协议。")
    assert names(rec, "Organization") == {"东海市总工会", "东海高新区管委会"}


def test_a_name_after_a_preposition_is_still_cut_there():
    rec = extract("东海市总工会向东海大学工会授予锦旗。")
    assert names(rec, "Organization") == {"东海市总工会", "东海大学工会"}


def test_a_listed_name_followed_by_an_organisation_opens_the_next_item():
    rec = extract("主旨发言环节，东海大学林晓峰、南山大学周雨桐依次作了报告。")
    member = facts(rec, "MEMBER_OF")
    assert set(member) == {("林晓峰", "东海大学"), ("周雨桐", "南山大学")}


def test_editor_and_photo_credits_with_a_colon_or_slash_are_bylines():
    rec = extract("东海工匠论坛举行。\n文/林晓峰 图/周雨桐\n（责任编辑：郑海波）")
    assert names(rec, "Person") == {"林晓峰", "周雨桐", "郑海波"}


def test_congress_of_representatives_keeps_its_full_name():
    rec = extract("东海市第十六届人民代表大会第三次会议开幕。东海市总工会第十五次代表大会也于同日开幕。")
    assert {"东海市第十六届人民代表大会第三次会议", "东海市总工会第十五次代表大会"} <= names(rec, "Forum")


def test_visitor_at_a_clause_start_and_the_official_accompanying_them():
    rec = extract("在东海市总工会副主席林晓峰的陪同下，周雨桐参观了劳模创新工作室。")
    assert {"林晓峰", "周雨桐"} <= names(rec, "Person")


def test_host_named_before_the_name_takes_part_as_host():
    rec = extract("东海工匠论坛举行。主持人林晓峰介绍了与会嘉宾。")
    assert facts(rec, "PARTICIPATED_IN")[("林晓峰", "东海工匠论坛")]["role_text"] == "主持人"


def test_units_designated_in_a_counted_list_hold_the_designation():
    rec = extract("东海市总工会命名东海机床厂数控车间等10个班组为“东海市工人先锋号”。")
    assert set(facts(rec, "HOLDS_HONOR")) == {("东海机床厂数控车间", "东海市工人先锋号")}


def test_leader_named_after_the_studio_is_its_leading_member():
    rec = extract("全国劳动模范、东海电力公司“林晓峰劳模创新工作室”领衔人林晓峰作经验分享。")
    assert facts(rec, "MEMBER_OF")[("林晓峰", "林晓峰劳模创新工作室")]["role_text"] == "领衔"


def test_post_taken_up_after_the_name_is_a_position():
    rec = extract("大会选举了新一届领导班子，林晓峰当选为东海市总工会主席。2019年，周雨桐担任东海机械有限公司总经理。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("林晓峰", "东海市总工会")]["titles"] == ["主席"]
    assert held[("周雨桐", "东海机械有限公司")]["titles"] == ["总经理"]


def test_first_term_chair_of_the_alliance_is_a_member_with_that_role():
    rec = extract("东海工匠联盟成立。东海职业技术学院院长林志远当选联盟首任理事长。")
    assert facts(rec, "MEMBER_OF")[("林志远", "东海工匠联盟")]["role_text"] == "理事长"


def test_an_alliance_announced_is_named_and_its_listed_members_belong_to_it():
    rec = extract(
        "论坛期间，东海工匠创新联盟宣布成立，首批成员单位包括东海职业技术大学、东海工匠学院等20家院校和企业。"
    )
    assert "东海工匠创新联盟" in names(rec, "Alliance")
    members = facts(rec, "MEMBER_OF")
    assert {("东海职业技术大学", "东海工匠创新联盟"), ("东海工匠学院", "东海工匠创新联盟")} <= members.keys()
    assert members[("东海工匠学院", "东海工匠创新联盟")]["role_text"] == "首批成员单位"


def test_the_object_of_a_verb_before_the_word_alliance_is_no_alliance():
    rec = extract("东海工匠创新联盟成立。与会领导共同为联盟揭牌。")
    assert names(rec, "Alliance") == {"东海工匠创新联盟"}


def test_a_verb_before_a_forum_head_is_not_part_of_its_name():
    rec = extract("第二届东海工匠论坛在东海开幕，设置主论坛和两个分论坛。")
    assert names(rec, "Forum") == {"第二届东海工匠论坛"}


def test_a_deputy_to_the_peoples_congress_does_not_attend_a_meeting():
    rec = extract("2023年，林晓岚当选为东海省第十四届人民代表大会代表。")
    assert names(rec, "Forum") == set()


def test_the_body_that_convenes_a_meeting_is_not_the_meeting():
    rec = extract(
        "林晓岚是东海纺织集团高级技师。今年3月，在东海省总工会召开的全省巾帼工匠座谈会上，林晓岚作为代表发言。"
    )
    assert names(rec, "Forum") == {"全省巾帼工匠座谈会"}
    assert ("林晓岚", "全省巾帼工匠座谈会") in facts(rec, "SPOKE_AT")


def test_a_studio_named_by_a_ministry_holds_the_designation_not_the_person_it_is_named_after():
    rec = extract("以她名字命名的“林晓岚技能大师工作室”被人力资源和社会保障部命名为国家级技能大师工作室。")
    honours = facts(rec, "HOLDS_HONOR")
    assert ("林晓岚技能大师工作室", "国家级技能大师工作室") in honours
    assert ("林晓岚", "国家级技能大师工作室") not in honours
    assert "人力资源和社会保障部" in names(rec, "Organization")


def test_a_ministry_is_named_where_it_stands_alone_but_not_inside_a_longer_name():
    rec = extract("教育部、工业和信息化部有关负责人参加。东海大学获批建设海洋声学教育部重点实验室。")
    found = names(rec, "Organization")
    assert {"教育部", "工业和信息化部"} <= found
    assert not any(name.startswith("教育部重点") for name in found)


def test_a_company_written_with_and_without_its_legal_form_is_no_unit_of_itself():
    rec = extract("林晓峰一行来到东海化工集团股份有限公司，慰问集团首席技师柯远舟。东海化工集团董事长敖建平陪同。")
    assert ("东海化工集团股份有限公司", "东海化工集团") not in facts(rec, "SUB_UNIT_OF")


def test_an_honour_whose_name_holds_and_is_not_split_into_two():
    rec = extract("“林晓岚劳模创新工作室”成立于2015年。该工作室被命名为全国示范性劳模和工匠人才创新工作室。")
    assert facts(rec, "HOLDS_HONOR").keys() == {("林晓岚劳模创新工作室", "全国示范性劳模和工匠人才创新工作室")}


def test_a_unit_named_before_holds_the_honour_its_deictic_receives_in_a_stated_year():
    rec = extract("“林晓岚劳模创新工作室”成立于2015年。该工作室2022年被命名为全国示范性劳模和工匠人才创新工作室。")
    honour = facts(rec, "HOLDS_HONOR")[("林晓岚劳模创新工作室", "全国示范性劳模和工匠人才创新工作室")]
    assert honour["year"] == 2022


def test_every_person_of_a_list_receives_the_honour_the_list_is_given():
    rec = extract("东海电力公司带电作业班班长葛一帆、东海地铁集团高级技师邬海燕等20人被评为“东海工匠”。")
    assert {("葛一帆", "东海工匠"), ("邬海燕", "东海工匠")} <= facts(rec, "HOLDS_HONOR").keys()


def test_a_person_named_in_a_description_of_the_holder_does_not_share_the_honour():
    rec = extract("东海电力公司高级技师林晓峰的徒弟柯远舟被评为“东海工匠”。")
    assert facts(rec, "HOLDS_HONOR").keys() == {("柯远舟", "东海工匠")}


def test_a_sector_honour_keeps_its_sector():
    rec = extract("东海电力公司高级技师林晓峰先后获得东海市五一劳动奖章、全国电力行业技术能手等荣誉。")
    assert ("林晓峰", "全国电力行业技术能手") in facts(rec, "HOLDS_HONOR")


def test_a_worker_with_an_enterprise_skill_rank_holds_it_at_the_company():
    rec = extract("大国工匠、东海轨道客车股份有限公司首席操作师林晓峰为选手作了技能示范。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海轨道客车股份有限公司")]["titles"] == ["首席操作师"]
    assert ("林晓峰", "大国工匠") in facts(rec, "HOLDS_HONOR")


def test_a_secretariat_secretary_holds_the_title_at_the_body_not_at_a_secretariat():
    rec = extract("东海省总工会副主席、书记处书记林晓峰宣布开幕。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海省总工会")]["titles"] == ["副主席", "书记处书记"]
    assert "书记处" not in names(rec, "Organization")


def test_a_body_written_short_and_in_full_in_one_report_is_one_organisation():
    rec = extract("论坛由东海市妇女联合会主办。东海市妇联副主席单可欣主持。")
    org = entity(rec, "东海市妇女联合会")
    assert "东海市妇联" in org.aliases and "东海市妇联" not in names(rec, "Organization")
    assert ("单可欣", "东海市妇女联合会") in facts(rec, "HOLDS_POSITION")


def test_a_worker_named_by_a_trade_of_three_characters_holds_it_at_the_company():
    rec = extract("全国五一巾帼标兵、东海汽车集团股份有限公司装调工柯秋菊讲述了自己的创新经历。")
    assert facts(rec, "HOLDS_POSITION")[("柯秋菊", "东海汽车集团股份有限公司")]["titles"] == ["装调工"]


@pytest.mark.parametrize(
    "sentence",
    ["林晓峰是东海大学教授。", "林晓峰现任东海大学教授。", "林晓峰，东海大学教授。", "林晓峰系东海大学教授。"],
)
def test_a_profile_sentence_gives_the_person_named_first_the_position(sentence: str) -> None:
    rec = extract("东海大学新闻\n\n" + sentence)
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海大学")]["titles"] == ["教授"]


def test_a_place_opening_a_sentence_before_a_comma_is_no_person():
    rec = extract("东海新闻\n\n张家港，一座美丽的城市。")
    assert names(rec, "Person") == set()


def test_a_person_said_to_be_an_honour_holds_it():
    rec = extract("东海新闻\n\n林晓峰是全国劳动模范。")
    assert ("林晓峰", "全国劳动模范") in facts(rec, "HOLDS_HONOR")


def test_a_studio_named_after_a_person_is_found_after_a_relative_clause():
    rec = extract("东海新闻\n\n林晓峰是东海公司高级技师。以他名字命名的林晓峰劳模创新工作室培养了12名技术能手。")
    assert "林晓峰劳模创新工作室" in names(rec, "Organization")


def test_persons_elected_after_a_first_election_hold_the_title_at_the_same_body():
    rec = extract("东海新闻\n\n会上，林晓峰当选为市总工会主席，柯远舟、单可欣当选为副主席。")
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("林晓峰", "市总工会")]["titles"] == ["主席"]
    assert positions[("柯远舟", "市总工会")]["titles"] == ["副主席"]
    assert positions[("单可欣", "市总工会")]["titles"] == ["副主席"]


def test_an_adverb_before_the_verb_is_not_part_of_the_venue():
    assert names(extract("东海新闻\n\n5月18日，大会在东海大剧院胜利闭幕。"), "Place") == {"东海大剧院"}


def test_a_time_word_after_zai_is_no_venue():
    assert names(extract("东海新闻\n\n在随后召开的全体会议上，林晓峰当选为主席。"), "Place") == set()


@pytest.mark.parametrize("name", ["和平区总工会", "对外经济贸易大学", "东海省总工会劳动和经济工作部"])
def test_a_name_whose_first_word_opens_with_a_function_character_keeps_it(name: str) -> None:
    rec = extract(f"东海新闻\n\n东海工匠论坛举行。东海市委、{name}有关负责人参加活动。")
    assert name in names(rec, "Organization")
    assert (name, "东海工匠论坛") in facts(rec, "PARTICIPATED_IN")


def test_a_person_joined_by_he_to_an_organisation_is_not_part_of_its_name():
    rec = extract("东海新闻\n\n东海工匠论坛举行。校党委副书记林晓峰和校工会有关负责人参加活动。")
    assert ("校工会", "东海工匠论坛") in facts(rec, "PARTICIPATED_IN")
    assert not any("林晓峰" in name for name in names(rec, "Organization"))


def test_a_unit_on_a_published_list_holds_the_honour_the_list_names():
    rec = extract(
        "东海新闻\n\n近日，中华全国总工会公布了2024年全国示范性劳模和工匠人才创新工作室名单，"
        "东海机床厂“林晓峰劳模创新工作室”榜上有名。"
    )
    honour = facts(rec, "HOLDS_HONOR")[("林晓峰劳模创新工作室", "全国示范性劳模和工匠人才创新工作室")]
    assert honour["year"] == 2024


def test_the_person_a_studio_is_led_by_is_its_member_with_the_role():
    rec = extract(
        "东海新闻\n\n“林晓峰劳模创新工作室”成立于2015年。该工作室由全国劳动模范、东海大学教授林晓峰领衔，现有成员15人。"
    )
    assert facts(rec, "MEMBER_OF")[("林晓峰", "林晓峰劳模创新工作室")]["role_text"] == "领衔"


def test_a_unit_of_our_school_is_named_without_the_deictic_and_belongs_to_it():
    rec = extract("校园新闻\n\n全国劳动模范、我校机械工程学院教授林晓峰出席。")
    assert ("林晓峰", "机械工程学院") in facts(rec, "HOLDS_POSITION")
    assert ("机械工程学院", "我校") in facts(rec, "SUB_UNIT_OF")


def test_sub_forums_counted_in_chinese_numerals_are_each_a_forum():
    rec = extract(
        "东海新闻\n\n2024东海技能人才发展大会在东海召开。大会设置了“智能制造”“现代服务”“乡村工匠”三个平行论坛。"
        "在“乡村工匠”平行论坛上，东海技能大师林晓峰进行了交流发言。"
    )
    assert {"智能制造", "现代服务", "乡村工匠"} <= names(rec, "Forum")
    assert not any("三个" in name for name in names(rec, "Forum"))
    assert ("乡村工匠", "2024东海技能人才发展大会") in facts(rec, "PART_OF")
    assert ("林晓峰", "乡村工匠") in facts(rec, "SPOKE_AT")


@pytest.mark.parametrize(("sentence", "honour"), [("全国乡村工匠名师林晓峰出席。", "全国乡村工匠名师"),
                                                   ("东海省技能大师林晓峰出席。", "东海省技能大师")])
def test_skill_master_titles_are_honours(sentence: str, honour: str) -> None:
    assert ("林晓峰", honour) in facts(extract("东海新闻\n\n" + sentence), "HOLDS_HONOR")


def test_persons_honoured_in_the_body_hold_the_honour_a_counted_headline_names():
    rec = extract(
        "我市两名职工荣获全国五一劳动奖章\n\n4月29日，全国总工会在北京召开表彰大会。"
        "我市东海重工集团铸造车间主任燕宏图、东海市第二人民医院护士长麻秀英受到表彰。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert {("燕宏图", "全国五一劳动奖章"), ("麻秀英", "全国五一劳动奖章")} <= honours.keys()
    assert ("燕宏图", "东海重工集团铸造车间") in facts(rec, "HOLDS_POSITION")


def test_a_headline_naming_its_holder_gives_the_honour_to_nobody_else():
    rec = extract("林晓峰荣获全国五一劳动奖章\n\n表彰大会在北京召开。东海公司技师柯远舟受到表彰。")
    assert ("柯远舟", "全国五一劳动奖章") not in facts(rec, "HOLDS_HONOR")


def test_each_unit_listed_when_a_selection_result_is_announced_holds_the_honour():
    rec = extract(
        "东海新闻\n\n东海省首批“劳模和工匠人才创新工作室”评审结果揭晓，机电学院林晓峰领衔的智能装备创新团队、"
        "材料学院柯远舟领衔的新材料创新团队获命名表彰。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    studio = "劳模和工匠人才创新工作室"
    assert {("智能装备创新团队", studio), ("新材料创新团队", studio)} <= honours.keys()


def test_a_unit_quoted_right_after_an_honour_holds_it():
    rec = extract("东海新闻\n\n林晓峰一行在东海省十佳劳模工作室“柯远舟劳模创新工作室”进行了座谈。")
    assert ("柯远舟劳模创新工作室", "东海省十佳劳模工作室") in facts(rec, "HOLDS_HONOR")


def test_a_unit_elected_to_an_alliances_board_and_its_first_chair_are_members_with_their_rank():
    rec = extract(
        "东海新闻\n\n东海职业教育联盟成立大会在东海职业大学召开。会议选举东海职业大学为理事长单位，"
        "东海职业大学校长骆新宇当选为首任理事长。"
    )
    members = facts(rec, "MEMBER_OF")
    assert members[("东海职业大学", "东海职业教育联盟")]["role_text"] == "理事长单位"
    assert members[("骆新宇", "东海职业教育联盟")]["role_text"] == "理事长"


def test_exchange_remarks_at_a_seminar_are_discussion():
    rec = extract(
        "东海新闻\n\n东海省总工会召开劳模工匠代表座谈会。座谈会上，全国劳动模范、东海建工集团项目经理闵志强"
        "等8名代表先后作交流发言。"
    )
    assert facts(rec, "SPOKE_AT")[("闵志强", "劳模工匠代表座谈会")]["role"] == "discussion"


def test_an_unveiling_ceremony_is_the_event_and_the_quoted_studio_a_body_of_its_own():
    rec = extract(
        "东海新闻\n\n6月12日，东海港务集团举行“栾建波劳模创新工作室”揭牌仪式。集团董事长诸葛明远出席仪式并致辞。"
    )
    assert names(rec, "Forum") == {"“栾建波劳模创新工作室”揭牌仪式"}
    assert "栾建波劳模创新工作室" in names(rec, "Organization")
    assert ("东海港务集团", "“栾建波劳模创新工作室”揭牌仪式") in facts(rec, "ORGANIZED")


def test_a_body_that_holds_a_skills_show_organises_it():
    rec = extract(
        "东海新闻\n\n3月6日，东海市总工会在东海工人文化宫举办“巾帼心向党 技能展风采”巾帼工匠技能展示活动。"
    )
    event = "“巾帼心向党 技能展风采”巾帼工匠技能展示活动"
    assert names(rec, "Forum") == {event}
    assert ("东海市总工会", event) in facts(rec, "ORGANIZED")
    assert ("东海工人文化宫", event) in {(t, h) for h, t in facts(rec, "HELD_AT")}


def test_an_exhibition_of_achievements_is_a_gathering_with_its_organiser():
    rec = extract("东海新闻\n\n11月2日，由东海能源集团有限公司主办的首届技能人才成果展在东海开幕。")
    assert ("东海能源集团有限公司", "首届技能人才成果展") in facts(rec, "ORGANIZED")


def test_each_person_of_an_award_list_holds_the_honour_and_the_post_in_brackets():
    rec = extract(
        "关于表彰东海市五一劳动奖章获得者的决定\n\n市总工会决定，授予以下同志东海市五一劳动奖章：\n\n"
        "覃思远（东海重型机械有限公司焊接高级技师）\n龚雨桐（东海市第一人民医院护士长）\n\n希望受到表彰的同志再创佳绩。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert {("覃思远", "东海市五一劳动奖章"), ("龚雨桐", "东海市五一劳动奖章")} <= honours.keys()
    assert facts(rec, "HOLDS_POSITION")[("龚雨桐", "东海市第一人民医院")]["titles"] == ["护士长"]


def test_a_post_in_brackets_after_a_name_in_running_text_is_the_persons():
    rec = extract("东海新闻\n\n座谈会由林晓峰（东海大学教授）主持。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "东海大学")]["titles"] == ["教授"]
