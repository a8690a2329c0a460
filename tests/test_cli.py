"""The ``craftgraph`` command line, run the way a user runs it: a subprocess over a real embedded store.

Every bad input must give ONE line ``error: ...`` naming the file or the problem, a non-zero exit, and
leave what was already stored unchanged.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st

from api.cli import app
from api.params import parse_param
from graph.model import ExtractionRecord
from graph.rows import build_batch
from graph.settings import Settings

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"

# Invented text (no name from the fixtures): a headline, a blank line, a body.
STORY = (
    "职工技能创新论坛在杭州举行\n\n"
    "本报讯 5月1日，第一届职工技能创新论坛在杭州举行。来自各地的技术工人代表参加论坛，并围绕技能传承进行研讨交流。\n"
)


def craftgraph(*args: str, db: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRAFTGRAPH_") or k == "CRAFTGRAPH_SHARED"}
    environ.update({"CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(db), "PYTHONIOENCODING": "utf-8"})
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
    return proc


def stats(db: Path, env: dict[str, str] | None = None) -> dict:
    return json.loads(ok(craftgraph("stats", "--format", "json", db=db, env=env)).stdout)


def one_error_line(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Assert a failed command printed exactly one ``error:`` line containing every needle."""
    assert proc.returncode == 1, f"exit {proc.returncode}\nstderr: {proc.stderr}"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{proc.stderr}"
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], f"{needle!r} not in {lines[0]!r}"
    return lines[0]


def db_in(folder: Path) -> Path:
    return folder / "graph.lbdb"


# ---------------------------------------------------------------------------------------------------------------
# The command surface: every command has help and is documented in the README.


def _command_paths(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, command in sorted(group.commands.items()):
        paths.append((*prefix, name))
        if isinstance(getattr(command, "commands", None), dict):
            paths.extend(_command_paths(command, (*prefix, name)))
    return paths


ROOT = typer.main.get_command(app)
COMMANDS = _command_paths(ROOT)


def _command(path: tuple[str, ...]) -> Any:
    command = ROOT
    for name in path:
        command = command.commands[name]
    return command


def _readme_reference(path: tuple[str, ...]) -> str:
    """The ``--help`` block README.md shows for ``craftgraph <path>`` (scripts/update_readme.py writes them)."""
    heading = r"\$ craftgraph --help\n" if not path else rf"### `craftgraph {re.escape(' '.join(path))}`\n\n```text\n"
    found = re.search(heading + r"(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert found, f"README.md has no --help block for `craftgraph {' '.join(path)}`"
    return found.group(1)


def _documented_params(command: Any) -> list[Any]:
    return [param for param in command.params if param.name != "help"]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...], tmp_path: Path) -> None:
    proc = ok(craftgraph(*command, "--help", db=db_in(tmp_path)))
    assert f"Usage: craftgraph {' '.join(command)}" in proc.stdout
    assert not db_in(tmp_path).exists(), "--help must not open the store"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_is_documented_in_the_readme(command: tuple[str, ...]) -> None:
    assert re.search(rf"craftgraph {re.escape(' '.join(command))}\b", README.read_text(encoding="utf-8")), (
        f"README.md does not document `craftgraph {' '.join(command)}`"
    )


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=lambda path: " ".join(("craftgraph", *path)))
def test_every_command_option_and_argument_has_help_text(command: tuple[str, ...]) -> None:
    cli = _command(command)
    assert (cli.help or "").strip(), f"`craftgraph {' '.join(command)}` has no help text (a docstring or help=)"
    silent = [param.name for param in _documented_params(cli) if not (getattr(param, "help", None) or "").strip()]
    assert not silent, f"`craftgraph {' '.join(command)}`: no help= for {silent}"


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=lambda path: " ".join(("craftgraph", *path)))
def test_every_option_and_argument_is_in_the_readme_reference(command: tuple[str, ...]) -> None:
    block = _readme_reference(command)
    for param in _documented_params(_command(command)):
        names = [param.metavar or param.name.upper()] if param.param_type_name == "argument" else param.opts
        missing = [name for name in names if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", block)]
        assert not missing, (
            f"README.md's reference for `craftgraph {' '.join(command)}` lacks {missing}: "
            "run .venv/bin/python scripts/update_readme.py"
        )


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    variables = [f"CRAFTGRAPH_{name.upper()}" for name in Settings.model_fields]
    missing = [variable for variable in variables if variable not in readme]
    assert not missing, f"README.md does not document {missing}"


def test_version_is_printed(tmp_path: Path) -> None:
    assert re.fullmatch(r"craftgraph \S+\n", ok(craftgraph("--version", db=db_in(tmp_path))).stdout)


def test_param_without_equals_is_a_usage_error(tmp_path: Path) -> None:
    proc = craftgraph("cypher", "RETURN 1 AS x", "--param", "forum", db=db_in(tmp_path))
    assert proc.returncode == 2
    assert "KEY=VALUE" in proc.stderr


def test_invalid_setting_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    proc = craftgraph("stats", db=db_in(tmp_path), env={"CRAFTGRAPH_STORE": "mongodb"})
    one_error_line(proc, "CRAFTGRAPH_STORE")


# ---------------------------------------------------------------------------------------------------------------
# --param parsing.

_keys = st.text(min_size=1).filter(lambda k: "=" not in k and k.strip() == k and k != "")
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=8,
)


