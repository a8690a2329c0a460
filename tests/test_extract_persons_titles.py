"""Persons and their titles in constructions of unseen reports (issue 17, item 4), on invented sentences:
titles written after the name, titles no lexicon lists, compound titles, feature-story persons with no
title, role nouns, four-character names, long apposition chains and unpunctuated caption runs."""

from tests.extract_helpers import extract, facts, names


def _titles(text: str, person: str, org: str) -> list[str]:
    return facts(extract(text), "HOLDS_POSITION")[(person, org)]["titles"]


# P-POSTTITLE: organisation, name, then a title written after the name and followed by a verb


def test_title_after_the_name_before_a_preposition():
    text = "会上，西岭市第一医院科教处唐浩然处长为学员讲解了操作规范。"
    assert _titles(text, "唐浩然", "西岭市第一医院科教处") == ["处长"]


def test_title_after_the_name_before_a_verb_no_list_holds():
    text = "南陵市法律援助中心贺明轩律师围绕工伤认定作了讲解。"
    assert _titles(text, "贺明轩", "南陵市法律援助中心") == ["律师"]


def test_title_after_the_name_before_an_adverb():
    text = "北塘机械公司质检科韦思远科长率先发言。"
    assert _titles(text, "韦思远", "北塘机械公司质检科") == ["科长"]


def test_department_ending_with_shi_before_a_name_and_its_title():
    text = "北塘机械公司调度室程一帆主任介绍了生产安排。"
    assert _titles(text, "程一帆", "北塘机械公司调度室") == ["主任"]


# P-TITLELEX: titles no lexicon lists, read as modifiers and a head morpheme


def test_unlisted_title_ending_with_yuan_anchors_the_name():
    text = "南陵物流有限公司冷链配送员龚振宇表示，假期订单明显增多。"
    assert _titles(text, "龚振宇", "南陵物流有限公司") == ["冷链配送员"]


def test_unlisted_title_ending_with_zhuanze():
    text = "西岭供电公司配网调度专责戴晓晨介绍了抢修情况。"
    assert _titles(text, "戴晓晨", "西岭供电公司") == ["配网调度专责"]


def test_social_worker_of_a_union():
    text = "南陵市总工会社会工作者卢静怡说，服务站每天都有职工来咨询。"
    assert _titles(text, "卢静怡", "南陵市总工会") == ["社会工作者"]


def test_civil_service_grade_before_a_title():
    text = "西岭市人社局二级主任科员齐文博出席会议。"
    assert _titles(text, "齐文博", "西岭市人社局") == ["二级主任科员"]


def test_heavily_modified_manager_title_stays_whole():
    text = "北塘电子公司高级产品运营经理雷子墨介绍了新产品。"
    assert _titles(text, "雷子墨", "北塘电子公司") == ["高级产品运营经理"]


def test_police_post_ending_with_jing():
    text = "西岭市公安局治安大队社区民警葛天宇照常巡逻。"
    assert _titles(text, "葛天宇", "西岭市公安局治安大队") == ["社区民警"]


# TITLE-SPLIT: compound titles across the organisation boundary


def test_party_and_union_titles_written_together_are_both_of_the_company():
    text = "南陵纺织有限公司党委副书记工会主席宁海波出席座谈会。"
    assert _titles(text, "宁海波", "南陵纺织有限公司") == ["党委副书记", "工会主席"]


def test_station_master_of_a_named_station_keeps_the_generic_unit_in_the_title():
    text = "西岭高铁东站车站站长窦明远介绍了客流情况。"
    assert _titles(text, "窦明远", "西岭高铁东站") == ["车站站长"]


def test_team_leader_title_is_not_cut_inside_the_unit_word():
    rec = extract("北塘纺织厂织造车间穿综班组长鲍丽娟说，订单排到了年底。")
    assert ("鲍丽娟", "北塘纺织厂织造车间穿综班") not in facts(rec, "HOLDS_POSITION")
    assert "北塘纺织厂织造车间穿综班" not in names(rec, "Organization")


def test_party_committee_seat_before_a_department_title_is_a_title_of_the_company():
    rec = extract("南陵港务集团党委委员宣传部部长宁远征出席会议。")
    assert facts(rec, "HOLDS_POSITION")[("宁远征", "南陵港务集团")]["titles"] == ["党委委员"]
    assert "南陵港务集团党委" not in names(rec, "Organization")


# P-BARE: feature-story persons with no title next to the name


def test_person_born_somewhere_at_a_sentence_start():
    assert "蒲晓峰" in names(extract("蒲晓峰出生于西岭山区，十八岁进厂当学徒。"), "Person")


