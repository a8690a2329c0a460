"""Honours: who holds them."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..responses import ModelResponse, json_response
from ..schemas import FactPage

router = APIRouter(prefix="/honors", tags=["honors"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get("/{name:path}/holders", summary="Who holds an honour", response_model=FactPage)
def honor_holders(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> ModelResponse:
    """HOLDS_HONOR facts of people and organisations towards the honour, with year, edition and evidence."""
    return json_response(answers.honor_holders(name, limit, offset))
