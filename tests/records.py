"""Hand-built extraction records with invented names, so store and query tests need no extractor.

``RecordBuilder`` writes one sentence per fact into the document text, so every evidence offset is real.
``forum_report`` covers every relationship type; ``second_report`` repeats one of its facts from another
document and adds an alias, ``unrelated_report`` shares nothing with them.
"""

import hashlib
from typing import Any

from graph.model import ExtractionRecord

PERSON_A, PERSON_B, REPORTER = "试甲", "试乙", "记者丙"
FORUM, FORUM_ALIAS, SUB_FORUM = "第一届测试工匠论坛", "测试论坛", "测试分论坛"
ORGANISER, UNDERTAKER, CO_ORGANISER, SUPPORTER = "测试总工会", "测试职业学院", "测试研究院", "测试集团"
HONOR, ALLIANCE, PROGRAM, PLACE = "测试劳动奖章", "测试工匠联盟", "测试技能计划", "测试市"


class RecordBuilder:
    def __init__(self, doc: str, *, headline: str = "", byline: tuple[str, ...] = ()) -> None:
        self.doc, self.headline, self.byline = doc, headline or doc, byline
        self.text = ""
        self.entities: dict[str, dict[str, Any]] = {}
        self.relations: list[dict[str, Any]] = []

    def entity(self, ident: str, etype: str, name: str, *aliases: str, **properties: Any) -> "RecordBuilder":
        self.entities[ident] = {"id": ident, "type": etype, "name": name, "aliases": list(aliases),
                                "properties": properties, "mentions": []}
        return self

    def fact(self, rtype: str, head: str, tail: str, sentence: str, **properties: Any) -> "RecordBuilder":
        start = len(self.text)
        self.text += sentence
        evidence = {"text": sentence, "start": start, "end": len(self.text), "article": 0}
        self.relations.append({"type": rtype, "head": head, "tail": tail, "properties": properties,
                               "evidence": evidence})
        for ident in (head, tail):
            entity = self.entities[ident]
            at = sentence.find(entity["name"])
            if not entity["mentions"] and at >= 0:
                entity["mentions"].append({"text": entity["name"], "start": start + at,
                                           "end": start + at + len(entity["name"]), "article": 0})
        return self

    def build(self) -> ExtractionRecord:
        byline = [{"name": name, "role": "text"} for name in self.byline]
        return ExtractionRecord.model_validate({
            "doc": self.doc,
            "sha256": hashlib.sha256(f"{self.doc}\n{self.text}".encode()).hexdigest(),
            "source": self.doc, "published": "2024-05-01", "title": self.headline, "text": self.text,
            "extractor": "hand-built/1",
            "articles": [{"ordinal": 0, "headline": self.headline, "start": 0, "end": len(self.text),
                          "byline": byline}],
            "entities": list(self.entities.values()), "relations": self.relations,
        })


def forum_report() -> ExtractionRecord:
    """One document with every relationship type of the schema."""
    b = RecordBuilder("forum-report.txt", headline="测试论坛举行", byline=(REPORTER,))
    b.entity("a", "Person", PERSON_A, gender="female").entity("b", "Person", PERSON_B)
    b.entity("f", "Forum", FORUM, FORUM_ALIAS, kind="forum").entity("sf", "Forum", SUB_FORUM)
    b.entity("o", "Organization", ORGANISER).entity("u", "Organization", UNDERTAKER)
    b.entity("c", "Organization", CO_ORGANISER).entity("s", "Organization", SUPPORTER)
    b.entity("h", "Honor", HONOR, level="national").entity("l", "Alliance", ALLIANCE)
    b.entity("g", "Program", PROGRAM).entity("p", "Place", PLACE)
    b.fact("ORGANIZED", "o", "f", f"{FORUM}由{ORGANISER}主办。")
    b.fact("UNDERTOOK", "u", "f", f"{UNDERTAKER}承办{FORUM}。")
    b.fact("CO_ORGANIZED", "c", "f", f"{CO_ORGANISER}协办{FORUM}。")
    b.fact("SUPPORTED", "s", "f", f"{SUPPORTER}支持{FORUM}。")
    b.fact("HELD_AT", "f", "p", f"{FORUM}在{PLACE}举行。")
    b.fact("PART_OF", "sf", "f", f"{SUB_FORUM}是{FORUM}的分论坛。")
    b.fact("SPOKE_AT", "a", "f", f"{PERSON_A}在{FORUM}上作主旨发言。", role="keynote")
    b.fact("SPOKE_AT", "b", "f", f"{PERSON_B}在{FORUM}上发言。", role="speech")
    b.fact("PARTICIPATED_IN", "a", "f", f"{PERSON_A}出席{FORUM}。", role_text="出席")
    b.fact("HOLDS_HONOR", "a", "h", f"{PERSON_A}曾获{HONOR}。", year=2020)
    b.fact("HOLDS_POSITION", "a", "o", f"{ORGANISER}副主席{PERSON_A}。", titles=["副主席"])
    b.fact("FOUNDED", "o", "l", f"{ORGANISER}发起成立{ALLIANCE}。")
    b.fact("MEMBER_OF", "u", "l", f"{UNDERTAKER}加入{ALLIANCE}。")
    b.fact("MEMBER_OF", "b", "u", f"{PERSON_B}是{UNDERTAKER}的成员。")
    b.fact("LAUNCHED", "o", "g", f"{ORGANISER}启动{PROGRAM}。")
    b.fact("SUB_UNIT_OF", "c", "s", f"{CO_ORGANISER}隶属于{SUPPORTER}。")
    return b.build()


def second_report() -> ExtractionRecord:
    """Another document: the same keynote fact (a second source) and a new alias of person A."""
    b = RecordBuilder("second-report.txt", headline="再谈测试论坛")
    b.entity("a", "Person", PERSON_A, "甲师傅").entity("f", "Forum", FORUM)
    b.fact("SPOKE_AT", "a", "f", f"{PERSON_A}在{FORUM}上再次作主旨发言。", role="keynote")
    return b.build()


def unrelated_report() -> ExtractionRecord:
    """A document sharing no entity with the others."""
    b = RecordBuilder("unrelated-report.txt")
    b.entity("x", "Person", "试丁").entity("y", "Honor", "测试技术能手")
    b.fact("HOLDS_HONOR", "x", "y", "试丁获得测试技术能手称号。", year=2019, edition=3)
    return b.build()


def corpus() -> list[ExtractionRecord]:
    return [forum_report(), second_report(), unrelated_report()]
