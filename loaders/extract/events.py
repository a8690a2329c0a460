"""Relations around events: organiser lists, speakers and attendees, venues, sub-forums, alliances,
launched programs and honours conferred by a verb."""

import re
from bisect import bisect_left
from functools import lru_cache

from graph.model import EntityType, RelationType
from loaders.extract.anchored import cut_lead, cut_tail
from loaders.extract.forum_index import ForumIndex
from loaders.extract.lexicon import Lexicon, alternation
from loaders.extract.orgs import OrgRules, holds_clause_preposition, joins_two_fields
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft, Registry
from loaders.extract.sentences import Sentence

#: 作为X的重点活动，Y…: Y is a part of X (the event named inside the 作为 phrase).
_ACTIVITY_OF = re.compile(r"作为([^，。；]{2,40}?)的(?:重点|重要|主要|配套|系列|主题|特色)?(?:活动|项目)(?:之一)?，")
_ORGANISER_VERBS = {
    "主办": RelationType.ORGANIZED,
    "举办": RelationType.ORGANIZED,
    "组织举办": RelationType.ORGANIZED,
    # 由A牵头，B、C联合主办: the lead unit organises too; 组织 only in forms that cannot be the noun
    "牵头": RelationType.ORGANIZED,
    "牵头组织": RelationType.ORGANIZED,
    "共同组织": RelationType.ORGANIZED,
    "联合组织": RelationType.ORGANIZED,
    "组织实施": RelationType.ORGANIZED,
    "承办": RelationType.UNDERTOOK,
    "具体承办": RelationType.UNDERTOOK,
    "协办": RelationType.SUPPORTED,
    "支持": RelationType.SUPPORTED,
}
#: A list mark, outside brackets (农艺（含农学、植物保护）类教学指导分委员会 is one unit).
_LIST_SPLIT = re.compile(r"(?:、|以及)(?![^（(]*[）)])")
#: A counted group of units (130余所学校, 50余支部队, 三家企业): no one unit.
_COUNTED_UNITS = re.compile(r"^[\d一二三四五六七八九十百千万两几多数]+(?:余|多)?[所支家个座名位间条批类]")
#: A short proper name with no head of its own (云溪, 青龙潭), as items sharing the head of the last.
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_CONJ = re.compile(r"[和与及]")
#: What joins two units of a list of organisers (A联合B举办, A会同B主办), besides 和/与/及.
_ITEM_CONJ = re.compile(r"[和与及]|联合|会同|携手")
_ITEM_CONJ_KEPT = re.compile(f"({_ITEM_CONJ.pattern})")
#: 协办/合作 belong to the verb, not to the unit before it (区体育局合作主办); a verb followed by 、 ends its
#: list as a comma does (A主办、B承办的).
_ORG_VERB = re.compile(
    rf"(?:共同|联合|具体|牵头|合作|参与|负责)?({alternation(_ORGANISER_VERBS)})(?:单位)?(?=[，。；的,、]|$)"
)
#: An organiser list written as a field: 主办单位：A、B；承办单位：C (the list runs to ；or 。).
_COLON_LIST = re.compile(r"(主办|承办|协办|支持)(?:单位|方)[：:]([^；;。：:]{2,200})")
_LIST_START = re.compile(r"[，,。；：:由]")
#: What opens an organiser list: the last of these before the verb.
_LIST_DELIMITER = re.compile(r"[，,。；：:由的]")


