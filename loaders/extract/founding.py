"""Alliances founded and programmes launched: the units that found an alliance (A、B联合成立X联盟,
联盟由A牵头…发起成立, A、B为联盟共同发起单位) and the persons or units that launch a programme (启动“X”,
A重点打造的“X”). A pass over :class:`EventPass`, sharing its lists of units."""

import re

from graph.model import EntityType, RelationType
from loaders.extract.anchored import cut_lead
from loaders.extract.events import EventPass
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft, Registry
from loaders.extract.sentences import Sentence

#: A verb of founding together (联合成立, 共同成立, 发起成立): the gate of _FOUNDERS.
_FOUNDING = re.compile(r"(?:联合|共同|发起)成立")
#: A、B联合成立X联盟 (A倡导发起成立X联盟): the units of the subject found the alliance named. Anchored at a
#: clause start: an unanchored lazy subject before 成立 is retried from every character.
_FOUNDERS = re.compile(r"(?:^|(?<=[，。；]))([^，。；]{2,120}?)(?:倡导|倡议)?(?:联合|共同|发起)成立(.{2,40}?联盟)")
#: A list of units stated to be an alliance's founders: A、B等12家单位为联盟共同发起单位.
#: Anchored at a clause start that reaches 发起单位 (a lazy unanchored list is retried from every character).
_FOUNDER_LIST = re.compile(
    r"(?:^|(?<=[，。；：]))(?=[^，。；：]*发起单位)"
    r"([^，。；：]{2,120}?)(?:等[\d一二三四五六七八九十百几多]*家(?:单位)?)?(?:为|是|成为)(?:该|本)?联盟(?:的)?(?:共同)?发起单位"
)
#: The alliance as the subject: 联盟由A牵头，联合B、C等32家单位共同发起成立.
_FOUNDED_BY = re.compile(r"联盟由([^。；]{2,160}?)(?:倡导|倡议)?(?:共同|联合)?发起(?:成立|组建)?")
#: The founding members of an alliance: 该联盟创始成员由A、B等单位组成 (联盟的发起成员为A、B).
_FOUNDING_MEMBERS = re.compile(
    r"联盟(?:的)?(?:创始|发起)(?:成员|单位)(?:单位)?(?:由|为|是|包括)([^。；]{2,200}?)(?:组成|构成|。|；|$)"
)
#: The founders in a relative clause before the alliance: 由A倡议并联合B发起的“X”联盟.
_FOUNDED_BEFORE = re.compile(
    r"由([^，。；]{2,80}?)(?:倡导|倡议)?(?:共同|联合)?发起(?:成立)?的(“?[^，。；的]{2,40}?联盟)"
)
#: What parts the founders of that clause: A倡议并联合B, A倡导发起、B牵头.
_FOUNDER_JOIN = re.compile(r"(?:倡导|倡议)?并|[，,、]")
#: What opens a piece of that list before its units (联合B、C, 携手D), and what closes it (牵头, 等32家单位,
#: 共同).
_FOUNDER_LEAD = re.compile(r"^(?:联合|携手|会同|并)")
_FOUNDER_TAIL = re.compile(r"(?:牵头)?(?:等[\d一二三四五六七八九十多]*家?(?:单位|企业|院校|高校|机构))?(?:共同|联合)?$")
#: The words after a programme's name that make an event its launch (“X”启动仪式, X启动会, X发布仪式).
_LAUNCH_CEREMONY = re.compile(r"”?(?:正式)?(?:启动|发布)(?:仪式|会|大会|式|活动)")
#: 作为发起单位，A携手…: the unit after the phrase founds the alliance.
_AS_FOUNDER = re.compile(r"作为(?:联盟)?(?:共同)?发起单位，([^，、。]{2,30}?)(?:携手|与|和|联合|，)")


