"""Rendering of query results and messages: rich tables for people, JSON and CSV for programs."""

import csv
import json
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from graph.store import QueryResult


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", case_sensitive=False, help="table for reading; json (a list of objects) or "
                 "csv for programs."),
]


def plain(value: Any) -> Any:
    """A JSON-ready copy of a value a store returned (nodes and relationships become dicts)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Sequence | set | frozenset) and not isinstance(value, bytes | bytearray):
        return [plain(v) for v in value]
    if hasattr(value, "items"):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def cell(value: Any) -> str:
    """One table or CSV cell: strings as they are, everything else as compact JSON."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


#: Width of tables written to a pipe or file (a terminal's own width is used otherwise; COLUMNS overrides).
PIPE_WIDTH = 160


def stdout_console() -> Console:
    console = Console(soft_wrap=False, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    return console


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def write_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(json.dumps(plain(data), ensure_ascii=False, indent=2) + "\n")


def write_csv(columns: list[str], rows: list[list[Any]], out: TextIO | None = None) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(v) for v in row] for row in rows)


def table(columns: list[str], rows: list[list[Any]], title: str | None = None, whole: tuple[str, ...] = ()) -> Table:
    """A rich table; the columns named in ``whole`` are never wrapped or cut."""
    grid = Table(title=title, title_justify="left", header_style="bold")
    for index, column in enumerate(columns):
        numeric = bool(rows) and all(isinstance(row[index], int | float | None) for row in rows)
        grid.add_column(column, no_wrap=column in whole or numeric, overflow="fold", min_width=len(column),
                        justify="right" if numeric else "left")
    for row in rows:
        grid.add_row(*(cell(v) for v in row))
    return grid


def render_result(result: "QueryResult", fmt: OutputFormat) -> None:
    if fmt is OutputFormat.JSON:
        write_json(result.records())
    elif fmt is OutputFormat.CSV:
        write_csv(result.columns, result.rows)
    else:
        console = stdout_console()
        console.print(table(result.columns, result.rows))
        console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", style="dim")


def one_line(message: object) -> str:
    """Collapse a (possibly multi-line) message so every error is exactly one line."""
    return " ".join(str(message).split())


def print_error(message: object, console: Console | None = None) -> None:
    """``error: <message>`` on stderr, on one line, never wrapped and never read as rich markup."""
    text = f"error: {one_line(message)}"
    if console is None:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    else:
        console.print(text, markup=False, highlight=False, soft_wrap=True, style="red")
