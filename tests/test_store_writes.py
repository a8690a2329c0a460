"""How the stores write (issue #18 part 4): however the records are grouped into transactions, the graph is
the one of a single write, and a failure leaves what was stored before.

The Neo4j store writes a transaction in three statements (lookups, node MERGEs, relationship CREATEs), type
checking the rows on the way; the embedded store copies each node table at most once per transaction.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.records import gold_records, replicate
from graph.errors import InputError, StoreError
from graph.model import ExtractionRecord
from graph.schema import INT, STRING, STRING_LIST
from graph.store import GraphStore
from graph.stores.neo4j_cypher import _Checker, _fits, _Refused
from tests.graph_snapshot import differences, snapshot
from tests.records import RecordBuilder, corpus, forum_report, second_report, unrelated_report
from tests.store_fixtures import StoreFactory
from tests.test_updates import disagreeing_reports


@contextmanager
def transactions_of(store: GraphStore, rows: int) -> Iterator[GraphStore]:
    """``store`` writing transactions of about ``rows`` rows (whole documents each)."""
    saved = store.transaction_rows  # type: ignore[attr-defined]
    store.transaction_rows = rows  # type: ignore[attr-defined]
    try:
        yield store
    finally:
        store.transaction_rows = saved  # type: ignore[attr-defined]


def mixed_records() -> list[ExtractionRecord]:
    """Documents sharing entities, two that disagree about one, and a document given twice."""
    records = corpus() + disagreeing_reports() + replicate(gold_records(), 12)
    return [*records[:5], records[1], *records[5:]]


def written(new_store: StoreFactory, batches: list[list[ExtractionRecord]], rows: int = 10**6) -> dict[str, Any]:
    with new_store() as opened, transactions_of(opened, rows) as store:
        for batch in batches:
            store.write_records(batch)
        return snapshot(store)


@pytest.mark.parametrize("rows", [1, 40, 400])
def test_any_transaction_size_leaves_the_graph_of_one_transaction(
    new_store: StoreFactory, shared_dir: object, rows: int
) -> None:
    records = mixed_records()
    assert differences(written(new_store, [records], rows), written(new_store, [records])) == []


def test_rewriting_in_other_groups_and_order_leaves_the_graph_of_one_write(
    new_store: StoreFactory, shared_dir: object
) -> None:
    records = mixed_records()
    rewritten = written(new_store, [records[3:9], records, records[::-1]], rows=300)
    assert differences(rewritten, written(new_store, [records])) == []


@pytest.mark.parametrize("first", [[0], [1], [0, 1]], ids=str)
def test_stored_documents_rewritten_beside_new_ones_equal_a_fresh_load(
    new_store: StoreFactory, first: list[int]
) -> None:
    """The Neo4j store removes a transaction's stored documents, then looks the entities up again: the
    removal may have deleted entities only those documents supported."""
    records = [*disagreeing_reports(), forum_report(), unrelated_report()]
    expected = written(new_store, [records])
    assert differences(written(new_store, [[records[i] for i in first], records]), expected) == []


def test_a_failing_transaction_leaves_what_was_stored_before(new_store: StoreFactory) -> None:
    bad = RecordBuilder("broken.txt").entity("x", "Person", "试己").entity("h", "Honor", "测试坏奖")
    bad.fact("HOLDS_HONOR", "x", "h", "试己获得测试坏奖。", year="not a year")
    good = [forum_report(), second_report()]
    with new_store() as store:
        store.write_records([unrelated_report()])
        with pytest.raises((StoreError, InputError), match="broken"):
            store.write_records([*good, bad.build()])
        kind, after = store.name, snapshot(store)
    # embedded: the group is rolled back, then written again one document per transaction up to the broken
    # one; Neo4j: the transaction holding all three is refused
    stored = [unrelated_report(), *(good if kind == "embedded" else [])]
    assert differences(after, written(new_store, [stored])) == []


def test_a_node_table_copied_twice_in_a_rolled_back_transaction_keeps_the_keys(tmp_path: Path) -> None:
    """Why the embedded store copies each node table at most once per transaction (ladybug 0.22): after a
    ROLLBACK, the first COPY's keys stay in the primary-key index and a later write of them fails. If this
    starts failing, the engine was fixed, and a transaction could be copied in parts while Python builds the
    next part's rows (graph.stores.embedded, _write_group)."""
    def table(*keys: str) -> pa.Table:
        return pa.table({"key": pa.array(keys, pa.string())})

    database = ladybug.Database(str(tmp_path / "db"))
    conn = ladybug.Connection(database)
    try:
        conn.execute("CREATE NODE TABLE P(key STRING, PRIMARY KEY (key))")
        conn.execute("BEGIN TRANSACTION")
        conn.execute("COPY P FROM $rows", {"rows": table("a")})
        conn.execute("COPY P FROM $rows", {"rows": table("b")})
        conn.execute("ROLLBACK")
        with pytest.raises(RuntimeError, match="duplicated primary key"):
            conn.execute("COPY P FROM $rows", {"rows": table("a")})
    finally:
        conn.close()
        database.close()


KINDS = st.sampled_from([STRING, INT, STRING_LIST])
VALUES = st.one_of(
    st.none(), st.text(max_size=3), st.integers(), st.booleans(), st.floats(allow_nan=False),
    st.lists(st.one_of(st.text(max_size=2), st.integers()), max_size=3),
    st.tuples(st.text(max_size=2)),
)


@given(st.lists(st.tuples(KINDS, VALUES), min_size=1, max_size=5), st.integers(0, 3))
def test_the_fast_type_check_refuses_exactly_what_the_schema_refuses(
    columns: list[tuple[str, Any]], repeat: int
) -> None:
    kinds = {f"p{i}": kind for i, (kind, _) in enumerate(columns)}
    props = {f"p{i}": value for i, (_, value) in enumerate(columns)}
    checker = _Checker(kinds, tuple(kinds))
    allowed = all(v is None or _fits(v, kinds[k]) for k, v in props.items())
    for _ in range(repeat + 1):  # the second time, a passed signature is remembered
        if allowed:
            assert checker.values(props) == list(props.values())
        else:
            with pytest.raises(_Refused):
                checker.values(props)


def test_a_checked_signature_still_checks_the_items_of_lists() -> None:
    checker = _Checker({"k": STRING, "l": STRING_LIST}, ("k", "l"))
    assert checker.values({"k": "a", "l": ["x"]}) == ["a", ["x"]]
    with pytest.raises(_Refused):
        checker.values({"k": "b", "l": ["x", 1]})


def test_a_refused_value_names_its_row_and_property() -> None:
    refused = _Refused({"key": "k", "year": "soon"}, "year", INT)
    error = refused.error("document d: HOLDS_HONOR")
    assert isinstance(error, StoreError)
    assert "document d: HOLDS_HONOR: property year is 'soon', the schema wants INT64" in str(error)
