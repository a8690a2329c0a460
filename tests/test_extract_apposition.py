from tests.extract_helpers import extract, facts, names


def test_honour_and_titles_joined_by_dunhao_go_to_one_organisation():
    rec = extract("论坛上，全国劳动模范、江南机械股份有限公司党委书记、董事长林晓峰作主旨发言。")
    assert facts(rec, "HOLDS_POSITION")[("林晓峰", "江南机械股份有限公司")]["titles"] == ["党委书记", "董事长"]
    assert ("林晓峰", "全国劳动模范") in facts(rec, "HOLDS_HONOR")


def test_jian_splits_titles_and_each_part_keeps_its_own_organisation():
    rec = extract("会上，东海汽车研究总院代理副院长兼智能驾驶研究院院长周雨桐作报告。")
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("周雨桐", "东海汽车研究总院")]["titles"] == ["代理副院长"]
    assert positions[("周雨桐", "智能驾驶研究院")]["titles"] == ["院长"]


def test_title_after_jian_without_organisation_shares_the_previous_one():
    rec = extract("东海大学校务委员会副主任兼秘书长郑浩然出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("郑浩然", "东海大学校务委员会")]["titles"] == ["副主任", "秘书长"]


def test_ambiguous_boundary_after_zhuren_prefers_a_surname_initial_name():
    rec = extract("论坛上，东海供电公司检修中心主任何晓光分别作主旨发言。")
    assert "何晓光" in names(rec, "Person")
    assert facts(rec, "HOLDS_POSITION")[("何晓光", "东海供电公司检修中心")]["titles"] == ["主任"]


def test_place_government_titles_are_not_attached_to_the_committee():
    rec = extract("省委常委、副省长钱明轩出席会议并讲话。")
    assert facts(rec, "HOLDS_POSITION")[("钱明轩", "省委")]["titles"] == ["常委"]


def test_a_shared_organisation_is_not_inherited_by_a_title_with_its_own_body():
    rec = extract("南湖市人大常委会主任林晓峰、市政协主席周雨桐出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("周雨桐", "市政协")]["titles"] == ["主席"]


def test_a_title_of_a_national_office_is_not_held_in_the_body_named_before_it():
    rec = extract("论坛开幕。教育部职业教育与成人教育司原司长、国家总督学顾问王继平作主旨报告。")
    held = facts(rec, "HOLDS_POSITION")
    assert held[("王继平", "教育部职业教育与成人教育司")]["titles"] == ["原司长"]


def test_an_honour_that_ends_with_a_title_word_stays_an_honour():
    rec = extract("享受国务院特殊津贴专家、东海重工集团首席技能专家冯嘉树出席会议。")
    assert ("冯嘉树", "国务院特殊津贴专家") in facts(rec, "HOLDS_HONOR")
    assert facts(rec, "HOLDS_POSITION")[("冯嘉树", "东海重工集团")]["titles"] == ["首席技能专家"]
    assert names(rec, "Organization") == {"东海重工集团"}
