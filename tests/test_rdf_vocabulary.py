"""The RDF vocabulary, the ontology, the shapes and the format registry agree with each other and with the
graph schema, so nothing the property graph holds is silently dropped by the export."""

from pathlib import Path

import pyshacl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, parse
from rdflib import OWL, RDF, RDFS, SH, Graph, URIRef

from graph.errors import ConfigurationError, InputError
from graph.model import RELATION_PROPERTIES, RelationType
from graph.rdf import nquads, vocab
from graph.rdf.formats import FORMATS, get_format, negotiate
from graph.rdf.mapping import RowMapper, date_term
from graph.rdf.sparql import query_names, select
from graph.rdf.validate import ontology_graph, shapes_graph
from graph.schema import NODE_PROPERTIES

REPO = Path(__file__).resolve().parents[1]
CG = vocab.CG


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


def _declared(ontology: Graph, iri: str) -> bool:
    return any(ontology.triples((URIRef(iri), RDF.type, None)))


def _cg_terms() -> set[str]:
    terms = {c for classes in vocab.NODE_CLASSES.values() for c in classes}
    terms |= {m.predicate for m in vocab.NODE_PROPERTY_MAP.values()}
    terms |= {m.predicate for m in vocab.QUALIFIER_MAP.values()}
    terms |= {c for m in vocab.RELATION_MAP.values() for c in (m.predicate, *m.statement_classes)}
    terms |= {p for m in vocab.RELATION_MAP.values() for p in (*m.super_properties, *m.inverse_properties)}
    terms |= {p for inverses in vocab.REPORTED_INVERSES.values() for p in inverses}
    terms |= {p for supers in vocab.QUALIFIER_SUPER_PROPERTIES.values() for p in supers} | {vocab.TITLES}
    terms |= set(vocab.REPORTED_BY_ROLE.values()) | {vocab.REPORTED}
    terms |= {vocab.SUBJECT, vocab.PREDICATE, vocab.OBJECT, vocab.RELATION_KEY, vocab.EVIDENCE, vocab.MENTION,
              vocab.EVIDENCE_START, vocab.EVIDENCE_END, vocab.ARTICLE_ORDINAL}
    return {t for t in terms if t.startswith(CG)}


def test_the_ontology_declares_every_craftgraph_term_the_export_writes(ontology: Graph) -> None:
    missing = sorted(t for t in _cg_terms() if not _declared(ontology, t))
    assert not missing


def test_the_aligned_properties_written_are_those_the_ontology_entails(ontology: Graph) -> None:
    """Each relation's super-properties and inverses (vocab.RELATION_MAP) are exactly what ontology.ttl says."""
    for rtype, mapped in vocab.RELATION_MAP.items():
        direct = URIRef(mapped.predicate)
        supers = set(ontology.transitive_objects(direct, RDFS.subPropertyOf)) - {direct}
        inverses = set(ontology.objects(direct, OWL.inverseOf)) | set(ontology.subjects(OWL.inverseOf, direct))
        for inverse in set(inverses):
            inverses |= set(ontology.transitive_objects(inverse, RDFS.subPropertyOf))
        assert {URIRef(p) for p in mapped.super_properties} == supers, rtype
        assert {URIRef(p) for p in mapped.inverse_properties} == inverses, rtype


