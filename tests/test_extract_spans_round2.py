"""Spans of organisations, venues and events on text nobody tuned for (second round): short units standing
alone, left boundaries of names, clausal and generic spans, each on a short invented sentence."""

from tests.extract_helpers import extract, names


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


def _forums(text: str) -> set[str]:
    rec = extract(text)
    return names(rec, "Forum") | names(rec, "Program")


def _places(text: str) -> set[str]:
    return names(extract(text), "Place")


# -- short organisations standing alone ----------------------------------------------------------------


def test_territorial_union_federation_as_a_subject():
    assert "区总工会" in _orgs("区总工会近日开展了职工技能培训。")


def test_abbreviated_colleges_after_their_university():
    orgs = _orgs("临江大学的电信学院和材化学院共同承办了此次比赛。")
    assert {"临江大学", "电信学院", "材化学院"} <= orgs


def test_education_work_committee_and_education_commission_in_a_list():
    assert {"区委教育工委", "区教委"} <= _orgs("区委教育工委、区教委负责同志到会指导。")


def test_office_in_a_list_but_not_a_category_of_colleges():
    orgs = _orgs("教务处和二级学院负责人参加了会议。")
    assert "教务处" in orgs
    assert not {o for o in orgs if "学院" in o}


def test_listed_categories_after_a_verb_are_no_units():
    orgs = _orgs("学校已建成科研中心、转化中心、国际合作基地等平台，教务处负责协调。")
    assert "教务处" in orgs
    assert not {"科研中心", "转化中心"} & orgs


# -- left boundaries -------------------------------------------------------------------------------------


def test_person_noun_in_zhe_is_not_part_of_the_university():
    orgs = _orgs("获奖者临江农业大学林海涛上台领奖。")
    assert "临江农业大学" in orgs
    assert not {o for o in orgs if o.startswith("获奖者")}


def test_goal_after_xiang_is_no_organisation():
    assert not _orgs("临江正向世界一流大学迈进。")


def test_team_named_after_a_reference_to_its_college():
    orgs = _orgs("临江大学学院星火读书班开展活动。")
    assert "星火读书班" in orgs
    assert "临江大学学院星火读书班" not in orgs


def test_name_with_a_middle_dot_is_one_name():
    assert "数·智中心青年突击队" in _orgs("数·智中心青年突击队召开会议。")


# -- clausal and generic organisations --------------------------------------------------------------------


def test_clause_ending_in_team_is_no_organisation():
    assert not _orgs("她用劳模精神带动团队。")


def test_team_coached_in_contests_is_no_organisation():
    assert not _orgs("林海涛多年在省内外比赛中指导团队。")


def test_bare_institution_word_joined_by_and_is_no_organisation():
    assert not _orgs("活动丰富了社区居民生活和社区。")


def test_every_community_of_a_district_is_no_organisation():
    assert not _orgs("城西各社区积极组织居民参加。")


# -- venues ------------------------------------------------------------------------------------------------


def test_clause_before_a_held_event_is_no_venue():
    assert not _places("林海涛在得知这次比赛的结果后举行了庆祝。")


def test_every_community_is_no_venue():
    assert not _places("活动在城西各社区举行。")


def test_a_whole_union_system_is_no_venue():
    assert not _places("宣讲在全市工会系统开展。")


def test_numbered_room_of_a_building_is_a_venue():
    assert "信息楼B305" in _places("会议在信息楼B305召开。")


# -- events ------------------------------------------------------------------------------------------------


def test_contests_at_home_and_abroad_are_no_event():
    assert not _forums("林海涛在国内外大赛中屡获佳绩。")


def test_important_meeting_of_the_higher_level_is_no_event():
    assert not _forums("会上传达了上级重要会议精神。")


def test_invitational_after_a_headline_verb_starts_at_its_name():
    assert "西湖社区邀请赛" in _forums("专访记西湖社区邀请赛冠军林海涛。")


def test_skills_contest_joined_starts_after_the_verb():
    assert "临江市青年职工技能竞赛" in _forums("林海涛参加了临江市青年职工技能竞赛。")


def test_contest_won_starts_after_the_verb_of_winning():
    forums = _forums("林海涛斩获临江市青年职工技能大赛一等奖。")
    assert "临江市青年职工技能大赛" in forums
    assert not {f for f in forums if f.startswith("斩获")}
