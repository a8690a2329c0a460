"""Honours stated in a sentence: conferred by a verb (荣获, 被授予, 评为, 命名为, 入选, 授予X“Y”称号) on the
persons or units of its subject, a pronoun or a unit named before; describing a person (荣获X的林某, 作为全国
劳动模范的林某, “东海工匠”林某); or apposed to a quoted unit (X十佳劳模工作室“Y工作室”). A pass over
:class:`EventPass`. It reads the items of a list of honours (:meth:`AwardPass.honour_items`), records an
award (:meth:`AwardPass.award`) and finds the unit a clause names (:meth:`AwardPass.org_subject`,
:meth:`AwardPass.unit_named_before`) for the passes that hold it: memberships (``memberships.py``) and honours
listed across sentences (``honour_lists.py``)."""

import re

from graph.model import EntityType, RelationType
from loaders.extract.events import EventPass
from loaders.extract.honours import BRACKET_YEAR as _BRACKET_YEAR
from loaders.extract.honours import QUOTED_KIND as _QUOTED_KIND
from loaders.extract.honours import (
    for_project,
    honour_at_end,
    open_title,
    qualified_only,
    scoped_quoted_honour,
    split_edition,
)
from loaders.extract.lexicon import Lexicon
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft
from loaders.extract.sentences import Sentence

