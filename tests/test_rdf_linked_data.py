"""The export as linked-data users meet it: a position's titles keep their order in every format (read back
from the serialised file), what a reasoner would infer from the schema.org / W3C org: alignment is written
(so ``?forum schema:organizer ?org`` answers without one), Chinese text is tagged ``@zh``, and the SPARQL
examples of docs/rdf.md answer on the merged graph."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib import Literal as RdfLiteral

from graph.rdf import vocab
from graph.rdf.export import RdfExport, export_graph
from graph.rdf.formats import FORMATS
from graph.rdf.sparql import position_titles, select
from graph.rdf.validate import ontology_graph
from graph.settings import Settings
from graph.store import GraphStore

from .rdf_fixtures import hand_built_records, loaded_store, rdflib_graph
from .store_fixtures import STORE_KINDS

REPO = Path(__file__).resolve().parents[1]
PREFIXES = {"cg": vocab.CG, "schema": vocab.SCHEMA, "prov": vocab.PROV, "org": vocab.ORG, "rdf": vocab.RDF,
            "xsd": vocab.XSD}


@pytest.fixture(scope="module", params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    with loaded_store(request.param, tmp_path_factory.mktemp("linked"), hand_built_records()) as loaded:
        yield loaded


@pytest.fixture(scope="module")
def exported(store: GraphStore) -> RdfExport:
    return export_graph(store, Settings())  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def graph(exported: RdfExport) -> Graph:
    return rdflib_graph(exported.quads())


@pytest.fixture(scope="module")
def merged(exported: RdfExport) -> Store:
    return exported.to_store()


@pytest.fixture(scope="module")
def dataset(exported: RdfExport) -> Store:
    """The N-Quads export loaded as it is: the default graph and one named graph per document."""
    store = Store()
    store.load(exported.serialize("nquads"), RdfFormat.N_QUADS)
    return store


def _read_back(data: bytes, name: str) -> Store:
    """A serialised export parsed again, every graph merged into the default graph of a new store."""
    store = Store()
    for statement in parse(data, FORMATS[name].rdf_format):
        store.add(Quad(statement.subject, statement.predicate, statement.object, DefaultGraph()))
    return store


def _ask(store: Store, query: str) -> list[dict[str, object]]:
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    return select(store, prologue + query)


# ------------------------------------------------------------------------------- titles in order


def _stored_titles(store: GraphStore) -> dict[str, list[str]]:
    rows = store.run("MATCH (:Person)-[r:HOLDS_POSITION]->(:Organization) RETURN r.key AS key, r.titles AS titles")
    return {row["key"]: list(row["titles"]) for row in rows.records() if row["titles"]}


def test_the_hand_built_positions_have_titles_out_of_sorted_order(store: GraphStore) -> None:
    assert any(titles != sorted(titles) for titles in _stored_titles(store).values())


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_position_titles_keep_their_order_through_every_format(
    store: GraphStore, exported: RdfExport, name: str
) -> None:
    read_back = _read_back(exported.serialize(name) or b"", name)
    assert position_titles(read_back) == _stored_titles(store)


def test_the_titles_are_an_rdf_sequence_with_every_job_title(graph: Graph, store: GraphStore) -> None:
    positions = list(graph.subjects(RDF.type, URIRef(vocab.CG + "Position")))
    with_titles = [p for p in positions if graph.value(p, URIRef(vocab.TITLES)) is not None]
    assert len(with_titles) == len(_stored_titles(store))
    for position in with_titles:
        seq = graph.value(position, URIRef(vocab.TITLES))
        assert (seq, RDF.type, RDF.Seq) in graph
        members = [graph.value(seq, URIRef(f"{vocab.RDF}_{i}")) for i in range(1, 10)]
        members = [m for m in members if m is not None]
        assert set(members) == set(graph.objects(position, URIRef(vocab.SCHEMA + "jobTitle")))


# ------------------------------------------------------------------- alignment without a reasoner


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


def _supers(ontology: Graph, term: URIRef, relation: URIRef) -> set[URIRef]:
    return {t for t in ontology.transitive_objects(term, relation) if t != term and isinstance(t, URIRef)}


def _inverses(ontology: Graph, prop: URIRef) -> set[URIRef]:
    return {o for o in ontology.objects(prop, OWL.inverseOf)} | {s for s in ontology.subjects(OWL.inverseOf, prop)}


def test_every_property_the_ontology_refines_or_inverts_is_written(graph: Graph, ontology: Graph) -> None:
    """RDFS/OWL entailment over properties, computed from ontology.ttl: each is in the export already."""
    missing = set()
    checked = 0
    for s, p, o in graph:
        if not str(p).startswith(vocab.CG):
            continue
        for super_property in _supers(ontology, p, RDFS.subPropertyOf):
            checked += 1
            if (s, super_property, o) not in graph:
                missing.add((str(p), "⊑", str(super_property)))
        for inverse in _inverses(ontology, p):
            for written in {inverse} | _supers(ontology, inverse, RDFS.subPropertyOf):
                checked += 1
                if (o, written, s) not in graph:
                    missing.add((str(p), "inverse", str(written)))
    assert checked > 50
    assert not missing


def test_every_superclass_the_ontology_gives_a_node_is_written(graph: Graph, ontology: Graph) -> None:
    missing = set()
    for s, _, cls in graph.triples((None, RDF.type, None)):
        if str(cls).startswith(vocab.CG):
            for super_class in _supers(ontology, cls, RDFS.subClassOf):
                if (s, RDF.type, super_class) not in graph:
                    missing.add((str(cls), str(super_class)))
    assert not missing


def test_organisers_are_found_with_schema_organizer(merged: Store) -> None:
    rows = _ask(merged, 'SELECT ?org WHERE { ?forum cg:key "第一届测试工匠论坛" ; schema:organizer ?o . '
                        '?o schema:name ?org }')
    assert {row["org"] for row in rows} == {"示例总工会", "示例职业学院", "示例研究院"}
    sponsors = _ask(merged, 'SELECT ?org WHERE { ?forum cg:key "第一届测试工匠论坛" ; '
                            'schema:sponsor/schema:name ?org }')
    assert [row["org"] for row in sponsors] == ["示例集团"]


def test_a_position_is_an_org_membership_with_member_and_organization(merged: Store) -> None:
    rows = _ask(merged, "SELECT DISTINCT ?person ?org WHERE { ?m a org:Membership ; org:member/schema:name ?person ; "
                        "org:organization/schema:name ?org }")
    assert {(row["person"], row["org"]) for row in rows} == {("张三", "示例集团")}


def test_members_of_an_alliance_are_found_with_org_has_member(merged: Store) -> None:
    rows = _ask(merged, 'SELECT ?member WHERE { ?a cg:key "示例工匠联盟" ; org:hasMember/schema:name ?member }')
    assert {row["member"] for row in rows} == {"示例职业学院", "王芳"}


# ---------------------------------------------------------------------------------- language tags


@pytest.mark.parametrize("local", ["name", "alternateName", "jobTitle", "headline", "text"])
def test_chinese_text_is_tagged_zh(graph: Graph, local: str) -> None:
    values = [o for s, o in graph.subject_objects(URIRef(vocab.SCHEMA + local))
              if (s, RDF.type, URIRef(vocab.SOFTWARE_AGENT)) not in graph]
    assert values
    assert {o.language for o in values if isinstance(o, RdfLiteral)} == {"zh"}


def test_a_name_matches_as_a_zh_literal_and_by_its_string(merged: Store) -> None:
    tagged = _ask(merged, 'SELECT ?p WHERE { ?p a cg:Person ; schema:name "张三"@zh }')
    by_string = _ask(merged, 'SELECT ?p WHERE { ?p a cg:Person ; schema:name ?n FILTER (STR(?n) = "张三") }')
    plain = _ask(merged, 'SELECT ?p WHERE { ?p a cg:Person ; schema:name "张三" }')
    assert len(tagged) == len(by_string) == 1
    assert plain == []


# ------------------------------------------------------------------------------ docs/rdf.md


def _documented_queries() -> list[str]:
    text = (REPO / "docs" / "rdf.md").read_text(encoding="utf-8")
    queries = []  # the prefixes are _ask's (cg, schema, prov, org)
    for block in re.findall(r"```sparql\n(.*?)```", text, re.DOTALL):
        body = "\n".join(line for line in block.splitlines() if not line.startswith("PREFIX"))
        for part in re.split(r"\n(?=# )", body):
            if "SELECT" in part:
                queries.append(part)
    assert len(queries) >= 5
    return queries


@pytest.mark.parametrize("query", _documented_queries(), ids=lambda q: q.strip().splitlines()[0][:60])
def test_every_sparql_example_of_the_docs_answers(merged: Store, dataset: Store, query: str) -> None:
    """On the merged graph (a Turtle or N-Triples load); GRAPH queries on the N-Quads dataset."""
    assert _ask(dataset if "GRAPH" in query else merged, query), query


def test_the_merged_graph_queries_answer_nothing_on_the_named_graphs_alone(dataset: Store) -> None:
    """Why docs/rdf.md advises against a default graph made of the named graphs (Jena's unionDefaultGraph):
    the entities' types and names are in the real default graph."""
    named_only = Store()
    for quad in dataset:
        if not isinstance(quad.graph_name, DefaultGraph):
            named_only.add(Quad(quad.subject, quad.predicate, quad.object, DefaultGraph()))
    query = 'SELECT ?p WHERE { ?p a cg:Person ; schema:name "张三"@zh }'
    assert _ask(named_only, query) == []
    assert len(_ask(dataset, query)) == 1
