"""Rows read from a store → RDF statements (as N-Quads text in a :class:`QuadLines` buffer).

Entities, the extractor agents and the direct fact triples (``person cg:spokeAt forum``) go to the
default graph; everything that belongs to one source document (the Document and its Articles, the
statement nodes qualifying each fact, the evidence sentences) goes to the named graph of that
document, named by the document's IRI. Serialised as triples, the graphs are simply merged.
"""

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..keys import article_key, node_iri
from ..model import StructuralLabel, StructuralRelation
from . import nquads, vocab
from .iris import evidence_iri, extractor_iri, mention_iri, statement_iri, titles_iri
from .nquads import QuadLines
from .vocab import PropertyMap, ValueKind

_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), vocab.XSD + "date"),
    (re.compile(r"^\d{4}-\d{2}$"), vocab.XSD + "gYearMonth"),
    (re.compile(r"^\d{4}$"), vocab.XSD + "gYear"),
)
_DOCUMENT = StructuralLabel.DOCUMENT.value
_ARTICLE = StructuralLabel.ARTICLE.value
_I = nquads.iri
_TYPE = _I(vocab.RDF_TYPE)
_NODE_CLASSES = {label: [_I(c) for c in classes] for label, classes in vocab.NODE_CLASSES.items()}
_NODE_PROPERTIES = {name: (_I(m.predicate), m) for name, m in vocab.NODE_PROPERTY_MAP.items()}
_QUALIFIERS = [(name, _I(m.predicate), m) for name, m in vocab.QUALIFIER_MAP.items()]
_RELATIONS = {
    rtype: (_I(m.predicate), [_I(c) for c in m.statement_classes]) for rtype, m in vocab.RELATION_MAP.items()
}
#: Direct property → (the properties it refines, its inverses and theirs), as N-Triples terms.
_ENTAILED: dict[str, tuple[list[str], list[str]]] = {
    _I(m.predicate): ([_I(p) for p in m.super_properties], [_I(p) for p in m.inverse_properties])
    for m in vocab.RELATION_MAP.values()
}
_ENTAILED.update({
    _I(p): ([_I(vocab.REPORTED)], [_I(i) for i in vocab.REPORTED_INVERSES[p]]) for p in vocab.REPORTED_BY_ROLE.values()
})
_QUALIFIER_SUPERS = {name: [_I(p) for p in supers] for name, supers in vocab.QUALIFIER_SUPER_PROPERTIES.items()}
_TITLES, _SEQ = _I(vocab.TITLES), _I(vocab.SEQ)
_POSITION = _I(vocab.RELATION_MAP["HOLDS_POSITION"].predicate)
_MEMBER, _MEMBER_ORGANIZATION = _I(vocab.MEMBERSHIP_MEMBER), _I(vocab.MEMBERSHIP_ORGANIZATION)
_REPORTED = {role: _I(p) for role, p in vocab.REPORTED_BY_ROLE.items()}
_MENTIONS, _REPORTED_ANY, _IN_DOCUMENT = _I(vocab.MENTIONS), _I(vocab.REPORTED), _I(vocab.IN_DOCUMENT)
_SUBJECT, _PREDICATE, _OBJECT, _RELATION_KEY = (_I(vocab.SUBJECT), _I(vocab.PREDICATE), _I(vocab.OBJECT),
                                                _I(vocab.RELATION_KEY))
_PRIMARY_SOURCE, _DERIVED_FROM, _ATTRIBUTED_TO = (_I(vocab.PRIMARY_SOURCE), _I(vocab.DERIVED_FROM),
                                                  _I(vocab.ATTRIBUTED_TO))
_EVIDENCE_CLASSES = (_I(vocab.EVIDENCE), _I(vocab.PROV + "Entity"))
_MENTION_CLASSES = (_I(vocab.MENTION), _I(vocab.PROV + "Entity"))
_QUOTED_FROM, _START, _END, _TEXT = (_I(vocab.QUOTED_FROM), _I(vocab.EVIDENCE_START), _I(vocab.EVIDENCE_END),
                                     _I(vocab.EVIDENCE_TEXT))
_ARTICLE_ORDINAL, _IN_ARTICLE = _I(vocab.ARTICLE_ORDINAL), _I(vocab.IN_ARTICLE)
_SOFTWARE_AGENT, _NAME = _I(vocab.SOFTWARE_AGENT), _I(vocab.SCHEMA + "name")


