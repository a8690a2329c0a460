"""Records in, records out: every entity gets its canonical cross-document identity before rows are built.

The resolver reads one record at a time and nothing else, so the graph a set of documents gives does not
depend on the order they are loaded in (or on what was loaded and removed before). What it sets on each
entity:

* ``name``: the canonical name (the written one moves to ``aliases``);
* ``properties["disambiguator"]``: for persons (their organisation context, see :mod:`.persons`) and for
  document-local organisations and honours (the document's key): :func:`graph.rows.entity_node_key`
  builds the node key from name + disambiguator;
* ``properties["surface"]``: the name as written; ``properties["resolution"]``: every rule that fired and
  its evidence, stored on the entity's MENTIONS relationships.

HOLDS_HONOR relationships get the edition and year a written honour form carries (``第三届北京大工匠``).
"""

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Entity, EntityType, ExtractionRecord, Relation, RelationType
from ..qualifiers import read_qualifier
from ..rows import entity_node_key
from .data import Vocabulary, default_vocabulary
from .honours import HonourName, HonourNames
from .notes import NOTE_SEPARATOR, Note, explain
from .orgs import OrgName, OrgNames
from .persons import person_context
from .text import clean_name

#: How a document-local identity is tagged: the first characters of the document's sha256.
LOCAL_TAG_LENGTH = 12


class Resolver:
    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        vocabulary = vocabulary or default_vocabulary()
        self.orgs = OrgNames(vocabulary)
        self.honours = HonourNames(vocabulary)

    def resolve_all(self, records: Iterable[ExtractionRecord]) -> Iterator[ExtractionRecord]:
        return (self.resolve(r) for r in records)

    def resolve(self, record: ExtractionRecord) -> ExtractionRecord:
        local_tag = f"doc:{record.sha256[:LOCAL_TAG_LENGTH]}"
        orgs = {e.id: self.orgs.canonical(e.name) for e in record.entities if e.type is EntityType.ORGANIZATION}
        honours = {e.id: self.honours.canonical(e.name) for e in record.entities if e.type is EntityType.HONOR}
        entities = []
        for entity in record.entities:
            if entity.id in orgs:
                entities.append(_local(entity, orgs[entity.id], local_tag))
            elif entity.id in honours:
                entities.append(_local(entity, honours[entity.id], local_tag))
            elif entity.type is EntityType.PERSON:
                context = person_context(entity, record, orgs, self.orgs, local_tag)
                entities.append(_identity(entity, clean_name(entity.name), [context.note], context.disambiguator))
            else:  # forums, alliances, programs, places: the extractor's name (keys ignore spaces and quotes)
                entities.append(_identity(entity, entity.name, [], None))
        relations = [self._honour_props(_integer_qualifiers(rel), record, honours) for rel in record.relations]
        entities, same = _merge_same_identity(entities)
        # two forms one identity now joins (X集团股份有限公司 SUB_UNIT_OF X集团) state nothing: no self-loops
        relations = [r for r in (_renamed(rel, same) for rel in relations) if r.head != r.tail]
        return record.model_copy(update={"entities": entities, "relations": relations})

    def _honour_props(self, rel: Relation, record: ExtractionRecord, honours: dict[str, HonourName]) -> Relation:
        """Edition and year of the honour form written in the relationship's sentence (else in the name)."""
        if rel.type is not RelationType.HOLDS_HONOR or rel.tail not in honours:
            return rel
        written = _honour_forms(record, rel.tail)
        in_sentence = [self.honours.canonical(f) for f in written if f in rel.evidence.text]
        forms = in_sentence or [honours[rel.tail]]
        props: dict[str, Any] = dict(rel.properties)
        for prop in ("edition", "year"):
            values = {getattr(f, prop) for f in forms if getattr(f, prop) is not None}
            if props.get(prop) is None and len(values) == 1:
                props[prop] = values.pop()
        return rel if props == rel.properties else rel.model_copy(update={"properties": props})


def _integer_qualifiers(rel: Relation) -> Relation:
    """Edition and year as integers: an extractor may pass the written form (``第三届``, ``2017-2019年度``).

    A form that reads as neither is dropped (both properties are integers in the graph).
    """
    props = dict(rel.properties)
    for prop in ("edition", "year"):
        value = props.get(prop)
        if isinstance(value, str):
            props[prop] = None
            edition, year = read_qualifier(value)
            if edition is not None:
                props["edition"] = edition
            if year is not None:
                props["year"] = year
    return rel if props == rel.properties else rel.model_copy(update={"properties": props})


def _merge_same_identity(entities: list[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """One entity per node: forms of one document that resolve alike (全省劳动模范, 省劳动模范) are joined.

    Returns the entities and a map from each dropped id to the id that absorbed it.
    """
    kept: dict[tuple[EntityType, str], Entity] = {}
    same: dict[str, str] = {}
    for entity in entities:
        ident = (entity.type, entity_node_key(entity))
        first = kept.get(ident)
        if first is None:
            kept[ident] = entity
            continue
        same[entity.id] = first.id
        notes = [first.properties.get("resolution"), entity.properties.get("resolution"),
                 str(Note("same-document", f"{entity.properties['surface']} = {first.properties['surface']}"))]
        kept[ident] = first.model_copy(update={
            "aliases": sorted({*first.aliases, *entity.aliases} - {first.name}),
            "mentions": [*first.mentions, *entity.mentions],
            "properties": {**first.properties, "resolution": NOTE_SEPARATOR.join(n for n in notes if n)},
        })
    return list(kept.values()), same


def _renamed(rel: Relation, same: dict[str, str]) -> Relation:
    head, tail = same.get(rel.head, rel.head), same.get(rel.tail, rel.tail)
    return rel if (head, tail) == (rel.head, rel.tail) else rel.model_copy(update={"head": head, "tail": tail})


def _honour_forms(record: ExtractionRecord, entity_id: str) -> list[str]:
    entity = next(e for e in record.entities if e.id == entity_id)
    return sorted({entity.name, *entity.aliases}, key=len, reverse=True)


def _local(entity: Entity, resolved: OrgName | HonourName, local_tag: str) -> Entity:
    notes = list(resolved.notes)
    disambiguator = None
    if resolved.document_local:
        disambiguator = local_tag
        notes.append(Note("document-local", f"{resolved.name} names a different body in each document"))
    return _identity(entity, resolved.name, notes, disambiguator)


def _identity(entity: Entity, name: str, notes: list[Note], disambiguator: str | None) -> Entity:
    aliases = sorted({a.strip() for a in (entity.name, *entity.aliases)} - {name, ""})
    properties = {**entity.properties, "surface": entity.name, "resolution": explain(notes)}
    if disambiguator is not None:
        properties["disambiguator"] = disambiguator
    else:
        properties.pop("disambiguator", None)
    return entity.model_copy(update={"name": name, "aliases": aliases, "properties": properties})
