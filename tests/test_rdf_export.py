"""The RDF export of a real store: round trips in every format, SHACL conformance, stable IRIs, qualifiers
and provenance kept (one evidence record per source sentence)."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, NamedNode
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.model import RelationType
from graph.rdf import vocab
from graph.rdf.export import RdfExport, export_graph
from graph.rdf.formats import FORMATS
from graph.rdf.iris import statement_iri
from graph.rdf.validate import validate
from graph.schema import NODE_PROPERTIES, REL_ENDPOINTS
from graph.settings import Settings
from graph.store import GraphStore

from .rdf_fixtures import (
    ORGANISERS,
    hand_built_records,
    loaded_store,
    named_graphs,
    rdflib_graph,
)
from .store_fixtures import STORE_KINDS

CG = vocab.CG
SMALL_PAGE = 7


@pytest.fixture(scope="module", params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    with loaded_store(request.param, tmp_path_factory.mktemp("rdf"), hand_built_records()) as loaded:
        yield loaded


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(export_page_size=SMALL_PAGE)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def exported(store: GraphStore, settings: Settings) -> RdfExport:
    return export_graph(store, settings)


@pytest.fixture(scope="module")
def graph(exported: RdfExport) -> Graph:
    """The exported graph, built term by term from pyoxigraph's quads (no serialiser involved)."""
    return rdflib_graph(exported.quads())


def _cg(local: str) -> URIRef:
    return URIRef(CG + local)


def _rows(store: GraphStore, query: str) -> list[dict]:
    return store.run(query).records()


def _relationships(store: GraphStore, rtype: str) -> list[dict]:
    rows = []
    for head, tail in REL_ENDPOINTS[rtype]:
        rows += _rows(store, f"MATCH (a:{head})-[r:{rtype}]->(b:{tail}) RETURN a.uri AS head, b.uri AS tail, "
                             "r.key AS key, r.doc AS doc, r.role AS role, r.role_text AS role_text, "
                             "r.titles AS titles, r.year AS year, r.edition AS edition, "
                             "r.evidence_start AS evidence_start, r.evidence_end AS evidence_end")
    return rows


# ---------------------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.dataset])
def test_a_graph_format_parses_back_to_the_exported_graph(exported: RdfExport, graph: Graph, name: str) -> None:
    fmt = FORMATS[name]
    parsed = Graph().parse(data=exported.serialize(fmt), format=fmt.rdflib_name)
    assert len(parsed) == len(graph)
    assert isomorphic(parsed, graph)


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if f.dataset])
def test_a_dataset_format_parses_back_to_one_graph_per_document(
    exported: RdfExport, store: GraphStore, name: str
) -> None:
    fmt = FORMATS[name]
    dataset = Dataset()
    dataset.parse(data=exported.serialize(fmt), format=fmt.rdflib_name)
    parsed = named_graphs(dataset)
    documents = {row["uri"] for row in _rows(store, "MATCH (d:Document) RETURN d.uri AS uri")}
    assert set(parsed) == documents | {""}
    quads = exported.quads()
    for name_, part in parsed.items():
        expected = rdflib_graph(quads, NamedNode(name_) if name_ else DefaultGraph())
        assert isomorphic(part, expected), name_


def test_the_merged_graph_holds_every_statement_once(exported: RdfExport, graph: Graph) -> None:
    assert len(graph) == len(exported)


# ------------------------------------------------------------------------------------------- SHACL


def test_the_export_conforms_to_the_shapes(graph: Graph) -> None:
    outcome = validate(graph)
    assert outcome.conforms, outcome.report
    assert outcome.warnings == 0, outcome.report


def _first(graph: Graph, cls: str) -> URIRef:
    return sorted(graph.subjects(RDF.type, _cg(cls)))[0]


def _drop_agent(g: Graph) -> None:
    g.remove((_first(g, "Speech"), _cg("subject"), None))


