"""The resolver as a record → record transformation: names, aliases, notes, honours' editions."""

import random

from graph.model import ExtractionRecord
from graph.resolution import Resolver
from graph.rows import build_batch
from tests.resolution_records import record


def _honour_record(written: str) -> ExtractionRecord:
    return record("a", [(f"柯远舟荣获{written}称号。", [("HOLDS_HONOR", "p", "h", {})])],
                  {"p": ("Person", "柯远舟"), "h": ("Honor", written)})


def test_the_written_name_becomes_an_alias_of_the_canonical_name() -> None:
    rec = record("a", [("全总举办论坛。", [])], {"o": ("Organization", "全总")})
    org = Resolver().resolve(rec).entities[0]
    assert (org.name, org.aliases, org.properties["surface"]) == ("中华全国总工会", ["全总"], "全总")


def test_an_unchanged_entity_carries_no_note() -> None:
    rec = record("a", [("青山论坛举行。", [])], {"f": ("Forum", "青山论坛")})
    assert Resolver().resolve(rec).entities[0].properties["resolution"] is None


def test_the_edition_goes_to_the_honour_relationship() -> None:
    resolved = Resolver().resolve(_honour_record("第三届青山大工匠"))
    assert (resolved.entities[1].name, resolved.relations[0].properties["edition"]) == ("青山大工匠", 3)


def test_the_year_goes_to_the_honour_relationship() -> None:
    resolved = Resolver().resolve(_honour_record("2022年度青山工匠"))
    assert resolved.relations[0].properties["year"] == 2022


def test_an_edition_the_extractor_gave_is_kept() -> None:
    rec = _honour_record("第三届青山大工匠")
    rec.relations[0].properties["edition"] = 4
    assert Resolver().resolve(rec).relations[0].properties["edition"] == 4


def test_two_forms_of_one_body_in_one_document_become_one_entity() -> None:
    facts = [("ORGANIZED", "o1", "f", {}), ("ORGANIZED", "o2", "f", {})]
    rec = record("a", [("全总和中华全国总工会主办论坛。", facts)],
                 {"o1": ("Organization", "全总"), "o2": ("Organization", "中华全国总工会"), "f": ("Forum", "论坛")})
    resolved = Resolver().resolve(rec)
    orgs = [e for e in resolved.entities if e.type.value == "Organization"]
    assert len(orgs) == 1 and {r.head for r in resolved.relations} == {orgs[0].id}


def test_the_explanation_reaches_the_mentions_relationship() -> None:
    rec = record("a", [("全总举办论坛。", [])], {"o": ("Organization", "全总")})
    batch = build_batch([Resolver().resolve(rec)], "https://example.org/")
    mention = batch.rels[("MENTIONS", "Article", "Organization")][0]
    assert mention.props["resolution"].startswith("org-alias-table") and mention.props["surface"] == "全总"


def test_resolving_twice_changes_nothing() -> None:
    rec = record("a", [("全总主任柯远舟获评全国劳模。", [("HOLDS_POSITION", "p", "o", {"titles": ["主任"]}),
                                                  ("HOLDS_HONOR", "p", "h", {})])],
                 {"p": ("Person", "柯远舟"), "o": ("Organization", "全总"), "h": ("Honor", "全国劳模")})
    once = Resolver().resolve(rec)
    twice = Resolver().resolve(once)
    assert [(e.name, e.properties.get("disambiguator")) for e in twice.entities] == [
        (e.name, e.properties.get("disambiguator")) for e in once.entities]


def test_the_rows_of_a_corpus_do_not_depend_on_document_order() -> None:
    records = [record(f"d{i}", [(f"{org}主任{person}出席会议。", [("HOLDS_POSITION", "p", "o", {"titles": ["主任"]})])],
                      {"p": ("Person", person), "o": ("Organization", org)})
               for i, (person, org) in enumerate([("柯远舟", "全总"), ("柯远舟", "中华全国总工会"),
                                                  ("柯远舟", "青山大学"), ("林望", "我校"),
                                                  ("林望", "星河精工集团有限公司")])]
    resolver = Resolver()

    def node_keys(recs: list[ExtractionRecord]) -> set[tuple[str, str]]:
        batch = build_batch([resolver.resolve(r) for r in recs], "https://example.org/")
        return {(label, row.key) for label, rows in batch.nodes.items() for row in rows}

    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert node_keys(records) == node_keys(shuffled)


def test_a_written_edition_from_the_extractor_becomes_an_integer() -> None:
    rec = _honour_record("青山大工匠")
    rec.relations[0].properties["edition"] = "第三届"
    assert Resolver().resolve(rec).relations[0].properties["edition"] == 3


def test_a_year_range_passed_as_edition_becomes_the_year() -> None:
    rec = _honour_record("青山市优秀工会工作者")
    rec.relations[0].properties["edition"] = "2017-2019年度"
    props = Resolver().resolve(rec).relations[0].properties
    assert (props["edition"], props["year"]) == (None, 2019)


def test_two_forms_one_identity_joins_leave_no_relationship_between_them() -> None:
    joined = record(
        "d.txt",
        [("东海化工集团股份有限公司即东海化工集团。", [("SUB_UNIT_OF", "a", "b", {})])],
        {"a": ("Organization", "东海化工集团股份有限公司"), "b": ("Organization", "东海化工集团")},
    )
    resolved = Resolver().resolve(joined)
    assert len(resolved.entities) == 1 and resolved.relations == []
