"""Extraction records for benchmarks and store tests: from the real extractor, or from the gold files.

``replicate`` multiplies a corpus by rule: copy ``i`` suffixes every Person and Organization name (and
alias) with ``i`` and gets a fresh sha256, so copies add new people, organisations and facts instead
of collapsing onto the originals, while honours, forums and places stay shared as in real news.
"""

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from graph.model import SIGNATURES, EntityType, ExtractionRecord, RelationType

REPO = Path(__file__).resolve().parents[1]
VARIED = {EntityType.PERSON.value, EntityType.ORGANIZATION.value}


def shared_path() -> Path:
    return Path(os.environ.get("CRAFTGRAPH_SHARED", REPO.parent / "shared"))


def corpus_files(shared: Path | None = None) -> list[Path]:
    """The seed page and the dev articles."""
    fixtures = (shared or shared_path()) / "fixtures"
    return sorted(fixtures.glob("seed/*.txt")) + sorted(fixtures.glob("dev/*.txt"))


def extracted_records(files: Iterable[Path]) -> list[ExtractionRecord] | None:
    """Records from the real reader, normaliser and extractor, or None while it is not available."""
    try:
        from loaders.pipeline import default_extractor, iter_outcomes
    except ImportError:
        return None
    outcomes = iter_outcomes(list(files), default_extractor())
    return [o.record for o in outcomes if o.error is None and o.record is not None]


def _evidence(text: str, sentence: object) -> dict[str, object]:
    if isinstance(sentence, dict):
        sentence = sentence.get("text", "")
    sentence = str(sentence or "")
    start = max(text.find(sentence), 0)
    return {"text": sentence, "start": start, "end": start + len(sentence), "article": 0}


def gold_record(gold_file: Path) -> ExtractionRecord:
    """An extraction record built from a hand-checked gold file and its text (no extractor involved)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = gold_file.with_name(gold["doc"]).read_text(encoding="utf-8")
    entities, ids_by_name = [], {}
    for n, ent in enumerate(gold["entities"]):
        if ent.get("optional"):
            continue
        eid = f"e{n}"
        entities.append({"id": eid, "type": ent["type"], "name": ent["name"], "aliases": ent.get("aliases", []),
                         "mentions": [_evidence(text, ent["name"])] if ent["name"] in text else []})
        ids_by_name.setdefault(ent["name"], []).append((eid, EntityType(ent["type"])))
    relations = []
    for rel in gold["relations"]:
        if rel.get("optional"):
            continue
        rtype = RelationType(rel["type"])
        pairs = [(h, t) for h, ht in ids_by_name.get(rel["head"], []) for t, tt in ids_by_name.get(rel["tail"], [])
                 if (ht, tt) in SIGNATURES[rtype]]
        if not pairs:
            continue
        props = {k: v for k, v in (rel.get("props") or rel.get("properties") or {}).items() if v is not None}
        relations.append({"type": rtype.value, "head": pairs[0][0], "tail": pairs[0][1], "properties": props,
                          "evidence": _evidence(text, rel.get("evidence"))})
    headline = text.splitlines()[0] if text else ""
    return ExtractionRecord.model_validate({
        "doc": gold["doc"], "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "source": gold.get("source", ""), "title": headline, "text": text, "extractor": "gold",
        "articles": [{"ordinal": 0, "headline": headline, "start": 0, "end": len(text)}],
        "entities": entities, "relations": relations,
    })


def gold_records(shared: Path | None = None) -> list[ExtractionRecord]:
    return [gold_record(f.with_name(f.stem + ".gold.json")) for f in corpus_files(shared)
            if f.with_name(f.stem + ".gold.json").is_file()]


def corpus_records(shared: Path | None = None) -> tuple[list[ExtractionRecord], str]:
    """The seed + dev corpus through the real extractor when it is there, else from the gold files."""
    records = extracted_records(corpus_files(shared))
    if records:
        return records, "extractor"
    return gold_records(shared), "gold files"


def variant(record: ExtractionRecord, copy: int) -> ExtractionRecord:
    """Copy ``copy`` of a record: Person/Organization names suffixed with the number, a new sha256."""
    if copy == 0:
        return record

    def vary(name: str) -> str:
        return f"{name}{copy}"

    data = record.model_dump()
    for ent in data["entities"]:
        if ent["type"] in VARIED:
            ent["name"] = vary(ent["name"])
            ent["aliases"] = [vary(a) for a in ent["aliases"]]
    for art in data["articles"]:
        for by in art["byline"]:
            by["name"] = vary(by["name"])
    data["sha256"] = hashlib.sha256(f"{record.sha256}:{copy}".encode()).hexdigest()
    data["doc"] = f"{record.doc}#{copy}"
    return ExtractionRecord.model_validate(data)


def replicate(records: list[ExtractionRecord], documents: int) -> list[ExtractionRecord]:
    """At least ``documents`` records: the originals, then numbered variants of them in turn."""
    out: list[ExtractionRecord] = []
    copy = 0
    while len(out) < documents:
        out.extend(variant(r, copy) for r in records)
        copy += 1
    return out[:documents]
