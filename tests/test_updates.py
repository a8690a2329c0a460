"""Many documents, one graph: cross-document resolution in a store, changed and removed documents.

Acceptance of issue 7, on both stores: the seed page and the dev articles loaded together give one node
per organisation written in several forms; two persons of one name in different organisations stay two
nodes (and are listed as possible duplicates); after reloading a changed document or removing one, the
graph equals a fresh load of the remaining documents, node for node and relationship for relationship.
"""

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from graph.model import EntityType, ExtractionRecord
from graph.resolution import Resolver
from graph.resolution.data import default_vocabulary
from graph.resolution.orgs import OrgNames
from graph.store import GraphStore
from loaders.load_service import Loader
from loaders.pipeline import default_extractor, iter_outcomes
from loaders.updates import remove_document
from tests.graph_snapshot import differences, snapshot
from tests.records import RecordBuilder
from tests.resolution_records import position
from tests.store_fixtures import StoreFactory
from tests.test_cli import craftgraph, ok

POSSIBLE_DUPLICATES = Path(__file__).resolve().parents[1] / "queries" / "possible_duplicates.cypher"




def load(store: GraphStore, folder: Path) -> None:
    report = Loader(store, workers=1).load([folder])
    assert report.failed == 0


def fresh_snapshot(new_store: StoreFactory, folder: Path) -> dict:
    with new_store() as store:
        load(store, folder)
        return snapshot(store)


def doc_key(store: GraphStore, file: Path) -> str:
    rows = store.run("MATCH (d:Document) WHERE d.source = $s RETURN d.key", {"s": file.name}).rows
    assert len(rows) == 1
    return rows[0][0]


def organisation_forms(folder: Path) -> dict[str, set[str]]:
    """Per canonical organisation name, the forms the extractor found for it across the corpus."""
    orgs = OrgNames(default_vocabulary())
    forms: dict[str, set[str]] = {}
    for outcome in iter_outcomes([folder], default_extractor()):
        record: ExtractionRecord | None = outcome.record
        for entity in record.entities if record else []:
            resolved = orgs.canonical(entity.name)
            if entity.type is EntityType.ORGANIZATION and not resolved.document_local:
                forms.setdefault(resolved.name, set()).add(entity.name)
    return forms


def test_an_organisation_written_in_several_forms_is_one_node(new_store: StoreFactory, corpus_copy: Path) -> None:
    several = {name: forms for name, forms in organisation_forms(corpus_copy).items() if len(forms) > 1}
    assert several, "the corpus should write some organisation in several forms"
    with new_store() as store:
        load(store, corpus_copy)
        for name, forms in several.items():
            rows = store.run(
                "MATCH (:Article)-[m:MENTIONS]->(o:Organization) WHERE o.name = $name RETURN o.key, m.surfaces",
                {"name": name},
            ).rows
            assert {key for key, _ in rows} == {name}
            assert forms <= {surface for _, surfaces in rows for surface in surfaces}


def test_the_same_name_in_two_organisations_stays_two_nodes(new_store: StoreFactory) -> None:
    resolver = Resolver()
    records = [resolver.resolve(position("a", "柯远舟", "青山大学")),
               resolver.resolve(position("b", "柯远舟", "星河精工集团"))]
    with new_store() as store:
        store.write_records(records)
        keys = store.run("MATCH (p:Person) WHERE p.name = $n RETURN p.key", {"n": "柯远舟"}).rows
        listed = store.run(POSSIBLE_DUPLICATES.read_text(encoding="utf-8")).records()
    assert sorted(k for (k,) in keys) == ["柯远舟#星河精工集团", "柯远舟#青山大学"]
    assert [(row["name"], row["nodes"], sorted(row["contexts"])) for row in listed] == [
        ("柯远舟", 2, ["星河精工集团", "青山大学"])]


def test_the_same_name_in_one_organisation_is_one_node(new_store: StoreFactory) -> None:
    resolver = Resolver()
    records = [resolver.resolve(position("a", "柯远舟", "全总")),
               resolver.resolve(position("b", "柯远舟", "中华全国总工会"))]
    with new_store() as store:
        store.write_records(records)
        keys = store.run("MATCH (p:Person) WHERE p.name = $n RETURN p.key", {"n": "柯远舟"}).rows
    assert keys == [["柯远舟#中华全国总工会"]]


def test_a_merge_is_explained_on_its_mentions(new_store: StoreFactory) -> None:
    with new_store() as store:
        store.write_records([Resolver().resolve(position("a", "柯远舟", "全总"))])
        rows = store.run("MATCH (:Article)-[m:MENTIONS]->(o:Organization) RETURN m.surface, m.resolution").rows
    assert rows[0][0] == "全总" and rows[0][1].startswith("org-alias-table")


def test_reloading_a_changed_document_equals_a_fresh_load(new_store: StoreFactory, corpus_copy: Path) -> None:
    changed = sorted(corpus_copy.glob("*.txt"))[0]
    with new_store() as store:
        load(store, corpus_copy)
        addition = "\n全国总工会副主席柯远舟出席活动。\n"
        changed.write_text(changed.read_text(encoding="utf-8") + addition, encoding="utf-8")
        report = Loader(store, workers=1).load([corpus_copy])
        assert (report.written, report.replaced, report.skipped) == (1, 1, len(list(corpus_copy.glob("*.txt"))) - 1)
        updated = snapshot(store)
    assert differences(updated, fresh_snapshot(new_store, corpus_copy)) == []


