"""Assemble the ExtractionRecord: entity ids, relation evidence (whole sentence + offsets), dedupe.

The record is built as plain data and validated once (one pass through pydantic-core), which is several
times cheaper than constructing every entity, relation and evidence model one by one. A sentence that is
the evidence of several relations (a speaker list: one sentence, a dozen facts) is validated once, and its
``Evidence`` shared by those relations; records are never mutated in place (resolution copies them).
"""

from typing import Any

from graph.model import Article, Evidence, ExtractionRecord
from loaders.document import PreparedDocument
from loaders.extract.registry import Registry


def build_record(doc: PreparedDocument, reg: Registry, extractor: str) -> ExtractionRecord:
    text = doc.text
    entities: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    for i, d in enumerate(reg.entities, 1):
        ids[id(d)] = eid = f"e{i}"
        spans = d.mentions if len(d.mentions) < 2 else _first_per_article(d.mentions)
        mentions = []  # a loop, not a comprehension: most entities have one mention (3.11 builds a function)
        for s, e, a in spans:
            mentions.append({"text": text[s:e], "start": s, "end": e, "article": a})
        aliases = [a for a in dict.fromkeys(d.aliases) if a != d.name] if d.aliases else []
        entities.append(
            {
                "id": eid,
                "type": d.type,
                "name": d.name,
                "aliases": aliases,
                "properties": d.properties,  # validation copies it
                "mentions": mentions,
            }
        )
    relations: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    evidence: dict[tuple, Evidence] = {}  # one validated model per sentence (an instance is not revalidated)
    for r in reg.relations:
        head, tail = ids.get(id(r.head)), ids.get(id(r.tail))
        if head is None or tail is None or head == tail:
            continue
        key = (r.type, head, tail, r.properties.get("role"))
        if key in seen:
            continue
        seen.add(key)
        sent = r.sentence
        ev = evidence.get(sent)
        if ev is None:
            # (the document's own characters: the extractor read a copy with full-width punctuation)
            ev = evidence[sent] = Evidence(
                text=text[sent.start : sent.end], start=sent.start, end=sent.end, article=sent.article
            )
        relations.append({"type": r.type, "head": head, "tail": tail, "properties": r.properties, "evidence": ev})
    articles = list(doc.articles) or [Article(ordinal=0, headline="", start=0, end=len(text))]
    return ExtractionRecord.model_validate(
        {
            "doc": doc.raw.doc,
            "sha256": doc.raw.sha256,
            "source": doc.raw.source,
            "published": doc.raw.published,
            "title": articles[0].headline,
            "text": text,
            "extractor": extractor,
            "articles": articles,
            "entities": entities,
            "relations": relations,
        }
    )


def _first_per_article(mentions: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The first mention of an entity in each article (the record's contract; keeps records small)."""
    first: dict[int, tuple[int, int, int]] = {}
    for m in sorted(set(mentions)):
        first.setdefault(m[2], m)
    return list(first.values())