@given(_keys, _json_values)
def test_param_values_that_parse_as_json_are_json(key: str, value: object) -> None:
    assert parse_param(f"{key}={json.dumps(value, ensure_ascii=False)}") == (key, value)


@given(_keys, st.text().filter(lambda s: not _is_json(s)))
def test_param_values_that_are_not_json_stay_strings(key: str, raw: str) -> None:
    assert parse_param(f"{key}={raw}") == (key, raw)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("bad", ["forum", "=value", ""])
def test_param_without_key_or_equals_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="KEY=VALUE"):
        parse_param(bad)


# ---------------------------------------------------------------------------------------------------------------
# Bad input against a store that already holds a document: one error line, non-zero exit, nothing lost.


@pytest.fixture(scope="module")
def populated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("populated")
    story = folder / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = db_in(folder / "db")
    db.parent.mkdir()
    ok(craftgraph("load", str(story), db=db))
    return db


@pytest.fixture
def db(populated_db: Path, tmp_path: Path) -> Path:
    """A private copy of the populated store, so a test that breaks it breaks nothing else."""
    shutil.copytree(populated_db.parent, tmp_path / "db")
    return db_in(tmp_path / "db")


def test_the_populated_store_holds_the_story(db: Path) -> None:
    counts = stats(db)
    assert counts["nodes"]["Document"] == 1
    assert counts["relationship_total"] > 0


def test_empty_file_is_reported_and_nothing_changes(db: Path, tmp_path: Path) -> None:
    before = stats(db)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    one_error_line(craftgraph("load", str(empty), db=db), "empty.txt")
    assert stats(db) == before


def test_binary_file_is_reported_and_nothing_changes(db: Path, tmp_path: Path) -> None:
    before = stats(db)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    one_error_line(craftgraph("load", str(binary), db=db), "photo.txt")
    assert stats(db) == before


def test_gbk_file_loads_and_its_text_is_correct(db: Path, tmp_path: Path) -> None:
    before = stats(db)
    story = tmp_path / "gbk_story.txt"
    story.write_bytes(STORY.replace("第一届", "第二届").encode("gbk"))
    ok(craftgraph("load", str(story), db=db))
    assert stats(db)["nodes"]["Document"] == before["nodes"]["Document"] + 1
    texts = json.loads(
        ok(
            craftgraph(
                "cypher", "MATCH (d:Document) WHERE d.text CONTAINS $word RETURN d.text AS text",
                "--param", "word=第二届", "--format", "json", db=db,
            )
        ).stdout
    )
    assert len(texts) == 1
    assert "5月1日，第二届职工技能创新论坛在杭州举行。" in texts[0]["text"]


def test_truncated_jsonl_line_is_reported_and_the_other_lines_load(db: Path, tmp_path: Path) -> None:
    before = stats(db)
    lines = [
        json.dumps({"text": STORY.replace("杭州", city), "source": city, "published": "2024-05-01"}, ensure_ascii=False)
        for city in ("宁波", "温州", "嘉兴")
    ]
    lines[1] = lines[1][:40]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one_error_line(craftgraph("load", str(feed), db=db), "feed.jsonl")
    assert stats(db)["nodes"]["Document"] == before["nodes"]["Document"] + 2


def test_missing_path_fails_before_anything_is_written(db: Path, tmp_path: Path) -> None:
    before = stats(db)
    good = tmp_path / "good.txt"
    good.write_text(STORY.replace("杭州", "绍兴"), encoding="utf-8")
    one_error_line(craftgraph("load", str(good), str(tmp_path / "absent.txt"), db=db), "absent.txt")
    assert stats(db) == before


