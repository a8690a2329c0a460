"""Constructions of the eighth round (from blind9's misses), each on a short invented sentence: series
contests and the contest a demonstrative refers to, a subject before 在 in a headline, profile paragraphs
with no subject, names inside the quoted name of a prize, posts after 兼职, chains ended by a verb of
honour, and the 大师 honours of designers and craftsmen."""

from tests.extract_helpers import entity, extract, facts, names

_CONTEST = (
    "近日，2022年全国大学生机械系列大赛决赛在东湖大学举行，机械学院学生团队在结构设计赛中获得一等奖，"
    "王小明在机械论文大赛中获得特等奖。此次大赛由中国机械工程学会主办，东湖大学承办，东方机械集团参与协办。"
    "赵建国教授出席开幕式。"
)


def _forum_named(record, fragment: str) -> str:
    return next(n for n in names(record, "Forum") if fragment in n)


# -- series contests and 此次大赛 -----------------------------------------------------------------------------


def test_a_series_contest_is_an_event():
    record = extract("近日，2021年全国大学生化工系列大赛在西湖大学举行。")
    assert any("化工系列大赛" in n for n in names(record, "Forum"))


def test_a_series_of_events_is_no_event():
    assert names(extract("学院开展了一系列比赛。"), "Forum") == set()


def test_this_contest_is_the_contest_the_article_reports():
    record = extract(_CONTEST)
    main = _forum_named(record, "机械系列大赛")
    assert ("中国机械工程学会", main) in facts(record, "ORGANIZED")
    assert ("东湖大学", main) in facts(record, "UNDERTOOK")


def test_guests_of_the_opening_attend_the_reported_contest():
    record = extract(_CONTEST)
    assert ("赵建国", _forum_named(record, "机械系列大赛")) in facts(record, "PARTICIPATED_IN")


def test_a_co_organiser_written_with_canyu_supports_the_contest():
    record = extract(_CONTEST)
    assert ("东方机械集团", _forum_named(record, "机械系列大赛")) in facts(record, "SUPPORTED")


def test_the_subject_before_zai_is_no_part_of_the_contest_name():
    record = extract("电气学院师生在全国大学生电子设计大赛中取得佳绩")
    assert names(record, "Forum") == {"全国大学生电子设计大赛"}


# -- profiles: paragraphs with no subject -----------------------------------------------------------------


_PROFILE = (
    "优秀校友陈丽华：扎根乡土的农技人\n\n"
    "陈丽华，女，1982年出生，中共党员，东湖农业大学园艺学院博士。\n\n"
    "2012年，陈丽华回到家乡创办合作社，带动农户种植蔬菜。陈丽华常说，农业要靠科技。\n\n"
    "【校友荣誉】\n\n"
    "荣获“全国三八红旗手”、“全国科技致富带头人”、“中国青年创业奖”等称号。"
)


def test_an_honours_paragraph_with_no_subject_belongs_to_the_person_profiled():
    held = facts(extract(_PROFILE), "HOLDS_HONOR")
    assert {("陈丽华", "全国三八红旗手"), ("陈丽华", "全国科技致富带头人"), ("陈丽华", "中国青年创业奖")} <= set(held)


def test_an_honours_paragraph_goes_to_no_one_when_the_article_profiles_no_one():
    text = (
        "学院召开表彰大会\n\n"
        "3月5日，学院召开表彰大会。王明、李强、赵刚分别发言。\n\n"
        "荣获“全国三八红旗手”等称号。"
    )
    assert facts(extract(text), "HOLDS_HONOR") == {}


def test_later_sentences_of_a_profile_paragraph_keep_its_person():
    text = (
        "周红梅，东湖农林大学教授。主要从事果树病害研究，先后主持国家项目10余项。曾任植物保护学院副院长。"
        "获全国五一劳动奖章、全国优秀教师等荣誉。"
    )
    held = facts(extract(text), "HOLDS_HONOR")
    assert {("周红梅", "全国五一劳动奖章"), ("周红梅", "全国优秀教师")} <= set(held)


# -- names inside the quoted name of a prize --------------------------------------------------------------


def test_a_person_a_prize_is_named_after_is_no_person_of_the_text():
    record = extract("王刚曾获得“詹天佑成就奖”和“茅以升铁道工程师奖”。")
    assert names(record, "Person") == {"王刚"}


def test_a_prize_named_after_a_person_is_the_winners_honour():
    record = extract("王刚曾获得“詹天佑成就奖”。")
    assert ("王刚", "詹天佑成就奖") in facts(record, "HOLDS_HONOR")


# -- posts in a profile chain ------------------------------------------------------------------------------


