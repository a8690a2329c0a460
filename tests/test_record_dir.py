"""Record directories: extraction records written once (Parquet record tables, or the JSON Lines of
``craftgraph extract``), read back losslessly, and loaded into either store without extracting again.

The Parquet here is written by :class:`loaders.record_tables.PartWriter`, exactly what each task of
``craftgraph spark extract`` writes (tests/test_spark_extract.py runs the Spark job itself).
"""

import json
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from graph.model import SIGNATURES, EntityType, ExtractionRecord
from graph.resolution import Resolver
from graph.settings import Settings
from loaders.load_service import Loader
from loaders.pipeline import default_extractor, iter_outcomes, resolve_outcome
from loaders.record_dir import check_records, count_records, is_record_dir, is_record_file, read_record_dir
from loaders.record_tables import (
    RECORD_TABLES,
    PartWriter,
    record_from_rows,
    record_rows,
    records_from_tables,
    records_to_tables,
    write_empty_tables,
)
from tests.graph_snapshot import differences, snapshot
from tests.store_fixtures import StoreFactory, open_test_store
from tests.test_cli import craftgraph, db_in, ok, one_error_line, stats

# ---- helpers -----------------------------------------------------------------------------------------------------


def extract_records(*paths: Path, resolve: bool = True) -> list[ExtractionRecord]:
    """What ``craftgraph extract [--no-resolve]`` writes for ``paths``, in process."""
    resolver = Resolver()
    records = []
    for outcome in iter_outcomes(paths, default_extractor()):
        outcome = resolve_outcome(outcome, resolver) if resolve else outcome
        assert outcome.record is not None, outcome.error
        records.append(outcome.record)
    return records


