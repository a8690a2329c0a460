"""The answer to a question, the same for the CLI (``--format json``) and ``GET /ask``."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.http.schemas import _EVIDENCE_EXAMPLE, Entity, EntityLink, Evidence

_FACT = {
    "relation": "SPOKE_AT",
    "source": {"type": "Person", "key": "张三", "name": "张三"},
    "target": {"type": "Forum", "key": "示例论坛", "name": "示例论坛"},
    "role": "keynote",
    "role_text": None,
    "titles": None,
    "year": None,
    "edition": None,
    "start_date": None,
    "end_date": None,
    "evidence": [_EVIDENCE_EXAMPLE],
}
_ANSWER = {
    "question": "谁在示例论坛上作了主旨发言？",
    "understood": True,
    "kind": "speakers_of_forum",
    "answer": "在示例论坛上作主旨发言的有：张三。",
    "answers": ["张三"],
    "facts": [_FACT],
    "entities": [{"type": "Forum", "key": "示例论坛", "name": "示例论坛", "aliases": []}],
    "filters": {"role": "keynote"},
    "cypher": "MATCH (n:Forum)<-[r:SPOKE_AT]-(o:Person) WHERE n.key = $key RETURN …",
    "params": {"key": "示例论坛"},
    "suggestions": [],
    "candidates": [],
    "questions": [],
}


class AskFact(BaseModel):
    """One relationship the answer rests on, head to tail, with every source that states it. A date
    answer's facts are the mentions that state the dates (``relation`` MENTIONS, no ends)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_FACT]})

    relation: str = Field(description="The relationship type (SPOKE_AT, HOLDS_HONOR, …).")
    source: EntityLink | None = Field(description="The relationship's head.")
    target: EntityLink | None = Field(description="The relationship's tail.")
    role: str | None = Field(default=None, description="SPOKE_AT: keynote, speech or discussion.")
    role_text: str | None = Field(default=None, description="PARTICIPATED_IN, MEMBER_OF: the role as written.")
    titles: list[str] | None = Field(default=None, description="HOLDS_POSITION: the titles as written.")
    year: int | str | None = Field(default=None, description="HOLDS_HONOR: the year, where stated.")
    edition: int | None = Field(default=None, description="HOLDS_HONOR: the edition (第3届: 3), where stated.")
    start_date: str | None = Field(default=None, description="When-questions: the forum's first day.")
    end_date: str | None = Field(default=None, description="When-questions: the forum's last day.")
    evidence: list[Evidence]


class AskAnswer(BaseModel):
    """A question and what the graph says about it. ``understood`` false: ``questions`` lists questions it
    can answer about the entities it recognised. An unknown name: ``suggestions``; a name several entities
    share: ``candidates`` (ask again with one's name or key). Both leave ``answers`` empty."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_ANSWER]})

    question: str = Field(description="The question as asked.")
    understood: bool = Field(description="Whether the grammar understood what is asked.")
    kind: str | None = Field(default=None, description="The kind of question (speakers_of_forum, …).")
    answer: str = Field(description="One short sentence in Chinese.")
    answers: list[str] = Field(description="Canonical names (or dates) that answer the question.")
    facts: list[AskFact] = Field(
        description="The facts the answer rests on, each with its evidence, in the order they are first stated; "
        "at most 200 (`facts_total` counts them all)."
    )
    facts_total: int = Field(default=0, description="How many facts answer the question.")
    entities: list[Entity] = Field(description="The entities the question names, as linked to the graph.")
    filters: dict[str, Any] = Field(
        default_factory=dict, description="Conditions applied to the named query's rows (role, relations, year, …)."
    )
    cypher: str | None = Field(
        description="The named query that answers it (parameters only; run it with `params`). A connection is "
        "searched for hop by hop from both ends; `cypher` is the shortest-path query that finds the same paths."
    )
    params: dict[str, Any] = Field(description="The named query's parameters.")
    suggestions: list[str] = Field(default_factory=list, description="Names close to an unknown name.")
    candidates: list[Entity] = Field(default_factory=list, description="Entities sharing the name asked about.")
    questions: list[str] = Field(default_factory=list, description="Questions it can answer, when not understood.")