def test_jianzhi_opens_a_title_not_a_second_post():
    record = extract("李明华，西南石油大学兼职教授。")
    assert facts(record, "HOLDS_POSITION")[("李明华", "西南石油大学")]["titles"] == ["兼职教授"]


def test_jian_between_two_titles_still_joins_them():
    record = extract("东湖市总工会副主席兼秘书长王建国出席会议。")
    assert facts(record, "HOLDS_POSITION")[("王建国", "东湖市总工会")]["titles"] == ["副主席", "秘书长"]


def test_a_special_committee_written_short_is_a_unit():
    record = extract("李明华，中国水利学会工程分会专委会主任。")
    assert ("李明华", "中国水利学会工程分会专委会") in facts(record, "HOLDS_POSITION")


def test_a_profile_chain_ended_by_a_verb_of_honour_keeps_its_posts():
    record = extract(
        "李明华，四川省科协副主席、西南石油大学教授、中国水利学会专委会主任、“全国五一劳动奖章”获得者、"
        "被评为四川省最美劳模。"
    )
    posts = facts(record, "HOLDS_POSITION")
    assert {("李明华", "四川省科协"), ("李明华", "西南石油大学"), ("李明华", "中国水利学会专委会")} <= set(posts)
    assert {("李明华", "全国五一劳动奖章"), ("李明华", "四川省最美劳模")} <= set(facts(record, "HOLDS_HONOR"))


# -- 大师 honours ------------------------------------------------------------------------------------------


def test_a_national_design_master_is_an_honour():
    record = extract("全国勘察设计大师朱明为学院新生做讲座。")
    assert ("朱明", "全国勘察设计大师") in facts(record, "HOLDS_HONOR")


def test_a_bare_design_master_is_no_honour():
    assert names(extract("李明华，中国电建首席设计大师。"), "Honor") == set()


def test_a_paragraph_about_a_unit_does_not_take_the_profiled_person():
    text = (
        "东湖大学表彰先进\n\n"
        "林晓燕，东湖大学教授。林晓燕长期从事材料研究。\n\n"
        "学院资产管理科职工多为女性，工作成绩显著。获东湖大学安全生产先进集体。"
    )
    assert ("林晓燕", "东湖大学安全生产先进集体") not in facts(extract(text), "HOLDS_HONOR")


def test_a_line_broken_inside_a_sentence_keeps_the_person_of_the_paragraph():
    text = (
        "周红梅教授在代数领域取得重要成果，专著《Lie\n\n"
        "Groups》影响广泛。曾获得宝钢优秀教师奖、东湖市教学名师等荣誉。"
    )
    assert ("周红梅", "东湖市教学名师") in facts(extract(text), "HOLDS_HONOR")


def test_a_later_clause_shares_the_unit_subject_of_the_first():
    text = "林晓燕，东湖大学教授。科室获“东湖市示范集体”称号1次，获“东湖大学先进集体”称号1次。"
    held = facts(extract(text), "HOLDS_HONOR")
    assert ("林晓燕", "东湖大学先进集体") not in held


# -- the whole object of a verb of honour --------------------------------------------------------------------


def test_the_whole_object_of_huo_names_the_honour():
    record = extract("周红梅负责新校区实验室建设，获新校区搬迁争创精神文明建设先进个人。")
    assert ("周红梅", "新校区搬迁争创精神文明建设先进个人") in facts(record, "HOLDS_HONOR")


def test_a_demonstrative_is_no_part_of_the_honour():
    record = extract("陈军获本届创新争先奖状。")
    assert "本届创新争先奖状" not in names(record, "Honor")


# -- units named by a level or a short word and their kind (the tagger's spans) -------------------------------


def test_units_named_by_their_level_are_units():
    orgs = names(extract("近日，我校离退休工作获省教育工委、省教育厅表彰。"), "Organization")
    assert {"省教育工委", "省教育厅"} <= orgs


def test_offices_listed_by_their_short_names_are_units():
    orgs = names(extract("副校长王明及教务处、学工部、校团委、管理学院负责人出席活动。"), "Organization")
    assert {"教务处", "学工部", "校团委", "管理学院"} <= orgs


def test_a_category_of_units_is_no_unit():
    orgs = names(extract("各部门、各学院负责人出席活动。"), "Organization")
    assert not orgs & {"各部门", "各学院", "部门"}


# -- who attended, and with which post -------------------------------------------------------------------------


def test_a_school_title_does_not_take_the_association_named_before():
    record = extract("东湖省注册会计师协会副秘书长郭正平，副校长朱建国出席活动。")
    assert ("朱建国", "东湖省注册会计师协会") not in facts(record, "HOLDS_POSITION")


