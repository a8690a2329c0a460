"""``craftgraph neo4j import``: a first bulk load through ``neo4j-admin database import full``.

The imported graph is the graph the Neo4j store writes online for the same records: every node (labels and
all properties, empty lists and empty strings included) and every relationship (type, ends, all
properties), and the same constraints and indexes; later documents load, replace and remove through the
store as usual. The CSV files carry any string (quotes, commas, line breaks, the array delimiter).
"""

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from bench.records import corpus_files
from graph import bulk_import
from graph.bulk_csv import (
    ARRAY_DELIMITER_CANDIDATES,
    ImportDialect,
    choose_array_delimiter,
    encode,
    note_candidates,
    row_line,
)
from graph.bulk_import import ImportFiles, write_import_files
from graph.errors import ConfigurationError, InputError, ServerError, StoreError
from graph.model import ExtractionRecord
from graph.neo4j_import import import_records
from graph.neo4j_server import Neo4jServer
from graph.resolution import Resolver
from graph.schema import INT, STRING, STRING_LIST
from graph.settings import Settings
from graph.store import GraphStore
from loaders.pipeline import default_extractor, iter_outcomes, resolve_outcome

from .neo4j_fixtures import REPO, Endpoint, Neo4jPool, free_port
from .records import RecordBuilder

BASE_IRI = "https://craftgraph.example.org/id/"
NO_CAP = 10**9
#: Names that CSV and the importer's arrays must carry unchanged (the unit separator is the first-choice
#: array delimiter, so the files must be written with another).
AWKWARD_PERSON = '引号"与,逗号'
AWKWARD_ALIASES = ("换行\n后半", "分隔\x1f符", 'a ""b"" c\r\n')
AWKWARD_ORG = "测试,有限公司"


# ---- records ----------------------------------------------------------------------------------------------------


def extracted(files: list[Path]) -> list[ExtractionRecord]:
    """Records as `craftgraph extract` writes them (resolved), hence as `craftgraph load` writes them."""
    resolver = Resolver()
    outcomes = (resolve_outcome(o, resolver) for o in iter_outcomes(files, default_extractor()))
    return [o.record for o in outcomes if o.record is not None]


def awkward_record() -> ExtractionRecord:
    """A document whose names hold quotes, commas, line breaks and the unit separator, with an empty title."""
    b = RecordBuilder("awkward.txt", headline="")
    b.entity("p", "Person", AWKWARD_PERSON, *AWKWARD_ALIASES, gender="")
    b.entity("o", "Organization", AWKWARD_ORG)
    b.fact("HOLDS_POSITION", "p", "o", f"{AWKWARD_ORG}的\"工程师\"{AWKWARD_PERSON}，\n说：“好”。", titles=["工程师"])
    return b.build().model_copy(update={"title": ""})


