"""The grammar: a question becomes tokens (names the graph knows, cue words, function words, titles, a
year, unknown text), and the cues and the types of the names decide what is asked.

The vocabulary is in ``data/cues.tsv`` (classes SPEAK, PARTICIPATE, HONOUR, POSITION, ORGANISE, FOUND,
MEMBER, VENUE, WHEN, HELD, RELATION, WHO), ``data/function_words.txt`` and ``data/titles.txt``. A rule
(:data:`RULES`) names a cue class, the types the asked-about entity may have, and the kind of question;
the first rule whose cue the question holds and whose types one of its names has wins.
"""

import re
from dataclasses import dataclass, field

from .lexicon import lexicon
from .linking import Mention, NameIndex, find_mentions, fold

_YEAR = re.compile(r"((?:19|20)\d{2})(?:年度|年)?")
#: Punctuation between words (a name holding some, 乐聚(深圳)…, is found before this applies).
_PUNCT = frozenset("?？!！。.,，、;；:：()（）[]【】…~～/")


@dataclass
class Token:
    kind: str  # NAME, CUE, FUNCTION, HEAD, TITLE, YEAR, UNKNOWN
    text: str
    start: int
    end: int
    cue: tuple[str, str] | None = None
    mention: Mention | None = None


@dataclass
class Parsed:
    """What the question holds: its names, cues (class -> values in order), titles, year, unknown text."""

    folded: str
    tokens: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    cues: dict[str, list[str]] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    year: int | None = None
    #: Text that is neither a known name nor vocabulary; a name touching it is only part of a longer one.
    unknown: list[str] = field(default_factory=list)
    #: Every name found, also those touching unknown text (which ``mentions`` leaves out).
    inner: list[Mention] = field(default_factory=list)

    def has(self, cue: str, value: str | None = None) -> bool:
        return cue in self.cues and (value is None or value in self.cues[cue])


def _word(text: str, start: int, end: int) -> Token | None:
    """``text`` as one vocabulary token (cue, title, function word or head), or None."""
    lex = lexicon()
    if text in lex.cues:
        return Token("CUE", text, start, end, cue=lex.cues[text])
    if text in lex.titles:
        return Token("TITLE", text, start, end)
    if text in lex.function_words:
        return Token("HEAD" if text in lex.heads else "FUNCTION", text, start, end)
    if len(text) == 1 and text in _PUNCT:
        return Token("FUNCTION", text, start, end)
    year = _YEAR.fullmatch(text)
    if year:
        return Token("YEAR", text, start, end)
    return None


