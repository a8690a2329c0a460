"""Organisations: their people, forums, alliances."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import OrganizationProfile

router = APIRouter(prefix="/organizations", tags=["organizations"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get(
    "/{name:path}", summary="An organisation's people, forums and alliances", response_model=OrganizationProfile
)
def organization(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """Its people (positions, members), the forums and programs it organised, undertook, co-organised or
    supported, its alliances, related organisations and honours. ``limit`` and ``offset`` apply per section."""
    return json_response(answers.organization(name, limit, offset))
