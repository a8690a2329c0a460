"""The document's entities and relations while they are being found (before ids are assigned)."""

from dataclasses import dataclass, field
from typing import Any

from graph.model import EntityType, RelationType
from loaders.extract.sentences import Sentence


@dataclass(eq=False, slots=True)
class Draft:
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)

    def surfaces(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(eq=False, slots=True)
class RelDraft:
    type: RelationType
    head: Draft
    tail: Draft
    sentence: Sentence
    properties: dict[str, Any] = field(default_factory=dict)


_ALL_TYPES = tuple(EntityType)


class Registry:
    def __init__(self) -> None:
        self.entities: list[Draft] = []
        self._index: dict[tuple[EntityType, str], Draft] = {}
        self.relations: list[RelDraft] = []
        self._rel_index: dict[tuple, RelDraft] = {}

    def find(self, surface: str, *types: EntityType) -> Draft | None:
        for t in types or _ALL_TYPES:
            d = self._index.get((t, surface))
            if d is not None:
                return d
        return None

    def first_in_article(self, etype: EntityType, article: int) -> Draft | None:
        """The first entity of ``etype`` (in the order found) mentioned in ``article``."""
        for d in self.entities:
            if d.type is etype and any(a == article for _s, _e, a in d.mentions):
                return d
        return None

    def add(self, etype: EntityType, name: str, start: int | None = None, article: int = 0) -> Draft:
        d = self._index.get((etype, name))
        if d is None:
            d = Draft(etype, name)
            self.entities.append(d)
            self._index[(etype, name)] = d
        if start is not None:
            span = (start, start + len(name), article)
            if span not in d.mentions:
                d.mentions.append(span)
        return d

    def alias(self, d: Draft, alias: str) -> None:
        if not alias or ((d.type, alias) in self._index and self._index[(d.type, alias)] is not d):
            return
        d.add_alias(alias)
        self._index[(d.type, alias)] = d

    def merge(self, keep: Draft, gone: Draft) -> None:
        """Fold ``gone`` into ``keep`` (same type): names become aliases, relations are re-pointed."""
        if keep is gone:
            return
        for s in gone.surfaces():
            keep.add_alias(s)
            self._index[(keep.type, s)] = keep
        keep.mentions.extend(m for m in gone.mentions if m not in keep.mentions)
        for k, v in gone.properties.items():
            keep.properties.setdefault(k, v)
        self.entities = [e for e in self.entities if e is not gone]
        for r in self.relations:
            if r.head is gone:
                r.head = keep
            if r.tail is gone:
                r.tail = keep

    def rename(self, d: Draft, name: str) -> None:
        if name == d.name:
            return
        old = d.name
        d.aliases = [a for a in d.aliases if a != name]
        d.name = name
        d.add_alias(old)
        self._index[(d.type, name)] = d

    #: Participation verbs, most specific first: one person-event pair keeps the most specific (主持 over 出席).
    participation_order: tuple[str, ...] = ()

    def _more_specific(self, rtype: RelationType, new: str | None, old: str | None) -> bool:
        if rtype is not RelationType.PARTICIPATED_IN or not new or not old or new == old:
            return False
        order = self.participation_order
        return new in order and (old not in order or order.index(new) < order.index(old))

    def relate(
        self, rtype: RelationType, head: Draft, tail: Draft, sentence: Sentence, **props: Any
    ) -> RelDraft | None:
        if head is tail:
            return None
        key = (rtype, id(head), id(tail), props.get("role") if rtype is RelationType.SPOKE_AT else None)
        existing = self._rel_index.get(key)
        if existing is not None:
            if self._more_specific(rtype, props.get("role_text"), existing.properties.get("role_text")):
                existing.properties["role_text"], existing.sentence = props["role_text"], sentence
            titles = props.get("titles")
            if titles:
                merged = existing.properties.setdefault("titles", [])
                merged.extend(t for t in titles if t not in merged)
            return existing
        kept = {}  # a loop, not a comprehension: a relation is built by the hundred (3.11 builds a function)
        for k, v in props.items():
            if v is not None and v != "" and v != []:
                kept[k] = v
        rel = RelDraft(rtype, head, tail, sentence, kept)
        self.relations.append(rel)
        self._rel_index[key] = rel
        return rel

    def drop(self, d: Draft) -> None:
        """Remove ``d`` and every relation it takes part in (a reference that names nothing found)."""
        self.entities = [e for e in self.entities if e is not d]
        for key in [k for k, v in self._index.items() if v is d]:
            del self._index[key]
        self.relations = [r for r in self.relations if r.head is not d and r.tail is not d]

    def repoint(self, rel: RelDraft, head: Draft, tail: Draft) -> None:
        """Give ``rel`` new ends; when the document already states that relation, fold ``rel`` into it
        (its titles join the other's) instead of keeping two."""
        role = rel.properties.get("role") if rel.type is RelationType.SPOKE_AT else None
        same = None
        for r in self.relations:  # (a loop: next() over a generator costs a frame)
            same_ends = r is not rel and r.type is rel.type and r.head is head and r.tail is tail
            if same_ends and (role is None or r.properties.get("role") == role):
                same = r
                break
        if head is tail:
            self.relations = [r for r in self.relations if r is not rel]
            return
        if same is None:
            rel.head, rel.tail = head, tail
            self._rel_index[(rel.type, id(head), id(tail), role)] = rel
            return
        titles = rel.properties.get("titles")
        if titles:
            merged = same.properties.setdefault("titles", [])
            merged.extend(t for t in titles if t not in merged)
        self.relations = [r for r in self.relations if r is not rel]
