"""Constructions of the fourteenth round (from blind20's misses), each on a short invented sentence: a profile's
name in its headline, honours of a level or a national science prize, the distinction of being the first
holder, a union written bare after its college's Party committee, and the subject of 印发X，并举行Y."""

import pytest

from loaders.extract.lexicon import lexicon
from loaders.extract.orgs import OrgRules
from tests.extract_helpers import extract, facts, names


def test_the_name_a_profiles_headline_opens_with_is_a_person():
    record = extract(
        "【优秀学生标兵】向欣然：保持劲头 奔跑不止\n\n人物简介：向欣然，体育学院学生，中共党员。\n\n"
        "向欣然说到，开始之后才发现，最简单的跑步练习起来也最困难。"
    )
    assert "向欣然" in names(record, "Person")


def test_a_headline_word_before_a_colon_is_no_person():
    record = extract("通知：关于开展劳模评选的通知\n\n各单位：请按要求推荐。各单位要认真组织。")
    assert not names(record, "Person")


@pytest.mark.parametrize("lead", ["连续两年获", "连续获得", "连年获得"])
def test_a_subjectless_honour_after_a_run_of_years_is_the_persons(lead):
    record = extract(f"标题\n\n林欣然是体育学院学生。{lead}国家励志奖学金，曾获“优秀学生”“优秀共青团员”等荣誉称号。")
    held = {honour for person, honour in facts(record, "HOLDS_HONOR") if person == "林欣然"}
    assert {"国家励志奖学金", "优秀学生", "优秀共青团员"} <= held


@pytest.mark.parametrize("honour", ["省级五一劳动奖章", "省级教学名师", "校级优秀共产党员"])
def test_an_honour_of_a_level_keeps_its_level(honour):
    record = extract(f"林晓莺老师曾获{honour}称号。")
    assert ("林晓莺", honour) in facts(record, "HOLDS_HONOR")


def test_a_national_science_prize_opening_with_a_surname_is_no_person():
    record = extract("标题\n\n林仕明教授先后获得何梁何利基金、全国先进工作者等荣誉。")
    assert names(record, "Person") == {"林仕明"}
    assert ("林仕明", "何梁何利基金") in facts(record, "HOLDS_HONOR")


def test_being_the_first_holder_is_no_part_of_the_honour():
    record = extract("标题\n\n林仕明是我校首位国家杰出青年基金获得者、首位全国百篇优秀博士论文获得者。")
    held = {honour for _, honour in facts(record, "HOLDS_HONOR")}
    assert held == {"国家杰出青年基金", "全国百篇优秀博士论文"}


def test_a_union_written_bare_after_its_colleges_party_committee_is_the_colleges():
    record = extract("标题\n\n机电学院党委、工会组织开展了“礼献新中国师生红歌大合唱”。")
    organisers = {unit for unit, _ in facts(record, "ORGANIZED")}
    assert organisers == {"机电学院党委", "机电学院工会"}


def test_the_subject_of_the_first_clause_holds_the_event_after_and_holds():
    record = extract("标题\n\n9月29日，旅游学院正式印发《主题教育工作安排》，并举行“守初心”主题教育专题辅导报告。")
    assert ("旅游学院", "“守初心”主题教育专题辅导报告") in facts(record, "ORGANIZED")


@pytest.mark.parametrize("title", ["学生最喜爱的老师", "我心目中最美的好老师"])
def test_a_title_voted_by_the_people_served_is_an_honour_despite_its_de(title):
    record = extract(f"林晓峰获评{title}称号。")
    assert ("林晓峰", title) in facts(record, "HOLDS_HONOR")


def test_a_clause_with_de_is_still_no_title():
    record = extract("林晓峰获评学校的优秀教师，令人高兴。")
    assert ("林晓峰", "学校的优秀教师") not in facts(record, "HOLDS_HONOR")


# -- what is no unit and no person --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["举办", "三全育人等专题定期举办", "联合主办"])
def test_a_verb_of_holding_is_no_office_though_it_ends_with_ban(text):
    assert not OrgRules(lexicon()).looks_like(text)


@pytest.mark.parametrize(("written", "unit"), [("整个商学院", "商学院"), ("我们学院", "学院")])
def test_a_quantifier_or_a_pronoun_is_no_part_of_a_unit(written, unit):
    assert OrgRules.clean(written)[0] == unit


def test_an_event_a_title_names_is_no_person():
    record = extract("学院开展书记沙龙活动，交流党建经验。")
    assert not names(record, "Person")


# -- a paper's dateline -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("豆颖明《人民日报》（2025年12月29日第 05 版）", {"豆颖明"}),
        ("本报记者  栾心远  苏  爽《人民日报》（2025年05月03日第 02 版）", {"栾心远", "苏  爽"}),
    ],
)
def test_the_names_before_a_papers_dateline_are_its_authors(line, authors):
    record = extract(f"劳务品牌成为就业招牌\n\n{line}\n\n前不久，全国劳务协作大会举行。")
    assert names(record, "Person") == authors


def test_a_dateline_without_authors_names_no_one():
    record = extract("标题\n\n《人民日报》（2025年04月28日第 01 版）\n\n前不久，全国劳务协作大会举行。")
    assert not names(record, "Person")
