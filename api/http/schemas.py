"""Response and request models of the HTTP API; every one forbids unknown fields and carries an example.

The examples use made-up names (张三, 示例论坛 …); the real answers come from the graph.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["Person", "Organization", "Honor", "Forum", "Alliance", "Program", "Place"]
Direction = Literal["out", "in"]

_EVIDENCE_EXAMPLE = {
    "sentence": "论坛上，示例公司总工程师张三作主旨发言。",
    "doc": "9f2c" + "0" * 60,
    "article": 0,
    "start": 120,
    "end": 141,
    "source": "pages/2023-07-29.txt",
    "title": "示例论坛在京举办",
    "published": "2023-07-29",
    "extractor": "rules/1.0",
}
_LINK_EXAMPLE = {"type": "Person", "key": "张三", "name": "张三"}
_FACT_EXAMPLE = {
    "relation": "SPOKE_AT",
    "direction": "in",
    "entity": _LINK_EXAMPLE,
    "role": "keynote",
    "role_text": None,
    "titles": None,
    "year": None,
    "edition": None,
    "evidence": [_EVIDENCE_EXAMPLE],
}
_ENTITY_EXAMPLE = {"type": "Forum", "key": "示例论坛", "name": "示例论坛", "aliases": ["第二届示例论坛"]}


def _model(example: dict[str, Any] | None = None) -> ConfigDict:
    extra = {"examples": [example]} if example is not None else None
    return ConfigDict(extra="forbid", json_schema_extra=extra)


class Entity(BaseModel):
    model_config = _model(_ENTITY_EXAMPLE)

    type: EntityType = Field(description="The entity's label.")
    key: str = Field(description="Unique within its type; pass it instead of a name a several entities share.")
    name: str
    aliases: list[str] = Field(default_factory=list, description="Other surface forms of the same entity.")


class EntityLink(BaseModel):
    """The other end of a fact."""

    model_config = _model(_LINK_EXAMPLE)

    type: EntityType
    key: str
    name: str


class Evidence(BaseModel):
    """Where a fact is stated: the sentence, its document and offsets into the document's normalised text."""

    model_config = _model(_EVIDENCE_EXAMPLE)

    sentence: str | None = Field(description="The sentence that states the fact.")
    doc: str = Field(description="The Document key (SHA-256 of the document's bytes).")
    article: int | None = Field(description="Ordinal of the article within the document.")
    start: int | None = Field(description="Offset of the sentence in the document's normalised text.")
    end: int | None
    source: str | None = Field(description="Where the document was read from.")
    title: str | None
    published: str | None
    extractor: str | None = Field(description="Name and version of the extractor that found the fact.")


class Fact(BaseModel):
    """One relationship of the entity asked about, with every source that reports it."""

    model_config = _model(_FACT_EXAMPLE)

    relation: str = Field(description="Relationship type, e.g. SPOKE_AT, HOLDS_POSITION.")
    direction: Direction = Field(description="`out`: the entity asked about is the relationship's head.")
    entity: EntityLink = Field(description="The other end of the relationship.")
    role: str | None = Field(description="SPOKE_AT role: keynote, speech or discussion.")
    role_text: str | None = Field(description="PARTICIPATED_IN role as written (出席, 主持 …).")
    titles: list[str] | None = Field(description="HOLDS_POSITION titles as written.")
    year: int | None
    edition: int | None
    evidence: list[Evidence] = Field(description="One entry per source sentence; never empty.")


class FactPage(BaseModel):
    model_config = _model(
        {"entity": _ENTITY_EXAMPLE, "total": 1, "limit": 50, "offset": 0, "items": [_FACT_EXAMPLE]}
    )

    entity: Entity = Field(description="The entity the name resolved to.")
    total: int = Field(description="How many facts there are in all.")
    limit: int
    offset: int
    items: list[Fact]


class FactSection(BaseModel):
    model_config = _model({"total": 1, "items": [_FACT_EXAMPLE]})

    total: int
    items: list[Fact]


_SECTION_EXAMPLE = {"total": 0, "items": []}


class PersonProfile(BaseModel):
    model_config = _model(
        {
            "person": {"type": "Person", "key": "张三", "name": "张三", "aliases": []},
            "honors": _SECTION_EXAMPLE,
            "positions": _SECTION_EXAMPLE,
            "forums": {"total": 1, "items": [{**_FACT_EXAMPLE, "direction": "out", "entity": {
                "type": "Forum", "key": "示例论坛", "name": "示例论坛"}}]},
            "programs": _SECTION_EXAMPLE,
            "memberships": _SECTION_EXAMPLE,
        }
    )

    person: Entity
    honors: FactSection = Field(description="HOLDS_HONOR.")
    positions: FactSection = Field(description="HOLDS_POSITION: organisation and titles.")
    forums: FactSection = Field(description="SPOKE_AT and PARTICIPATED_IN forums.")
    programs: FactSection = Field(description="PARTICIPATED_IN and LAUNCHED programs.")
    memberships: FactSection = Field(description="MEMBER_OF organisations and alliances.")


