"""Constructions of the fourth round, each on a short invented sentence: names that are also dictionary
words inside a list of names, groups of people read as names, a unit's representatives, units of the
home university and departments of a named body holding honours, and names that straddle an honour."""

from tests.extract_helpers import extract, facts, names


def _persons(text: str) -> set[str]:
    return names(extract(text), "Person")


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


# -- person names ----------------------------------------------------------------------------------------


def test_two_character_name_that_is_a_word_is_taken_after_another_name_in_a_list():
    assert {"韩伟", "李强"} <= _persons("会议选举产生新一届委员会，冯晓燕当选主席，韩伟、李强当选副主席。")


def test_two_character_word_alone_is_still_no_name():
    assert not _persons("文明、和谐是这次活动的主题。")


def test_inspection_group_visiting_is_no_person():
    persons = _persons("3月9日，市总工会督导组一行来我院调研职工之家建设。")
    assert "督导组" not in persons


def test_group_leader_keeps_the_post_in_the_group_and_in_its_own_body():
    positions = facts(extract("检查组组长、区总工会副主席孙建平参加座谈。"), "HOLDS_POSITION")
    assert positions[("孙建平", "区总工会")]["titles"] == ["副主席"]
    assert positions[("孙建平", "检查组")]["titles"] == ["组长"]


# -- a unit's representatives ----------------------------------------------------------------------------


def test_teachers_representative_is_a_member_of_the_unit():
    record = extract("西岭大学材料学院教师代表宋雨桐作交流发言。")
    assert ("宋雨桐", "西岭大学材料学院") in facts(record, "MEMBER_OF")


def test_staff_representative_is_a_member_of_the_company():
    assert ("何平", "南湖机械公司") in facts(extract("南湖机械公司职工代表何平发言。"), "MEMBER_OF")


def test_teacher_alone_is_still_a_post():
    positions = facts(extract("西岭大学材料学院教师宋雨桐发言。"), "HOLDS_POSITION")
    assert positions[("宋雨桐", "西岭大学材料学院")]["titles"] == ["教师"]


# -- units holding honours -------------------------------------------------------------------------------


def test_unit_of_the_home_university_holds_its_honour():
    record = extract("近日，我校后勤工会荣获“省级模范职工之家”称号。")
    assert "后勤工会" in names(record, "Organization")
    assert ("后勤工会", "省级模范职工之家") in facts(record, "HOLDS_HONOR")


def test_list_of_home_units_opens_the_clause():
    assert {"财务处", "资产处"} <= _orgs("我校财务处、资产处联合举办业务培训。")


def test_department_of_a_named_hospital_holds_its_honour():
    record = extract("南湖市第二人民医院急诊科被授予“全国工人先锋号”称号。")
    assert ("南湖市第二人民医院急诊科", "全国工人先锋号") in facts(record, "HOLDS_HONOR")


def test_department_head_holds_the_post_in_the_department():
    positions = facts(extract("南湖市第二人民医院急诊科主任梁文出席。"), "HOLDS_POSITION")
    assert positions[("梁文", "南湖市第二人民医院急诊科")]["titles"] == ["主任"]


def test_subjects_of_a_university_are_no_departments():
    assert not {o for o in _orgs("北江大学学科建设和本科教学取得新进展。") if o.endswith("科")}


# -- spans that straddle another name --------------------------------------------------------------------


def test_verb_before_an_honour_ending_like_a_studio_makes_no_organisation():
    assert not {o for o in _orgs("工会获批省级示范性劳模和工匠人才创新工作室。") if "工作室" in o}


# -- honours of a person named in the sentence before ----------------------------------------------------


def test_sentence_without_subject_after_a_profile_sentence_gives_its_honours_to_the_person():
    record = extract("许文涛教授在海洋材料领域取得突出成果。曾获得全国优秀教师、省劳动模范等荣誉。")
    honours = facts(record, "HOLDS_HONOR")
    assert {("许文涛", "全国优秀教师"), ("许文涛", "省劳动模范")} <= set(honours)


def test_sentence_without_subject_after_an_event_sentence_gives_no_honour():
    record = extract("学校召开表彰大会。曾获得全国优秀教师、省劳动模范等荣誉的教师代表发言。")
    assert not facts(record, "HOLDS_HONOR")


def test_list_closed_by_honours_makes_every_item_an_honour():
    record = extract("许文涛曾获全国教书育人楷模、省高校辅导员年度人物等荣誉。")
    assert {("许文涛", "全国教书育人楷模"), ("许文涛", "省高校辅导员年度人物")} <= set(facts(record, "HOLDS_HONOR"))


def test_list_of_prizes_closed_by_awards_is_no_list_of_honours():
    record = extract("项目部相继荣获东湖市优质工程金奖、东湖杯银奖等团队奖项十余项。")
    assert not names(record, "Honor")


