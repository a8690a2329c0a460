"""Constructions read after the fourteenth day's blind batch (docs/extraction.md), on invented sentences."""

from tests.extract_helpers import extract, facts, names

# -- events ----------------------------------------------------------------------------------------------------------


def test_quoted_title_launched_in_a_dated_clause_is_the_event_whatever_its_last_word():
    rec = extract(
        "5月16日，“匠心筑梦 技能强国——东湖市总工会工匠学院推介暨产教融合行动”在南岭职业学院启动。"
        "本次活动由东湖市总工会主办。市总工会副主席林明华致辞。"
    )
    event = "匠心筑梦 技能强国——东湖市总工会工匠学院推介暨产教融合行动"
    assert event in names(rec, "Forum")
    assert ("东湖市总工会", event) in facts(rec, "ORGANIZED")
    assert ("林明华", event) in facts(rec, "SPOKE_AT")


def test_campus_of_the_home_school_where_an_event_is_launched_is_its_place():
    rec = extract("5月16日，“东湖工匠学院推介行动”在我校南岭校区启动。")
    assert "南岭校区" in names(rec, "Place")
    assert ("东湖工匠学院推介行动", "南岭校区") in facts(rec, "HELD_AT")


def test_unveiling_of_a_list_of_quoted_studios_is_named_by_the_ceremony():
    rec = extract(
        "4月26日上午，南岭技师学院隆重举行“林明华技能大师工作室”、“柯明远技能大师工作室”、"
        "“李明婷技能大师工作室”揭牌仪式。学院院长吴丽娜参加仪式。"
    )
    assert "揭牌仪式" in names(rec, "Forum")
    assert ("吴丽娜", "揭牌仪式") in facts(rec, "PARTICIPATED_IN")


def test_story_told_at_a_report_meeting_is_a_speech():
    rec = extract("报告会上，东湖客运段高铁一车队列车长李明婷讲述了她服务旅客的故事。")
    assert facts(rec, "SPOKE_AT")[("李明婷", "报告会")]["role"] == "speech"


def test_leader_whose_speech_on_a_tour_is_studied_does_not_speak_at_the_meeting():
    rec = extract(
        "5月27日，东湖县举行劳模工匠座谈会。座谈会上，五位劳模代表就学习贯彻习近平总书记在东湖、南岭考察时的"
        "重要讲话精神作了发言。"
    )
    assert not any(person == "习近平" for person, _ in facts(rec, "SPOKE_AT"))


def test_meeting_whose_communique_is_explained_is_not_where_it_was_explained():
    rec = extract(
        "12月17日，东湖大学召开统战工作座谈会。统战部部长林明华重点解读了中国共产党东湖省第十二届委员会"
        "第二次全体会议公报内容。"
    )
    assert ("林明华", "统战工作座谈会") in facts(rec, "SPOKE_AT")
    assert not any(event.startswith("中国共产党") for _, event in facts(rec, "SPOKE_AT"))


# -- organisations ---------------------------------------------------------------------------------------------------


def test_kind_of_representative_is_no_part_of_the_company_name():
    rec = extract("5月16日，东湖校企合作推介会举行。企业代表东湖天安化工有限公司副总经理林明华介绍了经验。")
    assert "东湖天安化工有限公司" in names(rec, "Organization")
    assert ("林明华", "东湖天安化工有限公司") in facts(rec, "HOLDS_POSITION")


def test_partner_named_after_the_home_school_and_a_conjunction():
    rec = extract("现场还举行了签约仪式，我校与南岭测绘集团东湖分公司签署合作协议。")
    assert "南岭测绘集团东湖分公司" in names(rec, "Organization")
    assert "与南岭测绘集团东湖分公司" not in names(rec, "Organization")


def test_two_railway_units_joined_by_and_are_two_organisations():
    rec = extract("报告团在东湖高铁基础设施段和南岭轨道交通职业学院举行3场报告会。")
    orgs = names(rec, "Organization")
    assert {"东湖高铁基础设施段", "南岭轨道交通职业学院"} <= orgs


def test_work_area_of_a_railway_section_is_part_of_the_unit():
    rec = extract("东湖工务段线路车间维修二工区工长柯明远分享了他的奋斗故事。")
    assert facts(rec, "HOLDS_POSITION")[("柯明远", "东湖工务段线路车间维修二工区")]["titles"] == ["工长"]


