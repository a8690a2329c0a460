"""Search: entities by name, alias or part of one."""

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import AnswersDep, Limit, Offset, TokenDep
from ..errors import UNAUTHORIZED
from ..responses import ModelResponse, json_response
from ..schemas import EntityType, SearchPage

router = APIRouter(tags=["search"], dependencies=[TokenDep], responses=UNAUTHORIZED)


@router.get("/search", summary="Find entities by name, alias or part of a name", response_model=SearchPage)
def search(
    q: Annotated[str, Query(min_length=1, max_length=200, description="Text the name or an alias contains.")],
    answers: AnswersDep,
    type: Annotated[list[EntityType] | None, Query(description="Restrict to these types (repeatable).")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ModelResponse:
    """Case-insensitive substring search; exact name or alias matches first, then shorter names."""
    return json_response(answers.search(q, type or [], limit, offset))
