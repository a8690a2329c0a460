"""Serialisation formats of the export, by name, with their media types for content negotiation.

pyoxigraph writes every format but N-Triples and N-Quads (JSON-LD included, in expanded form since
pyoxigraph 0.5); the export's own lines are N-Triples/N-Quads already. Dataset formats (TriG, N-Quads)
keep the per-document named graphs, the others merge them into one graph.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from pyoxigraph import RdfFormat

from ..errors import InputError


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    rdf_format: RdfFormat
    dataset: bool
    rdflib_name: str
    aliases: tuple[str, ...] = ()
    #: The export's own N-Triples/N-Quads lines are already this format: written as they are.
    line_based: bool = False
    #: File name extensions (lower case, no dot) that name this format; ``extension`` first.
    extensions: tuple[str, ...] = ()


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", "text/turtle", "ttl", RdfFormat.TURTLE, False, "turtle", ("ttl",),
                     extensions=("ttl",)),
        ExportFormat("ntriples", "application/n-triples", "nt", RdfFormat.N_TRIPLES, False, "nt", ("nt",), True,
                     extensions=("nt",)),
        ExportFormat("jsonld", "application/ld+json", "jsonld", RdfFormat.JSON_LD, False, "json-ld", ("json-ld",),
                     extensions=("jsonld", "json")),
        ExportFormat("rdfxml", "application/rdf+xml", "rdf", RdfFormat.RDF_XML, False, "xml", ("xml", "rdf"),
                     extensions=("rdf", "xml", "owl")),
        ExportFormat("trig", "application/trig", "trig", RdfFormat.TRIG, True, "trig", extensions=("trig",)),
        ExportFormat("nquads", "application/n-quads", "nq", RdfFormat.N_QUADS, True, "nquads", ("nq",), True,
                     extensions=("nq",)),
    )
}
DEFAULT_FORMAT = "turtle"


def get_format(name: str) -> ExportFormat:
    wanted = name.strip().lower()
    for fmt in FORMATS.values():
        if wanted == fmt.name or wanted in fmt.aliases:
            return fmt
    raise InputError(f"unknown RDF format {name!r}; choose one of {', '.join(FORMATS)}")


def format_for_path(path: str | PurePath) -> ExportFormat | None:
    """The format a file name's extension names (``graph.nt`` → N-Triples); ``None`` for any other name."""
    suffix = PurePath(path).suffix.lower().lstrip(".")
    return next((f for f in FORMATS.values() if suffix and suffix in f.extensions), None)


def choose_format(name: str | None, path: str | PurePath | None) -> ExportFormat:
    """The format to write ``path`` in: the one named, else the one its extension names, else Turtle.

    A named format that contradicts the extension is an :class:`InputError` naming both.
    """
    named = get_format(name) if name else None
    by_extension = format_for_path(path) if path is not None else None
    if named is not None and by_extension is not None and named is not by_extension:
        file = PurePath(str(path))
        raise InputError(
            f"--format {named.name} contradicts the file name {file.name!r} ({file.suffix} is {by_extension.name}); "
            f"drop --format to write {by_extension.name}, or name the file {file.stem}.{named.extension}"
        )
    return named or by_extension or FORMATS[DEFAULT_FORMAT]


def format_for_media_type(media_type: str) -> ExportFormat | None:
    wanted = media_type.split(";", 1)[0].strip().lower()
    return next((f for f in FORMATS.values() if f.media_type == wanted), None)


def negotiate(accept: str | None, default: str = DEFAULT_FORMAT) -> ExportFormat | None:
    """The best format an ``Accept`` header allows (q-values honoured, wildcards give the default).

    ``None`` when the header names only media types the export cannot produce.
    """
    if not accept or not accept.strip():
        return FORMATS[default]
    ranked: list[tuple[float, int, ExportFormat]] = []
    for position, item in enumerate(accept.split(",")):
        media_type, *params = (part.strip() for part in item.split(";"))
        quality = _quality(params)
        if quality <= 0:
            continue
        fmt = _match(media_type.lower(), default)
        if fmt is not None:
            ranked.append((-quality, position, fmt))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _quality(params: Iterable[str]) -> float:
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def _match(media_type: str, default: str) -> ExportFormat | None:
    if media_type == "*/*":
        return FORMATS[default]
    if media_type.endswith("/*"):
        candidates = [FORMATS[default], *FORMATS.values()]
        return next((f for f in candidates if f.media_type.startswith(media_type[:-1])), None)
    if media_type == "application/json":
        return FORMATS["jsonld"]
    return format_for_media_type(media_type)
