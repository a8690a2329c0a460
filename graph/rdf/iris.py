"""IRIs of the nodes the export adds: statement nodes, evidence records, extractor agents.

Entity, Document and Article IRIs are never computed here: they are the ``uri`` stored on each node.
"""

from urllib.parse import quote

from ..keys import node_iri


def _base(base_iri: str) -> str:
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def statement_iri(base_iri: str, relation_key: str) -> str:
    """One statement node per stored relationship (one fact per source document)."""
    return node_iri(base_iri, "statement", relation_key)


def titles_iri(base_iri: str, relation_key: str) -> str:
    """The ordered titles (an rdf:Seq) of one position statement."""
    return statement_iri(base_iri, relation_key) + "/titles"


def evidence_iri(base_iri: str, doc_key: str, start: int, end: int) -> str:
    """One evidence record per source sentence: the document and the sentence's offsets name it."""
    return f"{_base(base_iri)}evidence/{quote(doc_key, safe='')}/{int(start)}-{int(end)}"


def mention_iri(base_iri: str, doc_key: str, start: int, end: int) -> str:
    """One mention record per span of a document that names an entity."""
    return f"{_base(base_iri)}mention/{quote(doc_key, safe='')}/{int(start)}-{int(end)}"


def extractor_iri(base_iri: str, extractor: str) -> str:
    return node_iri(base_iri, "extractor", extractor)
