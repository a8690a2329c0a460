"""Units taking part in an event: the units whose representatives, members or teams attend
(A、B负责人出席, 来自A、B等12家医院的负责人到会, 我校代表队参加), that win a prize there or speak at it
(A、B等单位作经验分享). A pass over :class:`EventPass`, whose helpers say which event a clause is about."""

import re

from graph.model import EntityType, RelationType
from graph.qualifiers import chinese_number
from loaders.extract.events import EventPass, clause_end_at
from loaders.extract.persons import Mention
from loaders.extract.sentences import Sentence

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
#: 吸引了(来自)A、B等多所学校参加 (A、B等高校共计N支团队报名): the units an event drew took part in it.
_UNITS_DRAWN = re.compile(
    r"吸引了?(?:来自)?([^，。；]{2,300}?)(?:等[\d一二三四五六七八九十百多余几]*(?:所|家|个|支)?[^，。；的]{0,16}?)?"
    r"(?:的[^，。；]{0,12}?)?(参加|参赛|参与|报名参赛|报名)"
)
#: A unit's team taking part (我校代表队参加X大赛, 东海公司代表团出征X): the unit takes part.
_TEAM_ENTERS = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】]{2,30}?)(?:代表队|代表团|参赛队|参赛团队|代表团队)"
    r"(?:一行)?[^，。；：,]{0,6}?(参加|参与|出征|亮相|参赛)"
)
#: A unit winning at an event (学校在X竞赛获二等奖, 我校在X中获佳绩): the subject opens its clause.
_UNIT_WON = re.compile(
    r"(?:^|(?<=[，。；：,\n]))([^，。；：,\n在]{2,30}?)在([^，。；：,\n]{4,60}?)(?:中|上)?"
    r"((?:荣获|获得|斩获|喜获|收获|获)[^，。；：,\n]{0,12})"
)
#: The people of a unit written after it as the subject of a win (机电学院学子, 我校师生, X学院代表队).
_UNIT_PEOPLE = re.compile(r"(?<=[院校系所部处会司厂队])(?:学子|学生|师生|选手|代表队|参赛队)$")
#: Units listed before a count of their teams and a prize (A、B等13支高校团队获得一等奖).
_UNITS_PRIZED = re.compile(
    r"([^，。；：,]{2,200}?)等[\d一二三四五六七八九十百]+(?:支|个|所|家)(?:高校|学校|院校)?(?:团队|队伍|代表队|参赛队)?"
    r"((?:荣获|获得|获)[^，。；：,和]{0,6}?(?:[一二三特]等奖|金奖|银奖|铜奖|优秀奖))"
)
#: A、B、C等50余人参加了活动: the units listed before a count of people attending took part (their people did).
_UNITS_COUNTED_PEOPLE = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】]{2,200}?)等[\d一二三四五六七八九十百]+(?:余|多)?(?:人|名)"
    r"(参加|出席|参与|到会)"
)
#: A verb that opens a list of winners (评选出A、B等…).
_LIST_OPENER = re.compile(r"^(?:评选出|评出|选出|其中|共有|有)")
#: Units that speak or perform at an event (A、B等六个单位作了工作经验分享, X等单位就有关提案进行详细答复,
#: A、B、C 3家单位作交流发言).
_UNITS_ACT = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】]{2,200}?)"
    r"(?:等?[\d一二三四五六七八九十]+[个家所](?:单位|部门|学院)?|等(?:单位|部门|学院)?)?"
    r"(?:代表)?(?:分别)?(?:就[^，。；：,]{1,20}?)?(?:作了|作|进行了|进行)(?:详细|深入)?[^，。；：,]{0,6}?"
    r"(经验分享|分享|交流发言|发言|汇报|答复|展示|表演)"
)
#: The count of the units a list names, written after it (A、B、C 3家单位; a count in Chinese numerals up to
#: 十).
_COUNT_OF_UNITS = re.compile(r"等?(\d+|[一二三四五六七八九十])[个家所](?:单位|部门|企业)")
#: 邀请了A、B等(相关)专家、老师担任本次大赛裁判: the units whose experts judge the event take part in it.
_UNITS_JUDGE = re.compile(
    r"邀请了?([^，。；：,]{2,80}?)等?(?:单位)?的?(?:相关|有关)?(?:专家|老师|教师|学者)[^，。；：,]{0,8}?担任"
    r"[^，。；：,]{0,16}?(裁判|评委|评审)"
)
#: Bodies whose members attend: X委员会委员、Y委员会委员(等)参加.
_MEMBERS_ATTEND = re.compile(
    r"(?:^|(?<=[，。；：]))((?:[^，。；：、]{2,30}?(?:委员|成员)、)*[^，。；：、]{2,30}?(?:委员|成员))"
    r"(?:、[^，。；：、]{1,16}?)*(?:等[^，。；：、]{0,10}?)?(参加|出席|参与)"
)
#: Party organs whose 成员/委员 is a person's seat (党组成员, 党委委员), not the members of a body.
_PARTY_ORGANS = ("党组", "党委", "党工委", "纪委", "常委")
#: The 委员/成员 closing each body of such a list.
_MEMBER_WORD = re.compile(r"(?:委员|成员)(?=、|$)")
#: The representatives of a unit (有关负责同志, 相关负责人, 有关领导同志; a bare 领导 only right before the
#: verb: 省委、省政府领导出席会议).
_REPRESENTATIVES = re.compile(r"(?:有关|相关)?(?:负责同志|负责人|领导同志|领导(?=出席|参加|到会|列席))")
#: A、B有关负责人出席: the units whose representatives attend take part (the verb is the role).
_ORG_ATTENDANCE = re.compile(
    rf"(?:^|(?<=[，。；]))(?=[^，。；]*(?:负责|领导))([^，。；]{{2,80}}?)的?(?:{_REPRESENTATIVES.pattern})"
    # (more groups of attendees may follow in clauses of their own: X负责人，全体退休教职工，学生代表参加)
    rf"(?:[^。；，]{{0,20}}?|(?:，[^，。；]{{1,50}}?){{1,3}}?)(?:等)?(参加|出席|聆听|参与|列席|参会|到会|与会)"
)
#: A last item of a list of units that names a category (相关职能部门, 有关单位, 各学院), not a unit.
_GENERIC_LAST_ITEM = re.compile(r"[、和及与](?:相关|有关|各|其他|各级)[^、和及与]*$")
#: 委员/成员 after a body listed with others (X执委会委员及Y负责人): the body is the item.
_MEMBER_WORD_LISTED = re.compile(r"(?<=[会组部团])(?:委员|成员)(?=[及和与、])")
#: The last 和/与/及 of a list, after which a unit may follow a person (校领导林某和校工会).
_CONJ = re.compile(r"[和与及]")


