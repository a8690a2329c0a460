"""Group event mentions into entities and resolve references (大会, 本次论坛) to the event meant.

A background event (named in a purpose clause, 为贯彻落实X会议精神) is an entity with its mentions, but it is
out of scope for the report: no span lookup, reference or article's main event is ever it, except for a
position inside its own clause (总书记在X座谈会上的重要讲话: the speech was given at X)."""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from graph.model import EntityType
from loaders.extract.anchored import cut_lead
from loaders.extract.event_background import background_scope
from loaders.extract.event_mention import EventMention
from loaders.extract.events_found import DAY, UNVEILING_WORDS
from loaders.extract.registry import Draft, Registry
from loaders.extract.sentences import Sentence, SentenceIndex

_ORDINAL = re.compile(r"^(?:\d{4}年|第[一二三四五六七八九十百\d]+届|首届|本届|本次|此次)")
_NOISE = re.compile(r"[\s“”\"《》]")
#: Gatherings for talk that a report may name only generically (召开座谈会) although it names other events
#: (a contest, a jubilee) in passing; a ceremony or a contest named so is part of a named event instead.
_TALK_GATHERINGS = ("座谈会", "报告会", "交流会", "研讨会", "见面会", "推进会", "分享会", "茶话会", "恳谈会")
_CONTEST_WORDS = ("比赛", "大赛", "竞赛", "赛事")
#: A verb of holding right before an event word: 召开座谈会, 举行了报告会.
_HOLDING_BEFORE = re.compile(r"(?:召开|举行|举办|组织|开展)了?(?:一场|一次)?$")
#: A verb of attending or holding right before a ceremony: 出席揭牌仪式, 举行了启动仪式.
_ATTENDED_BEFORE = re.compile(r"(?:出席|参加|召开|举行|举办)了?$")
#: A day, then a body convening, right before 会议 (8月3日下午，东海市总工会召开会议).
_CONVENED_BEFORE = re.compile(DAY + r"[，,]?[^，。；：、“”]{2,30}?召开了?$")
#: A demonstrative right before a generic event word: 此次大赛, 本届论坛, 这次会议.
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:本次|此次|本届|这次|这届|此届)$")
#: What follows the name of the event a main clause holds: (在Y)(隆重)举行/召开/举办/开幕.
_HELD_AFTER = re.compile(
    r"”?(?:[^，。；“”]{0,3}活动)?(?:在[^，。；“”]{1,30}?)?(?:隆重|正式|顺利|盛大|胜利)?(?:举行|召开|举办|开幕)"
)
#: “X工作室”揭牌仪式: the ceremony is the event; the quoted name is the body whose plaque is unveiled.
_UNVEILING = re.compile(rf"”(?:{'|'.join(UNVEILING_WORDS)})(?:仪式)?$")


def _denoise(name: str) -> str:
    """Without spaces, quotes and title marks (a name of letters and digits only has none)."""
    return name if name.isalnum() else _NOISE.sub("", name)


#: An edition inside a name, after its scope (天津市第35届科技周活动 is 天津市科技周 too).
_INNER_EDITION = re.compile(r"(?<=[市省区县])第[一二三四五六七八九十百\d]+届")


def _key(name: str) -> str:
    """What two names of one event share: without a leading year or edition, an edition after the scope,
    and a closing 活动 (天津市第35届科技周活动, 天津市科技周)."""
    key = _denoise(cut_lead(_ORDINAL, name))
    if "届" in key:
        key = _INNER_EDITION.sub("", key)
    return key[:-2] if key.endswith("活动") and len(key) > 5 else key


#: The last rounds of a contest, written after its name (X大赛决赛, X竞赛总决赛).
_FINALS = ("总决赛", "决赛")


def _canonical(surfaces: list[str], written: set[str]) -> str:
    """The name of an event from all its surfaces; ``written`` are those written as names of their own."""
    best = max(surfaces, key=lambda s: (len(_denoise(s)), s))
    final = next((f for f in _FINALS if best.endswith(f) and best[: -len(f)] in written), None)
    if final is not None:  # X竞赛决赛 with X竞赛 written on its own (a headline): the contest, whose final closes it
        best = best[: -len(final)]
    quoted = re.match(r"^“([^”]+)”", best)
    if quoted and not best.endswith("”") and quoted.group(1) in surfaces and not _UNVEILING.search(best):
        return quoted.group(1)
    return best


