"""Build a prepared document from a short text and look facts up in the extraction record."""

import hashlib

from graph.model import ExtractionRecord
from loaders.document import RawDocument
from loaders.extract import Extractor
from loaders.pipeline import prepare

_EXTRACTOR = Extractor()


def extract(text: str, published: str | None = None) -> ExtractionRecord:
    return extract_with(_EXTRACTOR, text, published)


def extract_with(extractor: Extractor, text: str, published: str | None = None) -> ExtractionRecord:
    raw = RawDocument(doc="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=published)
    return extractor.extract(prepare(raw))


def names(record: ExtractionRecord, etype: str) -> set[str]:
    return {e.name for e in record.entities if e.type == etype}


def facts(record: ExtractionRecord, rtype: str) -> dict[tuple[str, str], dict]:
    by_id = {e.id: e.name for e in record.entities}
    return {(by_id[r.head], by_id[r.tail]): r.properties for r in record.relations if r.type == rtype}


def entity(record: ExtractionRecord, name: str):
    return next(e for e in record.entities if e.name == name or name in e.aliases)
