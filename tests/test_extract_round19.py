"""Constructions of the nineteenth round (from the misses of union, award and craftsman news from several web
sources, pagesblind8), each on a short invented text: a dialogue meeting, units whose leaders attend, a studio
named after its leader, an alliance's founding members, holders listed after their honour, team honours,
posts in brackets and a district opening a unit's name."""

from tests.extract_helpers import extract, facts, names

_DIALOGUE = (
    "11月29日，2026东岭工匠体系建设高端对话会在东岭市举行。东岭市总工会主席柯明远出席活动并讲话，"
    "东岭市委常委祁若兰主持会议。"
)


def test_a_dialogue_meeting_is_an_event():
    record = extract("柯明远出席2026东岭工匠高端对话会并讲话。")
    assert ("柯明远", "2026东岭工匠高端对话会") in facts(record, "PARTICIPATED_IN")


def test_a_comma_between_an_events_name_and_where_it_was_held_keeps_the_event():
    record = extract(_DIALOGUE.replace("对话会在东岭市", "对话会，在东岭市"))
    assert ("2026东岭工匠体系建设高端对话会", "东岭市") in facts(record, "HELD_AT")


def test_a_contest_word_modifying_a_system_is_no_event():
    record = extract(_DIALOGUE + "柯明远要求，要不断完善职业技能竞赛选拔激励机制。")
    assert not any("竞赛" in name for name in names(record, "Forum"))


def test_an_evening_gala_is_an_event():
    record = extract("10月1日晚，柯明远观看了东岭市职工迎国庆文艺晚会。")
    assert "东岭市职工迎国庆文艺晚会" in names(record, "Forum")


def test_a_time_of_day_opens_no_events_name():
    record = extract("10月1日，国庆联欢晚会在东岭广场举行。上午的震撼还没消散，晚上联欢晚会又带来新的震撼。")
    assert not any(name.startswith("晚上") for name in names(record, "Forum"))


_LEADERS = (
    "4月27日，东岭省庆祝“五一”国际劳动节暨表彰大会在东岭市召开。省委、省人大、省政府、省政协领导出席会议。"
    "省纪委、省委组织部、省妇联等省级部门有关领导同志参加会议。"
)


def test_units_whose_leaders_attend_take_part():
    taken = {unit for unit, _event in facts(extract(_LEADERS), "PARTICIPATED_IN")}
    assert {"省委", "省人大", "省政府", "省政协"} <= taken


def test_the_last_unit_before_a_category_of_departments_takes_part():
    taken = {unit for unit, _event in facts(extract(_LEADERS), "PARTICIPATED_IN")}
    assert {"省纪委", "省委组织部", "省妇联"} <= taken


def test_units_whose_heads_attend_take_part_when_a_particle_stands_before_the_heads():
    record = extract(
        "4月22日，东岭农垦创新工作室联盟成立大会在东岭市召开。东岭农垦工会、东湖食品集团工会的负责人出席会议。"
    )
    taken = {unit for unit, _event in facts(record, "PARTICIPATED_IN")}
    assert {"东岭农垦工会", "东湖食品集团工会"} <= taken


def test_an_event_named_after_a_studio_named_after_a_person_keeps_the_whole_name():
    record = extract(
        "3月28日下午，东岭市柯明远技能大师工作室启动仪式在学校G楼举行。副校长祁若兰主持。"
        "柯明远大师来自东岭珠宝有限公司。"
    )
    assert "东岭市柯明远技能大师工作室启动仪式" in names(record, "Forum")


def test_a_studio_named_after_a_person_keeps_the_unit_written_before_the_person():
    record = extract(
        "3月28日，东岭市柯明远技能大师工作室正式揭牌。柯明远大师来自东岭珠宝有限公司。"
        "东岭市柯明远技能大师工作室目前共有5名学员。"
    )
    assert "东岭市柯明远技能大师工作室" in names(record, "Organization")


def test_an_honour_written_before_a_studio_is_no_part_of_its_name():
    record = extract(
        "联盟秘书处设在全国示范性劳模和工匠人才创新工作室东岭机械有限公司柯明远创新工作室。会议由祁若兰主持。"
    )
    assert not any(name.startswith("工作室") for name in names(record, "Organization"))


