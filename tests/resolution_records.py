"""Hand-built extraction records for the resolution, update and scale tests (invented names only)."""

import hashlib
from typing import Any

from graph.model import ExtractionRecord


def record(doc: str, sentences: list[tuple[str, list[tuple[str, str, str, dict[str, Any]]]]],
           entities: dict[str, tuple[str, str]] | None = None, aliases: dict[str, list[str]] | None = None,
           ) -> ExtractionRecord:
    """A record whose text is the sentences; each sentence states relations (type, head, tail, props).

    ``entities`` maps ids to (type, name); every entity is mentioned in the first sentence naming it.
    """
    entities = entities or {}
    aliases = aliases or {}
    text, relations, starts = "", [], []
    for sentence, facts in sentences:
        starts.append(len(text))
        evidence = {"text": sentence, "start": len(text), "end": len(text) + len(sentence), "article": 0}
        text += sentence
        relations += [{"type": t, "head": h, "tail": tl, "properties": p, "evidence": evidence}
                      for t, h, tl, p in facts]
    ents = []
    for ident, (etype, name) in entities.items():
        at = text.find(name)
        mentions = [{"text": name, "start": at, "end": at + len(name), "article": 0}] if at >= 0 else []
        ents.append({"id": ident, "type": etype, "name": name, "aliases": aliases.get(ident, []),
                     "mentions": mentions})
    return ExtractionRecord.model_validate({
        "doc": doc, "sha256": hashlib.sha256(f"{doc}\n{text}".encode()).hexdigest(), "title": doc, "text": text,
        "extractor": "hand-built", "articles": [{"ordinal": 0, "headline": doc, "start": 0, "end": len(text)}],
        "entities": ents, "relations": relations,
    })


def position(doc: str, person: str, org: str, title: str = "主任") -> ExtractionRecord:
    """One sentence: ``org`` ``title`` ``person``."""
    return record(doc, [(f"{org}{title}{person}出席会议。", [("HOLDS_POSITION", "p", "o", {"titles": [title]})])],
                  {"p": ("Person", person), "o": ("Organization", org)})
