"""Events as the other passes see them, and the units around them: which event a sentence or a predicate
is about (:meth:`EventPass.forum_for`), the contest a prize was won in, and the organisers, venues and
parent events of an event.

The passes for the persons at an event (``speakers.py``), the units taking part (``unit_attendance.py``),
alliances founded and programmes launched (``founding.py``) and honours (``awards.py``) run over one
:class:`EventPass`, sharing its registry, its helpers and its lists of units (``unit_lists.py``); those for
memberships (``memberships.py``) and honours listed across sentences (``honour_lists.py``) run over the
:class:`AwardPass`, and through it over the same :class:`EventPass`."""

import re

from graph.model import EntityType, RelationType
from loaders.extract.events_found import DAY
from loaders.extract.forum_index import ForumIndex
from loaders.extract.lexicon import Lexicon
from loaders.extract.orgs import SUFFIX_WORDS, OrgRules
from loaders.extract.registry import Draft, Registry
from loaders.extract.sentences import Sentence
from loaders.extract.unit_lists import ORGANISER_VERBS, UnitLists, organiser_lists

#: X召开/举行/举办Y: the units of the subject organise the event named after the verb (a day may stand
#: between them: X3月24日在Y召开). Subjects start at a clause start (an unanchored lazy subject is
#: retried from every character), or after a space (a headline's slogan: 传承匠心 追求卓越 东湖工会举办…).
_HOST = re.compile(
    r"(?:^|(?<=[，。；：,】 \u3000]))(?=[^，。；：,]*(?:召开|举行|举办))([^，。；：,】 \u3000]{2,60}?)"
    rf"(?:(?:\d{{4}}年)?{DAY})?(?:[在于][^，。；]{{1,25}}?)?(?:隆重)?"
    r"(?:召开|举行|举办)(?:了)?"
)
#: A、B“X”学习会举行: the units written right before the quoted name of an event the clause holds organise it.
_UNITS_THEN_EVENT = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】“”]{2,60}?)(?=“[^”]{2,40}”[^，。；：,]{0,20}?(?:隆重)?(?:举行|召开|举办))"
)
#: 公司工会庆祝X大会隆重召开: the units right before the name of a meeting that celebrates something hold it.
_UNITS_CELEBRATING = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】“”]{2,40}?)(?=(?:庆祝|纪念)[^，。；：,]{2,60}?(?:隆重)?(?:举行|召开|举办))"
)
#: X印发Y，并举行Z: the subject of the sentence's first clause also holds the event after 并举行 (the
#: subject, the units before the first verb of the sentence after its time words).
_ALSO_HOLDS = re.compile(r"[，,](?:并|还|同时|随后|并且)(?:隆重|正式)?(?:举行|召开|举办)(?:了)?")
_FIRST_SUBJECT = re.compile(
    r"^(?:[^，。；]{0,16}?[日月]|近日|日前|近期|连日来)?[，,]?([^，。；]{2,30}?)(?:正式|近日|日前|先后|率先)?"
    r"(?:印发|召开|举行|举办|开展|组织|发布|启动|制定|出台|成立)"
)
#: Units not named one by one (多家科研单位, 各高校, A等单位).
_VAGUE = re.compile(r"[多各数几诸些][家所个类支]|各|等")
#: A unit running a campaign or contest: 省总工会开展全省X创建活动, 市总工会深入开展“X”行动.
_RUNS = re.compile(
    r"(?:^|(?<=[，。；：,】]))(?=[^，。；：,]*开展)([^，。；：,】]{2,40}?)(?:(?:[在于赴]|前往|来到|走进)[^，。；：,]{1,15}?)?"
    r"(?:深入|广泛|持续|积极|大力|全面|首次|再次|集中|组织|联合|共同|携手|共建)*(?:开展)(?:了|的)?(?:为期[^，。；“”]{1,8}的)?"
)
#: Units joined in a clause of their own before what they carry out (A联合B、C，组织开展“X”活动).
_JOINED_THEN_RUNS = re.compile(
    r"(?:^|(?<=[，。；：,】]))([^，。；：,】]{2,30}?(?:联合|会同|携手)[^，。；：,】]{2,60}?)[，,](?:组织|共同|联合)?开展"
)
#: Words of a gathering in the object of 参加/参与 (参加会议, 参与活动, 参加了培训), or the gathering's own act
#: as the whole object (参加学习, 参加座谈).
EVENT_WORD = re.compile(
    r"会|论坛|活动|仪式|典礼|培训|比赛|竞赛|大赛|讲座|展演|开幕式|闭幕式|赛事|启动式|^(?:学习|座谈|研讨|讨论)$"
)
#: Heads of company short names (X钢, X重工), which no site is named by.
_SHORT_NAME_HEADS = frozenset({"钢", "重工"})
#: 作为X的重点活动，Y…: Y is a part of X (the event named inside the 作为 phrase).
_ACTIVITY_OF = re.compile(r"作为([^，。；]{2,40}?)的(?:重点|重要|主要|配套|系列|主题|特色)?(?:活动|项目)(?:之一)?，")


