"""Where documents disagree about an entity: each property stated with more than one value, every value
with the documents that state it, in the order the node's rule ranks them (graph.node_merge.RULE)."""

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.node_merge import RULE, rank


class StatingDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="The Document key (SHA-256 of its text).")
    source: str | None = Field(description="The document's source: its URL, or its path relative to the folder loaded.")
    title: str | None
    published: str | None


class StatedValue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str
    chosen: bool = Field(description="True for the value the entity's property holds.")
    documents: list[StatingDocument] = Field(description="Every document that states this value (earliest first).")


class Conflict(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "property": "gender",
                    "chosen": "male",
                    "rule": RULE,
                    "values": [
                        {"value": "male", "chosen": True, "documents": [
                            {"key": "9f2c" + "0" * 60, "source": "2023/forum.txt", "title": "论坛举行",
                             "published": "2023-07-29"}]},
                        {"value": "female", "chosen": False, "documents": [
                            {"key": "1a7e" + "0" * 60, "source": "https://example.org/news/1", "title": None,
                             "published": None}]},
                    ],
                }
            ]
        },
    )

    property: str
    chosen: str | None = Field(description="The value the entity's property holds.")
    rule: str = Field(description="How that value was chosen among those stated.")
    values: list[StatedValue] = Field(description="Each value stated, the chosen one first.")


def conflicts(rows: Iterable[Mapping[str, Any]], held: Mapping[str, Any]) -> list[Conflict]:
    """The conflicts among the rows of the named query ``stated_values``; ``held`` is the node's properties."""
    stated: dict[str, dict[str, dict[str, StatingDocument]]] = {}
    for row in rows:
        prop, sep, value = str(row["statement"]).partition("=")
        if not sep:
            continue
        document = StatingDocument(key=row["doc"], source=row["source"], title=row["title"],
                                   published=row["published"])
        stated.setdefault(prop, {}).setdefault(value, {})[row["doc"]] = document
    found = []
    for prop, values in sorted(stated.items()):
        if len(values) < 2:
            continue
        ordered = sorted(values.items(),
                         key=lambda item: rank(item[0], {k: d.published for k, d in item[1].items()}))
        chosen = held.get(prop)
        found.append(Conflict(
            property=prop,
            chosen=None if chosen is None else str(chosen),
            rule=RULE,
            values=[StatedValue(value=value, chosen=value == chosen,
                                documents=sorted(docs.values(), key=_by_date))
                    for value, docs in ordered],
        ))
    return found


def _by_date(document: StatingDocument) -> tuple[int, str, str]:
    return (0 if document.published else 1, document.published or "", document.key)
