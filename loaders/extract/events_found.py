"""Mentions of events, programs and alliances, each with its surface span (venues: ``venues``).

Forums end with a gathering word (论坛, 大会, 座谈会, 仪式 ...) and extend left to a boundary; a quoted
title before a generic head names the event (“X”论坛 → X); X暨Y is one event (工作总结暨表彰大会) unless
X is a quoted theme or Y is the ceremony of a named institution; a bare head (大会, 本次论坛) is a
reference to an event named elsewhere.

Scoping (``event_background``): an event named inside a purpose clause (为深入贯彻落实…在X会议上的重要讲话精神，…)
or whose 精神 is studied is a background event (``EventMention.background``): it is an entity, but the
relations of the report go to the event its main clause holds. A name never runs left through an organiser
relative clause (由A和B共同主办的 | 第五期X现场会), a quoted title is one name (“X——Y启动仪式”), and a
generic head with nothing naming it (一次推进会, 与会人员也积极响应会议) is no event.
"""

import re

import rjieba

from graph.model import EntityType
from loaders.extract.anchored import cut_lead
from loaders.extract.event_background import STUDIED, mark_background
from loaders.extract.event_mention import EventMention
from loaders.extract.lexicon import Lexicon, alternation, word_finder
from loaders.extract.orgs import OrgRules
from loaders.extract.spans import BOUNDARY_WORDS, extend_left

_DEICTIC_PREFIX = re.compile(r"^(?:本次|此次|本届|本场|这场|该场|此场|那场|该|这次|此|本)")
#: The two-character demonstratives that name the event being reported whatever follows (本次健身操舞大赛,
#: 此次座谈会): the event is the one the report names elsewhere.
_THIS_EVENT = re.compile(r"本次|此次|本届|这次|本场|这场")
#: A demonstrative with a measure word inside a name (正是这场比赛): the name starts at it.
_DEMONSTRATIVE = re.compile(r"(?:这|那|此|本|该)(?:次|场|届|期)")
_GENERIC = re.compile(r"^(?:[\u4e00-\u9fff]{0,2})$")
_CEREMONY = ("开幕式", "闭幕式")
#: Ends of a list item that is an activity or a prize of its own, not a part of the next item's name.
_ACTIVITY_ENDS = ("活动", "赛", "会", "节", "展", "奖")
#: The home university or region before an event's name (我校第三届教代会, 我省第二届X竞赛): a deictic,
#: not a part of the name.
_HOME_LEADS = ("我校", "本校", "我省", "我市", "我区", "我县", "本省", "本市")
#: Standing bodies of a congress or forum named after it (X代表大会执委会, X论坛组委会): no meeting.
_STANDING_BODIES = ("执委会", "执行委员会", "组委会", "常委会", "委员会", "常务委员会")
_LAUNCH_CEREMONY = re.compile(r"(?:发布|启动|揭牌|成立)仪式$")
_COUNTED = re.compile(
    r"(?<![\d第])\d{1,3}\s*[个场项届]|(?<![第首届会一二三四五六七八九十两几多每])[一二三四五六七八九十两几多每]+[个场项次]"
    r"(?![一二三四五六七八九十百千万])|分论坛"  # (三个十, 两个一百: a slogan's numbers, not a count)
    r"|^(?:前|近|上|历)[一二三四五六七八九十两几]*届"  # (与前两届大赛相比: editions counted, none named)
)


def _counted(name: str) -> bool:
    """A counted event (3个分论坛, 两场, 每月召开一次X会): a kind of gathering, not one named (a year before
    届 is a cohort, 2020届毕业生, and 第19届 an edition); the search runs only on names holding a character
    it needs."""
    if "“" in name:
        name = _QUOTED_PART.sub("", name)  # (“三个十”劳动竞赛: a title in quotes counts nothing)
    return (
        "分论坛" in name or "个" in name or "场" in name or "项" in name or "届" in name or "次" in name
    ) and _COUNTED.search(name) is not None


#: An organiser relative clause before an event's name: 由A和B共同主办的 | 第五期X现场会.
_RELATIVE = re.compile(r"^.*(?:主办|承办|协办|举办|组织|指导|牵头|发起|策划|联办|支持|合作)的")
#: Purpose verbs that open a background event's span (深入学习贯彻全国职工代表大会): not part of its name.
_PURPOSE_LEAD = re.compile(
    r"^(?:认真|深入|全面|进一步|切实|积极)*(?:学习宣传贯彻|学习贯彻落实|学习贯彻|贯彻落实|宣传贯彻|贯彻|落实|学习|迎接|庆祝|纪念)"
)
#: Word classes that no event name holds outside its quotes: adverbs (也, 正是), pronouns (他), a
#: preposition opening a clause (把, 以), a demonstrative with a measure word (该场). 和/与/及 join names.
_NOT_IN_NAME = frozenset({"d", "r", "p", "q", "mq", "c", "uv"})
_JOINERS = frozenset({"和", "与", "及", "暨", "对", "在", "关于", "围绕", "面向", "就"})
#: What a meeting celebrates opens its name (公司工会庆祝“三八”节表彰大会: the union holds 庆祝…大会).
_CELEBRATING = re.compile(r"庆祝|纪念")
_QUOTED_PART = re.compile(r"“[^”]*”|《[^》]*》")
#: A quoted name and what follows it up to the head (“X”宣讲活动, “X”论坛).
_QUOTED_NAME = re.compile(r"^“([^”]+)”(.{0,5})$")
_CLAUSE_MARK = re.compile(r"[，。！？；：,!?;:\n]")
#: Heads of a gathering that is a part of a competition or programme (X比赛动员会, X培训班开班仪式,
#: X大赛优秀项目推介会, X大赛总结表彰会):
#: the name of the whole inside it is not another name of the part.
SUB_EVENT_HEADS = (
    "动员会",
    "动员大会",
    "启动会",
    "启动仪式",
    "开班仪式",
    "开班式",
    "结业仪式",
    "结业式",
    "誓师大会",
    "颁奖仪式",
    "颁奖典礼",
    "颁奖大会",
    "表彰会",
    "总结会",
    "总结表彰会",
    "推介会",
)



def _home_lead(name: str) -> bool:
    """The name opens with the home university (我校第三届教代会, 学校第八届教职工代表大会)."""
    return name.startswith(_HOME_LEADS) or (name.startswith("学校") and _ORDINAL.match(name[2:]) is not None)


_HONOUR_AFTER_CONTEST = re.compile(r"“[^“”]{2,20}”(?:称号|荣誉)")
#: A rank opening an event's name (省级讲课比赛): with no edition or title, a kind of event.
_RANK_OPENING = re.compile(r"(?:国家级|省级|市级|区级|县级|校级|院级)")
#: An edition of an event (第五届, 首届); with a year or a quoted title, what makes a contest one of its own.
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届|首届")
_EDITION_OR_QUOTE = re.compile(_EDITION.pattern + r"|\d{4}年|“")


def _first_item_limit(item: str, honouring: bool) -> int:
    """How long the first item of a list inside an event's name may be: long when it carries the edition or
    a second name (第四届…电路、…竞赛), or opens with the sector of a ceremony honouring the listed kinds
    (全国X行业先进集体、劳动模范和Y表彰大会)."""
    if _EDITION_OR_QUOTE.match(item) or "暨" in item:
        return 30
    return 16 if honouring else 8