def test_person_leading_an_effort_at_a_clause_start():
    assert "米振东" in names(extract("多年来，米振东带头攻关，解决了多项难题。"), "Person")


def test_person_hired_as_an_organisations_post():
    text = "2012年，邱泽宇被聘为南陵市体育运动学校主教练。"
    assert _titles(text, "邱泽宇", "南陵市体育运动学校") == ["主教练"]


# P-ROLENOUN, P-NAMELEN, P-RIGHTCTX


def test_party_member_before_a_name_anchors_it():
    assert "韦国栋" in names(extract("党员韦国栋主讲了消防安全课。"), "Person")


def test_four_character_name_with_no_listed_surname_after_a_title():
    text = "西岭建工公司吊装班班长沙马尔曲说，安全是第一位的。"
    assert _titles(text, "沙马尔曲", "西岭建工公司吊装班") == ["班长"]


def test_titled_name_before_a_one_character_verb():
    text = "北塘机床厂装配班班长计宏远用了十年时间攻克这道难题。"
    assert _titles(text, "计宏远", "北塘机床厂装配班") == ["班长"]


def test_adverb_after_a_two_character_name_is_no_given_name():
    rec = extract("西岭社区党委书记裴雯便来到老人家中。")
    assert names(rec, "Person") == {"裴雯"}


# APPOS-LONG: degrees and epithets between the posts and the name


def test_degree_and_expert_epithet_do_not_break_the_chain():
    text = "南陵大学商学院教授、博士，博士生导师，知名管理学专家林远舟教授从三个方面作了分析。"
    assert _titles(text, "林远舟", "南陵大学商学院") == ["教授", "博士生导师"]


# CAPTION: unpunctuated runs "ORG NAME TITLE ORG NAME TITLE…"


def test_caption_run_gives_each_person_their_own_organisation():
    rec = extract(
        "南陵医院程立新副院长西岭市卫健委徐文博副主任北塘医保中心马晓东主任座谈会首先由程立新副院长介绍情况。"
    )
    held = facts(rec, "HOLDS_POSITION")
    assert held[("程立新", "南陵医院")]["titles"] == ["副院长"]
    assert held[("徐文博", "西岭市卫健委")]["titles"] == ["副主任"]
    assert held[("马晓东", "北塘医保中心")]["titles"] == ["主任"]


def test_caption_run_makes_no_organisation_of_a_title_and_the_next_unit():
    rec = extract("南陵医院程立新副院长西岭市卫健委徐文博副主任北塘医保中心马晓东主任会议由程立新副院长主持。")
    assert names(rec, "Organization") == {"南陵医院", "西岭市卫健委", "北塘医保中心"}


def test_transcribed_name_after_a_title_ends_before_the_verb():
    rec = extract("西岭市人民医院主任医师阿依古丽·吐尔洪说，门诊量比去年多。")
    assert names(rec, "Person") == {"阿依古丽·吐尔洪"}


def test_a_seat_in_an_alliance_named_in_a_title_chain_is_a_membership_of_the_alliance():
    rec = extract("临江市焊接行业质量联盟常务副理事长兼秘书长郝明川出席开幕式。")
    assert "临江市焊接行业质量联盟" in names(rec, "Alliance")
    assert "临江市焊接行业质量联盟" not in names(rec, "Organization")
    member = facts(rec, "MEMBER_OF")[("郝明川", "临江市焊接行业质量联盟")]
    assert "常务副理事长" in member["role_text"]


def test_no_event_name_starts_inside_a_title_written_after_a_name():
    rec = extract("临江医院邵立群副院长青州卫健委林可然主任会议由邵立群副院长主持。")
    assert not any(name.startswith("主任") for name in names(rec, "Forum"))


def test_a_person_elected_by_xuanju_holds_the_title_at_the_body_named():
    rec = extract(
        "会上，经民主选举，选举邵立恒为第九届工会委员会主席，祁文澜为副主席；选举宋佳为工会经费审查委员会主任。"
    )
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("邵立恒", "第九届工会委员会")]["titles"] == ["主席"]  # (a body of a term: named with it)
    assert positions[("祁文澜", "第九届工会委员会")]["titles"] == ["副主席"]
    assert positions[("宋佳", "工会经费审查委员会")]["titles"] == ["主任"]


def test_wei_after_a_name_outside_an_election_gives_no_position():
    rec = extract("以邵立恒为代表的一批技术骨干脱颖而出。邵立恒为大家介绍了经验。")
    assert facts(rec, "HOLDS_POSITION") == {}
