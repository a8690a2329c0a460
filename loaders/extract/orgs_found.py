"""Organisations named anywhere (not only in chains and lists): a span ending with an institution word,
extended left to a boundary, standing as a whole noun phrase (followed by punctuation or a function word)."""

import re
from collections.abc import Sequence
from functools import lru_cache

import rjieba

from loaders.extract.lexicon import Lexicon, word_finder
from loaders.extract.orgs import OrgRules
from loaders.extract.spans import extend_left

#: Single-character and Party-committee endings are too ambiguous outside an apposition chain.
_WEAK = frozenset({"党委", "党组", "联盟", *"所院部司局厅处科办委站团队社馆厂矿系班组"})
#: Work units (带电作业班, 技术攻关组, 抢修队, 变电站) are named standalone only inside a named organisation.
_UNITS = frozenset("班组队站")
#: Heads of bodies named after a person (林某劳模创新工作室, 林某技能大师工作室, 林某创新团队).
_NAMED_AFTER_PEOPLE = frozenset({"工作室", "团队", "创新团队", "班组"})
_PROPER_TAGS = {"ns", "nr", "nt", "nz", "j", "nrt", "nrfg", "eng"}
#: Words that may follow an organisation's name (after a Han character; anything else ends it anyway).
_AFTER_WORDS = frozenset(
    [
        "和",
        "与",
        "及",
        "等",
        "的",
        "在",
        "将",
        "是",
        "为",
        "对",
        "向",
        "于",
        "已",
        "也",
        "还",
        "共同",
        "联合",
        "召开",
        "举办",
        "举行",
        "主办",
        "承办",
        "协办",
        "携手",
        "印发",
        "派出",
        "代表",
        "启动",
        "发布",
        "成立",
        "有关",
        "相关",
        "负责",
        "领导",
        "授予",
        "号召",
        "高度",
        "大力",
        "积极",
        "从",
        "到",
        "作为",
        "通过",
        "坚持",
        "始终",
        "进行",
        "开展",
        "参加",
        "出席",
        "建设",
        "发展",
        "推进",
        "联手",
        "提供",
        "组织",
        "支持",
        "合作",
        "命名",
        "批准",
        "推荐",
        "评选",
        "主管",
        "指导",
        "聘请",
        "邀请",
        "表彰",
        "签订",
        "签署",
        # receiving an honour (东海机床厂数控车间日前荣获…)
        "荣获",
        "获评",
        "获得",
        "获",
        "被",
        "日前",
        "近日",
        "再次",
        "先后",
        "多次",
        # what a unit does as the subject of a profile (林某工作室培养了…, X中心累计完成…)
        "培养",
        "累计",
        "拥有",
        "现有",
        "目前",
        "完成",
        "承担",
        "带动",
        "带领",
        "位于",
    ]
)
#: Last characters of a department's name, after a word that is otherwise a verb (组织部, 代表处).
_DEPARTMENT_ENDS = frozenset("部处科局办厅司")
_AFTER_LENGTHS = sorted({len(w) for w in _AFTER_WORDS})
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_WORDS)
_QUOTED = re.compile(r"“([^“”]{4,30}?(?:工作室|团队|工作坊|中心|协会|学会|研究会|宣讲团|合唱团|艺术团|学校))”")
_AND = re.compile(r"[和与]")
_CO_VERB = re.compile(r"联合(?=[\u4e00-\u9fff]{2})")
#: Modal verbs and verbs of policy prose that open an object phrase (要加强X工作室建设).
_LEADING_VERB = re.compile(
    r"^(?:要|将|应|需|须|需要|必须|继续|持续|不断|切实|着力|努力|加强|推进|推动|深化|做好|抓好|支持|积极|深入|全面|进一步|加快"
    r"|打造|创建|建好|用好)+"
)
_DETERMINER = re.compile(
    r"^(?:各级|各|基层|上级|有关|相关|该|本|这|全体|广大|多个|其他|其|我国|国内|全国各地|当地|驻地)"
)
_JUNK = re.compile(
    r"\d|[A-Za-z]{4,}|[“”《》]$|^[“”《》]|派出|号召|支持|推动|访|表彰|建成|成为|进一步|发挥|突出|贡献|市委市政府|省委省政府|[一二三四五六七八九十两几多][地家个所位名项]"
)


def _has_proper_tag(name: str) -> bool:
    """rjieba tags a word of the name as a place, person, organisation or other proper noun."""
    for _, tag in rjieba.tag(name):  # noqa: SIM110 - any() over a generator costs a frame per call
        if tag in _PROPER_TAGS:
            return True
    return False