#: Words of a clause of its own after a list of honours (一次获X荣誉, 林某获Y): no item of the list.
_CLAUSE_WORDS = re.compile(r"获|评|授予|被|成为|是|为|在")
#: What ends a clause inside a sentence: the subject of a verb is read in the clause before it.
_CLAUSE = re.compile(r"[，；,]")
#: Honours that are a category of a campaign or a body, named in full by what stands before them (获新校区
#: 搬迁争创精神文明建设先进个人); a named honour (劳动模范) keeps its own name.
_CATEGORY_HONOURS = ("先进个人", "先进集体", "先进工作者", "先进单位", "优秀个人", "模范集体", "示范集体")
#: What may stand before an honour's head in the object of a verb of honour and still be its name: plain
#: words, no particle, conjunction, 等 or number, no demonstrative (本届X奖状).
_WHOLE_OBJECT = re.compile(r"(?!本|此|该|这|其)[^\W\d_的和与及了等]+")
#: A subject that names a unit and counts the others (X等3家单位获…): X holds the honour.
_UNIT_SUBJECT = re.compile(r"^([^，；]{3,30}?)等\d+(?:家|个)(?:单位|班组|集体|企业)?$")
#: Dates, time words and adverbs, taken out of a clause before its subject is read (2021年, 同年, 此后, 还).
_TIME_ONLY = re.compile(r"\d{4}年|\d{1,2}月(?:\d{1,2}日)?|同年|当年|此后|随后|后来|同时|先后|分别|再次|并|还|又|也")
#: A verb of honour (荣获, 被授予, 评为, 命名为, 入选 …) and its object, the honours conferred.
CONFER = re.compile(
    r"(荣获|获得(?!者)|获评|获批|获(?!得者)|荣膺|摘得|享受|被授予|被评选为|被评定为|被评为|评选为|评为|授予|命名为|入选)"
    r"(?:了)?([^，。；]{2,80}?)"
    # (up to the clause's end, or to 、 opening the next holder's clause: A荣获X、B同志荣获Y)
    r"(?=、[^、，。；“”]{1,12}?(?:同志)?(?:荣获|获得|获评|被授予|被评为|荣膺)|[，。；]|$"
    # (or to a photo caption's note of where the holder stands: …获得X奖章（右一）)
    r"|（图?[左右中前后][一二三四五六七八九十]?）)"
)
#: 向荣获X的A、B及荣获Y的C颁发…: the honours of the receivers of an award, each in a clause of 的 after 向
#: (to) and before the verb of handing over; the one who hands it over holds none of them.
_TO_RECEIVERS = re.compile(
    r"(?:荣获|获得|获评|被评为)([^，。；的]{2,40}?)的([^，。；]{2,80}?)"
    r"(?=(?:及|和|以及|、)(?:荣获|获得|获评|被评为)|(?:颁发|颁奖|授牌|授予|发放|颁授|送上))"
)
#: An adverb between the passive mark and the verb of honour (被同时授予, 被先后评为).
_ADVERB_AFTER_PASSIVE = re.compile(r"被(同时|先后|分别|再次|也|还|又)(?=授予|评为|评选为|评定为)")
#: 入选“X”名单 (入选2023年度“X”名录): the list of holders of X.
_LISTED_IN = re.compile(r"(?:(?:19|20)\d{2}年度?)?“([^“”]{2,30})”(?:人才)?(?:名单|名录|榜单)")
#: Nouns for the people of a unit, which end no unit's name (工会干部 ends like 干部 + 部).
_PEOPLE_OF_UNIT = ("干部", "职工", "员工", "人员", "代表", "成员", "工作者", "同志", "党员")
#: A note in brackets closing a list item (东海港务局调度中心（女职工集体）).
_ITEM_NOTE = re.compile(r"[（(][^（）()]{1,12}[)）]$")
#: The receiver of 授予: 向X授予 / 为X授予 (a unit, or a list of units ending 等N家单位).
_CONFER_TARGET = re.compile(r"[向为]([^，。；]{2,30}?)(?:等\d*家单位[^，。；]*?)?$")
#: 荣获X的林某: the honour of the person the relative clause describes.
_HONOUR_OF = re.compile(r"(?:荣获|获得|获评|被评为|被授予)(?:了)?([^，。；、的]{2,30})的")
#: Verbs whose subject receives the honour (not 授予/评为/命名为, whose subject is the granting body).
RECEIVING = frozenset(
    {"荣获", "获得", "获评", "获批", "获", "荣膺", "摘得", "享受", "被授予", "被评为", "被评选为", "被评定为", "入选"}
)
#: What may stand between a subject and its verb (郑某工作室日前获评, 该厂再次荣获).
_SUBJECT_TAIL = re.compile(r"(?:先后|同时|分别|还|曾|也|又|已|均|多次|再次|成功|日前|近日|近期|此次|今年|去年)+$")
#: No organisation's name is longer (OrgRules rejects longer spans).
_LONGEST_ORG = 32
#: 授予X“Y”称号: the receiver X between the verb and the quoted honour.
#: 命名X为“Y”: the same, with the verb of designation. A receiver may close a list (X等10个班组).
#: A popular name in brackets after the receiver (授予X（“Y”）“Z”称号) is no part of its name.
#: A list of receivers closed by its count keeps a note on the kind counted (等20个班组（科室）).
_GRANTED = re.compile(
    r"(?:授予([^，。；“”（(]{2,80}?)(?:[（(]“[^“”]{1,12}”[）)]|(?<=[个家名位支组室])[（(][^（）()“”]{1,6}[）)])?"
    r"“([^“”]{2,30})”(?:荣誉)?称号"
    r"|命名([^，。；“”（(]{2,40}?)(?:[（(]“[^“”]{1,12}”[）)])?为“([^“”]{2,30})”)"
)
#: The next receiver and honour of a list of grants after the first (…称号、B等8人“Y”称号).
_GRANTED_NEXT = re.compile(r"、([^，。；“”、（(]{2,40}?)\s*“([^“”]{2,30})”(?:荣誉)?称号")
#: The kinds of a counted group of units (等23家单位, 等20个班组, 等9个青年集体): each item of it is a unit.
_UNITS_COUNTED = re.compile(
    r"等[\d一二三四五六七八九十百多]+(?:家|个)(?:(?:青年|先进|基层|女职工)?(?:单位|集体|班组|组织|企业|部门|科室|车间|团队|团支部))?$"
)
#: A class of a title in brackets after it (卓越技师（A类）, 人才（第一层次）).
_BRACKET_CLASS = re.compile(r"[（(](?:[A-Za-z甲乙丙丁一二三四]类|第[一二三四五]层次|[一二三四]级)[)）]$")
#: 授予A等315个单位X, 授予林某等1233名职工Y: the first receiver of a counted group, then the honour unquoted.
_GRANTED_COUNTED = re.compile(
    r"授予([^，。；“”、]{2,40}?)等[\d一二三四五六七八九十百千万多]+(?:个|名|家|位|支|人)"
    r"(?:先进集体|先进个人|单位|职工|集体|个人|同志|班组)?([^，。；“”]{2,30}?)(?:荣誉称号|称号)?(?=[；。，]|$)"
)
#: The count closing a list of receivers (X等10个班组, A、B等3家单位, 林某等15人): no part of the last name.
_COUNTED_TAIL = re.compile(
    r"等[\d一二三四五六七八九十百多]+[个家名位支人][\u4e00-\u9fff]{0,4}$"
    r"|(?<=[\u4e00-\u9fff])[\d一二三四五六七八九十百]+[个家支](?:集体|单位|班组|企业|团队)$"  # A、B2个集体
)
#: What closes a list of honours (等十几项荣誉称号, 等多项荣誉, 等荣誉, or 等 alone at the end: 获A、B等。):
#: the list is one of honours. (等 of a ranked prize, 二等奖, opens no closing)
_HONOUR_LIST_TAIL = re.compile(
    r"(?:(?<![一二三特])等[^，。；、“”]{0,6}?(?:荣誉称号|荣誉|奖项|称号|奖励)|荣誉称号|称号|荣誉|牌匾).*$"
    r"|(?<![一二三特])等$"
)
#: A list closed by 等…荣誉 (等荣誉, 等奖项): its unquoted items shaped like an honour are honours too.
_LIST_CLOSED = re.compile(r"(?<![一二三特])等[^，。；、“”]{0,6}?(?:荣誉称号|荣誉|奖项|称号|奖励)")
#: A list closed by titles (等荣誉称号, 等3项荣誉; not 等奖项, a project's prizes): every item is a title.
_TITLES_CLOSED = re.compile(r"等[\d一二三四五六七八九十百余多几]*(?:项|个|次)?(?:荣誉称号|荣誉|称号)")
#: An edition before a quoted title (首届“东岭工匠”, 第三届“南湖工匠”).
_EDITION_QUOTE = re.compile(r"^(?:首届|首批|第[一二三四五六七八九十百\d]+(?:届|批))?“([^“”]{2,60})”$")
#: Unquoted list items shaped like an honour (东湖市首席技师): no clause words in them.
_HONOUR_LIKE = re.compile(r"^[^，。；：“”\d为是以把对在的了]{3,16}$")
#: Verbs whose object is a title whatever its name (获评, 被评为): 获得/荣获 may take anything.
_DESIGNATING = frozenset({"获评", "被评为", "被评选为", "被评定为", "评选为", "评为", "荣膺"})
#: An object closed by 称号 (荣获X称号): a title whatever its name, as after a designating verb.
_TITLE_CLOSED = re.compile(r"(?:荣誉称号|称号)$")
#: Last characters of honour-like list items.
_HONOUR_FINALS = set("家者子友号章状手兵人体员奖星匠范师岗锋样模物")
#: A counted list of units as the subject (A岗、B组等17个集体): no person of the sentence receives.
_COUNTED_UNITS_SUBJECT = re.compile(
    r"(?:等|另有|还有|其中|共有|有)?[\d一二两三四五六七八九十百]+(?:个|家|支)(?:集体|单位|班组|企业|团队|岗位)$"
)
#: A counted or indefinite subject (有不少, 5人, 其中3名, 许多学员): persons not named, none of them the
#: person named before.
_COUNTED_SUBJECT = re.compile(
    r"(?:有|其中)?(?:不少|许多|很多|一些|部分|多人|多名|[\d一二两三四五六七八九十百千几多]+(?:人|名|位))"
    r"(?:学员|学生|徒弟|职工|员工|人)?(?:先后|还|曾|也|又|已|均|都|相继|陆续)*$"
)
#: 自己 as the subject of a later clause: the person the sentence opened with (林某…，自己也被评为X).
_SELF = re.compile(r"(?:^|[，；])自己(?:也|还|又|都|先后|曾)*$")

