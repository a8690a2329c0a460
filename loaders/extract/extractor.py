"""The rule-based extractor: gazetteers + apposition parsing + event patterns, offline and deterministic."""

import importlib
import re

from graph.model import Article, EntityType, ExtractionRecord, RelationType
from loaders.document import PreparedDocument
from loaders.extract import coref
from loaders.extract.apposition import ChainParser
from loaders.extract.awards import AwardPass
from loaders.extract.bylines import credited_spans, find_bylines
from loaders.extract.dates import dates_in, document_year, report_day
from loaders.extract.event_mention import EventMention
from loaders.extract.events import EventPass
from loaders.extract.events_found import TALK_HEAD, UNVEILING_WORDS, EventFinder, project_verbs
from loaders.extract.forum_index import ForumIndex
from loaders.extract.founding import FoundingPass, launched_at_ceremonies
from loaders.extract.honour_lists import HonourListPass
from loaders.extract.honours import find_honours, find_plaques, honour_lists, split_edition
from loaders.extract.lexicon import lexicon
from loaders.extract.memberships import MembershipPass
from loaders.extract.names import NameFinder
from loaders.extract.orgs import LEVELS, VISITS_TO_HOME, OrgRules
from loaders.extract.orgs_found import OrgFinder
from loaders.extract.people import PeoplePass
from loaders.extract.persons import STUDIO_AFTER, Mention, PersonFinder
from loaders.extract.punctuation import end_photo_credits, full_width_in_chinese
from loaders.extract.record import build_record
from loaders.extract.registry import Draft, Registry, RelDraft
from loaders.extract.rosters import person_lines
from loaders.extract.sentences import Sentence, SentenceIndex, split_sentences
from loaders.extract.speakers import SpeakerPass
from loaders.extract.tagged import Span, SpanTagger, organisation_names
from loaders.extract.unit_attendance import UnitAttendancePass
from loaders.extract.unit_lists import organiser_lists
from loaders.extract.venues import VenueFinder

#: The body whose plaque a ceremony unveils (“X工作室”揭牌仪式).
_UNVEILED_BODY = re.compile(rf"^“([^”]{{2,40}})”(?:{'|'.join(UNVEILING_WORDS)})仪式$")
#: The association or union whose own congress or board meeting an event is (X协会第三次会员代表大会, X总工会第十届
#: 委员会全体会议).
_OWN_CONGRESS = re.compile(
    r"^([^“”]{2,40}?会)第[一二三四五六七八九十百\d]+[次届](?:会员代表|会员|职工代表|代表)?(?:大会|理事会|委员会)"
)
_KEYNOTE_SECTION = re.compile(r"主旨(?:发言|报告|演讲)环节")
_OTHER_SECTION = re.compile(r"环节|闭幕式|分论坛")
#: 我校 naming the home university (我校工会 is a body of its own).
_HOME = re.compile(r"我校(?!工会|教代会)")
_SHORT_FORM = re.compile(r"以下简称“([^”]{1,12})”")
_LIST_ITEM_SPLIT = re.compile(r"[、和与及]")
_ITEM_FRAME = re.compile(r"^(?:会议|本次论坛|此次论坛|论坛|大会|活动|本届论坛)|(?:共同|联合|具体)$")
_BODY_END = re.compile(r"(?:论坛|编辑部|研究会)$")
#: The longest name of a department read as bare (外科, 生产部, 技术科) when a post at it is also written at
#: its unit.
_BARE_DEPARTMENT_MAX = 4
_EDITION = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]+届|首届|\d{4}年)")
#: A dateline opening a paragraph (本报北京8月24日电（记者 某某）, 某某网讯): no name extends across it.
_DATELINE = re.compile(
    r"[ \t\u3000]*[^\n，。]{0,16}?(?:\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?:网|报|社|台)讯)"
    r"(?:[（(][^）)\n]{0,30}[）)])?"
)

#: The title of a work (《林某创新工作室建设与实践》): the bodies its words name are no bodies of the report.
_WORK_TITLE = re.compile(r"《([^《》\n]{2,60})》")


