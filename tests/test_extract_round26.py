"""Constructions read after the eighteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- honours ---------------------------------------------------------------------------------------------------------


def test_a_year_before_a_regional_honour_is_its_edition_not_a_part_of_its_name():
    rec = extract("大会表彰了2017年西岭市五一劳动奖章获得者和2017年西岭市五一劳动奖状获得单位。")
    assert {"西岭市五一劳动奖章", "西岭市五一劳动奖状"} <= names(rec, "Honor")
    assert not any(name.startswith("年") for name in names(rec, "Honor"))


def test_a_title_written_with_its_alternative_in_brackets_is_one_honour():
    rec = extract("西岭电缆股份有限公司的林明华获得2014-2016年度南岭区先进生产(工作)者。")
    assert ("林明华", "南岭区先进生产（工作）者") in facts(rec, "HOLDS_HONOR")


def test_a_caption_note_of_where_the_holder_stands_does_not_hide_the_honour():
    rec = extract("西岭电缆股份有限公司的林明华获得西岭市五一劳动奖章（右一）")
    assert ("林明华", "西岭市五一劳动奖章") in facts(rec, "HOLDS_HONOR")


def test_persons_listed_before_a_count_hold_the_quoted_title_after_it():
    rec = extract(
        "最终推选出了林明华、柯明远、王丽娜等16名“西岭县劳动模范”和李明婷、吴丽娜等6名“西岭县先进工作者”。"
    )
    held = facts(rec, "HOLDS_HONOR").keys()
    assert {("林明华", "西岭县劳动模范"), ("王丽娜", "西岭县劳动模范"), ("吴丽娜", "西岭县先进工作者")} <= held
    assert ("李明婷", "西岭县劳动模范") not in held


def test_candidates_counted_before_a_title_do_not_hold_it():
    rec = extract("林明华、柯明远等10名“最美职工”候选人事迹公示。")
    assert facts(rec, "HOLDS_HONOR") == {}


def test_units_counted_as_collectives_of_a_kind_hold_the_title_granted():
    rec = extract("决定授予铁路机械事业部技术室等9个青年集体“青年文明号”称号。")
    assert ("铁路机械事业部技术室", "青年文明号") in facts(rec, "HOLDS_HONOR")


def test_the_verb_that_opens_a_quoted_honour_held_in_apposition_is_no_part_of_it():
    rec = extract("活动现场，提起“中华技能大奖”获得者、西岭供电公司高级技师林明华，徒弟柯明远满是崇敬。")
    assert ("林明华", "中华技能大奖") in facts(rec, "HOLDS_HONOR")
    assert not any(name.startswith("提起") for name in names(rec, "Honor"))


# -- organisations ---------------------------------------------------------------------------------------------------


def test_the_verb_of_granting_is_no_part_of_the_unit_before_a_person():
    rec = extract("决定授予铁路机械事业部王丽娜等25名同志“青年岗位能手”称号。")
    assert ("王丽娜", "铁路机械事业部") in facts(rec, "MEMBER_OF")
    assert not any("授予" in name for name in names(rec, "Organization"))


def test_a_bare_company_is_the_company_whose_league_committee_is_named():
    rec = extract("4月27日，西岭机车公司团委召开了表彰大会，公司党委副书记、工会主席林明华出席会议。")
    assert ("林明华", "西岭机车公司") in facts(rec, "HOLDS_POSITION")
    assert ("西岭机车公司团委", "西岭机车公司") in facts(rec, "SUB_UNIT_OF")


def test_a_bare_company_is_the_company_whose_union_is_named():
    rec = extract("4月27日，西岭机车公司工会召开了表彰大会，公司党委副书记林明华出席会议。")
    assert ("林明华", "西岭机车公司") in facts(rec, "HOLDS_POSITION")
    assert "公司" not in names(rec, "Organization")


# -- events ----------------------------------------------------------------------------------------------------------


def test_a_training_held_by_a_dated_main_clause_over_several_days_is_the_event():
    rec = extract(
        "西岭市总工会举办首期全市“五城十链”职工技能培训\n"
        "11月14日—16日，首期全市“五城十链”职工技能培训在南岭举办。市总工会党组书记林明华出席开班仪式并讲话。"
    )
    event = "首期全市“五城十链”职工技能培训"
    assert ("林明华", event) in facts(rec, "SPOKE_AT")
    assert ("西岭市总工会", event) in facts(rec, "ORGANIZED")
    assert "开班仪式" not in names(rec, "Forum")


def test_a_bare_training_is_an_activity_not_an_event():
    rec = extract("今年以来，公司组织职工技能培训，林明华参加培训。")
    assert names(rec, "Forum") == set()


def test_a_famous_masters_ceremony_keeps_the_word_famous_in_its_name():
    rec = extract("12月15日下午，西岭县中医院举行名老中医师承拜师仪式。")
    assert ("西岭县中医院", "名老中医师承拜师仪式") in facts(rec, "ORGANIZED")


def test_a_counted_group_before_a_meeting_is_still_no_famous_word():
    rec = extract("昨天，西岭公司召开三名职工座谈会。")
    assert not any(name.startswith("名") for name in names(rec, "Forum"))


# -- memberships -----------------------------------------------------------------------------------------------------


def test_leaders_of_a_unit_that_is_an_item_of_a_list_are_its_members():
    rec = extract("西岭县卫健委林明华、西岭县中医院领导柯明远、王丽娜、李明婷参加拜师仪式。")
    members = facts(rec, "MEMBER_OF")
    assert {("柯明远", "西岭县中医院"), ("李明婷", "西岭县中医院")} <= members.keys()


def test_a_selection_campaign_opened_by_a_range_of_years_is_one_programme():
    rec = extract("近日，团中央、人社部联合开展了2016—2017年度全国青年岗位能手(标兵)评选活动。")
    programme = "2016—2017年度全国青年岗位能手（标兵）评选活动"
    assert programme in names(rec, "Program")
    assert ("团中央", programme) in facts(rec, "ORGANIZED")


def test_the_final_of_a_contest_named_with_the_contest_is_the_contest():
    rec = extract(
        "第五届西岭市“供电服务之星”劳动和技能竞赛圆满落幕\n"
        "6月10日，第五届西岭市“供电服务之星”劳动和技能竞赛决赛圆满落幕。西岭市总工会副主席林明华出席闭幕式。"
    )
    assert ("林明华", "第五届西岭市“供电服务之星”劳动和技能竞赛") in facts(rec, "PARTICIPATED_IN")


def test_a_final_named_alone_stays_the_final():
    rec = extract("6月10日，第五届西岭市职工技能竞赛决赛在南岭举行。")
    assert "第五届西岭市职工技能竞赛决赛" in names(rec, "Forum")


def test_a_person_who_speaks_after_a_counted_award_is_not_one_of_its_holders():
    rec = extract(
        "西岭供电公司林明华等10名选手荣获“西岭市供电服务之星”称号。\n"
        "柯明远表示，本次竞赛呈现出新的特点。"
    )
    held = facts(rec, "HOLDS_HONOR").keys()
    assert ("林明华", "西岭市供电服务之星") in held
    assert ("柯明远", "西岭市供电服务之星") not in held


# -- organisations named where they are visited ---------------------------------------------------------------------


def test_a_coal_mine_visited_is_an_organisation():
    rec = extract("5月6日，一行前往西岭煤矿参观学习。")
    assert "西岭煤矿" in names(rec, "Organization")


def test_a_work_area_of_an_oil_field_is_the_unit_of_the_person_after_it():
    rec = extract("授予西岭油田公司第三采油厂第六采油作业区地质师林明华等40名同志“全国青年岗位能手标兵”称号。")
    assert ("林明华", "西岭油田公司第三采油厂第六采油作业区") in facts(rec, "HOLDS_POSITION")


def test_a_verb_of_doing_well_bounds_a_unit_named_after_it():
    rec = extract("林明华强调，要做好劳模创新工作室和工匠学院这两个平台的资源嫁接。")
    assert not any(name.startswith("好") for name in names(rec, "Organization"))


# -- speakers --------------------------------------------------------------------------------------------------------


def test_what_an_attendee_stresses_in_the_next_paragraph_is_a_speech_at_the_event():
    rec = extract(
        "24日，西岭工匠学院开班式在西岭市职工服务中心举行。市委常委林明华出席并揭牌。\n"
        "林明华强调，工匠学院要立足需求，培育更多的工匠。"
    )
    assert ("林明华", "西岭工匠学院开班式") in facts(rec, "SPOKE_AT")
