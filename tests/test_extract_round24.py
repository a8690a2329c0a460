"""Constructions read after the sixteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- honours ---------------------------------------------------------------------------------------------------------


def test_title_after_a_span_of_years_is_an_honour_with_that_edition():
    rec = extract("现场，林明华、柯明远等10人获2020-2022年度东湖市优秀园丁称号。")
    assert {("林明华", "东湖市优秀园丁"), ("柯明远", "东湖市优秀园丁")} <= facts(rec, "HOLDS_HONOR").keys()


def test_list_of_honours_goes_on_past_a_holder_word():
    rec = extract("东湖公司召开大会，隆重表彰全国五一劳动奖获得者、集团公司劳动模范和工人先锋号。")
    assert {"全国五一劳动奖", "集团公司劳动模范", "工人先锋号"} <= names(rec, "Honor")


def test_abbreviated_provincial_department_holds_the_title_it_is_granted():
    rec = extract("东湖市职工技能大赛在南岭举行。省人社厅被授予“优秀组织单位”称号。")
    assert ("省人社厅", "优秀组织单位") in facts(rec, "HOLDS_HONOR")


def test_persons_selected_among_a_group_hold_the_honour_named_before():
    rec = extract("近日，东湖省发布通知，认定全省85人为第三批东湖省乡村工匠名师。其中，我市林明华、柯明远入选。")
    assert {("林明华", "东湖省乡村工匠名师"), ("柯明远", "东湖省乡村工匠名师")} <= facts(rec, "HOLDS_HONOR").keys()


def test_persons_among_a_group_with_no_honour_named_before_hold_nothing():
    rec = extract("东湖市总工会组织劳模开展疗休养活动。其中，林明华、柯明远入选。")
    assert facts(rec, "HOLDS_HONOR") == {}


# -- speakers and participants ---------------------------------------------------------------------------------------


def test_appeal_made_to_the_gathering_is_a_speech():
    rec = extract("东湖市总工会举办表彰大会。青年代表林明华向全市青年发出“技能报国”倡议。")
    assert ("林明华", "表彰大会") in facts(rec, "SPOKE_AT")


def test_appeal_letter_read_out_is_a_speech():
    rec = extract("东湖市总工会举办表彰大会。劳模代表林明华宣读倡议书。")
    assert ("林明华", "表彰大会") in facts(rec, "SPOKE_AT")


def test_semicolon_closes_the_clause_of_the_names_before_it():
    rec = extract(
        "东湖市总工会举办师徒结对仪式。现场，林明华、柯明远等10人获东湖市优秀园丁称号；"
        "徒弟代表王明强发出倡议。"
    )
    assert {person for person, _ in facts(rec, "SPOKE_AT")} == {"王明强"}


def test_talk_given_under_its_title_alone_is_a_speech():
    rec = extract(
        "东湖海洋论坛在南岭召开。东湖研究所所长林明华作《积极参与海洋治理》；"
        "东湖大学教授柯明远作《海底技术》学术报告。"
    )
    assert {"林明华", "柯明远"} <= {person for person, _ in facts(rec, "SPOKE_AT")}


def test_winners_of_one_prize_each_took_part_in_the_contest():
    rec = extract(
        "东湖市职工技能大赛在南岭落幕。东湖选手林明华获面点项目银奖，柯明远、王丽娜分别获得美发、育婴项目优胜奖。"
    )
    assert {"林明华", "柯明远", "王丽娜"} <= {person for person, _ in facts(rec, "PARTICIPATED_IN")}


# -- organisers, bodies and members ----------------------------------------------------------------------------------


def test_units_that_host_together_organise_the_event():
    rec = extract("东湖市职工技能大赛在南岭举行。大赛由东湖市总工会和西岭市人社局合力主办。")
    organised = facts(rec, "ORGANIZED").keys()
    assert {("东湖市总工会", "东湖市职工技能大赛"), ("西岭市人社局", "东湖市职工技能大赛")} <= organised


def test_seat_in_a_leadership_group_is_a_membership_not_a_post():
    rec = extract(
        "东湖集团召开表彰大会。集团公司党组书记、董事长林明远出席会议。集团公司领导班子成员林明华、柯明远出席会议。"
    )
    assert {"林明华", "柯明远"} <= {person for person, _ in facts(rec, "MEMBER_OF")}
    assert "林明华" not in {person for person, _ in facts(rec, "HOLDS_POSITION")}


def test_congress_of_an_association_names_the_association():
    rec = extract("东湖市劳动模范协会第三次会员代表大会召开。")
    assert "东湖市劳动模范协会" in names(rec, "Organization")


def test_place_short_union_name_is_its_federation_of_unions():
    rec = extract("东湖工会举办师徒结对仪式\n日前，东湖市总工会在南岭宫举办师徒结对仪式。")
    assert "东湖工会" not in names(rec, "Organization")
    assert ("东湖市总工会", "师徒结对仪式") in facts(rec, "ORGANIZED")


def test_headline_slogan_before_the_host_is_no_part_of_its_name():
    rec = extract("传承匠心 追求卓越 东湖工会举办师徒结对仪式\n日前，东湖市总工会在南岭宫举办师徒结对仪式。")
    assert not any(" " in name or "匠心" in name for name in names(rec, "Organization"))


def test_united_nations_opens_a_body_name_and_is_no_verb():
    rec = extract("联合国教科文组织国际陶艺学会主席林明华出席。")
    assert ("林明华", "联合国教科文组织国际陶艺学会") in facts(rec, "HOLDS_POSITION")


def test_ministry_before_a_river_authority_is_no_title_before_a_name():
    rec = extract("交通运输部长江航务管理局技师林明华获奖。")
    assert names(rec, "Person") == {"林明华"}
    assert ("林明华", "交通运输部长江航务管理局") in facts(rec, "HOLDS_POSITION")


def test_dean_before_a_person_surnamed_jiang_stays_a_title_and_name():
    rec = extract("东湖大学院长江明华出席会议。")
    assert "江明华" in names(rec, "Person")


def test_cultural_park_founded_is_a_unit():
    rec = extract("2024年，他返乡发展，在南岭村创办了东湖市工艺美术文创产业园。")
    assert "东湖市工艺美术文创产业园" in names(rec, "Organization")


def test_body_and_a_bare_alliance_joined_by_a_conjunction_name_no_alliance():
    rec = extract("与会人员详细了解了来自东湖市总工会及联盟成员的20余件创新成果。")
    assert names(rec, "Alliance") == set()


def test_party_committee_and_government_together_name_no_body():
    rec = extract("林明华主席向各位劳模传达了党委政府和工会对劳模的关心关爱。")
    assert "党委政府" not in names(rec, "Organization")


# -- persons ---------------------------------------------------------------------------------------------------------


def test_rare_surname_right_after_a_title_opens_a_name():
    rec = extract("东湖市召开座谈会。市领导林明华、柯明远，市长助理琚丽娜出席会议。")
    assert "琚丽娜" in names(rec, "Person")


def test_rare_surname_opening_a_list_after_a_seat_opens_a_name():
    rec = extract("集团公司领导班子成员祖明远、邵明强、张丽娜出席会议。")
    assert {"祖明远", "邵明强", "张丽娜"} <= names(rec, "Person")
