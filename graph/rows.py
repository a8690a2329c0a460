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
from typing import Any, NamedTuple

from .errors import InputError
from .keys import article_key, entity_key, node_iri, relation_digest
from .model import (
    BylineEntry,
    BylineRole,
    Entity,
    EntityType,
    Evidence,
    ExtractionRecord,
    Relation,
    RelationType,
    StructuralLabel,
    StructuralRelation,
)
from .node_merge import Votes, add_into, document_votes, merge_entity, stated
from .qualifiers import read_qualifier
from .schema import NODE_PROPERTIES, REL_PROPERTIES


@dataclass(frozen=True)
class NodeRow:
    label: str
    key: str
    props: dict[str, Any]
    #: An entity's: what each document of the batch states about it, as its MENTIONS record (graph.node_merge).
    votes: Votes = field(default_factory=dict)


class RelRow(NamedTuple):
    """One relationship; its properties are ``values``, in :data:`graph.schema.REL_PROPERTIES` order (a tuple
    per row, not a dict: the embedded store transposes the rows into Arrow columns, Neo4j sends them as lists)."""

    type: str
    head_label: str
    head_key: str
    tail_label: str
    tail_key: str
    values: tuple[Any, ...]

    @property
    def props(self) -> dict[str, Any]:
        return dict(zip(REL_PROPERTIES, self.values, strict=True))


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


#: A relationship's end: label, key, and both as a relation key digests them (:func:`_end`).
End = tuple[str, str, bytes]


_NODE_TEMPLATES = {label: dict.fromkeys(props) for label, props in NODE_PROPERTIES.items()}
#: The relationship values as the rows below spell them: provenance, a relation's own properties, MENTIONS'.
_REL_LAYOUT = ("key", "doc", "article", "evidence", "evidence_start", "evidence_end", "extractor",
               "role", "role_text", "titles", "year", "edition", "surface", "resolution", "surfaces", "stated")
if tuple(REL_PROPERTIES) != _REL_LAYOUT:  # a property added to the schema must be added to the rows here
    raise ImportError(f"graph.rows builds relationship values as {_REL_LAYOUT}, the schema has {tuple(REL_PROPERTIES)}")
#: role, role_text, titles, year, edition: none on a structural relationship.
_NO_RELATION_PROPS = (None,) * 5
#: surface, resolution, surfaces, stated: MENTIONS only.
_NO_MENTION_PROPS = (None,) * 4
#: A provenance without evidence: article, evidence, evidence_start, evidence_end.
_NO_EVIDENCE = (None,) * 4
# Enum members' ``.value`` is a property lookup: read once, not per row. A StrEnum member hashes and compares
# as its value, so ``_VALUES[member]`` is the plain string, in C.
_VALUES: dict[str, str] = {m: m.value for enum in (EntityType, RelationType, BylineRole) for m in enum}
_DOCUMENT, _ARTICLE, _PERSON = StructuralLabel.DOCUMENT.value, StructuralLabel.ARTICLE.value, EntityType.PERSON.value
_IN_DOCUMENT, _MENTIONS = StructuralRelation.IN_DOCUMENT.value, StructuralRelation.MENTIONS.value
_REPORTED = StructuralRelation.REPORTED.value


def _provenance(doc_key: str, extractor: str, evidence: Evidence | None) -> tuple[Any, ...]:
    """doc, article, evidence, evidence_start, evidence_end, extractor (:data:`_REL_LAYOUT`)."""
    if evidence is None:
        return (doc_key, *_NO_EVIDENCE, extractor)
    return (doc_key, evidence.article, evidence.text, evidence.start, evidence.end, extractor)


def _year_and_edition(props: dict[str, Any], doc: str, rtype: str) -> tuple[int | None, int | None]:
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
    return found["year"], found["edition"]


