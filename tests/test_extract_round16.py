"""Constructions of the sixteenth round (from the misses of union and craftsman news from several web
sources, pagesblind3), each on a short invented text: a unit written before the meeting it holds to
celebrate a day, touring talks and exhibitions a union runs, representatives of an honour's holders, and a
unit's own premises named as where a meeting was held."""

import pytest

from tests.extract_helpers import extract, facts, names


@pytest.mark.parametrize(
    ("text", "unit", "event"),
    [
        (
            "东湖公司工会庆祝“三八”国际劳动妇女节总结表彰大会隆重召开\n\n正文。",
            "东湖公司工会",
            "庆祝“三八”国际劳动妇女节总结表彰大会",
        ),
        ("标题\n\n4月28日，东湖市总工会庆祝五一国际劳动节暨劳模表彰大会在市人民会堂举行。", "东湖市总工会",
         "庆祝五一国际劳动节暨劳模表彰大会"),
        ("标题\n\n5月4日，西岭学院团委纪念五四运动一百周年座谈会召开。", "西岭学院团委", "纪念五四运动一百周年座谈会"),
    ],
)
def test_a_unit_before_a_meeting_that_celebrates_a_day_organises_it(text: str, unit: str, event: str):
    record = extract(text)
    assert event in names(record, "Forum")
    assert (unit, event) in facts(record, "ORGANIZED")


def test_a_celebration_meeting_with_no_unit_before_it_keeps_its_name_and_gets_no_organiser():
    record = extract("标题\n\n4月28日，庆祝五一国际劳动节暨劳模表彰大会在东湖市人民会堂举行。")
    assert "庆祝五一国际劳动节暨劳模表彰大会" in names(record, "Forum")
    assert not facts(record, "ORGANIZED")


def test_a_touring_talk_is_an_event_with_its_organiser_and_undertakers():
    record = extract(
        "标题\n\n昨日，全省教育工会系统学习宣传工会十大精神巡讲活动在东湖学院南校区举办。"
        "本次巡讲活动由东湖省教科工会主办，东湖学院工会、西岭大学工会共同承办。"
    )
    event = "全省教育工会系统学习宣传工会十大精神巡讲活动"
    assert event in names(record, "Forum")
    assert ("东湖省教科工会", event) in facts(record, "ORGANIZED")
    assert {("东湖学院工会", event), ("西岭大学工会", event)} <= set(facts(record, "UNDERTOOK"))


def test_an_exhibition_of_model_workers_deeds_is_an_event_held_at_its_venue():
    record = extract("标题\n\n5月10日，由东湖市总工会举办的劳模事迹展在东湖市图书馆开展。")
    assert "劳模事迹展" in names(record, "Forum")
    assert ("东湖市总工会", "劳模事迹展") in facts(record, "ORGANIZED")
    assert ("劳模事迹展", "东湖市图书馆") in facts(record, "HELD_AT")


@pytest.mark.parametrize(
    ("text", "person", "honour"),
    [
        ("会上，中华技能大奖获得者代表赵大成介绍了先进事迹。", "赵大成", "中华技能大奖"),
        ("会上，全国劳动模范代表孙立、全国技术能手代表钱立新分别发言。", "孙立", "全国劳动模范"),
        ("会上，全国劳动模范代表孙立、全国技术能手代表钱立新分别发言。", "钱立新", "全国技术能手"),
    ],
)
def test_a_representative_of_an_honours_holders_holds_it(text: str, person: str, honour: str):
    assert (person, honour) in facts(extract("标题\n\n" + text), "HOLDS_HONOR")


def test_a_representative_of_a_units_teachers_holds_no_honour():
    record = extract("标题\n\n会上，东湖大学机械学院教师代表周立发言。")
    assert not facts(record, "HOLDS_HONOR")


@pytest.mark.parametrize("premises", ["机关", "我省", "本单位"])
def test_a_units_own_premises_or_a_deictic_region_is_no_venue(premises: str):
    record = extract(f"标题\n\n3月7日，东湖公司工会表彰大会在{premises}隆重举行。")
    assert premises not in names(record, "Place")
    assert not facts(record, "HELD_AT")


def test_a_name_before_suo_zuo_ends_before_the_particle():
    record = extract("标题\n\n会议听取了东湖公司工会女职工委员会主任林晓所作的工作报告。")
    assert "林晓" in names(record, "Person")
    assert "林晓所" not in names(record, "Person")


@pytest.mark.parametrize("short", ["周主席", "欧阳院长"])
def test_a_surname_with_a_title_is_no_person_of_its_own(short: str):
    full = "周汉林" if short.startswith("周") else "欧阳立新"
    record = extract(f"标题\n\n{full}主席作了重要讲话。{short}指出：过去的一年成绩显著。")
    assert full in names(record, "Person")
    assert short not in names(record, "Person")


@pytest.mark.parametrize(
    ("listed", "first", "second"),
    [
        ("东湖学社东湖市委会和东湖市青年企业家联谊会", "东湖学社东湖市委会", "东湖市青年企业家联谊会"),
        ("省工人文化宫和东湖新时代产业工人学院", "省工人文化宫", "东湖新时代产业工人学院"),
    ],
)
def test_two_units_joined_by_he_are_not_one_unit(listed: str, first: str, second: str):
    record = extract(f"标题\n\n活动由{listed}共同承办。")
    assert listed not in names(record, "Organization")
    assert {first, second} <= set(names(record, "Organization"))


@pytest.mark.parametrize(("name", "is_body"), [("省工人文化宫", True), ("省文化馆", True), ("市级工作室", False)])
def test_a_body_of_the_city_with_its_place_left_out_is_one_body(name: str, is_body: bool):
    record = extract(f"标题\n\n本次活动由{name}承办。")
    assert (name in names(record, "Organization")) is is_body


@pytest.mark.parametrize("city", ["日喀则", "日升镇"])
def test_a_city_whose_name_opens_with_ri_is_a_venue(city: str):
    record = extract(f"标题\n\n东湖劳模工匠论坛首届峰会将于12月14日在{city}开幕。")
    assert ("东湖劳模工匠论坛首届峰会", city) in facts(record, "HELD_AT")


@pytest.mark.parametrize("when", ["日前", "近日"])
def test_a_day_after_zai_or_yu_is_no_venue(when: str):
    record = extract(f"标题\n\n东湖劳模工匠论坛首届峰会于{when}召开。")
    assert not names(record, "Place")


def test_a_naming_ceremony_joined_to_a_plaque_ceremony_is_one_event_with_its_list():
    record = extract(
        "标题\n\n8日下午，由东湖市人民政府主办的东湖大工匠工作室授牌暨东湖名匠、东湖工匠命名仪式在东湖剧院隆重举行。"
    )
    event = "东湖大工匠工作室授牌暨东湖名匠、东湖工匠命名仪式"
    assert event in names(record, "Forum")
    assert ("东湖市人民政府", event) in facts(record, "ORGANIZED")
    assert (event, "东湖剧院") in facts(record, "HELD_AT")


def test_a_naming_ceremony_keeps_what_it_names():
    record = extract("标题\n\n8日下午，东湖工匠命名仪式在东湖剧院隆重举行。")
    assert "东湖工匠命名仪式" in names(record, "Forum")