class OrganizationProfile(BaseModel):
    model_config = _model(
        {
            "organization": {"type": "Organization", "key": "示例公司", "name": "示例公司", "aliases": []},
            "people": _SECTION_EXAMPLE,
            "forums": _SECTION_EXAMPLE,
            "alliances": _SECTION_EXAMPLE,
            "organizations": _SECTION_EXAMPLE,
            "honors": _SECTION_EXAMPLE,
        }
    )

    organization: Entity
    people: FactSection = Field(description="People holding positions in it or members of it.")
    forums: FactSection = Field(description="Forums and programs it organised, undertook, co-organised or supported.")
    alliances: FactSection = Field(description="Alliances it founded or belongs to.")
    organizations: FactSection = Field(description="Parents, units and member organisations.")
    honors: FactSection


class StepFact(BaseModel):
    model_config = _model(
        {"relation": "SPOKE_AT", "forward": True, "role": "keynote", "role_text": None, "titles": None,
         "year": None, "edition": None, "evidence": [_EVIDENCE_EXAMPLE]}
    )

    relation: str
    forward: bool = Field(description="True when the relationship points from this step's `from` to its `to`.")
    role: str | None
    role_text: str | None
    titles: list[str] | None
    year: int | None
    edition: int | None
    evidence: list[Evidence]


class PathStep(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: EntityLink = Field(alias="from")
    to: EntityLink
    facts: list[StepFact] = Field(description="Every relationship joining the two entities on this step.")


class Path(BaseModel):
    model_config = _model()

    length: int
    nodes: list[EntityLink]
    steps: list[PathStep]


class Connections(BaseModel):
    model_config = _model(
        {
            "source": {"type": "Person", "key": "张三", "name": "张三", "aliases": []},
            "target": {"type": "Organization", "key": "示例公司", "name": "示例公司", "aliases": []},
            "max_hops": 4,
            "paths": [
                {
                    "length": 1,
                    "nodes": [_LINK_EXAMPLE, {"type": "Organization", "key": "示例公司", "name": "示例公司"}],
                    "steps": [
                        {
                            "from": _LINK_EXAMPLE,
                            "to": {"type": "Organization", "key": "示例公司", "name": "示例公司"},
                            "facts": [{"relation": "HOLDS_POSITION", "forward": True, "role": None,
                                       "role_text": None, "titles": ["总工程师"], "year": None, "edition": None,
                                       "evidence": [_EVIDENCE_EXAMPLE]}],
                        }
                    ],
                }
            ],
        }
    )

    source: Entity
    target: Entity
    max_hops: int
    paths: list[Path] = Field(description="Shortest paths over fact relationships; empty when none is short enough.")


class SearchPage(BaseModel):
    model_config = _model(
        {"q": "论坛", "types": ["Forum"], "total": 1, "limit": 50, "offset": 0, "next_offset": None,
         "items": [_ENTITY_EXAMPLE]}
    )

    q: str
    types: list[EntityType]
    total: int = Field(description="How many entities match in all; every one of them can be paged to.")
    limit: int = Field(description="The page size asked for. A page holds at most CRAFTGRAPH_QUERY_ROW_CAP items.")
    offset: int = Field(description="How many matches come before this page.")
    next_offset: int | None = Field(
        default=None,
        description="The offset of the next page (pass it as ?offset=), or null when this page is the last.",
    )
    items: list[Entity] = Field(
        description="Exact name or alias matches first, then shorter names; ties by name, type and key."
    )


class CypherRequest(BaseModel):
    model_config = _model(
        {
            "query": "MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum) WHERE f.name = $forum RETURN p.name, r.role",
            "params": {"forum": "示例论坛"},
        }
    )

    query: str = Field(min_length=1, max_length=20_000, description="One read-only Cypher statement.")
    params: dict[str, Any] = Field(default_factory=dict, description="Values for the query's $parameters.")


class CypherResult(BaseModel):
    model_config = _model(
        {"columns": ["p.name", "r.role"], "rows": [["张三", "keynote"]], "row_count": 1, "truncated": False}
    )

    columns: list[str]
    rows: list[list[Any]]
    row_count: int
    truncated: bool = Field(description="True when the row cap cut the answer short.")


class Health(BaseModel):
    model_config = _model({"status": "ok", "store": "embedded", "version": "0.1.0"})

    status: Literal["ok"]
    store: str
    version: str


class Problem(BaseModel):
    """Every error answer: what was wrong, and close matches or candidates where they help."""

    model_config = _model(
        {
            "detail": "no Forum is named '示列论坛'; did you mean: 示例论坛?",
            "suggestions": ["示例论坛"],
            "candidates": [],
        }
    )

    detail: str
    suggestions: list[str] = Field(default_factory=list, description="Close matches of an unknown name (404).")
    candidates: list[Entity] = Field(default_factory=list, description="Entities sharing an ambiguous name (409).")