def write_jsonl(records: Sequence[ExtractionRecord], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def write_parquet(records: Sequence[ExtractionRecord], folder: Path, parts: int = 3) -> Path:
    """The record tables of ``records`` in ``parts`` part files per table, as Spark tasks write them."""
    size = max(1, -(-len(records) // parts))
    for part in range(parts):
        writer = PartWriter(folder, f"part-{part:05d}")
        for index in range(part * size, min(len(records), (part + 1) * size)):
            writer.add(index, records[index])
        writer.close()
    write_empty_tables(folder)
    return folder


def dumps(records: Iterable[ExtractionRecord]) -> list[dict]:
    return [r.model_dump(mode="json") for r in records]


# ---- the corpus -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed page and the dev articles in one folder (sources are file names)."""
    folder = tmp_path_factory.mktemp("record-dir") / "corpus"
    folder.mkdir()
    for text in sorted((shared_dir / "fixtures").glob("*/*.txt")):
        shutil.copy(text, folder / text.name)
    return folder


@pytest.fixture(scope="module")
def records(corpus: Path) -> list[ExtractionRecord]:
    return extract_records(corpus)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The graph a load of the documents gives (embedded store; tests/test_parity.py shows Neo4j's equals it)."""
    settings = Settings(store="embedded", db_path=tmp_path_factory.mktemp("reference") / "graph")  # type: ignore[call-arg]
    with open_test_store("embedded", settings) as store:
        assert Loader(store, workers=1).load([corpus]).failed == 0
        return snapshot(store)


# ---- record tables: lossless --------------------------------------------------------------------------------------


def test_every_fixture_record_survives_the_tables(records: list[ExtractionRecord]) -> None:
    assert dumps(records_from_tables(records_to_tables(records))) == dumps(records)


def test_every_fixture_record_survives_parquet_part_files(records: list[ExtractionRecord], tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records")
    assert dumps(read_record_dir(folder)) == dumps(records)
    assert count_records(folder) == len(records)


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_JSON = st.recursive(st.none() | st.booleans() | st.integers(-(2**62), 2**62) | _TEXT,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
                     max_leaves=6)
_PAIRS = [(rtype, head, tail) for rtype, pairs in SIGNATURES.items() for head, tail in pairs]


@st.composite
def extraction_records(draw: st.DrawFn) -> ExtractionRecord:
    """Any valid record: any text, properties of any JSON shape, relations between its own entities."""
    text = draw(_TEXT)
    evidence = st.builds(lambda said, a, b, article: {"text": said, "start": min(a, b), "end": max(a, b),
                                                      "article": article},
                         _TEXT, st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 5))
    relations: list[dict] = []
    entities: list[dict] = []
    for rtype, head, tail in draw(st.lists(st.sampled_from(_PAIRS), max_size=4)):
        ids = []
        for etype in (head, tail):
            ids.append(f"e{len(entities)}")
            entities.append({"id": ids[-1], "type": etype.value, "name": draw(_TEXT.filter(bool)),
                             "aliases": draw(st.lists(_TEXT, max_size=2)),
                             "properties": draw(st.dictionaries(_TEXT, _JSON, max_size=3)),
                             "mentions": draw(st.lists(evidence, max_size=2))})
        relations.append({"type": rtype.value, "head": ids[0], "tail": ids[1],
                          "properties": draw(st.dictionaries(_TEXT, _JSON, max_size=3)), "evidence": draw(evidence)})
    if draw(st.booleans()):
        entities.append({"id": "lonely", "type": draw(st.sampled_from(list(EntityType))).value, "name": "某",
                         "aliases": [], "properties": {}, "mentions": []})
    articles = [{"ordinal": i, "headline": draw(_TEXT), "start": 0, "end": draw(st.integers(0, 10**6)),
                 "byline": draw(st.lists(st.fixed_dictionaries({"name": _TEXT.filter(bool),
                                                                "role": st.sampled_from(["text", "photo"])}),
                                         max_size=2))}
                for i in range(draw(st.integers(0, 2)))]
    return ExtractionRecord.model_validate({
        "doc": draw(_TEXT.filter(bool)), "sha256": draw(st.text("0123456789abcdef", min_size=64, max_size=64)),
        "source": draw(_TEXT), "published": draw(st.none() | _TEXT), "title": draw(_TEXT), "text": text,
        "extractor": draw(_TEXT), "articles": articles, "entities": entities, "relations": relations,
    })


@given(extraction_records())
@settings(max_examples=150, deadline=None)
def test_any_record_survives_its_rows(record: ExtractionRecord) -> None:
    rows = record_rows(7, record)
    back = record_from_rows(rows["documents"][0], rows["articles"], rows["entities"], rows["relations"])
    assert back.model_dump(mode="json") == record.model_dump(mode="json")


@given(generated=st.lists(extraction_records(), max_size=5))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_records_survive_parquet(tmp_path: Path, generated: list[ExtractionRecord]) -> None:
    folder = tmp_path / f"records-{len(list(tmp_path.iterdir()))}"
    write_parquet(generated, folder, parts=2)
    assert dumps(read_record_dir(folder)) == dumps(generated)


def test_parts_out_of_record_order_are_read_in_record_order(records: list[ExtractionRecord], tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records")
    for table in RECORD_TABLES:  # the first part now sorts last
        (folder / table / "part-00000.parquet").rename(folder / table / "part-99999.parquet")
    assert dumps(read_record_dir(folder)) == dumps(records)


def test_an_empty_part_file_holds_each_table_schema(tmp_path: Path) -> None:
    write_empty_tables(tmp_path / "records")
    assert is_record_dir(tmp_path / "records")
    assert list(read_record_dir(tmp_path / "records")) == []


# ---- what is a record directory ----------------------------------------------------------------------------------


def test_record_jsonl_is_told_from_document_jsonl_by_its_first_line(records: list[ExtractionRecord],
                                                                     tmp_path: Path) -> None:
    record_file = write_jsonl(records[:2], tmp_path / "records.jsonl")
    documents = tmp_path / "news.jsonl"
    documents.write_text(json.dumps({"text": records[0].text, "source": "https://example.org/1"}) + "\n",
                         encoding="utf-8")
    assert is_record_file(record_file)
    assert not is_record_file(documents)
    assert is_record_dir(record_file)
    assert not is_record_dir(documents)


def test_folders_of_records_and_of_documents(records: list[ExtractionRecord], corpus: Path, tmp_path: Path) -> None:
    write_jsonl(records, tmp_path / "jsonl" / "part-1.jsonl")
    write_parquet(records, tmp_path / "parquet")
    assert is_record_dir(tmp_path / "jsonl")
    assert is_record_dir(tmp_path / "parquet")
    assert not is_record_dir(corpus)
    assert not is_record_dir(tmp_path / "missing")


def test_jsonl_records_in_several_files_are_read_in_file_order(records: list[ExtractionRecord],
                                                               tmp_path: Path) -> None:
    write_jsonl(records[:5], tmp_path / "records" / "a.jsonl")
    write_jsonl(records[5:], tmp_path / "records" / "b" / "c.jsonl")
    assert dumps(read_record_dir(tmp_path / "records")) == dumps(records)
    assert count_records(tmp_path / "records") == len(records)


def test_records_and_documents_in_one_folder_are_refused(records: list[ExtractionRecord], corpus: Path,
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write_jsonl(records[:1], folder / "records.jsonl")
    shutil.copy(next(corpus.glob("*.txt")), folder)
    with pytest.raises(InputError, match="both extraction records and documents"):
        check_records(folder)


# ---- malformed records: the file and the line or row ------------------------------------------------------------


def test_a_malformed_jsonl_record_names_its_file_and_line(records: list[ExtractionRecord], tmp_path: Path) -> None:
    path = write_jsonl(records[:3], tmp_path / "records.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[2])
    broken["relations"][0]["head"] = "no-such-entity"
    path.write_text("\n".join([*lines[:2], json.dumps(broken, ensure_ascii=False)]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"{path}: line 3: not a valid extraction record: .*no-such-entity"):
        check_records(path)


def _rewrite(file: Path, column: str, row: int, value: object) -> None:
    table = pq.read_table(file)
    values = table.column(column).to_pylist()
    values[row] = value
    field = table.schema.field(column).with_nullable(True)
    table = table.set_column(table.schema.get_field_index(column), field, pa.array(values, field.type))
    pq.write_table(table, file)


def test_a_parquet_row_without_a_required_value_names_its_file_and_row(records: list[ExtractionRecord],
                                                                        tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records", parts=1)
    part = folder / "entities" / "part-00000.parquet"
    _rewrite(part, "name", 4, None)
    with pytest.raises(InputError, match=rf"{part}: row 5: the entities row has no value for name"):
        check_records(folder)


def test_a_parquet_record_that_is_not_valid_names_its_document_row(records: list[ExtractionRecord],
                                                                    tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records", parts=1)
    _rewrite(folder / "documents" / "part-00000.parquet", "sha256", 1, "too short")
    with pytest.raises(InputError, match=r"documents/part-00000.parquet: row 2: record 1 .* sha256"):
        check_records(folder)


def test_a_row_of_a_record_the_documents_table_lacks_is_named(records: list[ExtractionRecord], tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records", parts=1)
    _rewrite(folder / "relations" / "part-00000.parquet", "record", 0, 10**6)
    with pytest.raises(InputError, match=r"relations/part-00000.parquet: row \d+: .* record 1000000, which the "
                                         r"documents table does not hold"):
        check_records(folder)


def test_a_table_without_its_columns_is_named(records: list[ExtractionRecord], tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records", parts=1)
    part = folder / "articles" / "part-00000.parquet"
    pq.write_table(pq.read_table(part).drop_columns(["headline"]), part)
    with pytest.raises(InputError, match=rf"{part}: the articles table lacks the columns headline"):
        check_records(folder)


# ---- loading records: the same graph as loading the documents ------------------------------------------------------


@pytest.mark.parametrize("layout", ["parquet", "jsonl", "jsonl-unresolved"])
def test_loading_records_gives_the_graph_of_loading_the_documents(
    layout: str, new_store: StoreFactory, corpus: Path, records: list[ExtractionRecord], reference: dict,
    tmp_path: Path,
) -> None:
    if layout == "parquet":
        folder = write_parquet(records, tmp_path / "records")
    elif layout == "jsonl":
        folder = write_jsonl(records, tmp_path / "records" / "records.jsonl").parent
    else:  # craftgraph extract --no-resolve: resolved as a load of the documents would
        folder = write_jsonl(extract_records(corpus, resolve=False), tmp_path / "records" / "raw.jsonl").parent
    with new_store() as store:
        report = Loader(store, workers=1).load_record_dir(folder)
        assert (report.written, report.failed) == (len(records), 0)
        assert differences(snapshot(store), reference) == []


def test_records_already_stored_are_skipped(new_store: StoreFactory, corpus: Path, records: list[ExtractionRecord],
                                            tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records")
    with new_store() as store:
        Loader(store, workers=1).load([corpus])
        report = Loader(store, workers=1).load_record_dir(folder)
        assert (report.written, report.skipped) == (0, len(records))


def test_a_changed_document_in_records_replaces_its_earlier_version(
    new_store: StoreFactory, corpus: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed"
    shutil.copytree(corpus, changed)
    page = sorted(changed.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n本报记者 测试\n", encoding="utf-8")
    folder = write_jsonl(extract_records(changed), tmp_path / "records" / "records.jsonl").parent
    with new_store() as fresh:
        Loader(fresh, workers=1).load([changed])
        expected = snapshot(fresh)
    with new_store() as store:
        Loader(store, workers=1).load([corpus])
        report = Loader(store, workers=1).load_record_dir(folder)
        assert (report.written, report.replaced) == (1, 1)
        assert differences(snapshot(store), expected) == []


# ---- the command line -------------------------------------------------------------------------------------------


def test_load_command_writes_a_record_directory(records: list[ExtractionRecord], tmp_path: Path) -> None:
    folder = write_parquet(records, tmp_path / "records")
    proc = ok(craftgraph("load", str(folder), db=db_in(tmp_path)))
    assert f"loaded {len(records)} documents (0 failed)" in proc.stdout
    again = ok(craftgraph("load", str(folder), db=db_in(tmp_path)))
    assert f"loaded 0 documents (0 failed, {len(records)} already stored)" in again.stdout


def test_load_command_stops_at_a_malformed_record_with_nothing_written(records: list[ExtractionRecord],
                                                                        tmp_path: Path) -> None:
    good = write_jsonl(records[:2], tmp_path / "good" / "records.jsonl")
    ok(craftgraph("load", str(good), db=db_in(tmp_path)))
    before = stats(db_in(tmp_path))
    bad = write_jsonl(records[2:6], tmp_path / "bad" / "records.jsonl")
    bad.write_text(bad.read_text(encoding="utf-8") + '{"doc": "x", "sha256": "0", "entities": []}\n',
                   encoding="utf-8")
    proc = craftgraph("load", str(bad.parent), db=db_in(tmp_path))
    one_error_line(proc, str(bad), "line 5", "sha256")
    assert stats(db_in(tmp_path)) == before
