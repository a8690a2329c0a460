"""Persons with their apposition chains → Person, Organization, Honor entities and their relations."""

import re

from graph.model import EntityType, RelationType
from loaders.extract import coref
from loaders.extract.anchored import cut_lead
from loaders.extract.apposition import DEGREES, Chain, ChainParser, Position
from loaders.extract.honours import honour_at_end, split_edition, strip_honour_tail
from loaders.extract.orgs import without_retirement
from loaders.extract.persons import ADDRESS_AFTER_NAME, Mention, opens_studio_name, post_closer, post_title_pattern
from loaders.extract.registry import Draft, Registry
from loaders.extract.rosters import PersonLine
from loaders.extract.sentences import Sentence, SentenceIndex

_CLAUSE_CHARS = "，,；;：:"
#: The last clause separator: a greedy prefix then one separator (one search, not one rfind per char).
_CHAIN_SPLIT = re.compile(r"、|兼(?![职任])")
#: What may stand before an organisation that ends right before a name.
_BEFORE_ORG = re.compile(r"[、，,；：]|[了的在到请]")
#: Verbs whose object is a person with an apposition chain (选举X为…, 聘请X, 任命X): the chain starts after.
_INTRODUCER = re.compile(r"(?:选举|推选|聘请|任命|聘任|会见|接见|(?<!被)授予)(?:了)?")
_BIO_WORD = re.compile(r"现任|现为|曾任|历任|担任")
_BIO_LEAD = re.compile(r"^(?:现任|现为|曾任|历任|担任)")
_CLAUSE_SPLIT = re.compile(r"[，；]")
#: The clauses of a profile sentence: at commas, and at a 、 before a verb of honour, which ends the chain
#: of posts (X副主席、Y教授、“Z”获得者、荣获“W奖”: the honour passes read the verb's object).
_PROFILE_CLAUSE_SPLIT = re.compile(r"[，,；]|、(?=(?:曾|先后|多次|还)?(?:荣获|获得|获评|被评为|被授予|入选|当选))")
#: Verbs of receiving an honour, whose object a later name's chain never reaches back into.
_RECEIVING = re.compile(r"荣获|获得(?!者)|获评|被授予|被评为|荣膺")
#: A verb of receiving in a clause of a profile (not 获得者, a holder in apposition).
_RECEIVED_IN_CLAUSE = re.compile(r"荣获|获(?!得者)|被授予|被评为|荣膺")
#: Words of a clause that says something beyond a post or an honour (a verb, a particle, a pronoun).
_CLAUSE_VERB = re.compile(
    r"[是在了着过将把被让向对从他她其我你的]|获(?!得者)|进行|开展|参加|出席|表示|带领|培养|完成|实现|推动"
)
#: What may stand right before a sentence's first character (a profile sentence opens with the name).
_SENTENCE_ENDS = frozenset("。！？\n” \u3000\t\xa0")
#: A label opening a profile line before the name (个人简介：林某，…; 报告人简介:林某，…).
_PROFILE_LABEL = re.compile(r"(?:个人|人物|报告人|主讲人|嘉宾|专家|作者)?简介[:：]$")
#: Verbs that give a person a position written after them (当选为X主席, 担任X总经理, 出任, 兼任), and the
#: copula of a profile (林某是东海大学教授; only a chain with an organisation gives a position).
_APPOINTED_AS = re.compile(
    r"(?:，(?=是|系|现任|现为|担任))?(?:当选为|当选|担任|出任|兼任|现任|现为|是|系|(?:被|受)(?:聘|聘任|任命)为)"
)
_APPOINTED_FIRST = frozenset("当担出兼现是系，被受")
#: What may stand between a name and its verb of appointment: a title for the person, adverbs (林某教授同时
#: 担任, 林某还兼任).
_BEFORE_APPOINTMENT = re.compile(
    r"(?:教授|研究员|老师|同志|院士|博士|先生|女士)?(?:同时|还|也|曾|曾经|先后|目前|现|已|另|并|均|分别)*"
)
#: 等 closing the list of posts (担任A、B副理事长等, 等职务), and 一职 or 职务 after one (担任X会长一职).
_POSTS_CLOSED = re.compile(r"等(?:职务|职)?$|一职$|职务$")
#: A count of the people just listed (五位老师, 3名同志, 等人): between the list and its verb.
_COUNTED_GROUP = re.compile(
    r"(?:等)?[一二两三四五六七八九十\d]+(?:位|名|人)(?:老师|同志|教师|职工|教职工|代表|同学|教授|专家)?|等人"
)
#: 选举林某为X主席: the name between an electing verb and 为 is the one elected (also 推选, 增补, 任命).
_ELECTING = re.compile(r"(?:选举|推选|补选|增补|任命|聘任|聘请)$")
_ELECTED_AS = re.compile(r"为")
#: 林某来自X，现任Y: the unit the person comes from is the organisation of the posts after it.
_CAME_FROM_THEN_POST = re.compile(
    ADDRESS_AFTER_NAME + r"来自([^，。；、的“”]{2,30})，(?=(?:现任|担任|任|现为)[^，。；]{2})"
)
_POST_AFTER_UNIT = re.compile(r"现任|担任|任|现为")
#: The body an election produced (选举产生了X第十届委员会, 推选出X理事会): the organisation of the posts that
#: the persons elected after it take (林某当选主席).
_ELECTED_BODY = re.compile(
    r"(?:选举产生了?|推选出|推选产生了?|选举出|选出)(?:新一届|新一届的)?"
    r"([^，。；、的]{2,30}?(?:委员会|理事会|常委会|执委会|董事会|监事会|领导班子))"
)
#: Of those, the verbs after which an honour is the person's too (林某是全国劳动模范, 当选为全国人大代表).
_HONOUR_VERBS = frozenset({"是", "系", "现为", "当选", "当选为", "，是", "，系", "，现为"})
_CLAUSE = re.compile(r"[^，。；！？\n]{2,80}")
#: Clauses of a profile that say who the person is without a position (男, 汉族, 1972年生, 中共党员).
_PROFILE_FILLER = re.compile(
    r"[男女]|[\u4e00-\u9fff]{1,3}族|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出)?生|中共党员|群众|[^，]{0,8}(?:学历|学位|籍)"
)
_POST = re.compile(r"(?:教授|副教授|研究员|副研究员|高级工程师|讲师)")
#: First characters of those titles: after most names stands none, and the match is not tried.
_POST_FIRSTS = frozenset("教副研高讲")


