"""Lists of units as a report writes them: the organiser lists of a sentence (A主办、B承办, 主办单位：A、B)
and the units one list names (A、B和C, A联合B, 云溪和白石景区), for the passes that relate those units."""

import re
from bisect import bisect_left
from functools import lru_cache

from graph.model import EntityType, RelationType
from loaders.extract.anchored import cut_lead, cut_tail
from loaders.extract.lexicon import alternation
from loaders.extract.orgs import OrgRules, holds_clause_preposition, joins_two_fields
from loaders.extract.registry import Registry

#: The verbs that close a list of organisers, and the relation each gives the units listed.
ORGANISER_VERBS = {
    "主办": RelationType.ORGANIZED,
    "举办": RelationType.ORGANIZED,
    "组织举办": RelationType.ORGANIZED,
    "组织": RelationType.ORGANIZED,  # only after 由 (由校工会组织的X): else too often the noun (基层党组织)
    # 由A牵头，B、C联合主办: the lead unit organises too; 组织 only in forms that cannot be the noun
    "牵头": RelationType.ORGANIZED,
    "牵头组织": RelationType.ORGANIZED,
    "共同组织": RelationType.ORGANIZED,
    "联合组织": RelationType.ORGANIZED,
    "组织实施": RelationType.ORGANIZED,
    # A与B共建开展的X活动 (a bare 开展 is read by the events pass: X开展Y)
    "共建开展": RelationType.ORGANIZED,
    "联合开展": RelationType.ORGANIZED,
    "共同开展": RelationType.ORGANIZED,
    "承办": RelationType.UNDERTOOK,
    "具体承办": RelationType.UNDERTOOK,
    "协办": RelationType.SUPPORTED,
    "支持": RelationType.SUPPORTED,
}
#: 协办/合作 belong to the verb, not to the unit before it (区体育局合作主办); a verb followed by 、 ends its
#: list as a comma does (A主办、B承办的).
_ORG_VERB = re.compile(
    rf"(?:共同|联合|具体|牵头|合作|参与|负责|合力|携手|联手)?({alternation(ORGANISER_VERBS)})(?:单位)?(?=[，。；的,、]|$)"
)
#: An organiser list written as a field: 主办单位：A、B；承办单位：C (the list runs to ；or 。).
_COLON_LIST = re.compile(r"(主办|承办|协办|支持)(?:单位|方)[：:]([^；;。：:]{2,200})")
#: What opens an organiser list: the last of these before the verb.
_LIST_DELIMITER = re.compile(r"[，,。；：:由的]")


