"""The store contract (idempotent writes, read-only queries, removal, plain values) on every store kind,
and what only the embedded store does (its directory, its lock, its per-document transactions)."""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph.errors import QueryError, QueryTimeoutError, StoreError, StoreUnavailableError, WriteNotAllowedError
from graph.model import ExtractionRecord
from graph.rows import build_batch
from graph.settings import Settings
from graph.store import GraphStore, StoreStats
from graph.stores.embedded import EmbeddedStore
from tests.records import FORUM, PERSON_A, RecordBuilder, corpus, forum_report, second_report, unrelated_report

REPO = Path(__file__).resolve().parents[1]
INTERNAL_KEYS = {"_ID", "_LABEL", "_SRC", "_DST", "_NODES", "_RELS"}


def expected_stats(records: list[ExtractionRecord], base_iri: str) -> StoreStats:
    batch = build_batch(records, base_iri)
    nodes = {label: len(rows) for label, rows in batch.nodes.items()}
    rels: dict[str, int] = {}
    for (rtype, _, _), rows in batch.rels.items():
        rels[rtype] = rels.get(rtype, 0) + len(rows)
    return StoreStats(nodes, rels)


def everything(store: GraphStore) -> list[list[object]]:
    """Every node and relationship with all properties, sorted: a snapshot to compare."""
    nodes = store.run("MATCH (n) RETURN n AS item", row_cap=10**6).rows
    rels = store.run("MATCH ()-[r]->() RETURN r AS item", row_cap=10**6).rows
    return sorted(repr(sorted(row[0].items())) for row in nodes + rels)  # type: ignore[union-attr]


def base_iri() -> str:
    return Settings().base_iri  # type: ignore[call-arg]


# ---- the contract, on every store -------------------------------------------------------------------


def test_counts_equal_the_rows_of_the_records(store: GraphStore) -> None:
    records = corpus()
    summary = store.write_records(records)
    assert store.stats() == expected_stats(records, base_iri())
    assert (summary.documents, summary.nodes, summary.relationships) == (
        3, store.stats().node_total, store.stats().relationship_total
    )


def test_writing_the_same_records_twice_changes_nothing(store: GraphStore) -> None:
    store.write_records(corpus())
    before_stats, before = store.stats(), everything(store)
    store.write_records(corpus())
    assert store.stats() == before_stats
    assert everything(store) == before


def test_a_fact_from_two_documents_keeps_one_edge_per_source(store: GraphStore) -> None:
    store.write_records(corpus())
    rows = store.run(
        "MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum) WHERE p.name = $name RETURN r.doc AS doc, r.evidence AS evidence",
        {"name": PERSON_A},
    ).records()
    assert sorted(r["doc"] for r in rows) == sorted([forum_report().sha256, second_report().sha256])


def test_aliases_are_pooled_across_documents_without_the_name(store: GraphStore) -> None:
    first = RecordBuilder("one.txt").entity("x", "Person", "试戊", "戊师傅").entity("h", "Honor", "测试奖")
    first.fact("HOLDS_HONOR", "x", "h", "试戊获得测试奖。")
    second = RecordBuilder("two.txt").entity("x", "Person", "试戊", "老戊", "试戊").entity("h", "Honor", "测试奖")
    second.fact("HOLDS_HONOR", "x", "h", "试戊再获测试奖。")
    store.write_records([first.build()])
    store.write_records([second.build()])
    aliases = store.run("MATCH (p:Person) WHERE p.name = '试戊' RETURN p.aliases AS a").rows[0][0]
    assert sorted(aliases) == ["戊师傅", "老戊"]



def _forum_reports() -> tuple[ExtractionRecord, ExtractionRecord]:
    """The same forum, mentioned sparsely in one report and with its details in another."""
    sparse = RecordBuilder("sparse.txt").entity("p", "Person", "试己").entity("f", "Forum", "测试论坛")
    sparse.fact("SPOKE_AT", "p", "f", "试己在测试论坛发言。")
    detailed = RecordBuilder("detailed.txt").entity("p", "Person", "试庚").entity(
        "f", "Forum", "测试论坛", kind="论坛", theme="匠心", start_date="2024-05-01")
    detailed.fact("SPOKE_AT", "p", "f", "试庚在测试论坛发言。")
    return sparse.build(), detailed.build()