def test_recipient_of_an_honour_holds_no_post_at_the_body_named_in_it():
    record = extract("许文涛是国家杰出青年基金以及东湖集团优秀教师奖获得者。")
    assert not facts(record, "HOLDS_POSITION")
    assert {("许文涛", "国家杰出青年基金"), ("许文涛", "东湖集团优秀教师奖")} <= set(facts(record, "HOLDS_HONOR"))


def test_ranked_contest_prize_of_a_recipient_is_no_honour():
    assert not names(extract("文科组二等奖获得者许文涛发言。"), "Honor")


# -- units of the home university, venues and meetings ---------------------------------------------------


def test_unit_written_after_wo_xiao_is_named_without_it():
    record = extract("我校海洋学院许文涛教授喜获“全国优秀教师”称号。")
    assert "海洋学院" in names(record, "Organization")
    assert ("许文涛", "海洋学院") in facts(record, "HOLDS_POSITION")
    assert ("海洋学院", "我校") in facts(record, "SUB_UNIT_OF")


def test_union_named_by_wo_xiao_keeps_its_name():
    assert "我校工会" in _orgs("我校工会荣获优秀组织奖。")


def test_great_hall_is_a_venue_not_a_meeting():
    record = extract("全省劳动模范表彰大会在东湖人民大会堂隆重举行。")
    assert names(record, "Forum") == {"全省劳动模范表彰大会"}
    assert "东湖人民大会堂" in names(record, "Place")


def test_field_of_work_is_no_venue():
    assert not names(extract("许文涛在船舶振动控制方面开展研究。"), "Place")


def test_two_places_linked_by_video_are_two_venues():
    record = extract("第五届青年科学奖颁奖大会在东湖和西岭连线举行。")
    assert {("第五届青年科学奖颁奖大会", "东湖"), ("第五届青年科学奖颁奖大会", "西岭")} <= set(facts(record, "HELD_AT"))


def test_school_before_a_numbered_session_is_no_part_of_the_meetings_name():
    forums = names(extract("学校第五次教职工代表大会在行政楼召开。"), "Forum")
    assert "第五次教职工代表大会" in forums


def test_two_bodies_joined_by_ji_are_two_organisations():
    orgs = _orgs("活动由中国机械冶金建材工会及东湖省委教育工委联合主办。")
    assert {"中国机械冶金建材工会", "东湖省委教育工委"} <= orgs


# -- a profile that goes on in a sentence of posts and honours -------------------------------------------


def test_sentence_of_posts_after_a_profile_sentence_gives_the_posts_to_the_person():
    record = extract("许文涛，东湖大学法学院教授。十三届东湖市政协委员，东湖市总工会第九届执委，东湖法学会会长。")
    positions = facts(record, "HOLDS_POSITION")
    assert positions[("许文涛", "东湖市总工会")]["titles"] == ["执委"]
    assert positions[("许文涛", "东湖法学会")]["titles"] == ["会长"]


def test_honours_joined_before_one_recipient_word_keep_their_quotes():
    record = extract(
        "许文涛，东湖大学法学院教授。东湖市五一劳动奖章和东湖市教育系统“巾帼先锋岗”获得者，东湖市教学名师。"
    )
    assert ("许文涛", "东湖市教育系统“巾帼先锋岗”") in facts(record, "HOLDS_HONOR")


def test_sentence_of_clauses_that_say_more_than_posts_is_not_read_as_a_profile():
    record = extract("许文涛，东湖大学法学院教授。东湖市总工会组织开展了调研，东湖法学会会长到会。")
    assert ("许文涛", "东湖法学会") not in facts(record, "HOLDS_POSITION")


def test_congress_named_inside_a_documents_title_is_no_meeting():
    assert not names(extract("与会人员学习了《东湖省高等学校教职工代表大会实施办法》。"), "Forum")


def test_name_before_yi_opening_a_theme_ends_before_it():
    assert "宋坤" in _persons("档案馆馆长宋坤以“红色传统”为题作报告。")


def test_group_leader_word_before_an_organisation_is_no_part_of_its_name():
    record = extract("督导组在组长东湖省总工会基层工作部部长李勇的带领下来校检查。")
    assert "东湖省总工会基层工作部" in names(record, "Organization")


# -- talks made under a title or on a theme --------------------------------------------------------------


def test_report_made_under_its_title_is_a_speech():
    record = extract("3月5日，东湖学院召开一届二次教职工大会。许文涛院长作《2021年东湖学院工作报告》。")
    assert facts(record, "SPOKE_AT")[("许文涛", "一届二次教职工大会")]["role"] == "speech"


