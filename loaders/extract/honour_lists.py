"""Honours written as lists across sentences: a counted headline (东海大学2名教师获X称号) with the persons the
body says were honoured, 授予以下同志X： with a line per person, a counted group (授予林某等3人“X”称号) with
a paragraph per person, heading lines (创新之星 ⏎ 计算机学院赵某), and a published list (公布了…X名单，Y榜上有名).
A pass that holds the :class:`AwardPass` (and through it the :class:`EventPass`) for its reading of the
items of a list of honours (:meth:`AwardPass.honour_items`), of the unit a clause names
(:meth:`AwardPass.org_subject`) and its recording of an award (:meth:`AwardPass.award`)."""

import re
from itertools import pairwise

from graph.model import EntityType
from loaders.extract.awards import CONFER, RECEIVING, AwardPass, listed_with_last, year_stated
from loaders.extract.honours import honour_at_end, open_title
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft
from loaders.extract.rosters import PersonLine, heading_honour, unit_of_line
from loaders.extract.sentences import Sentence

#: A headline's counted subject (我市两名职工, 东海大学2名教师): the persons are named in the body.
_COUNTED_GROUP = re.compile(r"(?:\d+|[两二三四五六七八九十几多]+)(?:名|位)[\u4e00-\u9fff]{0,4}$")
#: A body sentence saying that the persons it names were honoured (林某、张某在大会上受到表彰).
_HONOURED = re.compile(r"(?:受到|获得|获)(?:了)?表彰")
#: An honour list written as heading lines (创新之星 ⏎ 计算机学院赵某): the longest heading.
_HEADING_LONGEST = 12
#: The longest line that names the holder under a heading.
_HOLDER_LINE_LONGEST = 40
#: What no holder line holds (the marks of a clause or a quotation).
_CLAUSE_MARKS = re.compile(r"[，。；：！？,;:!?“”]")
#: The groups a holder line may name (20181500班, 16公寓815寝室).
_LISTED_GROUP = re.compile(r"[\w·]{1,16}?(?:班|寝室|宿舍|队|小组)")


def _whole_line(text: str, sent: Sentence) -> bool:
    """The sentence is a line of its own (a heading, or a line of a list)."""
    return (sent.start == 0 or text[sent.start - 1] in "\n \u3000") and text[sent.end : sent.end + 1] in ("\n", "")


#: What the title a group is praised as ends with (优秀组织单位, 先进集体, 优秀个人, 工人先锋号).
_GROUP_TITLE_ENDS = ("单位", "集体", "个人", "先锋号", "班组", "标兵", "模范", "能手", "工作者", "示范岗", "文明岗")
#: 对A等10个最佳组织单位和B等10个优秀组织单位进行通报表扬: each first item holds the title its group is praised as.
_PRAISED_GROUPS = re.compile(
    r"对([^，。；]{4,160}?)(?:进行(?:了)?|予以|给予)?(?:通报表扬|通报表彰|通报嘉奖|表彰|表扬|嘉奖)(?!大会|会)"
)
#: What follows the name opening a profile paragraph (林某，X技师; 林某（X）; 林某 ⏎).
_PROFILE_MARKS = frozenset("，,：:（(、 \u3000\n")


def _opens_profile(text: str, pm: Mention) -> bool:
    """The name opens a profile (林某，X技师; 林某（X）), not a clause of what the person does (林某表示)."""
    after = text[pm.end : pm.end + 1]
    return not after or after in _PROFILE_MARKS


#: The count after 等 that closes a named group (等16名, 等十个).
_GROUP_COUNT = r"等[\d一二三四五六七八九十两百]+"
#: 林某、张某等16名“X”: a count of persons right before a quoted title (not its candidates or nominees).
_COUNTED_TITLE = re.compile(
    _GROUP_COUNT + r"(?:名|位)(?:同志|职工|[\u4e00-\u9fff]{0,2}?)“([^“”]{2,30})”(?!候选|提名|推荐)"
)
#: One group of a praised list: its first item, the count, and the title it is praised as (A等10个X单位).
_GROUP_ITEM = re.compile(
    r"([^，。；、和及]{2,40}?)" + _GROUP_COUNT + r"[个家名位支]([^，。；、和及\d]{3,16}?)(?=和|及|以及|、|$)"
)