def test_driver_of_a_multiple_unit_train_is_one_title():
    rec = extract("东湖机务段动车二车间动车组司机林明华讲述了苦练技能的故事。")
    assert facts(rec, "HOLDS_POSITION")[("林明华", "东湖机务段动车二车间")]["titles"] == ["动车组司机"]


def test_quoted_name_of_a_crew_is_no_part_of_the_title():
    rec = extract("东湖客运段高铁一车队“东湖号”列车长李明婷讲述了她的故事。")
    assert facts(rec, "HOLDS_POSITION")[("李明婷", "东湖客运段高铁一车队")]["titles"] == ["列车长"]


def test_bare_union_after_a_post_of_the_county_congress_is_the_county_union():
    rec = extract("县人大常委会副主任、总工会主席林明华参加座谈会。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "县人大常委会")]["titles"] == ["副主任"]
    assert posts[("林明华", "县总工会")]["titles"] == ["主席"]


def test_company_before_its_staff_closing_a_clause_is_named():
    rec = extract("63岁的林明华退休前是东湖宝马织造有限公司职工。")
    assert "东湖宝马织造有限公司" in names(rec, "Organization")


# -- honours and persons ---------------------------------------------------------------------------------------------


def test_persons_representing_the_holders_of_an_honour_hold_it():
    rec = extract("同时，东湖电务段信号车间主任林明华、柯明远作为2024年度“最美东湖人”代表，也分享了他们的奋斗故事。")
    honours = facts(rec, "HOLDS_HONOR")
    assert ("林明华", "最美东湖人") in honours
    assert ("柯明远", "最美东湖人") in honours


def test_name_closing_a_quoted_honour_is_no_person():
    rec = extract("林明华作为2024年度“最美沈铁人”代表分享了故事。")
    assert "沈铁人" not in names(rec, "Person")


def test_stories_called_the_most_beautiful_are_no_honour():
    rec = extract("报告团成员分享了在岗位上攻坚克难的“最美故事”。")
    assert "最美故事" not in names(rec, "Honor")


def test_batch_of_designated_studios_is_an_honour_not_a_unit():
    rec = extract("会上还为第九批东湖省高技能人才（劳模）创新工作室、第五批南岭市劳模工匠创新工作室进行授牌。")
    honours = names(rec, "Honor")
    assert {"东湖省高技能人才（劳模）创新工作室", "南岭市劳模工匠创新工作室"} <= honours
    assert not any(o.startswith("第九批") for o in names(rec, "Organization"))


def test_every_author_of_a_credit_line_is_a_person_also_with_a_rare_surname():
    rec = extract("发布日期：2019-10-01 作者：林明华 羊明远 吴 娜 来源：东湖工人日报\n正文第一段。")
    assert {"林明华", "羊明远", "吴 娜"} <= names(rec, "Person")
    assert "来源" not in names(rec, "Person")


def test_editors_glued_to_their_roles_are_persons():
    rec = extract("稿件来源：本站原创 编辑：林明华校对：柯明远责任编辑：吴丽娜审核：李明婷\n正文第一段。")
    assert {"林明华", "柯明远", "吴丽娜", "李明婷"} <= names(rec, "Person")


def test_talk_reported_inside_a_quoted_remark_is_not_the_speakers():
    rec = extract("12月1日，东湖大学举行党课报告会。学生林明华表示：“此次党课上，柯老师向大家讲述了人生道路中的抉择。”")
    assert ("林明华", "党课报告会") not in facts(rec, "SPOKE_AT")


# -- the second round of the day -------------------------------------------------------------------------------------


def test_quoted_activity_joined_to_a_ceremony_is_an_event():
    rec = extract("近日，东湖市南岭区总工会在南岭区文化中心举办“庆五一·颂劳动”宣传活动暨工会史馆揭牌仪式。")
    assert "庆五一·颂劳动" in names(rec, "Forum")
    assert "庆五一·颂劳动" not in names(rec, "Program")


def test_caption_words_before_a_photo_credit_are_no_name():
    rec = extract("近日，东湖区总工会举办活动。\n\n活动现场 摄影 林明华\n\n出席本次活动的有东湖市总工会副主席柯明远。")
    assert "活动现场" not in names(rec, "Person")
    assert "林明华" in names(rec, "Person")


def test_county_committee_written_bare_is_the_named_county_committee():
    rec = extract("4月27日，东岭县举行劳模表彰大会。县委书记林明华作讲话。柯明远对东岭县县委、县政府的做法给予肯定。")
    assert ("林明华", "东岭县县委") in facts(rec, "HOLDS_POSITION")
    assert "县委" not in names(rec, "Organization")


def test_visit_and_greeting_activity_is_named_whole():
    rec = extract("9月20日，东湖省总工会主席林明华走访慰问了劳动模范。市总工会副主席柯明远等参加走访慰问活动。")
    assert "走访慰问活动" in names(rec, "Forum")


def test_group_named_after_a_person_is_a_unit_and_no_person():
    rec = extract("获得者还有东湖纺织集团有限公司二分厂细纱车间甲班林明华小组。")
    assert "东湖纺织集团有限公司二分厂细纱车间甲班林明华小组" in names(rec, "Organization")
    assert "林明华" not in names(rec, "Person")


def test_person_after_a_unit_and_a_quoted_nickname_is_one_of_its_people():
    rec = extract("南岭研究院“焊接大师”柯明远为“最美职工”颁奖。")
    assert ("柯明远", "南岭研究院") in facts(rec, "MEMBER_OF")


def test_posts_of_the_next_person_in_a_list_stay_with_their_own_unit():
    rec = extract(
        "他们是：东湖精工表业集团有限公司高级技师林明华，南岭省电力公司电力科学研究院技术主管、高级技师柯明远。"
    )
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("林明华", "东湖精工表业集团有限公司")]["titles"] == ["高级技师"]
    assert posts[("柯明远", "南岭省电力公司电力科学研究院")]["titles"] == ["技术主管", "高级技师"]
    assert ("柯明远", "东湖精工表业集团有限公司") not in posts


