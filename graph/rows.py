"""Turn extraction records into the node and relationship rows both stores write.

One relationship is kept per fact per source document: its key digests (type, head, tail,
distinguishing property, document), so reloading a document rewrites the same rows and a fact
reported by several documents keeps one provenance record per source.
"""

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .keys import article_key, entity_key, node_iri, relation_key
from .model import (
    Entity,
    EntityType,
    Evidence,
    ExtractionRecord,
    StructuralLabel,
    StructuralRelation,
)
from .node_merge import STATED_PROPERTIES, Votes, add_into, document_votes, merge_entity, stated
from .qualifiers import read_qualifier
from .schema import NODE_PROPERTIES, REL_PROPERTIES


@dataclass(frozen=True)
class NodeRow:
    label: str
    key: str
    props: dict[str, Any]
    #: An entity's: what each document of the batch states about it, as its MENTIONS record (graph.node_merge).
    votes: Votes = field(default_factory=dict)


@dataclass(frozen=True)
class RelRow:
    type: str
    head_label: str
    head_key: str
    tail_label: str
    tail_key: str
    props: dict[str, Any]


@dataclass
class WriteBatch:
    """Rows grouped for ``UNWIND``: nodes per label, relationships per (type, head label, tail label)."""

    nodes: dict[str, list[NodeRow]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[RelRow]] = field(default_factory=lambda: defaultdict(list))
    documents: list[str] = field(default_factory=list)

    @property
    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(len(v) for v in self.rels.values())


_NODE_TEMPLATES = {label: dict.fromkeys(props) for label, props in NODE_PROPERTIES.items()}
_REL_TEMPLATE = dict.fromkeys(REL_PROPERTIES)
_REL_NAMES = _REL_TEMPLATE.keys()
# Enum members' ``.value`` is a property lookup: read once, not per row.
_DOCUMENT, _ARTICLE, _PERSON = StructuralLabel.DOCUMENT.value, StructuralLabel.ARTICLE.value, EntityType.PERSON.value
_IN_DOCUMENT, _MENTIONS = StructuralRelation.IN_DOCUMENT.value, StructuralRelation.MENTIONS.value
_REPORTED = StructuralRelation.REPORTED.value