#: The end of 推选A为(常务) before a role (牵头单位): the units are named to a role, not acting.
_NAMED_AS = re.compile(r"为[\u4e00-\u9fff]{0,2}$")


class EventPass:
    """The event helpers of one document, and the passes that relate units and places to its events."""

    def __init__(self, lex: Lexicon, orgs: OrgRules, registry: Registry, forums: ForumIndex) -> None:
        self.lex = lex
        self.orgs = orgs
        self.reg = registry
        self.forums = forums
        self.units = UnitLists(orgs, registry)
        self._topics: dict[int, Draft | None] = {}

    # -- helpers -----------------------------------------------------------------------------------------
    def forum_for(self, sent: Sentence, pos: int | None = None) -> Draft | None:
        """The event a predicate at ``pos`` of the sentence is about: the last one named before it, else the
        first of the sentence, else the topic before; inside the clause of a background event, that one."""
        background = self.forums.background_at(pos) if pos is not None else None
        if background is not None:
            return background
        inside = self.forums.in_span(sent.start, sent.end, sent.article)
        won = [(p, d) for p, d in inside if _won(sent, p, d)] if inside else []
        if won and (len(won) < len(inside) or self.topic_before(sent) is not None):
            inside = [pd for pd in inside if pd not in won]  # (a contest won is no event the sentence reports)
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

    def org(self, name: str, text: str, sent: Sentence) -> Draft:
        """The unit ``name``: the one found already, else a new one at its first mention from the sentence on."""
        existing = self.reg.find(name, EntityType.ORGANIZATION)
        if existing is not None:
            return existing
        at = text.find(name, sent.start)
        # a name the list distributes a head over (白石 + 景区) is not written whole: no span for it
        return self.reg.add(EntityType.ORGANIZATION, name, at if at >= 0 else None, sent.article)

    def contest_named(self, at: int, sent: Sentence) -> Draft | None:
        """A contest or campaign (a Program) named in the clause from ``at``."""
        end = clause_end_at(sent.text, at - sent.start, len(sent.text)) + sent.start
        for e in self.reg.entities:
            if e.type is EntityType.PROGRAM and any(a == sent.article and at <= s < end for s, _e, a in e.mentions):
                return e
        return None

    def contest_for(self, sent: Sentence, pos: int) -> Draft | None:
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

    def units_take_part(self, items: list[str], event: Draft | None, text: str, sent: Sentence, role: str) -> None:
        """Each unit named took part in the event (nothing when no event was found), with ``role``."""
        for item in items if event is not None else ():
            assert event is not None
            self.reg.relate(RelationType.PARTICIPATED_IN, self.org(item, text, sent), event, sent, role_text=role)

    # -- passes ------------------------------------------------------------------------------------------
    def organisers(self, text: str, sent: Sentence, known: frozenset[str]) -> None:
        """A、B主办，C承办 / 由A主办的X / A召开X / A开展X活动: the units listed organise, undertake or support
        the event (the verb says which)."""
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
            if verb == "牵头" and ("发起" in body or _NAMED_AS.search(listed) or body.endswith("联盟由", 0, lo)):
                continue  # 联盟由A(具体)牵头, 推选A为(常务)牵头单位: the alliance's lead or a member's role
            rtype = ORGANISER_VERBS[verb]
            items = self.units.items(listed, known)
            if not items:
                continue
            after = sent.start + verb_end
            forum = None
            if body[verb_end : verb_end + 1] == "的":
                named = [d for p, d in self.forums.in_span(after, sent.end, sent.article)]
                forum = named[0] if named else self.contest_named(after, sent)
                if forum is None and EVENT_WORD.search(body, verb_end, clause_end_at(body, verb_end, len(body))):
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
            items = self.units.items(re.split(r"[，,]", m.group(1))[-1], known)
            self.units_take_part(items, self.forum_for(sent, sent.start + m.end()), text, sent, "合作开展")
        # units written right before the event they hold: 省总工会开展全省X创建活动, 公司工会庆祝X大会隆重召开,
        # A、B“X”学习会举行
        for pattern, present in (
            (_RUNS, "开展" in body),
            (_JOINED_THEN_RUNS, "开展" in body and ("联合" in body or "会同" in body or "携手" in body)),
            (_UNITS_CELEBRATING, "庆祝" in body or "纪念" in body),
            (_UNITS_THEN_EVENT, "“" in body),
        ):
            for m in pattern.finditer(body) if present else ():
                items = self.units.items(m.group(1), known, strict=True) if not _VAGUE.search(m.group(1)) else []
                self._organise_event_at(items, sent.start + m.end(), text, sent)
        also = _ALSO_HOLDS.search(body) if ("并" in body or "还" in body or "同时" in body or "随后" in body) else None
        subject = _FIRST_SUBJECT.match(body) if also is not None else None
        if also is not None and subject is not None:
            items = self.units.items(subject.group(1), known, strict=True)
            self._organise_event_at(items, sent.start + also.end(), text, sent)
        for m in _HOST.finditer(body) if ("召开" in body or "举行" in body or "举办" in body) else ():
            items = self.units.items(m.group(1), known, strict=True)
            named = [d for p, d in self.forums.in_span(sent.start + m.end(), sent.end, sent.article)]
            if items and named:
                for item in items:
                    self.reg.relate(RelationType.ORGANIZED, self.org(item, text, sent), named[0], sent)

    def _organise_event_at(self, items: list[str], at: int, text: str, sent: Sentence) -> None:
        """Each unit of ``items`` organises the event or campaign named right at ``at`` (nothing when none is)."""
        event = self._event_at(at, sent) if items else None
        if event is None:
            return
        for item in items:
            self.reg.relate(RelationType.ORGANIZED, self.org(item, text, sent), event, sent)

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

    def venues(self, text: str, sent: Sentence, venue_spans: list[tuple[int, int, str]]) -> None:
        """在X召开: the events named before X in its clause (else the nearest in the sentence, else the one it is
        about) were held at the place X; a company's short name (在青钢召开) hosts them, and is no place."""
        for s, _e, name in venue_spans:
            if not (sent.start <= s < sent.end):
                continue
            if self.reg.find(name, EntityType.ORGANIZATION) or name in SUFFIX_WORDS:
                continue  # (在医院举行: the unit the report is about, by its kind; no place of its own)
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
        """Sub-forums of the main event, 作为X的…之一 / X包括Y / 借助X平台: an event that is part of another."""
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


