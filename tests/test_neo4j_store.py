"""The Neo4j store against a real server: connection errors, schema, idempotent writes, read-only queries."""

import hashlib

import pytest
from neo4j import exceptions as neo4j_errors
from pydantic import SecretStr

from bench.records import gold_records
from graph.errors import (
    AuthenticationError,
    ConfigurationError,
    InputError,
    QueryError,
    QueryTimeoutError,
    StoreUnavailableError,
    WriteNotAllowedError,
)
from graph.model import ExtractionRecord
from graph.schema import ENTITY_LABELS, NODE_PROPERTIES
from graph.settings import Settings
from graph.stores.neo4j_store import FULLTEXT_INDEX, Neo4jStore

from .neo4j_fixtures import Endpoint, free_port

pytestmark = pytest.mark.neo4j


def record(doc: str, person: str, aliases: list[str] | None = None, org: str = "测试机构甲") -> ExtractionRecord:
    text = f"{person}在{org}工作。"
    return ExtractionRecord.model_validate({
        "doc": doc, "sha256": hashlib.sha256(doc.encode()).hexdigest(), "text": text, "extractor": "test",
        "entities": [
            {"id": "p", "type": "Person", "name": person, "aliases": aliases or [],
             "mentions": [{"text": text, "start": 0, "end": len(text)}]},
            {"id": "o", "type": "Organization", "name": org,
             "mentions": [{"text": text, "start": 0, "end": len(text)}]},
        ],
        "relations": [{"type": "HOLDS_POSITION", "head": "p", "tail": "o", "properties": {"titles": ["主任"]},
                       "evidence": {"text": text, "start": 0, "end": len(text)}}],
    })


@pytest.fixture(scope="module")
def corpus(shared_dir: object) -> list[ExtractionRecord]:
    return gold_records()


def count(store: Neo4jStore, query: str, **params: object) -> int:
    return store.run(query, params).rows[0][0]


def test_refused_connection_names_the_uri_and_the_setting() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailableError) as caught:
        Neo4jStore(uri, "neo4j", "whatever-password")
    assert uri in str(caught.value)
    assert "CRAFTGRAPH_NEO4J_URI" in str(caught.value)


def test_wrong_password_is_an_authentication_error(neo4j_endpoint: Endpoint) -> None:
    with pytest.raises(AuthenticationError) as caught:
        Neo4jStore(neo4j_endpoint.uri, neo4j_endpoint.user, neo4j_endpoint.password + "-wrong")
    assert neo4j_endpoint.uri in str(caught.value)
    assert "CRAFTGRAPH_NEO4J_PASSWORD" in str(caught.value)


def test_unknown_uri_scheme_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="CRAFTGRAPH_NEO4J_URI"):
        Neo4jStore("http://127.0.0.1:7474", "neo4j", "pw")


def test_unknown_database_names_the_setting(neo4j_endpoint: Endpoint) -> None:
    with pytest.raises(ConfigurationError, match="CRAFTGRAPH_NEO4J_DATABASE"):
        neo4j_endpoint.open_store(neo4j_database="nosuchdatabase")


def test_from_settings_reads_uri_user_password_and_database(neo4j_endpoint: Endpoint) -> None:
    settings = Settings(neo4j_uri=neo4j_endpoint.uri, neo4j_user=neo4j_endpoint.user,  # type: ignore[call-arg]
                        neo4j_password=SecretStr(neo4j_endpoint.password), neo4j_database="neo4j")
    with Neo4jStore.from_settings(settings) as store:
        assert store.run("RETURN 1 AS one").records() == [{"one": 1}]


def test_schema_has_a_key_constraint_per_label_and_a_full_text_index(neo4j_store: Neo4jStore) -> None:
    neo4j_store.ensure_schema()
    constrained = neo4j_store.run(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' AND properties = ['key'] RETURN labelsOrTypes[0]"
    ).rows
    assert {row[0] for row in constrained} >= set(NODE_PROPERTIES)
    fulltext = neo4j_store.run(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE name = $name "
        "RETURN labelsOrTypes, properties", {"name": FULLTEXT_INDEX}
    ).rows
    assert sorted(fulltext[0][0]) == sorted(ENTITY_LABELS)
    assert fulltext[0][1] == ["name", "aliases"]


