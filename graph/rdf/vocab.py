"""The RDF vocabulary of the export: namespaces and how labels, properties and relationship types map.

The ontology namespace is fixed (it names the vocabulary, not the data); instance IRIs live under the
configurable ``base_iri``. ``graph/rdf/ontology.ttl`` declares every term used here; a test keeps the two
in step.
"""

from dataclasses import dataclass
from enum import StrEnum

from ..model import EntityType, RelationType, StructuralLabel, StructuralRelation

CG = "https://craftgraph.example.org/ontology#"
ONTOLOGY_IRI = "https://craftgraph.example.org/ontology"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "cg": CG,
    "schema": SCHEMA,
    "prov": PROV,
    "org": ORG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}

RDF_TYPE = RDF + "type"


class ValueKind(StrEnum):
    """How a stored property value becomes literals."""

    STRING = "string"
    STRINGS = "strings"
    INTEGER = "integer"
    DATE = "date"


@dataclass(frozen=True)
class PropertyMap:
    predicate: str
    kind: ValueKind = ValueKind.STRING


#: rdf:type values of each node label: its own class first, then the schema.org/PROV classes it is
#: aligned to (materialised so consumers without a reasoner find schema:Person etc.).
NODE_CLASSES: dict[str, tuple[str, ...]] = {
    EntityType.PERSON.value: (CG + "Person", SCHEMA + "Person"),
    EntityType.ORGANIZATION.value: (CG + "Organization", SCHEMA + "Organization"),
    EntityType.ALLIANCE.value: (CG + "Alliance", SCHEMA + "Organization"),
    EntityType.FORUM.value: (CG + "Forum", SCHEMA + "Event"),
    EntityType.PLACE.value: (CG + "Place", SCHEMA + "Place"),
    EntityType.HONOR.value: (CG + "Honor", SCHEMA + "DefinedTerm"),
    EntityType.PROGRAM.value: (CG + "Program",),
    StructuralLabel.DOCUMENT.value: (CG + "Document", SCHEMA + "CreativeWork", PROV + "Entity"),
    StructuralLabel.ARTICLE.value: (CG + "Article", SCHEMA + "NewsArticle", PROV + "Entity"),
}

#: Node properties by name (a name means the same on every label). ``uri`` is the subject itself.
NODE_PROPERTY_MAP: dict[str, PropertyMap] = {
    "key": PropertyMap(CG + "key"),
    "name": PropertyMap(SCHEMA + "name"),
    "aliases": PropertyMap(SCHEMA + "alternateName", ValueKind.STRINGS),
    "gender": PropertyMap(SCHEMA + "gender"),
    "disambiguator": PropertyMap(CG + "disambiguator"),
    "kind": PropertyMap(CG + "kind"),
    "level": PropertyMap(CG + "level"),
    "category": PropertyMap(CG + "category"),
    "start_date": PropertyMap(SCHEMA + "startDate", ValueKind.DATE),
    "end_date": PropertyMap(SCHEMA + "endDate", ValueKind.DATE),
    "theme": PropertyMap(CG + "theme"),
    "founded_date": PropertyMap(SCHEMA + "foundingDate", ValueKind.DATE),
    "source": PropertyMap(CG + "source"),
    "title": PropertyMap(SCHEMA + "headline"),
    "published": PropertyMap(SCHEMA + "datePublished", ValueKind.DATE),
    "sha256": PropertyMap(CG + "sha256"),
    "text": PropertyMap(SCHEMA + "text"),
    "headline": PropertyMap(SCHEMA + "headline"),
    "ordinal": PropertyMap(CG + "ordinal", ValueKind.INTEGER),
    "byline": PropertyMap(CG + "byline", ValueKind.STRINGS),
    "text_start": PropertyMap(CG + "textStart", ValueKind.INTEGER),
    "text_end": PropertyMap(CG + "textEnd", ValueKind.INTEGER),
}

#: Node properties carried by the graph structure instead of a literal (Article.doc = schema:isPartOf).
NODE_PROPERTIES_AS_STRUCTURE: frozenset[str] = frozenset({"uri", "doc"})

