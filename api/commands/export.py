"""``craftgraph export``: the graph as RDF (Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads)."""

import os
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
    fmt: Annotated[RdfFormatName, typer.Option("--format", "-f", help="RDF serialisation.")] = RdfFormatName.TURTLE,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (replaced only when the export succeeds); "
                                  "default: standard output.")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the export against the SHACL shapes first (slow on big graphs).")
    ] = False,
) -> None:
    """Export the whole graph as RDF with stable IRIs (the `uri` of each node) and per-sentence provenance.

    TriG and N-Quads keep one named graph per source document; the other formats merge them.
    Example: craftgraph export --format turtle -o graph.ttl
    """
    from graph.errors import InputError
    from graph.rdf.export import export_graph
    from graph.rdf.formats import get_format
    from graph.settings import get_settings
    from graph.stores import open_store

    settings = get_settings()
    rdf_format = get_format(fmt.value)
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
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def register(app: typer.Typer) -> None:
    app.command()(export)
