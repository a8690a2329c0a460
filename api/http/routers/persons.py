"""Persons: profile and forums."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import FactPage, PersonProfile

router = APIRouter(prefix="/persons", tags=["persons"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get("/{name:path}/forums", summary="Where a person spoke or took part", response_model=FactPage)
def person_forums(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """SPOKE_AT and PARTICIPATED_IN facts of the person towards forums, with evidence."""
    return json_response(answers.person_forums(name, limit, offset))


@router.get("/{name:path}", summary="A person's profile", response_model=PersonProfile)
def person_profile(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """Honours, positions (organisation and titles), forums, programs and memberships, each fact with its
    evidence. ``limit`` and ``offset`` apply to each section."""
    return json_response(answers.person_profile(name, limit, offset))