@lru_cache(maxsize=1024)
def organiser_lists(body: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """(list start, verb end, listed text, verb, introduced by 由) for each 主办/承办/协办 list in a sentence.
    Memoised: the known-organisation pass and the organiser pass read the same sentences."""
    out = []
    prev_end = 0
    delimiters: list[int] | None = None
    for m in _ORG_VERB.finditer(body):
        if delimiters is None:
            delimiters = [d.start() for d in _LIST_DELIMITER.finditer(body)]
        k = bisect_left(delimiters, m.start()) - 1
        lo = delimiters[k] + 1 if k >= 0 and delimiters[k] >= prev_end else prev_end
        prev_end = m.end()
        listed = body[lo : m.start()]
        if len(listed) >= 2:
            out.append((lo, m.end(), listed, m.group(1), lo > 0 and body[lo - 1] == "由"))
    if "：" in body or ":" in body:
        for m in _COLON_LIST.finditer(body):  # 主办单位：A、B；承办单位：C
            out.append((m.start(2), m.end(2), m.group(2), m.group(1), False))
        out.sort()
    return tuple(out)


#: Subjects start at a clause start (an unanchored lazy subject is retried from every character).
_HOST = re.compile(
    r"(?:^|(?<=[，。；：,]))(?=[^，。；：,]*(?:召开|举行|举办))([^，。；：,]{2,60}?)(?:[在于][^，。；]{1,25}?)?(?:隆重)?"
    r"(?:召开|举行|举办)(?:了)?"
)
_REPRESENTATIVES = re.compile(r"(?:有关|相关)?(?:负责同志|负责人)")
#: What may stand between two predicates that share their subjects (出席会议并讲话, 到会致辞).
_ORG_ATTENDANCE = re.compile(
    rf"(?:^|(?<=[，。；]))(?=[^，。；]*负责)([^，。；]{{2,80}}?)(?:{_REPRESENTATIVES.pattern})"
    # (more groups of attendees may follow in clauses of their own: X负责人，全体退休教职工，学生代表参加)
    rf"(?:[^。；，]{{0,20}}?|(?:，[^，。；]{{1,30}}?){{1,3}}?)(?:等)?(参加|出席|聆听|参与|列席|参会|到会|与会)"
)
#: A last item of a list of units that names a category (相关职能部门, 有关单位, 各学院), not a unit.
_GENERIC_LAST_ITEM = re.compile(r"[、和及与](?:相关|有关|各|其他|各级)[^、和及与]*$")
#: Bodies whose members attend: X委员会委员、Y委员会委员(等)参加.
_MEMBERS_ATTEND = re.compile(
    r"(?:^|(?<=[，。；：]))((?:[^，。；：、]{2,30}?(?:委员|成员)、)*[^，。；：、]{2,30}?(?:委员|成员))"
    r"(?:、[^，。；：、]{1,16}?)*(?:等[^，。；：、]{0,10}?)?(参加|出席|参与)"
)
_MEMBER_WORD = re.compile(r"(?:委员|成员)(?=、|$)")
_MEMBER_WORD_LISTED = re.compile(r"(?<=[会组部团])(?:委员|成员)(?=[及和与、])")
#: 出席/参加会议的(还)有A、B、C等(成员)单位(的)负责人: the units listed attended (with that verb).
_UNITS_PRESENT = re.compile(
    r"(出席|参加|参与)[^，。；]{0,14}?的(?:还)?有([^。；]{2,300}?)"
    r"(?:等(?:[\d一二三四五六七八九十百多余几]+[家个所])?(?:成员|会员|参会|相关|有关)?(?:单位|企业|媒体|高校|院校|部门|机构)?)?的?"
    r"(?:主要)?(?:领导|负责人|负责同志|代表|媒体代表|主要负责人)"
)
#: 来自A、B等N家X的(部门)负责人(也)(应邀)到会: the units the attendees came from attended.
_UNITS_FROM = re.compile(
    r"(?:来自|包括)([^，。；]{2,300}?)(?:等(?:[\d一二三四五六七八九十百多余几]+[家个所])?[^，。；的]{0,14})?的[^，。；]{0,30}?"
    r"(?:领导|负责人|负责同志|代表|专家|师生|教师|学生|职工|同学|党员|干部)[^，。；]{0,8}?(到会|参会|与会|出席|参加|参与)"
)
#: 吸引了(来自)A、B等多所学校参加: the units an event drew took part in it.
_UNITS_DRAWN = re.compile(
    r"吸引了?(?:来自)?([^，。；]{2,300}?)(?:等[\d一二三四五六七八九十百多余几]*(?:所|家|个|支)[^，。；的]{0,8}?)?"
    r"(?:的[^，。；]{0,12}?)?(参加|参赛|参与|报名参赛|报名)"
)
_CHAINED = re.compile(
    r"(?:[^，。；、]{0,16}?并|(?:会议|活动|论坛|大会|仪式|开幕式|闭幕式)?[和及、]?)(?:作了?|发表了?|进行)?(?:重要)?"
)
_QUOTED_SPAN = re.compile(r"《[^》]*》|“[^”]*”")
_SEMINAR = re.compile(r"(?:在)?(座谈会|研讨会)上")
_ITEM_LEAD = re.compile(r"^(?:会议|本次论坛|此次论坛|论坛|大会|活动|本届论坛)")
_ITEM_TAIL = re.compile(
    r"(?:(?:等[\d一二三四五六七八九十多]*[家个]?(?:单位|部门))?(?:共同|联合|具体)?(?:发起)?)$"
)
_ITEM_FINALS = ("共同", "联合", "具体", "单位", "部门", "发起")

_FOUNDING = re.compile(r"(?:联合|共同|发起)成立")
#: Anchored at a clause start: an unanchored lazy subject before 成立 is retried from every character.
_FOUNDERS = re.compile(r"(?:^|(?<=[，。；]))([^，。；]{2,120}?)(?:联合|共同|发起)成立(.{2,40}?联盟)")
#: A list of units stated to be an alliance's founders: A、B等12家单位为联盟共同发起单位.
#: Anchored at a clause start that reaches 发起单位 (a lazy unanchored list is retried from every character).
_FOUNDER_LIST = re.compile(
    r"(?:^|(?<=[，。；：]))(?=[^，。；：]*发起单位)"
    r"([^，。；：]{2,120}?)(?:等[\d一二三四五六七八九十百几多]*家(?:单位)?)?(?:为|是|成为)(?:该|本)?联盟(?:的)?(?:共同)?发起单位"
)
#: The alliance as the subject: 联盟由A牵头，联合B、C等32家单位共同发起成立.
_FOUNDED_BY = re.compile(r"联盟由([^。；]{2,160}?)(?:共同|联合)?发起(?:成立|组建)?")
_FOUNDER_LEAD = re.compile(r"^(?:联合|携手|会同|并)")
_FOUNDER_TAIL = re.compile(r"(?:牵头)?(?:等[\d一二三四五六七八九十多]*家?(?:单位|企业|院校|高校|机构))?(?:共同|联合)?$")
_AS_FOUNDER = re.compile(r"作为(?:联盟)?(?:共同)?发起单位，([^，、。]{2,30}?)(?:携手|与|和|联合|，)")
#: 作了题为“X”的报告: the talk word after a titled talk is the speech (报告 alone is no predicate).
_TALK = re.compile(r"题为[“《][^”》]{2,40}[”》]的[^，。“”《》]{0,4}?(分享|报告|讲座|演讲|讲话|发言)")
#: A report or address made under its title (作了《X工作报告》), and a talk on a theme (以“X”为题/为主题,
#: 围绕“X”主题): the verb, or the theme's frame, is the act.
_TITLED_REPORT = re.compile(r"(?:作|做)了?(《[^》]{2,60}(?:报告|讲话|说明)》)")
_THEMED_TALK = re.compile(r"以[“《][^”》]{2,40}[”》]为(?:题|主题)")
#: What follows a name that is an item of a list sharing one predicate.
_LIST_AFTER_NAME = frozenset("，、,和与及（(")
#: A verb of attending right before a talk's noun: the noun is its object (参与了本次讲座), not a speech.
_ATTENDED_TALK = re.compile(
    r"(?:参与|参加|聆听|出席|听取|观看|收听|旁听)了?(?:本次|此次|这次|本场|此场|这场|该)?(?:学术|专题|线上|精彩)?$"
)
#: Talks that a 主旨…环节 makes keynotes (not addresses: 致辞, 讲话).
_TALK_IN_SECTION = re.compile(r"报告|分享|演讲|发言|讲座")
#: 出席论坛的还有 A、B: the persons listed after it attended (with that verb).
_ALSO_PRESENT = re.compile(r"(出席|参加)[^，。；]{0,12}?的(?:还有|有)")
#: 据林某介绍: the person is the reporter's source.
_SOURCE = re.compile(r"据[^，。；据]{1,5}$")
#: Heads of company short names (X钢, X重工), which no site is named by.
_SHORT_NAME_HEADS = frozenset({"钢", "重工"})
_SPEECH_SEMINAR = ("座谈会", "研讨会", "座谈")
#: 会上，/ 仪式上，/ 在开幕式上，: what a person then says (表示, 指出) is said at the event.
_AT_EVENT = re.compile(
    r"^(?:在|随后|之后)?[^，。；“”]{0,24}?(?:会上|会议上|仪式上|活动上|论坛上|典礼上|开幕式上|闭幕式上|开班式上)，"
)
_SAYS = re.compile(r"表示|指出|强调|说")
#: A speech word that is the first part of a noun (宣讲团, 讲解员, 主讲人 as a noun before a name is fine).
_SPEECH_NOUN_AFTER = frozenset("团员队")
#: A report or address made, with what it is on between (作学院工作报告, 作财务工作总结报告, 做了专题讲话);
#: not the 作 of a word (工作报告 is read from the lexicon) nor a 报告会.
_REPORT_MADE = re.compile(
    r"(?<![工合协创操制写动运著佳杰力之当所])(?:作|做)(?:了)?[^，。；、“”《》\s]{1,14}?(?:报告|讲话|发言|说明)(?![会厅团人者])"
)
#: 代表X对Y表示祝贺 / 向Y致以问候: an address on behalf of a body.
_GREETING = re.compile(
    r"(?:代表[^，。；]{1,20}?)?(?:向|对)[^，。；]{1,40}?(?:表示|致以)(?:了)?(?:热烈|衷心|诚挚|最|真诚)*(?:的)?"
    r"(?:祝贺|感谢|欢迎|问候|慰问|敬意|谢意)"
)
#: Gatherings where what is said is remarks in an exchange (SPOKE_AT discussion), and the verbs of remarks.
_EXCHANGE_HEADS = ("座谈会", "座谈", "见面会", "恳谈会", "交流会")
_REMARK_VERBS = frozenset({"发言", "交流发言", "表示", "说", "谈", "指出", "坦言", "认为", "建议"})
#: At a press meeting (见面会) every answer is a remark in the exchange, presentations too.
_PRESS_HEADS = ("见面会", "恳谈会")
_PRESS_REMARKS = frozenset({"介绍", "分享"})
#: The event a cited speech was given at, written before it (在X座谈会上的重要讲话).
_SPEECH_SITE = re.compile(r"在[^，。；]{2,40}?上的[^，。；]{0,6}$")
#: What a person says, closing its clause (林某表示，…; 张某说：“…”): a remark where the article's gathering
#: is an exchange.
_REMARK = re.compile(r"(?:表示|指出|说|坦言|认为|谈到)(?=[，：:。“,])|建议(?=[，：:“,]|[\u4e00-\u9fff]{2})")
#: What a person says who is at the meeting reported (林某指出，…; 林某强调，…; 林某要求…).
_POINTS_OUT = re.compile(r"(?:指出|强调|要求)(?=[，：:。“,]|各)")
#: What a person at the meeting reported says, once the report has them there (林某指出，…; 林某表示，…).
_SAID_THERE = re.compile(f"{_REMARK.pattern}|{_POINTS_OUT.pattern}")
#: Names of contests (as an event or a campaign).
_CONTEST = re.compile(r"(?:赛|比武|运动会|竞技)$")
#: A clause before a prize that names no one (…脱颖而出，荣获二等奖; …，在决赛中获得金奖).
_NO_SUBJECT = re.compile(r"(?:最终|最后|并|还|均|共|一举|先后|在[^，。；]{1,30}?(?:中|上))*")
#: A place won in a contest: 获思政组一等奖, 获得冠军, 摘得特等奖.
_PRIZE = re.compile(
    r"(?:荣获|获得|获评|获|摘得|斩获|夺得|摘取|勇夺)(?:了)?[^，。；、“”]{0,30}?"
    r"(?P<prize>(?:[一二三特][、和及])*[一二三特]等奖|金奖|银奖|铜奖|冠军|亚军|季军|优秀奖|第[一二三四五六七八九十\d]+名)"
)
#: A unit's team taking part (我校代表队参加X大赛, 东海公司代表团出征X): the unit takes part.
_TEAM_ENTERS = re.compile(
    r"(?:^|(?<=[，。；：,]))([^，。；：,]{2,30}?)(?:代表队|代表团|参赛队|参赛团队|代表团队)"
    r"(?:一行)?[^，。；：,]{0,6}?(参加|参与|出征|亮相|参赛)"
)
#: A unit winning at an event (学校在X竞赛获二等奖, 我校在X中获佳绩): the subject opens its clause.
_UNIT_WON = re.compile(
    r"(?:^|(?<=[，。；：,\n]))([^，。；：,\n在]{2,30}?)在([^，。；：,\n]{4,60}?)(?:中|上)?"
    r"((?:荣获|获得|斩获|喜获|收获|获)[^，。；：,\n]{0,12})"
)
#: Units listed before a count of their teams and a prize (A、B等13支高校团队获得一等奖).
_UNITS_PRIZED = re.compile(
    r"([^，。；：,]{2,200}?)等[\d一二三四五六七八九十百]+(?:支|个|所|家)(?:高校|学校|院校)?(?:团队|队伍|代表队|参赛队)?"
    r"((?:荣获|获得|获)[^，。；：,和]{0,6}?(?:[一二三特]等奖|金奖|银奖|铜奖|优秀奖))"
)
#: A verb that opens a list of winners (评选出A、B等…).
_LIST_OPENER = re.compile(r"^(?:评选出|评出|选出|其中|共有|有)")
#: The people of a unit written after it as the subject of a win (机电学院学子, 我校师生, X学院代表队).
_UNIT_PEOPLE = re.compile(r"(?<=[院校系所部处会司厂队])(?:学子|学生|师生|选手|代表队|参赛队)$")
#: Units that speak or perform at an event (A、B等六个单位作了工作经验分享, X等单位就有关提案进行详细答复).
_UNITS_ACT = re.compile(
    r"(?:^|(?<=[，。；：,]))([^，。；：,]{2,200}?)(?:等[\d一二三四五六七八九十]*[个家所]?(?:单位|部门|学院)?)?"
    r"(?:代表)?(?:分别)?(?:就[^，。；：,]{1,20}?)?(?:作了|作|进行了|进行)(?:详细|深入)?[^，。；：,]{0,6}?"
    r"(经验分享|分享|交流发言|发言|汇报|答复|展示|表演)"
)
#: The judges of an event: 评委由A、B等5名专家组成 (the persons listed), 林某担任大赛评委 (the subject).
_JUDGES_BY = re.compile(r"评委(?:会|组)?(?:成员)?由([^。；]{2,300}?)(?:共同)?组成")
_JUDGES_AS = re.compile(r"(?:担任|作为|作|为|任)(?:了)?[^，。；：,]{0,14}?评委(?!会)")
#: Units not named one by one (多家科研单位, 各高校, A等单位).
_VAGUE = re.compile(r"[多各数几诸些][家所个类支]|各|等")
#: A unit running a campaign or contest: 省总工会开展全省X创建活动, 市总工会深入开展“X”行动.
_RUNS = re.compile(
    r"(?:^|(?<=[，。；：,]))(?=[^，。；：,]*开展)([^，。；：,]{2,40}?)(?:[在于][^，。；：,]{1,15}?)?"
    r"(?:深入|广泛|持续|积极|大力|全面|首次|再次|集中|组织)*(?:开展)(?:了)?"
)
#: Verbs of taking part that also take objects which are no events (参加工作, 参与研发).
_OPEN_OBJECT_VERBS = frozenset({"参加", "参与"})


@lru_cache(maxsize=1)
def _predicates(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Speech and participation predicates, and post-name titles (compiled once: one EventPass a document)."""
    return (
        re.compile(alternation(lex.speech)),
        re.compile(alternation(lex.participation)),
        re.compile(alternation(lex.post_name_titles)),
    )


class EventPass:
    def __init__(self, lex: Lexicon, orgs: OrgRules, registry: Registry, forums: ForumIndex) -> None:
        self.lex = lex
        self.orgs = orgs
        self.reg = registry
        self.forums = forums
        self._speech, self._attend, self._post_name = _predicates(lex)
        self._topics: dict[int, Draft | None] = {}

    # -- helpers -----------------------------------------------------------------------------------------
    def forum_for(self, sent: Sentence, pos: int | None = None) -> Draft | None:
        """The event a predicate at ``pos`` of the sentence is about: the last one named before it, else the
        first of the sentence, else the topic before; inside the clause of a background event, that one."""
        background = self.forums.background_at(pos) if pos is not None else None
        if background is not None:
            return background
        inside = self.forums.in_span(sent.start, sent.end, sent.article)
        if inside:
            if pos is not None:
                before = [d for p, d in inside if p <= pos]
                if before:
                    return before[-1]
            return inside[0][1]
        return self.topic_before(sent) or self.forums.resolve_at(sent.start, "", sent.article)

    def topic_before(self, sent: Sentence) -> Draft | None:
        """The event an earlier sentence of the article is about: the one its main clause holds, else the
        first one it names (its subject)."""
        if sent.position in self._topics:
            return self._topics[sent.position]
        topic = None
        sentences = self.forums.sentences
        for i in range(sent.position - 1, -1, -1):
            prev = sentences[i]
            if prev.article != sent.article:
                break
            inside = self.forums.in_span(prev.start, prev.end, prev.article)
            if not inside:
                continue
            # (an event that only describes a noun, 获得过X比赛一等奖的教师, is no topic: look further back)
            topic = self.forums.reported_in(prev) or _subject_event(
                prev, [(p, d) for p, d in inside if not _describes_noun(prev, p, d) and not _listed_part(prev, p)]
            )
            if topic is not None:
                break
        self._topics[sent.position] = topic
        return topic

    def org_items(self, text: str, known: frozenset[str], strict: bool = False) -> list[str]:
        items = []
        raws: list[str] = []
        for raw in _LIST_SPLIT.split(text):
            parts = self._conjoined(raw)
            bare_ok = self._head_to_share(text) is not None
            if len(parts) > 1 and all(self._unit_or_bare(self.orgs.clean(p)[0], known, bare_ok) for p in parts):
                raws.extend(p for p in parts if not _COUNTED_UNITS.match(self.orgs.clean(p)[0]))
            else:
                raws.append(raw)
        raws = self._shared_head(raws)
        for raw in raws:
            item, _ = self.orgs.clean(raw)
            item = cut_tail(_ITEM_TAIL, cut_lead(_ITEM_LEAD, item), _ITEM_FINALS)
            if not item or _COUNTED_UNITS.match(item):
                continue
            items.append(item)
        items = [i for i in items if not holds_clause_preposition(i)]  # (讲座辅导在X学院举办: a clause, no unit)
        good = [i for i in items if self.orgs.looks_like(i, known) or self.reg.find(i, EntityType.ORGANIZATION)]
        if strict and len(good) != len(items):
            return []
        if len(good) * 2 < len(items):
            return []
        plain = [i for i in items if len(i) <= 30 and "，" not in i and "。" not in i and i.count("“") == i.count("”")]
        return plain if not strict else good

    def _conjoined(self, raw: str) -> list[str]:
        """The parts of ``A和B`` (A与B, A联合B…); 与 between two fields of one name (人文与艺术学院, 农业电气化与
        信息化分会) joins no parts."""
        pieces = _ITEM_CONJ_KEPT.split(raw)
        parts = [pieces[0]]
        for conj, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            joined = self.orgs.clean(parts[-1] + conj + piece)[0]
            if conj == "与" and (
                joins_two_fields(joined)
                # 农业电气化与信息化分会: no unit before 与, one after it
                or (not self.orgs.looks_like(self.orgs.clean(parts[-1])[0]) and self.orgs.looks_like(joined))
            ):
                parts[-1] += conj + piece
            else:
                parts.append(piece)
        return [p for p in parts if p.strip()]

    def _unit_or_bare(self, part: str, known: frozenset[str], bare_ok: bool) -> bool:
        """A part of ``A和B`` that stands as an item: a unit, a counted group of units (50余支部队, dropped),
        or, when the list ends with a head to share, a bare short name (云溪 of 云溪和白石景区)."""
        if self.orgs.looks_like(part, known) or _COUNTED_UNITS.match(part):
            return True
        return bare_ok and _BARE_NAME.fullmatch(part) is not None

    def _head_to_share(self, listed: str) -> str | None:
        """The head the last item of a list may share with bare names before it: the last item is a short
        proper name (two to four characters, no institution word of its own) + the head (白石景区, 南湖社区;
        not 文学与传媒学院工会, whose 传媒学院 is a name of its own)."""
        last = self.orgs.clean(re.split(r"[、和与及]", listed)[-1])[0]
        head = self.orgs.suffix(last)
        if head is None:
            return None
        stem = last[: -len(head)]
        if not 2 <= len(stem) <= 4 or self.orgs.suffix(stem) or _BARE_NAME.fullmatch(stem) is None:
            return None
        return head

    def _shared_head(self, raws: list[str]) -> list[str]:
        """A、B和C景区: bare short names (two to four characters, no institution word) right before the last
        item share its head (云溪景区, 白石景区, 青龙潭景区)."""
        if len(raws) < 2:
            return raws
        head = self._head_to_share(raws[-1])
        if head is None:
            return raws
        out = list(raws)
        for i in range(len(raws) - 2, -1, -1):
            bare = self.orgs.clean(raws[i])[0]
            if _BARE_NAME.fullmatch(bare) is None or self.orgs.suffix(bare) or bare in self.orgs.lex.org_suffixes:
                break
            out[i] = raws[i] + head
        return out

    def _names_a_person(self, span: str) -> bool:
        return any(e.type is EntityType.PERSON and e.name in span for e in self.reg.entities)

    def org(self, name: str, text: str, sent: Sentence) -> Draft:
        existing = self.reg.find(name, EntityType.ORGANIZATION)
        if existing is not None:
            return existing
        at = text.find(name, sent.start)
        # a name the list distributes a head over (白石 + 景区) is not written whole: no span for it
        return self.reg.add(EntityType.ORGANIZATION, name, at if at >= 0 else None, sent.article)

    # -- passes ------------------------------------------------------------------------------------------
    def organisers(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        body = sent.text
        # cheap gate, spelt out (a generator over the words costs a frame per sentence)
        if not (
            "办" in body
            or "支持" in body
            or "合作开展" in body
            or "召开" in body
            or "举行" in body
            or "牵头" in body
            or "组织" in body
            or "开展" in body
        ):
            return
        for lo, verb_end, listed, verb, via_you in organiser_lists(body):
            if verb == "牵头" and "发起" in body:  # 联盟由A牵头…发起成立: a founder, not an organiser
                continue
            rtype = _ORGANISER_VERBS[verb]
            items = self.org_items(listed, known)
            if not items:
                continue
            after = sent.start + verb_end
            forum = None
            if body[verb_end : verb_end + 1] == "的":
                named = [d for p, d in self.forums.in_span(after, sent.end, sent.article)]
                forum = named[0] if named else self._contest_named(after, sent)
                if forum is None and _EVENT_WORD.search(body, verb_end, _clause_end_at(body, verb_end, len(body))):
                    continue  # 主办的第十五届X竞赛 (no event found there): not the event the report is about
            if forum is None and via_you:
                inside = self.forums.in_span(sent.start, sent.start + lo, sent.article)
                forum = inside[0][1] if inside else None
            forum = forum or self.forum_for(sent, sent.start + lo)
            if forum is None:
                continue
            for item in items:
                self.reg.relate(rtype, self.org(item, text, sent), forum, sent)
        for m in re.finditer(r"([^，。；]{2,200}?)合作开展", body) if "合作开展" in body else ():
            items = self.org_items(re.split(r"[，,]", m.group(1))[-1], known)
            self._units_take_part(items, self.forum_for(sent, sent.start + m.end()), text, sent, "合作开展")
        for m in _RUNS.finditer(body) if "开展" in body else ():  # 省总工会开展全省X创建活动
            items = self.org_items(m.group(1), known, strict=True) if not _VAGUE.search(m.group(1)) else []
            run = self._event_at(sent.start + m.end(), sent) if items else None
            for item in items if run is not None else ():
                assert run is not None
                self.reg.relate(RelationType.ORGANIZED, self.org(item, text, sent), run, sent)
        for m in _HOST.finditer(body) if ("召开" in body or "举行" in body or "举办" in body) else ():
            items = self.org_items(m.group(1), known, strict=True)
            named = [d for p, d in self.forums.in_span(sent.start + m.end(), sent.end, sent.article)]
            if items and named:
                for item in items:
                    self.reg.relate(RelationType.ORGANIZED, self.org(item, text, sent), named[0], sent)

    def speakers(self, text: str, sent: Sentence, mentions: list[Mention], keynote_mode: bool) -> None:
        if not mentions:
            return
        self.prizes(text, sent, mentions)
        preds: list[tuple[int, int, str, str | None, str]] = []  # start, end, kind, role, verb
        for m in self._speech.finditer(text, sent.start, sent.end):
            role = self.lex.speech[m.group(0)]
            if keynote_mode and role == "speech" and _TALK_IN_SECTION.search(m.group(0) + text[m.end() : m.end() + 2]):
                role = "keynote"  # a talk listed in a 主旨…环节 (作报告, 分享了, 作了演讲)
            elif m.group(0) in ("发言", "交流发言") and _SEMINAR.match(sent.text):
                role = "discussion"  # 座谈会上，…先后发言: remarks at a seminar
            if text[m.end() : m.end() + 1] in _SPEECH_NOUN_AFTER:
                continue  # 宣讲团, 点评员: a noun, not the act
            if text.startswith("精神", m.end()) and not _SPEECH_SITE.search(text, max(0, m.start() - 50), m.start()):
                continue  # 学习总书记近期重要讲话精神: a speech studied (在X上的讲话精神 keeps X as its site)
            if m.group(0) == "介绍" and (
                text[m.end() : m.end() + 1] == "到" or _SOURCE.search(text, max(0, m.start() - 6), m.start())
            ):
                continue  # 介绍到 (mentions); 据林某介绍 (the reporter's source, not a talk at the event)
            if _ATTENDED_TALK.search(text, max(0, m.start() - 10), m.start()):
                continue  # 参与了本次讲座, 聆听了报告: the talk attended, no one speaking
            preds.append((m.start(), m.end(), "speak", role, m.group(0)))
        body = sent.text
        made = ("报告" in body or "讲话" in body or "发言" in body or "说明" in body) and ("作" in body or "做" in body)
        for m in _REPORT_MADE.finditer(body) if made else ():  # 作学院工作报告
            if "题为" not in m.group(0) and self._speech.search(m.group(0)) is None:  # (else the lexicon's)
                role = "keynote" if keynote_mode else "speech"
                preds.append((sent.start + m.start(), sent.start + m.end(), "speak", role, m.group(0)))
        for m in _GREETING.finditer(body) if ("表示" in body or "致以" in body) else ():  # 代表X对Y表示祝贺
            preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "speech", m.group(0)))
        for m in _TALK.finditer(sent.text) if "题为" in sent.text else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(1), sent.start + m.end(1), "speak", role, m.group(1)))
        for m in _TITLED_REPORT.finditer(body) if "《" in body else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(), sent.start + m.start(1), "speak", role, m.group(0)))
        for m in _THEMED_TALK.finditer(body) if "为题" in body or "为主题" in body else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(), sent.start + m.start() + 1, "speak", role, m.group(0)))
        for m in self._attend.finditer(text, sent.start, sent.end):
            follow = text[m.end() : m.end() + 2]
            if follow in ("调研", "考察", "参观"):
                continue
            if m.group(0) in _OPEN_OBJECT_VERBS and not self._joins_event(text, m.end(), sent, m.group(0) == "参加"):
                continue  # 参加工作19年, 参与研发: the object is no event
            preds.append((m.start(), m.end(), "attend", None, m.group(0)))
        seminar = _SEMINAR.match(sent.text)
        at_event = seminar or _AT_EVENT.match(sent.text)
        if at_event:
            role = "discussion" if seminar else "speech"
            for m in _SAYS.finditer(sent.text, at_event.end()):
                preds.append((sent.start + m.start(), sent.start + m.end(), "speak", role, m.group(0)))
        elif _REMARK.search(body) is not None:  # 林某表示，… in the report of a 座谈会 or 见面会
            topic = self.forum_for(sent)
            if topic is not None and _exchange(topic):
                for m in _REMARK.finditer(body):
                    preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "discussion", m.group(0)))
            elif topic is not None:  # 林某主持会议。林某指出/表示，…: what someone at the meeting says is a speech
                for m in _SAID_THERE.finditer(body):
                    if self._took_part(mentions, sent.start + m.start(), topic):
                        preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "speech", m.group(0)))
        if not preds:
            return
        if "《" in sent.text or "“" in sent.text:  # a verb inside a quoted title is not the sentence's verb
            quoted = [(q.start() + sent.start, q.end() + sent.start) for q in _QUOTED_SPAN.finditer(sent.text)]
            preds = [p for p in preds if not any(s <= p[0] < e for s, e in quoted)]
            if not preds:
                return
        preds.sort()
        preds = [
            p
            for i, p in enumerate(preds)
            if not (i and p[2] == "speak" == preds[i - 1][2] and p[0] < preds[i - 1][1] + 1)
        ]
        also = _ALSO_PRESENT.search(sent.text) if "还有" in sent.text or "的有" in sent.text else None
        for pm in mentions if also is not None else ():  # 出席论坛的还有林某、周某等: those listed after it attended
            assert also is not None
            person = self.reg.find(pm.name, EntityType.PERSON)
            forum = self.forum_for(sent, sent.start + also.start())
            if pm.start >= sent.start + also.end() and person is not None and forum is not None:
                self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text=also.group(1))
        chosen_at: dict[int, tuple[list[tuple[int, int, str, str | None, str]], Draft | None]] = {}
        hosts = "主持人" in sent.text
        for k, pm in enumerate(mentions):
            if not (sent.start <= pm.start < sent.end):
                continue
            if hosts and text.endswith("主持人", max(0, pm.start - 3), pm.start):  # 主持人林某介绍了…: the host
                person, forum = self.reg.find(pm.name, EntityType.PERSON), self.forum_for(sent, pm.start)
                if person is not None and forum is not None:
                    self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text="主持人")
            first = -1  # the first predicate after the name (a loop: a generator costs a frame per mention)
            for i, p in enumerate(preds):
                if p[0] >= pm.end:
                    first = i
                    break
            if first < 0 or self._own_clause_before(text, pm, preds[first][0], mentions[k + 1 :]):
                continue
            # the names of a list share their predicates, and so the event: both worked out once
            known = chosen_at.get(first)
            if known is None:
                chosen = [preds[first]]
                j = first
                while j + 1 < len(preds) and _CHAINED.fullmatch(text[preds[j][1] : preds[j + 1][0]]):
                    chosen.append(preds[j + 1])
                    j += 1
                known = chosen_at[first] = (chosen, self.forum_for(sent, chosen[0][0]))
            chosen, forum = known
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is None or forum is None:
                continue
            for _, _, kind, said_role, verb in chosen:
                if kind == "speak":
                    if said_role == "speech" and _remark_at(verb, forum):
                        said_role = "discussion"  # 座谈会 …林某、张某先后发言: remarks in an exchange
                    self.reg.relate(RelationType.SPOKE_AT, person, forum, sent, role=said_role)
                else:
                    self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text=verb)

    def _took_part(self, mentions: list[Mention], verb_at: int, forum: Draft) -> bool:
        """The person named right before ``verb_at`` is already related to ``forum`` (attended, hosted or
        spoke there)."""
        before = [pm for pm in mentions if pm.end <= verb_at and verb_at - pm.end <= 4]
        person = self.reg.find(before[-1].name, EntityType.PERSON) if before else None
        if person is None:
            return False
        return any(r.head is person and r.tail is forum for r in self.reg.relations)

    def _event_at(self, at: int, sent: Sentence) -> Draft | None:
        """The event or campaign (Forum or Program) whose name starts right at ``at`` (after an opening quote
        or an adverb of scope: 在全省开展“X”行动)."""
        best: tuple[int, Draft] | None = None
        for e in self.reg.entities:
            if e.type is not EntityType.FORUM and e.type is not EntityType.PROGRAM:
                continue
            for start, _end, article in e.mentions:
                if article == sent.article and at <= start <= at + 2 and (best is None or start < best[0]):
                    best = (start, e)
        return best[1] if best else None

    def _contest_named(self, at: int, sent: Sentence) -> Draft | None:
        """A contest or campaign (a Program) named in the clause from ``at``."""
        end = _clause_end_at(sent.text, at - sent.start, len(sent.text)) + sent.start
        for e in self.reg.entities:
            if e.type is EntityType.PROGRAM and any(a == sent.article and at <= s < end for s, _e, a in e.mentions):
                return e
        return None

    def _contest_for(self, sent: Sentence, pos: int) -> Draft | None:
        """The contest a prize won at ``pos`` was won in: the last one named before it in the article (as an
        event or a campaign), else the first named after it in the sentence."""
        before: tuple[int, Draft] | None = None
        after: tuple[int, Draft] | None = None
        for e in self.reg.entities:
            if (e.type is not EntityType.FORUM and e.type is not EntityType.PROGRAM) or not _is_contest(e):
                continue
            for start, _end, article in e.mentions:
                if article != sent.article:
                    continue
                if start < pos and (before is None or start > before[0]):
                    before = (start, e)
                elif pos <= start < sent.end and (after is None or start < after[0]):
                    after = (start, e)
        return before[1] if before else after[1] if after else None

    def prizes(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """林某获思政组一等奖 / 张某获得冠军 in a contest: each person named before the prize in its clause
        took part in the contest, with the prize as the role."""
        body = sent.text
        if "获" not in body and "摘" not in body and "夺" not in body:
            return
        for m in _PRIZE.finditer(body):
            at = sent.start + m.start()
            clause = sent.start + max(body.rfind(c, 0, m.start()) for c in "，。；：,") + 1
            people = [pm for pm in mentions if clause <= pm.start and pm.end <= at]
            if not people and _NO_SUBJECT.fullmatch(text[clause:at]):
                people = _last_group([pm for pm in mentions if sent.start <= pm.start and pm.end <= clause], text)
            contest = self._contest_for(sent, at) if people else None
            if contest is None:
                continue
            won = m.group(0) if len(m.group(0)) <= 16 else m.group("prize")  # (not the contest's name again)
            self._persons_take_part(people, contest, sent, won)

    def judges(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """林某担任大赛评委, 林某、张某作学生评委, 评委由A、B等5名专家组成: the judges of the event took part in
        it, as judges."""
        body = sent.text
        judged: list[tuple[list[Mention], int]] = []
        for m in _JUDGES_BY.finditer(body):
            lo, hi = sent.start + m.start(1), sent.start + m.end(1)
            judged.append(([pm for pm in mentions if lo <= pm.start and pm.end <= hi], lo))
        for m in _JUDGES_AS.finditer(body):
            clause = sent.start + max(body.rfind(c, 0, m.start()) for c in "，。；：,") + 1
            at = sent.start + m.start()
            judged.append(([pm for pm in mentions if clause <= pm.start and pm.end <= at], at))
        for judges, at in judged:
            # (the contest the article reports, its main event, not a round named near them)
            event = (self.forums.main_of(sent.article) or self.forum_for(sent, at)) if judges else None
            self._persons_take_part(judges, event, sent, "评委")

    def _persons_take_part(self, people: list[Mention], event: Draft | None, sent: Sentence, role: str) -> None:
        """Each person named took part in the event (nothing when no event was found), with ``role``."""
        for pm in people if event is not None else ():
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is not None and event is not None:
                self.reg.relate(RelationType.PARTICIPATED_IN, person, event, sent, role_text=role)

    def _joins_event(self, text: str, verb_end: int, sent: Sentence, bare_ok: bool = True) -> bool:
        """参加/参与 take an event here: an event is named in the clause (参加了第三届论坛, 参与了本次讲座), or,
        when ``bare_ok`` (参加), nothing follows (林某出席并参加); not 参加工作19年, 参与研发新产品 or a bare
        积极参与 (of a campaign as much as an event)."""
        end = _clause_end_at(text, verb_end, sent.end)
        rest = text[verb_end:end].lstrip("了过")
        if not rest or rest[0] in "并和及与、":
            return bare_ok
        return _EVENT_WORD.search(rest) is not None or bool(self.forums.in_span(verb_end, end, sent.article))

    def _own_clause_before(self, text: str, pm: Mention, pred_start: int, later: list[Mention]) -> bool:
        """林某宣读表彰决定，王某作重要讲话: the person has a clause of their own, and after its comma another
        person opens the clause of the predicate, which is theirs (a list of speakers runs 林某，王某… or
        林某教授、王某… with nothing but a post-name title between a name and the mark; commas inside 《》
        and “” do not count); ``later`` are the names after ``pm`` in the sentence, in order."""
        if not later or later[0].start >= pred_start:  # no one else before the predicate
            return False
        post = self._post_name.match(text, pm.end)
        after = post.end() if post else pm.end
        if text[after : after + 1] in _LIST_AFTER_NAME:
            return False
        comma = _comma_outside_quotes(text, after, pred_start)
        if comma < 0:
            return False
        for o in later:  # (a loop: a generator costs a frame per call)
            if o.start >= pred_start:
                return False
            if o.start > comma:
                return True
        return False

    def org_attendance(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        body = sent.text
        if "有" in body or "来自" in body or "包括" in body or "吸引" in body:
            self._listed_units(text, sent, known)
        if "队" in body or "代表团" in body:
            self._teams(text, sent, known)
        if "在" in body and "获" in body:
            self._unit_won(text, sent, known)
        if "等" in body and "获" in body:
            self._units_prized(text, sent, known)
        if "作" in body or "进行" in body:
            self._units_act(text, sent, known)
        if "委员" in body or "成员" in body:
            self._members_attend(text, sent, known)
        if "负责" not in body:
            return
        for m in _ORG_ATTENDANCE.finditer(body):
            listed = _GENERIC_LAST_ITEM.sub("", m.group(1))  # A、B、相关职能部门负责人: the units named
            listed = _MEMBER_WORD_LISTED.sub("", listed)  # X执委会委员及Y负责人: X (its members) and Y
            items = self.org_items(listed, known, strict=True)  # 和 may be inside a name (劳动和经济工作部)
            if any(self._names_a_person(item) for item in items):
                items = []
            if not items:  # 校领导林某和校工会有关负责人: only what follows the last 和 is an organisation
                tail = _CONJ.split(listed)[-1]
                head = listed[: len(listed) - len(tail) - 1]
                orgs_before = self.org_items(head, known, strict=True) if head else []
                tail_is_org = self.orgs.looks_like(self.orgs.clean(tail)[0], known)
                chunk = tail if tail != listed and tail_is_org and not orgs_before else listed
                items = self.org_items(chunk, known, strict=True)
            if not items and listed.count("、") >= 3:  # a long list of units: the items named as units are
                items = [i for i in self.org_items(listed, known) if self.orgs.looks_like(i, known)]
            self._units_take_part(items, self.forum_for(sent, sent.start + m.end()), text, sent, m.group(2))

    def _units_named(self, listed: str, known: frozenset[str]) -> list[str]:
        """The units a list names, every item one (none when an item names a person)."""
        items = self.org_items(listed, known, strict=True)
        return [] if any(self._names_a_person(item) for item in items) else items

    def _units_take_part(self, items: list[str], event: Draft | None, text: str, sent: Sentence, role: str) -> None:
        """Each unit named took part in the event (nothing when no event was found), with ``role``."""
        for item in items if event is not None else ():
            assert event is not None
            self.reg.relate(RelationType.PARTICIPATED_IN, self.org(item, text, sent), event, sent, role_text=role)

    def _units_act(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """A、B等单位作了经验分享, X就有关提案进行答复: units that speak or perform at the event took part in it."""
        for m in _UNITS_ACT.finditer(sent.text):
            if "代表" in m.group(1):
                continue  # 林某代表学校作交流发言: a person speaking for the unit (the speech is the person's)
            items = self._units_named(m.group(1), known)
            if items:
                self._units_take_part(items, self.forum_for(sent, sent.start + m.start()), text, sent, m.group(2))

    def _units_prized(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """评选出A、B等13支高校团队获得一等奖: the units whose teams won a prize took part in the contest."""
        for m in _UNITS_PRIZED.finditer(sent.text):
            items = self._units_named(_LIST_OPENER.sub("", m.group(1)), known)
            if items:
                # (the prizes of the contest the article reports, not of a round named nearer)
                contest = self.forums.main_of(sent.article) or self._contest_for(sent, sent.start + m.start())
                self._units_take_part(items, contest, text, sent, m.group(2))

    def _unit_won(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """学校在X竞赛获二等奖, 我校在X中获佳绩: a unit that won something at an event took part in it."""
        for m in _UNIT_WON.finditer(sent.text):
            subject = _UNIT_PEOPLE.sub("", self.orgs.clean(m.group(1))[0])  # 机电学院学子: the unit's people
            if self.reg.find(subject, EntityType.ORGANIZATION) is None and not self.orgs.looks_like(subject, known):
                continue
            unit = self.org(subject, text, sent)  # (the one already named, else a new one)
            named = self.forums.in_span(sent.start + m.start(2), sent.start + m.end(2), sent.article)
            if named:
                self.reg.relate(RelationType.PARTICIPATED_IN, unit, named[0][1], sent, role_text=m.group(3))

    def _members_attend(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """X委员会委员、Y委员会委员参加: each body whose members attend takes part (the verb is the role)."""
        for m in _MEMBERS_ATTEND.finditer(sent.text):
            raws = _MEMBER_WORD.split(m.group(1))
            items = [self.orgs.clean(i)[0].strip("、和及与") for i in raws if i.strip("、和及与")]
            if not items or not all(self.orgs.looks_like(i, known) for i in items):
                continue
            self._units_take_part(items, self.forum_for(sent, sent.start + m.end()), text, sent, m.group(2))

    def _teams(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """我校代表队参加X大赛: the unit whose team takes part takes part."""
        for m in _TEAM_ENTERS.finditer(sent.text):
            items = self.org_items(m.group(1), known, strict=True)
            end = _clause_end_at(sent.text, m.end(), len(sent.text))
            named = self.forums.in_span(sent.start + m.end(), sent.start + end, sent.article)
            event = named[0][1] if named else self._contest_named(sent.start + m.end(), sent)
            if event is None and end == m.end():
                event = self.forum_for(sent, sent.start + m.start())  # 我校代表队参加。 (the event named before)
            self._units_take_part(items, event, text, sent, m.group(2))

    def _listed_units(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """Units attending through their people: 出席会议的有A、B等成员单位负责人 and 来自A、B等12家医院的
        负责人到会 make each unit listed a participant (the verb is the role)."""
        found: list[tuple[int, str, str]] = []
        for m in _UNITS_PRESENT.finditer(sent.text) if "有" in sent.text else ():
            found.append((m.start(), m.group(2), m.group(1)))
        for m in _UNITS_FROM.finditer(sent.text) if "来自" in sent.text or "包括" in sent.text else ():
            found.append((m.start(), m.group(1), m.group(2)))
        for m in _UNITS_DRAWN.finditer(sent.text) if "吸引" in sent.text else ():
            found.append((m.start(), m.group(1), m.group(2)))
        for at, listed, verb in found:
            items = self._units_named(listed, known)
            if items:
                self._units_take_part(items, self.forum_for(sent, sent.start + at), text, sent, verb)

    def venues(self, text: str, sent: Sentence, venue_spans: list[tuple[int, int, str]]) -> None:
        for s, _e, name in venue_spans:
            if not (sent.start <= s < sent.end):
                continue
            if self.reg.find(name, EntityType.ORGANIZATION):
                continue
            if self._institution_venue(name):  # 在青钢召开: the host company, not a place
                self.reg.add(EntityType.ORGANIZATION, name, s, sent.article)
                continue
            place = self.reg.add(EntityType.PLACE, name, s, sent.article)
            inside = self.forums.in_span(sent.start, sent.end, sent.article)
            clause_start = max(text.rfind(c, sent.start, s) for c in "，。；,") + 1
            before = [d for p, d in inside if clause_start <= p < s] or [d for p, d in inside if p < s][-1:]
            after = [d for p, d in inside if p > s]
            forums = before or after[:1] or [f for f in [self.forum_for(sent)] if f is not None]
            for forum in {id(f): f for f in forums}.values():
                self.reg.relate(RelationType.HELD_AT, forum, place, sent)

    def _institution_venue(self, name: str) -> bool:
        """A venue named by a company's short name (在青钢召开, 在东岭重工举行) is the company hosting it, not a
        place: nothing but the short-name head follows the proper part (a plant or a school named in full
        stays the venue, as a site)."""
        suffix = self.orgs.suffix(name)
        return suffix in _SHORT_NAME_HEADS and 1 <= len(name) - len(suffix) <= 4

    def part_of(self, text: str, sent: Sentence, previous: Sentence | None) -> None:
        body = sent.text
        sub_forums = "分论坛" in body or "平行论坛" in body
        if not sub_forums and "作为" not in body and "包括" not in body and "借助" not in body:
            return
        inside = self.forums.in_span(sent.start, sent.end, sent.article)
        if sub_forums:
            main = self.forums.main_of(sent.article)
            for pos, sub in inside:
                if main is not None and sub is not main and self.forums.head_at(pos) == "分论坛":
                    self.reg.relate(RelationType.PART_OF, sub, main, sent)
        if "作为" not in body and "包括" not in body and "借助" not in body:
            return
        m = re.search(
            r"作为(?:其中|(.{2,40}?)(?:\d+个)?(?:平行论坛|分论坛))?(?:一大亮点|之一|的一部分|重要组成部分)", body
        ) or _ACTIVITY_OF.search(body)
        if m and inside:
            sub = inside[0][1]
            parent = None
            if m.group(1):
                cand = [d for p, d in inside if p >= sent.start + m.start()]
                parent = cand[0] if cand else None
                # 作为大会的平行论坛之一，X同期举行: the sub-forum is the one named outside 作为…之一
                g_lo, g_hi = sent.start + m.start(1), sent.start + m.end(1)
                outside = [d for p, d in inside if not g_lo <= p < g_hi and d is not parent]
                sub = outside[0] if outside else sub
            elif previous is not None:
                prev = self.forums.in_span(previous.start, previous.end, previous.article)
                parent = prev[-1][1] if prev else None
            if parent is not None and parent is not sub:
                self.reg.relate(RelationType.PART_OF, sub, parent, sent)
        m = re.search(r"(?:论坛|大会)包括(.+?)(?:，|。|$)", body)
        if m:
            parent = self.forums.resolve_at(sent.start, "大会", sent.article)
            for p, d in inside:
                if sent.start + m.start(1) <= p and d is not parent and parent is not None:
                    self.reg.relate(RelationType.PART_OF, d, parent, sent)
        m = re.search(r"借助(.{2,30}?)平台", body)
        if m:
            parents = [d for p, d in inside if sent.start + m.start(1) <= p < sent.start + m.end(1)]
            child = self.forums.main_of(sent.article)
            if parents and child is not None and child is not parents[0]:
                self.reg.relate(RelationType.PART_OF, child, parents[0], sent)

    def alliances(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        body = sent.text
        if "成立" not in body and "发起" not in body:
            return
        alliances = [e for e in self.reg.entities if e.type is EntityType.ALLIANCE]
        if not alliances:
            return
        m = _FOUNDERS.search(body) if _FOUNDING.search(body) else None
        if m:
            alliance = self.reg.find(m.group(2), EntityType.ALLIANCE)
            founders = re.sub(r"等\d*家?单位.*$", "", m.group(1))
            if alliance is not None:
                for item in self.org_items(founders, known):
                    self.reg.relate(RelationType.FOUNDED, self.org(item, text, sent), alliance, sent)
        m = _FOUNDED_BY.search(body) if "发起" in body else None
        alliance = _alliance_named_by(alliances, sent) if m else None
        if m and alliance is not None:
            for piece in re.split(r"[，,]", m.group(1)):
                piece = _FOUNDER_TAIL.sub("", cut_lead(_FOUNDER_LEAD, piece))
                for item in self.org_items(piece, known) if piece else []:
                    self.reg.relate(RelationType.FOUNDED, self.org(item, text, sent), alliance, sent)
        m = _AS_FOUNDER.search(body) if "发起单位" in body else None
        if m and self.orgs.looks_like(m.group(1), known):
            self.reg.relate(RelationType.FOUNDED, self.org(m.group(1), text, sent), alliances[0], sent)
        m = _FOUNDER_LIST.search(body) if "联盟" in body and "发起单位" in body else None
        alliance = _alliance_named_by(alliances, sent) if m else None
        if m and alliance is not None:
            for item in self.org_items(m.group(1), known):
                self.reg.relate(RelationType.FOUNDED, self.org(item, text, sent), alliance, sent)

    def launches(
        self,
        text: str,
        sent: Sentence,
        mentions: list[Mention],
        programs: list[tuple[int, Draft]],
        known: frozenset[str],
    ) -> None:
        body = sent.text
        for pos, prog in programs:
            if not (sent.start <= pos < sent.end):
                continue
            local = pos - sent.start
            lead = body[:local]
            verb = re.search(r"(?:正式|共同)?(?:启动|发布)了?“?$", lead)
            if not verb:
                verb_b = re.search(r"(?:重点)?打造的“?$", lead)
                if verb_b:
                    maker = re.search(r"([^，。；是]{2,20}?)(?:重点)?打造的“?$", lead)
                    if maker and self.orgs.looks_like(maker.group(1), known):
                        self.reg.relate(RelationType.LAUNCHED, self.org(maker.group(1), text, sent), prog, sent)
                continue
            clause = re.split(r"[，。；]", lead[: verb.start()])[-1]
            ppl = [m for m in mentions if sent.start + lead.rfind(clause) <= m.start < pos]
            if ppl:
                forum = self.forum_for(sent, pos)
                for pm in ppl:
                    person = self.reg.find(pm.name, EntityType.PERSON)
                    if person is None:
                        continue
                    self.reg.relate(RelationType.LAUNCHED, person, prog, sent)
                    if forum is not None:
                        self.reg.relate(
                            RelationType.PARTICIPATED_IN,
                            person,
                            forum,
                            sent,
                            role_text="共同" + verb.group(0).strip("“了正式共同"),
                        )
                continue
            subj = re.sub(r"^.*?(?:上|中)，", "", clause)
            items = self.org_items(subj, known, strict=True)
            for item in items:
                self.reg.relate(RelationType.LAUNCHED, self.org(item, text, sent), prog, sent)


#: Words of a gathering in the object of 参加/参与 (参加会议, 参与活动, 参加了培训), or the gathering's own act
#: as the whole object (参加学习, 参加座谈).
_EVENT_WORD = re.compile(
    r"会|论坛|活动|仪式|典礼|培训|比赛|竞赛|大赛|讲座|展演|开幕式|闭幕式|赛事|启动式|^(?:学习|座谈|研讨|讨论)$"
)


#: A 作为… phrase opening a sentence (作为X的重点活动，): what it names is not the sentence's subject.
_AS_PHRASE = re.compile(r"作为[^，。；]{2,40}?，")


def _subject_event(sent: Sentence, inside: list[tuple[int, Draft]]) -> Draft | None:
    """The first event a sentence names outside a 作为… phrase (作为X的重点活动，Y也在进行: Y), else the first."""
    if not inside:
        return None
    adjunct = _AS_PHRASE.search(sent.text) if "作为" in sent.text else None
    if adjunct is not None:
        lo, hi = sent.start + adjunct.start(), sent.start + adjunct.end()
        outside = [d for p, d in inside if not lo <= p < hi]
        if outside:
            return outside[0]
    return inside[0][1]


_CLAUSE_BREAK = re.compile(r"[。；]")


def _listed_part(sent: Sentence, pos: int) -> bool:
    """The event at ``pos`` is listed as a part of a series (系列活动包括X初赛和复赛、Y分享会): an item of what the
    series holds, not what the sentence is about."""
    at = pos - sent.start
    return "包括" in sent.text[:at] and not _CLAUSE_BREAK.search(sent.text, sent.text.rfind("包括", 0, at), at)


#: What may stand between an event and the 的 of a relative clause it is in (X比赛特等奖或一等奖的教师).
_DESCRIBED_AFTER = re.compile(r"[^，。；：]{0,10}?的")


def _describes_noun(sent: Sentence, pos: int, event: Draft) -> bool:
    """The event at ``pos`` stands in a relative clause before a noun (获得过省级讲课比赛一等奖的青年教师):
    it describes someone; the sentence is not about it."""
    at = pos - sent.start
    written = max((s for s in event.surfaces() if sent.text.startswith(s, at)), key=len, default="")
    return bool(written) and _DESCRIBED_AFTER.match(sent.text, at + len(written)) is not None


def _exchange(forum: Draft, heads: tuple[str, ...] = _EXCHANGE_HEADS) -> bool:
    """The gathering is an exchange of remarks (a 座谈会, a 见面会)."""
    return forum.name.endswith(heads) or any(a.endswith(heads) for a in forum.aliases)


def _remark_at(verb: str, forum: Draft) -> bool:
    """What ``verb`` says at ``forum`` is a remark in an exchange (SPOKE_AT discussion)."""
    if verb in _REMARK_VERBS:
        return _exchange(forum)
    return verb in _PRESS_REMARKS and _exchange(forum, _PRESS_HEADS)


def _last_group(people: list[Mention], text: str) -> list[Mention]:
    """The last names of ``people`` that stand together as one list (A、B、C和D), the subject a later clause
    without one carries on (A、B组队参赛…，荣获二等奖)."""
    group = people[-1:]
    for pm in reversed(people[:-1]):
        if text[pm.end : group[0].start] not in ("、", "和", "与", "及", "，"):
            break
        group.insert(0, pm)
    return group


def _is_contest(event: Draft) -> bool:
    return _CONTEST.search(event.name) is not None or any(_CONTEST.search(a) for a in event.aliases)


def _clause_end_at(text: str, start: int, limit: int) -> int:
    """The end of the clause from ``start`` (the next ，。；：or ``limit``)."""
    end = limit
    for mark in "，。；：":
        at = text.find(mark, start, end)
        if at >= 0:
            end = at
    return end


def _comma_outside_quotes(text: str, start: int, end: int) -> int:
    """The first ， between ``start`` and ``end`` that is not inside 《》 or “”, -1 if none."""
    comma = text.find("，", start, end)
    if comma < 0 or ("《" not in text[start:comma] and "“" not in text[start:comma]):
        return comma  # no quote opens before it: the common case, without a loop over characters
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "《“":
            depth += 1
        elif ch in "》”":
            depth = max(0, depth - 1)
        elif ch == "，" and depth == 0:
            return i
    return -1


def _alliance_named_by(alliances: list[Draft], sent: Sentence) -> Draft | None:
    """The alliance "联盟" refers to: one named in the sentence, else the last one named before it in the
    same article."""
    best: tuple[int, Draft] | None = None
    for a in alliances:
        for start, _end, article in a.mentions:
            if article == sent.article and start < sent.end and (best is None or start > best[0]):
                best = (start, a)
    return best[1] if best else None
