"""Assemble the ExtractionRecord: entity ids, relation evidence (whole sentence + offsets), dedupe."""

from graph.model import Article, Entity, Evidence, ExtractionRecord, Relation
from loaders.document import PreparedDocument
from loaders.extract.registry import Registry


def build_record(doc: PreparedDocument, reg: Registry, extractor: str) -> ExtractionRecord:
    entities: list[Entity] = []
    ids: dict[int, str] = {}
    for i, d in enumerate(reg.entities, 1):
        ids[id(d)] = f"e{i}"
        firsts = _first_per_article(d.mentions)
        mentions = [Evidence(text=doc.text[s:e], start=s, end=e, article=a) for s, e, a in firsts]
        aliases = [a for a in dict.fromkeys(d.aliases) if a != d.name]
        entities.append(
            Entity(
                id=f"e{i}", type=d.type, name=d.name, aliases=aliases, properties=dict(d.properties), mentions=mentions
            )
        )
    relations: list[Relation] = []
    seen: set[tuple] = set()
    evidence: dict[int, Evidence] = {}
    for r in reg.relations:
        if id(r.head) not in ids or id(r.tail) not in ids or r.head is r.tail:
            continue
        key = (r.type, id(r.head), id(r.tail), r.properties.get("role"))
        if key in seen:
            continue
        seen.add(key)
        s = r.sentence
        relations.append(
            Relation(
                type=r.type,
                head=ids[id(r.head)],
                tail=ids[id(r.tail)],
                properties=dict(r.properties),
                evidence=evidence.get(s.start)
                or evidence.setdefault(s.start, Evidence(text=s.text, start=s.start, end=s.end, article=s.article)),
            )
        )
    articles = list(doc.articles) or [Article(ordinal=0, headline="", start=0, end=len(doc.text))]
    return ExtractionRecord(
        doc=doc.raw.doc,
        sha256=doc.raw.sha256,
        source=doc.raw.source,
        published=doc.raw.published,
        title=articles[0].headline if articles else "",
        text=doc.text,
        extractor=extractor,
        articles=articles,
        entities=entities,
        relations=relations,
    )


def _first_per_article(mentions: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The first mention of an entity in each article (the record's contract; keeps records small)."""
    first: dict[int, tuple[int, int, int]] = {}
    for m in sorted(set(mentions)):
        first.setdefault(m[2], m)
    return list(first.values())