class Extractor:
    name = "craftgraph-rules"
    version = "0.6.0"

    def __init__(self, use_tagger: bool = True, tagger: SpanTagger | None = None) -> None:
        """``tagger``: the mention tagger to use; by default the one the settings name (the packaged model),
        none when ``use_tagger`` is false or no model file is there (the rules then work alone)."""
        self.tagger: SpanTagger | None = tagger if tagger is not None or not use_tagger else _default_tagger()
        self.lex = lexicon()
        self.orgs = OrgRules(self.lex)
        self.names = NameFinder(self.lex)
        self.persons = PersonFinder(self.lex, self.names)
        self.chains = ChainParser(self.lex, self.orgs)
        self.finder = EventFinder(self.lex, self.orgs)
        self.venue_finder = VenueFinder(self.orgs)
        self.org_finder = OrgFinder(self.lex, self.orgs)
        self._provinces = frozenset(self.lex.place_abbreviations.values())

    def _known_orgs(self, sentences: list[Sentence], text: str) -> frozenset[str]:
        known: set[str] = set(_SHORT_FORM.findall(text))
        for s in sentences:
            if "办" not in s.text and "支持" not in s.text and "牵头" not in s.text and "组织" not in s.text:
                continue
            for _lo, _end, listed, _verb, _you in organiser_lists(s.text):
                for raw in _LIST_ITEM_SPLIT.split(listed):
                    if _EDITION.match(raw):  # 第二届X论坛举办: the event held, not a body named 论坛
                        continue
                    item, _ = self.orgs.clean(raw)
                    item = _ITEM_FRAME.sub("", item)
                    if self.orgs.names_a_kind(item):
                        continue  # 各设区市总工会 (承办): a kind of body, none named
                    if (
                        2 <= len(item) <= 30 and self.orgs.looks_like(item, known | {item}) and self.orgs.suffix(item)
                    ) or (3 <= len(item) <= 20 and _BODY_END.search(item)):
                        known.add(item)
        return frozenset(known)

    def extract(self, doc: PreparedDocument) -> ExtractionRecord:
        # (the same length: offsets index doc.text, which the record keeps)
        text = end_photo_credits(full_width_in_chinese(doc.text))
        articles = list(doc.articles) or [Article(ordinal=0, headline="", start=0, end=len(text))]
        sentences = split_sentences(text, articles)
        sidx = SentenceIndex(sentences)
        reg = Registry()
        reg.participation_order = self.lex.participation
        known = self._known_orgs(sentences, text)

        bylines = find_bylines(text, self.lex)
        byline_spans = [(b.start, b.start + len(b.name)) for b in bylines]
        for b in bylines:
            reg.add(EntityType.PERSON, b.name, b.start, sidx.article(b.start))
        for art in articles:
            for entry in art.byline:
                byline_spans += credited_spans(text, entry.name, art.start, art.end)
                if reg.find(entry.name, EntityType.PERSON) is None:
                    at = text.rfind(entry.name, art.start, art.end)
                    reg.add(EntityType.PERSON, entry.name, at if at >= 0 else None, art.ordinal)
        tagged = list(self.tagger.tag(text)) if self.tagger is not None else []
        mentions = self.persons.find(text, (), tagged)
        if byline_spans:
            in_byline = {i for s, e in byline_spans for i in range(s, e)}
            mentions = [m for m in mentions if m.start not in in_byline]
        roster = person_lines(text)  # (the lines of a roster: the people and honour list passes read them)
        people = PeoplePass(reg, self.chains)
        people.run(text, sentences, mentions, known, roster)

        stops = frozenset(m.end for m in mentions) | frozenset(_dateline_ends(text))
        stops |= frozenset(_title_ends(text, mentions, self.lex.titles))
        program_mentions = [p for p in self.finder.programs(text) if not reg.find(p.name, EntityType.ORGANIZATION)]
        # X发布仪式 is a moment of the event it is held at; X启动仪式 stays an event, whose organisers launch X
        launched = {n for p in program_mentions for n in (p.name, *p.aliases)}
        launched |= {p.name + "发布仪式" for p in program_mentions}
        # (an event's name goes on through a studio named after a person: 东湖市林某技能大师工作室启动仪式)
        studios = frozenset(m.end for m in mentions if STUDIO_AFTER.match(text, m.end))
        forum_mentions = self.finder.forums(text, stops - studios) + self.finder.talks(text)
        forum_mentions = [f for f in forum_mentions if f.name not in launched]
        forum_mentions = _talks_as_events(forum_mentions, sidx)
        org_names = {e.name for e in reg.entities if e.type is EntityType.ORGANIZATION} | set(known)
        index = ForumIndex(reg, sentences)
        index.headlines = _headline_spans(articles, sentences)
        index.build(forum_mentions, org_names)
        index.merge_headline_events()
        programs = []
        for p in program_mentions:
            if reg.find(p.name, EntityType.FORUM):
                continue
            program = reg.add(EntityType.PROGRAM, p.name, p.start, sidx.article(p.start))
            for alias in p.aliases:
                reg.alias(program, alias)
            programs.append((p.start, program))
        inside_events = bytearray(len(text) + 1)
        for f in forum_mentions:
            inside_events[f.start : f.end] = b"\x01" * (f.end - f.start)
        for start, name in find_plaques(text):
            reg.add(EntityType.HONOR, name, start, sidx.article(start))
        for start, name in find_honours(text, self.lex) + honour_lists(text, self.lex):
            # (a quoted honour inside the name of its announcement, 2022年“X年度人物”发布活动, is both)
            quoted = text[start - 1 : start] == "“" and text.startswith("”", start + len(name))
            if (inside_events[start] and not quoted) or reg.find(name, EntityType.PROGRAM, EntityType.ORGANIZATION):
                continue
            honour_name, edition = split_edition(name)
            d = reg.add(EntityType.HONOR, honour_name, start, sidx.article(start))
            if edition:
                reg.alias(d, name)
        for a in self.finder.alliances(text):
            reg.add(EntityType.ALLIANCE, a.name, a.start, sidx.article(a.start))
        venues = [(v.start, v.end, v.name) for v in self.venue_finder.find(text)]
        _alliance_titles(reg, people.alliance_titles)

        taken = [(s, e) for d in reg.entities if d.type is not EntityType.ORGANIZATION for s, e, _a in d.mentions]
        taken += [(m.start, m.end) for m in mentions] + byline_spans
        taken += [(f.start, f.end) for f in forum_mentions] + [(s, e) for s, e, _n in venues]
        taken += [(m.start(), m.end()) for m in _WORK_TITLE.finditer(text) if not self.orgs.looks_like(m.group(1))]
        home = next((m.start() for m in _HOME.finditer(text)), -1)
        if home >= 0 and reg.find("我校", EntityType.ORGANIZATION) is None:
            reg.add(EntityType.ORGANIZATION, "我校", home, sidx.article(home))
        found_orgs = self.org_finder.find(text, stops, taken, [(m.start, m.end) for m in mentions])
        for start, name in found_orgs:
            if reg.find(name) is None:
                reg.add(EntityType.ORGANIZATION, name, start, sidx.article(start))
        _drop_studio_namesakes(reg, found_orgs)
        if tagged:
            self._tagged_orgs(reg, tagged, taken, sidx, text)
        for f in forum_mentions:  # “X工作室”揭牌仪式: X is the body unveiled; X协会第三次会员大会: X holds it
            body = _UNVEILED_BODY.match(f.name) or _OWN_CONGRESS.match(f.name)
            at = f.start + (1 if f.name.startswith("“") else 0)
            if body and self.orgs.looks_like(body.group(1)) and reg.find(body.group(1)) is None:
                reg.add(EntityType.ORGANIZATION, body.group(1), at, sidx.article(f.start))
        events = EventPass(self.lex, self.orgs, reg, index)
        speaking = SpeakerPass(events)
        attendance = UnitAttendancePass(events)
        founding = FoundingPass(events)
        awards = AwardPass(events)
        members = MembershipPass(awards)
        award_lists = HonourListPass(awards)
        per_sentence: dict[int, list] = {}
        si = 0
        for m in mentions:
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            if si < len(sentences):
                per_sentence.setdefault(si, []).append(m)
        keynote = False
        article = None
        previous = None
        for s in sentences:
            if s.article != article:
                keynote, article, previous = False, s.article, None
            if "环节" in s.text or "闭幕式" in s.text or "分论坛" in s.text:  # (what both patterns need)
                keynote = _KEYNOTE_SECTION.search(s.text) is not None
            named = per_sentence.get(s.position, [])
            events.organisers(text, s, known)
            if named:  # (the passes that read a list are called only when it has anything in it)
                speaking.speakers(text, s, named, keynote)
                if "评委" in s.text:
                    speaking.judges(text, s, named)
                attendance.signatories(s, named)
            attendance.org_attendance(text, s, known)
            if venues:
                events.venues(text, s, venues)
            events.part_of(text, s, previous)
            founding.alliances(text, s, known)
            if programs:
                founding.launches(text, s, mentions, programs, known)
            awards.conferred_honours(text, s, mentions)
            if "授予" in s.text or "命名" in s.text:
                awards.granted(text, s, named, known)
            members.memberships(text, s, named, known)
            award_lists.listed_honours(text, s, mentions)  # after memberships, which name the teams led (领衔的X团队)
            awards.apposed_honours(text, s)
            previous = s

        if programs:
            _joined_projects(reg, sentences, mentions)
            launched_at_ceremonies(reg)
        award_lists.headline_honours(text, sentences, mentions, index.headlines)
        award_lists.granted_to_list(text, sentences, mentions)
        award_lists.rostered(text, sentences, mentions, roster)
        award_lists.named_one_by_one(text, sentences, mentions)
        award_lists.counted_holders(text, sentences, mentions)
        award_lists.headed_list(text, sentences, mentions)
        award_lists.among_them(text, sentences, mentions)
        award_lists.counted_title_holders(text, sentences, mentions)
        if "表扬" in text or "表彰" in text or "嘉奖" in text:
            award_lists.praised_groups(text, sentences, mentions)
        coref.resolve_orgs(reg, text)
        coref.resolve_honours(reg)
        coref.place_prefixed_names(reg, self._provinces)
        coref.short_union_names(reg)
        _seats_as_memberships(reg)
        _drop_member_of_with_position(reg)
        _drop_department_positions(reg)
        _drop_unrelated(reg, index.background_only())
        coref.sub_units(reg, sentences, text)
        coref.strip_home_prefix(reg)
        coref.short_names_of_sub_units(reg, text)
        _places(reg, self.lex.place_abbreviations)
        _dates(reg, sentences, text, doc.raw.published, events)
        return build_record(doc, reg, self.describe())

    def _tagged_orgs(
        self, reg: Registry, tagged: list[Span], taken: list[tuple[int, int]], sidx: SentenceIndex, text: str
    ) -> None:
        """Organisations the tagger found where no rule found anything (see loaders/extract/tagged.py)."""
        occupied = taken + [(s, e) for d in reg.entities for s, e, _a in d.mentions]
        for span in organisation_names(tagged, self.lex, occupied, text):
            name, _aliases = self.orgs.clean(span.name)
            if name.endswith(VISITS_TO_HOME):
                name = name[:-2]  # 宣讲团来院做报告: the visit to the college is no part of the name
            at = span.start + span.name.find(name)
            if text[at - 1 : at] in LEVELS and not any(s <= at - 1 < e for s, e in occupied):
                name, at = text[at - 1] + name, at - 1  # 联合 + 市民政局: the level is part of the name
            if self.orgs.runs_into_a_word(text, at + len(name)):
                continue  # 行政办公楼, 东湖县人民政府网: part of a longer word, no body's name
            if self.orgs.names_a_kind(text[max(0, at - 3) : at + len(name)].lstrip("，。；、：")):
                continue  # 各设区 + 市总工会: a kind of body, none named
            if name and self.orgs.looks_like(name) and reg.find(name) is None:
                reg.add(EntityType.ORGANIZATION, name, at, sidx.article(at))

    def describe(self) -> str:
        """Names the extractor in every record, and says whether the mention tagger took part."""
        return f"{self.name}/{self.version}" + ("+tagger" if self.tagger is not None else " (rules only: no tagger)")