#: What may stand between 荣获X的 (or 来自X的) and the person it describes (荣获X的85后林某).
DESCRIBED_GAP = 8
#: 作为全国先进工作者的林某, 身为X获得者的林某, 作为全国劳动模范，林某/他…: an honour that describes the person
#: named right after it (the 的 of a modifier, or the subject after the comma).
_DESCRIBED_AS = re.compile(r"(?:作为|身为)([^，。；“”]{2,30}?)(?:获得者)?(?:的|，)")
#: 林某、李某作为2024年度“最美东湖人”代表: the persons of the clause right before speak for the holders,
#: and are among them.
_AS_REPRESENTATIVES = re.compile(r"(?:均|都|也|分别)?作为(?:(?:19|20)\d{2}年度?)?([^，。；、]{2,30}?)代表")
#: 林某代表全国五一巾帼奖获得者宣读倡议书: the person named right before speaks for the holders, one of them.
_SPEAKS_FOR_HOLDERS = re.compile(r"代表([^，。；“”]{2,30}?)获得者")


#: Designations and prizes of units that honour lists do not name (优秀组织奖, 全省职工书屋示范实践点).
_UNIT_DESIGNATION = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?“?([^，。；、“”的]{0,24}?(?:组织奖|先进单位|示范点|实践点|示范单位|示范校|标兵单位|"
    r"优秀集体|先进组织|优秀单位|特色单位|试点单位|示范岗))”?(?:称号|荣誉称号)?$"
)
#: The year a unit's designation opens with (获评2023年度X).
_DESIGNATION_YEAR = re.compile(r"((?:19|20)\d{2})年")
#: What separates the items of a list (A、B和C).
_LIST_SEPARATORS = re.compile("[、和]")


#: The level an honour's name opens with (全国, 国家级, 东湖省, 东湖市, 东湖区): a national or regional title; or
#: the ministry or national body that confers it (航空航天部劳动模范, 铁道部火车头奖章).
_LEVEL_OPENING = re.compile(
    r"^(?:全国|全省|全市|中国|国家级|省部级|省级|市级|[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|区|县)|[\u4e00-\u9fff]{1,6}部(?!门))"
)


def _titled_whole(body: str, lex: Lexicon) -> str | None:
    """The whole of one honour named before 称号 when it opens with a level and ends with an honour head,
    whatever theme stands between (东湖市抗击新冠肺炎疫情劳动模范); None when the body is not so."""
    head = honour_at_end(body, lex)
    if head is None or head == body or not 6 <= len(body) <= 30 or "的" in body or "“" in body:
        return None
    return body if _LEVEL_OPENING.match(body) else None


def _split_outside_quotes(chunk: str) -> list[str]:
    """Split a list on 、 and 和 (and between adjacent quotations), never inside “…”."""
    if "“" not in chunk and "”" not in chunk:
        return _LIST_SEPARATORS.split(chunk)
    items: list[str] = []
    cur: list[str] = []
    depth = 0
    for i, ch in enumerate(chunk):
        if ch == "“":
            if depth == 0 and cur and i and chunk[i - 1] == "”":
                items.append("".join(cur))
                cur = []
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、和":
            items.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    items.append("".join(cur))
    return [i for i in items if i]


#: A quoted name (“林某劳模创新工作室”): the unit the honour right before it is given to.
_WHOLE_QUOTE = re.compile(r"“([^“”]{2,40})”")
#: A unit named again by a deictic and its kind (该车间, 这个班组, 该团队) as the subject of an award.
_DEICTIC_UNIT = re.compile(
    r"(?:该|这个|此)(车间|班组|班级|班集体|团队|工作室|中心|公司|集团|分公司|工厂|厂|站|所|队)"
    r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年)?(?:先后|还|曾|也|又|已|均|多次)?被?$"
)
#: A clause that is only a kind of unit (学院获批X): the unit of that kind named before, as 该学院 would be.
_KIND_ONLY = re.compile(
    r"^(学院|学校|大学|公司|集团|工厂|车间|班组|团队|工作室|中心|医院)(?:先后|还|曾|也|又|已|均|多次|再次|成功)*$"
)
#: A year in the clause of an award (not a period: 2017-2019年度 is an edition of the honour).
_AWARD_YEAR = re.compile(r"(?<![\d\-－—])((?:19|20)\d{2})年(?!度|[\-－—至到])")
#: A clause that is only a date (2010年，林某荣获): the year of the award that follows.
_ONLY_YEAR = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?")
#: Pronouns for the person named before: the cheap test before _PRONOUN.
_PRONOUNS = ("他", "她", "本人", "该同志")
#: A clause whose subject is a pronoun for the person named before (他, 她, 其本人, 该同志); time words are
#: taken out first (他于2021年荣获).
_PRONOUN = re.compile(r"(?:^|[，；])(?:他|她|其本人|该同志|本人)(?:先后|还|曾|也|又|已|均|多次)?[^，；]{0,10}$")


def one_phrase(text: str, start: int, end: int) -> bool:
    """No punctuation between ``start`` and ``end`` (one phrase: 的85后林某)."""
    return not any(ch in "，。；、：“”,;" for ch in text[start:end])


def _listed_in(chunk: str) -> list[str]:
    """入选“X”名单: X, the honour whose list it is (nothing for 入选 anything else)."""
    m = _LISTED_IN.match(chunk)
    return [m.group(1)] if m else []


