"""The fast paths of the write rows give what the plain rules give: an entity's rows merged once equal its rows
joined one at a time (graph.node_merge), and the Arrow tables built from columns equal those built from
row dicts."""

from typing import Any

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.keys import entity_key, node_iri, relation_digest, relation_key
from graph.model import ExtractionRecord
from graph.node_merge import Votes, add_into, document_votes, merge_entity, stated
from graph.rows import NodeRow, RelRow, build_batch
from graph.schema import INT, NODE_PROPERTIES, REL_PROPERTIES, STRING_LIST
from graph.stores.ladybug_rows import node_arrow_table, rel_arrow_table
from graph.stores.ladybug_schema import node_arrow_schema, rel_arrow_schema

BASE = "https://example.org/id/"
PERSON = "Person"
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)

# ---- an entity several rows describe ----

names = st.sampled_from(["柯远舟", "“柯远舟”", "柯 远舟"])  # one key: quotes and spaces are not part of it
occurrence = st.fixed_dictionaries({
    "name": names,
    "gender": st.one_of(st.none(), st.sampled_from(["male", "female"])),
    "aliases": st.lists(st.sampled_from(["远舟", "柯工", "柯远舟"]), max_size=2),
})
document = st.fixed_dictionaries({
    "published": st.one_of(st.none(), st.sampled_from(["2023-01-01", "2024-06-01"])),
    "entities": st.lists(occurrence, min_size=0, max_size=2),  # a second one in a document writes no MENTIONS
    "byline": st.booleans(),
})


def _record(n: int, doc: dict[str, Any]) -> ExtractionRecord:
    entities = [{"id": f"e{i}", "type": PERSON, "name": e["name"], "aliases": e["aliases"],
                 "properties": {"gender": e["gender"]} if e["gender"] else {},
                 "mentions": [{"text": e["name"], "start": 0, "end": 1}]} for i, e in enumerate(doc["entities"])]
    byline = [{"name": "柯远舟", "role": "text"}] if doc["byline"] else []
    return ExtractionRecord.model_validate({
        "doc": f"d{n}.txt", "sha256": f"{n:064x}", "published": doc["published"], "text": "柯远舟。",
        "articles": [{"ordinal": 0, "headline": "", "start": 0, "end": 4, "byline": byline}],
        "entities": entities,
    })


def _joined_one_at_a_time(records: list[ExtractionRecord]) -> tuple[dict[str, Any], Votes] | None:
    """The entity's row as rows were joined before the one-pass builder: each row merged into the held one."""
    held: tuple[dict[str, Any], Votes] | None = None
    for record in records:
        rows: list[tuple[dict[str, Any], Votes]] = []
        for n, ent in enumerate(record.entities):
            props = dict.fromkeys(NODE_PROPERTIES[PERSON])
            props.update(key=entity_key(ent.name), name=ent.name, aliases=sorted(set(ent.aliases) - {ent.name}),
                         uri=node_iri(BASE, PERSON, entity_key(ent.name)), **ent.properties)
            statements = stated(PERSON, props)
            # one MENTIONS per (article, entity key, document): only the document's first row of the key writes it
            rows.append((props, document_votes(statements, record.sha256, record.published) if n == 0 else {}))
        for by in record.articles[0].byline:
            key = entity_key(by.name)
            props = dict.fromkeys(NODE_PROPERTIES[PERSON])
            props.update(key=key, name=by.name, aliases=[], uri=node_iri(BASE, PERSON, key))
            rows.append((props, {}))
        for props, votes in rows:
            if held is None:
                tally = add_into({}, votes)
                held = (merge_entity(PERSON, {}, props, tally) if tally else props, tally)
            else:
                tally = add_into(held[1], votes)
                held = (merge_entity(PERSON, held[0], props, tally), tally)
    return held


@settings(max_examples=200, deadline=None)
@given(st.lists(document, min_size=1, max_size=5))
def test_an_entity_merged_once_equals_its_rows_joined_one_at_a_time(documents: list[dict[str, Any]]) -> None:
    records = [_record(n, doc) for n, doc in enumerate(documents)]
    expected = _joined_one_at_a_time(records)
    rows = build_batch(records, BASE).nodes.get(PERSON, [])
    if expected is None:
        assert rows == []
        return
    [row] = rows
    assert (list(row.props.items()), row.votes) == (list(expected[0].items()), expected[1])


# ---- relation keys from encoded parts ----

@given(st.lists(TEXT, min_size=1, max_size=6))
def test_a_relation_digest_of_joined_encoded_parts_is_the_relation_key(parts: list[str]) -> None:
    assert relation_digest(b"\x1f".join(p.encode() for p in parts)) == relation_key(*parts)


# ---- Arrow tables from columns ----

def _value(kind: str) -> st.SearchStrategy[Any]:
    if kind == INT:
        return st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1))
    if kind == STRING_LIST:
        return st.one_of(st.none(), st.lists(TEXT, max_size=3))
    return st.one_of(st.none(), TEXT)


def _props(kinds: dict[str, str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({name: _value(kind) for name, kind in kinds.items()})


rel_rows = st.lists(st.tuples(TEXT, TEXT, _props(REL_PROPERTIES)), max_size=6)


@given(rel_rows)
def test_a_relationship_table_built_from_columns_equals_one_built_from_row_dicts(
        rows: list[tuple[str, str, dict[str, Any]]]) -> None:
    rels = [RelRow("MENTIONS", "Article", head, PERSON, tail, tuple(props[name] for name in REL_PROPERTIES))
            for head, tail, props in rows]
    expected = pa.Table.from_pylist([{"from": head, "to": tail, **props} for head, tail, props in rows],
                                    schema=rel_arrow_schema())
    assert rel_arrow_table(rels).equals(expected)
    assert [rel.props for rel in rels] == [props for _, _, props in rows]


@given(st.sampled_from(sorted(NODE_PROPERTIES)).flatmap(
    lambda label: st.tuples(st.just(label), st.lists(_props(NODE_PROPERTIES[label]), max_size=6))))
def test_a_node_table_built_from_columns_equals_one_built_from_row_dicts(
        label_and_rows: tuple[str, list[dict[str, Any]]]) -> None:
    label, rows = label_and_rows
    expected = pa.Table.from_pylist(rows, schema=node_arrow_schema(label))
    assert node_arrow_table(label, rows).equals(expected)
    assert [NodeRow(label, str(n), props).props for n, props in enumerate(rows)] == rows
