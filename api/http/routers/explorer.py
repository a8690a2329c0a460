"""The graph explorer: the web page at ``GET /`` and ``/static/``, and the two questions only it asks.

The page (built from ``web/`` into ``api/http/static/``) reads the shared endpoints (search,
connections, cypher) and these: an entity's whole neighbourhood (every fact relationship, both
directions, with evidence) and a document's text, so evidence can be highlighted inside its article.
The page and its files are public (they hold no data); the data endpoints need the token when one is set.
"""

from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from graph.errors import EntityNotFoundError
from graph.lookup import resolve
from graph.schema import ENTITY_LABELS
from queries.catalogue import get_query

from ..conflicts import Conflict, conflicts
from ..deps import AnswersDep, SettingsDep, StoreDep, TokenDep
from ..errors import NAME_ERRORS, UNAUTHORIZED, problem_response
from ..schemas import Entity, EntityType, Fact

STATIC_DIR = FilePath(__file__).resolve().parents[1] / "static"
INDEX = STATIC_DIR / "index.html"

NOT_BUILT = """<!doctype html><meta charset="utf-8"><title>craftgraph explorer</title>
<h1>The explorer page is not built</h1>
<p>Run <code>bash scripts/setup.sh</code> (or <code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>),
which writes the page into <code>api/http/static/</code>.
The JSON API works without it: see <a href="/docs">/docs</a>.</p>
"""

#: Relationships read per direction: a hub's whole neighbourhood (thousands of edges) is neither drawable
#: nor readable, so the page asks for a bounded part and says when it got only that.
DEFAULT_EDGES = 300
MAX_EDGES = 5000

_PROPERTY_NAMES = (
    "kind",
    "start_date",
    "end_date",
    "theme",
    "level",
    "category",
    "founded_date",
    "gender",
    "disambiguator",
)


class Neighbourhood(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "entity": {"type": "Forum", "key": "示例论坛", "name": "示例论坛", "aliases": []},
                    "properties": {"start_date": "2023-07-28"},
                    "total": 0,
                    "truncated": False,
                    "items": [],
                    "conflicts": [],
                }
            ]
        },
    )

    entity: Entity
    properties: dict[str, str] = Field(description="Type-specific properties that are set (dates, kind, level …).")
    total: int = Field(description="How many facts are listed.")
    truncated: bool = Field(description="True when `limit` (or the row cap) cut the neighbourhood short.")
    items: list[Fact] = Field(description="Every fact relationship of the entity, both directions, with evidence.")
    conflicts: list[Conflict] = Field(
        description="Properties (name included) that documents state differently: each value with the documents "
        "stating it, the chosen one first (named query stated_values lists every statement)."
    )


class DocumentArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ordinal: int
    headline: str | None
    start: int = Field(description="Offset of the article's first character in the document text.")
    end: int
    byline: list[str]


class DocumentText(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "key": "9f2c" + "0" * 60,
                    "source": "pages/2023-07-29.txt",
                    "title": "示例论坛在京举办",
                    "published": "2023-07-29",
                    "text": "示例论坛在京举办\n\n论坛上，张三作主旨发言。",
                    "articles": [{"ordinal": 0, "headline": "示例论坛在京举办", "start": 0, "end": 22, "byline": []}],
                }
            ]
        },
    )

    key: str
    source: str | None
    title: str | None
    published: str | None
    text: str = Field(description="The normalised text every evidence offset indexes.")
    articles: list[DocumentArticle]


router = APIRouter(tags=["explorer"])
data_router = APIRouter(prefix="/explorer", tags=["explorer"], dependencies=[TokenDep])
router.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")


@router.get("/", include_in_schema=False, response_model=None)
def explorer_page() -> FileResponse | HTMLResponse:
    if not INDEX.is_file():
        return HTMLResponse(NOT_BUILT, status_code=503)
    return FileResponse(INDEX, media_type="text/html", headers={"Cache-Control": "no-cache"})


@data_router.get("/neighbourhood", summary="An entity's neighbourhood", responses=NAME_ERRORS)
def neighbourhood(
    name: Annotated[str, Query(min_length=1, max_length=200, description="Name, alias or key of the entity.")],
    store: StoreDep,
    answers: AnswersDep,
    settings: SettingsDep,
    type: Annotated[EntityType | None, Query(description="The entity's label, when the name is shared.")] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_EDGES, description="At most this many relationships are read in each direction.")
    ] = DEFAULT_EDGES,
) -> Neighbourhood:
    """The entity, its type-specific properties and every fact relationship it takes part in (both
    directions, parallel edges of one fact folded, each with its evidence): what the explorer draws."""
    ref = resolve(store, name, (type,) if type else ENTITY_LABELS)
    params = {"label": ref.label, "key": ref.key}
    props_query = get_query("explorer_entity_properties", store.name)
    props_rows = store.run(props_query.text, params).records()
    properties = {k: str(v) for k, v in (props_rows[0] if props_rows else {}).items() if k in _PROPERTY_NAMES and v}
    stated_rows = store.run(get_query("stated_values", store.name).text, params).records()
    disagreements = conflicts(stated_rows, {**properties, "name": ref.name})
    cap = min(limit, settings.query_row_cap)
    query = get_query("explorer_neighbourhood", store.name)
    rows = store.run(
        query.text, {**params, "cap": cap + 1, "entity_labels": list(ENTITY_LABELS)}, row_cap=2 * (cap + 1)
    ).records()
    truncated = any(sum(1 for r in rows if r["direction"] == d) > cap for d in ("out", "in"))
    facts = answers._facts(rows)
    return Neighbourhood(
        entity=Entity(type=ref.label, key=ref.key, name=ref.name, aliases=ref.aliases),  # type: ignore[arg-type]
        properties=properties,
        total=len(facts),
        truncated=truncated,
        items=facts,
        conflicts=disagreements,
    )


DocumentKey = Annotated[
    str, Path(min_length=1, max_length=200, description="The Document key (SHA-256 of the document's bytes).")
]


@data_router.get(
    "/documents/{key}",
    summary="A document's text and articles",
    responses={**UNAUTHORIZED, 404: problem_response("No document has this key.")},
)
def document(key: DocumentKey, store: StoreDep) -> DocumentText:
    """The normalised text (which evidence offsets index), its source and its articles' spans."""
    rows = store.run(get_query("explorer_document", store.name).text, {"key": key}).records()
    if not rows:
        raise EntityNotFoundError(f"no document has the key {key!r}; evidence links carry document keys")
    first = rows[0]
    articles = [
        DocumentArticle(
            ordinal=row["ordinal"],
            headline=row["headline"],
            start=row["text_start"] or 0,
            end=row["text_end"] if row["text_end"] is not None else len(first["text"] or ""),
            byline=list(row["byline"] or []),
        )
        for row in rows
        if row["ordinal"] is not None
    ]
    return DocumentText(
        key=first["key"],
        source=first["source"],
        title=first["title"],
        published=first["published"],
        text=first["text"] or "",
        articles=articles,
    )


router.include_router(data_router)