#: What a bracket after a name holds, up to its closing mark (林某（东海公司焊接高级技师）).
_BRACKET_BODY = re.compile(r"([^（）()\n]{2,40})[)）]")
#: A person's profile in brackets right after the name, then the list goes on (林某（东湖农业负责人）、李某).
_BRACKET_THEN_LIST = re.compile(r"[（(][^（）()\n]{2,40}[)）](?=、)")
#: A unit with no suffix written in a person's bracket before a title (林某（东湖农业负责人）): no clause word.
_BRACKET_UNIT = re.compile(r"^[^，。；：、“”\d的是为在和与及把对以从向了着过]{2,12}$")
#: A bare rank of an alliance's board after 当选为 (首任理事长, 副理事长).
_ALLIANCE_RANK = re.compile(r"(?:首任|新一届|第一届)?((?:常务)?(?:副)?(?:理事长|秘书长|理事))")
#: The reporter's own school, city, province… before a name (我校X, 我市X): deictic, not part of the name.
_HOME_PREFIXES = ("我校", "本校", "该校", "我市", "本市", "我省", "本省", "我区", "我县")


#: A line holding only a name, after a bullet or a number (★林某, ◆ 林某, 1.林某, （一）林某): the heading of
#: a profile block, whose next line describes the person without naming them again.
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[★☆◆◇●○■□▲△▶►•※]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?[ \t\u3000]*"
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})[ \t\u3000]*$",
    re.MULTILINE,
)
_HEADING_MARKS = frozenset("★☆◆◇●○■□▲△▶►•※")


#: What joins two names of a list.
_LIST_JOINS = ("、", "和", "及", "与")
#: Titles several persons hold at once, so that one written before a list joined by 和 is each one's.
_SHARED_TITLE_OPENERS = ("副", "常务副")
_SEATS = frozenset({"委员", "常委", "成员", "理事", "常务理事"})
#: What a deputy's title adds to the title of the office (副主席, 常务副主席 of 主席).
_DEPUTY = re.compile(r"^(?:常务|执行|专职|兼职)?副")
#: A team named by its leader, between the leader's name and a member's (林某团队成员张某).
_TEAM_MEMBER = re.compile(r"(团队|创新团队|课题组|工作室)的?(成员|骨干|队员)")


def _posts_at_unit(positions: list[Position], unit: str) -> list[Position]:
    """林某来自X，任生产部经理: the posts are held at X as written after 任 (生产部经理), the department
    being part of the title rather than a unit of its own."""
    out = []
    for p in positions:
        department = p.org[len(unit) :] if p.org and p.org.startswith(unit) else ""
        out.append(Position(unit, [department + t for t in p.titles], p.org_aliases) if department else p)
    return out


def _listed_before(mentions: list[Mention], k: int, text: str) -> list[Mention]:
    """The names a 、/和 list joins right before ``mentions[k]`` (张某、李某和王某当选…: 张某, 李某)."""
    listed: list[Mention] = []
    while k > 0 and mentions[k - 1].end + 1 == mentions[k].start and text[mentions[k - 1].end] in "、和":
        k -= 1
        listed.append(mentions[k])
    return listed