#: Qualifiers of an extracted relationship, written on its statement node.
QUALIFIER_MAP: dict[str, PropertyMap] = {
    "role": PropertyMap(CG + "role"),
    "role_text": PropertyMap(CG + "roleText"),
    "titles": PropertyMap(SCHEMA + "jobTitle", ValueKind.STRINGS),
    "year": PropertyMap(CG + "year", ValueKind.INTEGER),
    "edition": PropertyMap(CG + "edition", ValueKind.INTEGER),
}


STATEMENT = CG + "Statement"


@dataclass(frozen=True)
class RelationMap:
    """An extracted relationship type: its direct property and the classes of its statement node."""

    predicate: str
    statement_class: str
    aligned_classes: tuple[str, ...] = ()

    @property
    def statement_classes(self) -> tuple[str, ...]:
        return (self.statement_class, STATEMENT, *self.aligned_classes)


RELATION_MAP: dict[str, RelationMap] = {
    RelationType.SPOKE_AT.value: RelationMap(CG + "spokeAt", CG + "Speech", (SCHEMA + "Role",)),
    RelationType.PARTICIPATED_IN.value: RelationMap(CG + "participatedIn", CG + "Participation"),
    RelationType.HOLDS_HONOR.value: RelationMap(CG + "holdsHonor", CG + "HonorHolding"),
    RelationType.HOLDS_POSITION.value: RelationMap(CG + "holdsPositionAt", CG + "Position", (ORG + "Membership",)),
    RelationType.ORGANIZED.value: RelationMap(CG + "organized", CG + "Organizing"),
    RelationType.UNDERTOOK.value: RelationMap(CG + "undertook", CG + "Undertaking"),
    RelationType.CO_ORGANIZED.value: RelationMap(CG + "coOrganized", CG + "CoOrganizing"),
    RelationType.SUPPORTED.value: RelationMap(CG + "supported", CG + "Support"),
    RelationType.PART_OF.value: RelationMap(CG + "partOf", CG + "Inclusion"),
    RelationType.HELD_AT.value: RelationMap(CG + "heldAt", CG + "Venue"),
    RelationType.FOUNDED.value: RelationMap(CG + "founded", CG + "Founding"),
    RelationType.MEMBER_OF.value: RelationMap(CG + "memberOf", CG + "Membership"),
    RelationType.LAUNCHED.value: RelationMap(CG + "launched", CG + "Launch"),
    RelationType.SUB_UNIT_OF.value: RelationMap(CG + "subUnitOf", CG + "SubUnitRelation"),
}

#: REPORTED becomes a sub-property of cg:reported chosen by the byline role.
REPORTED_BY_ROLE: dict[str, str] = {"text": CG + "wrote", "photo": CG + "photographed"}
REPORTED = CG + "reported"
MENTIONS = SCHEMA + "mentions"
IN_DOCUMENT = SCHEMA + "isPartOf"
STRUCTURAL_RELATIONS: tuple[str, ...] = tuple(r.value for r in StructuralRelation)

# Statement nodes: which fact they qualify and where it came from.
SUBJECT = CG + "subject"
PREDICATE = CG + "predicate"
OBJECT = CG + "object"
RELATION_KEY = CG + "relationKey"
DERIVED_FROM = PROV + "wasDerivedFrom"
PRIMARY_SOURCE = PROV + "hadPrimarySource"
ATTRIBUTED_TO = PROV + "wasAttributedTo"
SOFTWARE_AGENT = PROV + "SoftwareAgent"

# Evidence records: one per source sentence; mention records: one per span naming an entity.
EVIDENCE = CG + "EvidenceSentence"
MENTION = CG + "Mention"
QUOTED_FROM = PROV + "wasQuotedFrom"
IN_ARTICLE = SCHEMA + "isPartOf"
EVIDENCE_START = CG + "start"
EVIDENCE_END = CG + "end"
EVIDENCE_TEXT = PROV + "value"
ARTICLE_ORDINAL = CG + "articleOrdinal"
