"""Memberships stated in a sentence: the person who leads a team or studio (林某领衔的X团队, X工作室带头人林某,
该工作室由林某领衔), the persons who come from a unit (来自X的林某), experts and members of an alliance or a body
(担任联盟特聘专家, 受聘为X成员) and an alliance's member units (成为联盟成员单位, 首批成员单位包括A、B,
作为联盟副理事长单位，我校…, 选举X为理事长单位, 被授予X联盟成员单位). A pass that holds the :class:`AwardPass`
(and through it the :class:`EventPass`) for its lookups of the unit a clause names
(:meth:`AwardPass.org_subject`, :meth:`AwardPass.unit_named_before`)."""

import re

from graph.model import EntityType, RelationType
from loaders.extract import coref
from loaders.extract.awards import DESCRIBED_GAP, AwardPass, one_phrase
from loaders.extract.orgs import SUFFIX_WORDS
from loaders.extract.persons import ADDRESS_AFTER_NAME, Mention
from loaders.extract.sentences import Sentence

#: 林某领衔的X团队: the team the person named right before 领衔 leads.
_LEADS = re.compile(r"领衔的([^、，。；]{2,30}?(?:团队|工作室|小组|课题组|团))")
#: X工作室领衔人林某: the leader named after the team (ending right before the name).
#: The unit may be named only by its kind (劳模工作室带头人林某, 作为工作室带头人，林某…): coreference then
#: points it at the unit its section names (coref.resolve_references).
_LEADER = re.compile(r"“?([^，。；、“”]{0,30}?(?:工作室|团队|小组|课题组|班组))”?(?:领衔人|带头人)，?$")
#: 该工作室由林某领衔 / “东海工作室”由林某领衔: the person leads the unit (named before, or right there).
_LED_BY = re.compile(r"(?:(该|这个|此)|“?([^，。；、“”]{2,30}?))(工作室|团队|小组|课题组|班组)”?由[^。；]{0,60}?领衔")
#: A unit and 的 opening a clause or a list item, before the name of one of its people (管理学院的林某).
_UNIT_THEN_DE = re.compile(
    r"(?:^|(?<=[，。；、：]))([^，。；、：“”的]{1,30}?(?:学院|大学|学校|公司|集团|中心|研究院|研究所|医院|厂))的"
)
#: 来自X的: a unit the persons named after it come from.
_COMES_FROM = re.compile(r"来自([^，。；、的“”]{2,30}?)的")
#: 林某(大师)来自X，: the person named right before comes from the unit X, which closes the clause.
_COMES_FROM_AFTER_NAME = re.compile(ADDRESS_AFTER_NAME + r"来自([^，。；、的“”]{2,30})(?=[，。；]|$)")
#: 作为联盟副理事长单位，我校… — the subject of the main clause is a member unit of that rank.
_AS_MEMBER_UNIT = re.compile(
    r"作为((?:[^，。；]{2,40}?)?联盟)?((?:常务)?(?:副)?(?:理事长|理事|会长|主席|秘书长)|成员|会员)单位，([^，。；]{2,40})"
)
#: 选举X为理事长单位: the units of X are member units of the article's alliance, of that rank.
#: (and the clauses that go on with the same verb: 推选A为牵头单位，B、C为常务牵头单位，D为秘书长单位)
_UNIT_ROLE = r"为((?:常务)?(?:副)?(?:理事长|理事|会长|主席|秘书长|牵头)单位)"
_ELECTED_UNIT = re.compile(r"(?:选举|推选|确定|选定)([^，。；]{2,60}?)" + _UNIT_ROLE)
_ELECTED_TOO = re.compile(r"，([^，。；]{2,60}?)" + _UNIT_ROLE)
#: 担任联盟特聘专家: the persons named before are members of the alliance, in that role.
_APPOINTED = re.compile(r"担任(联盟|[^，。；]{2,30}?联盟)(特聘专家|专家|顾问|理事|成员)")
#: 受聘为/成为/当选为X团成员: the person named last before is a member of the body X, in that role.
#: (not 理事 opening 理事长: a title of the board, 当选为联盟理事会理事长)
_MEMBER_OF_BODY = re.compile(
    r"(?:受聘为|成为|当选为)([^，。；]{2,30}?(?:团|会|组|队|委员会))(成员|会员|委员|理事)(?!长)"
)
#: A、B成为联盟首批成员单位: the units of the subject are member units of the last alliance named.
_JOINED = re.compile(r"([^，。；]{2,200}?)成为(?:联盟)?((?:首批)?成员单位)")
#: The count closing the units of that subject (等23家单位): no part of the last unit's name.
_UNITS_TAIL = re.compile(r"等\d*家?(?:单位|企业|高校)?$")
#: The alliance's members listed after it: 首批成员单位包括A、B等23家院校和企业.
_MEMBERS_LISTED = re.compile(
    r"((?:首批)?(?:成员|会员)单位)(?:包括|有|为|涵盖)([^。；：]{2,200}?)"
    r"(?:等[\d一二三四五六七八九十百几多]+[家个所][\u4e00-\u9fff]{0,8})?(?:[，。；]|$)"
)
#: X被…授予Y联盟成员单位: the unit X is a member unit of the alliance Y.
_MEMBER_UNIT = re.compile(
    r"([^，。；在被]{2,20})(?:在[^，。；]{0,10}?)?被[^，。；]{0,12}?授予([^，。；]{2,30}?联盟)(首批成员单位|成员单位)"
)