#: The end of a clause that a list does not run across.
_CLAUSE_BREAK = re.compile(r"[。；]")


def _listed_part(sent: Sentence, pos: int) -> bool:
    """The event at ``pos`` is listed as a part of a series (系列活动包括X初赛和复赛、Y分享会): an item of what the
    series holds, not what the sentence is about."""
    at = pos - sent.start
    return "包括" in sent.text[:at] and not _CLAUSE_BREAK.search(sent.text, sent.text.rfind("包括", 0, at), at)


#: What may stand between an event and the 的 of a relative clause it is in (X比赛特等奖或一等奖的教师).
_DESCRIBED_AFTER = re.compile(r"[^，。；：]{0,10}?的")


#: A verb of winning right before a contest's name (斩获“X大赛”…等荣誉): a prize won, not an event reported.
_WON_BEFORE = re.compile(r"(?:荣获|获得|斩获|摘得|夺得|包揽|获)(?:了)?(?:[^，。；“”]{0,8}?)“?$")


#: A place won right after a contest's name, as an item of a chain of titles before a person (X技能竞赛冠军、
#: 高级技师林某; X大赛一等奖获得者): a title the person holds.
_PRIZE_AFTER = re.compile(
    r"(?:[^，。；、]{0,6}?)(?:冠军|亚军|季军|金奖|银奖|铜奖|[一二三特]等奖|第[一二三四五六七八九十\d]名)(?:获得者)?(?=、)"
)


def _won(sent: Sentence, pos: int, event: Draft) -> bool:
    """The event at ``pos`` is a contest won (荣获X大赛…; X竞赛冠军), not one the sentence reports."""
    at = pos - sent.start
    if _WON_BEFORE.search(sent.text, max(0, at - 12), at) is not None:
        return True
    written = _written_at(sent, at, event)
    return bool(written) and _PRIZE_AFTER.match(sent.text, at + len(written)) is not None


def _written_at(sent: Sentence, at: int, event: Draft) -> str:
    """The longest name of ``event`` the sentence writes at ``at`` (its offset in the sentence), or ""."""
    return max((s for s in event.surfaces() if sent.text.startswith(s, at)), key=len, default="")


def _describes_noun(sent: Sentence, pos: int, event: Draft) -> bool:
    """The event at ``pos`` stands in a relative clause before a noun (获得过省级讲课比赛一等奖的青年教师):
    it describes someone; the sentence is not about it."""
    at = pos - sent.start
    written = _written_at(sent, at, event)
    return bool(written) and _DESCRIBED_AFTER.match(sent.text, at + len(written)) is not None


#: Names of contests (as an event or a campaign).
_CONTEST = re.compile(r"(?:赛|比武|运动会|竞技)$")


def _is_contest(event: Draft) -> bool:
    return _CONTEST.search(event.name) is not None or any(_CONTEST.search(a) for a in event.aliases)


def clause_end_at(text: str, start: int, limit: int) -> int:
    """The end of the clause from ``start`` (the next ，。；：or ``limit``)."""
    end = limit
    for mark in "，。；：":
        at = text.find(mark, start, end)
        if at >= 0:
            end = at
    return end