def year_stated(lead: str) -> int | None:
    """The year an award was received, when the clause before the verb states it (他于2021年荣获;
    2010年，林某荣获: a clause that is only the year, before the subject)."""
    clauses = _CLAUSE.split(lead)
    m = _AWARD_YEAR.search(clauses[-1])
    if m is None and len(clauses) > 1 and _ONLY_YEAR.fullmatch(clauses[-2].strip()):
        m = _AWARD_YEAR.search(clauses[-2])
    return int(m.group(1)) if m else None


#: What joins a person to the next of a list: 、 or 和, after a post-name title (A教授、B副教授).
_LISTED_AFTER_NAME = re.compile(
    r"(?:教授|副教授|研究员|副研究员|讲师|老师|同志|博士|院士|高级工程师|工程师|先生|女士|同学)?[、和]"
)


def listed_with_last(people: list[Mention], text: str) -> list[Mention]:
    """The persons before the last one that a 、/和 list joins to it (A、B、C; each may carry a description
    after the separator: 班长A、高级技师B, or a post-name title before it: A教授、B副教授); none when the one
    before is no list item (A的徒弟B)."""
    listed: list[Mention] = []
    for pm in reversed(people[:-1]):
        if _LISTED_AFTER_NAME.match(text, pm.end) is None:  # 、 or 和, after a post-name title (A教授、B副教授)
            break
        listed.append(pm)
    return listed


def _pronoun_subject(lead: str) -> bool:
    """The clause before the verb has a pronoun for its subject (他先后, 他于2021年, 该同志曾)."""
    return any(p in lead for p in _PRONOUNS) and _PRONOUN.search(_TIME_ONLY.sub("", lead)) is not None