class RowMapper:
    """Maps node rows and relationship rows into ``lines``; keeps the little state mapping needs.

    Feed every node first (documents and articles included), then the relationships: evidence records
    link to their Article only when that Article was exported.
    """

    def __init__(self, base_iri: str, lines: QuadLines | None = None) -> None:
        nquads.check_iri(base_iri, "CRAFTGRAPH_BASE_IRI")
        self.base_iri = base_iri
        self.lines = lines if lines is not None else QuadLines()
        self._documents: dict[str, str] = {}
        self._articles: set[str] = set()
        self._quotations_seen: set[str] = set()
        self._agents: dict[str, str] = {}

    def document_iri(self, doc_key: str) -> str:
        """The Document's IRI term (the stored ``uri`` once the Document row was seen); it names its graph."""
        term = self._documents.get(doc_key)
        if term is None:
            term = self._documents[doc_key] = _I(node_iri(self.base_iri, _DOCUMENT, doc_key))
        return term

    def document_graph(self, doc_key: str | None) -> str | None:
        return self.document_iri(doc_key) if doc_key else None

    # nodes -----------------------------------------------------------------------------------------

    def node(self, label: str, props: Mapping[str, Any]) -> None:
        add = self.lines.add
        subject = _I(nquads.check_iri(props["uri"], f"the uri of {label} {props.get('key')!r}"))
        graph: str | None = None
        if label == _DOCUMENT:
            graph = self._documents[props["key"]] = subject
        elif label == _ARTICLE:
            self._articles.add(props["uri"])
            graph = self.document_graph(props.get("doc"))
        for cls in _NODE_CLASSES[label]:
            add(subject, _TYPE, cls, graph)
        for name, value in props.items():
            if value is None:
                continue
            mapped = _NODE_PROPERTIES.get(name)
            if mapped is not None:
                for term in _terms(mapped[1], value):
                    add(subject, mapped[0], term, graph)

    # relationships ---------------------------------------------------------------------------------

    def relationship(self, rtype: str, head_uri: str, tail_uri: str, props: Mapping[str, Any]) -> None:
        head, tail = _I(head_uri), _I(tail_uri)
        graph = self.document_graph(props.get("doc"))
        relation = _RELATIONS.get(rtype)
        if relation is not None:
            self._fact(relation[0], relation[1], head, tail, props, graph)
        elif rtype == StructuralRelation.MENTIONS.value:
            self.lines.add(head, _MENTIONS, tail, graph)
            mention = self._quotation(props, graph, mention_iri, _MENTION_CLASSES)
            if mention is not None:
                self.lines.add(mention, _MENTIONS, tail, graph)
        elif rtype == StructuralRelation.REPORTED.value:
            self._direct(head, _REPORTED.get(props.get("role") or "", _REPORTED_ANY), tail, graph)
        elif rtype == StructuralRelation.IN_DOCUMENT.value:
            self.lines.add(head, _IN_DOCUMENT, tail, graph)
        else:
            raise ValueError(f"no RDF mapping for relationship type {rtype!r}; add it to graph/rdf/vocab.py")

    def _fact(
        self, predicate: str, classes: list[str], head: str, tail: str, props: Mapping[str, Any], graph: str | None
    ) -> None:
        add = self.lines.add
        self._direct(head, predicate, tail)
        statement = _I(statement_iri(self.base_iri, props["key"]))
        for cls in classes:
            add(statement, _TYPE, cls, graph)
        add(statement, _SUBJECT, head, graph)
        add(statement, _PREDICATE, predicate, graph)
        add(statement, _OBJECT, tail, graph)
        add(statement, _RELATION_KEY, nquads.string(props["key"]), graph)
        for name, prop, mapped in _QUALIFIERS:
            value = props.get(name)
            if value is not None:
                terms = _terms(mapped, value)
                for term in terms:
                    add(statement, prop, term, graph)
                    for super_property in _QUALIFIER_SUPERS.get(name, ()):
                        add(statement, super_property, term, graph)
                if name == vocab.TITLES_QUALIFIER and terms:
                    self._sequence(statement, props["key"], terms, graph)
        if predicate == _POSITION:
            add(statement, _MEMBER, head, graph)
            add(statement, _MEMBER_ORGANIZATION, tail, graph)
        if graph is not None:
            add(statement, _PRIMARY_SOURCE, graph, graph)
        sentence = self._quotation(props, graph, evidence_iri, _EVIDENCE_CLASSES)
        if sentence is not None:
            add(statement, _DERIVED_FROM, sentence, graph)
        extractor = props.get("extractor")
        if extractor:
            add(statement, _ATTRIBUTED_TO, self._agent(extractor), graph)

    def _direct(self, head: str, predicate: str, tail: str, graph: str | None = None) -> None:
        """The direct triple, and the same fact under the properties it refines and under its inverses."""
        add = self.lines.add
        add(head, predicate, tail, graph)
        supers, inverses = _ENTAILED.get(predicate, ((), ()))
        for super_property in supers:
            add(head, super_property, tail, graph)
        for inverse in inverses:
            add(tail, inverse, head, graph)

    def _sequence(self, statement: str, relation_key: str, terms: list[str], graph: str | None) -> None:
        """The titles in their written order: ``statement cg:titles seq``, ``seq rdf:_1 first`` …"""
        add = self.lines.add
        seq = _I(titles_iri(self.base_iri, relation_key))
        add(statement, _TITLES, seq, graph)
        add(seq, _TYPE, _SEQ, graph)
        for index, term in enumerate(terms, start=1):
            add(seq, _I(f"{vocab.SEQ_MEMBER}{index}"), term, graph)

    def _quotation(
        self, props: Mapping[str, Any], graph: str | None, make_iri: Callable[[str, str, int, int], str],
        classes: tuple[str, ...],
    ) -> str | None:
        """The record of the span a relationship quotes (a sentence, or a mention), written when first seen."""
        doc, start, end = props.get("doc"), props.get("evidence_start"), props.get("evidence_end")
        if not doc or start is None or end is None:
            return None
        iri = make_iri(self.base_iri, doc, start, end)
        node = _I(iri)
        if iri in self._quotations_seen:
            return node
        self._quotations_seen.add(iri)
        add = self.lines.add
        for cls in classes:
            add(node, _TYPE, cls, graph)
        add(node, _QUOTED_FROM, self.document_iri(doc), graph)
        add(node, _START, nquads.integer(start), graph)
        add(node, _END, nquads.integer(end), graph)
        if props.get("evidence") is not None:
            add(node, _TEXT, nquads.tagged(props["evidence"], vocab.TEXT_LANGUAGE), graph)
        ordinal = props.get("article")
        if ordinal is not None:
            add(node, _ARTICLE_ORDINAL, nquads.integer(ordinal), graph)
            article = node_iri(self.base_iri, _ARTICLE, article_key(doc, int(ordinal)))
            if article in self._articles:
                add(node, _IN_ARTICLE, _I(article), graph)
        return node

    def _agent(self, extractor: str) -> str:
        """The extractor's software agent (default graph), written the first time it is seen."""
        agent = self._agents.get(extractor)
        if agent is None:
            agent = self._agents[extractor] = _I(extractor_iri(self.base_iri, extractor))
            self.lines.add(agent, _TYPE, _SOFTWARE_AGENT)
            self.lines.add(agent, _NAME, nquads.string(extractor))
        return agent