def test_event_named_for_the_time_since_it_is_not_where_one_spoke():
    rec = extract(
        "12月19日，东湖县工会第十次代表大会召开。林明华在讲话中指出，县总工会第七次代表大会以来，全县职工创造了业绩。"
    )
    spoke = facts(rec, "SPOKE_AT")
    assert ("林明华", "东湖县工会第十次代表大会") in spoke
    assert ("林明华", "县总工会第七次代表大会") not in spoke


def test_titles_striven_for_are_no_honours():
    rec = extract("全县职工要争创一流业绩，争当行业标兵、技术能手、行业工匠。")
    assert not any(h.startswith("争当") for h in names(rec, "Honor"))


def test_a_government_website_is_no_body():
    rec = extract("来源：东湖县人民政府网 日期：2022-12-21\n12月19日，东湖县工会第十次代表大会召开。")
    assert "东湖县人民政府" not in names(rec, "Organization")


def test_organisers_listed_with_and_where_the_first_name_holds_and_too():
    rec = extract(
        "12月6日，由东湖省总工会、东湖省人力资源和社会保障厅和东湖电网公司联合主办的东湖省职工技能竞赛在东北电厂落幕。"
    )
    organisers = {org for org, _ in facts(rec, "ORGANIZED")}
    assert {"东湖省总工会", "东湖省人力资源和社会保障厅", "东湖电网公司"} <= organisers


