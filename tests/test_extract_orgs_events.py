"""Organisations and event relations of unseen reports (issue 17, item 4): names without an institution
suffix, names standing alone before ordinary words, name boundaries, attending units, speech acts, shared
list heads, counted units and participation in what is no event. Each test is one construction on an
invented sentence."""

from tests.extract_helpers import extract, facts, names

# -- ORG-NOSUFFIX -------------------------------------------------------------------------------------


def test_company_short_name_hosting_a_meeting_is_an_organisation_not_a_place():
    rec = extract("4月9日，全市冶金安全生产推进会在岭钢召开。岭钢总经理范志成作工作报告。")
    assert "岭钢" in names(rec, "Organization")
    assert "岭钢" not in names(rec, "Place")
    assert facts(rec, "HOLDS_POSITION")[("范志成", "岭钢")]["titles"] == ["总经理"]


def test_media_outlets_of_a_list_closed_by_media():
    rec = extract("前来采访的有南州晚报、岭川之声、南州网等媒体记者。")
    assert {"南州晚报", "岭川之声", "南州网"} <= names(rec, "Organization")


def test_newspaper_named_by_its_title_in_book_marks():
    rec = extract("《岭川日报》头版刊发了这组报道。")
    assert "岭川日报" in names(rec, "Organization")


def test_party_school_holds_its_teachers_position():
    rec = extract("南州市委党校副教授罗文涛作辅导报告。")
    assert facts(rec, "HOLDS_POSITION")[("罗文涛", "南州市委党校")]["titles"] == ["副教授"]


def test_state_council_named_alone():
    rec = extract("国务院印发了关于技能人才培养的意见。")
    assert "国务院" in names(rec, "Organization")


def test_unknown_company_in_a_title_list_keeps_its_own_position():
    rec = extract("南州市焊接学会会长蒋立群、岭川重工董事长袁启东等出席。")
    positions = facts(rec, "HOLDS_POSITION")
    assert positions[("袁启东", "岭川重工")]["titles"] == ["董事长"]
    assert ("袁启东", "南州市焊接学会") not in positions


# -- ORG-STANDALONE ----------------------------------------------------------------------------------


def test_university_before_an_ordinal_word():
    rec = extract("她是南州理工大学首位女机器人博士。")
    assert "南州理工大学" in names(rec, "Organization")


def test_association_before_a_verb_of_rating():
    rec = extract("他被岭川市摄影家协会评为年度优秀会员。")
    assert "岭川市摄影家协会" in names(rec, "Organization")


def test_company_before_a_localizer_after_a_joining_verb():
    rec = extract("2015年入职岭川电气集团后，他一直扎根生产一线。")
    assert names(rec, "Organization") == {"岭川电气集团"}


def test_department_of_a_named_company_before_an_unlisted_verb():
    rec = extract("南州航空有限公司客舱部入选全省服务标杆。")
    assert "南州航空有限公司客舱部" in names(rec, "Organization")


def test_volunteer_team_and_farm_are_organisations():
    rec = extract("岭川港红帆志愿服务队和南州青山农场正式结对。")
    assert {"岭川港红帆志愿服务队", "南州青山农场"} <= names(rec, "Organization")


# -- ORG-BOUND ----------------------------------------------------------------------------------------


def test_name_does_not_take_in_an_inviting_verb():
    rec = extract("车间邀请南州理工大学鲁振宇教授开展培训。")
    assert facts(rec, "HOLDS_POSITION")[("鲁振宇", "南州理工大学")]["titles"] == ["教授"]


def test_name_does_not_take_in_a_heading_before_a_hyphen():
    rec = extract("南州市优秀志愿者代表-岭川港务公司职工温晓东受邀参加访谈。")
    assert "岭川港务公司" in names(rec, "Organization")
    assert not any("-" in n for n in names(rec, "Organization"))