#: A quoted slogan before an event's name that holds its own edition (“A B”东海第四届X大赛, “A”2024年X论坛).
_SLOGAN_BEFORE_NAME = re.compile(
    r"“[^“”]{2,20}”(?=[^“”]{0,12}?(?:第[一二三四五六七八九十\d]+届|首届|(?:19|20)\d{2}年))"
)
#: The head given to a talk named by its title (作了题为“X”的报告, 作《X》专题讲座).
TALK_HEAD = "报告"
#: A talk given under its title (作《X》讲座, 做了《X》报告).
_GIVEN_BEFORE = re.compile(r"(?:作|做)了?$")
#: What makes the words before it a kind of activity, not an event held (以辩论赛等形式, “讲座式、辩论赛”等方式).
_A_FORM = re.compile(r"[\u4e00-\u9fff]{0,2}”?等?(?:形式|方式)")


def _inside_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands inside a 《》 title that goes on after it (《X大会实施办法》)."""
    opening = text.rfind("《", max(0, start - 40), start)
    if opening < 0 or "》" in text[opening:start]:
        return False
    closing = text.find("》", end, end + 40)
    return closing > end


#: What a pronoun or determiner of more than one character opens with (各地, 这次, 本届, 他们, 自己): jieba
#: tags a few nouns as pronouns too (本科), which may stand in a name.
_PRONOUN_OPENING = re.compile(r"[各这那此该其某每哪有他她我你它自大谁什怎如]|本[次届场期年月轮项批人]")


#: What counts before a measure word (三名, 20名, 多名).
_COUNTING = frozenset("0123456789一二三四五六七八九十百千万两几多数")
#: Words the segmenter tags as adverbs that qualify a noun in a name (终身名誉X聘任仪式, 终身成就奖).
_ATTRIBUTIVE = frozenset({"终身", "永久"})


def _holds_no_name(name: str) -> bool:
    """A head with a clause before it (与会人员也积极响应会议, 他把模拟比赛): the words outside quotes
    hold an adverb, pronoun, preposition or measure word, which no name does."""
    plain = _QUOTED_PART.sub("", name) if ("“" in name or "《" in name) else name
    previous = ""
    for word, tag in rjieba.tag(plain):
        cohort = word in ("届", "级") and len(previous) == 4 and previous.isdigit()  # 2020届毕业生, 2019级 (not 6级)
        series = word == "系列" and previous not in ("一", "这", "该", "此", "这一")  # 测绘系列大赛 (not 一系列)
        # 第59届 read 第 + 59 + 届, 十八届 read 十八 + 届
        ordinal = word in ("届", "期", "次") and bool(previous) and all(c in _COUNTING for c in previous)
        cup = word == "杯" and bool(previous)  # 东湖杯 (read 东湖 + the measure word 杯): a cup's name
        famed = word == "名" and not (previous and previous[-1] in _COUNTING)  # 名老中医 (not 三名): famous
        allowed = (
            cohort
            or series
            or ordinal
            or cup
            or famed
            or word in _JOINERS
            or word.startswith("第")
            or word in _ATTRIBUTIVE
        )
        misread = tag == "r" and len(word) > 1 and not _PRONOUN_OPENING.match(word)  # 本科 (read as a pronoun)
        if tag in _NOT_IN_NAME and not allowed and not misread:
            return True  # (第三季度: an ordinal)
        previous = word
    return _ATTENDEES.match(plain) is not None


#: Verbs (and 了) of winning, joining or reporting, and times of day, that a contest's or meeting's name never
#: opens with (斩获X大赛, 参加了X竞赛, 专访记X邀请赛, 传达X会议精神, 晚上联欢晚会): the name starts after the last
#: of them.
# fmt: off
_EVENT_LEAD_WORDS = frozenset({
    "斩获", "夺得", "摘得", "勇夺", "荣获", "获得", "获", "参加", "参与", "参赛", "亮相", "角逐", "征战",
    "备战", "出征", "专访", "记", "了", "过", "传达", "得知", "报名", "晋级", "入围", "走进", "祝贺", "欢迎",
    "讨论", "是", "到", "距离", "进入", "保证", "开始", "列席", "出席", "在", "宣布", "受", "向", "经",
    "做客", "致", "参加了", "出席了", "伴随", "伴随着", "随着", "晚上", "当晚", "夜晚", "上午", "下午", "当天",
    "进行", "进行了", "开展", "开展了", "一场", "一堂",
})
# fmt: on
#: The entrants a verb of taking part may modify inside an event's name (X展演参赛团队动员会).
_ENTRANTS = frozenset({"团队", "队伍", "选手", "代表队", "队员", "学生", "师生", "教师", "人员", "单位"})
#: Modifiers of a kind of event, not of one (国内外大赛, 上级重要会议, 各类比赛): a head after only these
#: names no event.
# fmt: off
_GENERIC_EVENT_WORDS = frozenset({
    "国内外", "国内", "国外", "省内外", "省内", "省外", "市内外", "校内外", "校内", "校外", "国际",
    "国际国内", "国内国际", "各类", "各级", "各种", "各项", "各大", "上级", "重要", "相关", "有关", "大型",
    "重大", "重点", "历届", "多项", "多次", "高水平", "高级别", "专业", "一系列", "省级", "市级", "国家级",
    "世界级", "行业", "此类", "这类", "同类", "类似", "其他", "以上", "上述", "众多", "诸多", "多个",
    "系列", "有关的", "相关的", "各地", "全国性", "国际性",
})
# fmt: on


#: Characters that make a word with the 赛 of a contest's head (赛道, 赛季, 赛场, 赛区, 赛项, 赛事, 赛程).
_CONTEST_NOUN_ENDS = frozenset("道季场区项事程制")
#: A system a contest word modifies (完善技能竞赛选拔激励机制, 大赛评价体系): a policy, not a contest held.
_CONTEST_AS_MODIFIER = re.compile(r"(?:选拔|激励|评价|评选|奖励|组织|管理)*(?:机制|体系|制度|办法|平台)")


#: Verbs of receiving before a list (获评优秀学生标兵、国家奖学金、X大赛一等奖): its items are separate.
_RECEIVING_BEFORE = ("获评", "荣获", "获得", "获", "斩获", "摘得")
#: A contest's division in brackets right after its name (（四川赛区）, （本科组）, （西南赛区）).
_DIVISION = re.compile(r"[（(][\u4e00-\u9fff]{1,8}(?:赛区|分赛区|组|赛道)[)）]")
#: Short forms of congresses (教代会, 工代会): as often the standing body as one of its meetings.
_SHORT_CONGRESSES = frozenset({"教代会", "工代会", "职代会", "团代会", "学代会", "研代会", "党代会", "两代会"})
#: A term right before a short congress (第六届五次, 八届四次, 第十一次): a meeting of it.
_CONGRESS_TERM = re.compile(r"(?:第?[一二三四五六七八九十\d]+届)?(?:第?[一二三四五六七八九十\d]+次)?$")
#: What may follow a meeting of a congress named in short: the end of its name.
_AFTER_CONGRESS = re.compile(r"[，。；、：\s\d”》]|$|暨|在|于|开幕|闭幕|召开|举行|胜利|隆重|顺利|圆满|期间|上")


def _congress_held(text: str, h_start: int, h_end: int) -> bool:
    """A short congress named as one meeting: its term right before it, nothing of a longer name after."""
    term = _CONGRESS_TERM.search(text, max(0, h_start - 12), h_start)
    return term is not None and term.group(0) != "" and _AFTER_CONGRESS.match(text, h_end) is not None


#: The day of a report, with the part of the day (3月24日, 5月20日上午), as a pattern to build on.
#: A day, or days (11月14日—16日, 5月30日至6月1日), of a report's main clause.
DAY = r"\d{1,2}月\d{1,2}日(?:[—－–~至到](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?)?"
#: A day written before an event's name (a caption's 2021年3月8日 + 插花沙龙).
_DATE_LEAD = re.compile(rf"(?:(?:19|20)\d{{2}}年)?{DAY}[，,]?")
#: A day and a comma right before a clause: the clause is the dated main clause of a report.
_DAY_BEFORE = re.compile(DAY + r"[，,]$")
#: Where and that it was held, right after an event's name (在X隆重举行).
_HELD_AFTER = re.compile(r"在[^，。；：、“”]{2,20}?(?:隆重|正式|顺利)?(?:举行|召开|开幕|举办)")


def _dated_before(text: str, pos: int) -> bool:
    """A day and a comma end right before ``pos``. The 12 characters looked at hold the longest single day
    with its part (12月31日上午，); of a range (10月12日—10月15日，) the search finds its last day."""
    return _DAY_BEFORE.search(text, max(0, pos - 12), pos) is not None


def _dated_subject(text: str, s: int, e: int) -> bool:
    """The name is the whole subject of a dated main clause (5月20日上午，当好X、建功Y劳动竞赛启动仪式在Z
    举行): a slogan before the head may hold words no name holds elsewhere."""
    return _HELD_AFTER.match(text, e) is not None and _dated_before(text, s)


#: Parts joined by plus signs, twice or more (A+B+C竞赛): a scheme's formula, not an event's name.
_FORMULA = re.compile(r"[\u4e00-\u9fff][+＋][\u4e00-\u9fff][^+＋]*[\u4e00-\u9fff][+＋][\u4e00-\u9fff]")
#: A round of a contest said to be something (复赛为…比赛, 第二阶段为…): a description, not an event's name.
_ROUND_IS = re.compile(r"(?:初赛|复赛|决赛|半决赛|预赛|总决赛|第[一二三四五\d][阶段轮]{1,2})(?:为|是|采用|采取)$")


def _event_lead(name: str, head: str) -> int:
    """Characters of ``name`` before its real start (after a verb of winning or joining, 斩获X大赛), or -1
    when only generic modifiers stand before the head (国内外大赛, 上级重要会议)."""
    if "“" in name or "《" in name:  # (a quoted name is cut only after a lead word right before it: 做客“X”论坛)
        quote = min(i for i in (name.find("“"), name.find("《")) if i >= 0)
        return quote if quote and name[:quote] in _EVENT_LEAD_WORDS else 0
    words = rjieba.tag(name)
    cut = 0
    at = 0
    for k, (word, _pos) in enumerate(words):
        at += len(word)
        if at > len(name) - len(head):
            if at == len(name) and word[: len(word) - len(head)] in _EVENT_LEAD_WORDS:
                cut = len(name) - len(head)  # 列席会议 read as one word: 列席 + 会议
            break
        noun_after = k + 1 < len(words) and words[k + 1][0] in _ENTRANTS  # 参赛团队动员会: 参赛 modifies 团队
        if word in _EVENT_LEAD_WORDS and not noun_after:
            cut = at
    rest = name[cut : len(name) - len(head)]
    return -1 if rest and _all_generic(rest) else cut


def _all_generic(modifiers: str) -> bool:
    """Every word of ``modifiers`` is a generic modifier of a kind of event."""
    for word, _pos in rjieba.tag(modifiers):  # noqa: SIM110 - any() over a generator costs a frame per call
        if word not in _GENERIC_EVENT_WORDS:
            return False
    return True


#: 与会/参会 open a noun of the attendees (与会人员, 参会代表), never an event's name.
_ATTENDEES = re.compile(r"^(?:与会|参会|到会)(?:人员|代表|嘉宾|者|同志|职工|单位)")


_AND = re.compile(r"[和与]")
#: A verb of holding right after a head: the head names the place of 在X召开 (大讲堂, 大讲坛), not the event.
_VENUE_AFTER = re.compile(r"(?:隆重|顺利|正式)?(?:召开|举行|举办|开幕)")
#: Words that stop a name elsewhere but belong to it right before the head (代表座谈会, 奖章授予仪式).
_HEAD_JOINED = ("代表", "授予", "颁发", "授牌", "揭牌", "签约", "颁奖", "表彰", "选举", "推选", "现场")
#: 暨 + a quoted title (with a short word before it) that ends the clause: the event's second name.
_SECOND_TITLE = re.compile(r"暨[\u4e00-\u9fff]{0,6}“[^“”\n]{1,20}”(?=[，。；：\n]|$)")
#: 暨 + an activity of a series (第十二期教授有约活动) that ends where the event is held: its second name.
_SECOND_ACTIVITY = re.compile(r"暨[^，。；：“”、]{2,16}?活动(?=[在于，。；]|$)")
#: “X工作室”揭牌仪式: the quoted name is the body whose plaque is unveiled, not the event's name.
UNVEILING_WORDS = ("授牌", "揭牌", "挂牌", "成立")
#: Heads of the ceremony that announces or confers what is quoted before it (“X”发布活动, “X”颁奖典礼).
_ANNOUNCING = ("发布", "颁奖", "表彰")
#: The last of a list of quoted bodies and the ceremony unveiling them (…、“B工作室”揭牌仪式): no one body names
#: the ceremony, which keeps its own words.
_UNVEILED_LIST = re.compile(r"^(?:“[^“”]{2,30}”、?)+((?:" + "|".join(UNVEILING_WORDS) + r")仪式)$")
_JOINED_BY = re.compile(r"^(?:联合|携手|会同)(?!国)")
#: What opens a clause, not an alliance's name, before 联盟: the rest of a count (5个 + 专业联盟), an adverb or
#: modal (不断提升, 要), a preposition or verb of means (通过创建).
_ALLIANCE_CLAUSE = re.compile(r"^(?:[个家支不要将需须]|进一步|持续|积极|努力|全面|深入|切实|通过|利用|借助|依托)")
_ALLIANCE_LEAD = re.compile(r"^(?:.*?(?:共同|一起|一同|携手))?[为向给]")
#: What may follow an alliance's name in running text (a verb, a particle, a part of the alliance); any
#: other character continues a longer word (联盟链, 联盟式…), so the span is not a name.
_AFTER_ALLIANCE_NAME = re.compile(
    r"(?:正式|成立|首批|特聘|共同|秘书|在|的|成员|大会|年会|峰会|论坛|理事|宣布|揭牌|授牌|启动|落户|由|于|是|将|已|现有"
    r"|目前|和|与|及|等|会员|章程|发起|携手|联合|自|还|也|旨在|致力|作为|积极|围绕|聚焦|以|为|第|下设|包括|涵盖)"
)
_ORDINAL = re.compile(r"^(?:\d{4}年度?|第[一二三四五六七八九十百\d]+[届次]|首届)")
#: The subject of 在…召开/举行 (and the object of 召开/举行) that ends in 会 names a meeting, whatever its
#: head (例会, 启动会, 推介会): X在Y召开 / 召开X. A subject starts a clause that holds one of the verbs;
#: only such clause starts are tried (a look-behind alternation tried at every character of the text
#: cost a full scan ~20x slower). X召开的Y is left to the object: X convenes Y.
_HOSTED_SUBJECT = re.compile(
    r"(?=[^，。；：\n]*(?:召开|举行|开幕))([^，。；：、\n“”]{3,40}?会)(?:在[^，。；\n]{1,30}?)?(?:隆重|顺利|正式)?(?:召开|举行|开幕)(?!的)"
)
_HOSTED_VERB = re.compile(r"召开|举行|开幕")
#: Ends of the names of bodies that end in 会 (委员会, 工会, 协会…): a subject that holds a meeting.
_BODY_ENDS = (
    "委员会", "工会", "协会", "学会", "联合会", "研究会", "理事会", "基金会", "商会", "分会", "联谊会", "促进会"
)
_CLAUSE_MARKS = "，。；：\n"
_HOSTED_OBJECT = re.compile(r"(?:召开|举行|举办)了?((?:“[^“”\n]{1,30}”|[^，。；：、\n“”在]){3,40}?会)(?=[，。；\n]|$)")


def _subject_starts(text: str) -> list[int]:
    """Starts of the clauses that hold 召开, 举行 or 开幕."""
    return sorted({max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1 for m in _HOSTED_VERB.finditer(text)})


def hosted_meetings(text: str) -> list[tuple[int, int]]:
    """Spans of meeting names held by a sentence, as one left-to-right scan of subject-or-object would
    find them (non-overlapping; a subject wins over an object starting at the same character)."""
    out: list[tuple[int, int]] = []
    starts = _subject_starts(text)
    at = 0

    def next_subject(pos: int) -> re.Match[str] | None:
        nonlocal at
        while at < len(starts):
            c = starts[at]
            at += 1
            if c >= pos and (m := _HOSTED_SUBJECT.match(text, c)) and not m.group(1).endswith(_BODY_ENDS):
                return m  # (东湖市总工会召开X会: the body that holds the meeting, no meeting)
        return None

    subject = next_subject(0)
    obj = _HOSTED_OBJECT.search(text)
    while subject is not None or obj is not None:
        m = subject if subject is not None and (obj is None or subject.start(1) <= obj.start()) else obj
        assert m is not None  # the loop runs while one of the two is found
        out.append(m.span(1))
        pos = m.end()
        if subject is not None and subject.start(1) < pos:
            subject = next_subject(pos)
        if obj is not None and obj.start() < pos:
            obj = _HOSTED_OBJECT.search(text, pos)
    return out


#: Patterns of whole-text scans, compiled once; each is led by a literal (题, “) so that the regex
#: engine finds candidates by a fast scan for it.
_TALK_TITLE = re.compile(r"题为[“《]([^”》]{2,40})[”》]的[^，。“”《》]{0,4}?(?:分享|报告|讲座|演讲|讲话|发言)")
#: …带来了一场学术报告，报告主题为“X”: the lecture named by the theme stated after it.
_TALK_THEME = re.compile(r"(?:报告|讲座|演讲)的?(?:主题|题目)(?:为|是)[“《]([^”》]{2,40})[”》]")
_QUOTED_ACTIVITY = re.compile(
    r"“([^“”]{2,30})”(?:等)?(?:主题|专项)?(首场|第[一二三四五六七八九十\d]+场|本场)?"
    r"(?:宣讲|宣传|实践|志愿服务|教育|公益|就业服务|示范|(?:走访|看望)?慰问(?:劳模|职工|困难职工|一线职工)?(?:送温暖)?"
    r"|送温暖)?活动"
)
#: A quoted visit carried out (开展“送清凉”慰问, 开展“送温暖”走访慰问): the quote names the visit.
_QUOTED_VISIT = re.compile(r"开展了?“([^“”]{2,12})”(?:走访|看望)?慰问(?![品金信物])(?!活动)")
#: 开展 right before a quoted activity, not deployed, furthered or kept up (部署开展, 深入开展, 持续开展).
_CARRIED_OUT_ONCE = re.compile(r"(?<!部署|深入|持续|继续|广泛|全面|推动)开展了?$")
#: A day opening a sentence (1月3日，…; 8月15日下午，…).
_DAY_OPENING = re.compile(r"\s*(?:(?:19|20)\d{2}年)?" + DAY + r"[，,]")
#: A quoted activity held at a place and time (“X”活动在Y举行, 举行了“X”活动, “X”首场活动) is an event;
#: one carried out, joined, implemented or run over a season (开展/参与/落实/举办“X”活动) is a campaign.
_HOSTED_AFTER = re.compile(
    r"(?:在[^，。；“”]{1,25}?)?(?:隆重|正式|顺利|盛大)?(?:举行|举办|开幕|召开)|走进|走入|来到|进入|落地"
)
#: A year and perhaps a two-character region right before a quoted activity (2026年岭东“X”活动).
_YEAR_BEFORE_QUOTE = re.compile(r"\d{4}年度?([\u4e00-\u9fff]{2})?$")
#: A quoted theme and its dash before a quoted activity (“东海工人大课堂”——2026年“X”活动).
_THEME_BEFORE = re.compile(r"“([^“”]{2,30})”——(?:\d{4}年度?)?$")
_HOSTED_BEFORE = re.compile(r"(?:举行|召开)了?$|" + DAY + r"，?$")
#: A whole quoted title that a dated main clause holds or launches (5月16日，“X——Y推介暨Z行动”在W启动): the
#: title is the event's name, whatever word it ends with.
_QUOTED_SUBJECT = re.compile(
    r"“([^“”\n，。；：！？]{4,40})”(?=(?:在[^，。；“”]{1,25}?)?(?:隆重|正式|顺利|盛大)?(?:启动|举行|举办|开幕|召开))"
)
_QUOTED_SUB_FORUM = re.compile(
    r"“([^“”]{2,30})”(?=(?:“[^“”]{2,30}”)*(?:等)?(?:\d+|[一二三四五六七八九十两]+)?个?(?:分论坛|平行论坛))"
)
#: An issue of a series of talks that opens (第二十期东湖青年说在东湖校区开讲, 第五期“东湖讲坛”开讲): the issue is the
#: event, named with its number, and the series' name is another name of it.
_ISSUE_OPENED = re.compile(
    r"(第[一二三四五六七八九十百\d]+期(?P<series>“[^“”]{2,20}”|[\u4e00-\u9fff]{2,10}?))"
    r"(?:在[^，。；]{2,24}?)?(?:正式|顺利)?(?:开讲|开课|开播|开幕|开班|举行|举办)"
)
#: A training that a dated main clause holds (11月14日，首期全市“X”职工技能培训在东湖举办): a bare 培训 is an
#: activity, but one opening that clause, with where it is held, is the event reported.
_TRAINING_HELD = re.compile(
    r"([^，。；：、\n在]{4,36}?(?:培训|研修|轮训|集训))"
    r"(?=在[^，。；“”]{1,25}?(?:隆重|正式|顺利)?(?:举行|举办|开班|开幕)|(?:隆重|正式|顺利)?(?:开班|举行|举办)[，。])"
)
#: A training hosted in its numbered issue (举办首期X培训, 举行第三期Y培训): the event, wherever it is written.
_HOSTED_TRAINING = re.compile(
    r"(?:举办|举行)了?((?:首期|第[一二三四五六七八九十百\d]+期)[^，。；：、\n在]{2,34}?(?:培训|研修|轮训|集训))"
    r"(?=[，。；\n]|$)"
)
#: 启动“X” / 发布了“X” / 打造的“X”: the quote is found first, the verb is checked right before it.
_LAUNCHED_QUOTE = re.compile(r"“([^”]{2,30})”(?![\u4e00-\u9fff])")
_LAUNCH_VERB_BEFORE = re.compile(r"(?:启动|发布|推出|打造|依托|开展)了?(?:为期[^，。；“”]{1,8}的|的)?$")
_PLATFORM_QUOTE = re.compile(r"“([^”]{2,30})”(?:等平台|(?:主题)?系列(?:活动|讲座|沙龙)|启动仪式|发布仪式)")
#: An issue of a quoted series (“X讲堂”第六期): the series is a program.
_SERIES_ISSUE = re.compile(r"“([^“”]{2,20})”(?:系列活动|活动)?第[一二三四五六七八九十百\d]+期")
#: A campaign carried out, named by what it does (开展建设职工书屋活动, 开展送温暖活动): a verb and its
#: object before 活动, no quotes, no generic words of a kind of activity.
_CARRIED_OUT = re.compile(r"开展了?([\u4e00-\u9fff]{3,12}?)活动")
_KIND_OF_ACTIVITY = re.compile(r"的|系列|各类|各种|多种|多项|丰富|形式|主题|相关|有关|专项|一系列|特色|此类|这|该|此")
#: A named engineering project or research project a person takes part in (参与东岭输气管道工程的
#: 焊接, 参建X大桥工程): the name from the verb to the head.
_PROJECT_JOINED = re.compile(
    r"(?:参与|参加|参建|投身|承建|投入)(?:了|过|到)?([\u4e00-\u9fff]{4,20}?(?:工程|项目))(?=[的，。；、和与及建中]|$)"
)
_PROJECT_ITEM = re.compile(r"([\u4e00-\u9fff]{4,20}?(?:工程|项目))(?=[的，。；、和与及建中]|$)")
_GENERIC_PROJECT = re.compile(
    r"^(?:多项|多个|一批|一系列|各类|各项|相关|有关|重大|重点|该|这|此|本|其|科研|国家级|省级|市级|全省|全市|一项|两项)"
    r"|[\d一二三四五六七八九十两几多]+[项个批]"
)
_BATCH = re.compile(r"^(?:第[一二三四五六七八九十\d]+批|首批)")
_LAUNCHED_BEFORE = re.compile(r"(?:发布|启动|打造)了?$")
#: Selections of honour holders, a campaign where a body runs one (联合开展2020年X市“最美Y”评选).
_SELECTIONS = ("评选", "评选活动", "推选活动", "选树活动", "寻访活动")
_SELECTION_BEFORE = re.compile(r"(?:开展|组织|举办|启动|主办|发起)[了的]?$")
_HOSTED_LEAD = re.compile(r"^(?:" + DAY + r"|近日|日前|今天|昨天|当天)?[在由于]?")


def _open_quote(text: str, s: int, h_start: int) -> int:
    """The opening quote of a quoted title the head stands in (“X——Y启动仪式”), -1 if none (nor for a
    quoted remark: a title holds no clause marks)."""
    q = text.rfind("“", max(0, h_start - 40), h_start)
    if q < 0 or q >= s or text.rfind("”", q, h_start) >= 0:
        return -1
    return -1 if _CLAUSE_MARK.search(text, q, h_start) else q


def _whole_quote(text: str, s: int, e: int) -> bool:
    """The name is a whole quoted title: one name, read as written."""
    return s > 0 and text[s - 1] == "“" and text.startswith("”", e)


def _scoped_start(text: str, s: int, h_start: int, h_end: int) -> int:
    """The start of an event's name once scoped: a quoted title ending at the head is one name, however
    the walk from the head was stopped inside it (at ——); a name never runs left through an organiser
    relative clause (由A和B共同主办的 | 第五期X现场会), nor past a demonstrative (正是 | 这场比赛), nor
    takes the purpose verbs before an event whose spirit is studied (深入学习贯彻 | X大会精神)."""
    if text.startswith("”", h_end):
        q = _open_quote(text, s, h_start)
        if q >= 0:
            return q + 1
    name = text[s:h_end]
    relative = _RELATIVE.match(name) if "的" in name else None
    if relative and relative.end() < h_start - s + 1:
        s, name = s + relative.end(), name[relative.end() :]
    starts = [d.start() for d in _DEMONSTRATIVE.finditer(name, 1, max(1, h_start - s))]
    if starts:
        s, name = s + starts[-1], name[starts[-1] :]
    if STUDIED.match(text, h_end):
        lead = _PURPOSE_LEAD.match(name)
        if lead and lead.end() < h_start - s:
            s += lead.end()
    return s


def _part_inside(inner: EventMention, outer: EventMention) -> bool:
    """The whole named inside the name of one of its parts (X比赛 in X比赛动员会): not another name of it."""
    return outer.head in SUB_EVENT_HEADS and inner.end <= outer.end - len(outer.head)


def _activity_held(text: str, m: re.Match[str]) -> bool:
    """A quoted activity that is an event: counted (首场), held (在Y举行, 举行了“X”活动, 走进Y), the subject of
    a dated sentence (3月8日，“X”活动…) or joined to a ceremony (…活动暨Y仪式)."""
    return bool(
        m.group(2)
        or _HOSTED_AFTER.match(text, m.end())
        or _HOSTED_BEFORE.search(text, max(0, m.start() - 10), m.start())
        or text.startswith("暨", m.end())  # “X”宣传活动暨Y揭牌仪式: joined to a ceremony, an event
        or _carried_out_on_the_day(text, m.start())
    )


def _carried_out_on_the_day(text: str, quote: int) -> bool:
    """The quoted activity at ``quote`` is carried out (开展) in a sentence that opens with its day (1月3日，
    市总工会…组织开展“X”慰问活动): a gathering of that day, an event."""
    if not _CARRIED_OUT_ONCE.search(text, max(0, quote - 6), quote):
        return False
    opening = max(text.rfind(c, 0, quote) for c in "。\n！？") + 1
    return _DAY_OPENING.match(text, opening) is not None


def _acts(word: str) -> bool:
    """jieba reads the word as a verb, adverb, preposition or conjunction: no part of a name."""
    return word in BOUNDARY_WORDS or any(tag in ("v", "vn", "vd", "d", "p", "c") for _, tag in rjieba.tag(word))


def _campaigns(text: str) -> list[EventMention]:
    """Quoted activities carried out rather than held (开展“X”活动, 参与“X”实践活动): campaigns, unless the
    text also holds the same activity as an event."""
    if "“" not in text or "活动" not in text:
        return []
    held: set[str] = set()
    found: list[re.Match[str]] = []
    for m in _QUOTED_ACTIVITY.finditer(text):
        if _activity_held(text, m):
            held.add(m.group(1))
        else:
            found.append(m)
    return [quoted_activity(text, m, EntityType.PROGRAM) for m in found if m.group(1) not in held]


def quoted_activity(text: str, m: re.Match[str], kind: EntityType, head: str = "") -> EventMention:
    """A quoted activity named as written, with the year and a short region before the quote (2026年岭东“X”活动),
    and the quoted title as another name; a verb after the year (2024年开展“X”活动) leaves the year out."""
    start = m.start()
    dated = _YEAR_BEFORE_QUOTE.search(text, max(0, start - 8), start)
    if dated and not (dated.group(1) and _acts(dated.group(1))):
        start = dated.start()
    return EventMention(kind, text[start : m.end()], start, m.end(), [m.group(1)], False, head)


def _carried_out(text: str) -> list[EventMention]:
    """开展建设职工书屋活动: an unquoted campaign named by a verb and its object (建设 + 职工书屋)."""
    out = []
    for m in _CARRIED_OUT.finditer(text):
        name = m.group(1)
        if _KIND_OF_ACTIVITY.search(name):
            continue
        words = rjieba.tag(name)
        if len(words) < 2 or words[0][1] not in ("v", "vn") or len(words[0][0]) < 2 or words[-1][1] in ("v", "d"):
            continue
        out.append(EventMention(EntityType.PROGRAM, name + "活动", m.start(1), m.end()))
    return out


def joined_projects(text: str) -> list[EventMention]:
    """Named projects a person takes part in (参与东岭输气管道工程的焊接): programs."""
    return [p for p, _verb in project_verbs(text)]


def project_verbs(text: str) -> list[tuple[EventMention, str]]:
    """Each named project joined (参与X工程), with the verb of taking part right before its name."""
    if "工程" not in text and "项目" not in text:
        return []
    out = []
    for m in _PROJECT_JOINED.finditer(text):
        verb = text[m.start() : m.start(1)].rstrip("了过到")
        item: re.Match[str] | None = m
        while item is not None:  # 参与了X工程和Y项目建设: each project of the list
            name = item.group(1)
            if not _GENERIC_PROJECT.search(name) and not _holds_no_name(name):
                out.append((EventMention(EntityType.PROGRAM, name, item.start(1), item.end(1)), verb))
            end = item.end(1)
            item = _PROJECT_ITEM.match(text, end + 1) if text[end : end + 1] in ("和", "与", "及", "、") else None
    return out


class EventFinder:
    def __init__(self, lex: Lexicon, orgs: OrgRules) -> None:
        self.lex = lex
        self.orgs = orgs
        self._forum = re.compile(alternation(lex.forum_heads))
        self._forum_heads = word_finder(lex.forum_heads)
        self._head_then_conj = re.compile(rf"(?:{alternation(lex.forum_heads)})[和与、]")
        self._program_heads = word_finder(lex.program_heads)
        self._alliance = re.compile(r"联盟")

    # -- forums ---------------------------------------------------------------------------------------
    def forums(self, text: str, stops: frozenset[int] = frozenset()) -> list[EventMention]:
        out: list[EventMention] = []
        # leftmost-longest head words by Aho-Corasick: what the longest-first alternation finds
        for _, h_start, h_end in self._forum_heads.find_matches_as_indexes(text):
            head = text[h_start:h_end]
            if text[h_end : h_end + 1] in ("室", "厅", "楼", "堂") or text.startswith(("中心", "议室", "议厅"), h_end):
                continue  # (大会 + 议室: a meeting room)
            if head[-1] == "展" and text[h_end : h_end + 1] in ("示", "开", "现", "览"):
                continue  # 成就展 + 示: a display, not an exhibition's name
            if text[h_end : h_end + 1] == "“" and _HONOUR_AFTER_CONTEST.match(text, h_end):
                continue  # X技能大赛“优秀指导教师”称号: an honour the contest gives, not the contest reported
            if head[-1] == "赛" and (
                text[h_end : h_end + 1] in _CONTEST_NOUN_ENDS or _CONTEST_AS_MODIFIER.match(text, h_end)
            ):
                continue  # 三大赛道, 比赛项目, 竞赛选拔机制: a word of the contest or a system of it, not its name
            if text.startswith("代表", h_end) and text.endswith("人民代表", 0, h_start):
                continue  # 人民代表大会代表: a deputy of the legislature, not a meeting
            if text.startswith(_STANDING_BODIES, h_end):
                continue  # 教职工代表大会执委会: a standing body of the congress, not a meeting
            if head in _SHORT_CONGRESSES and not _congress_held(text, h_start, h_end):
                continue  # 发挥教代会作用, 第七届教代会第二次会议: the standing body, or a part of a longer name
            if _inside_title(text, h_start, h_end):
                continue  # 《东湖省教职工代表大会实施办法》: a document's title, not a meeting
            if _A_FORM.match(text, h_end):
                continue  # 通过“案例式、辩论赛”等形式: a way of teaching or working, not an event held
            if _VENUE_AFTER.match(text, h_end) and "在" in text[max(0, h_start - 12) : h_start]:
                continue  # 在学院数学大讲堂召开: the hall is where the meeting is held
            s = extend_left(
                text,
                h_start,
                max(0, h_start - 60),
                stops,
                keep_words=("启动", "成立", "发布", "命名", "和", "与", "暨", "建设", "走访", "看望"),
                cross="暨",
            )
            # (座谈会现场 + 座谈会: a photo caption run into the next, not one name)
            caption = text.endswith("现场", 0, s) and bool(
                self._forum_heads.find_matches_as_indexes(text[max(0, s - 8) : s - 2])
            )
            if s == h_start and text.endswith(_HEAD_JOINED, 0, s) and not caption:  # 基层代表座谈会, 奖章授予仪式
                s = extend_left(text, s - 2, max(0, h_start - 60), stops, keep_words=("和", "与", "暨"), cross="暨")
            if s < h_start and text.endswith("党的", 0, s) and s - 2 not in stops:  # 学习贯彻党的二十大精神宣讲报告会
                s = extend_left(text, s - 2, max(0, h_start - 60), stops, keep_words=("和", "与", "建设"))
            name = text[s:h_end]
            # a list of events: A论坛和B论坛 → keep B
            cut = 0
            if "和" in name or "与" in name or "、" in name:  # (what the pattern needs after a head)
                for x in self._head_then_conj.finditer(name):
                    cut = x.end()
            if cut:
                s += cut
                name = text[s:h_end]
            if name.startswith(("和", "与")) and not name.startswith("与会"):  # (与会人员…大会: those attending)
                s, name = s + 1, name[1:]
            if s > 0 and text[s - 1] == "、":
                s2 = extend_left(text, s - 1, max(0, s - 60), stops, keep_words=("和", "与", "建设"), cross="、暨")
                items = text[s2 : s - 1].split("、")
                received = text.endswith(_RECEIVING_BEFORE, 0, s2)  # 获评A、B、X大赛一等奖: things won, not one name
                honouring = head.startswith(("表彰", "颁奖"))  # 全国X行业先进集体、劳动模范和Y表彰大会: one ceremony
                if not received and not self._forum.search(text, s2, s - 1) and all(
                    len(i) <= (_first_item_limit(i, honouring) if k == 0 else 8)
                    and not self.orgs.looks_like(i)
                    and "（" not in i
                    and not i.endswith(_ACTIVITY_ENDS)
                    for k, i in enumerate(items)
                ):  # (A、B职工技能大赛 is one contest, and so is 第四届…电路、信号与系统、电磁场课程教学竞赛,
                    # whose first item carries the edition; 经典诵唱、亲子活动、烹饪大赛 are three activities)
                    s, name = s2, text[s2:h_end]
            unveiled = _UNVEILED_LIST.match(name) if (s > 0 and text[s - 1] == "、") or "”、“" in name else None
            if unveiled:  # “A工作室”、“B工作室”揭牌仪式: the ceremony's own words name it
                s = h_end - len(unveiled.group(1))
                name = text[s:h_end]
            quote = name.find("“") if s > 0 and text[s - 1] in "、和与" else -1
            if quote > 0 and self.orgs.looks_like(name[:quote]):
                s, name = s + quote, name[quote:]  # 财务处、国资处“X”学习会举行: the last unit of a list, not the name
            s = _scoped_start(text, s, h_start, h_end)
            dated = _DATE_LEAD.match(text, s, h_start)
            if dated:
                s = dated.end()  # 2015年3月8日“三八节”趣味运动会 (a caption): the day is when, not the name
            name = text[s:h_end]
            first_word = rjieba.tag(name)[0] if s in stops and "暨" in name else ("", "")
            if first_word[1] == "v" and first_word[0] not in _EVENT_LEAD_WORDS:
                continue  # 林某 + 荣退暨X聘任仪式: a name running through a person's act, which no rule reads whole
            if name.startswith("式暨") and out and text.endswith(_CEREMONY, 0, s + 1):
                # X开幕式暨Y报告会: one event, the ceremony with the talk joined to it (X is found as well)
                joint = self._forum_mention(text, text[out[-1].start : h_end], out[-1].start, h_end, head)
                joint.aliases.append(name[2:])
                out.append(joint)
                continue
            if s < h_start and not _whole_quote(text, s, h_end):
                lead = _event_lead(name, head)
                if lead < 0:
                    continue
                s, name = s + lead, name[lead:]
            if _home_lead(name) and s + 2 < h_start:
                s, name = s + 2, name[2:]  # 我校 + 第三届教代会: the home university, no part of the name
            celebrating = _CELEBRATING.search(name, 2) if "庆祝" in name or "纪念" in name else None
            if celebrating and self.orgs.looks_like(name[: celebrating.start()]):
                s, name = s + celebrating.start(), name[celebrating.start() :]  # 公司工会 + 庆祝X大会: its organiser
            if _counted(name) or (
                not _whole_quote(text, s, h_end) and not _dated_subject(text, s, h_end) and _holds_no_name(name)
            ):
                continue
            if _ROUND_IS.search(text, max(0, s - 8), s) and not _EDITION_OR_QUOTE.search(name):
                continue  # 复赛为实验技能比赛: what a round of the contest is, no contest of its own
            if _FORMULA.search(name):
                continue  # “实训基地+线上培训+技能竞赛”等一体: the parts of a scheme, no event
            if head == "竞赛" and not _EDITION_OR_QUOTE.search(name):
                continue  # 劳动竞赛, 数学竞赛: a kind of contest; a contest of its own has an edition or a title
            if _RANK_OPENING.match(name) and not _EDITION_OR_QUOTE.search(name):
                continue  # 省级讲课比赛, 校级技能大赛: contests of a rank, none of them named
            tail = _AND.split(name)[-1]
            # (第五届X劳动和技能竞赛: one term, in a contest of its own; without an edition, a campaign)
            one_term = name.endswith("劳动和" + head) and _EDITION.search(name) is not None
            if tail == head and tail != name and not one_term:
                s, name = h_start, head
            e = h_end
            second = (
                (_SECOND_TITLE.match(text, h_end) or _SECOND_ACTIVITY.match(text, h_end))
                if text.startswith("暨", h_end)
                else None
            )
            if second:  # X大会暨毕业生“最后一课”, X公开课暨第十二期Y活动: a second name of the same event
                e, name = second.end(), text[s : second.end()]
            division = _DIVISION.match(text, e) if head[-1] == "赛" else None
            if division:  # X竞赛（四川赛区）: the contest's division is part of its name, and X another name
                mention = self._forum_mention(text, text[s : division.end()], s, division.end(), head)
                mention.aliases.append(name)
            else:
                mention = self._forum_mention(text, name, s, e, head)
            if name.startswith("《") and _GIVEN_BEFORE.search(text, max(0, s - 3), s):
                mention.head = TALK_HEAD  # 林某作《X》专题讲座: a talk given, an event only where no other is named
            if text.startswith("活动", e) and not head.endswith("活动") and not mention.deictic and mention.end == e:
                mention.aliases.append(text[mention.start : e + 2])  # 插花艺术沙龙活动: another form of its name
            out.append(mention)
        out += self._hosted(text, stops, out)
        out = self._drop_contained(out)
        return mark_background(text, self._split_and_link(text, out))

    def _hosted(self, text: str, stops: frozenset[int], found: list[EventMention]) -> list[EventMention]:
        """Meetings named only by the sentence that holds them (X例会在Y召开), whatever their head word."""
        out: list[EventMention] = []
        ends = {f.end for f in found}
        for s, e in hosted_meetings(text):
            s = max([s] + [p for p in stops if s < p < e])
            name = text[s:e]
            lead = _HOSTED_LEAD.match(name)
            if lead:
                s, name = s + lead.end(), name[lead.end() :]
            relative = _RELATIVE.match(name)
            if relative:
                s, name = s + relative.end(), name[relative.end() :]
            if _home_lead(name):
                s, name = s + 2, name[2:]
            if e in ends or len(name) < 4 or self.orgs.looks_like(name) or _DEICTIC_PREFIX.match(name):
                continue
            if _counted(name) or _holds_no_name(name):
                continue
            out.append(EventMention(EntityType.FORUM, name, s, e, [], False, name[-3:]))
        return out

    def _split_and_link(self, text: str, spans: list[EventMention]) -> list[EventMention]:
        """X——Y: Y is another name of X; X暨<institution>启动仪式: the ceremony is an event of its own."""
        out: list[EventMention] = []
        for sp in spans:
            if not sp.deictic and "暨" in sp.name:
                left, _, right = sp.name.rpartition("暨")
                inst = right[: -len(sp.head)] if right.endswith(sp.head) else ""
                if _LAUNCH_CEREMONY.search(right) and self.orgs.looks_like(
                    re.sub(r"(?:发布|启动|揭牌|成立)$", "", inst)
                ):
                    rs = sp.start + len(sp.name) - len(right)
                    sp.name, sp.end = left, sp.start + len(left)
                    sp.aliases = [a for a in sp.aliases if a in left]
                    if not self._subtitle_of(text, out, sp):  # (A——B暨C启动仪式: B is A's other name)
                        out.append(sp)
                    out.append(EventMention(EntityType.FORUM, right, rs, rs + len(right), [], False, sp.head))
                    continue
            if not self._subtitle_of(text, out, sp):
                out.append(sp)
        return out

    @staticmethod
    def _subtitle_of(text: str, out: list[EventMention], sp: EventMention) -> bool:
        """X——Y: ``sp`` (Y) right after the last event found (X) across a dash is X's other name; it is
        added to X's aliases (and True returned)."""
        prev = out[-1] if out else None
        if prev and not sp.deictic and not prev.deictic and text[prev.end : sp.start] in ("——", "—", "－－"):
            prev.aliases.append(sp.name)
            prev.aliases.extend(sp.aliases)
            return True
        return False

    def _forum_mention(self, text: str, name: str, s: int, e: int, head: str) -> EventMention:
        if head in _CEREMONY:
            inner = name[: -len(head)]
            generic = not inner or cut_lead(_DEICTIC_PREFIX, inner) in self.lex.forum_heads
            return EventMention(EntityType.FORUM, inner or head, s, e - len(head) if inner else e, [], generic, head)
        aliases: list[str] = []
        bare = cut_lead(_DEICTIC_PREFIX, name)
        if bare != name and bare != head:
            s, name = s + len(name) - len(bare), bare
        if bare == head or (len(bare) <= len(head) + 2 and bare.endswith(head) and not bare.startswith("“")):
            return EventMention(EntityType.FORUM, name, s, e, [], True, head)
        if _THIS_EVENT.match(text, max(0, s - 2), s) and not _EDITION_OR_QUOTE.search(bare):
            return EventMention(EntityType.FORUM, name, s, e, [], True, head)  # 本次健身操舞大赛: the one reported
        if "暨" in bare and all(cut_lead(_DEICTIC_PREFIX, p) in self.lex.forum_heads for p in bare.split("暨")):
            return EventMention(EntityType.FORUM, name, s, e, [], True, head)  # 大赛暨研讨会: the event named before
        quote = name.find("“")
        if quote >= 4 and self.orgs.suffix(name[:quote]) and self.orgs.looks_like(name[:quote]):
            # 东海市总工会“X”宣讲活动: the unit that runs it, then the event's own name, another form of it
            own = name[quote:]
            quoted = _QUOTED_NAME.match(own)
            aliases.extend((own, quoted.group(1)) if quoted and quoted.group(2).endswith(head) else (own,))
        quoted = _QUOTED_NAME.match(name)
        if (
            quoted
            and quoted.group(2).endswith(head)
            and not quoted.group(2).startswith(UNVEILING_WORDS)
            and not quoted.group(2).startswith(_ANNOUNCING)  # “X年度人物”发布活动: X is the honour announced
        ):
            if quoted.group(2):
                aliases.append(quoted.group(2))
            aliases.append(name)
            name = quoted.group(1)
        if "暨" in name:
            parts = name.split("暨")
            main = [p for p in parts if self._forum.search(p)]
            themes = [p for p in parts if p not in main and re.fullmatch(r"“[^”]*”", p)]
            aliases.extend(p for p in parts if p and (p in main or themes))
            aliases.extend(p for p in parts[1:] if p not in main and p not in themes and p.endswith("”"))
            if len(main) == 1 and themes:
                name = main[0]
        subtitle = name.rpartition("——")[2] if "——" in name else ""
        if len(subtitle) >= 4 and not subtitle.startswith(("“", "《")) and subtitle.count("“") == subtitle.count("”"):
            aliases.append(subtitle)  # “奋进新征程——巾帼劳模进校园”: a theme, then the event's own name
        slogan = _SLOGAN_BEFORE_NAME.match(name)
        if slogan:  # “湾区同心 技能报国”东海第四届X大赛: the event's own name follows the theme's quotation
            aliases.append(name[slogan.end() :])
        plain = cut_lead(_ORDINAL, name)
        if plain != name and len(plain) > len(head):
            aliases.append(plain)
        return EventMention(EntityType.FORUM, name, s, e, [a for a in aliases if a != name], False, head)

    @staticmethod
    def _drop_contained(spans: list[EventMention]) -> list[EventMention]:
        keep: list[EventMention] = []
        widest: EventMention | None = None
        for sp in sorted(spans, key=lambda x: (x.start, -(x.end - x.start))):
            outer = widest if widest is not None and sp.end <= widest.end else None
            if outer is None or sp.end > outer.end:
                widest = sp if widest is None or sp.end > widest.end else widest
            if outer is not None:
                if not sp.deictic and sp.name != outer.name and not _part_inside(sp, outer):
                    outer.aliases.append(sp.name)
                continue
            keep.append(sp)
        return keep

    def talks(self, text: str) -> list[EventMention]:
        """A lecture named by its title: 作了题为“X”的报告 (or 《X》) → the event X."""
        out = []
        for m in _TALK_TITLE.finditer(text) if "题为" in text else ():
            out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, TALK_HEAD))
        for m in _TALK_THEME.finditer(text) if "主题" in text or "题目" in text else ():
            out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, TALK_HEAD))
        for m in _ISSUE_OPENED.finditer(text) if "期" in text else ():  # 第二十期东湖青年说在东湖校区开讲
            if not any(e.start <= m.start(1) < e.end for e in out):
                aliases = [m.group("series").strip("“”")]
                out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), aliases, False, "期"))
        trainings = [
            *(m for m in _TRAINING_HELD.finditer(text) if _dated_before(text, m.start())),
            *_HOSTED_TRAINING.finditer(text),
        ] if "训" in text else []
        for m in trainings:
            if not any(o.start <= m.start(1) < o.end for o in out):
                out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, "培训"))
        if "“" not in text:
            return out
        activities = list(_QUOTED_ACTIVITY.finditer(text))
        held = {m.group(1) for m in activities if _activity_held(text, m)}
        for m in activities:
            if m.group(1) not in held:  # (held once, the same quoted activity named elsewhere is that event)
                continue
            dashed = "——" in text[max(0, m.start() - 8) : m.start()]
            theme = _THEME_BEFORE.search(text, max(0, m.start() - 40), m.start()) if dashed else None
            if theme:  # “东海工人大课堂”——2026年“X”活动: one name, with the theme and X as other names
                name = text[theme.start() : m.end()]
                aliases = [m.group(1), theme.group(1)]
                out.append(EventMention(EntityType.FORUM, name, theme.start(), m.end(), aliases, False, "活动"))
            else:
                out.append(quoted_activity(text, m, EntityType.FORUM, "活动"))
        visits = list(_QUOTED_VISIT.finditer(text)) if "慰问" in text else []
        paid = {m.group(1) for m in visits if _carried_out_on_the_day(text, m.start(1) - 1)}
        for m in visits:
            if m.group(1) in paid:  # (the headline's 开展“X”慰问 too, once the body dates it)
                out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, "慰问"))
        for m in _QUOTED_SUB_FORUM.finditer(text):
            out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, "分论坛"))
        for m in _QUOTED_SUBJECT.finditer(text):
            if _dated_before(text, m.start()) and not any(
                o.start <= m.start(1) < o.end for o in out
            ):
                out.append(EventMention(EntityType.FORUM, m.group(1), m.start(1), m.end(1), [], False, "活动"))
        return mark_background(text, out)

    # -- programs, alliances, venues --------------------------------------------------------------------
    def programs(self, text: str) -> list[EventMention]:
        out: list[EventMention] = []
        q = text.find("“")
        while q >= 0:  # each opening quote in turn (a quote may open inside an unclosed one)
            m = _LAUNCHED_QUOTE.match(text, q)
            if m and _LAUNCH_VERB_BEFORE.search(text, max(0, q - 16), q):
                out.append(EventMention(EntityType.PROGRAM, m.group(1), m.start(1), m.end(1)))
                q = text.find("“", m.end())
            else:
                q = text.find("“", q + 1)
        if "“" in text:
            for m in _PLATFORM_QUOTE.finditer(text):
                out.append(EventMention(EntityType.PROGRAM, m.group(1), m.start(1), m.end(1)))
            if "期" in text:
                for m in _SERIES_ISSUE.finditer(text):
                    out.append(EventMention(EntityType.PROGRAM, m.group(1), m.start(1), m.end(1)))
        out += _campaigns(text)
        if "开展" in text and "活动" in text:
            out += _carried_out(text)
        out += joined_projects(text)
        for _, p_start, p_end in self._program_heads.find_matches_as_indexes(text):
            s = extend_left(text, p_start, max(0, p_start - 30), keep_words=("和",))
            name = text[s:p_end]
            name2 = cut_lead(_BATCH, name)
            s += len(name) - len(name2)
            if len(name2) > len(text[p_start:p_end]) and not self.orgs.looks_like(name2):
                tail = text[p_end : p_end + 4]
                if (
                    tail.startswith(("发布仪式", "启动仪式"))
                    or _LAUNCHED_BEFORE.search(text, max(0, s - 4), s)
                    or text[p_start:p_end] in ("后备人选", "师资库", "人才库", "矩阵", "人才工作矩阵")
                    or (text[p_start:p_end] in _SELECTIONS and _SELECTION_BEFORE.search(text, max(0, s - 6), s))
                ):
                    out.append(EventMention(EntityType.PROGRAM, name2, s, p_end))
        return out

    def alliances(self, text: str) -> list[EventMention]:
        out: list[EventMention] = []
        for m in self._alliance.finditer(text):
            after = text[m.end() : m.end() + 3]
            if (
                after[:1]
                and re.match(r"[\u4e00-\u9fff]", after[:1])
                and not re.match(_AFTER_ALLIANCE_NAME, after)
            ):
                continue
            s = extend_left(text, m.start(), max(0, m.start() - 30), keep_words=("和",))
            name = text[s : m.end()]
            if name.startswith(("建设", "组建", "成立")):
                s, name = s + 2, name[2:]
            lead = _ALLIANCE_LEAD.match(name)  # 共同为联盟揭牌: the verb's object, not a name
            if lead:
                s, name = s + lead.end(), name[lead.end() :]
            joined = _JOINED_BY.match(name)  # 并联合X联盟发起: X is the partner, 联合 no part of its name
            if joined and len(name) - joined.end() > 4:
                s, name = s + joined.end(), name[joined.end() :]
            if len(name) > 4 and not re.search(r"[\d+]", name) and name.count("“") == name.count("”"):
                if _ALLIANCE_CLAUSE.match(name):
                    continue  # 个专业联盟, 不断提升联盟, 通过创建联盟: a count or a clause before the word, no name
                if name.endswith(("及联盟", "和联盟", "与联盟")):
                    continue  # 东湖市总工会及联盟成员: a body and the bare alliance, no alliance's name
                out.append(EventMention(EntityType.ALLIANCE, name, s, m.end()))
        return out