def test_a_school_title_still_takes_the_school_named_before():
    record = extract("东湖大学党委书记郭正平，副校长朱建国出席活动。")
    assert facts(record, "HOLDS_POSITION")[("朱建国", "东湖大学")]["titles"] == ["副校长"]


def test_the_rest_of_a_number_is_no_person():
    record = extract("学院院长赵刚、党委书记何平等400余人参与了本次讲座。")
    assert names(record, "Person") == {"赵刚", "何平"}


def test_taking_part_in_a_lecture_is_no_speech():
    record = extract("学院院长赵刚、党委书记何平等400余人参与了本次讲座。")
    assert facts(record, "SPOKE_AT") == {}
    assert {("赵刚", "讲座"), ("何平", "讲座")} <= set(facts(record, "PARTICIPATED_IN"))


def test_a_bare_canyu_joins_no_event():
    record = extract("3月5日，学院举办创新大赛。王强团队积极参与。")
    assert ("王强", "创新大赛") not in facts(record, "PARTICIPATED_IN")


def test_units_whose_staff_and_students_attend_take_part():
    record = extract("3月4日，王丽教授做了学术报告。来自农学院、小麦所及国家重点实验室等多个单位的师生参加了报告会。")
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("农学院", "报告会"), ("小麦所", "报告会"), ("国家重点实验室", "报告会")} <= set(took_part)


def test_two_units_joined_by_ji_are_two_units():
    orgs = names(extract("来自农学院、小麦所及国家重点实验室等多个单位的师生参加了报告会。"), "Organization")
    assert "小麦所及国家重点实验室" not in orgs
    assert {"小麦所", "国家重点实验室"} <= orgs


# -- from blind10: congress sessions and ceremonies joined by 暨 ------------------------------------------------


def test_a_conjunction_is_no_part_of_a_person_name():
    record = extract("12月27日，东湖大学2019年度教职工荣休暨师德传承典礼在东方艺术大楼举行。")
    assert names(record, "Person") == set()


def test_a_ceremony_joined_by_ji_is_one_event():
    record = extract("12月27日，东湖大学2019年度教职工荣休暨师德传承典礼在东方艺术大楼举行。")
    assert names(record, "Forum") == {"东湖大学2019年度教职工荣休暨师德传承典礼"}


def test_an_election_meeting_joined_by_ji_is_one_event():
    record = extract("10月28日，法学院教职工大会暨工会委员选举大会在文科楼召开。")
    assert names(record, "Forum") == {"法学院教职工大会暨工会委员选举大会"}


def test_the_session_of_a_congress_is_no_counted_meeting():
    record = extract("5月9日，学校在校工会召开第七届教代会二次会议提案答复会。")
    assert any(n.endswith("提案答复会") for n in names(record, "Forum"))


def test_offices_whose_heads_canhui_take_part():
    record = extract("5月9日，学校召开工作协调会。学校办公室、党委宣传部、校工会负责人参会。")
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("党委宣传部", "工作协调会"), ("校工会", "工作协调会")} <= set(took_part)


def test_people_counted_after_their_list_are_elected():
    record = extract("最终刘秀凤、王贝贝、陈静三位老师当选东湖大学工会委员。")
    posts = facts(record, "HOLDS_POSITION")
    assert {("刘秀凤", "东湖大学工会"), ("王贝贝", "东湖大学工会"), ("陈静", "东湖大学工会")} <= set(posts)


def test_a_clause_opened_by_an_adverb_is_no_unit():
    orgs = names(extract("为认真贯彻落实党中央、国务院关于就地过年的通知精神，学校开展活动。"), "Organization")
    assert "认真贯彻落实党中央" not in orgs


def test_a_clause_with_a_preposition_inside_is_no_unit():
    orgs = names(extract("其中体育活动主要以校区为单位各自开展。"), "Organization")
    assert not any("以校区" in o for o in orgs)


def test_a_unit_joining_two_fields_by_yu_keeps_its_name():
    orgs = names(extract("水中目标特性测试与控制团队获评教育部创新团队。"), "Organization")
    assert "水中目标特性测试与控制团队" in orgs


# -- activities listed as examples ----------------------------------------------------------------------------


_VISIT = (
    "7月3日下午，西湖学院副校长王波一行来校交流。校工会主席张强与客人进行了座谈。"
    "校工会副主席吴晓明介绍了工会工作情况，近年来工会开展了经典诵唱、亲子活动、职工烹饪大赛等一系列活动。"
    "张强等陪同客人在座谈会前参观了校史馆。"
)