#: 集团领导林某、王某 / 省总领导林某: a unit opening a clause and 领导 right before a person's name; the
#: persons listed there are members of the unit's leadership (not a post: 领导 names no office).
_LEADERS_OF = re.compile(r"(?:^|(?<=[，。；：、]))([^，。；、：“”]{2,30}?)领导(?:干部|同志)?$")
#: A federation of unions written by its level alone (省总, 市总): the unit is its 总工会.
_FEDERATION_SHORT = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?)(?:省|市|区|县)总$")


#: 宣讲团由四位代表组成，他们分别是A、B…: the body of the subject and its members listed after.
_COMPOSED_OF = re.compile(
    r"(?:^|(?<=[，。；]))(?:该|这个|此)?([^，。；]{0,30}?(?:团|队|组|委员会|工作室))(?:是)?由[^，。；]{1,30}?组成[，,]"
    r"(?:他们|她们|成员)?(?:分别)?(?:是|为|包括)"
)


class MembershipPass:
    """Relates persons and units to the teams, bodies and alliances they belong to (MEMBER_OF)."""

    def __init__(self, awards: AwardPass) -> None:
        self.awards = awards
        self.events = awards.events
        self.reg = awards.events.reg
        self.orgs = awards.events.orgs
        self.units = awards.events.units

    def _member_unit(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """作为联盟副理事长单位，我校…: the unit the main clause opens with is a member unit of the alliance (the
        one named there, else the article's), of that rank."""
        m = _AS_MEMBER_UNIT.search(sent.text)
        if not m:
            return
        named = self.reg.find(m.group(1), EntityType.ALLIANCE) if m.group(1) and m.group(1) != "联盟" else None
        alliance = named or self.reg.first_in_article(EntityType.ALLIANCE, sent.article)
        subject = m.group(3)
        unit = next((subject[:k] for k in range(2, len(subject) + 1) if self.orgs.looks_like(subject[:k], known)), None)
        if alliance is not None and unit is not None:
            self.reg.relate(
                RelationType.MEMBER_OF, self.events.org(unit, text, sent), alliance, sent, role_text=m.group(2) + "单位"
            )

    def _elected_unit(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """选举X为理事长单位 (推选X为牵头单位，Y为秘书长单位): X (and Y) are member units of the article's
        alliance, of that rank."""
        m = _ELECTED_UNIT.search(sent.text)
        alliance = self.reg.first_in_article(EntityType.ALLIANCE, sent.article) if m else None
        if m is None or alliance is None:
            return
        elected = [m]
        while (more := _ELECTED_TOO.match(sent.text, elected[-1].end())) is not None:
            elected.append(more)
        for e in elected:
            for item in self.units.items(e.group(1), known, strict=True):
                self.reg.relate(
                    RelationType.MEMBER_OF, self.events.org(item, text, sent), alliance, sent, role_text=e.group(2)
                )

    def _come_from(self, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]) -> None:
        """来自X的(钳工)林某(、王某): the persons named right after are members of X; so is 林某 of 林某来自X，."""
        for m in _COMES_FROM.finditer(sent.text):
            at = sent.start + m.end()
            after = (pm for pm in mentions if at <= pm.start <= at + DESCRIBED_GAP and one_phrase(text, at, pm.start))
            self._members_of(m.group(1), next(after, None), text, sent, mentions, known, "来自")
        for pm in mentions:
            if sent.start <= pm.start < sent.end and (came := _COMES_FROM_AFTER_NAME.match(text, pm.end, sent.end)):
                self._members_of(came.group(1), pm, text, sent, [pm], known, "来自")

    def _unit_before(self, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]) -> None:
        """管理学院的林某鼓励…, 经济学院的张某、理学院的王某分享…: a person named right after a unit and 的, at
        the opening of a clause or list item, is a member of it."""
        for m in _UNIT_THEN_DE.finditer(sent.text):
            at = sent.start + m.end()
            first = next((pm for pm in mentions if pm.start == at), None)
            if first is not None and text[first.end : first.end + 1] != "的":  # (学院的林某的学生: not the subject)
                self._members_of(m.group(1), first, text, sent, [first], known, None)

    def _members_of(
        self,
        unit: str,
        first: Mention | None,
        text: str,
        sent: Sentence,
        mentions: list[Mention],
        known: frozenset[str],
        role_text: str | None,
    ) -> None:
        """``first`` and the persons listed right after it (、, 和) are members of ``unit``."""
        name = self.orgs.clean(unit)[0]
        if first is None or not (self.reg.find(name, EntityType.ORGANIZATION) or self.orgs.looks_like(name, known)):
            return
        org = self.events.org(name, text, sent)
        group = [first]
        for pm in mentions:
            if pm.start > group[-1].end and text[group[-1].end : pm.start] in ("、", "和", "与", "及"):
                group.append(pm)
        for pm in group:
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is not None:
                self.reg.relate(RelationType.MEMBER_OF, person, org, sent, role_text=role_text)

    def _leaders(self, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]) -> None:
        """集团领导林某、王某带队…; 省总领导林某: the persons named right after a unit and 领导 are members of
        it, as its leaders. A unit named only by its kind (校领导, 学院领导) is left to the posts."""
        for pm in mentions:
            if not sent.start <= pm.start < sent.end or text[pm.start - 2 : pm.start] not in ("领导", "干部", "同志"):
                continue
            m = _LEADERS_OF.search(sent.text, 0, pm.start - sent.start)
            if m is None:
                continue
            unit = m.group(1) + "工会" if _FEDERATION_SHORT.match(m.group(1)) else m.group(1)
            name = self.orgs.clean(unit)[0]
            if name not in SUFFIX_WORDS and coref.generic_reference(name) is None:
                self._members_of(name, pm, text, sent, mentions, known, "领导")

    def _composed_of(self, sent: Sentence, mentions: list[Mention]) -> None:
        """宣讲团由四位代表组成，他们分别是…林某，…李某: the persons listed are members of the body named (or of
        the one body the text names with that word at its end)."""
        m = _COMPOSED_OF.search(sent.text)
        if m is None:
            return
        word = m.group(1)
        body = self.reg.find(word, EntityType.ORGANIZATION)
        if body is None:
            ending = [e for e in self.reg.entities if e.type is EntityType.ORGANIZATION and e.name.endswith(word)]
            body = ending[0] if len(ending) == 1 else None
        if body is None:
            return
        for pm in mentions:
            person = self.reg.find(pm.name, EntityType.PERSON) if pm.start >= sent.start + m.end() else None
            if person is not None:
                self.reg.relate(RelationType.MEMBER_OF, person, body, sent, role_text="组成")

    def _led_by(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """该工作室由林某领衔 / “东海工作室”由林某领衔: the last person named in the phrase leads the unit."""
        m = _LED_BY.search(sent.text)
        if m is None:
            return
        word = m.group(3)
        unit = self.awards.unit_named_before(word, sent) if m.group(1) else self.awards.org_subject(m.group(2) + word)
        leaders = [pm for pm in mentions if sent.start + m.start() <= pm.start < sent.start + m.end()]
        person = self.reg.find(leaders[-1].name, EntityType.PERSON) if leaders else None
        if unit is not None and person is not None:
            self.reg.relate(RelationType.MEMBER_OF, person, unit, sent, role_text="领衔")

    def memberships(self, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]) -> None:
        """领衔的团队 (leads a team), 担任联盟特聘专家, 受聘为X成员, 被授予<联盟>成员单位."""
        body = sent.text
        if "领衔" in body and "由" in body:
            self._led_by(text, sent, mentions)
        if "作为" in body and "单位" in body:
            self._member_unit(text, sent, known)
        if ("选" in body or "确定" in body) and "单位" in body:
            self._elected_unit(text, sent, known)
        if "来自" in body:
            self._come_from(text, sent, mentions, known)
        if "的" in body:
            self._unit_before(text, sent, mentions, known)
        if "组成" in body:
            self._composed_of(sent, mentions)
        if "领导" in body:
            self._leaders(text, sent, mentions, known)
        # cheap gate, spelt out (a generator over the words costs a frame per sentence)
        if not (
            "领衔" in body
            or "带头人" in body
            or "担任" in body
            or "受聘" in body
            or "成为" in body
            or "当选" in body
            or "成员" in body
        ):
            return
        for pm in mentions if "领衔" in body or "带头人" in body else ():
            local = pm.end - sent.start
            m = _LEADS.match(body, local)
            lead = None if m else _LEADER.search(body, max(0, pm.start - sent.start - 40), pm.start - sent.start)
            person = self.reg.find(pm.name, EntityType.PERSON)
            led = m or lead
            if led is not None and person is not None:  # 林某领衔的团队; X工作室领衔人林某
                team = self.events.org(self.orgs.clean(led.group(1))[0] if lead else led.group(1), text, sent)
                self.reg.relate(RelationType.MEMBER_OF, person, team, sent, role_text="领衔")
        m = _APPOINTED.search(body) if "担任" in body else None
        if m:
            target = m.group(1)
            alliance = self.reg.find(target, EntityType.ALLIANCE) if target != "联盟" else None
            if alliance is None and "联盟" in target:
                alliances = [e for e in self.reg.entities if e.type is EntityType.ALLIANCE]
                alliance = alliances[0] if alliances else None
            members = [pm for pm in mentions if pm.end <= sent.start + m.start()]
            role = (m.group(1) if m.group(1) == "联盟" else "") + m.group(2)
            for pm in members if alliance is not None else []:
                person = self.reg.find(pm.name, EntityType.PERSON)
                if person is not None and alliance is not None:
                    self.reg.relate(RelationType.MEMBER_OF, person, alliance, sent, role_text=role)
        m = _MEMBER_OF_BODY.search(body) if ("受聘" in body or "成为" in body or "当选" in body) else None
        if m:
            org = self.reg.find(m.group(1), EntityType.ORGANIZATION) or (
                self.events.org(m.group(1), text, sent) if self.orgs.looks_like(m.group(1), known) else None
            )
            before = [pm for pm in mentions if pm.end <= sent.start + m.start()]
            person = self.reg.find(before[-1].name, EntityType.PERSON) if before else None
            if org is not None and person is not None:
                self.reg.relate(RelationType.MEMBER_OF, person, org, sent, role_text=m.group(2))
        m = _JOINED.search(body) if "成员单位" in body else None
        alliances = [e for e in self.reg.entities if e.type is EntityType.ALLIANCE]
        if m and alliances:
            for item in self.units.items(_UNITS_TAIL.sub("", m.group(1)), known):
                self.reg.relate(
                    RelationType.MEMBER_OF, self.events.org(item, text, sent), alliances[-1], sent, role_text=m.group(2)
                )
        m = _MEMBERS_LISTED.search(body) if "员单位" in body else None
        if m and alliances:
            here = [a for a in alliances if any(sent.start <= start < sent.end for start, _e, _a in a.mentions)]
            alliance = (here or alliances)[-1]
            for item in self.units.items(m.group(2), known):
                member = self.events.org(item, text, sent)
                self.reg.relate(RelationType.MEMBER_OF, member, alliance, sent, role_text=m.group(1))
        m = _MEMBER_UNIT.search(body) if "成员单位" in body else None
        if m:
            alliance = self.reg.find(m.group(2), EntityType.ALLIANCE)
            unit = m.group(1)
            holder = self.reg.find(unit, EntityType.ORGANIZATION)
            if holder is None and self.orgs.looks_like(unit, known):
                holder = self.events.org(unit, text, sent)
            if alliance is not None and holder is not None:
                self.reg.relate(RelationType.MEMBER_OF, holder, alliance, sent, role_text=m.group(3))
