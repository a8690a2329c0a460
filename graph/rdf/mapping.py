"""Rows read from a store → RDF quads.

Entities, the extractor agents and the direct fact triples (``person cg:spokeAt forum``) go to the
default graph; everything that belongs to one source document (the Document and its Articles, the
statement nodes qualifying each fact, the evidence sentences) goes to the named graph of that
document, named by the document's IRI. Serialised as triples, the graphs are simply merged.
"""

import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from ..keys import article_key, node_iri
from ..model import StructuralLabel, StructuralRelation
from . import vocab
from .iris import evidence_iri, extractor_iri, statement_iri
from .vocab import PropertyMap, ValueKind

_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), vocab.XSD + "date"),
    (re.compile(r"^\d{4}-\d{2}$"), vocab.XSD + "gYearMonth"),
    (re.compile(r"^\d{4}$"), vocab.XSD + "gYear"),
)
_DEFAULT = DefaultGraph()
_DOCUMENT = StructuralLabel.DOCUMENT.value


class RowMapper:
    """Maps node rows and relationship rows to quads; keeps the little state mapping needs.

    Feed every node first (documents and articles included), then the relationships: evidence records
    link to their Article only when that Article was exported.
    """

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self._iris: dict[str, NamedNode] = {}
        self._documents: dict[str, NamedNode] = {}
        self._articles: set[str] = set()
        self._evidence_seen: set[str] = set()
        self._agents_seen: set[str] = set()
        self._type = self.iri(vocab.RDF_TYPE)

    def iri(self, value: str) -> NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = NamedNode(value)
        return node

    def document_graph(self, doc_key: str | None) -> NamedNode | DefaultGraph:
        if not doc_key:
            return _DEFAULT
        graph = self._documents.get(doc_key)
        if graph is None:
            graph = self._documents[doc_key] = self.iri(node_iri(self.base_iri, _DOCUMENT, doc_key))
        return graph

    # nodes -----------------------------------------------------------------------------------------

    def node(self, label: str, props: Mapping[str, Any]) -> Iterator[Quad]:
        subject = self.iri(props["uri"])
        if label == _DOCUMENT:
            self._documents[props["key"]] = subject
            graph: NamedNode | DefaultGraph = subject
        elif label == StructuralLabel.ARTICLE.value:
            self._articles.add(props["uri"])
            graph = self.document_graph(props.get("doc"))
        else:
            graph = _DEFAULT
        for cls in vocab.NODE_CLASSES[label]:
            yield Quad(subject, self._type, self.iri(cls), graph)
        for name, value in props.items():
            mapped = vocab.NODE_PROPERTY_MAP.get(name)
            if mapped is not None:
                for literal in _literals(mapped, value):
                    yield Quad(subject, self.iri(mapped.predicate), literal, graph)

    # relationships ---------------------------------------------------------------------------------

    def relationship(self, rtype: str, head_uri: str, tail_uri: str, props: Mapping[str, Any]) -> Iterator[Quad]:
        head, tail = self.iri(head_uri), self.iri(tail_uri)
        graph = self.document_graph(props.get("doc"))
        relation = vocab.RELATION_MAP.get(rtype)
        if relation is not None:
            yield from self._fact(relation, head, tail, props, graph)
        elif rtype == StructuralRelation.MENTIONS.value:
            mentions = self.iri(vocab.MENTIONS)
            yield Quad(head, mentions, tail, graph)
            evidence = self._evidence(props, graph)
            if evidence is not None:
                sentence, quads = evidence
                yield from quads
                yield Quad(sentence, mentions, tail, graph)
        elif rtype == StructuralRelation.REPORTED.value:
            predicate = vocab.REPORTED_BY_ROLE.get(props.get("role") or "", vocab.REPORTED)
            yield Quad(head, self.iri(predicate), tail, graph)
        elif rtype == StructuralRelation.IN_DOCUMENT.value:
            yield Quad(head, self.iri(vocab.IN_DOCUMENT), tail, graph)
        else:
            raise ValueError(f"no RDF mapping for relationship type {rtype!r}; add it to graph/rdf/vocab.py")

    def _fact(
        self,
        relation: vocab.RelationMap,
        head: NamedNode,
        tail: NamedNode,
        props: Mapping[str, Any],
        graph: NamedNode | DefaultGraph,
    ) -> Iterator[Quad]:
        predicate = self.iri(relation.predicate)
        yield Quad(head, predicate, tail, _DEFAULT)
        statement = self.iri(statement_iri(self.base_iri, props["key"]))
        evidence = self._evidence(props, graph)
        extractor = props.get("extractor")
        agent = self._agent(extractor) if extractor else None
        if evidence is not None:
            yield from evidence[1]
        if agent is not None:
            yield from agent[1]
        for cls in relation.statement_classes:
            yield Quad(statement, self._type, self.iri(cls), graph)
        yield Quad(statement, self.iri(vocab.SUBJECT), head, graph)
        yield Quad(statement, self.iri(vocab.PREDICATE), predicate, graph)
        yield Quad(statement, self.iri(vocab.OBJECT), tail, graph)
        yield Quad(statement, self.iri(vocab.RELATION_KEY), Literal(props["key"]), graph)
        for name, mapped in vocab.QUALIFIER_MAP.items():
            for literal in _literals(mapped, props.get(name)):
                yield Quad(statement, self.iri(mapped.predicate), literal, graph)
        if isinstance(graph, NamedNode):
            yield Quad(statement, self.iri(vocab.PRIMARY_SOURCE), graph, graph)
        if evidence is not None:
            yield Quad(statement, self.iri(vocab.DERIVED_FROM), evidence[0], graph)
        if agent is not None:
            yield Quad(statement, self.iri(vocab.ATTRIBUTED_TO), agent[0], graph)

    def _evidence(
        self, props: Mapping[str, Any], graph: NamedNode | DefaultGraph
    ) -> tuple[NamedNode, list[Quad]] | None:
        """The evidence record of a relationship's sentence, and its quads the first time it is seen."""
        doc, start, end = props.get("doc"), props.get("evidence_start"), props.get("evidence_end")
        if not doc or start is None or end is None:
            return None
        iri = evidence_iri(self.base_iri, doc, start, end)
        node = self.iri(iri)
        if iri in self._evidence_seen:
            return node, []
        self._evidence_seen.add(iri)
        quads = [
            Quad(node, self._type, self.iri(vocab.EVIDENCE), graph),
            Quad(node, self._type, self.iri(vocab.PROV + "Entity"), graph),
            Quad(node, self.iri(vocab.QUOTED_FROM), self.document_graph(doc), graph),
            Quad(node, self.iri(vocab.EVIDENCE_START), Literal(int(start)), graph),
            Quad(node, self.iri(vocab.EVIDENCE_END), Literal(int(end)), graph),
        ]
        if props.get("evidence") is not None:
            quads.append(Quad(node, self.iri(vocab.EVIDENCE_TEXT), Literal(props["evidence"]), graph))
        ordinal = props.get("article")
        if ordinal is not None:
            quads.append(Quad(node, self.iri(vocab.ARTICLE_ORDINAL), Literal(int(ordinal)), graph))
            article = node_iri(self.base_iri, StructuralLabel.ARTICLE.value, article_key(doc, int(ordinal)))
            if article in self._articles:
                quads.append(Quad(node, self.iri(vocab.IN_ARTICLE), self.iri(article), graph))
        return node, quads

    def _agent(self, extractor: str) -> tuple[NamedNode, list[Quad]]:
        """The extractor's software agent, and its quads (default graph) the first time it is seen."""
        iri = extractor_iri(self.base_iri, extractor)
        agent = self.iri(iri)
        if iri in self._agents_seen:
            return agent, []
        self._agents_seen.add(iri)
        return agent, [
            Quad(agent, self._type, self.iri(vocab.SOFTWARE_AGENT), _DEFAULT),
            Quad(agent, self.iri(vocab.SCHEMA + "name"), Literal(extractor), _DEFAULT),
        ]


def _literals(mapped: PropertyMap, value: Any) -> list[Literal]:
    if value is None:
        return []
    if mapped.kind is ValueKind.STRINGS:
        return [Literal(str(v)) for v in value if v is not None]
    if mapped.kind is ValueKind.INTEGER:
        return [Literal(int(value))]
    if mapped.kind is ValueKind.DATE:
        return [_date_literal(str(value))]
    return [Literal(str(value))]


def _date_literal(value: str) -> Literal:
    """A typed date where the value is an ISO date, year-month or year; the string as written otherwise."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value) and _valid_date(value):
            return Literal(value, datatype=NamedNode(datatype))
    return Literal(value)


def _valid_date(value: str) -> bool:
    if len(value) != len("2000-01-01"):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