def test_removing_a_document_equals_a_fresh_load_of_the_rest(new_store: StoreFactory, corpus_copy: Path) -> None:
    with new_store() as store:
        load(store, corpus_copy)
        # The file with the most entities removes the most (and leaves entities other documents support).
        victim = max(corpus_copy.glob("*.txt"), key=lambda f: f.stat().st_size)
        removal = remove_document(store, doc_key(store, victim))
        assert removal.relationships > 0 and removal.entities_kept > 0
        updated = snapshot(store)
    victim.unlink()
    assert differences(updated, fresh_snapshot(new_store, corpus_copy)) == []


def disagreeing_reports() -> list[ExtractionRecord]:
    """Two documents that write one forum with and without quotation marks (one key) and disagree on its
    kind and on a person's gender."""
    quoted = RecordBuilder("quoted.txt")
    quoted.entity("a", "Person", "柯远舟", gender="male").entity("f", "Forum", "“匠心”论坛", kind="forum")
    quoted.fact("SPOKE_AT", "a", "f", "柯远舟在“匠心”论坛上发言。", role="speech")
    plain = RecordBuilder("plain.txt")
    plain.entity("a", "Person", "柯远舟", gender="female").entity("f", "Forum", "匠心论坛", "匠心会", kind="conference")
    plain.fact("SPOKE_AT", "a", "f", "柯远舟在匠心论坛上发言。", role="speech")
    return [quoted.build(), plain.build()]


def written_snapshot(new_store: StoreFactory, batches: list[list[ExtractionRecord]]) -> dict:
    with new_store() as store:
        for batch in batches:
            store.write_records(batch)
        return snapshot(store)


@pytest.mark.parametrize("batches", [[[0, 1]], [[1, 0]], [[0], [1]], [[1], [0]]], ids=str)
def test_documents_that_disagree_give_the_same_node_in_any_order(
    new_store: StoreFactory, batches: list[list[int]]
) -> None:
    records = disagreeing_reports()
    expected = written_snapshot(new_store, [records])
    assert differences(written_snapshot(new_store, [[records[i] for i in b] for b in batches]), expected) == []


def test_a_node_two_documents_disagree_on_keeps_every_form(new_store: StoreFactory) -> None:
    with new_store() as store:
        store.write_records(disagreeing_reports())
        rows = store.run("MATCH (f:Forum) RETURN f.name, f.aliases").rows
    assert len(rows) == 1
    name, aliases = rows[0]
    assert {name, *aliases} == {"“匠心”论坛", "匠心论坛", "匠心会"}


@pytest.mark.parametrize("removed", [0, 1])
def test_removing_a_disagreeing_document_equals_a_fresh_load_of_the_other(
    new_store: StoreFactory, removed: int
) -> None:
    records = disagreeing_reports()
    with new_store() as store:
        store.write_records(records)
        remove_document(store, records[removed].sha256)
        updated = snapshot(store)
    assert differences(updated, written_snapshot(new_store, [[records[1 - removed]]])) == []


def test_loading_the_same_folder_again_writes_nothing(new_store: StoreFactory, corpus_copy: Path) -> None:
    with new_store() as store:
        load(store, corpus_copy)
        before = snapshot(store)
        report = Loader(store, workers=1).load([corpus_copy])
        assert (report.written, report.skipped) == (0, len(list(corpus_copy.glob("*.txt"))))
        assert differences(before, snapshot(store)) == []


def test_json_lines_without_a_source_never_replace_each_other(new_store: StoreFactory, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "青山大学主任柯远舟出席会议。"}\n{"text": "星河精工集团主任林望出席会议。"}\n',
                    encoding="utf-8")
    with new_store() as store:
        Loader(store, workers=1).load([feed])
        feed.write_text('{"text": "青山大学主任柯远舟出席论坛。"}\n', encoding="utf-8")
        report = Loader(store, workers=1).load([feed])
        documents = store.run("MATCH (d:Document) RETURN count(d)").rows[0][0]
    assert (report.replaced, documents) == (0, 3)


# ---- craftgraph remove, as a user runs it (embedded store) ----

def documents_in(db: Path) -> int:
    out = ok(craftgraph("cypher", "MATCH (d:Document) RETURN count(d) AS n", "--format", "json", db=db)).stdout
    return json.loads(out)[0]["n"]


@pytest.fixture
def two_stories(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A store holding two invented stories, and the two files."""
    if importlib.util.find_spec("graph.stores.embedded") is None:
        pytest.skip("the embedded store is not available yet")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("青山论坛举行\n\n青山大学主任柯远舟出席青山论坛并致辞。\n", encoding="utf-8")
    second.write_text("星河论坛举行\n\n星河精工集团董事长林望出席星河论坛。\n", encoding="utf-8")
    db = tmp_path / "db"
    ok(craftgraph("load", "-j", "1", str(first), str(second), db=db))
    return db, first, second


def test_remove_deletes_the_document_named_by_its_path(two_stories: tuple[Path, Path, Path]) -> None:
    db, first, _ = two_stories
    proc = ok(craftgraph("remove", str(first), db=db))
    assert "removed" in proc.stdout and documents_in(db) == 1


def test_remove_accepts_a_key_prefix(two_stories: tuple[Path, Path, Path]) -> None:
    db, first, _ = two_stories
    key = hashlib.sha256(first.read_text(encoding="utf-8").encode()).hexdigest()
    ok(craftgraph("remove", key[:10], db=db))
    assert documents_in(db) == 1


def test_remove_of_an_unknown_document_fails_and_removes_nothing(two_stories: tuple[Path, Path, Path]) -> None:
    db, first, _ = two_stories
    proc = craftgraph("remove", str(first), "no-such-document.txt", db=db)
    assert proc.returncode == 1 and "no-such-document.txt" in proc.stderr
    assert documents_in(db) == 2