def _talks_as_events(mentions: list[EventMention], sidx: SentenceIndex) -> list[EventMention]:
    """A titled talk (作了题为“X”的报告) is the event only in an article that names no other one (a
    lecture visit); given at a named forum or meeting, it is a talk there, and its speaker speaks there."""
    if not any(m.head == TALK_HEAD for m in mentions):
        return mentions
    named = {sidx.article(m.start) for m in mentions if not m.deictic and m.head != TALK_HEAD}
    return [m for m in mentions if m.head != TALK_HEAD or sidx.article(m.start) not in named]


def _title_ends(text: str, mentions: list[Mention], titles: frozenset[str]) -> list[int]:
    """Ends of a position title written right after a name (…马某主任会议由…: no event name starts inside
    林某主任, as a caption run writes it)."""
    out = []
    for m in mentions:
        for n in (4, 3, 2):
            if text[m.end : m.end + n] in titles:
                out.append(m.end + n)
                break
    return out


def _drop_studio_namesakes(reg: Registry, orgs: list[tuple[int, str]]) -> None:
    """Drop each person whose every mention opens the name of a studio named after them (林某全国民航劳模
    和工匠人才创新工作室, and nowhere else): the words are the studio's name, no mention of the person."""
    studio_ends = {start: start + len(name) for start, name in orgs if name.endswith("工作室")}
    if not studio_ends:
        return
    for person in [d for d in reg.entities if d.type is EntityType.PERSON and d.mentions]:
        if all(studio_ends.get(s, -1) > e for s, e, _article in person.mentions):
            reg.drop(person)


