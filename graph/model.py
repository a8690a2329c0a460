"""The data contract (``shared/design/graph-schema.md``) as typed models.

An :class:`ExtractionRecord` is what a loader emits for one document (``extraction-record.md``);
stores turn records into nodes and relationships with :mod:`graph.rows`.
"""

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EntityType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    HONOR = "Honor"
    FORUM = "Forum"
    ALLIANCE = "Alliance"
    PROGRAM = "Program"
    PLACE = "Place"


class StructuralLabel(StrEnum):
    DOCUMENT = "Document"
    ARTICLE = "Article"


class RelationType(StrEnum):
    SPOKE_AT = "SPOKE_AT"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HOLDS_HONOR = "HOLDS_HONOR"
    HOLDS_POSITION = "HOLDS_POSITION"
    ORGANIZED = "ORGANIZED"
    UNDERTOOK = "UNDERTOOK"
    CO_ORGANIZED = "CO_ORGANIZED"
    SUPPORTED = "SUPPORTED"
    PART_OF = "PART_OF"
    HELD_AT = "HELD_AT"
    FOUNDED = "FOUNDED"
    MEMBER_OF = "MEMBER_OF"
    LAUNCHED = "LAUNCHED"
    SUB_UNIT_OF = "SUB_UNIT_OF"


class StructuralRelation(StrEnum):
    REPORTED = "REPORTED"
    MENTIONS = "MENTIONS"
    IN_DOCUMENT = "IN_DOCUMENT"


class SpeechRole(StrEnum):
    KEYNOTE = "keynote"
    SPEECH = "speech"
    DISCUSSION = "discussion"


class BylineRole(StrEnum):
    TEXT = "text"
    PHOTO = "photo"


_P, _O, _H, _F, _A, _G, _L = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.HONOR,
    EntityType.FORUM,
    EntityType.ALLIANCE,
    EntityType.PROGRAM,
    EntityType.PLACE,
)

#: Allowed (head type, tail type) pairs of every extracted relationship type.
SIGNATURES: dict[RelationType, frozenset[tuple[EntityType, EntityType]]] = {
    RelationType.SPOKE_AT: frozenset({(_P, _F)}),
    RelationType.PARTICIPATED_IN: frozenset({(_P, _F), (_P, _G), (_O, _F), (_O, _G)}),
    RelationType.HOLDS_HONOR: frozenset({(_P, _H), (_O, _H)}),
    RelationType.HOLDS_POSITION: frozenset({(_P, _O)}),
    RelationType.ORGANIZED: frozenset({(_O, _F), (_O, _G)}),
    RelationType.UNDERTOOK: frozenset({(_O, _F), (_O, _G)}),
    RelationType.CO_ORGANIZED: frozenset({(_O, _F), (_O, _G)}),
    RelationType.SUPPORTED: frozenset({(_O, _F), (_O, _G)}),
    RelationType.PART_OF: frozenset({(_F, _F)}),
    RelationType.HELD_AT: frozenset({(_F, _L)}),
    RelationType.FOUNDED: frozenset({(_O, _A)}),
    RelationType.MEMBER_OF: frozenset({(_P, _O), (_P, _A), (_O, _O), (_O, _A)}),
    RelationType.LAUNCHED: frozenset({(_P, _G), (_O, _G)}),
    RelationType.SUB_UNIT_OF: frozenset({(_O, _O)}),
}

#: Type-specific node properties beyond ``key``, ``name``, ``aliases`` and ``uri``.
ENTITY_PROPERTIES: dict[EntityType, tuple[str, ...]] = {
    _P: ("gender", "disambiguator"),
    _O: ("kind",),
    _H: ("level", "category"),
    _F: ("kind", "start_date", "end_date", "theme"),
    _A: ("founded_date",),
    _G: ("kind",),
    _L: (),
}

#: Properties a relationship may carry, besides provenance.
RELATION_PROPERTIES: tuple[str, ...] = ("role", "role_text", "titles", "year", "edition")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Strict):
    """The sentence that states a fact, with offsets into the normalised document text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    article: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before its start {self.start}")
        return self


class BylineEntry(_Strict):
    name: str = Field(min_length=1)
    role: BylineRole


class Article(_Strict):
    ordinal: int = Field(ge=0)
    headline: str = ""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    byline: list[BylineEntry] = Field(default_factory=list)


class Entity(_Strict):
    id: str = Field(min_length=1)
    type: EntityType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    mentions: list[Evidence] = Field(
        default_factory=list, description="Where the entity is named (first mention per article at least)."
    )


class Relation(_Strict):
    type: RelationType
    head: str
    tail: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: Evidence


class ExtractionRecord(_Strict):
    """Everything one loader run found in one document."""

    doc: str = Field(min_length=1, description="The document's file name or source id.")
    sha256: str = Field(min_length=64, max_length=64)
    source: str = ""
    published: str | None = None
    title: str = ""
    text: str = Field("", description="The normalised text that every offset indexes.")
    extractor: str = ""
    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> "ExtractionRecord":
        ids = {e.id: e for e in self.entities}
        if len(ids) != len(self.entities):
            raise ValueError(f"{self.doc}: entity ids are not unique")
        for rel in self.relations:
            for end in (rel.head, rel.tail):
                if end not in ids:
                    raise ValueError(f"{self.doc}: relation {rel.type} names unknown entity id {end!r}")
            pair = (ids[rel.head].type, ids[rel.tail].type)
            if pair not in SIGNATURES[rel.type]:
                raise ValueError(f"{self.doc}: {rel.type} cannot join {pair[0]} to {pair[1]}")
        return self
