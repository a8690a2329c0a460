"""Constructions read after the thirteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- honours granted to lists of receivers ---------------------------------------------------------------------------


def test_honour_granted_to_a_counted_list_of_persons_goes_to_each_person():
    rec = extract("东湖市委、市政府决定授予林明华、柯明远等120名同志“东湖市劳动模范”荣誉称号。")
    honours = facts(rec, "HOLDS_HONOR")
    assert ("林明华", "东湖市劳动模范") in honours
    assert ("柯明远", "东湖市劳动模范") in honours


def test_units_granted_a_title_in_a_counted_list_are_organisations_that_hold_it():
    rec = extract("授予南岭县、岭东区发改局等23家单位“东湖市模范集体”荣誉称号。")
    honours = facts(rec, "HOLDS_HONOR")
    assert ("南岭县", "东湖市模范集体") in honours
    assert ("岭东区发改局", "东湖市模范集体") in honours
    assert "南岭县" not in names(rec, "Honor")


def test_second_grant_of_a_sentence_goes_to_its_own_receivers_not_the_first_ones():
    rec = extract(
        "决定授予林明华、柯明远等120名同志“东湖市劳动模范”荣誉称号；"
        "授予南岭县、岭东区发改局等23家单位“东湖市模范集体”荣誉称号。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert ("林明华", "东湖市模范集体") not in honours
    assert ("林明华", "南岭县") not in honours


def test_count_of_a_group_may_carry_a_note_in_brackets():
    rec = extract("授予东湖热电公司运行部检修班、东湖市救助站接待室等20个班组（科室）“东湖市模范班组”荣誉称号。")
    assert ("东湖热电公司运行部检修班", "东湖市模范班组") in facts(rec, "HOLDS_HONOR")


def test_those_honoured_after_a_relative_clause_name_no_honour():
    rec = extract("受表彰的劳动模范和模范集体代表参加了大会。领导为受表彰的先进个人和集体代表颁奖。")
    assert not names(rec, "Honor")


# -- persons with a profile in brackets ------------------------------------------------------------------------------


def test_honour_before_a_list_of_bracketed_profiles_goes_to_every_person():
    rec = extract("宣讲团讲述了县劳动模范林明华（东湖农业负责人）、柯明远（岭东烟花技术员）的事迹。")
    honours = facts(rec, "HOLDS_HONOR")
    assert ("林明华", "县劳动模范") in honours
    assert ("柯明远", "县劳动模范") in honours


def test_bracket_names_the_unit_before_a_title_even_without_a_suffix():
    rec = extract("宣讲团讲述了县劳动模范林明华（东湖农业负责人）、柯明远（岭东烟花技术员）的事迹。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "东湖农业")]["titles"] == ["负责人"]
    assert posts[("柯明远", "岭东烟花")]["titles"] == ["技术员"]


def test_bracket_of_one_person_is_not_the_chain_of_the_next():
    rec = extract("讲述了县劳动模范林明华（东湖殡葬服务中心副主任）、柯明远（南岭村党支部书记）的事迹。")
    posts = facts(rec, "HOLDS_POSITION")
    assert ("柯明远", "东湖殡葬服务中心") not in posts
    assert ("柯明远", "南岭村") in posts


def test_bare_party_branch_after_a_post_of_the_unit_goes_into_the_title():
    rec = extract("东湖殡葬服务中心副主任、支部委员林明华讲话。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "东湖殡葬服务中心")]["titles"] == ["副主任", "支部委员"]
    assert "支部" not in names(rec, "Organization")


# -- events named and events cited -----------------------------------------------------------------------------------


def test_ceremony_honouring_a_list_of_categories_is_named_whole():
    rec = extract("12月20日，全国纺织行业先进集体、劳动模范和先进工作者表彰大会在东湖会堂举行。")
    assert "全国纺织行业先进集体、劳动模范和先进工作者表彰大会" in names(rec, "Forum")


def test_launch_activity_is_named_with_what_it_launches():
    rec = extract("12月29日，东湖市第三批工匠学院暨劳模大讲堂启动活动在东湖职业学院举行。林明华出席活动。")
    assert "东湖市第三批工匠学院暨劳模大讲堂启动活动" in names(rec, "Forum")


def test_quoted_group_activity_of_a_union_is_an_event_it_organises():
    rec = extract("9月28日，东湖镇总工会开展“迎国庆 颂劳动”劳模小组活动。")
    assert ("东湖镇总工会", "“迎国庆 颂劳动”劳模小组活动") in facts(rec, "ORGANIZED")


def test_event_a_letter_was_sent_to_is_cited_not_where_the_speech_was_given():
    rec = extract(
        "5月1日，东湖市劳模座谈会召开。市总工会副主席林明华领学总书记致首届岭东工匠交流大会贺信精神并作讲话。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("林明华", "东湖市劳模座谈会") in spoke
    assert not any(forum.startswith("致") for _p, forum in spoke)
    assert "首届岭东工匠交流大会" in names(rec, "Forum")


def test_leader_whose_speech_is_studied_takes_no_part_in_the_meeting():
    rec = extract("5月1日，东湖市工会代表大会开幕。林明华出席。他强调，要深入学习贯彻柯明远总书记重要讲话精神。")
    assert ("柯明远", "东湖市工会代表大会") not in facts(rec, "PARTICIPATED_IN")
    assert ("柯明远", "东湖市工会代表大会") not in facts(rec, "SPOKE_AT")


# -- names of bodies -------------------------------------------------------------------------------------------------


def test_photo_caption_mark_is_no_part_of_a_body():
    rec = extract("东湖市总工会副主席林明华出席。\n\n图为市总工会副主席林明华发言")
    assert not any(n.startswith("图为") for n in names(rec, "Organization"))


def test_kinds_of_body_are_no_names():
    rec = extract("5月1日，东湖市劳模座谈会召开。国家有关部委和行业协会的领导出席了会议。东湖市各级工会要团结职工。")
    assert not names(rec, "Organization")


def test_words_of_a_works_title_name_no_body():
    rec = extract("5月1日，东湖市劳模座谈会召开。林明华以《劳模和工匠人才创新工作室建设与实践》为题作报告。")
    assert "劳模和工匠人才创新工作室" not in names(rec, "Organization")


# -- names of persons ------------------------------------------------------------------------------------------------


def test_town_opening_a_union_is_no_person():
    rec = extract("岭虹镇总工会主席柯丽华出席。")
    assert "岭虹" not in names(rec, "Person")
    assert ("柯丽华", "岭虹镇总工会") in facts(rec, "HOLDS_POSITION")


def test_deputy_chair_of_a_standing_committee_is_a_title_before_the_name():
    rec = extract("全国人大副委员长柯丽华出席大会。")
    assert names(rec, "Person") == {"柯丽华"}
    assert facts(rec, "HOLDS_POSITION")[("柯丽华", "全国人大")]["titles"] == ["副委员长"]


def test_rare_surname_after_the_title_of_a_vice_premier():
    rec = extract("国务院副总理回明华接见与会代表。")
    assert ("回明华", "国务院") in facts(rec, "HOLDS_POSITION")


def test_transcribed_name_after_a_title_goes_on_through_every_dot():
    rec = extract("4月14日，岭东国前总理安德烈·彼得罗维奇·柯林斯基出席。")
    assert "安德烈·彼得罗维奇·柯林斯基" in names(rec, "Person")