@lru_cache(maxsize=1024)
def organiser_lists(body: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """(list start, verb end, listed text, verb, introduced by 由) for each 主办/承办/协办 list in a sentence.
    Memoised: the known-organisation pass and the organiser pass read the same sentences."""
    out = []
    prev_end = 0
    delimiters: list[int] | None = None
    for m in _ORG_VERB.finditer(body):
        if delimiters is None:
            delimiters = [d.start() for d in _LIST_DELIMITER.finditer(body)]
        k = bisect_left(delimiters, m.start()) - 1
        lo = delimiters[k] + 1 if k >= 0 and delimiters[k] >= prev_end else prev_end
        prev_end = m.end()
        listed = body[lo : m.start()]
        via_you = lo > 0 and body[lo - 1] == "由"
        if len(listed) >= 2 and (via_you or m.group(0) != "组织"):  # (共同组织的: the verb, after any list)
            out.append((lo, m.end(), listed, m.group(1), via_you))
    if "：" in body or ":" in body:
        for m in _COLON_LIST.finditer(body):  # 主办单位：A、B；承办单位：C
            out.append((m.start(2), m.end(2), m.group(2), m.group(1), False))
        out.sort()
    return tuple(out)


#: A list mark, outside brackets (农艺（含农学、植物保护）类教学指导分委员会 is one unit).
_LIST_SPLIT = re.compile(r"(?:、|以及)(?![^（(]*[）)])")
#: A counted group of units (130余所学校, 50余支部队, 三家企业): no one unit.
_COUNTED_UNITS = re.compile(r"^[\d一二三四五六七八九十百千万两几多数]+(?:余|多)?[所支家个座名位间条批类]")
#: A short proper name with no head of its own (云溪, 青龙潭), as items sharing the head of the last.
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: What joins two units of a list of organisers (A联合B举办, A会同B主办), besides 和/与/及 (not the 联合 of a
#: name: 工会联合会, 工会联合总会).
_ITEM_CONJ = re.compile(r"[和与及]|联合(?!会|总会|体|社)|会同|携手")
_ITEM_CONJ_KEPT = re.compile(f"({_ITEM_CONJ.pattern})")
#: The bodies of a unit written bare after another of the same unit (X学院党委、工会 = X学院工会).
_OWN_BODIES = ("党委", "党总支", "党支部", "工会", "分工会", "团委", "教代会")
#: Words framing an item that are no part of the unit: the event before it (会议, 本次论坛…) and what
#: follows it (等单位, 共同, 联合发起).
_ITEM_LEAD = re.compile(r"^(?:会议|本次论坛|此次论坛|论坛|大会|活动|本届论坛)")
_ITEM_TAIL = re.compile(
    r"(?:(?:等(?:[\d一二三四五六七八九十多]*[家个]?(?:省级|市级|县级|省直|市直|区直|有关|相关|成员|会员|直属)?"
    r"(?:单位|部门))?)?(?:共同|联合|具体)?(?:发起)?)$"
)
_ITEM_FINALS = ("共同", "联合", "具体", "单位", "部门", "发起", "等")


class UnitLists:
    """Splits a list of units into the units it names, by the organisation rules and the units already
    found."""

    def __init__(self, orgs: OrgRules, registry: Registry) -> None:
        self.orgs = orgs
        self.reg = registry

    def items(self, text: str, known: frozenset[str], strict: bool = False) -> list[str]:
        """The units ``text`` lists (none when fewer than half its items look like units); ``strict``: every
        item must be a unit, else none."""
        items: list[str] = []
        raws: list[str] = []
        for raw in _LIST_SPLIT.split(text):
            parts = self._conjoined(raw)
            bare_ok = self._head_to_share(text) is not None
            if len(parts) > 1 and all(self._unit_or_bare(self.orgs.clean(p)[0], known, bare_ok) for p in parts):
                raws.extend(p for p in parts if not _COUNTED_UNITS.match(self.orgs.clean(p)[0]))
            else:
                raws.append(raw)
        raws = self._shared_head(raws)
        for raw in raws:
            item, _ = self.orgs.clean(raw)
            item = cut_tail(_ITEM_TAIL, cut_lead(_ITEM_LEAD, item), _ITEM_FINALS)
            if not item or _COUNTED_UNITS.match(item):
                continue
            if item in _OWN_BODIES and items:  # 机电学院党委、工会: the union of the same college
                owner = next((items[-1][: -len(b)] for b in _OWN_BODIES if items[-1].endswith(b)), "")
                item = owner + item if len(owner) >= 2 else item
            items.append(item)
        items = [i for i in items if not holds_clause_preposition(i)]  # (讲座辅导在X学院举办: a clause, no unit)
        good = [i for i in items if self.orgs.looks_like(i, known) or self.reg.find(i, EntityType.ORGANIZATION)]
        if strict and len(good) != len(items):
            return []
        if len(good) * 2 < len(items):
            return []
        plain = [i for i in items if len(i) <= 30 and "，" not in i and "。" not in i and i.count("“") == i.count("”")]
        return plain if not strict else good

    def _conjoined(self, raw: str) -> list[str]:
        """The parts of ``A和B`` (A与B, A联合B…); 与 between two fields of one name (人文与艺术学院, 农业电气化与
        信息化分会) joins no parts."""
        pieces = _ITEM_CONJ_KEPT.split(raw)
        parts = [pieces[0]]
        for conj, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            joined = self.orgs.clean(parts[-1] + conj + piece)[0]
            # 农业电气化与信息化分会, 东海省人力资源和社会保障厅: no unit before the conjunction, one after it
            within = conj in "和与及" and (
                not self.orgs.looks_like(self.orgs.clean(parts[-1])[0]) and self.orgs.looks_like(joined)
            )
            if within or (conj == "与" and joins_two_fields(joined)):
                parts[-1] += conj + piece
            else:
                parts.append(piece)
        return [p for p in parts if p.strip()]

    def _unit_or_bare(self, part: str, known: frozenset[str], bare_ok: bool) -> bool:
        """A part of ``A和B`` that stands as an item: a unit, a counted group of units (50余支部队, dropped),
        or, when the list ends with a head to share, a bare short name (云溪 of 云溪和白石景区)."""
        if self.orgs.looks_like(part, known) or _COUNTED_UNITS.match(part):
            return True
        return bare_ok and _BARE_NAME.fullmatch(part) is not None

    def _head_to_share(self, listed: str) -> str | None:
        """The head the last item of a list may share with bare names before it: the last item is a short
        proper name (two to four characters, no institution word of its own) + the head (白石景区, 南湖社区;
        not 文学与传媒学院工会, whose 传媒学院 is a name of its own)."""
        last = self.orgs.clean(re.split(r"[、和与及]", listed)[-1])[0]
        head = self.orgs.suffix(last)
        if head is None:
            return None
        stem = last[: -len(head)]
        if not 2 <= len(stem) <= 4 or self.orgs.suffix(stem) or _BARE_NAME.fullmatch(stem) is None:
            return None
        return head

    def _shared_head(self, raws: list[str]) -> list[str]:
        """A、B和C景区: bare short names (two to four characters, no institution word) right before the last
        item share its head (云溪景区, 白石景区, 青龙潭景区)."""
        if len(raws) < 2:
            return raws
        head = self._head_to_share(raws[-1])
        if head is None:
            return raws
        out = list(raws)
        for i in range(len(raws) - 2, -1, -1):
            bare = self.orgs.clean(raws[i])[0]
            if _BARE_NAME.fullmatch(bare) is None or self.orgs.suffix(bare) or bare in self.orgs.lex.org_suffixes:
                break
            out[i] = raws[i] + head
        return out