def test_talk_on_a_theme_is_a_speech():
    record = extract("11月15日，2019年工会干部培训会在东湖校区举行。心理中心主任宋可风以“阳光心态”为题作讲解。")
    assert ("宋可风", "2019年工会干部培训会") in facts(record, "SPOKE_AT")


def test_report_title_read_in_a_study_session_is_no_speech_without_a_verb():
    record = extract("3月5日，东湖学院召开学习会。与会人员学习了《2021年政府工作报告》。")
    assert not facts(record, "SPOKE_AT")


# -- short names of associations, verbs read as names, bodies acting together ----------------------------


def test_short_names_of_associations_and_committees_end_at_their_own_suffix():
    positions = facts(extract("东湖市老科协副会长李桂兰、校妇委会主任夏军文出席会议。"), "HOLDS_POSITION")
    assert positions[("李桂兰", "东湖市老科协")]["titles"] == ["副会长"]
    assert positions[("夏军文", "校妇委会")]["titles"] == ["主任"]


def test_verb_the_segmenter_reads_whole_is_no_name():
    assert "荣退" not in _persons("东湖学院荣退基层妇委会主任吴征兰代表荣退基层妇委会主任发言。")


def test_two_bodies_acting_together_at_a_venue_both_organise_the_event():
    record = extract("茶学专业学生党支部联合园艺学院团委青年志愿协会于东湖社区党群服务中心开展茶艺讲座活动。")
    organised = {head for head, _tail in facts(record, "ORGANIZED")}
    assert organised == {"茶学专业学生党支部", "园艺学院团委青年志愿协会"}


# -- contests, camps, honours shared by a list of names, the national union's short name -----------------


def test_numbered_contest_and_its_final_are_events_with_their_organisers():
    record = extract("由中华全国总工会、教育部联合主办的第六届全国高校青年教师教学竞赛决赛在东湖大学举办。")
    assert "第六届全国高校青年教师教学竞赛决赛" in names(record, "Forum")
    organised = {head for head, _tail in facts(record, "ORGANIZED")}
    assert organised == {"中华全国总工会", "教育部"}


def test_contest_of_a_kind_with_no_edition_is_no_event():
    assert not names(extract("各单位积极组织劳动竞赛。"), "Forum")


def test_training_camp_is_an_event():
    record = extract("首批产业工人参加由全国总工会举办的大国工匠人才培训营。")
    assert ("全国总工会", "大国工匠人才培训营") in facts(record, "ORGANIZED")
    assert not {o for o in names(record, "Organization") if o.startswith("参加")}


def test_honour_before_a_list_of_names_is_held_by_each():
    record = extract("全国劳动模范林振海、郭明理出席会议。")
    assert {("林振海", "全国劳动模范"), ("郭明理", "全国劳动模范")} <= set(facts(record, "HOLDS_HONOR"))


def test_short_name_of_the_national_union_holds_posts():
    record = extract("林振海、郭明理当选为全总副主席。")
    assert {("林振海", "全总"), ("郭明理", "全总")} <= set(facts(record, "HOLDS_POSITION"))


def test_party_centre_and_state_council_organise():
    record = extract("党中央、国务院隆重召开全国劳动模范表彰大会。")
    assert {("党中央", "全国劳动模范表彰大会"), ("国务院", "全国劳动模范表彰大会")} <= set(facts(record, "ORGANIZED"))


def test_body_that_holds_a_meeting_is_not_the_meeting():
    record = extract("临近中秋，东湖学院工会福利委员会召开了第三季度困难职工慰问评议会。")
    assert ("东湖学院工会福利委员会", "第三季度困难职工慰问评议会") in facts(record, "ORGANIZED")


def test_time_phrase_before_a_unit_is_no_part_of_its_name():
    record = extract("“双节”前夕学校集中开展教职工慰问活动")
    assert not {o for o in names(record, "Organization") if "前夕" in o}


def test_unit_before_an_adverb_of_how_it_acts_is_found():
    assert "旅游学院工会" in _orgs("10月，旅游学院工会持续开展系列主题工会活动。")


def test_meeting_held_with_a_quoted_theme_in_its_name():
    record = extract("11月26日下午，机电学院在6教201会议室召开“不忘初心、牢记使命”主题教育专题组织生活会。")
    assert ("机电学院", "“不忘初心、牢记使命”主题教育专题组织生活会") in facts(record, "ORGANIZED")


# -- elections -------------------------------------------------------------------------------------------


def test_names_an_election_names_are_found_even_when_read_with_what_follows():
    persons = _persons("会议选举张强为第五届工会委员会主席，伍宏、付体华为副主席；选举王东风为经费审查委员会主任。")
    assert {"张强", "伍宏", "付体华", "王东风"} <= persons