def _last_cut(seg: str) -> int:
    """Index of the last clause separator (，；：) in ``seg``, -1 if none (six reverse scans in C are
    cheaper than a greedy regex that runs to the end and backtracks)."""
    return max(seg.rfind("，"), seg.rfind(","), seg.rfind("；"), seg.rfind(";"), seg.rfind("："), seg.rfind(":"))


class PeoplePass:
    def __init__(self, registry: Registry, parser: ChainParser) -> None:
        self.reg = registry
        self.parser = parser
        self._post_title = post_title_pattern(parser.lex)
        self._closer = post_closer(parser.lex)
        #: (person, title, sentence) for titles in "the alliance", resolved once alliances are known.
        self.alliance_titles: list[tuple[Draft, str, Sentence]] = []
        #: Starts of the names that head a profile block (★林某).
        self._heading_starts: set[int] = set()

    def _region_start(self, text: str, sent: Sentence, lo: int, m: Mention) -> int:
        """Start of the chain before ``m``: the clause start, extended over earlier clauses that are chains."""
        seg = text[lo : m.start]
        cut = _last_cut(seg)
        dash = seg.rfind("——")
        agent = max(seg.rfind("由"), dash + 1 if dash >= 0 else -1)
        introduced = "选" in seg or "聘" in seg or "任命" in seg or "见" in seg or "授予" in seg  # (_INTRODUCER's)
        for verb in _INTRODUCER.finditer(seg) if introduced and cut < len(seg) - 2 else ():
            agent = max(agent, verb.end() - 1)  # 会议选举东海学院党委书记林某, 授予X部林某: the chain follows the verb
        if agent > cut:
            return lo + agent + 1
        found = [m.start() for m in _RECEIVING.finditer(seg)] if "获" in seg or "授予" in seg or "评为" in seg else []
        received = found[-1] if found else -1
        listed = seg.rfind("、")
        if received > cut and listed > received:  # A荣获“X”、林某同志荣获“Y”: X is A's, no part of 林某's chain
            return lo + listed + 1
        closed = seg.rfind("称号、")
        if closed > cut:  # 授予A等10人“X”称号、林某等8人“Y”称号: X, the object granted, is A's
            return lo + closed + 3
        start = lo + cut + 1
        while cut >= 0 and text[lo + cut] in "，,":
            prev_text = text[lo : lo + cut]
            pcut = _last_cut(prev_text)
            clause = prev_text[pcut + 1 :]
            items = [item for item in _CHAIN_SPLIT.split(clause) if item not in DEGREES] if clause else []
            last = items[-1] if items else ""  # (教授、博士: the degree after the post is no item to test)
            after_name = pcut < 0 and lo > sent.start
            if (
                clause
                and not after_name
                and (self.parser.split_title(last, frozenset()) is not None or self._honours_only(clause))
            ):
                start, cut = lo + pcut + 1, pcut
            else:
                break
        return start

    def _honours_only(self, clause: str) -> bool:
        """The clause is a list of honours and nothing else (全国劳动模范、全国五一劳动奖章获得者，…): the
        chain of the name after it goes on over the comma."""
        for item in clause.split("、"):
            bare = strip_honour_tail(item.strip())
            if not bare or honour_at_end(bare, self.parser.lex) != bare:
                return False
        return True

    def run(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        known_orgs: frozenset[str],
        roster: list[PersonLine],
    ) -> None:
        """Persons, their chains and profiles; ``roster``: the person lines of the text's rosters
        (:func:`rosters.person_lines`). ``mentions`` is extended in place with the names of profile headings
        (and their other occurrences) and with the pronouns resolved to a person (see
        :func:`coref.pronoun_mentions`): the extractor's later passes read the same list."""
        headed = self.headings(text, sentences, mentions, known_orgs)
        if headed:
            _insert(mentions, headed)
        self._chains(text, sentences, mentions, known_orgs)
        self._heading_profiles(text, sentences, mentions, known_orgs)
        subjects = coref.section_subjects(text, sentences, mentions)
        pronouns = coref.pronoun_mentions(text, sentences, mentions, subjects)
        pronouns += coref.subjectless_mentions(text, sentences, mentions, subjects)
        if pronouns:
            _insert(mentions, pronouns)
        self._bracketed_posts(text, sentences, mentions, known_orgs)
        self._roster_posts(text, sentences, mentions, known_orgs, roster)
        self._bios(text, sentences, mentions, known_orgs)
        self._continued_profiles(text, sentences, mentions, known_orgs, subjects)
        self._profiles(text, sentences, mentions, known_orgs)
        self._appointments(text, sentences, mentions, known_orgs)

    def _chains(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], known_orgs: frozenset[str]
    ) -> None:
        """Each person with the apposition chain written before the name."""
        by_sent: dict[int, list[Mention]] = {}
        si = 0
        for m in mentions:
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            if si < len(sentences) and sentences[si].start <= m.start:
                by_sent.setdefault(si, []).append(m)
        for idx, ms in by_sent.items():
            sent = sentences[idx]
            prev_end = sent.start
            prev_chain: Chain | None = None
            prev_m: Mention | None = None
            for m in ms:
                person = self.reg.add(EntityType.PERSON, m.name, m.start, sent.article)
                bracket = _BRACKET_THEN_LIST.match(text, prev_end) if prev_m is not None else None
                if bracket is not None and bracket.end() < m.start:
                    # 县劳动模范林某（X负责人）、李某（Y技术员）: the bracket is the person's before, the list goes on
                    prev_end = bracket.end()
                lo = self._region_start(text, sent, prev_end, m)
                gap = text[prev_end:lo]
                adjacent = prev_chain is not None and gap in ("", "，", "、", ",")
                region = text[lo : m.start]
                inherited = prev_chain.last_org if adjacent and prev_chain else None
                chain = self.parser.parse(region, known_orgs, inherited) if region else Chain(last_org=inherited)
                joined = text[prev_end : m.start]
                if bracket is not None and joined == "、" and prev_chain is not None:
                    prev_chain = Chain(honours=prev_chain.honours)  # each bracket holds its person's own posts
                if adjacent and prev_chain and self._shares_list(joined, region, prev_chain):
                    # 东海建工集团选手赵某、李某: the list shares the chain (and the affiliation, unless an
                    # organisation follows the name: then it opens the next item, 李某北京大学…)
                    opens = self.parser.opens_org(text, m.end)
                    chain = Chain(
                        positions=prev_chain.positions,
                        honours=prev_chain.honours if joined == "、" else [],  # 全国劳动模范林某、张某
                        last_org=prev_chain.last_org,
                        member_of=prev_chain.member_of if not opens else None,
                        member_role=prev_chain.member_role if not opens else None,
                        memberships=prev_chain.memberships if not opens else [],
                    )
                elif prev_chain is not None and not adjacent and self._same_office(region, prev_chain):
                    # 院工会主席林某主持，副主席张某、王某参加: the deputies of the office named before
                    chain = self.parser.parse(region, known_orgs, prev_chain.last_org)
                team = _TEAM_MEMBER.fullmatch(joined) if prev_m is not None and prev_m.end == prev_end else None
                if team is not None and prev_m is not None:
                    # 林某团队成员张某: a member of the team named by its leader
                    chain = Chain(member_of=prev_m.name + team.group(1), member_role=team.group(1) + team.group(2))
                prev_m = m
                post = self._post_title.match(text, m.end) if not chain.positions else None
                if post and not self._closer.post_closes(text, post.start(), post.end()):
                    post = None
                if post and chain.member_of is None:
                    chain.member_of = self._org_right_before(region, known_orgs)
                self._apply(text, sent, person, m, chain, post.group(0) if post and chain.member_of else None)
                if post and chain.member_of:
                    prev_end, prev_chain = post.end(), None
                else:
                    prev_end, prev_chain = m.end, chain

    @staticmethod
    def _shares_list(joined: str, region: str, prev: Chain) -> bool:
        """The name after ``joined`` is the next item of the list the name before opens: after 、 always
        (东海建工集团选手赵某、李某); after 和/及/与 when the title is a deputy's or a seat, which several
        hold (副主席张某和王某; not 校长林某和张某)."""
        if joined == "、":
            return True
        if joined not in _LIST_JOINS or region.strip("、，, ") not in ("", joined) or not prev.positions:
            return False
        return any(t.startswith(_SHARED_TITLE_OPENERS) or t in _SEATS for t in prev.positions[-1].titles)

    def _same_office(self, region: str, prev: Chain) -> bool:
        """``region`` is only a bare title of the office the chain before holds, or its deputy's (主席 …,
        副主席 / 常务副主席), with no organisation of its own: the same body is meant."""
        if prev.last_org is None or not prev.positions or not 2 <= len(region) <= 8:
            return False
        if self.parser.split_title(region, frozenset()) != ("", region):
            return False
        base = _DEPUTY.sub("", region)
        return any(p.org == prev.last_org and any(_DEPUTY.sub("", t) == base for t in p.titles) for p in prev.positions)

    def headings(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]
    ) -> list[Mention]:
        """Names standing alone on a heading line (★林某) whose next line describes a person with no name:
        "ORG TITLE，HONOR获得者。" (a first clause that is a chain of positions or honours); with every later
        occurrence of those names that no mention covers."""
        if "\n" not in text:
            return []
        taken = bytearray(len(text) + 1)
        for o in mentions:
            taken[o.start : o.end] = b"\x01" * (o.end - o.start)
        names: set[str] = set()
        out: list[Mention] = []
        found = {(o.start, o.end) for o in mentions}
        for m in _HEADING.finditer(text):
            name = m.group(1)
            already = (m.start(1), m.end(1)) in found  # (the mention tagger may have found the name)
            if (taken[m.start(1)] and not already) or not self._name_like(name, m.group(0)):
                continue
            line = self._next_line(text, sentences, m.end())
            if line is None or not self._describes(line.text, known):
                continue
            self._heading_starts.add(m.start(1))
            if already:
                continue
            names.add(name)
            out.append(Mention(name, m.start(1), m.end(1)))
            taken[m.start(1) : m.end(1)] = b"\x01" * len(name)
        for name in names:
            at = text.find(name)
            while at >= 0:
                if not any(taken[at : at + len(name)]):
                    out.append(Mention(name, at, at + len(name)))
                    taken[at : at + len(name)] = b"\x01" * len(name)
                at = text.find(name, at + len(name))
        return out

    def _name_like(self, name: str, line: str) -> bool:
        """A surname and a given name (or a transliterated name with ·), not a title or honour word."""
        lex = self.parser.lex
        if "·" in name:
            return any(c in _HEADING_MARKS for c in line)
        if name in lex.titles or honour_at_end(name, lex) is not None:
            return False
        return name[:1] in lex.surnames or (len(name) >= 3 and name[:2] in lex.surnames)

    @staticmethod
    def _next_line(text: str, sentences: list[Sentence], end: int) -> Sentence | None:
        """The sentence opening the next non-empty line after ``end``."""
        for s in sentences:
            if s.start >= end:
                return s if not text[end : s.start].strip() else None
        return None

    def _describes(self, sentence: str, known: frozenset[str]) -> bool:
        """The sentence opens with a clause of positions or honours (青禾公司装配车间班长，全国劳动模范。)."""
        first = re.split(r"[，,；。！？]", sentence, maxsplit=1)[0]
        if not 3 <= len(first) <= 40:
            return False
        chain = self.parser.parse(first, known)
        return any(p.org for p in chain.positions) or bool(chain.honours)

    def _heading_profiles(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]
    ) -> None:
        """★林某 ⏎ 青禾公司装配车间班长，全国五一劳动奖章获得者。 — the posts and honours of the line after a
        heading are the person's."""
        for m in mentions:
            if m.start not in self._heading_starts:
                continue
            line = self._next_line(text, sentences, m.end)
            person = self.reg.find(m.name, EntityType.PERSON)
            if line is not None and person is not None:
                self._describe(text, line, person, m, line.start, mentions, known)

    def _describe(
        self,
        text: str,
        sent: Sentence,
        person: Draft,
        m: Mention,
        at: int,
        mentions: list[Mention],
        known: frozenset[str],
    ) -> None:
        """Each clause of ``sent`` from ``at`` that is an apposition chain (positions, honours) is the
        person's, up to a clause naming someone else."""
        for clause in _PROFILE_CLAUSE_SPLIT.split(text[at : sent.end].rstrip("。！？\n")):
            end = at + len(clause)
            if any(at <= o.start < end for o in mentions) or len(clause) > 64:
                break
            if _RECEIVED_IN_CLAUSE.search(clause):
                pass  # 先后获X, 指导学生团队获Y: a verb of receiving and its subject; the award pass reads them
            elif clause and not _BIO_LEAD.match(clause) and not _PROFILE_FILLER.fullmatch(clause):
                chain = self.parser.parse(clause, known)
                self._apply(text, sent, person, m, Chain(positions=chain.positions, honours=chain.honours))
            at = end + 1

    def _without_home(self, org: str) -> str:
        """我校机械工程学院 is the unit 机械工程学院 of 我校 (linked by coref.sub_units), not a name of its own;
        我市临江重工集团 is 临江重工集团 of the reporter's city."""
        if org.startswith(_HOME_PREFIXES) and len(org) > 4 and self.parser.orgs.looks_like(org[2:]):
            return org[2:]
        return org

    def _bracketed_posts(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]
    ) -> None:
        """林某（东海公司焊接高级技师）: the bracket after a name holds the person's posts and honours."""
        si = 0
        for m in mentions:
            if text[m.end : m.end + 1] not in ("（", "("):
                continue
            close = _BRACKET_BODY.match(text, m.end + 1)
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            person = self.reg.find(m.name, EntityType.PERSON)
            if close is None or person is None or si >= len(sentences):
                continue
            chain = self.parser.parse(close.group(1), known)
            if not chain.positions and not chain.honours:
                chain.positions = self._bracketed_unit(close.group(1), known)
            self._apply(text, sentences[si], person, m, Chain(positions=chain.positions, honours=chain.honours))

    def _bracketed_unit(self, body: str, known: frozenset[str]) -> list[Position]:
        """林某（东湖农业负责人）: in a person's bracket, the words before a title name the person's unit even
        without a suffix (a short company name)."""
        split = self.parser.split_title(body, known)
        if split is None or not _BRACKET_UNIT.match(split[0]) or self.parser.is_place_title(split[1]):
            return []
        return [Position(split[0], [split[1]], [])]

    def _roster_posts(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        known: frozenset[str],
        roster: list[PersonLine],
    ) -> None:
        """林某 东海市第一中学教师: a roster line's unit and post after the name are the person's."""
        if not roster:
            return
        lines = {line.name_start: line for line in roster}
        index = SentenceIndex(sentences)
        for m in mentions:
            line = lines.get(m.start)
            if line is None or line.name != m.name:
                continue
            sent = index.at(m.start)
            person = self.reg.find(m.name, EntityType.PERSON)
            if sent is None or person is None:
                continue
            chain = self.parser.parse(line.rest, known)
            if not chain.positions and not chain.member_of and self.parser.orgs.looks_like(line.rest, known):
                chain = Chain(member_of=line.rest)
            self._apply(
                text,
                sent,
                person,
                m,
                Chain(
                    positions=chain.positions,
                    honours=chain.honours,
                    member_of=chain.member_of,
                    member_role=chain.member_role,
                ),
            )

    def _org_right_before(self, region: str, known: frozenset[str]) -> str | None:
        """The organisation that ends right before a name (…邀请到了东海医院 + 林某副院长)."""
        tail = _BEFORE_ORG.split(region)[-1]
        org, _ = self.parser.orgs.clean(tail)
        if org.endswith("室") and len(org) > 3 and self.parser.opens_org(org[:-1], 0):
            return org  # 东海机械公司技术室: a department of a named organisation, 室 too short a suffix
        return org if org and self.parser.orgs.looks_like(org, known) else None

    def _apply(
        self, text: str, sent: Sentence, person, m: Mention, chain: Chain, post_title: str | None = None
    ) -> None:
        if chain.alliance_titles:
            self.alliance_titles.extend((person, title, sent) for title in chain.alliance_titles)
        for pos in chain.positions:
            if not pos.org:
                continue
            name = self._without_home(pos.org)
            if name.endswith("联盟") and len(name) > 4:  # 东海焊接质量联盟常务副理事长林某: a seat in an alliance
                alliance = self.reg.add(EntityType.ALLIANCE, name, text.find(name, sent.start), sent.article)
                self.reg.relate(RelationType.MEMBER_OF, person, alliance, sent, role_text="、".join(pos.titles))
                continue
            at = text.find(name, sent.start)  # (-1: a name the chain rebuilt, such as posts in brackets)
            org = self.reg.add(EntityType.ORGANIZATION, name, at if at >= 0 else None, sent.article)
            for a in pos.org_aliases:
                self.reg.alias(org, a)
            self.reg.relate(RelationType.HOLDS_POSITION, person, org, sent, titles=list(pos.titles))
        for h in chain.honours:
            name, edition = split_edition(h)
            honour = self.reg.add(EntityType.HONOR, name, text.find(h, sent.start), sent.article)
            if edition:
                self.reg.alias(honour, h)
            self.reg.relate(RelationType.HOLDS_HONOR, person, honour, sent, edition=edition)
        p = _POST.match(text, m.end) if not post_title and text[m.end : m.end + 1] in _POST_FIRSTS else None
        post = post_title or (p.group(0) if p else None)
        for unit, student in chain.memberships:  # 东海大学2024级研究生: a member with that role
            name = self._without_home(unit)
            org = self.reg.add(EntityType.ORGANIZATION, name, text.find(name, sent.start), sent.article)
            self.reg.relate(RelationType.MEMBER_OF, person, org, sent, role_text=student)
        # 东海公司 + 林某 + 创新工作室: the unit opens the studio's name, it is no affiliation of the person
        opens_studio = not chain.member_role and opens_studio_name(text, m.end)
        if chain.member_of and not opens_studio:
            member_of, role = chain.member_of, chain.member_role
            if member_of.endswith("干部") and len(member_of) > 4:
                member_of, role = member_of[:-2], member_of[-4:]
                unit, status = without_retirement(member_of)
                if status and len(unit) >= 2:  # 原基建处退休干部: 基建处, a 退休干部 of it
                    member_of, role = unit, status + "干部"
            org = self.reg.add(EntityType.ORGANIZATION, member_of, text.find(member_of, sent.start), sent.article)
            if role:
                self.reg.relate(RelationType.MEMBER_OF, person, org, sent, role_text=role)
                return
            if post:
                self.reg.relate(RelationType.HOLDS_POSITION, person, org, sent, titles=[post])
            else:
                self.reg.relate(RelationType.MEMBER_OF, person, org, sent)
        if text.startswith("院士", m.end) and not any(h.endswith("院士") for h in chain.honours):
            honour = self.reg.add(EntityType.HONOR, "院士", m.end, sent.article)
            self.reg.relate(RelationType.HOLDS_HONOR, person, honour, sent)

    def _appointments(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]
    ) -> None:
        """林某当选为东海市总工会主席 / 担任X公司总经理: the chain after the verb is the person's position."""
        si = 0
        last_org: tuple[int, str] | None = None  # (sentence, organisation) of the last appointment
        for k, m in enumerate(mentions):
            counted = _COUNTED_GROUP.match(text, m.end)  # 刘某、王某两位老师当选: the list counted, then the verb
            after = counted.end() if counted else m.end
            if text[after : after + 1] not in _APPOINTED_FIRST:
                lead = _BEFORE_APPOINTMENT.match(text, after)
                after = lead.end() if lead else after
            verb = _APPOINTED_AS.match(text, after) if text[after : after + 1] in _APPOINTED_FIRST else None
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            came_from = self._came_from(text, after, known) if verb is None else None
            if came_from:
                verb = _POST_AFTER_UNIT.match(text, came_from[0])
            if verb is None and text[m.end : m.end + 1] == "为" and si < len(sentences):
                verb = self._elected(text, sentences[si], mentions, k, last_org is not None and last_org[0] == si)
            if verb is None:
                continue
            person = self.reg.find(m.name, EntityType.PERSON)
            clause = _CLAUSE.match(text, verb.end())
            if si >= len(sentences) or person is None or clause is None:
                continue
            # 林某当选为市总工会主席，张某当选为副主席: the organisation of the election goes on
            elected = last_org is not None and last_org[0] == si and verb.group(0).startswith(("当选", "为"))
            if not elected and verb.group(0).startswith("当选"):
                body = self._elected_body(text, sentences, si, m.start, known)
                last_org, elected = ((si, body), True) if body else (last_org, False)
            posts = _POSTS_CLOSED.sub("", clause.group(0))
            if came_from:  # 林某来自X，任生产部经理: read as X生产部经理
                posts = came_from[1] + posts
            chain = self.parser.parse(posts, known, last_org[1] if elected and last_org else None)
            positions = _posts_at_unit(chain.positions, came_from[1]) if came_from else chain.positions
            if any(p.org for p in positions):
                last_org = (si, next(p.org for p in reversed(positions) if p.org))
            rank = _ALLIANCE_RANK.fullmatch(clause.group(0))
            if rank and not positions:  # 林某当选为首任理事长: of the article's alliance, if it names one
                self.alliance_titles.append((person, rank.group(1), sentences[si]))
            honours = chain.honours if verb.group(0) in _HONOUR_VERBS else []  # 林某是全国劳动模范
            chain = Chain(positions=positions, alliance_titles=chain.alliance_titles, honours=honours)
            for listed in [m, *_listed_before(mentions, k, text)]:  # 张某、李某当选为副主席
                holder = self.reg.find(listed.name, EntityType.PERSON)
                if holder is not None:
                    self._apply(text, sentences[si], holder, listed, chain)

    def _came_from(self, text: str, after: int, known: frozenset[str]) -> tuple[int, str] | None:
        """林某来自X，任Y: where the verb of the posts stands, and the unit X."""
        came = _CAME_FROM_THEN_POST.match(text, after)
        unit = self.parser.orgs.clean(came.group(1))[0] if came else ""
        return (came.end(), unit) if came and self.parser.orgs.looks_like(unit, known) else None

    def _elected_body(
        self, text: str, sentences: list[Sentence], si: int, end: int, known: frozenset[str]
    ) -> str | None:
        """The body an election in this sentence or the one before produced, before ``end``."""
        start = sentences[si - 1].start if si else sentences[si].start
        found = [m.group(1) for m in _ELECTED_BODY.finditer(text, start, end)]
        if not found:
            return None
        body, _ = self.parser.orgs.clean(found[-1])
        return body if self.parser.orgs.looks_like(body, known) else None

    @staticmethod
    def _elected(
        text: str, sent: Sentence, mentions: list[Mention], k: int, after_election: bool
    ) -> re.Match[str] | None:
        """``为`` after a name that an election names: 选举林某为X主席 (the electing verb right before the
        name or its list), or 林某、张某为副主席 later in a sentence that elected someone already."""
        first = mentions[k]
        for listed in _listed_before(mentions, k, text):
            first = listed if listed.start < first.start else first
        before = text[max(sent.start, first.start - 4) : first.start]
        if _ELECTING.search(before) or (after_election and text[first.start - 1 : first.start] in "，；、"):
            return _ELECTED_AS.match(text, mentions[k].end)
        return None

    def _profiles(self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]) -> None:
        """林某，东海纺织集团有限公司挡车工，全国劳动模范、全国五一劳动奖章获得者。 — a sentence that opens
        with a name and a comma describes that person: each later clause that is an apposition chain
        (positions, honours) is the person's, up to a clause naming someone else."""
        opening: dict[int, Sentence] | None = None
        index: SentenceIndex | None = None
        for m in mentions:
            if text[m.end : m.end + 1] not in "，,":
                continue  # (cheap tests first: most names neither open a sentence nor stand before a comma)
            before = text[m.start - 1] if m.start else "\n"
            labelled = _PROFILE_LABEL.search(text, max(0, m.start - 6), m.start) if before in ":：" else None
            if before not in _SENTENCE_ENDS and before != "；" and labelled is None:
                continue
            if opening is None:
                opening = {s.start: s for s in sentences}
            if before == "；":  # 林某，X技师；张某，Y专责；…: a list of profiles, one after each semicolon
                index = index or SentenceIndex(sentences)
                sent = index.at(m.start)
                if sent is None or m.start >= sent.end or not _opens_profile(text, sent.start, mentions):
                    continue
            else:
                sent = opening.get(labelled.start() if labelled else m.start)
            if sent is None:
                continue
            person = self.reg.find(m.name, EntityType.PERSON)
            if person is not None:
                self._describe(text, sent, person, m, m.end + 1, mentions, known)

    def _bios(self, text: str, sentences: list[Sentence], mentions: list[Mention], known: frozenset[str]) -> None:
        """现任X站长、Y所长。 — a profile sentence with no name: the titles belong to the last person named."""
        # every bio word but 现为 holds 任: a substring test passes most sentences without the search
        if not ("任" in text or "现为" in text) or not _BIO_WORD.search(text):
            return
        for sent in sentences:
            body = sent.text
            if not ("任" in body or "现为" in body) or not _BIO_WORD.search(body):
                continue
            for clause_m in re.finditer(r"[^，。；]+", sent.text):
                clause = clause_m.group(0)
                if not _BIO_LEAD.match(clause):
                    continue
                cstart = sent.start + clause_m.start()
                before = [m for m in mentions if m.end <= cstart]
                inside = [m for m in mentions if cstart <= m.start < cstart + len(clause)]
                if not before or inside:
                    continue
                person = self.reg.find(before[-1].name, EntityType.PERSON)
                if person is None:
                    continue
                chain = self.parser.parse(cut_lead(_BIO_LEAD, clause), known)
                self._apply(text, sent, person, before[-1], Chain(positions=chain.positions, honours=chain.honours))

    def _continued_profiles(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        known: frozenset[str],
        subjects: list[Mention],
    ) -> None:
        """林某，东海大学教授。十三届东海市政协委员，东海市总工会执委，东海省教学名师。 — a sentence right after
        the person's, made of posts and honours clause by clause (no verb, no name): each clause's chain is
        the person's."""
        first_of: dict[int, Mention] = {}
        for m in subjects:
            first_of.setdefault(m.start, m)
        si = 0
        carried: Mention | None = None
        for i, sent in enumerate(sentences):
            named = False
            while si < len(mentions) and mentions[si].start < sent.end:
                if mentions[si].start >= sent.start:
                    named = True
                    if mentions[si].start in first_of:
                        carried = first_of[mentions[si].start]
                si += 1
            if named or carried is None or i == 0 or sentences[i - 1].article != sent.article:
                if not named:
                    carried = None
                continue
            chains = self._post_clauses(sent.text, known)
            person = self.reg.find(carried.name, EntityType.PERSON) if chains else None
            if person is None:
                carried = None
                continue
            for chain in chains:
                self._apply(text, sent, person, carried, chain, post_title="")

    def _post_clauses(self, body: str, known: frozenset[str]) -> list[Chain]:
        """The chains of a sentence whose clauses are posts or honours alone, with no verb (none otherwise)."""
        clauses = [c for c in _CLAUSE_SPLIT.split(body.rstrip("。；！")) if c]
        if not clauses or any(_CLAUSE_VERB.search(c) for c in clauses):
            return []
        chains = [ch for ch in (self.parser.parse(c, known) for c in clauses) if ch.positions or ch.honours]
        if not chains or 3 * len(chains) < 2 * len(clauses):
            return []  # (most clauses must read as posts or honours: a clause of an unlisted title may not)
        return [Chain(positions=ch.positions, honours=ch.honours) for ch in chains]


def _opens_profile(text: str, at: int, mentions: list[Mention]) -> bool:
    """A name and a comma open the text at ``at`` (林某，…)."""
    return any(m.start == at and text[m.end : m.end + 1] in "，," for m in mentions)


def _insert(mentions: list[Mention], more: list[Mention]) -> None:
    """Add ``more`` to ``mentions`` in place, in text order, none at a start already taken."""
    starts = {m.start for m in mentions}
    mentions.extend(m for m in more if m.start not in starts)
    mentions.sort(key=lambda m: m.start)
