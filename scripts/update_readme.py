"""Regenerate the generated blocks of README.md: the CLI reference (``--help`` of every command) and the
settings table (``graph.settings.Settings``).

Usage: .venv/bin/python scripts/update_readme.py   (after adding a command or a setting)
"""

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import typer

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from api.cli import app  # noqa: E402
from graph.settings import Settings  # noqa: E402

#: What a setting is for, where its Field has no description.
NOTES = {
    "neo4j_uri": "Bolt or routing URI of Neo4j (`bolt://`, `neo4j://` for a cluster).",
    "neo4j_user": "Neo4j user.",
    "neo4j_password": "Neo4j password (also written into the project's own server on install).",
    "neo4j_database": "Neo4j database to use.",
    "neo4j_bolt_port": "Bolt port of the project's own Neo4j server.",
    "neo4j_http_port": "HTTP port of the project's own Neo4j server.",
    "neo4j_heap": "Java heap of the project's own Neo4j server.",
    "neo4j_pagecache": "Page cache of the project's own Neo4j server.",
    "neo4j_start_timeout_s": "Seconds to wait for the project's Neo4j to answer on Bolt.",
    "neo4j_stop_timeout_s": "Seconds to wait for the project's Neo4j to stop.",
    "base_iri": "Base of every node's IRI (`uri`), used by both stores and the RDF export.",
    "write_batch_size": "Rows per `UNWIND` batch when writing (a Neo4j transaction: up to ten, whole documents).",
    "query_timeout_s": "Time limit of a read-only query (HTTP API).",
    "query_row_cap": "Most rows a read-only query returns (HTTP API).",
    "api_token": "When set, every HTTP endpoint but /health requires `Authorization: Bearer <token>`.",
    "api_host": "Address `craftgraph serve` listens on.",
    "api_port": "Port `craftgraph serve` listens on.",
}


def command_paths(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name in group.commands:
        command = group.commands[name]
        paths.append((*prefix, name))
        if isinstance(getattr(command, "commands", None), dict):
            paths.extend(command_paths(command, (*prefix, name)))
    return paths


def help_text(path: tuple[str, ...]) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    proc = subprocess.run(
        [sys.executable, "-m", "api.cli", *path, "--help"], cwd=REPO, env=env, capture_output=True, text=True,
        check=True,
    )
    return proc.stdout.rstrip()


def reference() -> str:
    blocks = [f"```text\n$ craftgraph --help\n{help_text(())}\n```"]
    for path in command_paths(typer.main.get_command(app)):
        name = " ".join(path)
        blocks.append(f"### `craftgraph {name}`\n\n```text\n{help_text(path)}\n```")
    return "\n\n".join(blocks)


def _default(value: object) -> str:
    if value is None:
        return "(unset)"
    secret = getattr(value, "get_secret_value", None)
    return f"`{secret() if secret else value}`"


def settings_table() -> str:
    rows = ["| variable | default | what |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        what = field.description or NOTES.get(name, "")
        rows.append(f"| `CRAFTGRAPH_{name.upper()}` | {_default(field.default)} | {what} |")
    return "\n".join(rows)


def replace_block(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no {start} ... {end} block")
    return pattern.sub(lambda _: f"{start}\n{body}\n{end}", text)


def main() -> None:
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "cli-reference", reference())
    text = replace_block(text, "settings", settings_table())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
