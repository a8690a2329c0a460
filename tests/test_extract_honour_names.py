"""Honour names built from a head and its left modifiers, and their holders, on invented text no rule
was tuned for: levels, regions written with or without 省/市, sectors and systems, qualifiers, quoted parts
of a name, categories with counts, prizes of competitions; clause fragments and prizes of projects are no
honours."""

from tests.extract_helpers import extract, facts, names


def _held(rec) -> set[tuple[str, str]]:
    return set(facts(rec, "HOLDS_HONOR"))


# --- names: a head extended left over its modifiers -------------------------------------------------


def test_a_provincial_system_of_several_sectors_is_part_of_the_name():
    rec = extract("2019年，祁晓岚被评为青州省教科文卫体系统先进工作者。")
    assert ("祁晓岚", "青州省教科文卫体系统先进工作者") in _held(rec)


def test_a_sector_word_after_a_city_level_is_part_of_the_name():
    rec = extract("黎振华是临川市建筑行业技术能手，曾主持多项攻关。")
    assert "临川市建筑行业技术能手" in names(rec, "Honor")


def test_a_province_written_without_sheng_is_a_level():
    rec = extract("东岭重工集团焊接班班长蒋书宁先后荣获四川五一劳动奖章、全国技术能手。")
    assert {("蒋书宁", "四川五一劳动奖章"), ("蒋书宁", "全国技术能手")} <= _held(rec)


def test_a_regional_short_name_opens_a_craftsman_title():
    rec = extract("2023年，贺云峰获评齐鲁大工匠。")
    assert facts(rec, "HOLDS_HONOR").get(("贺云峰", "齐鲁大工匠"), {}).get("year") in (2023, "2023")


def test_a_qualifier_and_a_youth_modifier_before_a_head():
    rec = extract("庞海生荣获东湖市十佳青年岗位能手称号。")
    assert ("庞海生", "东湖市十佳青年岗位能手") in _held(rec)


def test_a_quoted_qualifier_inside_a_studio_designation():
    rec = extract("谭立群工作室被命名为青州省“十佳”劳模和工匠人才创新工作室。")
    assert "青州省“十佳”劳模和工匠人才创新工作室" in names(rec, "Honor")


def test_a_quoted_scholar_programme_before_a_chair():
    rec = extract("欧阳清教授入选“东岳学者”特聘教授。")
    assert "“东岳学者”特聘教授" in names(rec, "Honor")


def test_a_quote_covering_part_of_a_medal_name():
    rec = extract("杜明远扎根车间二十年，并荣获“五一”劳动奖章。")
    assert ("杜明远", "“五一”劳动奖章") in _held(rec)


def test_a_quote_that_includes_the_word_honour_title():
    rec = extract("2020年，东湖纺织厂挡车工祁晓岚被东湖市总工会授予“东湖市三八红旗手荣誉称号”。")
    assert ("祁晓岚", "东湖市三八红旗手") in _held(rec)


def test_the_first_edition_of_a_company_title_after_de():
    rec = extract("2021年，黎振华被评为东岭重工集团的首届“东岭工匠”。")
    assert ("黎振华", "东岭工匠") in _held(rec)


def test_a_quoted_title_with_huodezhe_after_it():
    rec = extract("“临川工匠”称号获得者、东岭重工集团高级技师蒋书宁作经验分享。")
    assert ("蒋书宁", "临川工匠") in _held(rec)


def test_an_intangible_heritage_inheritor_with_a_quoted_craft():
    rec = extract("欧阳清是临川市非物质文化遗产“竹编技艺”代表性传承人。")
    assert ("欧阳清", "临川市非物质文化遗产“竹编技艺”代表性传承人") in _held(rec)


def test_a_competition_prize_is_the_honour_not_the_competition():
    rec = extract("东湖电力公司青年突击队荣获东湖市职工创新大赛金奖。")
    assert "东湖市职工创新大赛金奖" in names(rec, "Honor")


def test_a_category_counted_after_an_honour_is_an_honour_too():
    rec = extract("本次共表彰1200人，其中东湖市劳动模范800名、先进工作者400名。")
    assert "先进工作者" in names(rec, "Honor")


# --- no honour --------------------------------------------------------------------------------------


