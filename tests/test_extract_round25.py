"""Constructions read after the seventeenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- memberships -----------------------------------------------------------------------------------------------------


def test_leaders_listed_after_a_unit_and_the_word_leader_are_its_members():
    rec = extract("一月以来，西岭集团领导王明强、王丽娜、祖明远分别带队看望慰问劳动模范。")
    members = facts(rec, "MEMBER_OF")
    assert {("王明强", "西岭集团"), ("王丽娜", "西岭集团"), ("祖明远", "西岭集团")} <= members.keys()
    assert members[("王明强", "西岭集团")] == {"role_text": "领导"}


def test_a_federation_written_by_its_level_alone_is_the_union_its_leaders_belong_to():
    rec = extract("省总工会党组书记林明华到南岭慰问。一月以来，省总领导林明华、柯明远带队分赴各地。")
    assert ("柯明远", "省总工会") in facts(rec, "MEMBER_OF")


def test_leaders_of_a_unit_named_only_by_its_kind_belong_to_no_new_unit():
    rec = extract("学院领导李明婷主持会议，校领导林明华出席。")
    assert "学院" not in names(rec, "Organization")
    assert facts(rec, "MEMBER_OF") == {}


def test_party_leadership_as_a_verb_names_no_unit():
    rec = extract("多年来，西岭学院党委坚持党委领导“核心”，定好“主基调”。")
    assert not any("坚持" in name for name in names(rec, "Organization"))


# -- honours handed over ---------------------------------------------------------------------------------------------


def test_receivers_of_an_award_handed_over_hold_it_and_the_giver_does_not():
    rec = extract(
        "授牌仪式上，林明华向荣获“全国巾帼文明岗”的西岭国税办税服务厅、市儿童福利院看护科及荣获“全国巾帼建功标兵”"
        "荣誉称号的西岭小学校长柯明远颁发了奖牌奖章。"
    )
    held = facts(rec, "HOLDS_HONOR").keys()
    assert {
        ("西岭国税办税服务厅", "全国巾帼文明岗"),
        ("市儿童福利院看护科", "全国巾帼文明岗"),
        ("柯明远", "全国巾帼建功标兵"),
    } <= held
    assert not any(holder == "林明华" for holder, _honour in held)


# -- speakers --------------------------------------------------------------------------------------------------------


def test_a_talk_in_a_clause_going_on_with_and_is_the_speakers():
    rec = extract("授牌仪式上，林明华为获奖者颁发了奖牌，并对全市“巾帼建功”活动进行了宣讲。")
    assert ("林明华", "授牌仪式") in facts(rec, "SPOKE_AT")


def test_an_act_of_attending_after_a_talk_and_a_comma_adds_no_participation():
    rec = extract("西岭大赛决赛举行。林明华老师发表讲话，并宣布竞赛主要内容。")
    assert ("林明华", "西岭大赛决赛") in facts(rec, "SPOKE_AT")
    assert ("林明华", "西岭大赛决赛") not in facts(rec, "PARTICIPATED_IN")


# -- a federation in a chain of posts --------------------------------------------------------------------------------


def test_a_citys_union_in_a_chain_of_posts_is_the_union_of_the_city_the_chain_names():
    rec = extract(
        "闭幕式上，南岭市人大常委会副主任、市总工会主席柯明远致辞。全国总工会对东山市总工会等10个优秀组织单位进行通报表扬。"
    )
    posts = facts(rec, "HOLDS_POSITION")
    assert ("柯明远", "南岭市总工会") in posts
    assert ("柯明远", "东山市总工会") not in posts


def test_bodies_listed_with_a_city_keep_their_names_as_written():
    rec = extract("由西岭市委宣传部、市科协联合开展的2021年西岭市“最美职工”评选结果揭晓。")
    assert "市科协" in names(rec, "Organization")


def test_a_kind_of_worker_before_the_noun_keeps_the_person_one_of_the_units_people():
    rec = extract("林明华来到西岭华贸绿化工程有限公司困难职工柯明远家里，送上慰问金。")
    assert ("柯明远", "西岭华贸绿化工程有限公司") in facts(rec, "MEMBER_OF")


def test_a_salt_works_is_a_unit():
    rec = extract("西岭盐场副场长林明华介绍，盐场今年产盐十万吨。")
    assert ("林明华", "西岭盐场") in facts(rec, "HOLDS_POSITION")


# -- honours conferred in counted lists and on praised groups --------------------------------------------------------


def test_every_item_of_a_counted_list_of_awards_is_an_honour():
    rec = extract("西岭局表彰大会在机关举行。会议表彰了10户 “五好文明家庭”、10名“贤妻良母”、10名先进女职工。")
    assert {"五好文明家庭", "贤妻良母", "先进女职工"} <= names(rec, "Honor")


def test_a_counted_list_with_no_honour_in_it_names_none():
    rec = extract("西岭局表彰大会在机关举行。会议表彰了10户家庭、10名职工。")
    assert names(rec, "Honor") == set()


def test_the_first_of_each_praised_group_holds_the_title_the_group_is_praised_as():
    rec = extract("全国总工会对西岭省总工会等10个最佳组织单位和东山市总工会等10个优秀组织单位进行通报表扬。")
    held = facts(rec, "HOLDS_HONOR")
    assert ("西岭省总工会", "最佳组织单位") in held
    assert ("东山市总工会", "优秀组织单位") in held


# -- events ----------------------------------------------------------------------------------------------------------


def test_a_tour_led_by_officials_is_no_event_named_after_the_verb():
    rec = extract("首届西岭工匠大会在西岭市落幕。大会期间，西岭省委副书记林明华带队线下巡展。")
    assert not any(name.startswith("带队") for name in names(rec, "Forum"))


def test_where_results_are_announced_is_where_the_event_is_held():
    rec = extract("由西岭市总工会主办的2022年“西岭工匠年度人物”发布活动，2月28日在西岭省南岭市揭晓评选结果。")
    assert ("2022年“西岭工匠年度人物”发布活动", "西岭省南岭市") in facts(rec, "HELD_AT")


def test_units_listed_before_a_count_of_people_attending_take_part():
    rec = extract(
        "4月27日，西岭市妇联举行了授牌仪式。西岭国税办税服务厅、市儿童福利院、南岭区孔家庄小学等50余人参加了活动。"
    )
    units = {unit for unit, event in facts(rec, "PARTICIPATED_IN") if event == "授牌仪式"}
    assert {"西岭国税办税服务厅", "市儿童福利院", "南岭区孔家庄小学"} <= units


def test_a_visit_is_no_part_of_the_name_of_the_unit_visited():
    rec = extract("3月18日，西岭市总工会主席林明华一行四人莅临西岭总医院，在医院举行授牌仪式。")
    assert "西岭总医院" in names(rec, "Organization")
    assert not any("莅临" in name for name in names(rec, "Organization"))


def test_a_venue_named_by_the_kind_of_unit_alone_is_no_place():
    rec = extract("3月18日，西岭市总工会主席林明华一行莅临西岭总医院，在医院举行授牌仪式。")
    assert "医院" not in names(rec, "Place")
    assert facts(rec, "HELD_AT") == {}


def test_a_community_manager_is_a_post_of_the_unit_before_it():
    rec = extract("全国劳动模范、西岭市供电公司客服中心社区经理林明华作了宣讲。")
    assert ("林明华", "西岭市供电公司客服中心") in facts(rec, "HOLDS_POSITION")


def test_leaders_of_a_unit_that_opens_a_paragraph_are_its_members():
    rec = extract("西岭集团慰问劳模\n西岭集团领导王明强、王丽娜分别带队看望劳动模范。")
    assert {("王明强", "西岭集团"), ("王丽娜", "西岭集团")} <= facts(rec, "MEMBER_OF").keys()


def test_a_chain_of_posts_opening_a_paragraph_names_the_citys_union():
    rec = extract("创新大会闭幕\n南岭市人大常委会副主任、市总工会主席柯明远致辞。东山市总工会获奖。")
    assert ("柯明远", "南岭市总工会") in facts(rec, "HOLDS_POSITION")
