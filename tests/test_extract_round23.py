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
