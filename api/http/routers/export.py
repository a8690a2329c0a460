"""RDF export of the whole graph, with content negotiation; the ontology and SHACL shapes it follows."""

from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Response, status

from graph.rdf.export import export_graph
from graph.rdf.formats import FORMATS, get_format, negotiate
from graph.rdf.validate import ONTOLOGY_FILE, SHAPES_FILE, resource_text

from ..deps import SettingsDep, StoreDep, TokenDep

router = APIRouter(prefix="/export", tags=["export"], dependencies=[TokenDep])

_MEDIA_TYPES = ", ".join(f"{f.media_type} ({f.name})" for f in FORMATS.values())


@router.get(
    "",
    summary="The graph as RDF",
    response_class=Response,
    responses={
        200: {"content": {f.media_type: {} for f in FORMATS.values()}, "description": "The serialised graph."},
        406: {"description": "The Accept header names no RDF format the export can write."},
    },
)
def export_rdf(
    store: StoreDep,
    settings: SettingsDep,
    fmt: Annotated[
        str | None,
        Query(alias="format", description=f"One of {', '.join(FORMATS)}; overrides Accept.", examples=["turtle"]),
    ] = None,
    accept: Annotated[str | None, Header(description=f"Negotiated when `format` is absent: {_MEDIA_TYPES}.")] = None,
) -> Response:
    """Every node under its stored IRI, facts as direct triples plus statement nodes pointing to one evidence
    record per source sentence. TriG and N-Quads keep one named graph per document."""
    chosen = get_format(fmt) if fmt else negotiate(accept)
    if chosen is None:
        detail = f"cannot produce {accept!r}; acceptable: {_MEDIA_TYPES}, or ask with ?format="
        raise HTTPException(status.HTTP_406_NOT_ACCEPTABLE, detail=detail)
    body = export_graph(store, settings).serialize(chosen) or b""
    return Response(
        body,
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'inline; filename="craftgraph.{chosen.extension}"', "Vary": "Accept"},
    )


@router.get("/ontology", summary="The OWL ontology of the export", response_class=Response)
def ontology() -> Response:
    return Response(resource_text(ONTOLOGY_FILE), media_type="text/turtle")


@router.get("/shapes", summary="The SHACL shapes the export conforms to", response_class=Response)
def shapes() -> Response:
    return Response(resource_text(SHAPES_FILE), media_type="text/turtle")