def test_activities_listed_before_deng_are_no_single_event():
    assert not any("、" in n for n in names(extract(_VISIT), "Forum"))


def test_an_activity_given_as_an_example_is_not_the_event_reported():
    record = extract(_VISIT)
    assert "座谈会" in names(record, "Forum")
    assert ("吴晓明", "座谈会") in facts(record, "SPOKE_AT")
    assert ("吴晓明", "职工烹饪大赛") not in facts(record, "SPOKE_AT")


def test_units_whose_heads_attend_with_other_groups_listed_after_take_part():
    record = extract(
        "12月27日，学校举行荣休典礼。教师工作部、人事处、离退休人员管理处负责人，全体退休教职工，学生代表参加典礼。"
    )
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("教师工作部", "荣休典礼"), ("人事处", "荣休典礼"), ("离退休人员管理处", "荣休典礼")} <= set(took_part)


def test_who_hands_out_certificates_or_flowers_at_a_ceremony_takes_part():
    record = extract("12月27日，学校举行荣休典礼。校党委副书记杨克新，人事处处长张伯文为荣休教工致送感谢信、敬献鲜花。")
    took_part = facts(record, "PARTICIPATED_IN")
    assert {("杨克新", "荣休典礼"), ("张伯文", "荣休典礼")} <= set(took_part)


def test_a_verb_of_inviting_is_no_part_of_a_unit_name():
    orgs = names(extract("校工会还邀请到东湖市第一中心医院皮肤科团队进行义诊。"), "Organization")
    assert not any(o.startswith("邀请") for o in orgs)


def test_an_event_and_its_venue_before_the_verb_are_no_organiser():
    record = extract("3月8日，一场讲座辅导在东湖大学管理学院举办。")
    assert not any("在" in org for org, _event in facts(record, "ORGANIZED"))


def test_an_age_cohort_parts_the_company_from_the_post():
    record = extract("江苏东方航空制造有限公司90后数控编程工程师唐明说，精度要高。")
    posts = facts(record, "HOLDS_POSITION")
    assert posts[("唐明", "江苏东方航空制造有限公司")]["titles"] == ["数控编程工程师"]


def test_a_popular_name_in_brackets_does_not_hide_the_receiver_of_an_honour():
    record = extract("中央宣传部授予东湖市消防救援支队特勤站（“英雄站”）“时代楷模”称号。")
    assert ("东湖市消防救援支队特勤站", "时代楷模") in facts(record, "HOLDS_HONOR")


# -- from blind11: captions, retired staff, a seminar named only generically ----------------------------------


def test_a_photo_caption_run_into_the_text_is_no_part_of_an_event_name():
    record = extract("座谈会现场座谈会现场与会人员合影11月16日，离退休党工委召开座谈会。")
    assert names(record, "Forum") == {"座谈会"}


def test_a_site_meeting_keeps_its_name():
    record = extract("3月5日，全省安全生产现场推进会在东湖召开。")
    assert names(record, "Forum") == {"全省安全生产现场推进会"}


def test_retired_staff_belong_to_the_unit_not_to_its_retirement():
    record = extract("原基建处退休干部刘思清老师动情地说，学校好。")
    assert ("刘思清", "基建处") in facts(record, "MEMBER_OF")


def test_a_seminar_held_in_the_main_clause_is_the_event_though_a_jubilee_is_named():
    record = extract(
        "11月16日，离退休党工委一行在书记蔡明的带领下走访慰问老同志，召开座谈会。座谈会由副书记江海主持。"
        "蔡明介绍了学校发展情况，还放映了学校110周年创新发展大会的实录。"
    )
    assert ("江海", "座谈会") in facts(record, "PARTICIPATED_IN")
    assert not any(event == "110周年创新发展大会" for _p, event in facts(record, "PARTICIPATED_IN"))


def test_a_university_that_only_hosts_the_event_is_not_the_reporting_school():
    record = extract(
        "11月1日，由东湖省教育工会主办、西湖大学承办的第五届全省高校青年教师教学竞赛决赛在西湖大学举行。"
        "我校马克思主义学院青年教师肖光明获得二等奖。"
    )
    assert ("马克思主义学院", "我校") in facts(record, "SUB_UNIT_OF")
    assert "我校" not in entity(record, "西湖大学").aliases


def test_a_list_mark_inside_brackets_splits_no_organiser_list():
    record = extract(
        "10月12日，第二届全国植保专业能力大赛在东湖农业大学举行。"
        "大赛由东湖省植物生产类专业教学指导委员会、农艺（含农学、植物保护）类教学指导分委员会等单位承办。"
    )
    undertook = {org for org, _event in facts(record, "UNDERTOOK")}
    assert "农艺（含农学、植物保护）类教学指导分委员会" in undertook


