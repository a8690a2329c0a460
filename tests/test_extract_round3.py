"""Constructions of new real articles (third round), each on a short invented sentence: background events,
dashes and 暨 inside event names, common words read as names, clauses read as organisations, bodies of a
university named alone or with their term, and programmes (series, campaigns, projects)."""

from tests.extract_helpers import extract, facts, names


def _forums(text: str) -> set[str]:
    return names(extract(text), "Forum")


def _orgs(text: str) -> set[str]:
    return names(extract(text), "Organization")


def _persons(text: str) -> set[str]:
    return names(extract(text), "Person")


def _programs(text: str) -> set[str]:
    return names(extract(text), "Program")


# -- events cited only as background -------------------------------------------------------------------


def test_meetings_whose_spirit_is_studied_are_no_entities():
    forums = _forums("近日，东湖学院召开教职工大会，深入学习贯彻全国职业教育大会精神、全国高校党建工作会议精神。")
    assert not {f for f in forums if f.startswith("全国")}


def test_congress_whose_resolutions_are_carried_out_is_no_entity():
    assert not _forums("学院将认真落实教职工代表大会的各项决议，推动各项工作落地。")


# -- dashes and 暨 inside an event's name ------------------------------------------------------------------


def test_single_em_dash_between_two_names_stays_in_the_event_name():
    forums = _forums("9月12日，第五届中国—南亚合作论坛在西江开幕。")
    assert "第五届中国—南亚合作论坛" in forums
    assert "南亚合作论坛" not in forums


def test_joined_congress_after_the_home_university_is_one_event_named_fully():
    assert "第四届教代会暨工会会员代表大会预备会" in _forums("我校第四届教代会暨工会会员代表大会预备会召开。")


def test_school_before_a_term_ordinal_is_no_part_of_the_event_name():
    forums = _forums("学校第九届教职工代表大会第三次会议召开。")
    assert "第九届教职工代表大会第三次会议" in forums


# -- common words are no person names ----------------------------------------------------------------------


def test_adverb_opening_a_clause_after_a_title_is_no_name():
    assert not _persons("首席技师常常夜以继日守在试验台旁。")


def test_adverb_and_preposition_after_a_noun_for_a_person_are_no_name():
    assert not _persons("老教师常对青年教师说，要甘于坐冷板凳。")


def test_idiom_after_an_honour_is_no_name():
    assert not _persons("劳模全力以赴完成抢修任务。")


def test_tagged_name_before_a_title_does_not_take_wei():
    persons = _persons("大会选举周立新为主席、宋佳为副主席。")
    assert "宋佳" in persons
    assert "宋佳为" not in persons


# -- organisations never hold a clause ---------------------------------------------------------------------


def test_unpunctuated_caption_run_gives_no_organisation_holding_an_act():
    orgs = _orgs("颁奖仪式由院党委副书记赵明主持院党委书记林海涛致辞院长张建华作学院工作报告院党委副书记王志刚宣读决定")
    assert not {o for o in orgs if any(w in o for w in ("主持", "致辞", "讲话", "报告", "出席"))}


def test_two_full_names_joined_by_he_are_two_organisations():
    orgs = _orgs("国务院参事室和西江省人民政府共同举办了座谈会。")
    assert {"国务院参事室", "西江省人民政府"} <= orgs
    assert "国务院参事室和西江省人民政府" not in orgs


# -- bodies of the university standing alone, committees with their term ------------------------------------


def test_home_union_standing_alone():
    assert "我校工会" in _orgs("我校工会组织退休教职工开展健步走。")


def test_school_union_standing_alone():
    assert "校工会" in _orgs("校工会高度重视青年教师的成长。")


def test_home_staff_congress_standing_alone():
    assert "我校教代会" in _orgs("我校教代会审议通过了学校章程修订稿。")


def test_executive_committee_of_a_congress_is_an_organisation_with_its_term():
    rec = extract("第六届教职工代表大会执委会召开第二次会议。")
    assert "第六届教职工代表大会执委会" in names(rec, "Organization")
    assert "第六届教职工代表大会" not in names(rec, "Forum")


def test_union_committees_with_their_term_in_a_list():
    orgs = _orgs("第十届工会女职工委员会和第十届工会经费审查委员会同时成立。")
    assert {"第十届工会女职工委员会", "第十届工会经费审查委员会"} <= orgs


def test_fellowship_with_its_term_is_an_organisation_not_an_event():
    rec = extract("化学学院第二届女教授联谊会举行换届大会。")
    assert "化学学院第二届女教授联谊会" in names(rec, "Organization")
    assert "化学学院第二届女教授联谊会" not in names(rec, "Forum")


# -- programmes -------------------------------------------------------------------------------------------


def test_quoted_theme_of_a_series_is_a_program():
    assert "书香润心，四季同行" in _programs("学校工会推出“书香润心，四季同行”主题系列活动。")


def test_issue_of_a_quoted_series_names_the_series():
    assert "匠心讲堂" in _programs("“匠心讲堂”第三期邀请林海涛主讲。")


def test_unquoted_campaign_carried_out():
    assert "建设职工书屋活动" in _programs("各分工会积极开展建设职工书屋活动。")


def test_named_engineering_project_a_person_took_part_in():
    rec = extract("张建华曾参与东江跨海大桥主体工程的钢结构焊接。")
    assert "东江跨海大桥主体工程" in names(rec, "Program")
    assert ("张建华", "东江跨海大桥主体工程") in facts(rec, "PARTICIPATED_IN")


def test_each_project_of_a_list_after_one_verb_is_taken_part_in():
    rec = extract("林海涛先后参与了西江引水二期工程和北岭抽水蓄能电站项目建设。")
    joined = facts(rec, "PARTICIPATED_IN")
    assert ("林海涛", "西江引水二期工程") in joined
    assert ("林海涛", "北岭抽水蓄能电站项目") in joined


def test_two_units_joined_by_he_and_lianhe_each_organise_the_event():
    rec = extract("5月8日，东岭市人社局和青禾县总工会联合举办第二届东岭工匠技能大赛。")
    organised = facts(rec, "ORGANIZED")
    assert {("东岭市人社局", "第二届东岭工匠技能大赛"), ("青禾县总工会", "第二届东岭工匠技能大赛")} <= organised.keys()
    assert "东岭市人社局和青禾县总工会" not in names(rec, "Organization")
