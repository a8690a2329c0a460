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
    #: Text read from the Chinese reports (names, titles, sentences): language-tagged ``@zh``.
    TEXT = "text"
    TEXTS = "texts"


#: The language tag of text read from the reports.
TEXT_LANGUAGE = "zh"


@dataclass(frozen=True)
class PropertyMap:
    predicate: str
    kind: ValueKind = ValueKind.STRING


#: rdf:type values of each node label: its own class first, then every class the ontology makes it a
#: subclass of (cg:Entity, schema.org, W3C org:, PROV), materialised so consumers without a reasoner find
#: schema:Person, org:Organization etc. A test keeps this in step with ontology.ttl.
ENTITY = CG + "Entity"
NODE_CLASSES: dict[str, tuple[str, ...]] = {
    EntityType.PERSON.value: (CG + "Person", ENTITY, SCHEMA + "Person", PROV + "Person"),
    EntityType.ORGANIZATION.value: (CG + "Organization", ENTITY, SCHEMA + "Organization", ORG + "Organization",
                                    PROV + "Organization"),
    EntityType.ALLIANCE.value: (CG + "Alliance", ENTITY, SCHEMA + "Organization", ORG + "Organization"),
    EntityType.FORUM.value: (CG + "Forum", ENTITY, SCHEMA + "Event"),
    EntityType.PLACE.value: (CG + "Place", ENTITY, SCHEMA + "Place"),
    EntityType.HONOR.value: (CG + "Honor", ENTITY, SCHEMA + "DefinedTerm"),
    EntityType.PROGRAM.value: (CG + "Program", ENTITY),
    StructuralLabel.DOCUMENT.value: (CG + "Document", SCHEMA + "CreativeWork", PROV + "Entity"),
    StructuralLabel.ARTICLE.value: (CG + "Article", SCHEMA + "NewsArticle", PROV + "Entity"),
}

#: Node properties by name (a name means the same on every label). ``uri`` is the subject itself.
NODE_PROPERTY_MAP: dict[str, PropertyMap] = {
    "key": PropertyMap(CG + "key"),
    "name": PropertyMap(SCHEMA + "name", ValueKind.TEXT),
    "aliases": PropertyMap(SCHEMA + "alternateName", ValueKind.TEXTS),
    "gender": PropertyMap(SCHEMA + "gender"),
    "disambiguator": PropertyMap(CG + "disambiguator"),
    "kind": PropertyMap(CG + "kind"),
    "level": PropertyMap(CG + "level"),
    "category": PropertyMap(CG + "category"),
    "start_date": PropertyMap(SCHEMA + "startDate", ValueKind.DATE),
    "end_date": PropertyMap(SCHEMA + "endDate", ValueKind.DATE),
    "theme": PropertyMap(CG + "theme", ValueKind.TEXT),
    "founded_date": PropertyMap(SCHEMA + "foundingDate", ValueKind.DATE),
    "source": PropertyMap(CG + "source"),
    "title": PropertyMap(SCHEMA + "headline", ValueKind.TEXT),
    "published": PropertyMap(SCHEMA + "datePublished", ValueKind.DATE),
    "sha256": PropertyMap(CG + "sha256"),
    "text": PropertyMap(SCHEMA + "text", ValueKind.TEXT),
    "headline": PropertyMap(SCHEMA + "headline", ValueKind.TEXT),
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
    "role_text": PropertyMap(CG + "roleText", ValueKind.TEXT),
    "titles": PropertyMap(SCHEMA + "jobTitle", ValueKind.TEXTS),
    "year": PropertyMap(CG + "year", ValueKind.INTEGER),
    "edition": PropertyMap(CG + "edition", ValueKind.INTEGER),
}

#: Qualifiers also written under the property they refine (cg:role ⊑ schema:roleName …).
QUALIFIER_SUPER_PROPERTIES: dict[str, tuple[str, ...]] = {
    "role": (SCHEMA + "roleName",),
    "role_text": (SCHEMA + "roleName",),
}

#: The position titles in their written order: ``statement cg:titles seq``, an ``rdf:Seq`` whose members
#: ``rdf:_1``, ``rdf:_2`` … are the titles (each also a ``schema:jobTitle`` of the statement, unordered).
TITLES = CG + "titles"
TITLES_QUALIFIER = "titles"
SEQ = RDF + "Seq"
SEQ_MEMBER = RDF + "_"