@dataclass
class ForumRef:
    start: int
    end: int
    entity: Draft | None
    head: str
    article: int = 0
    #: written after a demonstrative (此次大赛, 本届论坛): the event the article reports, not the latest named
    demonstrative: bool = False


class ForumIndex:
    def __init__(self, registry: Registry, sentences: list[Sentence]) -> None:
        self.registry = registry
        self.sentences = sentences
        self.refs: list[ForumRef] = []
        self._index = SentenceIndex(sentences)
        self.headlines: list[tuple[int, int]] = []
        #: (clause start, clause end, event) of each background mention
        self._background: list[tuple[int, int, Draft]] = []
        self._in_scope: set[int] = set()
        #: background events a cited speech was given at (X会议上的重要讲话精神): something is stated of them
        self._speech_sites: set[int] = set()

    def build(self, mentions: list[EventMention], org_names: set[str]) -> None:
        named = [m for m in mentions if not m.deictic and m.name not in org_names]
        groups: list[list[EventMention]] = []
        keys: dict[str, int] = {}
        for m in sorted(named, key=lambda x: -len(_key(x.name))):
            forms = {_key(m.name), *(_key(a) for a in m.aliases if len(_key(a)) > 3)}
            gi = next((keys[f] for f in forms if f in keys), None)
            if gi is None:
                gi = next((i for k, i in keys.items() for f in forms if len(f) >= 4 and k.endswith(f)), None)
            if gi is None:
                groups.append([])
                gi = len(groups) - 1
            groups[gi].append(m)
            for f in forms:
                keys.setdefault(f, gi)
        for group in groups:
            surfaces = []
            for m in group:
                surfaces.append(m.name)
                surfaces.extend(m.aliases)
            name = _canonical([s for s in surfaces if s], {m.name for m in group})
            d = self.registry.add(EntityType.FORUM, name)
            for s in surfaces:
                if s and s != name and _key(s) != "" and s not in ("论坛", "大会", "会议"):
                    self.registry.alias(d, s)
            for m in group:
                d.mentions.append((m.start, m.end, self._article(m.start)))
                if m.background:
                    self._add_background(m, d)
                    continue
                self._in_scope.add(id(d))
                self.refs.append(ForumRef(m.start, m.end, d, m.head))
        deictic = [m for m in mentions if m.deictic]
        standalone = [
            m
            for m in deictic
            if m.name not in ("会议", "活动", "论坛", "仪式", "开幕式", "闭幕式") or self._convened(m)
        ]
        generic: Draft | None = None
        held_generic = bool(groups) and (
            self._held_object(standalone) or self._ceremony_attended_first(standalone, groups)
        )
        if standalone and (
            all(m.background for group in groups for m in group)
            or (held_generic and not any(self._held(m.start, m.end) for group in groups for m in group))
        ):
            # an event named only by a generic name (劳模座谈会) throughout, or one held in the main clause
            # (召开座谈会) where no named event is: each time it is written is a mention (the headline's
            # and the body's; the date is in the body)
            first = standalone[0]
            generic = self.registry.add(EntityType.FORUM, first.name)
            for m in standalone:
                if m.name == first.name:
                    generic.mentions.append((m.start, m.end, self._article(m.start)))
            if groups:
                self._in_scope.add(id(generic))
        for m in deictic:
            own = generic if generic is not None and groups and m.name == generic.name else None
            ref = ForumRef(m.start, m.end, own, m.head or m.name, 0, self._after_demonstrative(m.start))
            self.refs.append(ref)
        self.refs.sort(key=lambda r: r.start)
        for r in self.refs:
            r.article = self._article(r.start)
        self._starts = [r.start for r in self.refs]
        self._named: dict[int | None, list[ForumRef]] = {None: [r for r in self.refs if r.entity is not None]}
        for r in self._named[None]:
            self._named.setdefault(r.article, []).append(r)
        self._resolved: dict[int, Draft | None] = {}
        self._main: dict[int, Draft | None] = {}
        self._named_starts = {k: [r.start for r in refs] for k, refs in self._named.items()}

    def _held(self, start: int, end: int) -> bool:
        """The event written at ``start:end`` is the subject of a verb of holding (X在Y召开)."""
        sent = self._index.at(start)
        return sent is not None and _HELD_AFTER.match(sent.text, end - sent.start) is not None

    def _held_object(self, mentions: list[EventMention]) -> bool:
        """A generic event word is the object of a verb of holding (召开座谈会): the event reported."""
        return self._object_of(mentions, _HOLDING_BEFORE, lambda name: name.endswith(_TALK_GATHERINGS))

    def _ceremony_attended_first(self, mentions: list[EventMention], groups: list[list[EventMention]]) -> bool:
        """A ceremony attended or held (出席揭牌仪式并讲话) before any named event is written: the event
        reported, though the text gives it no other name (the named ones come later: a class it opened)."""
        first_named = min((m.start for group in groups for m in group), default=0)
        earlier = [m for m in mentions if m.start <= first_named]
        return self._object_of(earlier, _ATTENDED_BEFORE, lambda name: name.endswith("仪式") and name != "仪式")

    def _object_of(
        self, mentions: list[EventMention], verb_before: re.Pattern[str], kind: Callable[[str], bool]
    ) -> bool:
        """A mention of the ``kind`` of event is written right after a verb ``verb_before`` finds (its object)."""
        for m in mentions:
            sent = self._index.at(m.start) if kind(m.name) else None
            if sent is not None and verb_before.search(sent.text, 0, m.start - sent.start):
                return True
        return False

    def _convened(self, m: EventMention) -> bool:
        """会议 as the object of a dated main clause (8月3日下午，东海市总工会召开会议): the meeting reported,
        though the text gives it no other name."""
        sent = self._index.at(m.start) if m.name == "会议" else None
        return sent is not None and _CONVENED_BEFORE.search(sent.text, 0, m.start - sent.start) is not None

    def _article(self, pos: int) -> int:
        return self._index.article(pos)

    def _after_demonstrative(self, pos: int) -> bool:
        sent = self._index.at(pos)
        return sent is not None and _DEMONSTRATIVE_BEFORE.search(sent.text, 0, pos - sent.start) is not None

    def reported_main(self, article: int) -> Draft | None:
        """The event the article reports: the one its headline holds in a main clause (X在京举办), else the
        first its body holds so (X在Y举行), else None. Found once per article."""
        if article not in self._main:
            named = self._named.get(article, [])
            held = [r for r in named if self._held(r.start, r.end)]
            first = next((r for r in held if self._in_headline(r.start)), None) or next(iter(held), None)
            self._main[article] = first.entity if first is not None else None
        return self._main[article]

    def _add_background(self, m: EventMention, d: Draft) -> None:
        """Keep a background mention out of the scoped references, with the clause it is the event of."""
        sent = self._index.at(m.start)
        if sent is None:
            return
        lo, hi = background_scope(sent.text, m.start - sent.start)
        if m.letter:
            lo = hi = m.start - sent.start  # 林某领学总书记致X大会贺信: nothing of the clause was said at X
            self._speech_sites.add(id(d))  # (but a letter was sent to X: it stays an entity)
        at = m.end - sent.start
        if sent.text.startswith(("上", "”上"), at):  # 在X会议上的重要讲话精神: a speech was given at X
            self._speech_sites.add(id(d))
        else:  # 林某解读了X全会公报: what is said before the name of an event studied was not said there
            lo = max(lo, m.start - sent.start)
        self._background.append((sent.start + lo, sent.start + hi, d))

    def background_only(self) -> list[Draft]:
        """The events named only as background, for their spirit or resolutions alone (学习贯彻X会议精神,
        落实X大会的各项决议): never in scope, no speech given there cited."""
        out: list[Draft] = []
        for _lo, _hi, d in self._background:
            if id(d) not in self._in_scope and id(d) not in self._speech_sites and all(d is not o for o in out):
                out.append(d)
        return out

    def background_at(self, pos: int) -> Draft | None:
        """The background event whose own clause holds ``pos`` (the speech 在X座谈会上的重要讲话), if any."""
        for lo, hi, d in self._background:
            if lo <= pos < hi:
                return d
        return None

    def resolve_at(self, pos: int, head: str = "", article: int | None = None) -> Draft | None:
        """The event a mention at ``pos`` refers to: itself if named, else the latest matching one before."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.refs[i].start <= pos < self.refs[i].end and self.refs[i].entity is not None:
            return self.refs[i].entity
        if i >= 0 and self.refs[i].start == pos and self.refs[i].demonstrative and article is not None:
            main = self.reported_main(article)
            if main is not None and (head in ("会议", "活动") or any(head in s for s in main.surfaces())):
                return main
        named = self._named.get(article, []) if article is not None else self._named[None]
        starts = self._named_starts.get(article, []) if article is not None else self._named_starts[None]
        candidates = named[: bisect_left(starts, pos)] if named else named
        if head in ("会议", "活动", "表彰会", "表彰会议") and named:
            return named[0].entity
        if head and head not in ("会议", "活动", "表彰会"):
            if head in _CONTEST_WORDS and article is not None and not any(_names_head(r, head) for r in candidates):
                main = self.reported_main(article)  # 参加比赛 in the report of a 大赛: 比赛/大赛/竞赛 name one contest
                if main is not None and any(n.endswith(_CONTEST_WORDS) for n in main.surfaces()):
                    return main
            for pool in (candidates, self._named[None]):
                # an event with the word in its name (主题报告会 for 报告会) before a talk it contains
                matching = [r for r in pool if _names_head(r, head)] or [r for r in pool if _matches_head(r, head)]
                if matching:
                    return matching[-1].entity if pool is candidates else matching[0].entity
            if named:
                return named[0].entity
        if candidates:
            return candidates[-1].entity
        if named:
            return named[0].entity
        forums = [e for e in self.registry.entities if e.type is EntityType.FORUM and self._scoped(e)]
        return forums[0] if len(forums) == 1 else None

    def _scoped(self, d: Draft) -> bool:
        """Not an event named only as background (an event of the registry added otherwise counts)."""
        return id(d) in self._in_scope or all(d is not b for _lo, _hi, b in self._background)

    def head_at(self, pos: int) -> str:
        i = bisect_right(self._starts, pos) - 1
        return self.refs[i].head if i >= 0 and self.refs[i].start == pos else ""

    def main_of(self, article: int) -> Draft | None:
        """The article's main event: the first one its body names (else its headline)."""
        named = self._named.get(article)
        if not named:
            return None
        body = [r for r in named if not self._in_headline(r.start)]
        return (body or named)[0].entity

    def _in_headline(self, pos: int) -> bool:
        for s, e in self.headlines:  # noqa: SIM110 - any() over a generator costs a frame per call
            if s <= pos < e:
                return True
        return False

    def merge_headline_events(self) -> None:
        """A headline that names one event, over a body that names one event of the same kind: the same
        event, shortened for the headline (全省职工技能大赛 / 第五届福建省职工职业技能大赛)."""
        for article, named in self._named.items():
            if article is None:
                continue
            head = {id(r.entity): r.entity for r in named if r.entity is not None and self._in_headline(r.start)}
            body = {id(r.entity): r.entity for r in named if r.entity is not None and not self._in_headline(r.start)}
            if len(head) != 1 or len(body) != 1 or set(head) == set(body):
                continue
            (h,), (b,) = head.values(), body.values()
            if h.name[-2:] != b.name[-2:] or any(r.entity is h for r in named if not self._in_headline(r.start)):
                continue
            self.registry.merge(b, h)
            for r in self.refs:
                if r.entity is h:
                    r.entity = b

    def reported_in(self, sent: Sentence) -> Draft | None:
        """The event a sentence reports: the one its main clause holds (X在Y举行, “X”首场活动在Y举行),
        whatever else the sentence names before it (在第五届X大会期间，Y座谈会在Z召开); None if none is held."""
        lo, hi = bisect_left(self._starts, sent.start), bisect_left(self._starts, sent.end)
        for r in self.refs[lo:hi]:
            if r.entity is not None and _HELD_AFTER.match(sent.text, r.end - sent.start):
                return r.entity
        return None

    def in_span(self, start: int, end: int, article: int) -> list[tuple[int, Draft]]:
        out = []
        for r in self.refs[bisect_left(self._starts, start) : bisect_left(self._starts, end)]:
            if r.entity is not None:
                out.append((r.start, r.entity))
                continue
            if r.start not in self._resolved:
                self._resolved[r.start] = self.resolve_at(r.start, r.head, article)
            d = self._resolved[r.start]
            if d is not None:
                out.append((r.start, d))
        return out


def _names_head(ref: ForumRef, head: str) -> bool:
    """报告会 refers to an event one of whose names has 报告会 in it."""
    return ref.entity is not None and any(head in s for s in ref.entity.surfaces())


def _matches_head(ref: ForumRef, head: str) -> bool:
    """大会 refers to an event whose name has 大会 in it; 报告会 to a talk (head 报告)."""
    if ref.entity is not None and any(head in s for s in ref.entity.surfaces()):
        return True
    return bool(ref.head and head.startswith(ref.head))