def test_body_elected_for_a_term_keeps_its_term_in_its_name():
    record = extract("会议选举张强为第十一届工会委员会主席，伍宏为副主席。")
    positions = facts(record, "HOLDS_POSITION")
    assert positions[("张强", "第十一届工会委员会")]["titles"] == ["主席"]
    assert positions[("伍宏", "第十一届工会委员会")]["titles"] == ["副主席"]


def test_purpose_clause_with_wei_is_no_election():
    assert not _persons("会议选举产生新一届委员会，为推动工会工作打下基础。")


# -- one sentence, several holders, each with a verb -----------------------------------------------------


def test_each_holder_of_a_list_of_awards_gets_only_its_own_honour():
    record = extract("后勤工会荣获“东湖省模范职工小家”、曾小兵同志荣获“东湖省优秀工会之友”。")
    honours = set(facts(record, "HOLDS_HONOR"))
    assert ("曾小兵", "东湖省优秀工会之友") in honours
    assert ("曾小兵", "东湖省模范职工小家") not in honours


def test_honours_before_huodezhe_in_a_list_still_belong_to_the_person():
    record = extract("东湖教育工会副主席到校慰问东湖市劳动模范、东湖市五一劳动奖章获得者、数学学院教授邓少兵。")
    assert ("邓少兵", "东湖市劳动模范") in facts(record, "HOLDS_HONOR")


def test_honours_in_a_later_clause_of_a_sentence_without_subject_are_the_persons():
    record = extract(
        "张立明，东湖油田分公司电焊工。从事焊接工作15年多，累计获得国家专利27项，曾获全国五一劳动奖章、东湖工匠等荣誉。"
    )
    assert {("张立明", "全国五一劳动奖章"), ("张立明", "东湖工匠")} <= set(facts(record, "HOLDS_HONOR"))


def test_copula_after_a_clause_about_someone_unnamed_gives_no_post():
    record = extract("林可然表示将加快创新。刚刚获得青年五四奖章的85后某某，是东湖边防检查站副站长。")
    assert ("林可然", "东湖边防检查站") not in facts(record, "HOLDS_POSITION")


# -- speeches of people at the meeting, meeting rooms, departments of the school -------------------------


def test_what_the_host_points_out_is_a_speech():
    record = extract("7月10日，学校召开科级干部竞聘答辩会，刘可登主持答辩会。刘可登指出，要坚持公开、公正的原则。")
    assert facts(record, "SPOKE_AT")[("刘可登", "科级干部竞聘答辩会")]["role"] == "speech"


def test_what_someone_not_at_the_meeting_points_out_is_no_speech():
    record = extract("7月10日，学校召开科级干部竞聘答辩会。专家刘可登指出，竞聘要公开公正。")
    assert ("刘可登", "科级干部竞聘答辩会") not in facts(record, "SPOKE_AT")


def test_summing_up_is_a_speech():
    record = extract("3月2日，学校召开2022年工会工作视频会。校工会副主席伍可宏对2021年工会工作进行总结。")
    assert ("伍可宏", "2022年工会工作视频会") in facts(record, "SPOKE_AT")


def test_great_meeting_room_is_no_meeting():
    assert not names(extract("会议在主楼八楼大会议室召开。"), "Forum")


def test_contest_named_in_an_honour_is_no_event():
    record = extract("曾4次荣获东湖省测绘技能大赛“优秀指导教师”称号的王中文老师发表讲话。")
    assert not names(record, "Forum")


def test_department_written_after_xuexiao_is_named_without_it():
    assert "后勤管理处" in _orgs("学校后勤管理处、国资基建处负责人参加会议。")


def test_subtitle_after_a_dash_before_a_joint_ceremony_is_the_events_other_name():
    record = extract("4月2日，2023年东湖海洋高端论坛——青年学者论坛暨东湖海洋研究院启动仪式在烟台召开。")
    forums = {e.name: e.aliases for e in record.entities if e.type == "Forum"}
    assert "青年学者论坛" in forums["2023年东湖海洋高端论坛"]
    assert "青年学者论坛" not in forums


def test_union_of_a_college_named_in_it_is_found_and_is_its_sub_unit():
    record = extract("东湖学院工会“青禾读书班”获资助。东湖学院“青禾读书班”多年来不断创新学习方式。")
    assert ("东湖学院工会", "东湖学院") in facts(record, "SUB_UNIT_OF")


def test_honour_with_a_theme_before_its_head_is_named_whole_before_chenghao():
    record = extract("东湖医院护士长林娜娜荣获东湖市抗击新冠肺炎疫情劳动模范称号。")
    assert ("林娜娜", "东湖市抗击新冠肺炎疫情劳动模范") in facts(record, "HOLDS_HONOR")


def test_honour_without_a_level_keeps_its_head_only():
    record = extract("林娜娜荣获抗击疫情劳动模范称号。")
    assert ("林娜娜", "抗击疫情劳动模范") not in facts(record, "HOLDS_HONOR")
