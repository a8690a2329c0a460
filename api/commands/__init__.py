"""CLI command groups. Each module exposes ``register(app: typer.Typer) -> None`` and is listed in
``api.cli.COMMAND_MODULES``. Commands stay thin: parse options, call the library, render the result.
"""

PATHS_HELP = "Files or folders; .txt, .md, .html and .jsonl files are read (UTF-8, UTF-8 with BOM, GB18030/GBK)."


def failure_message(doc: str, error: object) -> str:
    """A failed document's one-line message, naming the document if the error does not already."""
    message = " ".join(str(error).split())
    return message if doc and doc in message else f"{doc}: {message}"
