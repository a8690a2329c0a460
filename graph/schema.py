"""The physical layout both stores share: labels, their properties and types, relationship tables.

The embedded store declares exactly these tables; the Neo4j store writes exactly these properties, so
the same Cypher answers the same way on both.
"""

from .model import (
    ENTITY_PROPERTIES,
    RELATION_PROPERTIES,
    SIGNATURES,
    EntityType,
    RelationType,
    StructuralLabel,
    StructuralRelation,
)

STRING, STRING_LIST, INT = "STRING", "STRING[]", "INT64"

_ENTITY_COMMON = {"key": STRING, "name": STRING, "aliases": STRING_LIST, "uri": STRING}

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    **{t.value: {**_ENTITY_COMMON, **dict.fromkeys(ENTITY_PROPERTIES[t], STRING)} for t in EntityType},
    StructuralLabel.DOCUMENT.value: {
        "key": STRING,
        "name": STRING,
        "source": STRING,
        "title": STRING,
        "published": STRING,
        "sha256": STRING,
        "text": STRING,
        "uri": STRING,
    },
    StructuralLabel.ARTICLE.value: {
        "key": STRING,
        "name": STRING,
        "doc": STRING,
        "ordinal": INT,
        "headline": STRING,
        "byline": STRING_LIST,
        "text_start": INT,
        "text_end": INT,
        "uri": STRING,
    },
}

_PROVENANCE = {
    "key": STRING,
    "doc": STRING,
    "article": INT,
    "evidence": STRING,
    "evidence_start": INT,
    "evidence_end": INT,
    "extractor": STRING,
}
_TYPED = {"titles": STRING_LIST, "year": INT, "edition": INT}

#: Every relationship carries the same property set (unused ones stay null).
REL_PROPERTIES: dict[str, str] = {
    **_PROVENANCE,
    **{p: _TYPED.get(p, STRING) for p in RELATION_PROPERTIES},
    "surface": STRING,
    # MENTIONS only: why the entity got its identity (graph.resolution) and every form this document wrote.
    "resolution": STRING,
    "surfaces": STRING_LIST,
    # MENTIONS only: what this document states about the entity, "property=value" (graph.node_merge).
    "stated": STRING_LIST,
}

ENTITY_LABELS: tuple[str, ...] = tuple(t.value for t in EntityType)

#: (from label, to label) pairs of every relationship type, structural ones included.
REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    **{r.value: tuple(sorted((h.value, t.value) for h, t in SIGNATURES[r])) for r in RelationType},
    StructuralRelation.REPORTED.value: ((EntityType.PERSON.value, StructuralLabel.ARTICLE.value),),
    StructuralRelation.MENTIONS.value: tuple((StructuralLabel.ARTICLE.value, lab) for lab in ENTITY_LABELS),
    StructuralRelation.IN_DOCUMENT.value: ((StructuralLabel.ARTICLE.value, StructuralLabel.DOCUMENT.value),),
}
