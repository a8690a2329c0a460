"""Constructions read after the fifteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- bylines ---------------------------------------------------------------------------------------------------------


def test_newswire_byline_with_role_words_run_into_names_credits_no_participant():
    rec = extract(
        "本报讯 记者林明华 通讯员柯明远、李明婷报道 日前，东湖工匠学院正式揭牌成立。"
        "省总工会党组成员、副主席吴丽娜出席揭牌仪式并讲话。"
    )
    assert {"林明华", "柯明远", "李明婷"} <= names(rec, "Person")
    participants = {person for person, _ in facts(rec, "PARTICIPATED_IN")}
    assert participants == {"吴丽娜"}


def test_report_that_a_reporter_learnt_something_is_no_byline():
    rec = extract("记者从会上获悉，东湖市总工会副主席林明华出席会议。")
    assert names(rec, "Person") == {"林明华"}


# -- events ----------------------------------------------------------------------------------------------------------


def test_ceremony_attended_before_any_named_event_is_the_event_reported():
    rec = extract(
        "日前，东湖工匠学院正式揭牌成立。省总工会副主席吴丽娜出席揭牌仪式并讲话。\n"
        "当日，首批新能源汽车维修培训班160余名学员已取得结业证书。"
    )
    assert ("吴丽娜", "揭牌仪式") in facts(rec, "PARTICIPATED_IN")
    assert ("吴丽娜", "揭牌仪式") in facts(rec, "SPOKE_AT")


def test_verb_of_carrying_out_is_no_part_of_an_event_name():
    rec = extract("5月19日，疗休养团在东湖宾馆进行健康讲座，劳模林明华提出问题。")
    assert "进行健康讲座" not in names(rec, "Forum")


def test_formula_of_parts_joined_by_plus_signs_is_no_event():
    rec = extract(
        "东湖工匠学院旨在构建集“实训基地+线上线下培训+劳动技能竞赛+工匠选树”等一体的职工技能提升体系。"
    )
    assert not any("+" in name for name in names(rec, "Forum"))


def test_plans_to_set_up_or_upgrade_a_unit_name_no_unit():
    rec = extract("下一步，东湖工匠学院将做好建立线上工匠学院、升级高技术服务队等十项重点任务。")
    assert not {"建立线上工匠学院", "升级高技术服务队"} & names(rec, "Organization")


# -- bodies ----------------------------------------------------------------------------------------------------------


def test_alliance_written_with_and_without_its_province_is_one_alliance():
    rec = extract(
        "3月6日，山东省南岭市女职工创新创业联盟成立大会召开。南岭市女职工创新创业联盟首批成员由30余名女性劳模组成。"
    )
    assert len(names(rec, "Alliance")) == 1
    event = next(e for e in rec.entities if e.type.value == "Forum")
    assert "南岭市女职工创新创业联盟成立大会" in [event.name, *event.aliases]


def test_union_written_with_and_without_its_city_is_one_union():
    rec = extract(
        "5月19日，北京市南岭区总工会组织30名劳动模范前往东湖疗休养中心。据悉，南岭区总工会今年将组织15批次劳模疗休养。"
    )
    unions = [e for e in rec.entities if e.name.endswith("总工会")]
    assert len(unions) == 1 and "南岭区总工会" in unions[0].aliases


def test_union_that_advocates_founding_an_alliance_founds_it():
    rec = extract("5月8日，东湖市工匠联盟成立仪式在南岭宾馆举办。东湖市总工会倡导发起成立东湖市工匠联盟。")
    assert ("东湖市总工会", "东湖市工匠联盟") in facts(rec, "FOUNDED")


def test_body_leading_an_alliance_organises_no_event():
    rec = extract(
        "5月8日，东湖市工匠联盟成立仪式在南岭宾馆举办。联盟由东湖市劳模协会具体牵头，是工匠人才自愿结合的组织。"
    )
    assert not any(unit == "东湖市劳模协会" for unit, _ in facts(rec, "ORGANIZED"))


# -- taking part -----------------------------------------------------------------------------------------------------

_SIGNING = (
    "5月8日，东湖市工匠联盟成立仪式在南岭宾馆举办。成立仪式上，东湖重工有限公司林明华创新工作室与南岭数控技术有限公司"
    "柯明远创新工作室签订了工作室合作协议；东湖工匠李明婷与学员吴丽娜签订了名师带徒协议；全国劳模王明强以“新时代工匠”"
    "为题，与大家分享了心得。"
)


def test_persons_who_sign_an_agreement_at_the_event_take_part_in_it():
    took_part = facts(extract(_SIGNING), "PARTICIPATED_IN")
    assert ("李明婷", "东湖市工匠联盟成立仪式") in took_part
    assert ("吴丽娜", "东湖市工匠联盟成立仪式") in took_part


def test_units_that_sign_an_agreement_at_the_event_take_part_in_it():
    took_part = facts(extract(_SIGNING), "PARTICIPATED_IN")
    assert ("东湖重工有限公司林明华创新工作室", "东湖市工匠联盟成立仪式") in took_part
    assert ("南岭数控技术有限公司柯明远创新工作室", "东湖市工匠联盟成立仪式") in took_part


def test_signatories_do_not_speak_what_the_next_clause_says():
    spoke = {person for person, _ in facts(extract(_SIGNING), "SPOKE_AT")}
    assert spoke == {"王明强"}


def test_agreement_signed_outside_an_event_takes_no_one_to_it():
    rec = extract("5月8日，东湖市工匠大会在南岭宾馆举办。去年，林明华与南岭县政府共同签订协议，推动乡村振兴。")
    assert ("林明华", "东湖市工匠大会") not in facts(rec, "PARTICIPATED_IN")


def test_activity_a_body_travels_to_hold_is_named_past_its_count_and_held_where_it_went():
    rec = extract("4月18日，东湖省总工会劳模工匠宣讲团赴南岭县开展了一场专题宣讲活动。本次活动由东湖省总工会主办。")
    assert ("专题宣讲活动", "南岭县") in facts(rec, "HELD_AT")
    assert ("东湖省总工会", "专题宣讲活动") in facts(rec, "ORGANIZED")


def test_two_bodies_travelled_to_are_no_one_place():
    rec = extract("7月1日，东湖大学党委赴南岭集团和岭东村开展主题党日活动。")
    assert not any("和" in place for place in names(rec, "Place"))


def test_members_listed_after_what_a_body_is_composed_of_belong_to_it():
    rec = extract(
        "4月18日，东湖省总工会劳模工匠宣讲团赴南岭县开展了一场专题宣讲活动。宣讲团由三位代表组成，他们分别是"
        "“全国劳动模范”、东湖重工有限公司首席技师林明华，东湖职业学校教师柯明远，以及该校教师李明婷。"
    )
    members = {person for person, body in facts(rec, "MEMBER_OF") if body == "东湖省总工会劳模工匠宣讲团"}
    assert members == {"林明华", "柯明远", "李明婷"}


# -- honours ---------------------------------------------------------------------------------------------------------


def test_honour_of_a_city_whose_name_holds_a_function_character_keeps_the_city():
    rec = extract("据悉，今年共有24个先进单位荣获成都市五一劳动奖状；林明华荣获江都区劳动模范称号。")
    assert {"成都市五一劳动奖状", "江都区劳动模范"} <= names(rec, "Honor")


def test_honours_listed_with_a_conjunction_are_not_joined_through_it():
    rec = extract("我校曾获全国厂务公开民主管理先进单位和省级校务公开民主管理工作示范单位荣誉称号。")
    assert "全国厂务公开民主管理先进单位" in names(rec, "Honor")