@pytest.mark.parametrize("order", ["sparse first", "detailed first"])
@pytest.mark.parametrize("writes", ["one write", "two writes"])
def test_node_properties_do_not_depend_on_the_load_order(store: GraphStore, order: str, writes: str) -> None:
    records = list(_forum_reports())
    if order == "detailed first":
        records.reverse()
    for group in [records] if writes == "one write" else [[r] for r in records]:
        store.write_records(group)
    rows = store.run("MATCH (f:Forum) RETURN f.kind AS kind, f.theme AS theme, f.start_date AS start").rows
    assert rows == [["论坛", "匠心", "2024-05-01"]]

def test_a_write_without_the_write_flag_is_refused_and_changes_nothing(store: GraphStore) -> None:
    store.write_records(corpus())
    before = store.stats()
    for _ in range(3):  # asked again, it is still refused
        with pytest.raises(WriteNotAllowedError):
            store.run("MATCH (p:Person) WHERE p.key = $key SET p.name = 'changed'", {"key": PERSON_A})
    with pytest.raises(WriteNotAllowedError):
        store.run("CREATE (:Place {key: 'new', name: 'new'})")
    assert store.stats() == before
    assert store.run("MATCH (p:Person) WHERE p.name = 'changed' RETURN count(*) AS n").rows == [[0]]


def test_a_write_with_the_write_flag_is_seen_by_the_next_read(store: GraphStore) -> None:
    store.write_records(corpus())
    assert store.run("MATCH (p:Place) RETURN count(p) AS n").rows == [[1]]
    store.run("CREATE (:Place {key: 'new', name: 'new'})", write=True)
    assert store.run("MATCH (p:Place) RETURN count(p) AS n").rows == [[2]]


def test_the_revision_changes_with_a_write_and_stays_while_only_reads_run(store: GraphStore) -> None:
    store.write_records([forum_report()])
    before = store.revision()
    store.run("MATCH (n) RETURN count(n) AS n")
    assert store.revision() == before
    store.write_records([second_report()])
    assert store.revision() != before


def test_a_read_asked_again_sees_the_writes_made_since(store: GraphStore) -> None:
    """The same parametrised query text (which the embedded store keeps prepared) after writes and a removal."""
    query = "MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum) WHERE f.name = $name RETURN DISTINCT r.doc AS doc ORDER BY doc"
    first, second = forum_report(), second_report()
    store.write_records([first])
    assert store.run(query, {"name": FORUM}).rows == [[first.sha256]]
    store.write_records([second])
    assert store.run(query, {"name": FORUM}).rows == sorted([[first.sha256], [second.sha256]])
    store.remove_document(first.sha256)
    assert store.run(query, {"name": FORUM}).rows == [[second.sha256]]


def test_reads_from_many_threads_at_once_get_their_own_answers(store: GraphStore) -> None:
    store.write_records(corpus())
    names = [row[0] for row in store.run("MATCH (p:Person) RETURN p.key ORDER BY p.key").rows]
    query = "MATCH (p:Person) WHERE p.key = $key RETURN p.key AS key"
    asked = names * 20
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda key: store.run(query, {"key": key}).rows, asked))
    assert answers == [[[key]] for key in asked]


def test_a_syntax_error_carries_the_engine_message(store: GraphStore) -> None:
    with pytest.raises(QueryError) as raised:
        store.run("MATC (n) RETURN n")
    assert "MATC" in str(raised.value)
    assert not isinstance(raised.value, WriteNotAllowedError)


def test_a_query_past_its_time_limit_times_out(store: GraphStore) -> None:
    with pytest.raises(QueryTimeoutError):
        store.run("UNWIND range(1, 1000000000) AS x RETURN sum(x) AS s", timeout_s=0.3)


def test_the_row_cap_limits_the_rows_returned(store: GraphStore) -> None:
    assert len(store.run("UNWIND range(1, 100) AS x RETURN x", row_cap=7).rows) == 7


