"""Canonical organisation names, as a pure function of the written name (so the result never depends on
which documents were loaded before).

Rules, in order; each one that changes the name leaves a :class:`Note`:

1. ``normalise``: NFKC, no whitespace or quotes (``中海石油（中国）`` = ``中海石油(中国)``).
2. ``org-alias-table``: a name listed in ``data/org_aliases.tsv`` becomes its canonical name
   (``全总`` → ``中华全国总工会``); ``zhonghua-prefix``: ``全国X`` for a listed ``中华全国X``.
3. ``group-legal-form``: after 集团, the legal form is dropped (``X集团有限公司`` = ``X集团公司`` = ``X集团``),
   then the short form is looked up in the table again (``中国船舶集团`` → ``中国船舶集团有限公司``).
4. ``org-alias-prefix``: a listed name (marked 1) followed by a sub-unit name becomes the canonical name
   plus the sub-unit (``全总文工团`` → ``中华全国总工会文工团``). The remainder must end like a sub-unit
   (部 司 局 院 所 中心 团 委 工作室 ...), not like a school (学院 大学) and must not hold 公司 or 集团: so
   ``中国移动通信有限公司研究院`` and ``中国石油大学`` are never rewritten.
5. ``body-abbreviation``: the short form of a body's name after a region becomes the full form
   (``杭州市妇联`` → ``杭州市妇女联合会``; ``data/body_abbreviations.tsv``).
6. ``region-level-word``: a province written without its level word before a body that exists once per
   region (``data/regional_bodies.txt``) gets it: ``北京总工会`` → ``北京市总工会``; never ``北京大学``.
7. ``cpc-committee``: a Party committee of a place is written with 中共 (``徐州市委`` → ``中共徐州市委``).
8. ``document-local`` (not a rewrite): a deictic, relative or generic name (``我校``, ``校工会``, ``市委``,
   ``集团公司``; ``data/relative_org_names.txt``) means a different body in each document and is never
   merged across documents.
"""

import re
from dataclasses import dataclass, field

from .data import OrgAliasEntry, Vocabulary
from .notes import Note
from .text import clean_name

_LEGAL_AFTER_GROUP = re.compile(r"集团(?:股份有限公司|有限责任公司|有限公司|公司)")
_SUB_UNIT_END = re.compile(
    r"(?:部|司|局|处|厅|办公室|办|院|所|中心|团|委|委员会|工作室|分会|实验室|学部|基地|站|室|会)$"
)
_SCHOOL_END = re.compile(r"(?:学院|大学|学校|医院|分校)$")
_COMMITTEE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,6}?[省市区县州])委(组织部|宣传部|统战部|政法委|办公厅|办公室)?$")


@dataclass(frozen=True)
class OrgName:
    name: str
    notes: list[Note] = field(default_factory=list)
    document_local: bool = False


class OrgNames:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        table = vocabulary.org_aliases
        # Reduced forms of listed names (集团 without its legal form) also find their canonical name.
        self._table = dict(table)
        for name, entry in table.items():
            self._table.setdefault(_reduce_legal_form(name), entry)
        self._prefixes = sorted((n for n, e in self._table.items() if e.prefix), key=len, reverse=True)
        self._regions = sorted(vocabulary.regions.items(), key=lambda kv: len(kv[0]), reverse=True)

    def canonical(self, written: str) -> OrgName:
        notes: list[Note] = []
        name = clean_name(written)
        if name != written and name != written.strip():
            notes.append(Note("normalise", f"{written} → {name}"))
        while True:  # until a fixed point, so that the canonical form of a canonical form is itself
            step: list[Note] = []
            rewritten = self._rewrite(name, step)
            if rewritten == name:
                break
            notes += step
            name = rewritten
        return OrgName(name, notes, self.is_document_local(name))

    def _rewrite(self, name: str, notes: list[Note]) -> str:
        entry = self._table.get(name)
        if entry is not None:
            return self._listed(name, entry, notes)
        reduced = _reduce_legal_form(name)
        if reduced != name:
            notes.append(Note("group-legal-form", f"{name} → {reduced}"))
            name = reduced
            entry = self._table.get(name)
            if entry is not None:
                return self._listed(name, entry, notes)
        expanded = self._expand_prefix(name, notes)
        if expanded is not None:
            return expanded
        return self._committee(self._region(self._abbreviation(name, notes), notes), notes)

    def _abbreviation(self, name: str, notes: list[Note]) -> str:
        full = expand_body_abbreviation(name, self.vocabulary)
        if full != name:
            notes.append(Note("body-abbreviation", f"{name} → {full} (body_abbreviations.tsv)"))
        return full

    @staticmethod
    def _listed(name: str, entry: OrgAliasEntry, notes: list[Note]) -> str:
        if entry.canonical != name:
            rule = "zhonghua-prefix" if "中华" + name == entry.canonical else "org-alias-table"
            notes.append(Note(rule, entry.source))
        return entry.canonical

    def _expand_prefix(self, name: str, notes: list[Note]) -> str | None:
        for prefix in self._prefixes:
            if not name.startswith(prefix) or len(name) - len(prefix) < 2:
                continue
            rest = name[len(prefix) :]
            if not _SUB_UNIT_END.search(rest) or _SCHOOL_END.search(rest) or "公司" in rest or "集团" in rest:
                return None
            entry = self._table[prefix]
            result = entry.canonical + rest
            if result != name:
                notes.append(Note("org-alias-prefix", f"{entry.source}; sub-unit {rest}"))
            return result
        return None

    def _region(self, name: str, notes: list[Note]) -> str:
        for short, full in self._regions:
            body = name[len(short) :]
            if name.startswith(short) and not name.startswith(full) and body in self.vocabulary.regional_bodies:
                result = full + name[len(short) :]
                notes.append(Note("region-level-word", f"{name} → {result} (regions.tsv: {short} = {full})"))
                return result
        return name

    @staticmethod
    def _committee(name: str, notes: list[Note]) -> str:
        m = _COMMITTEE.match(name)
        if m is None or name.startswith("中共") or len(m.group(1)) < 3:
            return name
        result = "中共" + name
        notes.append(Note("cpc-committee", f"{name} → {result}"))
        return result

    def is_document_local(self, name: str) -> bool:
        vocab = self.vocabulary
        if name in vocab.relative_exact:
            return True
        if name in self._table or any(name.startswith(e) for e in vocab.relative_exceptions):
            return False
        return any(name.startswith(p) for p in vocab.relative_prefixes)


def expand_body_abbreviation(name: str, vocabulary: Vocabulary) -> str:
    """``name`` with the short form of a body's name that ends it written in full (杭州市妇联 →
    杭州市妇女联合会); unchanged without a region or other prefix of two or more characters before it."""
    for short, full in vocabulary.body_abbreviations:
        if name.endswith(short) and len(name) - len(short) >= 2:
            return name[: -len(short)] + full
    return name


def _reduce_legal_form(name: str) -> str:
    while True:
        reduced = _LEGAL_AFTER_GROUP.sub("集团", name)
        if reduced == name:
            return name
        name = reduced