def test_the_founding_members_of_an_alliance_found_it():
    record = extract(
        "4月22日，东岭农垦劳模创新工作室联盟成立大会召开。该联盟创始成员由东岭农垦良种场祁若兰创新工作室、"
        "东湖畜牧集团女职工创新工作室等单位组成。"
    )
    founders = {unit for unit, alliance in facts(record, "FOUNDED") if alliance == "东岭农垦劳模创新工作室联盟"}
    assert founders == {"东岭农垦良种场祁若兰创新工作室", "东湖畜牧集团女职工创新工作室"}


def test_persons_listed_after_the_honour_they_won_hold_it():
    record = extract("据悉，我省荣获全国五一巾帼标兵的是：东岭大学林明华、东湖人民医院祁若兰。")
    held = facts(record, "HOLDS_HONOR")
    assert {("林明华", "全国五一巾帼标兵"), ("祁若兰", "全国五一巾帼标兵")} <= set(held)


def test_units_listed_after_the_team_honour_they_won_hold_it():
    record = extract("据悉，我省荣获全国五一巾帼标兵岗的是：东岭市中心血站爱心采血组、东湖管理区路政大队。")
    held = facts(record, "HOLDS_HONOR")
    assert {("东岭市中心血站爱心采血组", "全国五一巾帼标兵岗"), ("东湖管理区路政大队", "全国五一巾帼标兵岗")} <= set(
        held
    )


def test_a_unit_chain_longer_than_two_dozen_characters_is_one_name():
    unit = "东岭环境卫生管理有限公司北湖分公司清扫作业部第二中心青松路班组"
    record = extract(f"值得一提的是，{unit}被授予东岭市工人先锋号称号。")
    assert unit in names(record, "Organization")


def test_an_adverb_between_the_passive_mark_and_the_verb_keeps_the_holder():
    record = extract("东岭环卫公司青松路班组被同时授予全国五一巾帼奖状荣誉称号。")
    assert ("东岭环卫公司青松路班组", "全国五一巾帼奖状") in facts(record, "HOLDS_HONOR")


def test_prisons_and_botanical_gardens_are_units():
    record = extract("荣获全国五一巾帼标兵的是：东岭大学林明华、东岭省植物园周明兰、东岭省第二女子监狱李明婷。")
    members = facts(record, "MEMBER_OF")
    assert {("周明兰", "东岭省植物园"), ("李明婷", "东岭省第二女子监狱")} <= set(members)


def test_a_counted_list_of_units_receives_an_honour_not_the_persons_before_it():
    record = extract(
        "此外，我市林明华、柯明远等16人获评东岭省三八红旗手，东岭区审批服务岗、东湖区七贤小分队一组等17个集体"
        "获评东岭省巾帼文明岗。"
    )
    assert not any(honour == "东岭省巾帼文明岗" for _holder, honour in facts(record, "HOLDS_HONOR"))


def test_a_district_opening_a_units_name_is_no_person():
    record = extract("东岭市教育装备中心柯明远、徐东区就业促进中心职业技能鉴定科科长祁若兰等出席启动仪式。")
    assert "徐东区" not in names(record, "Person")
    assert ("祁若兰", "徐东区就业促进中心职业技能鉴定科") in facts(record, "HOLDS_POSITION")


def test_posts_in_brackets_inside_a_chain_are_more_posts_of_the_person():
    record = extract("中国东岭学会会长（东岭部原党组副书记、副部长）柯明远出席会议并讲话。")
    held = facts(record, "HOLDS_POSITION")
    assert held[("柯明远", "中国东岭学会")]["titles"] == ["会长"]
    assert held[("柯明远", "东岭部")]["titles"] == ["原党组副书记", "副部长"]


def test_a_verb_of_passing_through_opens_no_units_name():
    record = extract("东岭大学研究生林明华通过团省委和省学联组织的选拔，赴西部支教。")
    assert "团省委" in names(record, "Organization")