def test_short_company_name_opening_with_a_place_is_the_persons_unit():
    rec = extract("东湖省电力工会秘书长林明华，湖南金岭副总经理柯明远等出席闭幕式。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("柯明远", "湖南金岭")]["titles"] == ["副总经理"]
    assert ("柯明远", "东湖省电力工会") not in posts


def test_given_name_ending_in_a_preposition_before_a_comma_is_whole():
    rec = extract("东湖省冶金工会主席林明华，东化公司党委副书记、工会主席吴明对，东化公司副总经理吴丽娜出席了闭幕式。")
    assert "吴明对" in names(rec, "Person")


def test_study_group_is_no_body():
    rec = extract("东湖市职工理论学习小组成员林明华参加了学习。")
    assert "东湖市职工理论学习小组" not in names(rec, "Organization")


def test_hall_of_the_home_school_where_an_event_is_held_is_its_place():
    rec = extract("9月17日下午，东湖市劳动模范先进事迹报告会在我校学术中心举行。")
    assert ("东湖市劳动模范先进事迹报告会", "学术中心") in facts(rec, "HELD_AT")


def test_unit_owned_by_another_is_named_after_its_owner():
    rec = extract("东湖能源集团所属热力集团有限公司副总经理林明华出席。")
    assert ("林明华", "热力集团有限公司") in facts(rec, "HOLDS_POSITION")


def test_visit_to_the_college_is_no_part_of_the_visitors_name():
    rec = extract("5月13日下午，东湖学院邀请东湖市劳模宣讲团来院做宣讲报告。")
    orgs = names(rec, "Organization")
    assert "东湖市劳模宣讲团" in orgs
    assert not any(o.endswith("来院") for o in orgs)


# -- the third round of the day, from pagesblind13 -------------------------------------------------------------------


def test_units_whose_representatives_attend_after_a_long_second_group_take_part():
    rec = extract(
        "6月22日，第十六届东湖技能人才表彰大会在东湖举行。东湖省人力资源社会保障厅、东湖省财政厅、东湖省总工会等有关部门"
        "负责同志,部分技能大奖获得者、全国技术能手、技能人才培育突出贡献单位代表在主会场参加会议。"
    )
    attended = {org for org, _ in facts(rec, "PARTICIPATED_IN")}
    assert {"东湖省人力资源社会保障厅", "东湖省财政厅", "东湖省总工会"} <= attended


def test_person_after_a_title_whose_name_the_segmenter_reads_whole():
    rec = extract("校工会主席萨仁娜、经济管理学院副教授李明婷从东湖省总工会副主席林明华手中接过了奖章。")
    assert "萨仁娜" in names(rec, "Person")


def test_office_of_an_office_building_is_no_body():
    rec = extract("6月9日，东湖大学南岭校区行政办公楼里举行了一场表彰仪式。")
    assert not any(o.endswith("行政办") for o in names(rec, "Organization"))


def test_units_named_to_roles_of_an_alliance_are_its_members_not_organisers():
    rec = extract(
        "近日，东湖市总工会在南岭举办了东湖市汽车产业链劳模和工匠人才创新工作室联盟成立活动。在联盟成立仪式上，推选东湖线缆"
        "科技有限公司为牵头单位，东湖汽车零部件股份有限公司、东湖电子材料有限公司为常务牵头单位，东湖职业技术学院为秘书长单位。"
    )
    alliance = "东湖市汽车产业链劳模和工匠人才创新工作室联盟"
    members = facts(rec, "MEMBER_OF")
    assert members[("东湖线缆科技有限公司", alliance)]["role_text"] == "牵头单位"
    assert members[("东湖电子材料有限公司", alliance)]["role_text"] == "常务牵头单位"
    assert members[("东湖职业技术学院", alliance)]["role_text"] == "秘书长单位"
    assert {org for org, _ in facts(rec, "ORGANIZED")} == {"东湖市总工会"}


def test_party_post_of_a_bureau_inside_an_escort_phrase():
    rec = extract("市总工会主席林明华一行在市卫健局党委副书记柯明远的陪同下，先后前往东湖市第一人民医院慰问医务人员。")
    assert facts(rec, "HOLDS_POSITION")[("柯明远", "市卫健局")]["titles"] == ["党委副书记"]


def test_quoted_winter_visit_campaign_is_named_whole():
    rec = extract("东湖市总工会全面开展2024年“冬日暖阳•情系职工”走访慰问送温暖活动，将关爱送到一线职工。")
    assert "2024年“冬日暖阳•情系职工”走访慰问送温暖活动" in names(rec, "Program")


def test_counted_collectives_granted_an_honour_are_not_the_persons_before():
    rec = extract(
        "其中，东湖市公安局派出所所长吴丽娜、东湖区环卫站环卫工人李明婷被授予全国五一劳动奖章；东湖电气股份有限公司"
        "技术研发中心、东湖机械有限公司总装车间2个集体被授予全国工人先锋号。"
    )
    honours = facts(rec, "HOLDS_HONOR")
    assert ("东湖电气股份有限公司技术研发中心", "全国工人先锋号") in honours
    assert ("吴丽娜", "全国工人先锋号") not in honours


def test_collectives_counted_without_names_give_no_honour_to_the_byline():
    rec = extract(
        "东湖网4月25日讯（记者林明华 通讯员柯明远）东湖3人被授予全国五一劳动奖章，另有2个集体被授予全国工人先锋号。"
    )
    assert not facts(rec, "HOLDS_HONOR")


def test_kind_of_union_undertaking_an_event_is_no_body():
    rec = extract("此次大会由东湖省总工会主办，各设区市总工会共同承办。")
    assert not any("市总工会" in o and o != "东湖省总工会" for o in names(rec, "Organization"))


# -- the fourth round of the day, from pagesblind14 ------------------------------------------------------------------


def test_made_up_title_holds_no_verb_of_holding_an_event():
    rec = extract("4月14日，东湖集团举行首席酿造师林刚荣退暨终身名誉酿造大师聘任仪式。")
    assert not any("举行" in t for p in facts(rec, "HOLDS_POSITION").values() for t in p["titles"])


def test_lifelong_title_ceremony_is_an_event():
    rec = extract("4月14日，东湖集团举行终身名誉酿造大师聘任仪式。")
    assert "终身名誉酿造大师聘任仪式" in names(rec, "Forum")


def test_officer_posted_to_the_unit_of_the_list_holds_the_post_in_the_sending_body():
    rec = extract("东湖集团党委书记吴丽娜，纪委书记、省监委驻东湖集团监察专员柯明远，副总经理李明婷出席活动。")
    posts = facts(rec, "HOLDS_POSITION")
    assert posts[("柯明远", "省监委")]["titles"] == ["监察专员"]
    assert posts[("柯明远", "东湖集团")]["titles"] == ["纪委书记"]
    assert posts[("李明婷", "东湖集团")]["titles"] == ["副总经理"]


def test_posted_office_of_its_own_keeps_its_whole_name():
    rec = extract("市纪委监委驻院纪检监察组组长林明华出席。")
    assert ("林明华", "市纪委监委驻院纪检监察组") in facts(rec, "HOLDS_POSITION")


def test_bare_title_before_a_persons_own_unit_is_not_the_previous_persons_unit():
    rec = extract(
        "随后，全国铁路动车组随车机械师、高级技师柯明远，高级工程师、东湖第一大地测量队（东测一大队）队员吴丽娜等人"
        "分享了故事。"
    )
    assert ("吴丽娜", "东湖第一大地测量队") in facts(rec, "MEMBER_OF")
    assert not any(person == "吴丽娜" for person, _ in facts(rec, "HOLDS_POSITION"))


def test_quoted_model_activity_visiting_a_college_is_the_event():
    rec = extract(
        "6月17日，以“走技能成才之路”为主题的2025年全省“大国工匠进课堂”示范活动走进东湖职业技术学院。"
        "东湖省总工会副主席林明华出席。"
    )
    assert ("林明华", "2025年全省“大国工匠进课堂”示范活动") in facts(rec, "PARTICIPATED_IN")


def test_founding_ceremony_joined_to_a_launch_is_one_event():
    rec = extract("近日，东湖省南岭市乡村产业劳模工匠创新工作室联盟成立仪式暨“劳模工匠一件事”上线发布活动举行。")
    forums = names(rec, "Forum")
    assert "东湖省南岭市乡村产业劳模工匠创新工作室联盟成立仪式暨“劳模工匠一件事”上线发布活动" in forums


def test_counts_and_clauses_before_the_word_alliance_name_no_alliance():
    rec = extract("东湖市劳模工匠创新工作室联盟下设5个专业联盟。要不断提升联盟的整体影响力。")
    assert names(rec, "Alliance") == {"东湖市劳模工匠创新工作室联盟"}


def test_quoted_honour_announced_by_an_event_is_still_an_honour():
    rec = extract("3月1日，2025年“东湖工匠年度人物”发布活动在东湖举行。林明华、柯明远被评为“东湖工匠年度人物”。")
    assert ("林明华", "东湖工匠年度人物") in facts(rec, "HOLDS_HONOR")
    assert "2025年“东湖工匠年度人物”发布活动" in names(rec, "Forum")


def test_seat_in_a_party_organ_before_a_name_is_no_body_attending():
    rec = extract("6月17日，全省“大国工匠进课堂”示范活动走进东湖职业技术学院。东湖省总工会党组成员、副主席林明华出席。")
    assert "东湖省总工会党组" not in names(rec, "Organization")
    assert ("林明华", "东湖省总工会") in facts(rec, "HOLDS_POSITION")