def test_an_edition_written_in_digits_is_part_of_the_event_name():
    record = extract("4月20日，近3000名教职工步入会场，东湖大学第59届教职工田径运动会正式拉开帷幕。")
    assert "东湖大学第59届教职工田径运动会" in names(record, "Forum")


def test_who_declares_an_event_open_is_no_part_of_its_name():
    record = extract("开幕式上，刘波书记宣布第59届教职工田径运动会开幕。")
    assert not any("宣布" in n for n in names(record, "Forum"))


def test_a_party_day_named_by_a_quoted_theme_is_an_event():
    record = extract("近日，机关党委校工会党支部举办的“心系未来，关爱成长”主题党日活动在附属小学多功能厅举行。")
    assert "“心系未来，关爱成长”主题党日活动" in names(record, "Forum")


def test_an_open_class_joined_to_an_issue_of_a_series_is_one_event():
    record = extract("4月20日，“学习劳模精神，绘就五彩青春”主题素养公开课暨第十二期教授有约活动在A220会议室举行。")
    assert any(n.endswith("公开课暨第十二期教授有约活动") for n in names(record, "Forum"))


_PLANT_CONTEST = (
    "9月21日，第二届全国大学生植物保护专业能力大赛在华中农业大学举行。"
    "来自中国农业大学、浙江大学、华中农业大学等全国42所高等院校的500余名师生参加比赛。"
    "我校农学院学生前往华中农大参赛，我校荣获团体一等奖、植保专业技能比赛一等奖。"
)


def test_schools_listed_as_coming_to_a_contest_take_part_in_it():
    took_part = facts(extract(_PLANT_CONTEST), "PARTICIPATED_IN")
    contest = "第二届全国大学生植物保护专业能力大赛"
    assert {("中国农业大学", contest), ("浙江大学", contest)} <= set(took_part)


def test_a_prize_listed_before_a_contest_is_no_part_of_its_name():
    assert not any("一等奖" in n for n in names(extract(_PLANT_CONTEST), "Forum"))


def test_a_university_listed_among_the_schools_is_not_the_reporting_school():
    record = extract(_PLANT_CONTEST)
    assert "我校" not in entity(record, "华中农业大学").aliases


def test_a_school_the_text_calls_only_xuexiao_keeps_that_name():
    record = extract("10月15日，学校召开征求意见座谈会。校党委书记庄明主持会议。")
    assert ("庄明", "学校") in facts(record, "HOLDS_POSITION")
    assert "我校" not in names(record, "Organization")


def test_a_school_the_text_calls_woxiao_is_woxiao():
    record = extract("10月15日，我校召开征求意见座谈会。校党委书记庄明主持会议。学校各部门负责人参加。")
    assert ("庄明", "我校") in facts(record, "HOLDS_POSITION")


def test_bodies_that_jointly_initiate_and_hold_a_contest_organise_it():
    record = extract("由东湖市知识产权局、市工商联等十一部门共同发起举办的东湖市发明与设计大赛在东湖举行。")
    organisers = {org for org, _event in facts(record, "ORGANIZED")}
    assert organisers == {"东湖市知识产权局", "市工商联"}


# -- from blind12: a showcase of a contest, schools 包括…在内, editions counted ----------------------------------


def test_a_showcase_of_a_contest_is_another_event_than_the_contest():
    record = extract(
        "12月27日，2019年东湖市发明与设计大赛优秀项目推介会在东湖举行。"
        "东湖市发明与设计大赛由东湖市知识产权局、市科协共同发起举办。"
    )
    assert ("市科协", "东湖市发明与设计大赛") in facts(record, "ORGANIZED")
    assert len(names(record, "Forum")) == 2


def test_schools_included_among_the_participants_take_part():
    record = extract(
        "10月30日，第三届全国大学生动物科学专业技能大赛在东湖农业大学举行。这场赛事吸引了包括中国农业大学、"
        "华南农业大学和浙江大学等在内的国内知名大学相关院系共计800余名指导老师和优秀学生参加。"
    )
    took_part = {org for org, _event in facts(record, "PARTICIPATED_IN")}
    assert {"中国农业大学", "华南农业大学", "浙江大学"} <= took_part


def test_earlier_editions_counted_are_no_event():
    record = extract("10月30日，第三届全国大学生动物科学专业技能大赛在东湖举行，与前两届大赛相比，规模创新高。")
    assert "前两届大赛" not in names(record, "Forum")