def write_jsonl(records: list[ExtractionRecord], folder: Path) -> Path:
    """A record folder as `craftgraph extract -o folder/records.jsonl` makes it."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n" for r in records)
    (folder / "records.jsonl").write_text("".join(lines), encoding="utf-8")
    return folder


# ---- the graph, canonically ---------------------------------------------------------------------------------------


def graph_dump(store: GraphStore) -> list[str]:
    """Every node (sorted labels, all properties) and relationship (type, end labels and keys, all properties)
    as sorted JSON lines: two graphs are equal when their dumps are."""
    nodes = store.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", row_cap=NO_CAP, timeout_s=600)
    rels = store.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS head, a.key AS head_key, "
                     "labels(b) AS tail, b.key AS tail_key, properties(r) AS props", row_cap=NO_CAP, timeout_s=600)
    lines = [json.dumps({"node": sorted(labels), **props}, sort_keys=True, ensure_ascii=False)
             for labels, props in nodes.rows]
    lines += [json.dumps({"rel": t, "head": [sorted(h), hk], "tail": [sorted(tl), tk], **props}, sort_keys=True,
                         ensure_ascii=False) for t, h, hk, tl, tk, props in rels.rows]
    return sorted(lines)


def schema_dump(store: GraphStore) -> list[Any]:
    constraints = store.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                            "RETURN name, type, labelsOrTypes, properties ORDER BY name").rows
    indexes = store.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options "
                        "RETURN name, type, labelsOrTypes, properties, options.indexConfig AS config "
                        "ORDER BY name").rows
    return [*constraints, *indexes]


def differences(left: list[str], right: list[str], limit: int = 6) -> list[str]:
    only_left, only_right = sorted(set(left) - set(right)), sorted(set(right) - set(left))
    return [f"only imported: {line}" for line in only_left[:limit]] + [f"only online: {line}" for line in
                                                                        only_right[:limit]]


def dump_of(endpoint: Endpoint) -> list[str]:
    with endpoint.open_store() as store:
        return graph_dump(store)


# ---- the CSV files, without a server ------------------------------------------------------------------------------

AWKWARD_TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)),
                                 st.sampled_from(['"', ",", "\n", "\r", "\x1f", "\x1e", "\ue000", "\\", ";"])))


def parse_back(line: str, kinds: list[str], delimiter: str) -> list[Any]:
    """A written row read with Python's csv module in the files' dialect; lists split on the delimiter."""
    fields = next(csv.reader(line.splitlines(keepends=True), ImportDialect))
    values: list[Any] = []
    for field, kind in zip(fields, kinds, strict=True):
        if kind == STRING_LIST:
            values.append(field.split(delimiter) if field else [])
        elif kind == INT:
            values.append(int(field))
        else:
            values.append(field)
    return values


@hypothesis_settings(max_examples=300, deadline=None)
@given(text=AWKWARD_TEXT, number=st.integers(-(2**63), 2**63 - 1),
       items=st.lists(AWKWARD_TEXT).filter(lambda items: items != [""]))
def test_any_string_integer_and_list_round_trips_through_the_csv_module(text: str, number: int,
                                                                       items: list[str]) -> None:
    used: set[str] = set()
    for item in items:
        note_candidates(item, used)
    delimiter = choose_array_delimiter(used)
    kinds = [STRING, INT, STRING_LIST, STRING]
    line = row_line(encode(value, kind, delimiter, "test") for value, kind in zip([text, number, items, text], kinds,
                                                                                   strict=True))
    assert parse_back(line, kinds, delimiter) == [text, number, items, text]


def test_a_null_is_an_empty_field_and_an_empty_string_a_quoted_one() -> None:
    assert encode(None, STRING, "\x1f", "test") == ""
    assert encode("", STRING, "\x1f", "test") == '""'
    assert encode(None, STRING_LIST, "\x1f", "test") == ""
    assert encode(["a", "b"], STRING_LIST, "\x1f", "test") == '"a\x1fb"'


def test_values_the_importer_cannot_carry_are_refused_with_the_row_named() -> None:
    with pytest.raises(InputError, match="Person 'x': property aliases is a list of one empty string"):
        encode([""], STRING_LIST, "\x1f", "Person 'x': property aliases")
    with pytest.raises(InputError, match="the schema wants INT64"):
        encode("7", INT, "\x1f", "Article 'x': property ordinal")


def test_the_array_delimiter_is_the_first_candidate_no_list_element_holds() -> None:
    assert choose_array_delimiter(set()) == "\x1f"
    assert choose_array_delimiter({"\x1f", "\x1e"}) == "\x1d"
    with pytest.raises(InputError, match="array delimiter"):
        choose_array_delimiter(ARRAY_DELIMITER_CANDIDATES)


def read_table(files: ImportFiles, stem: str) -> tuple[list[str], list[list[str]]]:
    header = (files.directory / f"{stem}.header.csv").read_text(encoding="utf-8").strip().split(",")
    with (files.directory / f"{stem}.csv").open(encoding="utf-8", newline="") as handle:
        return header, list(csv.reader(handle, ImportDialect))


def test_headers_give_each_label_an_id_space_and_each_column_its_type(tmp_path: Path) -> None:
    files = write_import_files(lambda: [awkward_record()], tmp_path / "files", BASE_IRI)
    person, _ = read_table(files, "nodes/Person")
    assert person == ["key:ID(Person)", "name:string", "aliases:string[]", "uri:string", "gender:string",
                      "disambiguator:string", ":LABEL"]
    article, _ = read_table(files, "nodes/Article")
    assert "ordinal:long" in article and "byline:string[]" in article
    holds, _ = read_table(files, "relationships/HOLDS_POSITION.Person-Organization")
    assert holds[:3] == [":START_ID(Person)", ":END_ID(Organization)", ":TYPE"]
    assert "titles:string[]" in holds and "evidence_start:long" in holds


def test_a_list_element_holding_the_unit_separator_makes_the_files_use_another_delimiter(tmp_path: Path) -> None:
    files = write_import_files(lambda: [awkward_record()], tmp_path / "files", BASE_IRI)
    assert files.array_delimiter == "\x1e"
    header, rows = read_table(files, "nodes/Person")
    aliases = rows[0][header.index("aliases:string[]")].split(files.array_delimiter)
    assert aliases == sorted(AWKWARD_ALIASES)
    assert "--array-delimiter=U+001E" in files.options(overwrite=False)


def test_entities_merged_across_chunks_are_written_as_from_one_batch(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     shared_dir: Path) -> None:
    records = extracted(corpus_files(shared_dir))
    whole = write_import_files(lambda: records, tmp_path / "whole", BASE_IRI)
    monkeypatch.setattr(bulk_import, "CHUNK_ROWS", 10)  # about a document per chunk
    chunked = write_import_files(lambda: records, tmp_path / "chunked", BASE_IRI)
    for pair in whole.nodes + whole.relationships:
        assert sorted(read_table(chunked, pair.data[:-4])[1]) == sorted(read_table(whole, pair.data[:-4])[1]), pair


def test_a_repeated_document_is_written_once(tmp_path: Path) -> None:
    record = awkward_record()
    files = write_import_files(lambda: [record, record], tmp_path / "files", BASE_IRI)
    assert (files.documents, files.duplicates) == (1, 1)
    assert len(read_table(files, "nodes/Document")[1]) == 1


# ---- the command line, without a server -------------------------------------------------------------------------


def craftgraph(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CRAFTGRAPH_")}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env={**clean, "PYTHONIOENCODING": "utf-8", **env}, timeout=600, check=False)


def test_files_only_writes_the_files_and_prints_the_commands_for_another_server(tmp_path: Path) -> None:
    records = write_jsonl([awkward_record()], tmp_path / "records")
    proc = craftgraph("neo4j", "import", str(records), "--files-only", str(tmp_path / "out"),
                      CRAFTGRAPH_NEO4J_URI="neo4j://graph.example.org:7687")
    assert proc.returncode == 0, proc.stderr
    assert "nothing was imported" in proc.stdout
    assert "neo4j-admin database import full neo4j " in proc.stdout
    assert "--array-delimiter=U+001E" in proc.stdout
    assert "cypher-shell -u neo4j -d neo4j -f after-import.cypher" in proc.stdout
    after = (tmp_path / "out" / "after-import.cypher").read_text(encoding="utf-8")
    assert "SET n.aliases = []" in after and "CREATE CONSTRAINT person_key" in after
    assert (tmp_path / "out" / "IMPORT.txt").is_file() and (tmp_path / "out" / "nodes" / "Person.csv").is_file()


def test_a_server_craftgraph_does_not_run_needs_files_only(tmp_path: Path) -> None:
    records = write_jsonl([awkward_record()], tmp_path / "records")
    proc = craftgraph("neo4j", "import", str(records), CRAFTGRAPH_NEO4J_URI="bolt://graph.example.org:7687")
    assert proc.returncode == 1
    assert "bolt://graph.example.org:7687" in proc.stderr and "--files-only DIR" in proc.stderr


def test_a_folder_without_records_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("全国劳动模范", encoding="utf-8")
    proc = craftgraph("neo4j", "import", str(tmp_path))
    assert proc.returncode == 1
    assert "holds no extraction records" in proc.stderr


@contextmanager
def idle_server(tmp_path: Path, **settings: Any) -> Iterator[tuple[Neo4jServer, Settings]]:
    """A server that was never started, on free ports, and settings naming it (stopped afterwards, should a
    test fail by starting it)."""
    bolt = free_port()
    base = Settings(neo4j_home=REPO / ".cache" / "neo4j", neo4j_uri=f"bolt://127.0.0.1:{bolt}",  # type: ignore[call-arg]
                    neo4j_bolt_port=bolt, neo4j_http_port=free_port(), **settings)
    server = Neo4jServer.from_settings(base, instance=tmp_path / "instance")
    try:
        yield server, base
    finally:
        server.stop()


def test_a_database_other_than_the_servers_own_is_refused(tmp_path: Path) -> None:
    with idle_server(tmp_path, neo4j_database="graph") as (server, settings), \
            pytest.raises(ConfigurationError, match="CRAFTGRAPH_NEO4J_DATABASE=neo4j"):
        import_records(lambda: [awkward_record()], server, settings)


def test_a_record_the_schema_does_not_allow_fails_before_the_server_is_touched(tmp_path: Path) -> None:
    bad = awkward_record()
    bad.relations[0].properties["role"] = 5  # the online store refuses it too
    with idle_server(tmp_path) as (server, settings):
        if not server.is_installed():
            pytest.skip("Neo4j is not installed in .cache/neo4j")
        with pytest.raises(InputError, match=r"HOLDS_POSITION .*: property role is 5, the schema wants STRING"):
            import_records(lambda: [bad], server, settings, overwrite=True)
        assert not server.conf_dir.exists()
        assert not any((server.instance / "import").iterdir()), "the files of a failed write are deleted"


# ---- on the project's own server --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[ExtractionRecord]:
    """The seed page and the dev articles as `craftgraph extract` writes them, and the awkward document."""
    return [*extracted(corpus_files(shared_dir)), awkward_record()]


@pytest.fixture(scope="module")
def owned(neo4j_server: Neo4jPool) -> Iterator[Endpoint]:
    """A server this session started, for this module alone (imports stop and start it)."""
    with neo4j_server.leased(owned=True) as endpoint:
        assert endpoint.server is not None
        yield endpoint


@pytest.fixture(scope="module")
def imported(owned: Endpoint, corpus: list[ExtractionRecord]) -> dict[str, Any]:
    """The corpus written online; an import refused on that graph; then imported with overwrite, in small
    chunks (entities merged across chunks)."""
    assert owned.server is not None
    with owned.open_store() as store:
        store.write_records(corpus)
        online, online_schema = graph_dump(store), schema_dump(store)
    with pytest.raises(StoreError) as refused:
        import_records(lambda: corpus, owned.server, owned.settings())
    after_refusal = dump_of(owned)
    notes: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk_import, "CHUNK_ROWS", 200)
        summary = import_records(lambda: corpus, owned.server, owned.settings(), overwrite=True,
                                 progress=notes.append)
    with owned.open_store() as store:
        result = graph_dump(store), schema_dump(store)
    return {"online": online, "online_schema": online_schema, "refused": refused.value,
            "after_refusal": after_refusal, "summary": summary, "notes": notes, "graph": result[0],
            "schema": result[1]}


@pytest.mark.neo4j
def test_a_database_holding_data_is_refused_and_left_intact(imported: dict[str, Any]) -> None:
    message = str(imported["refused"])
    assert "holds" in message and "--overwrite" in message
    assert imported["after_refusal"] == imported["online"]


@pytest.mark.neo4j
def test_the_imported_graph_equals_the_graph_the_store_writes_online(imported: dict[str, Any]) -> None:
    assert imported["graph"] == imported["online"], differences(imported["graph"], imported["online"])


@pytest.mark.neo4j
def test_the_imported_database_has_the_stores_constraints_and_indexes(imported: dict[str, Any]) -> None:
    assert imported["schema"] == imported["online_schema"]


@pytest.mark.neo4j
def test_the_import_reports_its_progress_and_what_it_imported(imported: dict[str, Any],
                                                             corpus: list[ExtractionRecord]) -> None:
    summary = imported["summary"]
    assert summary.documents == len(corpus)
    assert summary.nodes == sum('"node"' in line for line in imported["online"])
    assert summary.relationships == sum('"rel"' in line for line in imported["online"])
    assert f"imported {len(corpus)} documents" in summary.line()
    assert any(note.startswith("neo4j-admin: IMPORT DONE") for note in imported["notes"])


def server_env(endpoint: Endpoint) -> dict[str, str]:
    """The settings that make `craftgraph neo4j` run the test server."""
    server = endpoint.server
    assert server is not None
    return {"CRAFTGRAPH_STORE": "neo4j", "CRAFTGRAPH_NEO4J_URI": endpoint.uri,
            "CRAFTGRAPH_NEO4J_PASSWORD": endpoint.password, "CRAFTGRAPH_NEO4J_HOME": str(server.home),
            "CRAFTGRAPH_NEO4J_INSTANCE": str(server.instance), "CRAFTGRAPH_NEO4J_BOLT_PORT": str(server.bolt_port),
            "CRAFTGRAPH_NEO4J_HTTP_PORT": str(server.http_port), "CRAFTGRAPH_NEO4J_HEAP": server.heap,
            "CRAFTGRAPH_NEO4J_PAGECACHE": server.pagecache, "CRAFTGRAPH_LOAD_WORKERS": "1"}


def ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
    return proc


@pytest.mark.neo4j
def test_after_an_import_documents_load_replace_and_remove_as_usual(imported: dict[str, Any], owned: Endpoint,
                                                                    shared_dir: Path, tmp_path: Path) -> None:
    files = corpus_files(shared_dir)
    imported_files = files[:-3]  # the last three come later, with `craftgraph load`
    records = write_jsonl(extracted(imported_files), tmp_path / "records")
    env = server_env(owned)
    out = ok(craftgraph("neo4j", "import", str(records), "--overwrite", **env)).stdout
    assert f"imported {len(imported_files)} documents" in out

    folder = tmp_path / "corpus"
    folder.mkdir()
    for file in files:
        (folder / file.name).write_bytes(file.read_bytes())
    changed, removed = imported_files[0].name, imported_files[1].name
    (folder / changed).write_text((folder / changed).read_text(encoding="utf-8") + "\n全国劳动模范张测试出席了会议。\n",
                                  encoding="utf-8")
    loaded = ok(craftgraph("load", "--quiet", str(folder), **env)).stdout
    assert f"loaded 4 documents (0 failed, {len(imported_files) - 1} already stored, 1 replaced" in loaded
    ok(craftgraph("remove", removed, **env))
    after = dump_of(owned)

    (folder / removed).unlink()
    owned.clear()
    ok(craftgraph("load", "--quiet", str(folder), **env))
    fresh = dump_of(owned)
    assert after == fresh, differences(after, fresh)


def corrupting(write: Any) -> Any:
    """``write_import_files`` whose Article file then holds a word where an integer belongs."""

    def corrupt(*args: Any, **kwargs: Any) -> ImportFiles:
        files: ImportFiles = write(*args, **kwargs)
        data = files.directory / "nodes" / "Article.csv"
        lines = data.read_text(encoding="utf-8").split("\n")
        lines[0] = lines[0].replace(",0,", ",zero,", 1)
        data.write_text("\n".join(lines), encoding="utf-8")
        return files

    return corrupt


@pytest.mark.neo4j
def test_a_failing_import_names_what_went_wrong_and_leaves_the_database_as_it_was(
    imported: dict[str, Any], owned: Endpoint, corpus: list[ExtractionRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert owned.server is not None
    before = dump_of(owned)
    monkeypatch.setattr("graph.neo4j_import.write_import_files", corrupting(write_import_files))
    with pytest.raises(ServerError) as failed:
        import_records(lambda: corpus, owned.server, owned.settings(), overwrite=True)
    message = str(failed.value)
    assert "Article.csv" in message and "zero" in message, message
    assert owned.server.pid() is not None, "the server runs again after a failed import"
    assert dump_of(owned) == before
