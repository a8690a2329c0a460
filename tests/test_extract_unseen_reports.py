"""General constructions of real reports no fixture was tuned for, each on a short invented sentence."""

from tests.extract_helpers import extract, facts


def test_lead_unit_before_co_organisers_with_you_organises_too():
    rec = extract("5月20日，由东海市总工会牵头，东海市人社局、东海市教育局联合主办的第三届东海工匠技能大赛开幕。")
    organised = facts(rec, "ORGANIZED")
    assert {("东海市总工会", "第三届东海工匠技能大赛"), ("东海市人社局", "第三届东海工匠技能大赛")} <= organised.keys()


def test_lead_unit_and_departments_that_organise_and_carry_out_an_event():
    rec = extract("第三届东海工匠技能大赛开幕。大赛由东海市总工会牵头，市人社局、市教育局等部门共同组织实施。")
    organised = facts(rec, "ORGANIZED")
    assert {("东海市总工会", "第三届东海工匠技能大赛"), ("市教育局", "第三届东海工匠技能大赛")} <= organised.keys()


def test_organisation_as_a_noun_is_no_organiser():
    rec = extract("东海工匠论坛举行。各级工会组织要高度重视劳模工作。")
    assert facts(rec, "ORGANIZED") == {}
