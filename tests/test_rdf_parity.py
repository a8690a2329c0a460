"""SPARQL over the export answers every relationship question the API answers exactly as the Cypher named
query does over the store: the same facts, one row per fact per source document, with the same
qualifiers and provenance. Checked for every entity the question can be asked about, on hand-built
records and on the seed page and dev articles read by the real extractor."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Store
from rdflib import Graph

from graph.errors import StoreError
from graph.rdf.export import export_graph
from graph.rdf.sparql import as_fact_rows, run_named, select
from graph.rdf.validate import validate
from graph.settings import Settings
from graph.store import GraphStore

from .rdf_fixtures import extract_corpus, hand_built_records, loaded_store, rdflib_graph
from .store_fixtures import STORE_KINDS

#: Cypher named query → the label of the entity it is asked about.
QUESTIONS: dict[str, str] = {
    "speaker_facts_of_forum": "Forum",
    "forum_facts_of_person": "Person",
    "holder_facts_of_honor": "Honor",
    "member_facts_of_alliance": "Alliance",
    "facts_of_organization": "Organization",
}
ORGANISING = ("ORGANIZED", "UNDERTOOK", "CO_ORGANIZED", "SUPPORTED")
COLUMNS = ("relation", "direction", "other_label", "other_key", "other_name", "role", "role_text", "titles", "year",
           "edition", "fact_key", "doc", "article", "evidence", "evidence_start", "evidence_end", "extractor")
PREFIXES = "PREFIX cg: <https://craftgraph.example.org/ontology#>\n"

#: The simple form of each question: the direct triples only, no statement nodes.
SIMPLE_SPARQL: dict[str, str] = {
    "speaker_facts_of_forum": "SELECT DISTINCT ?key ?other WHERE { ?t a cg:Forum ; cg:key ?key . "
                              "?o cg:spokeAt ?t ; a cg:Person ; cg:key ?other }",
    "forum_facts_of_person": "SELECT DISTINCT ?key ?other WHERE { ?t a cg:Person ; cg:key ?key . "
                             "?t cg:spokeAt|cg:participatedIn ?o . ?o a cg:Forum ; cg:key ?other }",
    "holder_facts_of_honor": "SELECT DISTINCT ?key ?other WHERE { ?t a cg:Honor ; cg:key ?key . "
                             "?o cg:holdsHonor ?t ; cg:key ?other }",
    "member_facts_of_alliance": "SELECT DISTINCT ?key ?other WHERE { ?t a cg:Alliance ; cg:key ?key . "
                                "?o cg:memberOf|cg:founded ?t ; cg:key ?other }",
    "organizer_facts_of_forum": "SELECT DISTINCT ?key ?other WHERE { ?t a cg:Forum ; cg:key ?key . "
                                "?o cg:organized|cg:undertook|cg:coOrganized|cg:supported ?t ; cg:key ?other }",
}


@dataclass
class Exported:
    store: GraphStore
    sparql: Store
    graph: Graph
    refused: list[str]
    _answers: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)

    def cypher(self, name: str, key: str) -> list[dict[str, Any]]:
        """The rows of a Cypher named query (asked once per test module)."""
        if (name, key) not in self._answers:
            from queries.catalogue import get_query

            query = get_query(name, self.store.name).text
            self._answers[(name, key)] = self.store.run(query, {"key": key}).records()
        return self._answers[(name, key)]

    def keys(self, label: str) -> list[str]:
        return [row["key"] for row in self.store.run(f"MATCH (n:{label}) RETURN n.key AS key").records()]

    def organisers_by_forum(self) -> dict[str, list[dict[str, Any]]]:
        """Organiser facts of each forum, read from the organisations' side (facts_of_organization)."""
        names = dict(self.store.run("MATCH (o:Organization) RETURN o.key AS key, o.name AS name").rows)
        found: dict[str, list[dict[str, Any]]] = {}
        for org in self.keys("Organization"):
            for row in self.cypher("facts_of_organization", org):
                if row["relation"] in ORGANISING and row["other_label"] == "Forum":
                    inverse = {**row, "direction": "in", "other_label": "Organization", "other_key": org,
                               "other_name": names[org]}
                    found.setdefault(row["other_key"], []).append(inverse)
        return found


def _open(kind: str, directory: Path, records: list[Any]) -> Iterator[Exported]:
    """The records in a store (document by document: one the store refuses is noted, the others load)."""
    with loaded_store(kind, directory, []) as store:
        refused = []
        for record in records:
            try:
                store.write_records([record])
            except StoreError as exc:
                refused.append(str(exc))
        exported = export_graph(store, Settings(store=kind))  # type: ignore[call-arg]
        yield Exported(store, exported.to_store(), rdflib_graph(exported.quads()), refused)


def _params() -> list[Any]:
    """(store kind, corpus) pairs, keeping the marks of the store kinds (neo4j)."""
    params = []
    for kind in STORE_KINDS:
        name, marks = (kind, ()) if isinstance(kind, str) else (kind.values[0], kind.marks)
        params += [pytest.param((name, corpus), marks=marks, id=f"{name}-{corpus}")
                   for corpus in ("hand-built", "corpus")]
    return params


@pytest.fixture(scope="module", params=_params())
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
             ) -> Iterator[Exported]:
    kind, corpus = request.param
    records = hand_built_records() if corpus == "hand-built" else extract_corpus(shared_dir)
    yield from _open(kind, tmp_path_factory.mktemp(f"parity-{kind}"), records)


def _normalised(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    def titles(value: Any) -> tuple[str, ...] | None:
        return tuple(value) if value else None  # in their written order: SPARQL must keep it too

    return sorted(
        (tuple(titles(row.get(c)) if c == "titles" else row.get(c) for c in COLUMNS) for row in rows),
        key=repr,
    )


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_the_sparql_question_gives_the_cypher_answer_for_every_entity(exported: Exported, question: str) -> None:
    keys = exported.keys(QUESTIONS[question])
    assert keys
    answered = 0
    for key in keys:
        cypher = _normalised(exported.cypher(question, key))
        sparql = _normalised(as_fact_rows(run_named(exported.sparql, question, key=key)))
        assert sparql == cypher, key
        answered += bool(cypher)
    assert answered, f"no {QUESTIONS[question]} has any answer to {question}: the comparison proved nothing"


def test_the_organisers_of_every_forum_match_the_organisations_facts(exported: Exported) -> None:
    expected = exported.organisers_by_forum()
    assert expected
    for forum in exported.keys("Forum"):
        sparql = as_fact_rows(run_named(exported.sparql, "organizer_facts_of_forum", key=forum))
        assert _normalised(sparql) == _normalised(expected.get(forum, [])), forum


@pytest.mark.parametrize("question", sorted(SIMPLE_SPARQL))
def test_the_direct_triples_give_the_same_entities_as_cypher(exported: Exported, question: str) -> None:
    if question == "organizer_facts_of_forum":
        label = "Forum"
        expected = {forum: {row["other_key"] for row in rows} for forum, rows in exported.organisers_by_forum().items()}
    else:
        label = QUESTIONS[question]
        expected = {key: {row["other_key"] for row in exported.cypher(question, key)} for key in exported.keys(label)}
    assert any(expected.values())
    for key in exported.keys(label):
        found = {row["other"] for row in select(exported.sparql, PREFIXES + SIMPLE_SPARQL[question], {"key": key})}
        assert found == expected.get(key, set()), key


def test_every_document_was_loaded(exported: Exported) -> None:
    assert not exported.refused


def test_the_export_conforms_to_the_shapes(exported: Exported) -> None:
    outcome = validate(exported.graph)
    assert outcome.conforms, outcome.report