def test_cypher_syntax_error_is_one_line(db: Path) -> None:
    before = stats(db)
    one_error_line(craftgraph("cypher", "MATCH (n RETURN n", db=db))
    assert stats(db) == before


@pytest.mark.parametrize(
    "statement",
    ["MATCH (n) DETACH DELETE n", "CREATE (:Place {key: 'somewhere', name: 'somewhere'})"],
    ids=["delete", "create"],
)
def test_write_without_write_flag_is_refused(db: Path, statement: str) -> None:
    before = stats(db)
    line = one_error_line(craftgraph("cypher", statement, db=db), "--write")
    assert "read-only" in line
    assert stats(db) == before


def test_write_with_write_flag_changes_the_graph(db: Path) -> None:
    before = stats(db)
    ok(craftgraph("cypher", "CREATE (:Place {key: $k, name: $k})", "--param", "k=某地", "--write", db=db))
    assert stats(db)["nodes"].get("Place", 0) == before["nodes"].get("Place", 0) + 1


def test_a_write_to_a_store_opened_read_only_names_the_setting_even_with_the_write_flag(db: Path) -> None:
    before = stats(db)
    read_only = {"CRAFTGRAPH_EMBEDDED_READ_ONLY": "true"}
    line = one_error_line(
        craftgraph("cypher", "CREATE (:Place {key: 'x', name: 'x'})", "--write", db=db, env=read_only),
        "CRAFTGRAPH_EMBEDDED_READ_ONLY",
    )
    assert "pass --write" not in line
    assert stats(db) == before


def test_unknown_named_query_is_one_line(db: Path) -> None:
    one_error_line(craftgraph("query", "no_such_query", db=db), "no_such_query")


# ---------------------------------------------------------------------------------------------------------------
# Output formats.


def test_cypher_json_is_a_list_of_objects(db: Path) -> None:
    rows = json.loads(ok(craftgraph("cypher", "MATCH (d:Document) RETURN d.title AS title, 1 AS one",
                                    "--format", "json", db=db)).stdout)
    assert rows == [{"title": rows[0]["title"], "one": 1}]


def test_cypher_csv_has_a_header_row(db: Path) -> None:
    out = ok(craftgraph("cypher", "RETURN $n AS n, $s AS s", "-p", "n=3", "-p", "s=工匠, 论坛", "--format", "csv",
                        db=db)).stdout
    assert out.splitlines() == ["n,s", '3,"工匠, 论坛"']


def test_cypher_table_shows_the_values(db: Path) -> None:
    out = ok(craftgraph("cypher", "RETURN $s AS s", "--param", "s=巾帼", db=db)).stdout
    assert "巾帼" in out
    assert "1 row" in out


def test_query_list_names_every_query_with_params_and_description(db: Path) -> None:
    from queries.catalogue import list_queries

    listed = json.loads(ok(craftgraph("query", "--list", "--format", "json", db=db)).stdout)
    assert {q["name"] for q in listed} == {q.name for q in list_queries()}
    assert all(q["description"] for q in listed)