def _second_event(g: Graph) -> None:
    g.add((_first(g, "Speech"), _cg("object"), _first(g, "Forum")))
    g.add((_first(g, "Speech"), _cg("object"), sorted(g.subjects(RDF.type, _cg("Forum")))[-1]))


def _position_at_a_forum(g: Graph) -> None:
    position = _first(g, "Position")
    g.remove((position, _cg("object"), None))
    g.add((position, _cg("object"), _first(g, "Forum")))


def _unknown_speech_role(g: Graph) -> None:
    speech = _first(g, "Speech")
    g.remove((speech, _cg("role"), None))
    g.add((speech, _cg("role"), Literal("shouting")))


def _evidence_without_text(g: Graph) -> None:
    g.remove((_first(g, "EvidenceSentence"), URIRef(vocab.EVIDENCE_TEXT), None))


def _evidence_without_document(g: Graph) -> None:
    g.remove((_first(g, "EvidenceSentence"), URIRef(vocab.QUOTED_FROM), None))


def _statement_without_evidence(g: Graph) -> None:
    g.remove((_first(g, "Statement"), URIRef(vocab.DERIVED_FROM), None))


def _qualified_triple_missing(g: Graph) -> None:
    speech = _first(g, "Speech")
    g.remove((g.value(speech, _cg("subject")), _cg("spokeAt"), g.value(speech, _cg("object"))))


def _person_without_name(g: Graph) -> None:
    g.remove((_first(g, "Person"), URIRef(vocab.SCHEMA + "name"), None))


