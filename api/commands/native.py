"""``craftgraph native build|status|clean``: the extractor compiled with mypyc (see loaders/native.py)."""

import typer

native_app = typer.Typer(
    name="native",
    help="Compile the extractor to C with mypyc (faster extraction); used only while it matches its sources.",
    no_args_is_help=True,
)


def _say(message: str) -> None:
    typer.echo(f"native: {message}", err=True)


@native_app.command()
def build() -> None:
    """Compile loaders/extract with mypyc into loaders/extract/_native (needs the native extra and gcc)."""
    from loaders import native

    folder = native.build(_say)
    _say(f"built into {folder}; {native.status().detail}")


@native_app.command()
def status() -> None:
    """Whether a compiled build exists and matches the sources. Exit code 3 when it would not be used."""
    from loaders import native

    state = native.status()
    typer.echo(state.detail)
    if not state.used:
        raise typer.Exit(3)


@native_app.command()
def clean() -> None:
    """Remove the compiled build; the pure Python extractor is used."""
    from loaders import native

    _say("removed the compiled build" if native.clean() else "there was no compiled build")


def register(app: typer.Typer) -> None:
    app.add_typer(native_app)