def test_extract_writes_json_lines_to_a_file(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "records.jsonl"
    proc = ok(craftgraph("extract", str(story), "-o", str(out), db=db_in(tmp_path)))
    assert proc.stdout == ""
    records = [ExtractionRecord.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1
    assert "第一届职工技能创新论坛" in records[0].text


def test_extract_reports_a_bad_file_and_still_extracts_the_others(tmp_path: Path) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    proc = craftgraph("extract", str(good), str(empty), db=db_in(tmp_path))
    one_error_line(proc, "empty.txt")
    assert len(proc.stdout.splitlines()) == 1


# ---------------------------------------------------------------------------------------------------------------
# Acceptance of issue 2 over the seed page and the dev articles.


@pytest.fixture(scope="module")
def fixture_paths(shared_dir: Path) -> list[str]:
    return [str(shared_dir / "fixtures" / "seed"), str(shared_dir / "fixtures" / "dev")]


@pytest.fixture(scope="module")
def expected_batch(fixture_paths: list[str], tmp_path_factory: pytest.TempPathFactory):
    """The rows the extraction records of `craftgraph extract` turn into (what the store must hold)."""
    folder = tmp_path_factory.mktemp("extract")
    out = folder / "records.jsonl"
    ok(craftgraph("extract", *fixture_paths, "-o", str(out), db=db_in(folder)))
    records = [ExtractionRecord.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    return build_batch(records, Settings().base_iri)


@pytest.fixture(scope="module")
def fixtures_db(fixture_paths: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = db_in(tmp_path_factory.mktemp("fixtures"))
    proc = ok(craftgraph("load", *fixture_paths, db=db))
    assert "loaded" in proc.stdout
    return db


def test_spoke_at_count_answers_in_json(fixtures_db: Path, expected_batch) -> None:
    proc = ok(craftgraph("cypher", "MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN count(*) AS n",
                         "--format", "json", db=fixtures_db))
    expected = sum(len(rows) for (rtype, _, _), rows in expected_batch.rels.items() if rtype == "SPOKE_AT")
    assert json.loads(proc.stdout) == [{"n": expected}]
    assert expected > 0


def test_node_counts_equal_those_of_the_extraction_records(fixtures_db: Path, expected_batch) -> None:
    counts = stats(fixtures_db)
    expected = {label: len(rows) for label, rows in expected_batch.nodes.items() if rows}
    assert {label: n for label, n in counts["nodes"].items() if n} == expected
    assert counts["node_total"] == expected_batch.node_count


def test_relationship_counts_equal_those_of_the_extraction_records(fixtures_db: Path, expected_batch) -> None:
    per_type: dict[str, int] = {}
    for (rtype, _, _), rows in expected_batch.rels.items():
        per_type[rtype] = per_type.get(rtype, 0) + len(rows)
    counts = stats(fixtures_db)
    assert {t: n for t, n in counts["relationships"].items() if n} == per_type
    assert counts["relationship_total"] == expected_batch.rel_count


def test_a_second_load_changes_no_count(fixtures_db: Path, fixture_paths: list[str], tmp_path: Path) -> None:
    shutil.copytree(fixtures_db.parent, tmp_path / "db")
    db = db_in(tmp_path / "db")
    before = stats(db)
    proc = ok(craftgraph("load", *fixture_paths, db=db))
    assert stats(db) == before
    assert "(+0)" in proc.stdout


def test_who_spoke_where_names_every_speaker_and_forum(fixtures_db: Path) -> None:
    rows = json.loads(ok(craftgraph("query", "who_spoke_where", "--format", "json", db=fixtures_db)).stdout)
    spoke = json.loads(ok(craftgraph(
        "cypher", "MATCH (p:Person)-[:SPOKE_AT]->(f:Forum) RETURN DISTINCT p.name AS person, f.name AS forum",
        "--format", "json", db=fixtures_db)).stdout)
    assert spoke
    assert {(r["person"], r["forum"]) for r in rows} == {(r["person"], r["forum"]) for r in spoke}


@pytest.mark.neo4j
def test_load_on_neo4j_matches_the_records_and_reloads_idempotently(
    neo4j_endpoint, fixture_paths: list[str], expected_batch, tmp_path: Path
) -> None:
    env = {
        "CRAFTGRAPH_STORE": "neo4j",
        "CRAFTGRAPH_NEO4J_URI": neo4j_endpoint.uri,
        "CRAFTGRAPH_NEO4J_USER": neo4j_endpoint.user,
        "CRAFTGRAPH_NEO4J_PASSWORD": neo4j_endpoint.password,
        "CRAFTGRAPH_NEO4J_DATABASE": neo4j_endpoint.database,
    }
    db = db_in(tmp_path)
    ok(craftgraph("load", *fixture_paths, db=db, env=env))
    counts = stats(db, env)
    assert (counts["node_total"], counts["relationship_total"]) == (expected_batch.node_count, expected_batch.rel_count)
    ok(craftgraph("load", *fixture_paths, db=db, env=env))
    assert stats(db, env) == counts
    one_error_line(craftgraph("cypher", "MATCH (n) DETACH DELETE n", db=db, env=env), "--write")
    assert stats(db, env) == counts
    assert not db.exists(), "the Neo4j store must not touch the embedded store's directory"


def test_named_query_without_its_params_is_a_usage_error_naming_them(tmp_path: Path) -> None:
    from queries.catalogue import list_queries

    needy = next(q for q in list_queries() if q.params)
    proc = craftgraph("query", needy.name, db=db_in(tmp_path))
    assert proc.returncode == 2
    assert all(f"--param {p}=" in proc.stderr for p in needy.params)
    assert not db_in(tmp_path).exists(), "a usage error must not open the store"
