"""Alliances: members and founders."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import FactPage

router = APIRouter(prefix="/alliances", tags=["alliances"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get("/{name:path}/members", summary="Members and founders of an alliance", response_model=FactPage)
def alliance_members(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """MEMBER_OF facts (people, organisations) and FOUNDED facts (founding organisations), with evidence."""
    return json_response(answers.alliance_members(name, limit, offset))