def _filled(template: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """``template``'s keys in order, with ``values`` where given (a copy and an update: the hot path)."""
    props = template.copy()
    if values.keys() <= props.keys():
        props.update(values)
    else:
        props.update((p, v) for p, v in values.items() if p in props)
    return props


def _node_props(label: str, **values: Any) -> dict[str, Any]:
    return _filled(_NODE_TEMPLATES[label], values)


def _provenance(doc_key: str, extractor: str, evidence: Evidence | None) -> dict[str, Any]:
    if evidence is None:
        return {"doc": doc_key, "extractor": extractor}
    return {
        "doc": doc_key,
        "article": evidence.article,
        "evidence": evidence.text,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
        "extractor": extractor,
    }


def _year_and_edition(props: dict[str, Any], doc: str, rtype: str) -> dict[str, int | None]:
    """``year`` and ``edition`` as integers; the written forms 第三届, 2022年度, 2017-2019年度 are read too."""
    found: dict[str, int | None] = {"year": None, "edition": None}
    for name in ("edition", "year"):
        value = props.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            found[name] = found[name] or value
            continue
        edition, year = read_qualifier(str(value))
        if edition is None and year is None:
            raise InputError(f"{doc}: {rtype} {name} {value!r} is neither a number nor a form like 第三届 or 2022年度")
        if name == "year" and edition is not None:
            year, edition = edition, None
        found["edition"] = found["edition"] or edition
        found["year"] = found["year"] or year
    return found


def entity_node_key(entity: Entity) -> str:
    return entity_key(entity.name, entity.properties.get("disambiguator"))


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while many small dicts are built: their rows hold no cycles, and the
    collector's passes over the growing heap cost a third of the time otherwise."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def record_weight(record: ExtractionRecord) -> int:
    """Roughly how many rows a record turns into (for sizing transactions)."""
    mentions = sum(max(1, len({m.article for m in e.mentions})) for e in record.entities)
    return 2 + 2 * max(1, len(record.articles)) + len(record.entities) + mentions + len(record.relations)


def chunks_by_weight(records: Iterable[ExtractionRecord], limit: int) -> Iterator[list[ExtractionRecord]]:
    """Whole records, in groups of about ``limit`` rows (one store transaction each)."""
    chunk: list[ExtractionRecord] = []
    weight = 0
    for record in records:
        chunk.append(record)
        weight += record_weight(record)
        if weight >= limit:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def build_batch(records: Iterable[ExtractionRecord], base_iri: str) -> WriteBatch:
    """All rows for ``records`` (see :func:`_build_batch`)."""
    with paused_gc():
        return _build_batch(records, base_iri)


def _build_batch(records: Iterable[ExtractionRecord], base_iri: str) -> WriteBatch:
    """All rows for ``records``; rows of one key become one: an entity's by :func:`merge_entity` over the
    votes of the MENTIONS written, any other node's first value wins and properties a first row left null
    are filled from later rows."""
    batch = WriteBatch()
    nodes: dict[tuple[str, str], NodeRow] = {}
    rels: dict[str, RelRow] = {}

    def add_node(label: str, key: str, votes: Votes | None = None, **values: Any) -> None:
        existing = nodes.get((label, key))
        if existing is None:
            tally = add_into({}, votes or {})
            props = _node_props(label, key=key, **values)
            if tally:
                props = merge_entity(label, {}, props, tally)
            nodes[(label, key)] = NodeRow(label, key, props, tally)
            return
        if label in STATED_PROPERTIES:
            tally = add_into(existing.votes, votes or {})
            merged = merge_entity(label, existing.props, _node_props(label, key=key, **values), tally)
            nodes[(label, key)] = NodeRow(label, key, merged, tally)
            return
        props = existing.props
        for name, value in values.items():  # a sparse first mention must not hide what a later one gives
            if value is not None and props.get(name, value) is None:
                props[name] = value

    def add_rel(rtype: str, head: tuple[str, str], tail: tuple[str, str], distinct: Any,
                values: dict[str, Any]) -> bool:
        """Add the relationship unless its key is there already; whether it was added. (``values`` is a dict,
        not keyword arguments, and its properties filled in place: this runs once per relationship.)"""
        key = relation_key(rtype, *head, *tail, distinct, values.get("doc"))
        if key in rels:
            return False
        props = _REL_TEMPLATE.copy()
        props["key"] = key
        if values.keys() <= _REL_NAMES:
            props.update(values)
        else:
            props.update((p, v) for p, v in values.items() if p in props)
        rels[key] = RelRow(rtype, head[0], head[1], tail[0], tail[1], props)
        return True

    iris: dict[tuple[str, str], str] = {}

    def iri(label: str, key: str) -> str:
        """:func:`node_iri`, once per node (an entity is named again by each of its mentions)."""
        found = iris.get((label, key))
        if found is None:
            found = iris[(label, key)] = node_iri(base_iri, label, key)
        return found

    for record in records:
        doc_key = record.sha256
        batch.documents.append(doc_key)
        doc_label = _DOCUMENT
        add_node(
            doc_label,
            doc_key,
            name=record.title or record.doc,
            source=record.source or record.doc,
            title=record.title,
            published=record.published,
            sha256=record.sha256,
            text=record.text,
            uri=iri(doc_label, doc_key),
        )
        art_label = _ARTICLE
        article_keys: dict[int, str] = {}
        for art in record.articles or []:
            akey = article_key(doc_key, art.ordinal)
            article_keys[art.ordinal] = akey
            add_node(
                art_label,
                akey,
                name=art.headline,
                doc=doc_key,
                ordinal=art.ordinal,
                headline=art.headline,
                byline=[f"{b.name}/{b.role.value}" for b in art.byline],
                text_start=art.start,
                text_end=art.end,
                uri=iri(art_label, akey),
            )
            add_rel(_IN_DOCUMENT, (art_label, akey), (doc_label, doc_key), None,
                    _provenance(doc_key, record.extractor, None))
        if not article_keys:
            article_keys[0] = article_key(doc_key, 0)
            add_node(art_label, article_keys[0], name=record.title, doc=doc_key, ordinal=0,
                     headline=record.title, byline=[], text_start=0, text_end=len(record.text),
                     uri=iri(art_label, article_keys[0]))
            add_rel(_IN_DOCUMENT, (art_label, article_keys[0]), (doc_label, doc_key), None,
                    _provenance(doc_key, record.extractor, None))

        ends: dict[str, tuple[str, str]] = {}
        for ent in record.entities:
            key = entity_node_key(ent)
            label = ent.type.value
            ends[ent.id] = (label, key)
            schema = NODE_PROPERTIES[label]  # an entity has few properties: loop over those, not the schema's
            extra = {p: v for p, v in ent.properties.items() if p in schema}
            statements = stated(label, {"name": ent.name, **extra})
            mentioned: dict[int, Evidence | None] = {m.article: m for m in ent.mentions} or {min(article_keys): None}
            written = False  # the votes are those of the MENTIONS written, so a recount gives the same
            for ordinal, mention in mentioned.items():
                akey = article_keys.get(ordinal, article_keys[min(article_keys)])
                written |= add_rel(_MENTIONS, (art_label, akey), (label, key), None, {
                    "surface": ent.properties.get("surface", ent.name),
                    "resolution": ent.properties.get("resolution"),
                    "surfaces": sorted({ent.name, *ent.aliases}),
                    "stated": statements,
                    **_provenance(doc_key, record.extractor, mention),
                })
            votes = document_votes(statements, doc_key, record.published) if written else None
            add_node(label, key, votes, name=ent.name, aliases=sorted(set(ent.aliases) - {ent.name}),
                     uri=iri(label, key), **extra)

        for art in record.articles or []:
            for by in art.byline:
                pkey = entity_key(by.name)
                person = _PERSON
                add_node(person, pkey, name=by.name, aliases=[], uri=iri(person, pkey))
                add_rel(_REPORTED, (person, pkey), (art_label, article_keys[art.ordinal]), by.role.value,
                        {"role": by.role.value, **_provenance(doc_key, record.extractor, None)})

        for rel in record.relations:
            props = rel.properties
            distinct = props.get("role") or props.get("role_text") or ""
            rtype = rel.type.value
            add_rel(rtype, ends[rel.head], ends[rel.tail], distinct, {
                "role": props.get("role"), "role_text": props.get("role_text"),
                "titles": list(props["titles"]) if props.get("titles") else None,
                **_year_and_edition(props, record.doc, rtype),
                **_provenance(doc_key, record.extractor, rel.evidence),
            })

    for row in nodes.values():
        batch.nodes[row.label].append(row)
    for rel_row in rels.values():
        batch.rels[(rel_row.type, rel_row.head_label, rel_row.tail_label)].append(rel_row)
    return batch