def test_the_ontology_is_an_owl_ontology(ontology: Graph) -> None:
    assert (URIRef(vocab.ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology


@pytest.mark.parametrize("label", sorted(vocab.NODE_CLASSES))
def test_the_aligned_classes_written_for_a_node_are_superclasses_in_the_ontology(ontology: Graph, label: str) -> None:
    own, *aligned = vocab.NODE_CLASSES[label]
    supers = set(ontology.transitive_objects(URIRef(own), RDFS.subClassOf))
    assert {URIRef(c) for c in aligned} <= supers


@pytest.mark.parametrize("rtype", list(RelationType))
def test_every_relationship_type_has_a_statement_class_under_cg_statement(ontology: Graph, rtype: str) -> None:
    mapped = vocab.RELATION_MAP[rtype]
    supers = set(ontology.transitive_objects(URIRef(mapped.statement_class), RDFS.subClassOf))
    assert URIRef(vocab.STATEMENT) in supers
    assert {URIRef(c) for c in mapped.aligned_classes} <= supers


@pytest.mark.parametrize("label", sorted(NODE_PROPERTIES))
def test_every_stored_node_property_has_an_rdf_property(label: str) -> None:
    unmapped = set(NODE_PROPERTIES[label]) - set(vocab.NODE_PROPERTY_MAP) - vocab.NODE_PROPERTIES_AS_STRUCTURE
    assert not unmapped


def test_every_relationship_property_becomes_a_qualifier_of_the_statement_node() -> None:
    assert set(RELATION_PROPERTIES) == set(vocab.QUALIFIER_MAP)


@pytest.mark.parametrize("rtype", list(RelationType))
def test_every_statement_class_is_the_target_of_a_shape(shapes: Graph, rtype: str) -> None:
    cls = URIRef(vocab.RELATION_MAP[rtype].statement_class)
    assert any(shapes.subjects(SH.targetClass, cls))


def test_the_shapes_are_valid_shacl(shapes: Graph) -> None:
    conforms, _, report = pyshacl.validate(shapes, shacl_graph=shapes, meta_shacl=True, advanced=True)
    assert conforms, report


def test_every_sparql_question_mirrors_a_cypher_named_query() -> None:
    cypher = {p.name.split(".", 1)[0] for p in (REPO / "queries").glob("*.cypher")}
    mirrored = set(query_names()) - {"organizer_facts_of_forum"}
    assert mirrored and mirrored <= cypher


def _literal(term: str) -> Literal:
    (triple,) = parse(f"<urn:s> <urn:p> {term} .".encode(), RdfFormat.N_TRIPLES)
    return triple.object


@given(st.dates())
def test_an_iso_date_becomes_an_xsd_date(day) -> None:  # type: ignore[no-untyped-def]
    literal = _literal(date_term(day.isoformat()))
    assert (literal.value, literal.datatype) == (day.isoformat(), NamedNode(vocab.XSD + "date"))


@pytest.mark.parametrize(("value", "datatype"), [("2023-07", "gYearMonth"), ("2023", "gYear"),
                                                 ("2023-02-30", "string"), ("七月下旬", "string"),
                                                 ('"引号"\\n', "string")])
def test_partial_and_unparseable_dates_keep_their_value(value: str, datatype: str) -> None:
    literal = _literal(date_term(value))
    assert (literal.value, literal.datatype) == (value, NamedNode(vocab.XSD + datatype))


@given(st.text())
def test_any_string_survives_n_triples_escaping(value: str) -> None:
    assert _literal(nquads.string(value)).value == value


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_format_is_found_by_its_name(name: str) -> None:
    assert get_format(name.upper()).name == name


def test_an_unknown_format_is_an_input_error_listing_the_known_ones() -> None:
    with pytest.raises(InputError, match="turtle"):
        get_format("n3x")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "turtle"),
        ("*/*", "turtle"),
        ("text/turtle", "turtle"),
        ("application/ld+json", "jsonld"),
        ("application/json", "jsonld"),
        ("application/rdf+xml;q=0.5, application/n-triples", "ntriples"),
        ("application/trig;q=0.9, text/turtle;q=0.1", "trig"),
        ("text/html, application/*;q=0.2", "ntriples"),
        ("application/n-quads", "nquads"),
    ],
)
def test_content_negotiation_picks_the_best_acceptable_format(accept: str | None, expected: str) -> None:
    chosen = negotiate(accept)
    assert chosen is not None and chosen.name == expected


@pytest.mark.parametrize("accept", ["image/png", "text/html", "text/turtle;q=0"])
def test_content_negotiation_finds_nothing_for_non_rdf_types(accept: str) -> None:
    assert negotiate(accept) is None


@pytest.mark.parametrize("base", ["craftgraph/id/", "https://example.org/my id/", "https://example.org/<id>/"])
def test_a_base_iri_that_is_not_an_absolute_iri_is_refused_naming_the_setting(base: str) -> None:
    with pytest.raises(ConfigurationError, match="CRAFTGRAPH_BASE_IRI"):
        RowMapper(base)


@given(st.text(min_size=1))
def test_a_sparql_binding_matches_exactly_the_literal_it_names(value: str) -> None:
    store = Store()
    store.add(Quad(NamedNode("urn:s"), NamedNode("urn:p"), Literal(value), DefaultGraph()))
    store.add(Quad(NamedNode("urn:t"), NamedNode("urn:p"), Literal(value + "x"), DefaultGraph()))
    rows = select(store, "SELECT ?s WHERE { ?s <urn:p> ?v }", {"v": value})
    assert rows == [{"s": "urn:s"}]