def test_name_does_not_run_across_another_organisation_and_its_verb():
    rec = extract("南州市总工会鼓励各区县工会积极参与。")
    assert not any("鼓励" in n for n in names(rec, "Organization"))


def test_company_inside_a_longer_unit_name_is_no_name_of_its_own():
    rec = extract("南州重型机械集团岭川锻造有限公司3万吨压机班组大班长钟立说：“要精益求精。”")
    assert "南州重型机械集团岭川锻造有限公司" not in names(rec, "Organization")
    assert facts(rec, "SUB_UNIT_OF") == {}


# -- ATTEND-UNITS -------------------------------------------------------------------------------------


def test_units_listed_as_present_through_their_heads_participated():
    rec = extract(
        "南州市机械行业协会年会在南州宾馆召开。出席本次年会的有岭川机床股份有限公司、南州液压件厂、"
        "南州市第三人民医院等会员单位负责人。"
    )
    attended = facts(rec, "PARTICIPATED_IN")
    for unit in ("岭川机床股份有限公司", "南州液压件厂", "南州市第三人民医院"):
        assert attended[(unit, "南州市机械行业协会年会")]["role_text"] == "出席"


def test_units_the_attendees_came_from_participated():
    rec = extract("全市检验质量推进会在南州召开。来自南州市中心医院、岭川县人民医院等8家医院的检验科负责人应邀到会。")
    attended = facts(rec, "PARTICIPATED_IN")
    assert attended[("南州市中心医院", "全市检验质量推进会")]["role_text"] == "到会"
    assert ("岭川县人民医院", "全市检验质量推进会") in attended


# -- SP-VERB -------------------------------------------------------------------------------------------


def test_opening_mobilisation_and_review_are_speeches():
    rec = extract(
        "南州市班组长培训班在岭川技师学院开班。南州市总工会副主席邓家豪做了开班动员。"
        "岭川市质量协会秘书长任雪松点评学员作品。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("邓家豪", "南州市班组长培训班") in spoke
    assert ("任雪松", "南州市班组长培训班") in spoke


def test_statement_after_at_the_ceremony_is_a_speech():
    rec = extract("南州港劳模创新工作室揭牌仪式举行。仪式上，劳动模范章海涛表示，要带好徒弟。")
    assert facts(rec, "SPOKE_AT")[("章海涛", "南州港劳模创新工作室揭牌仪式")]["role"] == "speech"


def test_expounding_and_lecturing_are_speeches():
    rec = extract(
        "南州市职工安全讲座举行。南州市应急管理局副局长贺永明阐述了安全生产要求，高级工程师方卓然主讲了《设备防护》。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("贺永明", "南州市职工安全讲座") in spoke
    assert ("方卓然", "南州市职工安全讲座") in spoke


# -- ORG-LISTDIST -------------------------------------------------------------------------------------


def test_head_shared_by_the_last_items_of_an_organiser_list():
    rec = extract("由南州县总工会、县文旅局和碧溪、石门、凤鸣山景区联合主办的职工登山节启动仪式在碧溪景区举行。")
    organised = facts(rec, "ORGANIZED")
    for unit in ("南州县总工会", "县文旅局", "碧溪景区", "石门景区", "凤鸣山景区"):
        assert (unit, "职工登山节启动仪式") in organised
    assert "碧溪景区" not in names(rec, "Place")


# -- GEN-HEAD -----------------------------------------------------------------------------------------


def test_counted_units_are_no_organisations():
    rec = extract("南州港志愿服务总队与80余所学校、30余支部队合作开展宣讲活动。")
    orgs = names(rec, "Organization")
    assert not any("余所" in n or "余支" in n for n in orgs)


# -- PI-FALSE -----------------------------------------------------------------------------------------


def test_starting_work_is_no_participation_in_the_event():
    rec = extract("南州市劳模座谈会召开。南州港务集团高级技师韩志刚参加工作19年，一直扎根码头一线。")
    assert ("韩志刚", "南州市劳模座谈会") not in facts(rec, "PARTICIPATED_IN")
