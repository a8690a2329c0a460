"""A deterministic synthetic corpus of extraction records, shaped like the news reports the loaders read.

Each document reports one forum: who organised it, who spoke (keynote, speech, discussion), the
speakers' positions and honours, and who attended. People, organisations and forums are drawn from
pools smaller than the corpus, so they recur across documents and facts get several sources (parallel
edges), as in the real graph. Names are built from general vocabulary, never from the fixtures.

    from bench.corpus_gen import generate_records
    records = list(generate_records(5000))

``write_corpus(settings, docs)`` writes such a corpus into a fresh store for the read benchmarks.
"""

import hashlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.model import Article, Entity, Evidence, ExtractionRecord, Relation
from graph.settings import Settings
from graph.stores import open_store

#: Records per ``write_records`` call when a benchmark builds its graph.
WRITE_BATCH = 500

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉红建国文辉力春林云飞鹏宇晨雪梅琳海波斌"
PLACES = ["北京", "天津", "上海", "重庆", "江苏", "浙江", "四川", "湖北", "广东", "山东", "河南", "陕西", "辽宁",
          "福建"]
INDUSTRIES = ["电力", "机械", "化工", "航天", "船舶", "通信", "建工", "冶金", "交通", "石化", "电子", "汽车"]
ORG_SUFFIXES = ["集团有限公司", "研究院", "职业技术学院", "总工会", "股份有限公司", "工程局"]
TOPICS = ["工匠精神", "技能人才", "劳模创新", "产业工人", "职业教育", "巾帼建功", "数字技能", "绿色制造"]
FORUM_KINDS = ["论坛", "交流大会", "座谈会", "研讨会"]
HONORS = ["全国劳动模范", "全国五一劳动奖章", "大国工匠", "全国技术能手", "省劳动模范", "全国三八红旗手",
          "中华技能大奖"]
TITLES = ["院长", "总工程师", "主任", "副主任", "董事长", "党委书记", "首席技师", "高级技师", "副院长", "工会主席"]
ROLES = [("keynote", "作主旨发言"), ("speech", "作交流发言"), ("discussion", "参加研讨交流")]


@dataclass(frozen=True)
class Pools:
    people: list[str]
    organizations: list[str]
    forums: list[str]


@dataclass
class _Doc:
    """Builds one record: sentences appended to the text, each fact pointing at its sentence's offsets."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    text: str = ""

    def entity(self, kind: str, name: str) -> str:
        ident = f"{kind}:{name}"
        if ident not in self.entities:
            self.entities[ident] = Entity(id=ident, type=kind, name=name)  # type: ignore[arg-type]
        return ident

    def sentence(self, text: str) -> Evidence:
        start = len(self.text)
        self.text += text
        return Evidence(text=text, start=start, end=start + len(text))

    def fact(self, rtype: str, head: str, tail: str, evidence: Evidence, **props: object) -> None:
        self.relations.append(Relation(type=rtype, head=head, tail=tail, evidence=evidence, properties=props))  # type: ignore[arg-type]


def make_pools(n_docs: int, rng: random.Random) -> Pools:
    """Pools sized so each person appears in about two documents and each forum in about three."""
    people = sorted(
        {rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))) for _ in range(n_docs * 4)}
    )
    orgs = sorted({f"{rng.choice(PLACES)}{rng.choice(INDUSTRIES)}{rng.choice(ORG_SUFFIXES)}" for _ in range(n_docs)})
    forums = sorted(
        {f"第{rng.randint(1, 30)}届{rng.choice(PLACES)}{rng.choice(TOPICS)}{rng.choice(FORUM_KINDS)}"
         for _ in range(max(1, n_docs // 3))}
    )
    return Pools(people, orgs, forums)


def make_record(index: int, pools: Pools, rng: random.Random) -> ExtractionRecord:
    doc = _Doc()
    forum_name = rng.choice(pools.forums)
    forum = doc.entity("Forum", forum_name)
    headline = doc.sentence(f"{forum_name}举行。")
    organizer = doc.entity("Organization", rng.choice(pools.organizations))
    doc.fact("ORGANIZED", organizer, forum, doc.sentence(f"本次会议由{doc.entities[organizer].name}主办。"))
    for person_name in rng.sample(pools.people, rng.randint(4, 10)):
        person = doc.entity("Person", person_name)
        org = doc.entity("Organization", rng.choice(pools.organizations))
        title = rng.choice(TITLES)
        role, verb = rng.choice(ROLES)
        honor_name = rng.choice(HONORS) if rng.random() < 0.4 else None
        prefix = f"{honor_name}、" if honor_name else ""
        said = doc.sentence(f"{prefix}{doc.entities[org].name}{title}{person_name}{verb}。")
        doc.fact("SPOKE_AT", person, forum, said, role=role)
        doc.fact("HOLDS_POSITION", person, org, said, titles=[title])
        if honor_name:
            doc.fact("HOLDS_HONOR", person, doc.entity("Honor", honor_name), said)
    for person_name in rng.sample(pools.people, rng.randint(1, 3)):
        person = doc.entity("Person", person_name)
        doc.fact("PARTICIPATED_IN", person, forum, doc.sentence(f"{person_name}出席会议。"), role_text="出席")
    body = doc.text.encode("utf-8")
    return ExtractionRecord(
        doc=f"synthetic/{index:05d}.txt",
        sha256=hashlib.sha256(body + str(index).encode()).hexdigest(),
        source=f"synthetic/{index:05d}.txt",
        published=f"20{10 + index % 14:02d}-0{1 + index % 9}-1{index % 10}",
        title=headline.text,
        text=doc.text,
        extractor="corpus_gen/1",
        articles=[Article(ordinal=0, headline=headline.text, start=0, end=len(doc.text))],
        entities=list(doc.entities.values()),
        relations=doc.relations,
    )


def generate_records(n_docs: int, seed: int = 5000) -> Iterator[ExtractionRecord]:
    """``n_docs`` records, the same ones for the same seed."""
    rng = random.Random(seed)
    pools = make_pools(n_docs, rng)
    for index in range(n_docs):
        yield make_record(index, pools, rng)


def write_corpus(settings: Settings, docs: int) -> None:
    """Writes ``generate_records(docs)`` into the store ``settings`` names, in batches, and says what it wrote."""
    started = time.perf_counter()
    with open_store(settings) as store:
        batch: list[ExtractionRecord] = []
        for record in generate_records(docs):
            batch.append(record)
            if len(batch) == WRITE_BATCH:
                store.write_records(batch)
                batch.clear()
        if batch:
            store.write_records(batch)
        stats = store.stats()
    print(f"graph: {docs} documents, {stats.node_total} nodes, {stats.relationship_total} relationships, "
          f"written in {time.perf_counter() - started:.1f} s")