#: 其中，我市林某、张某入选: those of the group the sentence before names who are selected (入选, 榜上有名, 获此殊荣).
_AMONG_THEM = re.compile(
    r"^其中[，,]?(?:我市|我省|我区|我县|我校|本市|全市|全省)?([^，。；]{2,80}?)(?:等[\d一二三四五六七八九十两]+[人名位])?"
    r"(?:成功|光荣|均)?(?:入选|榜上有名|获此殊荣)"
)

#: 授予以下同志东海市五一劳动奖章： (the list of holders follows, a line each)
_GRANTED_TO_LIST = re.compile(
    r"授予(?:以下|下列)[^：:]{0,6}?(?:同志|个人|人员|职工)([^：:]{2,40}?)(?:称号|荣誉称号)?[：:]$"
)
#: 10位“X”分别是：, 5名2024年度X分别为：: a counted honour, then the persons holding it, listed after the colon.
_LISTED_AS = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)(?:位|名|人)(?:\d{4}年度?)?(?P<honour>“[^“”]{2,30}”|[^，。；：:“”]{2,30}?)"
    r"(?:获得者|称号获得者)?(?:分别是|分别为)[：:]"
)
#: 荣获全国五一巾帼标兵的是：A公司林某、B医院张某 (获得X称号的有：A、B): the honour, then its holders after the
#: colon, persons or units.
_HOLDERS_ARE = re.compile(
    r"(?:荣获|获得|获评|获|被授予|被评为)(?P<honour>“[^“”]{2,30}”|[^，。；：:“”]{2,30}?)(?:荣誉)?(?:称号)?的"
    r"(?:是|有|分别是|分别为|包括)[：:]"
)
#: A counted or announced group of holders (授予林某等3人X称号, 以下5人入选, 评选出10名…): the people are
#: listed after the sentence, a line or a profile paragraph each.
_COUNTED_HOLDERS = re.compile(
    r"(?:等|以下|下列|共)(?P<count>[\d一二三四五六七八九十两]+)(?:人|名|位)|(?:以下|下列)(?:同志|个人|人员|职工)|如下"
)
#: The Chinese digits a count is written with (三, 十二, 两).
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _count_of(count: str) -> int | None:
    """The number a count is written with (3, 十二, 两); None when it is not one."""
    if count.isdigit():
        return int(count)
    if len(count) == 1:
        return _CHINESE_DIGITS.get(count)
    if len(count) == 2 and count[0] == "十":
        return 10 + _CHINESE_DIGITS.get(count[1], 0)
    if len(count) in (2, 3) and count[1] == "十":
        return _CHINESE_DIGITS.get(count[0], 0) * 10 + (_CHINESE_DIGITS.get(count[2], 0) if len(count) == 3 else 0)
    return None


#: 公布了…X名单，Y榜上有名: Y holds X.
_LIST_PUBLISHED = re.compile(
    r"(?:公布|发布|揭晓|公示)(?:了)?([^，。；]{2,60}?)名单|([^，。；]{2,60}?)(?:评审|评选|评定|认定)?结果(?:揭晓|公布|出炉)"
)
#: What puts a holder on that list (榜上有名, 成功入选, 获命名表彰).
_ON_THE_LIST = re.compile(r"(?:榜上有名|光荣上榜|成功入选|名列其中|位列其中|入选|获命名表彰|获得命名|获命名)")
#: A quotation closing the list's name (…的首届“X”评选结果公布): the honour, named whole.
_LAST_QUOTE = re.compile(r"“([^“”]{2,24})”$")


