from tests.extract_helpers import extract, facts, names


def test_a_list_after_biaozhang_is_a_list_of_honours():
    rec = extract("南湖市总工会印发通知，表彰南湖市模范职工之家、模范职工小家和优秀工会之友。")
    assert {"南湖市模范职工之家", "模范职工小家", "优秀工会之友"} <= names(rec, "Honor")


def test_a_studio_named_by_the_union_holds_the_designation():
    rec = extract(
        "林晓峰介绍了“林晓峰技能大师工作室”的成果。2021年，该工作室被南湖市总工会命名为“南湖市示范性劳模工作室”。"
    )
    assert ("林晓峰技能大师工作室", "南湖市示范性劳模工作室") in facts(rec, "HOLDS_HONOR")


def test_an_honour_before_a_quoted_name_is_not_a_person_honour():
    rec = extract("林晓峰荣获“全国五一劳动奖章”。")
    assert ("林晓峰", "全国五一劳动奖章") in facts(rec, "HOLDS_HONOR")


def test_a_named_chair_is_part_of_the_title():
    rec = extract("东海大学求是特聘教授、全国五一劳动奖章获得者周雨桐作报告。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "东海大学")]["titles"] == ["求是特聘教授"]
    assert ("周雨桐", "全国五一劳动奖章") in facts(rec, "HOLDS_HONOR")


def test_honours_listed_after_a_pronoun_belong_to_the_person_named_before():
    rec = extract(
        "林晓峰是南湖钢铁有限公司高级技师。他先后获得全国技术能手、“南湖工匠”等荣誉，2020年被评为全国劳动模范。"
    )
    held = facts(rec, "HOLDS_HONOR")
    assert {("林晓峰", "全国技术能手"), ("林晓峰", "南湖工匠"), ("林晓峰", "全国劳动模范")} <= set(held)


def test_a_quoted_prize_inside_a_longer_prize_name_is_not_an_honour():
    rec = extract("林晓峰团队相继荣获四川省“天府杯”金奖等奖项。")
    assert "天府杯" not in names(rec, "Honor")


def test_units_listed_as_subject_hold_the_honour_they_receive():
    rec = extract("南湖港务集团有限公司等10家单位获南湖市五一劳动奖状，林晓峰等50名职工获南湖市五一劳动奖章。")
    held = facts(rec, "HOLDS_HONOR")
    assert ("南湖港务集团有限公司", "南湖市五一劳动奖状") in held
    assert ("林晓峰", "南湖市五一劳动奖状") not in held


def test_a_pronoun_subject_with_a_date_before_the_verb_still_refers_back():
    rec = extract(
        "南湖机床厂高级技师韩立松扎根一线三十年。凭借过硬的本领，他于2021年荣获全国五一劳动奖章，"
        "2023年被授予“全国技术能手”称号。"
    )
    held = facts(rec, "HOLDS_HONOR")
    assert {("韩立松", "全国五一劳动奖章"), ("韩立松", "全国技术能手")} <= set(held)


def test_gai_tongzhi_refers_to_the_person_named_before_and_zeng_is_no_surname_there():
    rec = extract("在东海大学校长林泽宇看来，工匠精神是立身之本。该同志曾荣获全国优秀教师称号。")
    assert ("林泽宇", "全国优秀教师") in facts(rec, "HOLDS_HONOR")
    assert names(rec, "Person") == {"林泽宇"}


def test_a_plaque_conferred_wei_x_shouyu_goes_to_the_receiving_unit():
    rec = extract("在颁奖仪式上，东海省总工会为南湖机床厂数控车间授予“全国工人先锋号”牌匾。")
    assert ("南湖机床厂数控车间", "全国工人先锋号") in facts(rec, "HOLDS_HONOR")
    assert ("东海省总工会", "全国工人先锋号") not in facts(rec, "HOLDS_HONOR")


def test_a_deictic_unit_that_receives_an_honour_is_the_unit_named_before():
    rec = extract("南湖机床厂数控车间是一支年轻的队伍。2023年，该车间获评全国工人先锋号。")
    assert ("南湖机床厂数控车间", "全国工人先锋号") in facts(rec, "HOLDS_HONOR")


def test_zhege_banzu_with_an_adverb_before_the_verb():
    rec = extract("东海电力公司检修班组成立于1998年。这个班组先后荣获全国工人先锋号、全国五一劳动奖状。")
    held = facts(rec, "HOLDS_HONOR")
    assert {("东海电力公司检修班组", "全国工人先锋号"), ("东海电力公司检修班组", "全国五一劳动奖状")} <= set(held)


def test_the_year_stated_before_an_award_is_its_year():
    rec = extract(
        "东海大学教授林泽宇长期从事职业教育研究。2010年，林泽宇荣获全国优秀教师称号，他于2021年荣获全国五一劳动奖章。"
    )
    held = facts(rec, "HOLDS_HONOR")
    assert held[("林泽宇", "全国优秀教师")]["year"] == 2010
    assert held[("林泽宇", "全国五一劳动奖章")]["year"] == 2021


def test_a_period_of_an_award_is_not_its_year():
    rec = extract("东海大学教授林泽宇荣获2017-2019年度全国优秀教师称号。")
    assert "year" not in facts(rec, "HOLDS_HONOR")[("林泽宇", "全国优秀教师")]