def _terms(mapped: PropertyMap, value: Any) -> list[str]:
    """The literals of a stored value, in the value's order (a list keeps its order)."""
    if mapped.kind is ValueKind.STRINGS:
        return [nquads.string(str(v)) for v in value if v is not None]
    if mapped.kind is ValueKind.TEXTS:
        return [nquads.tagged(str(v), vocab.TEXT_LANGUAGE) for v in value if v is not None]
    if mapped.kind is ValueKind.TEXT:
        return [nquads.tagged(str(value), vocab.TEXT_LANGUAGE)]
    if mapped.kind is ValueKind.INTEGER:
        return [_integer_term(value)]
    if mapped.kind is ValueKind.DATE:
        return [date_term(str(value))]
    return [nquads.string(str(value))]


def _integer_term(value: Any) -> str:
    """An xsd:integer, or the value as a string when it is not one (the SHACL shapes then report it)."""
    if isinstance(value, int) or (isinstance(value, str) and value.strip().lstrip("-").isdigit()):
        return nquads.integer(int(value))
    return nquads.string(str(value))


def date_term(value: str) -> str:
    """A typed date where the value is an ISO date, year-month or year; the string as written otherwise."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value) and _valid_date(value):
            return nquads.typed(value, datatype)
    return nquads.string(value)


def _valid_date(value: str) -> bool:
    if len(value) != len("2000-01-01"):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