def entity_node_key(entity: Entity) -> str:
    return entity_key(entity.name, entity.properties.get("disambiguator"))


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while many small dicts are built: their rows hold no cycles, and the
    collector's passes over the growing heap cost a third of the time otherwise.

    On leaving, what was allocated meanwhile joins the oldest generation (``gc.freeze`` then ``gc.unfreeze``)
    instead of waiting in the youngest: the next young collection would otherwise walk every row at once
    (0.5-0.8 s for 5,000 documents' rows), and the rows are freed by reference counting when the write ends.
    (``gc.unfreeze`` releases whatever else was frozen too: nothing in craftgraph freezes objects.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
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
    """All rows for ``records``; rows of one key become one: an entity's by :func:`merge_entity` over the
    votes of the MENTIONS written, any other node's first value wins and properties a first row left null
    are filled from later rows."""
    with paused_gc():
        builder = _BatchBuilder(base_iri)
        for record in records:
            builder.add_record(record)
        return builder.batch()


class _Entity:
    """An entity node while the batch is read: its first row's properties, nulls filled from later rows;
    every name and alias its rows gave; the votes of its documents. :meth:`row` merges them once."""

    __slots__ = ("forms", "key", "label", "props", "votes")

    def __init__(self, label: str, key: str, props: dict[str, Any], forms: set[str]) -> None:
        self.label, self.key, self.props, self.forms = label, key, props, forms
        self.votes: Votes = {}

    def join(self, props: dict[str, Any], forms: set[str]) -> None:
        held = self.props
        for name, value in props.items():
            if value is not None and held[name] is None:
                held[name] = value
        self.forms |= forms

    def row(self) -> NodeRow:
        """The node's row: as merging its rows one by one gives (:func:`merge_entity` keeps a property's first
        non-null value unless documents vote on it, and pools the forms of both sides; so once is the same)."""
        props = self.props
        props["aliases"] = self.forms  # merge_entity reads the pooled forms here and writes the sorted aliases
        return NodeRow(self.label, self.key, merge_entity(self.label, {}, props, self.votes), self.votes)


class _BatchBuilder:
    """The rows of :func:`build_batch`, a record at a time (its methods run once per row: no keyword
    arguments, no dict per relationship, each key and IRI computed once)."""

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.documents: list[str] = []
        #: every node by (label, key), in first-seen order: an entity's :class:`_Entity`, another's properties
        self.nodes: dict[tuple[str, str], _Entity | dict[str, Any]] = {}
        self.rels: dict[tuple[str, str, str], list[RelRow]] = defaultdict(list)
        self.rel_keys: set[str] = set()
        self.entity_keys: dict[tuple[str, Any], str] = {}

    def batch(self) -> WriteBatch:
        batch = WriteBatch(documents=self.documents)
        for (label, key), node in self.nodes.items():
            batch.nodes[label].append(node.row() if isinstance(node, _Entity) else NodeRow(label, key, node))
        batch.rels.update(self.rels)
        return batch

    # ---- nodes ----
    def _node(self, label: str, key: str, props: dict[str, Any]) -> None:
        """A document or article node: the first row's values win, its nulls are filled from later rows."""
        held = self.nodes.get((label, key))
        if held is None:
            props["uri"] = node_iri(self.base_iri, label, key)
            self.nodes[(label, key)] = props
            return
        assert isinstance(held, dict)
        for name, value in props.items():  # a sparse first mention must not hide what a later one gives
            if value is not None and held[name] is None:
                held[name] = value

    def _entity(self, label: str, key: str, props: dict[str, Any], forms: set[str]) -> _Entity:
        held = self.nodes.get((label, key))
        if held is None:
            props["uri"] = node_iri(self.base_iri, label, key)
            held = self.nodes[(label, key)] = _Entity(label, key, props, forms)
        else:
            assert isinstance(held, _Entity)
            held.join(props, forms)
        return held

    def _name_key(self, name: str, disambiguator: Any) -> str:
        """:func:`entity_key`, once per name in the batch."""
        key = self.entity_keys.get((name, disambiguator))
        if key is None:
            key = self.entity_keys[(name, disambiguator)] = entity_key(name, disambiguator)
        return key

    # ---- relationships ----
    def _rel(self, rtype: str, head: End, tail: End, suffix: bytes, values: tuple[Any, ...]) -> bool:
        """Add the relationship unless its key is there already; whether it was added. ``suffix`` is the rest
        of what its key digests (:func:`_suffix`); ``values`` all its values but the key."""
        key = relation_digest(b"\x1f".join((rtype.encode(), head[2], tail[2], suffix)))
        if key in self.rel_keys:
            return False
        self.rel_keys.add(key)
        self.rels[(rtype, head[0], tail[0])].append(RelRow(rtype, head[0], head[1], tail[0], tail[1], (key, *values)))
        return True

    # ---- records ----
    def add_record(self, record: ExtractionRecord) -> None:
        doc_key = record.sha256
        self.documents.append(doc_key)
        document = _NODE_TEMPLATES[_DOCUMENT].copy()
        document.update(key=doc_key, name=record.title or record.doc, source=record.source or record.doc,
                        title=record.title, published=record.published, sha256=record.sha256, text=record.text)
        self._node(_DOCUMENT, doc_key, document)
        doc_end = _end(_DOCUMENT, doc_key)
        doc_bytes = doc_key.encode()
        plain = _suffix("", doc_bytes)
        structural = (*_provenance(doc_key, record.extractor, None), *_NO_RELATION_PROPS, *_NO_MENTION_PROPS)
        article_ends = {art.ordinal: self._article(doc_key, art.ordinal, art.headline, art.byline, art.start, art.end)
                        for art in record.articles}
        if not article_ends:
            article_ends[0] = self._article(doc_key, 0, record.title, [], 0, len(record.text))
        for end in article_ends.values():
            self._rel(_IN_DOCUMENT, end, doc_end, plain, structural)

        ends = {ent.id: self._add_entity(record, ent, article_ends, plain) for ent in record.entities}

        for art in record.articles:
            for by in art.byline:
                key = self._name_key(by.name, None)
                person = self._entity(_PERSON, key, _person(key, by.name), {by.name})
                role = _VALUES[by.role]
                self._rel(_REPORTED, _end(_PERSON, person.key), article_ends[art.ordinal], _suffix(role, doc_bytes),
                          (*structural[:6], role, *structural[7:]))

        for rel in record.relations:
            self._add_relation(record, rel, ends, doc_bytes)

    def _article(self, doc_key: str, ordinal: int, headline: str, byline: list[BylineEntry], start: int,
                 end: int) -> End:
        key = article_key(doc_key, ordinal)
        props = _NODE_TEMPLATES[_ARTICLE].copy()
        props.update(key=key, name=headline, doc=doc_key, ordinal=ordinal, headline=headline,
                     byline=[f"{b.name}/{_VALUES[b.role]}" for b in byline], text_start=start, text_end=end)
        self._node(_ARTICLE, key, props)
        return _end(_ARTICLE, key)

    def _add_entity(self, record: ExtractionRecord, ent: Entity, article_ends: dict[int, End], plain: bytes) -> End:
        """The entity's node and MENTIONS (``plain``: their key's suffix); its end."""
        label = _VALUES[ent.type]
        key = self._name_key(ent.name, ent.properties.get("disambiguator"))  # entity_node_key
        props = _NODE_TEMPLATES[label].copy()
        for name, value in ent.properties.items():  # an entity has few properties: loop over those
            if name in props:
                props[name] = value
        props["key"], props["name"] = key, ent.name
        forms = {ent.name, *ent.aliases}
        statements = stated(label, props)
        node = self._entity(label, key, props, forms)
        end = _end(label, key)
        doc_key, properties = record.sha256, ent.properties
        mentions = (properties.get("surface", ent.name), properties.get("resolution"), sorted(forms), statements)
        mentioned: dict[int, Evidence | None] = {m.article: m for m in ent.mentions} or {min(article_ends): None}
        written = False  # the votes are those of the MENTIONS written, so a recount gives the same
        for ordinal, mention in mentioned.items():
            article = article_ends.get(ordinal) or article_ends[min(article_ends)]
            written |= self._rel(_MENTIONS, article, end, plain, (
                *_provenance(doc_key, record.extractor, mention), *_NO_RELATION_PROPS, *mentions))
        if written:
            add_into(node.votes, document_votes(statements, doc_key, record.published))
        return end

    def _add_relation(self, record: ExtractionRecord, rel: Relation, ends: dict[str, End], doc_bytes: bytes) -> None:
        props = rel.properties
        rtype = _VALUES[rel.type]
        role, role_text, titles = props.get("role"), props.get("role_text"), props.get("titles")
        self._rel(rtype, ends[rel.head], ends[rel.tail], _suffix(role or role_text, doc_bytes), (
            *_provenance(record.sha256, record.extractor, rel.evidence),
            role, role_text, list(titles) if titles else None, *_year_and_edition(props, record.doc, rtype),
            *_NO_MENTION_PROPS))


def _end(label: str, key: str) -> End:
    return label, key, f"{label}\x1f{key}".encode()


def _suffix(distinct: Any, doc: bytes) -> bytes:
    """The end of what a relation key digests: the distinguishing property (None counts as "") and the document
    (UTF-8), joined as :func:`graph.keys.relation_key` joins parts."""
    return ("" if distinct is None else str(distinct)).encode() + b"\x1f" + doc


def _person(key: str, name: str) -> dict[str, Any]:
    """A byline's person: a name, no aliases."""
    props = _NODE_TEMPLATES[_PERSON].copy()
    props["key"], props["name"], props["aliases"] = key, name, []
    return props
