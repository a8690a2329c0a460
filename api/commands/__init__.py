"""CLI command groups. Each module exposes ``register(app: typer.Typer) -> None`` and is listed in
``api.cli.COMMAND_MODULES``. Commands stay thin: parse options, call the library, render the result.
"""

from collections.abc import Iterable
from pathlib import Path

from graph.errors import InputError

PATHS_HELP = "Files or folders; .txt, .md, .html and .jsonl files are read (UTF-8, UTF-8 with BOM, GB18030/GBK)."


def require_paths(paths: Iterable[Path]) -> list[Path]:
    """Fail before any work starts when an input path does not exist."""
    paths = list(paths)
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    return paths


def failure_message(doc: str, error: object) -> str:
    """A failed document's one-line message, naming the document if the error does not already."""
    message = " ".join(str(error).split())
    return message if doc and doc in message else f"{doc}: {message}"