def _words(segment: str, offset: int) -> list[Token]:
    """The segmentation of ``segment`` into vocabulary with the fewest unknown characters, then the fewest
    tokens (在哪个单位 is 在 + 哪个单位, not 在哪 + 个 + 单位)."""
    longest = max(lexicon().longest_word, 6)
    n = len(segment)
    best: list[tuple[int, int, list[Token]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        unknown, count, tokens = here
        steps = [(j, _word(segment[i:j], offset + i, offset + j)) for j in range(i + 1, min(n, i + longest) + 1)]
        for j, token in steps:
            if token is None and j > i + 1:
                continue
            step = token or Token("UNKNOWN", segment[i], offset + i, offset + i + 1)
            cost = (unknown + (token is None), count + 1)
            there = best[j]
            if there is None or cost < there[:2]:
                best[j] = (cost[0], cost[1], [*tokens, step])
    final = best[n]
    return final[2] if final else []


def _merge_unknown(tokens: list[Token]) -> list[Token]:
    """Runs of unknown characters become one UNKNOWN token, together with any name they touch (第三届 +
    东海工匠论坛 is not 东海工匠论坛 but a forum the graph may not hold)."""
    out: list[Token] = []
    for token in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == token.start
            and (
                (prev.kind == "UNKNOWN" and token.kind in ("UNKNOWN", "NAME", "HEAD"))
                or (prev.kind == "NAME" and token.kind == "UNKNOWN")
            )
        ):
            out[-1] = Token("UNKNOWN", prev.text + token.text, prev.start, token.end)
        else:
            out.append(token)
    return out


def parse(question: str, index: NameIndex) -> Parsed:
    folded = fold_keep_spaces(question)
    tokens: list[Token] = []
    for part_start, part in _parts(folded):
        mentions = find_mentions(part, index)
        cursor = 0
        for m in mentions:
            tokens += _words(part[cursor : m.start], part_start + cursor)
            tokens.append(Token("NAME", m.text, part_start + m.start, part_start + m.end, mention=m))
            cursor = m.end
        tokens += _words(part[cursor:], part_start + cursor)
    inner = [t.mention for t in tokens if t.mention is not None]
    tokens = _merge_unknown(tokens)
    parsed = Parsed(folded, tokens, inner=inner)
    for t in tokens:
        if t.kind == "NAME" and t.mention is not None:
            parsed.mentions.append(t.mention)
        elif t.kind == "CUE" and t.cue is not None:
            parsed.cues.setdefault(t.cue[0], []).append(t.cue[1])
        elif t.kind == "TITLE":
            parsed.titles.append(t.text)
        elif t.kind == "YEAR":
            parsed.year = int(t.text[:4])
        elif t.kind == "UNKNOWN":
            parsed.unknown.append(t.text)
            before = next((b for b in tokens if b.end == t.start), None)
            if before is not None and before.kind == "FUNCTION" and len(before.text) == 1:
                # 中 and 上 are words in 在…中/在…上 but begin names too (中华…, 上海…)
                parsed.unknown.append(before.text + t.text)
    return parsed


def fold_keep_spaces(question: str) -> str:
    """:func:`fold` each whitespace-separated part, keeping one space between parts (a space ends a name)."""
    return " ".join(fold(part) for part in question.split())


def _parts(folded: str) -> list[tuple[int, str]]:
    parts, offset = [], 0
    for part in folded.split(" "):
        parts.append((offset, part))
        offset += len(part) + 1
    return parts


# ---- what is asked ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    cue: str
    labels: tuple[str, ...]
    kind: str
    value: str | None = None  # the cue's value the rule needs (MEMBER: members or join)


P, ORG, H, F, A, G, L = "Person", "Organization", "Honor", "Forum", "Alliance", "Program", "Place"

#: Single-entity rules, first match wins.
RULES: tuple[Rule, ...] = (
    Rule("VENUE", (F,), "venue_of_forum"),
    Rule("WHEN", (F,), "dates_of_forum"),
    Rule("SPEAK", (F,), "speakers_of_forum"),
    Rule("SPEAK", (P,), "forums_spoken_at"),
    Rule("PARTICIPATE", (F, G), "participants_of_event"),
    Rule("PARTICIPATE", (P,), "forums_of_person"),
    Rule("PARTICIPATE", (ORG,), "events_taken_part_in"),
    Rule("FOUND", (A,), "founders_of_alliance"),
    Rule("FOUND", (ORG,), "alliances_founded_by"),
    Rule("MEMBER", (A,), "members_of_alliance"),
    Rule("MEMBER", (ORG,), "people_of_organization", "members"),
    Rule("MEMBER", (P, ORG), "memberships_of", "join"),
    Rule("MEMBER", (P,), "memberships_of", "members"),
    Rule("ORGANISE", (F, G), "organisers_of_event"),
    Rule("ORGANISE", (ORG,), "events_of_organiser"),
    Rule("HONOUR", (H,), "holders_of_honor"),
    Rule("HONOUR", (P, ORG), "honors_of_holder"),
    Rule("POSITION", (P,), "positions_of_person"),
    Rule("POSITION", (ORG,), "people_of_organization"),
    Rule("TITLE", (ORG,), "people_of_organization"),
    Rule("VENUE", (L,), "events_at_place"),
    Rule("HELD", (L,), "events_at_place"),
    Rule("ORGANISE", (L,), "events_at_place"),
    Rule("HELD", (F,), "venue_of_forum"),
    Rule("VENUE", (P,), "forums_of_person"),
    Rule("WHO", (H,), "holders_of_honor"),
    Rule("WHO", (A,), "alliance_members_and_founders"),
    Rule("WHO", (ORG,), "people_of_organization"),
    Rule("WHO", (L,), "events_at_place"),
    Rule("WHO", (P,), "positions_of_person", "unit"),
)


@dataclass(frozen=True)
class PairRule:
    """Two names: the facts of ``anchor``'s kind that reach the other name."""

    cues: tuple[str, ...]
    anchor: tuple[str, ...]
    other: tuple[str, ...]
    kind: str


PAIR_RULES: tuple[PairRule, ...] = (
    PairRule(("HONOUR", "WHEN", "WHO"), (P, ORG), (H,), "honors_of_holder"),
    PairRule(("SPEAK",), (P,), (F,), "forums_spoken_at"),
    PairRule(("PARTICIPATE",), (P,), (F,), "forums_of_person"),
    PairRule(("PARTICIPATE",), (ORG,), (F, G), "events_taken_part_in"),
    PairRule(("POSITION", "TITLE"), (P,), (ORG,), "positions_of_person"),
    PairRule(("ORGANISE",), (F, G), (ORG,), "organisers_of_event"),
    PairRule(("FOUND",), (A,), (ORG,), "founders_of_alliance"),
    PairRule(("MEMBER",), (P, ORG), (A, ORG), "memberships_of"),
    # 是在北京举办的吗: an organising word between a forum and a place asks where it was held
    PairRule(("VENUE", "HELD", "ORGANISE"), (F,), (L,), "venue_of_forum"),
)


@dataclass
class Intent:
    """What is asked: a kind, the name it is about (``anchor``, with the types it may have), another name
    the facts must reach (``other``), and the conditions from the cue words."""

    kind: str
    anchor: Mention | None
    labels: tuple[str, ...]
    other: Mention | None = None
    other_labels: tuple[str, ...] = ()
    filters: dict[str, object] = field(default_factory=dict)


def _has_cue(parsed: Parsed, cue: str, value: str | None) -> bool:
    if cue == "TITLE":
        return bool(parsed.titles)
    if cue == "MEMBER" and value is not None and parsed.has("MEMBER"):
        return _membership(parsed) == value
    return parsed.has(cue, value)


def _membership(parsed: Parsed) -> str:
    """members (X的成员有哪些, 哪些单位加入了X) or join (X加入了哪些联盟, X是哪个联盟的成员: the name comes
    first and a question word stands between it and 成员)."""
    kinds = [t.kind if t.kind != "CUE" or t.cue is None else t.cue[0] for t in parsed.tokens]
    if "join" in parsed.cues.get("MEMBER", []):
        return "join" if "NAME" in kinds and kinds.index("NAME") < kinds.index("MEMBER") else "members"
    if "NAME" in kinds and "WHO" in kinds:
        name, who, member = kinds.index("NAME"), kinds.index("WHO"), kinds.index("MEMBER")
        if name < who < member:
            return "join"
    return "members"


def _filters(kind: str, parsed: Parsed) -> dict[str, object]:
    filters: dict[str, object] = {}
    if kind in ("speakers_of_forum", "forums_spoken_at"):
        roles = [v for v in parsed.cues.get("SPEAK", []) if v != "*"]
        if roles:
            filters["role"] = roles[0]
    elif kind in ("participants_of_event", "events_taken_part_in", "forums_of_person"):
        texts = [v for v in parsed.cues.get("PARTICIPATE", []) if v != "*"]
        if texts:
            filters["role_text"] = texts[0]
    elif kind in ("organisers_of_event", "events_of_organiser"):
        wanted = [v for v in parsed.cues.get("ORGANISE", []) if v != "*"]
        if wanted:
            filters["relations"] = list(dict.fromkeys(wanted))
    elif kind == "people_of_organization" and parsed.titles:
        filters["title"] = parsed.titles[0]
    if kind == "holders_of_honor" and parsed.year is not None:
        filters["year"] = parsed.year
    return filters


def intent(parsed: Parsed) -> Intent | None:
    """What the question asks, or None when the grammar does not know."""
    mentions = parsed.mentions
    if parsed.has("BLOCK"):
        return None
    if len(mentions) >= 2 and not parsed.has("RELATION") and not _content_cues(parsed):
        # 林晓红是全国劳动模范吗: a holder and an honour and no other cue ask whether one holds the other.
        for a in mentions:
            for b in mentions:
                if a is not b and a.labels & {P, ORG} and H in b.labels:
                    labels = tuple(x for x in (P, ORG) if x in a.labels)
                    return Intent("honors_of_holder", a, labels, b, (H,), _filters("honors_of_holder", parsed))
    if len(mentions) >= 2 and (parsed.has("RELATION") or not _content_cues(parsed)):
        return Intent("connection", mentions[0], (), mentions[1], ())
    if len(mentions) >= 2:
        for rule in PAIR_RULES:
            if not any(_has_cue(parsed, c, None) for c in rule.cues):
                continue
            for a in mentions:
                for b in mentions:
                    if a is b or not (a.labels & set(rule.anchor)) or not (b.labels & set(rule.other)):
                        continue
                    labels = tuple(x for x in rule.anchor if x in a.labels)
                    others = tuple(x for x in rule.other if x in b.labels)
                    return Intent(rule.kind, a, labels, b, others, _filters(rule.kind, parsed))
    for rule in RULES:
        if not _has_cue(parsed, rule.cue, rule.value):
            continue
        for m in mentions:
            labels = tuple(x for x in rule.labels if x in m.labels)
            if labels:
                return Intent(rule.kind, m, labels, filters=_filters(rule.kind, parsed))
    return None


def _content_cues(parsed: Parsed) -> bool:
    return any(c not in ("WHO", "RELATION") for c in parsed.cues) or bool(parsed.titles)


def guessed_labels(parsed: Parsed) -> tuple[str, ...]:
    """The types an unknown name may have, from the cue words alone (for its suggestions)."""
    labels: list[str] = []
    for rule in RULES:
        if _has_cue(parsed, rule.cue, rule.value):
            labels += [x for x in rule.labels if x not in labels]
    return tuple(labels)