class OrgFinder:
    def __init__(self, lex: Lexicon, orgs: OrgRules) -> None:
        self.orgs = orgs
        strong = sorted(s for s in lex.org_suffixes if s not in _WEAK)
        self._strong = word_finder(strong)
        self._suffix = word_finder({*strong, *_UNITS})
        self._national = word_finder(lex.national_bodies)

    @staticmethod
    def _after(text: str, e: int) -> bool:
        """A function word or verb follows (set lookups: the alternation tries its ~80 branches in turn),
        and is no word of a department's name (东海市委 + 组织部, 东海公司 + 代表处)."""
        if text[e : e + 1] not in _AFTER_FIRST:
            return False
        for n in _AFTER_LENGTHS:
            if text[e : e + n] in _AFTER_WORDS:
                return text[e + n : e + n + 1] not in _DEPARTMENT_ENDS
        return False

    @staticmethod
    @lru_cache(maxsize=4096)
    def _proper(name: str) -> bool:
        return _has_proper_tag(name)

    @staticmethod
    @lru_cache(maxsize=4096)
    def _generic(name: str) -> bool:
        """A category noun (创新工作室, 工程中心, 优秀工会) rather than a name: only common words, no place
        or proper noun, and short."""
        return len(name) <= 7 and not _has_proper_tag(name)

    def _unit_of_named_org(self, name: str) -> bool:
        """国网东海供电公司 + 带电作业 + 班: a unit word closes a name only after a named organisation and a
        short name of the unit's own (one to six Han characters)."""
        for _, _s, p in reversed(self._strong.find_matches_as_indexes(name[:-1])):
            own = name[p:-1]
            return 1 <= len(own) <= 6 and own.isalpha() and self.orgs.looks_like(name[:p])
        return False

    def _modifier_before(self, text: str, comma: int) -> bool:
        """标准化、同质化诊疗中心: an adjective (…化, …性, …型) before 、 modifies the same head, so what
        follows 、 is not a name of its own."""
        i = comma
        while i > 0 and text[i - 1] not in "，。；：、\n“”（）" and comma - i < 12:
            i -= 1
        item = text[i:comma]
        return bool(item) and item[-1] in "化性型" and not self.orgs.looks_like(item)

    def find(
        self,
        text: str,
        stops: frozenset[int],
        taken: list[tuple[int, int]],
        persons: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[int, str]]:
        """Organisations named in ``text``; ``persons`` are the spans of person names, which end a name
        unless a studio or team is named after the person."""
        out: dict[int, str] = {}
        mask = bytearray(len(text) + 1)
        for ts, te in taken:
            mask[ts:te] = b"\x01" * (te - ts)
        person_at = {e: s for s, e in persons}
        for m in _QUOTED.finditer(text):
            name = m.group(1)
            if self.orgs.suffix(name) and self.orgs.looks_like(name) and not all(mask[m.start(1) : m.end(1)]):
                out[m.start(1)] = name
        for _, s, e in self._suffix.find_matches_as_indexes(text):
            if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and not self._after(text, e):
                continue
            start = extend_left(text, s, max(0, s - 24), stops, keep_words=("和", "与"))
            named_after = start in person_at and text[s:e] in _NAMED_AFTER_PEOPLE
            if named_after:
                start = person_at[start]  # 林某劳模创新工作室: a studio named after its leader
            name, _ = self.orgs.clean(text[start:e])
            start = e - len(name)
            if name.startswith(("我校", "本校")) and self.orgs.looks_like(name[2:]):
                name, start = name[2:], start + 2
            det = _DETERMINER.match(name)
            if det:
                name, start = name[det.end() :], start + det.end()
            verb = _LEADING_VERB.match(name)
            if verb:
                name, start = name[verb.end() :], start + verb.end()
                if not self._proper(name):
                    continue
            if len(name) < 3 or _JUNK.search(name) or not self.orgs.looks_like(name):
                continue
            if text[start - 1 : start] == "、" and self._modifier_before(text, start - 1):
                continue
            verb = _CO_VERB.search(name) if text[e : e + 1] == "、" else None
            if verb:
                # X联合Y、Z…举办: 联合 is the verb and Y opens a list of co-organisers
                name, start = name[: verb.start()], start
                if not self.orgs.looks_like(name):
                    continue
            if ("和" in name or "与" in name) and any(self.orgs.suffix(part) for part in _AND.split(name)[:-1]):
                last = _AND.split(name)[-1]  # A与B: B is a name of its own (A is found from its own suffix)
                if len(last) < 3 or not self.orgs.looks_like(last) or self._generic(last):
                    continue
                name, start = last, e - len(last)
            if all(mask[start:e]) or (text[start - 1 : start] == "“" and text[e : e + 1] != "”"):
                continue
            after_de = text[start - 1 : start] == "的" and not named_after  # (以他名字命名的林某工作室 stays)
            if after_de or text.startswith("代表", e) or self._generic(name):
                continue
            if text[s:e] in _UNITS and not self._unit_of_named_org(name):
                continue
            out[start] = name
        self._national_bodies(text, mask, out)
        return sorted(out.items())

    def _national_bodies(self, text: str, mask: bytearray, out: dict[int, str]) -> None:
        """Ministries and other national bodies (教育部, 人力资源和社会保障部), whose last word is too
        ambiguous for the suffix scan, standing as a name of their own: not inside a longer name (教育部重点
        实验室: a function word or punctuation must follow, and no Han character precede but a verb's)."""
        for _, s, e in self._national.find_matches_as_indexes(text):
            if s in out or any(mask[s:e]):
                continue
            if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and not self._after(text, e):
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and extend_left(text, s, max(0, s - 24)) != s:
                continue
            out[s] = text[s:e]
