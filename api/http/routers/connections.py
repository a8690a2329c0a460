"""Connections: shortest paths between two entities."""

from typing import Annotated

from fastapi import APIRouter, Query

from api.services import MAX_HOPS

from ..deps import AnswersDep, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import Connections

router = APIRouter(tags=["connections"], dependencies=[TokenDep], responses=NAME_ERRORS)

_Name = Annotated[str, Query(min_length=1, max_length=200, description="A name, alias or key of any entity.")]


@router.get("/connections", summary="Shortest paths between two entities", response_model=Connections)
def connections(
    source: _Name,
    target: _Name,
    answers: AnswersDep,
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description=f"Longest path searched (1 to {MAX_HOPS}).")] = 4,
) -> ModelResponse:
    """All shortest paths over fact relationships (SPOKE_AT, HOLDS_POSITION, MEMBER_OF …), each step with
    every relationship joining its two entities and their evidence. The structural MENTIONS, IN_DOCUMENT
    and REPORTED relationships are not followed: "named in the same article" is not a connection."""
    return json_response(answers.connections(source, target, max_hops))