def test_full_text_index_finds_an_entity_by_alias(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲", aliases=["甲师傅"])])
    neo4j_store.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", write=True)
    hits = neo4j_store.run(
        "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.key", {"index": FULLTEXT_INDEX,
                                                                                  "q": "甲师傅"}
    ).rows
    assert ["测试人甲"] in hits


def test_writing_the_same_records_twice_changes_nothing(
    neo4j_store: Neo4jStore, corpus: list[ExtractionRecord]
) -> None:
    first = neo4j_store.write_records(corpus)
    once = neo4j_store.stats()
    neo4j_store.write_records(corpus)
    assert neo4j_store.stats() == once
    assert once.relationship_total == first.relationships
    assert once.node_total == first.nodes


def test_relationship_keys_and_node_keys_are_unique(neo4j_store: Neo4jStore, corpus: list[ExtractionRecord]) -> None:
    neo4j_store.write_records(corpus)
    neo4j_store.write_records(corpus[:3])
    assert count(neo4j_store, "MATCH ()-[r]->() RETURN count(r) - count(DISTINCT r.key)") == 0
    assert count(neo4j_store, "MATCH (n) RETURN count(n) - count(DISTINCT [labels(n)[0], n.key])") == 0


def test_a_fact_from_two_documents_keeps_one_edge_per_source(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲"), record("b.txt", "测试人甲")])
    docs = neo4j_store.run("MATCH (:Person {key: $k})-[r:HOLDS_POSITION]->() RETURN r.doc", {"k": "测试人甲"}).rows
    assert len(docs) == 2
    assert len({row[0] for row in docs}) == 2


def test_aliases_are_pooled_with_what_is_stored(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲", aliases=["甲师傅"])])
    neo4j_store.write_records([record("b.txt", "测试人甲", aliases=["老甲", "甲师傅"])])
    aliases = neo4j_store.run("MATCH (p:Person {key: $k}) RETURN p.aliases", {"k": "测试人甲"}).rows[0][0]
    assert aliases == sorted(["甲师傅", "老甲"])


def test_remove_document_keeps_entities_another_document_supports(neo4j_store: Neo4jStore) -> None:
    a, b = record("a.txt", "测试人甲"), record("b.txt", "测试人乙")
    neo4j_store.write_records([a, b])
    removed = neo4j_store.remove_document(b.sha256)
    assert removed > 0
    people = {row[0] for row in neo4j_store.run("MATCH (p:Person) RETURN p.key").rows}
    assert people == {"测试人甲"}
    assert count(neo4j_store, "MATCH (o:Organization) RETURN count(o)") == 1
    assert count(neo4j_store, "MATCH ()-[r]->() WHERE r.doc = $d RETURN count(r)", d=b.sha256) == 0
    assert count(neo4j_store, "MATCH (d:Document) RETURN count(d)") == 1


def test_remove_unknown_document_removes_nothing(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲")])
    before = neo4j_store.stats()
    assert neo4j_store.remove_document("0" * 64) == 0
    assert neo4j_store.stats() == before


@pytest.mark.parametrize("query", [
    "CREATE (:Person {key: 'intruder'})",
    "MATCH (p:Person) SET p.name = 'changed'",
    "MATCH (n) DETACH DELETE n",
    "CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.uri)",
])
def test_read_only_run_refuses_writes_and_changes_nothing(neo4j_store: Neo4jStore, query: str) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲")])
    before = neo4j_store.stats()
    with pytest.raises(WriteNotAllowedError):
        neo4j_store.run(query)
    assert neo4j_store.stats() == before
    assert neo4j_store.run("MATCH (p:Person) RETURN p.name").rows == [["测试人甲"]]


def test_a_read_that_fails_transiently_runs_again_as_a_managed_read(
    neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first (auto-commit) attempt loses its server; the answer still comes, from the driver's retrying read."""
    open_session, attempts = neo4j_store._session, []

    class LostServer:
        def __enter__(self) -> "LostServer":
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def run(self, *args: object) -> None:
            attempts.append(args)
            raise neo4j_errors.SessionExpired("the server went away")

    sessions = iter([LostServer()])
    monkeypatch.setattr(neo4j_store, "_session", lambda mode: next(sessions, None) or open_session(mode))
    assert neo4j_store.run("RETURN $v AS v", {"v": 1}).rows == [[1]]
    assert len(attempts) == 1


def test_write_true_allows_writes(neo4j_store: Neo4jStore) -> None:
    neo4j_store.run("CREATE (:Person {key: 'k', name: 'n'})", write=True)
    assert count(neo4j_store, "MATCH (p:Person) RETURN count(p)") == 1


def test_syntax_error_carries_the_servers_message(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(QueryError, match="LIMT") as caught:
        neo4j_store.run("MATCH (n) RETURN n LIMT 1")
    assert not isinstance(caught.value, WriteNotAllowedError)


def test_a_slow_query_times_out(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(QueryTimeoutError):
        neo4j_store.run("UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x)", timeout_s=0.5)


def test_row_cap_truncates_the_result(neo4j_store: Neo4jStore) -> None:
    result = neo4j_store.run("UNWIND range(1, 100) AS x RETURN x", row_cap=7)
    assert result.columns == ["x"]
    assert [row[0] for row in result.rows] == list(range(1, 8))


def test_parameters_are_passed_as_values(neo4j_store: Neo4jStore) -> None:
    assert neo4j_store.run("RETURN $v AS v", {"v": "x' RETURN 1 //"}).rows == [["x' RETURN 1 //"]]


def test_graph_values_become_plain_dicts(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲")])
    node, rel, path = neo4j_store.run(
        "MATCH p = (a:Person)-[r:HOLDS_POSITION]->(o:Organization) RETURN a, r, p"
    ).rows[0]
    assert node["_label"] == "Person" and node["key"] == "测试人甲"
    assert (rel["_type"], rel["_start"], rel["_end"]) == ("HOLDS_POSITION", "测试人甲", "测试机构甲")
    assert rel["titles"] == ["主任"]
    assert [n["_label"] for n in path["nodes"]] == ["Person", "Organization"]
    assert [r["_type"] for r in path["relationships"]] == ["HOLDS_POSITION"]


def test_routing_uri_works_against_a_single_server(neo4j_endpoint: Endpoint) -> None:
    routed = Endpoint(neo4j_endpoint.uri.replace("bolt://", "neo4j://"), neo4j_endpoint.user,
                      neo4j_endpoint.password, neo4j_endpoint.database)
    with routed.open_store() as store:
        store.write_records([record("a.txt", "测试人甲")])
        assert store.run("MATCH (p:Person) RETURN p.key").rows == [["测试人甲"]]
        with pytest.raises(WriteNotAllowedError):
            store.run("CREATE (:Person {key: 'x'})")


def test_the_revision_changes_when_another_client_writes(neo4j_endpoint: Endpoint) -> None:
    with neo4j_endpoint.open_store() as watching, neo4j_endpoint.open_store() as other_client:
        before = watching.revision()
        assert watching.revision() == before
        other_client.write_records([record("a.txt", "测试人甲")])
        assert watching.revision() != before
        assert watching.generation == 0  # the change is seen only through the revision


def test_rewriting_a_changed_document_leaves_nothing_stale(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_records([record("a.txt", "测试人甲", org="测试机构甲")])
    neo4j_store.write_records([record("a.txt", "测试人甲", org="测试机构乙")])
    assert neo4j_store.run("MATCH (o:Organization) RETURN o.key").rows == [["测试机构乙"]]
    assert count(neo4j_store, "MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r)") == 1


def test_a_value_the_schema_does_not_allow_is_refused_and_nothing_is_stored(neo4j_store: Neo4jStore) -> None:
    bad = record("a.txt", "测试人甲")
    bad.relations[0].properties["year"] = "很多年"
    with pytest.raises(InputError, match="year"):
        neo4j_store.write_records([bad])
    assert neo4j_store.stats().node_total == 0