#: A cg:Position is an org:Membership: its person and organisation under the W3C org: properties.
MEMBERSHIP_MEMBER = ORG + "member"
MEMBERSHIP_ORGANIZATION = ORG + "organization"


STATEMENT = CG + "Statement"


@dataclass(frozen=True)
class RelationMap:
    """An extracted relationship type: its direct property, the classes of its statement node, and the
    triples a reasoner would infer from the ontology, written so that no reasoner is needed: the same
    fact under the properties the direct one refines (``super_properties``, head → tail) and under its
    inverses and what they refine (``inverse_properties``, tail → head)."""

    predicate: str
    statement_class: str
    aligned_classes: tuple[str, ...] = ()
    super_properties: tuple[str, ...] = ()
    inverse_properties: tuple[str, ...] = ()

    @property
    def statement_classes(self) -> tuple[str, ...]:
        return (self.statement_class, STATEMENT, *self.aligned_classes, PROV + "Entity")


RELATION_MAP: dict[str, RelationMap] = {
    RelationType.SPOKE_AT.value: RelationMap(CG + "spokeAt", CG + "Speech", (SCHEMA + "Role",),
                                             (SCHEMA + "performerIn",)),
    RelationType.PARTICIPATED_IN.value: RelationMap(CG + "participatedIn", CG + "Participation",
                                                    inverse_properties=(CG + "hadParticipant", SCHEMA + "attendee")),
    RelationType.HOLDS_HONOR.value: RelationMap(CG + "holdsHonor", CG + "HonorHolding",
                                                super_properties=(SCHEMA + "award",)),
    RelationType.HOLDS_POSITION.value: RelationMap(CG + "holdsPositionAt", CG + "Position", (ORG + "Membership",),
                                                   (SCHEMA + "worksFor",)),
    RelationType.ORGANIZED.value: RelationMap(CG + "organized", CG + "Organizing",
                                              inverse_properties=(CG + "organizedBy", SCHEMA + "organizer")),
    RelationType.UNDERTOOK.value: RelationMap(CG + "undertook", CG + "Undertaking",
                                              inverse_properties=(CG + "undertakenBy", SCHEMA + "organizer")),
    RelationType.CO_ORGANIZED.value: RelationMap(CG + "coOrganized", CG + "CoOrganizing",
                                                 inverse_properties=(CG + "coOrganizedBy", SCHEMA + "organizer")),
    RelationType.SUPPORTED.value: RelationMap(CG + "supported", CG + "Support",
                                              inverse_properties=(CG + "supportedBy", SCHEMA + "sponsor")),
    RelationType.PART_OF.value: RelationMap(CG + "partOf", CG + "Inclusion", (), (SCHEMA + "superEvent",),
                                            (CG + "hasPart", SCHEMA + "subEvent")),
    RelationType.HELD_AT.value: RelationMap(CG + "heldAt", CG + "Venue", (), (SCHEMA + "location",)),
    RelationType.FOUNDED.value: RelationMap(CG + "founded", CG + "Founding",
                                            inverse_properties=(CG + "foundedBy", SCHEMA + "founder")),
    RelationType.MEMBER_OF.value: RelationMap(CG + "memberOf", CG + "Membership", (),
                                              (SCHEMA + "memberOf", ORG + "memberOf"),
                                              (CG + "hasMember", SCHEMA + "member", ORG + "hasMember")),
    RelationType.LAUNCHED.value: RelationMap(CG + "launched", CG + "Launch"),
    RelationType.SUB_UNIT_OF.value: RelationMap(CG + "subUnitOf", CG + "SubUnitRelation", (),
                                                (SCHEMA + "parentOrganization", ORG + "subOrganizationOf"),
                                                (CG + "hasSubUnit", SCHEMA + "subOrganization",
                                                 ORG + "hasSubOrganization")),
}

#: REPORTED becomes a sub-property of cg:reported chosen by the byline role.
REPORTED_BY_ROLE: dict[str, str] = {"text": CG + "wrote", "photo": CG + "photographed"}
REPORTED = CG + "reported"
#: What a byline triple is also written as: cg:reported (head → tail) and the inverses (tail → head).
REPORTED_INVERSES: dict[str, tuple[str, ...]] = {
    CG + "wrote": (CG + "writtenBy", SCHEMA + "author"),
    CG + "photographed": (CG + "photographedBy", SCHEMA + "contributor"),
}
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