#: A sentence that opens at an event (成立仪式上，…; 活动现场，…): what is signed in it is signed there.
_AT_EVENT = re.compile(r"^[^，。；：]{0,30}?(?:仪式|会|活动|典礼|现场)(?:上|现场|期间|中)?，")
#: A与B签订了X协议 (one clause): both sides of an agreement signed at the event.
_SIGNED = re.compile(
    r"([^，；。]{2,80}?)与([^，；。]{2,40}?)(?:现场|正式|共同)?(?:签订|签署)了?[^，；。]{0,24}?"
    r"(?:协议书|协议|合同|责任书|备忘录|倡议书)"
)


class UnitAttendancePass:
    """Relates the units named at an event to it: PARTICIPATED_IN, with the verb (or the prize) as the
    role."""

    def __init__(self, events: EventPass) -> None:
        self.events = events
        self.reg = events.reg
        self.orgs = events.orgs
        self.forums = events.forums
        self.units = events.units

    def org_attendance(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """The units of the sentence that take part in its event, as listed attendees, teams, winners,
        speakers, bodies whose members attend, or through their representatives (A、B负责人出席)."""
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
        if "邀请" in body and "担任" in body:
            self._units_judge(text, sent, known)
        if "等" in body and "人" in body:
            for m in _UNITS_COUNTED_PEOPLE.finditer(body):
                self._matched_units_take_part(m, text, sent, known, sent.start + m.end())
        if "委员" in body or "成员" in body:
            self._members_attend(text, sent, known)
        if "负责" not in body and "领导" not in body:
            return
        for m in _ORG_ATTENDANCE.finditer(body):
            listed = _GENERIC_LAST_ITEM.sub("", m.group(1))  # A、B、相关职能部门负责人: the units named
            listed = _MEMBER_WORD_LISTED.sub("", listed)  # X执委会委员及Y负责人: X (its members) and Y
            items = self.units.items(listed, known, strict=True)  # 和 may be inside a name (劳动和经济工作部)
            if any(self._names_a_person(item) for item in items):
                items = []
            if not items:  # 校领导林某和校工会有关负责人: only what follows the last 和 is an organisation
                tail = _CONJ.split(listed)[-1]
                head = listed[: len(listed) - len(tail) - 1]
                orgs_before = self.units.items(head, known, strict=True) if head else []
                tail_is_org = self.orgs.looks_like(self.orgs.clean(tail)[0], known)
                chunk = tail if tail != listed and tail_is_org and not orgs_before else listed
                items = self.units.items(chunk, known, strict=True)
            if not items and listed.count("、") >= 3:  # a long list of units: the items named as units are
                items = [i for i in self.units.items(listed, known) if self.orgs.looks_like(i, known)]
            event = self.events.forum_for(sent, sent.start + m.end())
            self.events.units_take_part(items, event, text, sent, m.group(2))

    def signatories(self, sent: Sentence, named: list[Mention]) -> None:
        """成立仪式上，A与B签订了合作协议；林某与学员李某签订了带徒协议: the persons and the units found that sign
        an agreement at the event took part in it."""
        opening = _AT_EVENT.match(sent.text) if "签" in sent.text else None
        if opening is None:
            return
        event = self.events.forum_for(sent, sent.start)
        if event is None:
            return
        at = opening.end()
        for clause in sent.text[at:].split("；"):
            m = _SIGNED.match(clause)
            if m:
                for side in (1, 2):
                    end = sent.start + at + m.end(side)
                    signer = next(
                        (self.reg.find(pm.name, EntityType.PERSON) for pm in named if pm.end == end), None
                    ) or self.reg.find(self.orgs.clean(m.group(side))[0], EntityType.ORGANIZATION)
                    if signer is not None:
                        self.reg.relate(RelationType.PARTICIPATED_IN, signer, event, sent, role_text="签订")
            at += len(clause) + 1

    def _units_named(self, listed: str, known: frozenset[str]) -> list[str]:
        """The units a list names, every item one (none when an item names a person)."""
        items = self.units.items(listed, known, strict=True)
        return [] if any(self._names_a_person(item) for item in items) else items

    def _names_a_person(self, span: str) -> bool:
        return any(e.type is EntityType.PERSON and e.name in span for e in self.reg.entities)

    def _units_act(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """A、B等单位作了经验分享, X就有关提案进行答复: units that speak or perform at the event took part in it."""
        for m in _UNITS_ACT.finditer(sent.text):
            if "代表" in m.group(1):
                continue  # 林某代表学校作交流发言: a person speaking for the unit (the speech is the person's)
            counted = _COUNT_OF_UNITS.match(sent.text, m.end(1))
            items = self.units.items(m.group(1), known) if counted else []
            if not counted or len(items) != chinese_number(counted.group(1)) or any(map(self._names_a_person, items)):
                items = self._units_named(m.group(1), known)
            # (A、B、C、D 4家单位: the count says every item is a unit, a short name (东海石化) too)
            if items:
                self.events.units_take_part(
                    items, self.events.forum_for(sent, sent.start + m.start()), text, sent, m.group(2)
                )

    def _units_judge(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """邀请了A、B等相关专家担任本次大赛裁判: the units whose experts judge the event took part in it."""
        for m in _UNITS_JUDGE.finditer(sent.text):
            self._matched_units_take_part(m, text, sent, known, sent.start + m.end())

    def _matched_units_take_part(
        self, m: re.Match[str], text: str, sent: Sentence, known: frozenset[str], at: int
    ) -> None:
        """The units a match lists (group 1) took part in the event of ``at``, with its act (group 2)."""
        items = self._units_named(m.group(1), known)
        if items:
            self.events.units_take_part(items, self.events.forum_for(sent, at), text, sent, m.group(2))

    def _units_prized(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """评选出A、B等13支高校团队获得一等奖: the units whose teams won a prize took part in the contest."""
        for m in _UNITS_PRIZED.finditer(sent.text):
            items = self._units_named(_LIST_OPENER.sub("", m.group(1)), known)
            if items:
                # (the prizes of the contest the article reports, not of a round named nearer)
                contest = self.forums.main_of(sent.article) or self.events.contest_for(sent, sent.start + m.start())
                self.events.units_take_part(items, contest, text, sent, m.group(2))

    def _unit_won(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """学校在X竞赛获二等奖, 我校在X中获佳绩: a unit that won something at an event took part in it."""
        for m in _UNIT_WON.finditer(sent.text):
            subject = _UNIT_PEOPLE.sub("", self.orgs.clean(m.group(1))[0])  # 机电学院学子: the unit's people
            if self.reg.find(subject, EntityType.ORGANIZATION) is None and not self.orgs.looks_like(subject, known):
                continue
            unit = self.events.org(subject, text, sent)  # (the one already named, else a new one)
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
            if any(i.endswith(_PARTY_ORGANS) for i in items):
                continue  # X总工会党组成员、副主席林某出席: a person's seat in a party organ, no body's members
            event = self.events.forum_for(sent, sent.start + m.end())
            self.events.units_take_part(items, event, text, sent, m.group(2))

    def _teams(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """我校代表队参加X大赛: the unit whose team takes part takes part."""
        for m in _TEAM_ENTERS.finditer(sent.text):
            items = self.units.items(m.group(1), known, strict=True)
            end = clause_end_at(sent.text, m.end(), len(sent.text))
            named = self.forums.in_span(sent.start + m.end(), sent.start + end, sent.article)
            event = named[0][1] if named else self.events.contest_named(sent.start + m.end(), sent)
            if event is None and end == m.end():
                # 我校代表队参加。 (the event named before)
                event = self.events.forum_for(sent, sent.start + m.start())
            self.events.units_take_part(items, event, text, sent, m.group(2))

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
                event = self.events.forum_for(sent, sent.start + at)
                self.events.units_take_part(items, event, text, sent, verb)

