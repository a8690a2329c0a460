"""Stable keys and IRIs for nodes and relationships.

A node's key is what both stores MERGE on; its IRI (``uri``) is derived from the key, so the RDF
export, the embedded store and Neo4j all name a node the same way.
"""

import hashlib
import re
import unicodedata

_STR = {str}
#: Runs of the characters ``quote(..., safe='')`` percent-encodes (all but these).
_QUOTED_RUN = re.compile(r"[^A-Za-z0-9_.~-]+")
_SPACE_AND_QUOTES = re.compile(r"[\s\"'“”‘’「」『』]")


def normalise_name(name: str) -> str:
    """The comparable form of a surface name: NFKC, no whitespace, no quotation marks."""
    return _SPACE_AND_QUOTES.sub("", unicodedata.normalize("NFKC", name))


def entity_key(name: str, disambiguator: str | None = None) -> str:
    key = normalise_name(name)
    return f"{key}#{normalise_name(disambiguator)}" if disambiguator else key


def article_key(doc_key: str, ordinal: int) -> str:
    return f"{doc_key}:{ordinal}"


def relation_key(*parts: object) -> str:
    """A short digest of everything that makes one relationship distinct (None counts as "")."""
    if set(map(type, parts)) == _STR:  # the common case, in C (a str subclass may print otherwise)
        raw = "\x1f".join(parts)  # type: ignore[arg-type]
    else:
        raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return relation_digest(raw.encode("utf-8"))


def relation_digest(joined: bytes) -> str:
    """:func:`relation_key` of parts already joined with ``\\x1f`` and UTF-8 encoded (graph.rows encodes a node's
    end once for all its relationships, and a document's key once for all of its)."""
    return hashlib.sha1(joined).hexdigest()


def node_iri(base_iri: str, label: str, key: str) -> str:
    base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    return f"{base}{label.lower()}/{_quoted(key)}"


def _quoted(key: str) -> str:
    """``quote(key, safe='')``, a run of quoted characters at a time (in C, where quote loops per byte)."""
    return _QUOTED_RUN.sub(_percent_encoded, key)


def _percent_encoded(run: re.Match[str]) -> str:
    return "%" + run.group().encode("utf-8").hex("%").upper()