def test_removing_a_document_leaves_what_a_fresh_load_of_the_rest_holds(store: GraphStore) -> None:
    store.write_records(corpus())
    removed = store.remove_document(forum_report().sha256)
    assert removed == expected_stats([forum_report()], base_iri()).relationship_total
    assert store.stats() == expected_stats([second_report(), unrelated_report()], base_iri())


def test_removing_an_unknown_document_removes_nothing(store: GraphStore) -> None:
    store.write_records(corpus())
    before = store.stats()
    assert store.remove_document("0" * 64) == 0
    assert store.stats() == before


def test_nodes_and_relationships_come_back_as_plain_dicts(store: GraphStore) -> None:
    store.write_records([forum_report()])
    row = store.run(
        "MATCH (p:Person)-[r:HOLDS_HONOR]->(h:Honor) RETURN p AS p, r AS r, h AS h"
    ).records()[0]
    assert row["p"]["_label"] == "Person" and row["p"]["name"] == PERSON_A and row["p"]["gender"] == "female"
    assert row["r"]["_type"] == "HOLDS_HONOR" and row["r"]["year"] == 2020
    assert (row["r"]["_start"], row["r"]["_end"]) == (row["p"]["key"], row["h"]["key"])
    assert None not in row["r"].values()
    for value in row.values():
        assert not INTERNAL_KEYS & set(value)


def test_scalar_columns_come_back_plain_and_dates_as_iso_text(store: GraphStore) -> None:
    query = "RETURN date('2024-05-01') AS d, ['甲', '乙'] AS names, 3 AS n, 1.5 AS x, true AS b, NULL AS nothing"
    assert store.run(query).rows == [["2024-05-01", ["甲", "乙"], 3, 1.5, True, None]]
    assert store.run("RETURN [date('2024-05-01')] AS ds").rows == [[["2024-05-01"]]]


def test_a_relationship_alone_still_names_its_end_nodes(store: GraphStore) -> None:
    store.write_records([forum_report()])
    rel = store.run("MATCH (:Organization)-[r:ORGANIZED]->(:Forum) RETURN r AS r").rows[0][0]
    forum = store.run("MATCH (:Organization)-[:ORGANIZED]->(f:Forum) RETURN f.key AS k").rows[0][0]
    assert rel["_type"] == "ORGANIZED" and rel["_end"] == forum and rel["_start"]


def test_a_path_comes_back_as_nodes_and_relationships(store: GraphStore) -> None:
    store.write_records([forum_report()])
    path = store.run("MATCH p = (a:Person)-[:HOLDS_HONOR*1..1]->(h:Honor) RETURN p AS p").rows[0][0]
    assert [n["_label"] for n in path["nodes"]] == ["Person", "Honor"]
    assert [r["_type"] for r in path["relationships"]] == ["HOLDS_HONOR"]
    assert path["relationships"][0]["_start"] == path["nodes"][0]["key"]


# ---- the embedded store alone ---------------------------------------------------------------------------


@pytest.fixture
def embedded(tmp_path: Path) -> EmbeddedStore:
    with EmbeddedStore(tmp_path / "graph") as opened:
        yield opened  # type: ignore[misc]


def broken(doc: str) -> ExtractionRecord:
    """A valid record whose relationship property cannot be stored as an integer: it fails after its nodes
    were written, inside the transaction."""
    b = RecordBuilder(doc).entity("x", "Person", "试己").entity("h", "Honor", "测试坏奖")
    b.fact("HOLDS_HONOR", "x", "h", "试己获得测试坏奖。", year="not a year")
    return b.build()


def test_a_failing_document_is_rolled_back_and_named(embedded: EmbeddedStore) -> None:
    embedded.write_records([unrelated_report()])
    before_stats, before = embedded.stats(), everything(embedded)
    with pytest.raises(StoreError, match=r"broken\.txt"):
        embedded.write_records([broken("broken.txt")])
    assert embedded.stats() == before_stats
    assert everything(embedded) == before