class HonourListPass:
    """Relates each holder of an honour that a list names across sentences to it (HOLDS_HONOR)."""

    def __init__(self, awards: AwardPass) -> None:
        self.awards = awards
        self.events = awards.events
        self.reg = awards.events.reg
        self.orgs = awards.events.orgs
        self.lex = awards.events.lex

    def headline_honours(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], headlines: list[tuple[int, int]]
    ) -> None:
        """东海大学2名教师获X称号 (headline) + 教师林某、张某在大会上受到表彰 (body): each person honoured in the
        body holds X, with the body sentence as evidence."""
        for start, end in headlines:
            headline = text[start:end]
            m = CONFER.search(headline)
            if m is None or m.group(1) not in RECEIVING or not _COUNTED_GROUP.search(headline[: m.start()]):
                continue
            if any(start <= pm.start < end for pm in mentions):
                continue
            honours = self.awards.honour_items(m.group(2))
            article = next((s.article for s in sentences if s.start == start), None)
            for sent in sentences:
                honoured = _HONOURED.search(sent.text) if sent.article == article and sent.start >= end else None
                if honoured is None:
                    continue
                verb = sent.start + honoured.start()
                for pm in (pm for pm in mentions if sent.start <= pm.start < verb):
                    person = self.reg.find(pm.name, EntityType.PERSON)
                    if person is not None:
                        self.awards.award(person, honours, text, sent)

    def headed_list(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """创新之星 ⏎ 计算机学院赵某 ⏎ …; 最具发展力班级 ⏎ 核学院 20181500班: an honour list written as a heading
        line (the title) and a line naming its holder, with the holder line as evidence. Read only where an
        article holds two such pairs at least (a lone short heading is a section's, not a title)."""
        by_article: dict[int, list[tuple[Sentence, str, Draft | str]]] = {}
        named_at = {pm.start for pm in mentions}
        for head, line in pairwise(sentences):
            if head.article != line.article or len(head.text) > _HEADING_LONGEST:
                continue
            if any(k in named_at for k in range(head.start, head.end)):
                continue  # 林某副书记致辞: a photo caption, not a title
            if not (_whole_line(text, head) and _whole_line(text, line)) or open_title(head.text) != head.text:
                continue
            if self.reg.find(head.text, EntityType.ORGANIZATION, EntityType.FORUM, EntityType.PERSON) is not None:
                continue
            holder = self._line_holder(line, mentions)
            if holder is not None:
                by_article.setdefault(head.article, []).append((line, head.text, holder))
        for pairs in by_article.values():
            for line, title, holder in pairs if len(pairs) >= 2 else ():
                self.awards.award(
                    self.events.org(holder, text, line) if isinstance(holder, str) else holder, [title], text, line
                )

    def _line_holder(self, line: Sentence, mentions: list[Mention]) -> Draft | str | None:
        """The holder a list line names: the person it ends with (计算机学院赵某), else the name of the unit it
        ends with (核学院 20181500班, 船舶学院 五公寓150寝室), made an entity only once the list is read."""
        if len(line.text) > _HOLDER_LINE_LONGEST or _CLAUSE_MARKS.search(line.text):
            return None
        person = next((pm for pm in mentions if pm.end == line.end and pm.start >= line.start), None)
        if person is not None:
            return self.reg.find(person.name, EntityType.PERSON)
        last = line.text.split()[-1]
        return last if self.orgs.looks_like(last) or _LISTED_GROUP.fullmatch(last) else None

    def granted_to_list(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """授予以下同志X： then one line per person (林某（东海公司技师）): each person listed holds X, with
        the line as evidence (it names the person; the sentence before names the honour)."""
        opening = {pm.start: pm for pm in mentions}
        for k, sent in enumerate(sentences):
            m = _GRANTED_TO_LIST.search(sent.text) if "以下" in sent.text or "下列" in sent.text else None
            honour = honour_at_end(m.group(1), self.lex) if m else None
            if honour is None:
                continue
            for line in sentences[k + 1 :]:
                listed = opening.get(line.start)
                if line.article != sent.article or listed is None:
                    break
                person = self.reg.find(listed.name, EntityType.PERSON)
                if person is not None:
                    self.awards.award(person, [honour], text, line)

    def rostered(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], roster: list[PersonLine]
    ) -> None:
        """获得2024年X的职工有： (or X名单：, or the honour's name alone on a line), then a line per holder (林某
        东海市第一中学教师; 上海：张某 …; 东海百货公司业务部): each person or unit listed holds X, with its line
        as evidence, up to the first line that names neither (or the next heading); ``roster``: the text's
        roster lines of persons (:func:`rosters.person_lines`)."""
        if "\n" not in text:
            return
        starts = {line.name_start for line in roster}
        opening = {pm.start: pm for pm in mentions if pm.start in starts}
        for k, head in enumerate(sentences):
            if not _whole_line(text, head):
                continue
            named = heading_honour(head.text)
            honour = honour_at_end(named or head.text, self.lex)
            if honour is None or (named is None and honour != head.text):
                continue
            year = year_stated(head.text)
            for line in sentences[k + 1 :]:
                if line.article != head.article or not _whole_line(text, line):
                    break
                holder = self._roster_holder(text, line, opening)
                if holder is None:
                    break
                self.awards.award(holder, [honour], text, line, year)

    def named_one_by_one(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """10位“X”分别是：A公司钳工林某，B公司司机张某，… (荣获X的是：A公司林某、B医院张某): each person the
        sentence lists after the colon holds the honour named before it, with the sentence as evidence; a list
        of units without persons (荣获X的是：A公司B班组、C医院产科): each unit holds it."""
        for sent in sentences:
            if "分别" not in sent.text and "的是" not in sent.text and "的有" not in sent.text:
                continue
            m = _LISTED_AS.search(sent.text) or _HOLDERS_ARE.search(sent.text)
            honour = honour_at_end(m.group("honour"), self.lex) if m else None
            if m is None or honour is None:
                continue
            at = sent.start + m.end()
            year = year_stated(sent.text[: m.start("honour")])
            held = False
            for pm in mentions:
                person = self.reg.find(pm.name, EntityType.PERSON) if at <= pm.start < sent.end else None
                if person is not None:
                    self.awards.award(person, [honour], text, sent, year)
                    held = True
            if not held:  # 荣获X的是：A公司B班组、C医院产科: units hold it
                for item in self.events.units.items(sent.text[m.end() :].rstrip("。；"), frozenset()):
                    self.awards.award(self.events.org(item, text, sent), [honour], text, sent, year)

    def _roster_holder(self, text: str, line: Sentence, opening: dict[int, Mention]) -> Draft | None:
        """The person a roster line opens with (after its region label), else the unit the line names."""
        listed = next((opening[i] for i in range(line.start, min(line.end, line.start + 10)) if i in opening), None)
        if listed is not None:
            return self.reg.find(listed.name, EntityType.PERSON)
        unit = unit_of_line(line.text)
        if unit is None or heading_honour(line.text) or honour_at_end(line.text, self.lex) == line.text:
            return None  # (the heading of the next roster)
        return self.events.org(unit, text, line) if self.orgs.looks_like(unit) else None

    def counted_holders(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """授予林某等3人“东海大工匠”称号。⏎ 林某，… ⏎ 张某，…: a sentence that confers one honour on a counted
        group, then paragraphs that each open with a name: each person so listed (up to the count) holds it,
        with the paragraph's first sentence as evidence."""
        opening = {pm.start: pm for pm in mentions}
        for k, sent in enumerate(sentences):
            body = sent.text
            cheap = "等" in body or "以下" in body or "下列" in body or "如下" in body or "共" in body
            group = _COUNTED_HOLDERS.search(body) if cheap else None
            honours = self._honours_in(sent) if group is not None else []
            if group is None or len(honours) != 1:
                continue
            limit = _count_of(group.group("count")) if group.group("count") else None
            found = 0
            paragraph = sent.paragraph
            for line in sentences[k + 1 :]:
                if line.article != sent.article or (limit is not None and found >= limit):
                    break
                if line.paragraph == paragraph:
                    continue  # (the rest of a profile paragraph, or of the announcing one)
                paragraph = line.paragraph
                # (a paragraph may list several: 林某，X技师；张某，Y专责；…)
                items = [line.start] + [line.start + i + 1 for i, c in enumerate(line.text) if c == "；"]
                named = [opening[at] for at in items if at in opening and _opens_profile(text, opening[at])]
                people = [self.reg.find(pm.name, EntityType.PERSON) for pm in named]
                if not people or people[0] is None:
                    break
                for person in people[: limit - found if limit is not None else None]:
                    if person is not None:
                        self.awards.award(person, [honours[0].name], text, line)
                        found += 1

    def praised_groups(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """对A等10个最佳组织单位和B等10个优秀组织单位进行通报表扬: A holds 最佳组织单位 and B 优秀组织单位
        (the others of each group are not named)."""
        for sent in sentences:
            body = sent.text
            m = _PRAISED_GROUPS.search(body) if "等" in body and "对" in body else None
            if m is None:
                continue
            for group in _GROUP_ITEM.finditer(m.group(1)):
                first, honour = group.group(1), group.group(2)
                if not honour.endswith(_GROUP_TITLE_ENDS):
                    continue
                at = sent.start + m.start(1) + group.start(1)
                person = next((pm for pm in mentions if pm.start == at and pm.name == first), None)
                holder = self.reg.find(person.name, EntityType.PERSON) if person is not None else None
                if holder is None and self.orgs.looks_like(first):
                    holder = self.events.org(first, text, sent)
                if holder is not None:
                    self.awards.award(holder, [honour], text, sent)

    def counted_title_holders(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """推选出林某、张某等16名“东海县劳动模范”和李某等6名“东海县先进工作者”: the persons listed before each
        count hold the quoted title after it (the others counted are not named); not candidates (候选人)."""
        for sent in sentences:
            body = sent.text
            for m in _COUNTED_TITLE.finditer(body) if "等" in body and "”" in body else ():
                honour = m.group(1)
                if honour_at_end(honour, self.lex) != honour:
                    continue
                at = sent.start + m.start()
                people = [pm for pm in mentions if sent.start <= pm.start and pm.end <= at]
                if not people or people[-1].end != at:
                    continue
                for pm in [people[-1], *listed_with_last(people, text)]:
                    person = self.reg.find(pm.name, EntityType.PERSON)
                    if person is not None:
                        self.awards.award(person, [honour], text, sent)

    def among_them(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        """认定全省85人为第三批X。其中，我市林某、张某入选: the persons selected "among them" hold the honour the
        sentence before names last (the 其中 sentence, which names them, is the evidence)."""
        for k, sent in enumerate(sentences):
            m = _AMONG_THEM.match(sent.text) if sent.text.startswith("其中") and k else None
            if m is None or sentences[k - 1].article != sent.article:
                continue
            before = sentences[k - 1]
            named = [
                (s, e)
                for e in self.reg.entities
                if e.type is EntityType.HONOR
                for s, _e, a in e.mentions
                if a == before.article and before.start <= s < before.end
            ]
            if not named:
                continue
            honour = max(named, key=lambda pair: pair[0])[1]  # the one named last, right before 其中
            lo, hi = sent.start + m.start(1), sent.start + m.end(1)
            for pm in mentions:
                person = self.reg.find(pm.name, EntityType.PERSON) if lo <= pm.start and pm.end <= hi else None
                if person is not None:
                    self.awards.award(person, [honour.name], text, sent)

    def _honours_in(self, sent: Sentence) -> list[Draft]:
        """The honours named in the sentence."""
        return [
            e
            for e in self.reg.entities
            if e.type is EntityType.HONOR
            and any(a == sent.article and sent.start <= s < sent.end for s, _e, a in e.mentions)
        ]

    def listed_honours(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """公布了2024年X名单，Y榜上有名: the unit (or person) on the published list holds X."""
        if "名单" not in sent.text and "结果" not in sent.text:
            return
        published = _LIST_PUBLISHED.search(sent.text)
        listed = (published.group(1) or published.group(2)) if published else ""
        quoted = _LAST_QUOTE.search(listed)  # …的首届“X”评选结果公布: the quotation names the honour whole
        honour = (quoted and open_title(quoted.group(1))) or (honour_at_end(listed, self.lex) if published else None)
        if published is None or honour is None:
            return
        for clause_m in re.finditer(r"[^，。；]+", sent.text[published.end() :]):
            verb = _ON_THE_LIST.search(clause_m.group(0))
            if verb is None:
                continue
            at = sent.start + published.end() + clause_m.start()
            holders = [h for h in map(self.awards.org_subject, clause_m.group(0)[: verb.start()].split("、")) if h]
            people = [pm for pm in mentions if at <= pm.start < at + verb.start()]
            if not holders and people:
                holders = [p for p in (self.reg.find(pm.name, EntityType.PERSON) for pm in people) if p]
            for holder in holders:  # A领衔的X团队、B领衔的Y团队获命名表彰: each unit listed
                self.awards.award(holder, [honour], text, sent, year_stated(listed))