def _dateline_ends(text: str) -> list[int]:
    """Ends of datelines, matched at line starts only (a multi-line ``^`` is tried at every position)."""
    if "讯" not in text and "电" not in text and "消息" not in text:
        return []
    ends = []
    at = 0
    while at >= 0:
        m = _DATELINE.match(text, at)
        if m:
            ends.append(m.end())
        at = text.find("\n", at)
        at = at + 1 if at >= 0 else -1
    return ends


def _headline_spans(articles: list[Article], sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans = []
    for art in articles:
        first = next((s for s in sentences if s.start >= art.start), None)
        if art.headline and first is not None and first.text.replace(" ", "") == art.headline.replace(" ", ""):
            spans.append((first.start, first.end))
    return spans


def _alliance_titles(reg: Registry, titles: list[tuple[Draft, str, Sentence]]) -> None:
    """联盟理事长林某: a title in "the alliance" is a membership of the alliance the article names."""
    for person, title, sent in titles:
        alliance = reg.first_in_article(EntityType.ALLIANCE, sent.article)
        if alliance is not None:
            reg.relate(RelationType.MEMBER_OF, person, alliance, sent, role_text=title)


def _joined_projects(reg: Registry, sentences: list[Sentence], mentions: list[Mention]) -> None:
    """林某参与X工程的焊接: the person named last before the verb, in the sentence, took part in the project."""
    for s in sentences:
        if "工程" not in s.text and "项目" not in s.text:
            continue
        for p, verb in project_verbs(s.text):
            program = reg.find(p.name, EntityType.PROGRAM)
            before = [m for m in mentions if s.start <= m.start and m.end <= s.start + p.start]
            person = reg.find(before[-1].name, EntityType.PERSON) if before and program is not None else None
            if person is not None and program is not None:
                reg.relate(RelationType.PARTICIPATED_IN, person, program, s, role_text=verb)


def _drop_unrelated(reg: Registry, background: list[Draft]) -> None:
    """An event cited only as background (学习贯彻X会议精神) with nothing stated about it is no entity."""
    if not background:
        return
    related = {id(r.head) for r in reg.relations} | {id(r.tail) for r in reg.relations}
    drop = {id(d) for d in background if id(d) not in related}
    if drop:
        reg.entities = [e for e in reg.entities if id(e) not in drop]


#: Seats that are no post: 领导班子成员 says who belongs to the leadership, not what office they hold.
_MEMBERSHIP_SEATS = frozenset({"领导班子成员", "班子成员"})


def _seats_as_memberships(reg: Registry) -> None:
    """集团公司领导班子成员林某: a seat in a body's leadership group is a membership of the body, in that role."""
    for r in reg.relations:
        titles = r.properties.get("titles") if r.type is RelationType.HOLDS_POSITION else None
        if titles and all(t in _MEMBERSHIP_SEATS for t in titles):
            coref.as_membership(r)


def _drop_member_of_with_position(reg: Registry) -> None:
    """A position already says the person belongs to the organisation: no MEMBER_OF beside it."""
    if not any(r.type is RelationType.MEMBER_OF for r in reg.relations):
        return
    held = {(id(r.head), id(r.tail)) for r in reg.relations if r.type is RelationType.HOLDS_POSITION}
    reg.relations = [
        r for r in reg.relations if not (r.type is RelationType.MEMBER_OF and (id(r.head), id(r.tail)) in held)
    ]


def _drop_department_positions(reg: Registry) -> None:
    """林某来自东海医院，现任外科主任: a post at the bare department (外科) beside the same post at the named
    unit (东海医院外科 主任, or 东海医院 外科主任) says nothing more; the bare department goes unless something
    else needs it."""
    held: dict[int, list[RelDraft]] = {}
    for r in reg.relations:
        if r.type is RelationType.HOLDS_POSITION:
            held.setdefault(id(r.head), []).append(r)
    bare = {
        id(r)
        for posts in held.values()
        if len(posts) > 1
        for r in posts
        for other in posts
        if other.tail is not r.tail and _same_post(r, other)
    }
    if not bare:
        return
    dropped = {id(r.tail) for r in reg.relations if id(r) in bare}
    reg.relations = [r for r in reg.relations if id(r) not in bare]
    needed = {id(r.head) for r in reg.relations} | {id(r.tail) for r in reg.relations}
    reg.entities = [e for e in reg.entities if id(e) not in dropped or id(e) in needed]


def _same_post(bare: RelDraft, other: RelDraft) -> bool:
    department, titles = bare.tail.name, bare.properties.get("titles") or []
    if len(department) > _BARE_DEPARTMENT_MAX:  # (设备与实验室管理处 is a unit named in full, 学校 + it no other)
        return False
    if other.tail.name.endswith(department):
        return other.properties.get("titles") == titles
    return other.properties.get("titles") == [department + t for t in titles]


def _places(reg: Registry, abbreviations: dict[str, str]) -> None:
    """Join 京 to 北京 when both are places; keep the most specific venue of each event (and the places its
    sentence links to it: 在东湖和西岭连线举行). A venue that
    the document also names as an organisation (在东海职业技术学院召开 … 东海职业技术学院牵头) is that
    organisation, with no HELD_AT (one surface, one entity; as for a campus holding positions)."""
    shared = set()
    for e in reg.entities:
        if e.type is EntityType.PLACE and reg.find(e.name, EntityType.ORGANIZATION) is not None:
            shared.add(id(e))
    if shared:
        reg.entities = [e for e in reg.entities if id(e) not in shared]
        reg.relations = [r for r in reg.relations if id(r.head) not in shared and id(r.tail) not in shared]
    for place in [e for e in reg.entities if e.type is EntityType.PLACE and len(e.name) == 1]:
        full = reg.find(abbreviations.get(place.name, ""), EntityType.PLACE)
        if full is not None:
            reg.merge(full, place)
    by_forum: dict[int, list] = {}
    for r in reg.relations:
        if r.type is RelationType.HELD_AT:
            by_forum.setdefault(id(r.head), []).append(r)
    for rels in by_forum.values():
        if len(rels) > 1:
            best = max(rels, key=lambda r: len(r.tail.name))
            # (places linked in the same sentence as the best, 在东湖和西岭连线举行, are venues too)
            linked = [r for r in rels if r.sentence is best.sentence and r.tail.name not in best.tail.name]
            reg.relations = [r for r in reg.relations if r not in rels or r is best or r in linked]


def _dates(reg: Registry, sentences: list[Sentence], text: str, published: str | None, events: EventPass) -> None:
    forums = [e for e in reg.entities if e.type is EntityType.FORUM]
    if not forums:
        return
    year = document_year(text, published)
    reported = report_day(text, published) if year is not None else None
    index = SentenceIndex(sentences)
    stated: dict[int, tuple[str | None, str | None]] = {}  # per sentence: several forums share one
    for forum in forums:
        props = forum.properties
        for start, _end, _art in sorted(forum.mentions):
            sent = index.at(start)
            if sent is None or "月" not in sent.text:  # every date pattern has 月
                continue
            if sent.position not in stated:
                stated[sent.position] = dates_in(sent.text, year, reported)
            first, last = stated[sent.position]
            if first and "start_date" not in props:
                props["start_date"] = first
            if last and "end_date" not in props:
                props["end_date"] = last
    for sent in sentences:  # 大会……将持续至7月30日: the end of the event the sentence is about
        at = sent.text.find("持续至")
        event = events.forum_for(sent, sent.start + at) if at >= 0 else None
        if event is not None and "end_date" not in event.properties:
            last = stated[sent.position][1] if sent.position in stated else dates_in(sent.text, year, reported)[1]
            if last:
                event.properties["end_date"] = last


def _default_tagger() -> SpanTagger | None:
    """The tagger the settings name. Imported by name: the compiled extractor depends on the tagger only
    through the ``SpanTagger`` protocol, and neither mypyc nor its type check reads the settings module."""
    tagger: SpanTagger | None = importlib.import_module("loaders.tagger").default_tagger()
    return tagger