class FoundingPass:
    """Relates the founders of an alliance to it (FOUNDED) and the launchers of a programme to it
    (LAUNCHED)."""

    def __init__(self, events: EventPass) -> None:
        self.events = events
        self.reg = events.reg
        self.orgs = events.orgs
        self.units = events.units

    def alliances(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """A、B联合成立X联盟, 联盟由A牵头…发起成立, 作为发起单位，A…, A、B为联盟共同发起单位, 联盟创始成员由A、B
        组成: the units named found the alliance (the one named there, else the last named before in the article)."""
        body = sent.text
        if "成立" not in body and "发起" not in body and "创始" not in body:
            return
        alliances = [e for e in self.reg.entities if e.type is EntityType.ALLIANCE]
        if not alliances:
            return
        m = _FOUNDERS.search(body) if _FOUNDING.search(body) else None
        if m:
            alliance = self.reg.find(m.group(2), EntityType.ALLIANCE)
            founders = re.sub(r"等\d*家?单位.*$", "", m.group(1))
            if alliance is not None:
                for item in self.units.items(founders, known):
                    self.reg.relate(RelationType.FOUNDED, self.events.org(item, text, sent), alliance, sent)
        m = _FOUNDED_BY.search(body) if "发起" in body else None
        alliance = _alliance_named_by(alliances, sent) if m else None
        if m and alliance is not None:
            self._founders(re.split(r"[，,]", m.group(1)), alliance, text, sent, known)
        m = _FOUNDING_MEMBERS.search(body) if "成员" in body or "单位" in body else None
        alliance = _alliance_named_by(alliances, sent) if m else None
        if m and alliance is not None:
            self._founders([m.group(1)], alliance, text, sent, known)
        for m in _FOUNDED_BEFORE.finditer(body) if "发起" in body and "由" in body else ():
            founded = self.reg.find(m.group(2), EntityType.ALLIANCE)
            if founded is not None:  # (a partner alliance is one founder, whole: 联合东海城市联盟)
                self._founders(_FOUNDER_JOIN.split(m.group(1)), founded, text, sent, known, whole_alliances=True)
        m = _AS_FOUNDER.search(body) if "发起单位" in body else None
        if m and self.orgs.looks_like(m.group(1), known):
            self.reg.relate(RelationType.FOUNDED, self.events.org(m.group(1), text, sent), alliances[0], sent)
        m = _FOUNDER_LIST.search(body) if "联盟" in body and "发起单位" in body else None
        alliance = _alliance_named_by(alliances, sent) if m else None
        if m and alliance is not None:
            for item in self.units.items(m.group(1), known):
                self.reg.relate(RelationType.FOUNDED, self.events.org(item, text, sent), alliance, sent)

    def _founders(
        self,
        pieces: list[str],
        alliance: Draft,
        text: str,
        sent: Sentence,
        known: frozenset[str],
        whole_alliances: bool = False,
    ) -> None:
        """The units of each piece of a founder list (联合B、C, A牵头, D等32家单位) found ``alliance``; with
        ``whole_alliances`` a piece naming an alliance is one founder, not a list of units."""
        for piece in pieces:
            piece = _FOUNDER_TAIL.sub("", cut_lead(_FOUNDER_LEAD, piece))
            if not piece:
                continue
            items = [piece] if whole_alliances and piece.endswith("联盟") else self.units.items(piece, known)
            for item in items:
                self.reg.relate(RelationType.FOUNDED, self.events.org(item, text, sent), alliance, sent)

    def launches(
        self,
        text: str,
        sent: Sentence,
        mentions: list[Mention],
        programs: list[tuple[int, Draft]],
        known: frozenset[str],
    ) -> None:
        """林某、张某共同启动“X” (the persons launch the programme and took part in the event), A启动X or
        A重点打造的“X” (the units launch it)."""
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
                        unit = self.events.org(maker.group(1), text, sent)
                        self.reg.relate(RelationType.LAUNCHED, unit, prog, sent)
                continue
            clause = re.split(r"[，。；]", lead[: verb.start()])[-1]
            ppl = [m for m in mentions if sent.start + lead.rfind(clause) <= m.start < pos]
            if ppl:
                forum = self.events.forum_for(sent, pos)
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
            items = self.units.items(subj, known, strict=True)
            for item in items:
                self.reg.relate(RelationType.LAUNCHED, self.events.org(item, text, sent), prog, sent)


def launched_at_ceremonies(reg: Registry) -> None:
    """The organisers of a programme's launch ceremony (A举行X启动仪式, 由A主办的…暨“X”启动仪式) launch the
    programme: LAUNCHED with the sentence that names them organisers."""
    programs = [d for d in reg.entities if d.type is EntityType.PROGRAM]
    if not programs:
        return
    for rel in list(reg.relations):
        if rel.type is not RelationType.ORGANIZED or rel.tail.type is not EntityType.FORUM:
            continue
        for prog in programs:
            if _launches(rel.tail.surfaces(), prog.surfaces()):
                reg.relate(RelationType.LAUNCHED, rel.head, prog, rel.sentence)


def _launches(event_names: list[str], program_names: list[str]) -> bool:
    """One of the event's names holds one of the programme's names right before a launch word."""
    for event in event_names:
        for name in program_names:
            at = event.find(name)
            while at >= 0:
                if _LAUNCH_CEREMONY.match(event, at + len(name)):
                    return True
                at = event.find(name, at + 1)
    return False


def _alliance_named_by(alliances: list[Draft], sent: Sentence) -> Draft | None:
    """The alliance "联盟" refers to: one named in the sentence, else the last one named before it in the
    same article."""
    best: tuple[int, Draft] | None = None
    for a in alliances:
        for start, _end, article in a.mentions:
            if article == sent.article and start < sent.end and (best is None or start > best[0]):
                best = (start, a)
    return best[1] if best else None
