"""``craftgraph export``: the graph as RDF (Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads)."""

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from graph.rdf.export import RdfExport


class RdfFormatName(StrEnum):
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"
    TRIG = "trig"
    NQUADS = "nquads"


def export(
    fmt: Annotated[
        RdfFormatName | None,
        typer.Option("--format", "-f", help="RDF serialisation (default: the one the -o file's extension names: "
                     ".ttl .nt .jsonld .rdf/.xml .trig .nq; else turtle).", show_default=False),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (replaced only when the export succeeds); "
                                  "default: standard output.")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the export against the SHACL shapes first (slow on big graphs).")
    ] = False,
) -> None:
    """Export the whole graph as RDF with stable IRIs (the `uri` of each node) and per-sentence provenance.

    TriG and N-Quads keep one named graph per source document; the other formats merge them. The file is
    created with the permissions the umask allows (a replaced file keeps its own).
    Example: craftgraph export -o graph.nt (N-Triples, from the extension)
    """
    from graph.errors import InputError
    from graph.rdf.export import export_graph
    from graph.rdf.formats import choose_format
    from graph.settings import get_settings
    from graph.stores import open_store

    try:
        rdf_format = choose_format(fmt.value if fmt else None, output)
    except InputError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--format'") from None
    settings = get_settings()
    with open_store(settings) as store:
        result = export_graph(store, settings)
    if validate:
        _validate(result)
    if output is None:
        result.serialize(rdf_format, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        if output.is_dir():
            example = output / f"graph.{rdf_format.extension}"
            raise InputError(f"{output} is a directory; give a file name, e.g. {example}")
        _write_atomically(output, lambda handle: result.serialize(rdf_format, handle))
    typer.echo(
        f"exported {len(result)} triples ({len(result.lines.graph_names())} document graphs) as {rdf_format.name}"
        f"{' to ' + str(output) if output else ''} in {result.seconds:.2f} s",
        err=True,
    )


def _validate(result: "RdfExport") -> None:
    from rdflib import Graph

    from graph.errors import CraftgraphError
    from graph.rdf.validate import validate

    graph = Graph().parse(data=result.serialize("ntriples"), format="nt")
    outcome = validate(graph)
    if not outcome.conforms:
        raise CraftgraphError(
            f"the export breaks {outcome.violations} SHACL constraint(s); nothing was written.\n{outcome.report}"
        )


def _write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through a temporary file renamed over ``path`` at the end, with the mode a plain create would
    give (0666 less the umask; the mode of the file replaced, if there was one), not mkstemp's 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(handle, _file_mode(path))
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def register(app: typer.Typer) -> None:
    app.command()(export)
