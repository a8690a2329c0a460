"""Forums: who spoke there."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import FactPage

router = APIRouter(prefix="/forums", tags=["forums"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get("/{name:path}/speakers", summary="Who spoke at a forum", response_model=FactPage)
def forum_speakers(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """SPOKE_AT facts of the forum: each speaker with role (keynote, speech, discussion) and evidence."""
    return json_response(answers.forum_speakers(name, limit, offset))