def test_documents_before_a_failing_one_in_the_same_group_are_stored(embedded: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match=r"broken\.txt") as raised:
        embedded.write_records([forum_report(), broken("broken.txt"), unrelated_report()])
    assert "1 document(s) after it" in str(raised.value)
    assert embedded.stats() == expected_stats([forum_report()], embedded.base_iri)


@pytest.mark.parametrize("params", [None, {"key": "x"}])
def test_several_statements_in_one_query_are_refused(embedded: EmbeddedStore, params: dict[str, str] | None) -> None:
    embedded.write_records([unrelated_report()])
    before = embedded.stats()
    with pytest.raises(QueryError):
        embedded.run("COMMIT; CREATE (:Place {key: $key, name: 'x'})" if params else "COMMIT; CREATE (:Place)", params)
    assert embedded.stats() == before


@pytest.mark.parametrize(
    "query",
    [
        "COPY (MATCH (n:Person) RETURN n.key) TO '{out}'",
        "EXPORT DATABASE '{out}'",
        "// note\nCOMMIT",
        "CHECKPOINT",
        "CALL var_length_extend_max_depth = 3",
        "call /* a note */ threads=1",
    ],
)
def test_statements_that_touch_files_or_transactions_need_the_write_flag(
    embedded: EmbeddedStore, tmp_path: Path, query: str
) -> None:
    out = tmp_path / "out.csv"
    with pytest.raises(WriteNotAllowedError, match="--write"):
        embedded.run(query.format(out=out))
    assert not out.exists()


def test_the_store_lives_in_one_directory(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "nested" / "graph")  # type: ignore[call-arg]
    with EmbeddedStore.from_settings(settings) as opened:
        opened.write_records([unrelated_report()])
    assert (tmp_path / "nested" / "graph").is_dir()
    with EmbeddedStore.from_settings(settings) as reopened:
        assert reopened.stats() == expected_stats([unrelated_report()], reopened.base_iri)


def test_a_file_in_place_of_the_directory_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "a-file"
    path.write_text("not a database")
    with pytest.raises(StoreUnavailableError, match=str(path)):
        EmbeddedStore(path)


def test_a_directory_held_by_another_process_is_reported_with_its_path(embedded: EmbeddedStore) -> None:
    code = (
        "import sys\nfrom graph.errors import StoreUnavailableError\nfrom graph.stores.embedded import EmbeddedStore\n"
        "try:\n    EmbeddedStore(sys.argv[1])\nexcept StoreUnavailableError as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(embedded.path)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert str(embedded.path) in done.stdout, done.stderr



def test_what_a_write_returned_survives_the_process_being_killed(tmp_path: Path) -> None:
    """``write_records`` returns only once its rows are durable: a kill -9 right after loses nothing."""
    code = (
        "import os, signal, sys\nfrom graph.stores.embedded import EmbeddedStore\n"
        "from tests.records import corpus, unrelated_report\n"
        "store = EmbeddedStore(sys.argv[1])\nstore.write_records([unrelated_report()])\n"
        "store.write_records(corpus())\nprint('written', flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "graph")], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert done.returncode == -9 and "written" in done.stdout, done.stderr
    with EmbeddedStore(tmp_path / "graph") as reopened:
        assert reopened.stats() == expected_stats(corpus(), reopened.base_iri)

def test_the_seed_page_and_dev_articles_load_with_the_counts_of_their_records(
    shared_dir: Path, tmp_path: Path
) -> None:
    from graph.resolution import Resolver
    from loaders.pipeline import default_extractor, iter_outcomes

    fixtures = shared_dir / "fixtures"
    paths = sorted((fixtures / "seed").glob("*.txt")) + sorted((fixtures / "dev").glob("*.txt"))
    outcomes = list(iter_outcomes(paths, default_extractor()))
    assert not [o.error for o in outcomes if o.error is not None]
    resolver = Resolver()
    records = [resolver.resolve(o.record) for o in outcomes if o.record is not None]
    with EmbeddedStore(tmp_path / "graph") as opened:
        opened.write_records(records)
        loaded = opened.stats()
        assert loaded == expected_stats(records, opened.base_iri)
        assert loaded.relationships.get("SPOKE_AT", 0) > 0
        opened.write_records(records)
        assert opened.stats() == loaded
