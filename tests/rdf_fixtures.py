"""Hand-built extraction records for the RDF tests, and helpers to load them and to compare graphs.

The records use invented names (示例…, 测试…) and cover every extracted relationship type, a fact
reported by two documents, several facts read from one sentence, qualifiers of every kind
(role, role_text, titles, year, edition) and a byline.
"""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad
from rdflib import Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from graph.model import Article, BylineEntry, Entity, Evidence, ExtractionRecord, Relation
from graph.settings import Settings
from graph.store import GraphStore

EXTRACTOR = "hand-built/1"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class RecordBuilder:
    """Builds one record over ``text``; evidence is given as the sentence, its offsets are found."""

    doc: str
    text: str
    byline: list[tuple[str, str]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def evidence(self, sentence: str) -> Evidence:
        start = self.text.index(sentence)
        return Evidence(text=sentence, start=start, end=start + len(sentence), article=0)

    def entity(self, eid: str, etype: str, name: str, mention: str | None = None, **props: Any) -> None:
        aliases = props.pop("aliases", [])
        mentions = [self.evidence(mention)] if mention else []
        self.entities.append(Entity(id=eid, type=etype, name=name, aliases=aliases, properties=props,
                                    mentions=mentions))

    def fact(self, rtype: str, head: str, tail: str, sentence: str, **props: Any) -> None:
        self.relations.append(Relation(type=rtype, head=head, tail=tail, properties=props,
                                       evidence=self.evidence(sentence)))

    def record(self) -> ExtractionRecord:
        return ExtractionRecord(
            doc=self.doc,
            sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            source=self.doc,
            published="2023-07-28",
            title=self.text.split("。", 1)[0],
            text=self.text,
            extractor=EXTRACTOR,
            articles=[Article(ordinal=0, headline=self.text.split("。", 1)[0], start=0, end=len(self.text),
                              byline=[BylineEntry(name=n, role=r) for n, r in self.byline])],  # type: ignore[arg-type]
            entities=self.entities,
            relations=self.relations,
        )


OPENING = "第一届测试工匠论坛在示例市开幕。"
ORGANISERS = "论坛由示例总工会主办，示例职业学院承办，示例研究院协办，示例集团支持。"
SPEAKERS = "张三作主旨发言，李四作交流发言。"
GUEST = "王芳出席论坛并主持研讨。"
POSITION = "张三是示例集团高级技师、首席工程师。"
HONOUR = "李四荣获2021年第十届全国劳动模范称号。"
ALLIANCE = "示例集团联合成立示例工匠联盟，示例职业学院和王芳加入联盟。"
SUB_FORUM = "测试分论坛是第一届测试工匠论坛的分论坛。"
PROGRAM = "示例总工会在论坛上启动示例技能大赛，示例集团参加大赛。"
UNIT = "示例研究院技能部隶属示例研究院。"


def first_report() -> ExtractionRecord:
    text = "".join((OPENING, ORGANISERS, SPEAKERS, GUEST, POSITION, HONOUR, ALLIANCE, SUB_FORUM, PROGRAM, UNIT))
    b = RecordBuilder("first.txt", text, byline=[("赵记", "text"), ("钱摄", "photo")])
    b.entity("forum", "Forum", "第一届测试工匠论坛", OPENING, aliases=["测试工匠论坛"], kind="forum",
             start_date="2023-07-28", theme="匠心 测试")
    b.entity("sub", "Forum", "测试分论坛", SUB_FORUM, kind="sub-forum", start_date="2023-07")
    b.entity("city", "Place", "示例市", OPENING)
    b.entity("union", "Organization", "示例总工会", ORGANISERS, kind="union")
    b.entity("college", "Organization", "示例职业学院", ORGANISERS, kind="school")
    b.entity("institute", "Organization", "示例研究院", ORGANISERS)
    b.entity("group", "Organization", "示例集团", ORGANISERS, kind="company")
    b.entity("unit", "Organization", "示例研究院技能部", UNIT)
    b.entity("zhang", "Person", "张三", SPEAKERS)
    b.entity("li", "Person", "李四", SPEAKERS, gender="female")
    b.entity("wang", "Person", "王芳", GUEST)
    b.entity("model", "Honor", "全国劳动模范", HONOUR, level="national")
    b.entity("alliance", "Alliance", "示例工匠联盟", ALLIANCE, founded_date="2023-07-28")
    b.entity("contest", "Program", "示例技能大赛", PROGRAM, kind="competition")
    b.fact("HELD_AT", "forum", "city", OPENING)
    for rtype, org in (("ORGANIZED", "union"), ("UNDERTOOK", "college"), ("CO_ORGANIZED", "institute"),
                       ("SUPPORTED", "group")):
        b.fact(rtype, org, "forum", ORGANISERS)
    b.fact("SPOKE_AT", "zhang", "forum", SPEAKERS, role="keynote")
    b.fact("SPOKE_AT", "li", "forum", SPEAKERS, role="discussion")
    b.fact("PARTICIPATED_IN", "wang", "forum", GUEST, role_text="出席")
    b.fact("HOLDS_POSITION", "zhang", "group", POSITION, titles=["高级技师", "首席工程师"])
    b.fact("HOLDS_HONOR", "li", "model", HONOUR, year=2021, edition=10)
    b.fact("FOUNDED", "group", "alliance", ALLIANCE)
    b.fact("MEMBER_OF", "college", "alliance", ALLIANCE)
    b.fact("MEMBER_OF", "wang", "alliance", ALLIANCE)
    b.fact("PART_OF", "sub", "forum", SUB_FORUM)
    b.fact("LAUNCHED", "union", "contest", PROGRAM)
    b.fact("PARTICIPATED_IN", "group", "contest", PROGRAM, role_text="参加")
    b.fact("SUB_UNIT_OF", "unit", "institute", UNIT)
    return b.record()


SECOND_SPEECH = "在第一届测试工匠论坛上，张三作主旨发言。"
SECOND_HONOUR = "示例集团获评全国劳动模范集体。"
SECOND_POSITION = "张三现任示例集团总工程师。"


def second_report() -> ExtractionRecord:
    """Repeats a speech (a second source for one fact) and adds facts with other qualifiers."""
    text = SECOND_SPEECH + SECOND_HONOUR + SECOND_POSITION
    b = RecordBuilder("second.txt", text)
    b.entity("forum", "Forum", "第一届测试工匠论坛", SECOND_SPEECH)
    b.entity("zhang", "Person", "张三", SECOND_SPEECH)
    b.entity("group", "Organization", "示例集团", SECOND_HONOUR)
    b.entity("model", "Honor", "全国劳动模范", SECOND_HONOUR)
    b.fact("SPOKE_AT", "zhang", "forum", SECOND_SPEECH, role="keynote")
    b.fact("HOLDS_HONOR", "group", "model", SECOND_HONOUR)
    b.fact("HOLDS_POSITION", "zhang", "group", SECOND_POSITION, titles=["总工程师"])
    return b.record()


def hand_built_records() -> list[ExtractionRecord]:
    return [first_report(), second_report()]


def corpus_paths(shared_dir: Path) -> list[Path]:
    """The seed page and the dev articles."""
    fixtures = shared_dir / "fixtures"
    return sorted((fixtures / "seed").glob("*.txt")) + sorted((fixtures / "dev").glob("*.txt"))


def extract_corpus(shared_dir: Path) -> list[ExtractionRecord]:
    """The seed page and the dev articles through the real extractor."""
    from loaders.pipeline import default_extractor, iter_outcomes

    outcomes = list(iter_outcomes(corpus_paths(shared_dir), default_extractor()))
    failed = [f"{o.doc}: {o.error}" for o in outcomes if o.error is not None]
    assert not failed, failed
    return [o.record for o in outcomes if o.record is not None]


@contextmanager
def loaded_store(kind: str, directory: Path, records: list[ExtractionRecord]) -> Iterator[GraphStore]:
    from .store_fixtures import open_test_store

    settings = Settings(store=kind, db_path=directory / "graph.lbdb")  # type: ignore[call-arg]
    with open_test_store(kind, settings) as store:
        store.write_records(records)
        yield store


# ------------------------------------------------------------------------------ graph comparison


def rdflib_term(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term, built from its parts (not through any serialiser)."""
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, Literal):
        if term.language:
            return RdfLiteral(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return RdfLiteral(term.value)
        return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


def rdflib_graph(quads: list[Quad], graph_name: NamedNode | DefaultGraph | None = None) -> Graph:
    """The triples of ``quads`` (all graphs merged, or only ``graph_name``) as an rdflib graph."""
    graph = Graph()
    for q in quads:
        if graph_name is None or q.graph_name == graph_name:
            graph.add((rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object)))
    return graph


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    """Each graph of an rdflib dataset by name ('' for the default graph), copied into a plain Graph."""
    graphs: dict[str, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = "" if g is None or str(g) == "urn:x-rdflib:default" else str(g)
        graphs.setdefault(name, Graph()).add((s, p, o))
    return graphs