class AwardPass:
    """Runs beside :class:`EventPass`, sharing its registry and organisation helpers; relates the holders of
    the honours a sentence states to them (HOLDS_HONOR)."""

    def __init__(self, events: EventPass) -> None:
        self.events = events
        self.reg = events.reg
        self.orgs = events.orgs
        self.lex = events.lex

    def _org(self, name: str, text: str, sent: Sentence) -> Draft:
        return self.events.org(name, text, sent)

    def honour_items(self, chunk: str) -> list[str]:
        """The honours in 荣获A、B、“C”等荣誉: unquoted items that are honour names, quoted items whole."""
        return [h for h, _year in self._dated_honour_items(chunk)]

    def _dated_honour_items(self, chunk: str) -> list[tuple[str, int | None]]:
        """The honours in 荣获A、B、“C”等荣誉, each with the year written in brackets after it (A（2018年）).
        In a list closed by 等…荣誉, an unquoted item shaped like an honour is one too (“A”、东湖市首席技师、
        “B”等荣誉; 东湖市教书育人楷模、东湖大学年度人物等荣誉)."""
        chunk = chunk.strip()
        closed = _LIST_CLOSED.search(chunk) is not None
        titles_closed = _TITLES_CLOSED.search(chunk) is not None  # 等荣誉称号, not 等奖项 (a project's prizes)
        titled = chunk.endswith("称号") and "、" not in chunk and "等" not in chunk
        chunk = _HONOUR_LIST_TAIL.sub("", chunk)
        if titled and (whole := _titled_whole(chunk, self.lex)):
            return [(whole, None)]  # 荣获东湖市抗击疫情劳动模范称号: the whole title, its theme included
        out: list[tuple[str, int | None]] = []
        last = honour_at_end(chunk, self.lex) if "和" in chunk else None
        if last is not None and "和" in last and chunk.endswith(last):  # 劳模和工匠人才创新工作室 is one honour
            chunk = chunk[: -len(last)].rstrip("、")
            out_last: list[tuple[str, int | None]] = [(last, None)]
        else:
            out_last = []
        shaped: list[str] = []
        for item in _split_outside_quotes(chunk) if chunk else ():
            h, year = self._honour_item(item.strip())
            if h is not None:
                out.append((h, year))
            elif titles_closed and (title := self._open_title(item, closed_list=True)) is not None:
                shaped.append(title)  # 获A、龙江青年好网民等荣誉: the closing says every item is a title
            elif closed and _HONOUR_LIKE.match(item.strip()) and item.strip()[-1] in _HONOUR_FINALS:
                shaped.append(item.strip())
        if shaped and (out or titles_closed):
            out += [(item, None) for item in shaped]
        return out + out_last

    def _open_titles(self, chunk: str) -> list[tuple[str, int | None]]:
        """The titles a designating verb names with no head the vocabulary knows (获评优秀指导教师, 被评为
        “东湖好青年”, 获评2022年“X”称号): each item of the object shaped like a title's name."""
        body = _HONOUR_LIST_TAIL.sub("", chunk.strip())
        titles = [self._open_title(item) for item in _split_outside_quotes(body)] if body else []
        return [(t, None) for t in titles if t is not None]

    def _open_title(self, item: str, closed_list: bool = False) -> str | None:
        """``item`` as a title's name (honours.open_title), or None when it is none: also an event, or a
        unit (unless a closing 等荣誉 says that the item is a title: 全国高校活力团支部)."""
        title = open_title(item)
        name = split_edition(title)[0] if title is not None else ""
        if title is None or self.reg.find(name, EntityType.FORUM):
            return None
        if not closed_list and (self.orgs.looks_like(name) or self.reg.find(name, EntityType.ORGANIZATION)):
            return None
        return title

    def _honour_item(self, item: str) -> tuple[str | None, int | None]:
        """One item of a list of honours: a quoted name (after an edition: 首届“X”), a name after the unit
        that confers it (东岭集团的首届“X”), or an honour name, and the year in brackets after it."""
        item = _BRACKET_CLASS.sub("", item)  # 东海省卓越技师（A类）: the class within the title
        year_m = _BRACKET_YEAR.search(item)
        if year_m:
            item = item[: year_m.start()].rstrip()
        year = int(year_m.group(1)) if year_m else None
        head, de, after = item.rpartition("的")
        conferrer_first = after.startswith(("“", "首届", "第")) or honour_at_end(after, self.lex) == after
        if de and "“" not in head and conferrer_first:
            item = after  # the unit that confers it is no part of the name
        quoted = _EDITION_QUOTE.match(item)
        if quoted:
            return quoted.group(1), year
        scoped = scoped_quoted_honour(item, self.lex) if "”" in item else None
        if scoped is not None:  # 全国“五一劳动奖章”: the level and the quoted name
            return scoped, year
        if item.startswith("“") and "”" not in item:  # a quotation that closes after the list's tail
            item = item[1:]
        h = honour_at_end(item, self.lex)
        if h is None and self.reg.find(item, EntityType.HONOR) is not None:
            return item, year  # an item an honour list of the text names (入选A、B、黄大年式创新团队)
        if h is None or item.count("“") != h.count("“"):  # (not the quoted part of a longer prize name)
            return None, year
        edition = split_edition(item)[1] or ""
        rest = item[len(edition) : len(item) - len(h)]
        plain = 0 < len(rest) <= 14 and _WHOLE_OBJECT.fullmatch(rest) is not None
        whole = plain and (
            h.endswith(_CATEGORY_HONOURS) or _LEVEL_OPENING.match(rest) is not None or qualified_only(h)
        )
        if whole and (not self.orgs.looks_like(rest) or rest.endswith("部")):  # (航空航天部: the conferrer)
            # a category honour is named by the whole object (获X搬迁争创精神文明建设先进个人), and so is a
            # title whose level opens it (黑龙江省辅导员年度人物: not 年度人物 alone) or whose found part is only a
            # qualifier and a head (2019学生年度人物: 学生年度人物)
            return item, year
        return h, year

    def apposed_honours(self, text: str, sent: Sentence) -> None:
        """四川省十佳劳模工作室“林某劳模创新工作室”: the unit quoted right after an honour holds it."""
        body = sent.text
        for m in _WHOLE_QUOTE.finditer(body) if "“" in body else ():
            honour = honour_at_end(body[max(0, m.start() - 32) : m.start()], self.lex)
            unit = self.reg.find(m.group(1), EntityType.ORGANIZATION)
            if honour is not None and unit is not None and honour != m.group(1):
                self.award(unit, [honour], text, sent)

    def quoted_before_person(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """“最美乡村医生”林某, “东海工匠”林某: a quoted honour right before a person's name is the person's."""
        for pm in mentions:
            if not (sent.start < pm.start < sent.end) or text[pm.start - 1] != "”":
                continue
            opened = text.rfind("“", sent.start, pm.start - 1)
            inner = text[opened + 1 : pm.start - 1] if opened >= 0 else ""
            if not inner or "”" in inner or not (_QUOTED_KIND.match(inner) or honour_at_end(inner, self.lex) == inner):
                continue
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is not None:
                self.award(person, [inner], text, sent)

    def described_holders(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """作为全国先进工作者的林某, 作为全国劳动模范，他…: the person named right after holds the honours; so
        does 林某 of 林某代表X获得者发言."""
        for m in _DESCRIBED_AS.finditer(sent.text):
            at = sent.start + m.end()
            named = next((pm for pm in mentions if at <= pm.start <= at + 1 and pm.start < sent.end), None)
            self._award_named(named, m.group(1), text, sent)
        for m in _AS_REPRESENTATIVES.finditer(sent.text) if "代表" in sent.text else ():
            at = sent.start + m.start()
            clause = max(text.rfind(c, sent.start, at) for c in "，；：") + 1
            people = [pm for pm in mentions if max(clause, sent.start) <= pm.start and pm.end <= at]
            if people and people[-1].end == at:
                for pm in people:
                    self._award_named(pm, m.group(1), text, sent)
        for m in _SPEAKS_FOR_HOLDERS.finditer(sent.text) if "获得者" in sent.text else ():
            at = sent.start + m.start()
            self._award_named(next((pm for pm in mentions if pm.end == at), None), m.group(1), text, sent)

    def _award_named(self, named: Mention | None, chunk: str, text: str, sent: Sentence) -> None:
        """The person of ``named`` (if any) holds the honours of ``chunk``."""
        person = self.reg.find(named.name, EntityType.PERSON) if named is not None else None
        honours = self.honour_items(chunk) if person is not None else []
        if person is not None and honours:
            self.award(person, honours, text, sent)

    def conferred_honours(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        body = sent.text
        if "”" in body:
            self.quoted_before_person(text, sent, mentions)
        if "作为" in body or "身为" in body or "获得者" in body:
            self.described_holders(text, sent, mentions)
        if (
            "获" not in body
            and "授予" not in body
            and "评为" not in body
            and "命名" not in body
            and "入选" not in body
            and "享受" not in body
            and "荣膺" not in body
            and "摘得" not in body
        ):
            return
        for m in _HONOUR_OF.finditer(body) if "的" in body and ("获" in body or "被" in body) else ():  # 荣获X的林某
            at = sent.start + m.end()
            near = (pm for pm in mentions if at <= pm.start <= at + DESCRIBED_GAP and one_phrase(text, at, pm.start))
            named = next(near, None)
            honour = honour_at_end(m.group(1).strip("“”"), self.lex)
            person = self.reg.find(named.name, EntityType.PERSON) if named else None
            if person is not None and honour:
                self.award(person, [honour], text, sent)
        carried: list[Mention] = []
        if "被" in body:  # 被同时授予 read as 同时被授予 (the same length: every offset holds)
            body = _ADVERB_AFTER_PASSIVE.sub(r"\1被", body)
        read_to = 0
        for m in CONFER.finditer(body):
            if m.start() < read_to:
                continue
            if body[max(0, m.start() - 1) : m.start()] in ("向", "为", "给"):
                read_to = self._to_receivers(text, sent, mentions, m.start())
                if read_to:
                    continue
            if m.group(1) == "授予" and (_GRANTED_COUNTED.match(body, m.start()) or _GRANTED.match(body, m.start())):
                continue  # 授予A等N个单位X, 授予A、B“X”称号: the receivers follow the verb (:meth:`granted`)
            on_list = _listed_in(m.group(2)) if m.group(1) == "入选" else []
            dated = [(h, None) for h in on_list] if on_list else self._dated_honour_items(m.group(2))
            if m.group(1) in _DESIGNATING or _TITLE_CLOSED.search(m.group(2)):
                # 被评为A、B、C: items the vocabulary knows, and the others shaped like a title's name
                known_names = [h for h, _y in dated]
                dated += [
                    (t, y)
                    for t, y in self._open_titles(m.group(2))
                    if not any(t in h or h in t for h in known_names)
                ]
            if dated and body[m.end() : m.end() + 1] == "，":
                dated += [(h, None) for h in self._continued_honours(body, m.end() + 1)]
            honours = [h for h, _y in dated]
            if not honours and m.group(1) in RECEIVING:  # 校工会获优秀组织奖, 机关工会入选X实践点
                self._unit_designation(text, sent, mentions, m)
                continue
            if m.group(1) == "享受":  # 享受国务院政府特殊津贴: of the verbs of enjoying, only an allowance
                honours = [h for h in honours if h.endswith("津贴")]
            if not honours or for_project(text, sent.start + m.start(2)):
                continue  # (a prize given to a project is no honour of its persons)
            years = {h: y for h, y in dated if y is not None}
            lead = body[: m.start()]
            holder: Draft | None = None
            clause = _CLAUSE.split(lead)[-1]
            clause_start = sent.start + len(lead) - len(clause)
            # (<=: the missing subject of 获X, a mention of no width, stands where the verb begins)
            verb_at = sent.start + m.start()
            ppl = [pm for pm in mentions if clause_start <= pm.start <= verb_at and pm.end <= verb_at]
            unit = _UNIT_SUBJECT.match(clause)
            if not ppl and unit and "向" not in clause and self.orgs.looks_like(unit.group(1)):
                holder_org = self._org(unit.group(1), text, sent)
                self.award(holder_org, honours, text, sent, None, years)
                carried = []
                continue
            deictic = _DEICTIC_UNIT.search(clause) if not ppl and ("该" in clause or "这个" in clause) else None
            kind = _KIND_ONLY.match(_TIME_ONLY.sub("", clause).strip()) if not ppl and not deictic else None
            word = deictic.group(1) if deictic else kind.group(1) if kind else None
            unit_before = self.unit_named_before(word, sent) if word else None
            if unit_before is not None:  # 该车间获评全国工人先锋号: the workshop named before
                self.award(unit_before, honours, text, sent, year_stated(lead), years)
                carried = []
                continue
            units = self._unit_list(clause) if not ppl and m.group(1) in RECEIVING else []
            if len(units) == 1 and not any(sent.start <= pm.start < clause_start for pm in mentions):
                units = []  # one unit and no person before it: the rules for a single subject below
            if units:  # A、B荣获X，C队、D站荣获Y: the units of this clause, not the persons of the one before
                for unit_name in units:
                    self.award(self._org(unit_name, text, sent), honours, text, sent, year_stated(lead), years)
                carried = []
                continue
            if m.group(1) == "命名为" and "被" in clause:  # “X工作室”被Y命名为Z: X, not a person in its name
                subject = self.org_subject(clause[: clause.rindex("被")])
            else:
                subject = self.org_subject(clause) if m.group(1) in RECEIVING else None
            if subject is not None:  # “林某劳模创新工作室”获评…: the studio, not the person in its name
                self.award(subject, honours, text, sent, year_stated(lead), years)
                carried = []
                continue
            bare_lead = _TIME_ONLY.sub("", lead)
            bare_clause = _TIME_ONLY.sub("", clause)
            if not ppl and _COUNTED_SUBJECT.search(bare_clause.strip()):
                carried = []  # 有不少获得了X, 5人获X: persons not named
                continue
            if not ppl and m.group(1) in RECEIVING and _COUNTED_UNITS_SUBJECT.search(bare_clause.strip()):
                carried = []  # A岗、B组等17个集体获评X: units, not the persons of the clause before
                continue
            if not ppl and _SELF.search(bare_lead):  # 林某…，自己也被评为X
                ppl = [pm for pm in mentions if sent.start <= pm.start < clause_start][:1]
            if not ppl and (_pronoun_subject(lead) or (carried and not bare_clause)):
                ppl = carried or [pm for pm in mentions if pm.end <= sent.start][-1:]
            if not ppl:
                ppl = [pm for pm in mentions if sent.start <= pm.start < sent.start + m.start()]
            if not ppl and not bare_lead.strip(" ，,") and m.group(1) in RECEIVING:
                ppl = self._subject_after(text, sent, mentions, sent.start + m.end())
            carried = ppl
            target = _CONFER_TARGET.search(lead)
            if target and m.group(1) == "授予":
                name = target.group(1)
                if self.orgs.looks_like(name) or self.reg.find(name, EntityType.ORGANIZATION):
                    holder = self._org(name, text, sent)
                else:
                    item = re.sub(r"等\d*家单位.*$", "", name)
                    holder = self._org(item, text, sent) if item else None
            elif ppl:
                holder = self.reg.find(ppl[-1].name, EntityType.PERSON)
                fellows = listed_with_last(ppl, text)
                respectively = bool(fellows) and "分别" in text[ppl[-1].end : verb_at]
                if respectively and len(fellows) + 1 != len(honours):
                    fellows = []  # A、B分别获X和Y, with one of the honours unread: no pairing to trust
                if respectively and fellows:
                    # A、B分别荣膺X和Y: the honours in the order of the persons
                    for pm, h in zip([*reversed(fellows), ppl[-1]], honours, strict=True):
                        person = self.reg.find(pm.name, EntityType.PERSON)
                        if person is not None:
                            self.award(person, [h], text, sent, year_stated(lead), years)
                    carried = []
                    continue
                for listed in fellows:  # A、B等20人被评为: every one listed
                    fellow = self.reg.find(listed.name, EntityType.PERSON)
                    if fellow is not None:
                        self.award(fellow, honours, text, sent, year_stated(lead), years)
            elif m.group(1) in ("命名为", "被授予"):
                sub = re.match(r"^.*?(?:该|此|这个|其)?([^，。；该此这其]{2,10}?)被", lead)
                if sub and sub.group(1) in ("工作室", "团队", "创新工作室"):
                    studios = [
                        e
                        for e in self.reg.entities
                        if e.type is EntityType.ORGANIZATION and e.name.endswith(sub.group(1))
                    ]
                    holder = studios[0] if studios else None
            if holder is None:
                continue
            self.award(holder, honours, text, sent, year_stated(lead), years)

    def _to_receivers(self, text: str, sent: Sentence, mentions: list[Mention], at: int) -> int:
        """向荣获X的A、B及荣获Y的C颁发奖牌 (from ``at``, the first verb of honour): A and B hold X, C holds Y.
        The offset in the sentence where the clauses so read end; 0 when there are none."""
        body = sent.text
        clauses = []
        while (m := _TO_RECEIVERS.match(body, at)) is not None:
            clauses.append(m)
            at = m.end()
            at += next((len(w) for w in ("以及", "及", "和", "、") if body.startswith(w, at)), 0)
        for m in clauses:
            honours = [h for h, _y in self._dated_honour_items(m.group(1))]
            start, end = sent.start + m.start(2), sent.start + m.end(2)
            persons = [pm for pm in mentions if start <= pm.start < end]
            holders = [self.reg.find(pm.name, EntityType.PERSON) for pm in persons]
            for item in self.events.units.items(m.group(2), frozenset()) if not persons else ():
                if self.reg.find(item, EntityType.ORGANIZATION) or self.orgs.looks_like(item):
                    holders.append(self._org(item, text, sent))
            for holder in holders:
                if holder is not None and honours:
                    self.award(holder, honours, text, sent)
        return clauses[-1].end() if clauses else 0

    def _continued_honours(self, body: str, at: int) -> list[str]:
        """被评为A，B获得者，C。: the clauses after the verb's object that are each an honour and nothing else
        go on with its list (up to the first that is not one)."""
        out: list[str] = []
        for clause in re.split(r"[，,]", re.split(r"[。；！？]", body[at:], maxsplit=1)[0]):
            item = clause.strip()
            item = item[: -len("获得者")] if item.endswith("获得者") else item
            if not item or _CLAUSE_WORDS.search(item):
                break
            honour, _year = self._honour_item(item)
            if honour is None or len(honour) + 1 < len(item):
                break
            out.append(honour)
        return out

    def _unit_designation(self, text: str, sent: Sentence, mentions: list[Mention], m: re.Match[str]) -> None:
        """A unit receiving a designation or a unit's prize no honour list names (优秀组织奖, X示范实践点,
        X先进单位): the organisation that is the subject of the clause holds it (never a person)."""
        designation = _UNIT_DESIGNATION.match(m.group(2).strip())
        if designation is None:
            return
        lead = sent.text[: m.start()]
        clause = _CLAUSE.split(lead)[-1]
        clause_start = sent.start + len(lead) - len(clause)
        if any(clause_start <= pm.start < sent.start + m.start() for pm in mentions):
            return
        unit = self.org_subject(clause)
        if unit is None:
            kind = _KIND_ONLY.match(_TIME_ONLY.sub("", clause).strip())
            unit = self.unit_named_before(kind.group(1), sent) if kind else None
        if unit is not None:
            dated = _DESIGNATION_YEAR.match(m.group(2).strip())  # 获评2023年度X: the year of the designation
            year = int(dated.group(1)) if dated else year_stated(lead)
            self.award(unit, [designation.group(1)], text, sent, year)

    def _subject_after(self, text: str, sent: Sentence, mentions: list[Mention], at: int) -> list[Mention]:
        """被授予X称号，ORG TITLE林某感到…: a sentence opening with the honour names its holder as the subject
        of the next clause (the first person there)."""
        for pm in mentions:
            if at <= pm.start < sent.end:
                between = text[at : pm.start]
                return [pm] if between.count("，") == 1 and not any(c in between for c in "。；：“") else []
        return []

    def _unit_list(self, clause: str) -> list[str]:
        """The organisations a clause lists as its subject (东海港集团装卸二队、东海机场安检站), when every
        item is one; none otherwise."""
        subject = clause.strip().rstrip(' ”"')
        tail = _SUBJECT_TAIL.search(subject)
        subject = _COUNTED_TAIL.sub("", subject[: tail.start()] if tail else subject)
        if not subject or "“" in subject:
            return []
        items = []
        for raw in _LIST_SEPARATORS.split(subject):
            item = self.orgs.clean(_ITEM_NOTE.sub("", raw))[0]
            if item.endswith(_PEOPLE_OF_UNIT):  # 我校工会干部: the unit's people, not the unit
                return []
            known = self.reg.find(item, EntityType.ORGANIZATION)
            if known is None and not self.orgs.looks_like(item):
                return []
            items.append(known.name if known is not None else item)
        return items

    def org_subject(self, clause: str) -> Draft | None:
        """The organisation named at the end of the clause before a verb of receiving, if any (the longest
        one: 东海公司带电作业班 rather than a shorter name it ends with)."""
        subject = clause.rstrip(' ”"')
        tail = _SUBJECT_TAIL.search(subject)
        subject = subject[: tail.start()].rstrip(' ”"') if tail else subject
        for k in range(min(len(subject), _LONGEST_ORG), 2, -1):  # longest first, one lookup each
            org = self.reg.find(subject[-k:], EntityType.ORGANIZATION)
            if org is not None:
                return org
        return None

    def granted(self, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]) -> None:
        """授予X“Y”称号, 命名X为“Y”: the receiver X (a unit, or a person named there) holds Y; of a list
        closed by 等10个班组, the first item named."""
        if "授予" not in sent.text and "命名" not in sent.text:
            return
        for m in _GRANTED.finditer(sent.text):
            k = 1 if m.group(1) else 3
            grants = [(m.group(k), sent.start + m.start(k), m.group(k + 1))]
            follow = _GRANTED_NEXT.match(sent.text, m.end()) if k == 1 else None
            while follow is not None:  # 授予A等10人“X”称号、B等8人“Y”称号: B's group holds Y
                grants.append((follow.group(1), sent.start + follow.start(1), follow.group(2)))
                follow = _GRANTED_NEXT.match(sent.text, follow.end())
            for receivers, at, honour in grants:
                receivers = receivers.rstrip()  # (X等10家单位 “Y”称号: a space before the quote)
                units = _UNITS_COUNTED.search(receivers) is not None
                for item, start in _receiver_items(_COUNTED_TAIL.sub("", receivers), at):
                    holder = self._granted_holder(item, start, text, sent, mentions, known, units)
                    if holder is not None:
                        self.award(holder, [honour], text, sent)
        for m in _GRANTED_COUNTED.finditer(sent.text) if "等" in sent.text else ():
            honour = honour_at_end(m.group(2), self.lex)
            holder = self._receiver(m.group(1), sent.start + m.start(1), text, sent, mentions, known)
            if honour is not None and honour == m.group(2) and holder is not None:
                self.award(holder, [honour], text, sent)

    def _granted_holder(
        self,
        receiver: str,
        at: int,
        text: str,
        sent: Sentence,
        mentions: list[Mention],
        known: frozenset[str],
        units: bool,
    ) -> Draft | None:
        """The receiver of 授予 at ``at``: a person named there, else a unit; an item of a group counted
        as units (等23家单位) is a unit whatever its suffix (东湖县, 南岭区发改局)."""
        person = next((pm for pm in mentions if at <= pm.start and pm.end == at + len(receiver)), None)
        if person is not None:
            return self.reg.find(person.name, EntityType.PERSON)
        if self.reg.find(receiver, EntityType.ORGANIZATION) or self.orgs.looks_like(receiver, known):
            return self._org(receiver, text, sent)
        if units and _UNIT_ITEM.match(receiver) and not any(at <= pm.start < at + len(receiver) for pm in mentions):
            return self._org(receiver, text, sent)
        return None

    def _receiver(
        self, receiver: str, at: int, text: str, sent: Sentence, mentions: list[Mention], known: frozenset[str]
    ) -> Draft | None:
        """The person named as ``receiver`` at ``at``, else the unit it names."""
        person = next((pm for pm in mentions if pm.start == at and pm.end == at + len(receiver)), None)
        if person is not None:
            return self.reg.find(person.name, EntityType.PERSON)
        if self.reg.find(receiver, EntityType.ORGANIZATION) or self.orgs.looks_like(receiver, known):
            return self._org(receiver, text, sent)
        return None

    def unit_named_before(self, word: str, sent: Sentence) -> Draft | None:
        """The organisation a deictic unit (该车间, 这个班组) refers to: the last one named before the
        sentence in the same article whose name ends with the word."""
        best: tuple[int, Draft] | None = None
        word = "班" if word in ("班级", "班集体") else word  # 该班级: the class named before (X专业2016级03班)
        for e in self.reg.entities:
            if e.type is not EntityType.ORGANIZATION or not e.name.endswith(word) or e.name == word:
                continue
            for start, _end, article in e.mentions:
                if article == sent.article and start < sent.start and (best is None or start > best[0]):
                    best = (start, e)
        return best[1] if best else None

    def award(
        self,
        holder: Draft,
        honours: list[str],
        text: str,
        sent: Sentence,
        year: int | None = None,
        years: dict[str, int] | None = None,
    ) -> None:
        """``holder`` holds each honour; ``years`` gives the year written with one (A（2018年）), ``year``
        the year of the clause for the others."""
        for h in honours:
            if self.reg.find(h, EntityType.PROGRAM, EntityType.ORGANIZATION, EntityType.FORUM):
                continue
            name, edition = split_edition(h)
            at = text.find(h, sent.start)
            at = at if at >= 0 else text.find(h)  # an honour the headline names (HonourListPass.headline_honours)
            honour = self.reg.add(EntityType.HONOR, name, at if at >= 0 else None, sent.article)
            if edition:
                self.reg.alias(honour, h)
            held = years.get(h, year) if years else year
            self.reg.relate(RelationType.HOLDS_HONOR, holder, honour, sent, edition=edition, year=held)


#: An item of a list of units granted a title: a name with no clause word in it.
_UNIT_ITEM = re.compile(r"^[^，。；：“”为是把对在的了和与]{2,30}$")


def _receiver_items(receivers: str, at: int) -> list[tuple[str, int]]:
    """The items of a list of receivers (林某、李某, 东湖县、南岭区发改局) with their offsets; one receiver
    is a list of one."""
    items: list[tuple[str, int]] = []
    start = at
    for part in receivers.split("、"):
        if part:
            items.append((part, start))
        start += len(part) + 1
    return items