def test_a_clause_with_zuowei_is_not_part_of_the_honour():
    rec = extract("作为省教学名师，贺云峰坚持为本科生上课。")
    assert "作为省教学名师" not in names(rec, "Honor")
    assert "省教学名师" in names(rec, "Honor")


def test_a_verb_before_an_academy_member_is_not_part_of_the_honour():
    rec = extract("令中国科学院院士、东湖大学教授庞海生印象最深的是青年人的热情。")
    assert "令中国科学院院士" not in names(rec, "Honor")


def test_a_prize_given_to_a_project_is_no_honour():
    rec = extract("谭立群主持完成的东岭港自动化码头项目荣获2022年度国家科技进步奖二等奖。")
    assert not any("科技进步奖" in n for n in names(rec, "Honor"))


def test_people_counted_in_a_unit_do_not_pass_their_honour_to_the_person_named_before():
    rec = extract("东岭重工集团高级技师黎振华带过的徒弟中，有不少获得了“全国技术能手”称号。")
    assert ("黎振华", "全国技术能手") not in _held(rec)


# --- holders ----------------------------------------------------------------------------------------


def test_every_item_of_a_list_closed_by_a_counted_honour_word_goes_to_the_subject():
    rec = extract("工作二十余年，东岭重工集团高级技师庞海生获得全国技术能手、东湖市劳动模范等二十多项荣誉称号。")
    assert {("庞海生", "全国技术能手"), ("庞海生", "东湖市劳动模范")} <= _held(rec)


def test_an_unquoted_item_between_quoted_honours_is_an_honour():
    rec = extract("东湖纺织厂挡车工祁晓岚先后获“全国纺织行业技术能手”、东湖市首席技师、“青州工匠”等荣誉。")
    held = _held(rec)
    assert {("祁晓岚", "全国纺织行业技术能手"), ("祁晓岚", "东湖市首席技师"), ("祁晓岚", "青州工匠")} <= held


def test_a_state_allowance_enjoyed_is_an_honour_of_the_subject():
    rec = extract("东湖大学教授欧阳清享受国务院政府特殊津贴。")
    assert ("欧阳清", "国务院政府特殊津贴") in _held(rec)


def test_a_year_in_brackets_after_an_honour_is_its_year():
    rec = extract("东岭重工集团焊接班班长蒋书宁先后获得全国技术能手（2018年）、全国五一劳动奖章（2021年）等荣誉。")
    held = facts(rec, "HOLDS_HONOR")
    assert str(held[("蒋书宁", "全国五一劳动奖章")]["year"]) == "2021"
    assert str(held[("蒋书宁", "全国技术能手")]["year"]) == "2018"


def test_an_honour_received_by_a_sentence_opening_passive_goes_to_the_person_after():
    rec = extract("被授予东湖市劳动模范称号，东岭重工集团焊接班班长黎振华感到责任更重了。")
    assert ("黎振华", "东湖市劳动模范") in _held(rec)


def test_ziji_refers_to_the_person_the_sentence_opened_with():
    rec = extract("东湖县菌菇合作社理事长贺云峰带出了徒弟林小川，自己也被评为东湖市劳动模范。")
    assert ("贺云峰", "东湖市劳动模范") in _held(rec)
    assert ("林小川", "东湖市劳动模范") not in _held(rec)


def test_a_quoted_honour_right_before_a_person_is_the_person_honour():
    rec = extract("会上，“最美乡村医生”、东湖县卫生院院长谭立群讲述了扎根山村的故事。")
    assert ("谭立群", "最美乡村医生") in _held(rec)


def test_a_national_designation_of_a_unit_with_a_batch_is_an_honour():
    rec = extract("东湖技师学院入选国家首批数字技能人才培养试点单位。")
    assert "国家首批数字技能人才培养试点单位" in names(rec, "Honor")


def test_a_unit_named_again_by_its_kind_holds_what_it_gets():
    rec = extract("东湖技师学院始建于1985年。学院获批国家高技能人才培养示范基地。")
    assert ("东湖技师学院", "国家高技能人才培养示范基地") in _held(rec)


def test_the_quoted_honour_closing_an_apposition_item_is_the_last_quote_not_the_first():
    rec = extract("写下数十万字“工作笔记”的“最美社区民警”祁文澜说，服务群众是本分。")
    assert "工作笔记" not in names(rec, "Honor")
