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
    """All rows for ``records`` (see :class:`RowBuilder`)."""
    with paused_gc():
        builder = RowBuilder(base_iri)
        builder.add_rels(builder.add_nodes(records))
        return builder.batch()


@dataclass
class _Entity:
    """What the relationship pass needs of an entity the node pass read."""

    entity: Entity
    end: tuple[str, str]
    statements: list[str]
    mentioned: dict[int, Evidence | None]


@dataclass
class PlannedRecord:
    """A record after :meth:`RowBuilder.add_nodes`: its keys, for :meth:`RowBuilder.add_rels`."""

    record: ExtractionRecord
    article_keys: dict[int, str]
    entities: list[_Entity]
    ends: dict[str, tuple[str, str]]


class RowBuilder:
    """All rows for some records; rows of one key become one: an entity's by :func:`merge_entity` over the
    votes of the MENTIONS written, any other node's first value wins and properties a first row left null
    are filled from later rows.

    In two passes, so that a store can write the nodes while the relationships are still being built:
    :meth:`add_nodes` (every record: its nodes; or in two halves, :meth:`add_documents` then
    :meth:`add_entities`) and then :meth:`add_rels` (records in the same order, in one call or several).
    :func:`build_batch` makes both passes over all records; the rows are the same either way.
    """

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.documents: list[str] = []
        self._nodes: dict[tuple[str, str], NodeRow] = {}
        self._rels: dict[str, RelRow] = {}
        self._iris: dict[tuple[str, str], str] = {}
        #: (article key, label, key) of each MENTIONS so far: an entity's votes are those of the MENTIONS
        #: written, and a MENTIONS key digests exactly these (its document is the article key's prefix).
        self._mentions: set[tuple[str, str, str]] = set()

    @property
    def node_count(self) -> int:
        return len(self._nodes)

    @property
    def rel_count(self) -> int:
        return len(self._rels)

    def nodes(self) -> dict[str, list[NodeRow]]:
        """The nodes of every record :meth:`add_nodes` has read, per label."""
        nodes: dict[str, list[NodeRow]] = defaultdict(list)
        for row in self._nodes.values():
            nodes[row.label].append(row)
        return nodes

    def batch(self) -> WriteBatch:
        batch = WriteBatch(documents=self.documents)
        batch.nodes.update(self.nodes())
        for rel_row in self._rels.values():
            batch.rels[(rel_row.type, rel_row.head_label, rel_row.tail_label)].append(rel_row)
        return batch

    def _add_node(self, label: str, key: str, votes: Votes | None = None, **values: Any) -> None:
        nodes = self._nodes
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

    def _iri(self, label: str, key: str) -> str:
        """:func:`node_iri`, once per node (an entity is named again by each of its mentions)."""
        found = self._iris.get((label, key))
        if found is None:
            found = self._iris[(label, key)] = node_iri(self.base_iri, label, key)
        return found

    def add_nodes(self, records: Iterable[ExtractionRecord]) -> list[PlannedRecord]:
        """The first pass: every record's nodes; what the second needs, per record in order."""
        planned = self.add_documents(records)
        self.add_entities(planned)
        return planned

    def add_documents(self, records: Iterable[ExtractionRecord]) -> list[PlannedRecord]:
        """The first pass's first half: every record's document and article nodes."""
        add_node, iri = self._add_node, self._iri
        planned: list[PlannedRecord] = []
        for record in records:
            doc_key = record.sha256
            self.documents.append(doc_key)
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
            if not article_keys:
                article_keys[0] = article_key(doc_key, 0)
                add_node(art_label, article_keys[0], name=record.title, doc=doc_key, ordinal=0,
                         headline=record.title, byline=[], text_start=0, text_end=len(record.text),
                         uri=iri(art_label, article_keys[0]))
            planned.append(PlannedRecord(record, article_keys, [], {}))
        return planned

    def add_entities(self, planned: Iterable[PlannedRecord]) -> None:
        """The first pass's second half (after :meth:`add_documents`): every record's entity nodes, the
        persons of its bylines included."""
        add_node, iri, mentions = self._add_node, self._iri, self._mentions
        for plan in planned:
            record, article_keys, ends, entities = plan.record, plan.article_keys, plan.ends, plan.entities
            doc_key = record.sha256
            first_ordinal = min(article_keys)
            first_article = article_keys[first_ordinal]
            for ent in record.entities:
                key = entity_node_key(ent)
                label = ent.type.value
                end = ends[ent.id] = (label, key)
                schema = NODE_PROPERTIES[label]  # an entity has few properties: loop over those, not the schema's
                extra = {p: v for p, v in ent.properties.items() if p in schema}
                statements = stated(label, {"name": ent.name, **extra})
                mentioned: dict[int, Evidence | None] = {m.article: m for m in ent.mentions} or {first_ordinal: None}
                entities.append(_Entity(ent, end, statements, mentioned))
                written = False  # the votes are those of the MENTIONS written, so a recount gives the same
                for ordinal in mentioned:
                    mention = (article_keys.get(ordinal, first_article), label, key)
                    if mention not in mentions:
                        mentions.add(mention)
                        written = True
                votes = document_votes(statements, doc_key, record.published) if written else None
                add_node(label, key, votes, name=ent.name, aliases=sorted(set(ent.aliases) - {ent.name}),
                         uri=iri(label, key), **extra)

            for art in record.articles or []:
                for by in art.byline:
                    pkey = entity_key(by.name)
                    person = _PERSON
                    add_node(person, pkey, name=by.name, aliases=[], uri=iri(person, pkey))

    def _add_rel(self, rtype: str, head: tuple[str, str], tail: tuple[str, str], distinct: Any,
                 values: dict[str, Any]) -> RelRow | None:
        """The relationship, unless its key is there already. (``values`` is a dict, not keyword arguments,
        and its properties filled in place: this runs once per relationship. No ``distinct`` is "", which
        :func:`relation_key` digests as it does None.)"""
        key = relation_key(rtype, *head, *tail, distinct, values.get("doc"))
        rels = self._rels
        if key in rels:
            return None
        props = _REL_TEMPLATE.copy()
        props["key"] = key
        if values.keys() <= _REL_NAMES:
            props.update(values)
        else:
            props.update((p, v) for p, v in values.items() if p in props)
        row = rels[key] = RelRow(rtype, head[0], head[1], tail[0], tail[1], props)
        return row

    def add_rels(self, planned: Iterable[PlannedRecord]) -> list[RelRow]:
        """The second pass: the relationships of ``planned`` records (after :meth:`add_nodes` read every
        record of the batch), in order; returns those not written by an earlier record."""
        add_rel = self._add_rel
        added: list[RelRow | None] = []
        art_label, doc_label = _ARTICLE, _DOCUMENT
        for plan in planned:
            record, article_keys = plan.record, plan.article_keys
            doc_key = record.sha256
            for akey in article_keys.values():
                added.append(add_rel(_IN_DOCUMENT, (art_label, akey), (doc_label, doc_key), "",
                                     _provenance(doc_key, record.extractor, None)))
            first_article = article_keys[min(article_keys)]
            for item in plan.entities:
                ent = item.entity
                for ordinal, mention in item.mentioned.items():
                    akey = article_keys.get(ordinal, first_article)
                    added.append(add_rel(_MENTIONS, (art_label, akey), item.end, "", {
                        "surface": ent.properties.get("surface", ent.name),
                        "resolution": ent.properties.get("resolution"),
                        "surfaces": sorted({ent.name, *ent.aliases}),
                        "stated": item.statements,
                        **_provenance(doc_key, record.extractor, mention),
                    }))

            for art in record.articles or []:
                for by in art.byline:
                    added.append(add_rel(_REPORTED, (_PERSON, entity_key(by.name)),
                                         (art_label, article_keys[art.ordinal]), by.role.value,
                                         {"role": by.role.value, **_provenance(doc_key, record.extractor, None)}))

            ends = plan.ends
            for rel in record.relations:
                props = rel.properties
                distinct = props.get("role") or props.get("role_text") or ""
                rtype = rel.type.value
                added.append(add_rel(rtype, ends[rel.head], ends[rel.tail], distinct, {
                    "role": props.get("role"), "role_text": props.get("role_text"),
                    "titles": list(props["titles"]) if props.get("titles") else None,
                    **_year_and_edition(props, record.doc, rtype),
                    **_provenance(doc_key, record.extractor, rel.evidence),
                }))
        return [row for row in added if row is not None]