BREAKAGES: dict[str, Callable[[Graph], None]] = {
    f.__name__.lstrip("_"): f
    for f in (_drop_agent, _second_event, _position_at_a_forum, _unknown_speech_role, _evidence_without_text,
              _evidence_without_document, _statement_without_evidence, _qualified_triple_missing,
              _person_without_name)
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_a_deliberately_broken_export_fails_validation(graph: Graph, breakage: str) -> None:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    BREAKAGES[breakage](broken)
    outcome = validate(broken)
    assert not outcome.conforms
    assert outcome.violations >= 1


# -------------------------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize("label", sorted(NODE_PROPERTIES))
def test_every_node_is_exported_under_its_stored_uri(store: GraphStore, graph: Graph, label: str) -> None:
    stored = {row["uri"] for row in _rows(store, f"MATCH (n:{label}) RETURN n.uri AS uri")}
    exported = {str(s) for s in graph.subjects(RDF.type, URIRef(vocab.NODE_CLASSES[label][0]))}
    assert stored and exported == stored


def test_two_exports_are_byte_identical(store: GraphStore, settings: Settings, exported: RdfExport) -> None:
    again = export_graph(store, settings)
    assert again.serialize("ntriples") == exported.serialize("ntriples")


def test_the_page_size_does_not_change_the_export(store: GraphStore, exported: RdfExport) -> None:
    one_page = export_graph(store, Settings(export_page_size=100_000))  # type: ignore[call-arg]
    assert sorted(one_page.serialize("ntriples").splitlines()) == sorted(exported.serialize("ntriples").splitlines())


def test_a_store_loaded_in_another_order_exports_the_same_iris(
    store: GraphStore, graph: Graph, settings: Settings, tmp_path: Path
) -> None:
    if store.name != "embedded":
        pytest.skip("a second store needs a second database; the embedded store makes one per directory")
    with loaded_store(store.name, tmp_path, list(reversed(hand_built_records()))) as other:
        again = rdflib_graph(export_graph(other, settings).quads())
    assert set(again.subjects()) == set(graph.subjects())
    links = {t for t in graph if isinstance(t[2], URIRef)}
    assert {t for t in again if isinstance(t[2], URIRef)} == links


# ------------------------------------------------------------------------------- facts and provenance


@pytest.mark.parametrize("rtype", list(RelationType))
def test_every_relationship_is_a_direct_triple_and_a_statement_with_its_qualifiers(
    store: GraphStore, graph: Graph, rtype: str
) -> None:
    mapped = vocab.RELATION_MAP[rtype]
    rows = _relationships(store, rtype)
    assert rows, f"the hand-built records should hold a {rtype}"
    for row in rows:
        statement = URIRef(statement_iri(Settings().base_iri, row["key"]))  # type: ignore[call-arg]
        head, tail = URIRef(row["head"]), URIRef(row["tail"])
        assert (head, URIRef(mapped.predicate), tail) in graph
        assert (statement, RDF.type, URIRef(mapped.statement_class)) in graph
        assert graph.value(statement, _cg("subject")) == head
        assert graph.value(statement, _cg("object")) == tail
        assert graph.value(statement, _cg("predicate")) == URIRef(mapped.predicate)
        assert _values(graph, statement, "role") == _expected(row["role"])
        assert _values(graph, statement, "roleText") == _expected(row["role_text"])
        assert _values(graph, statement, "year") == _expected(row["year"])
        assert _values(graph, statement, "edition") == _expected(row["edition"])
        titles = {str(t) for t in graph.objects(statement, URIRef(vocab.SCHEMA + "jobTitle"))}
        assert titles == set(row["titles"] or [])


def _values(graph: Graph, subject: URIRef, local: str) -> set[object]:
    return {o.toPython() for o in graph.objects(subject, _cg(local))}


def _expected(value: object) -> set[object]:
    return set() if value is None else {value}


def test_a_fact_reported_by_two_documents_is_one_triple_with_two_statements(graph: Graph) -> None:
    spoke_at = _cg("spokeAt")
    counted = {}
    for speech in graph.subjects(RDF.type, _cg("Speech")):
        fact = (graph.value(speech, _cg("subject")), graph.value(speech, _cg("object")))
        counted.setdefault(fact, set()).add(graph.value(speech, URIRef(vocab.PRIMARY_SOURCE)))
    repeated = [fact for fact, sources in counted.items() if len(sources) == 2]
    assert len(repeated) == 1
    assert len(list(graph.triples((repeated[0][0], spoke_at, repeated[0][1])))) == 1


def _spans(store: GraphStore, rtypes: list[str]) -> set[tuple[str, int, int]]:
    return {(row["doc"], row["evidence_start"], row["evidence_end"])
            for rtype in rtypes for row in _relationships(store, rtype) if row["evidence_start"] is not None}


def test_one_evidence_record_per_source_sentence(store: GraphStore, graph: Graph) -> None:
    sentences = _spans(store, list(RelationType))
    records = set(graph.subjects(RDF.type, URIRef(vocab.EVIDENCE)))
    assert len(records) == len(sentences) > 0


def test_one_mention_record_per_span_naming_an_entity(store: GraphStore, graph: Graph) -> None:
    spans = _spans(store, ["MENTIONS"])
    records = set(graph.subjects(RDF.type, URIRef(vocab.MENTION)))
    assert len(records) == len(spans) > 0
    assert all(graph.value(record, URIRef(vocab.MENTIONS)) is not None for record in records)


def test_facts_read_from_one_sentence_point_to_one_shared_evidence_record(graph: Graph) -> None:
    evidence = URIRef(vocab.EVIDENCE)
    quoting = graph.subjects(URIRef(vocab.EVIDENCE_TEXT), Literal(ORGANISERS, lang="zh"))
    (sentence,) = (s for s in quoting if (s, RDF.type, evidence) in graph)
    statements = set(graph.subjects(URIRef(vocab.DERIVED_FROM), sentence))
    assert {graph.value(s, _cg("predicate")) for s in statements} == {
        _cg("organized"), _cg("undertook"), _cg("coOrganized"), _cg("supported")
    }


def test_byline_roles_choose_the_reporting_property(graph: Graph) -> None:
    assert len(list(graph.triples((None, _cg("wrote"), None)))) == 1
    assert len(list(graph.triples((None, _cg("photographed"), None)))) == 1
