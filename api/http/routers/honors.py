"""Honours: who holds them."""

from fastapi import APIRouter

from ..deps import AnswersDep, EntityName, Limit, Offset, TokenDep
from ..errors import NAME_ERRORS
from ..schemas import FactPage

router = APIRouter(prefix="/honors", tags=["honors"], dependencies=[TokenDep], responses=NAME_ERRORS)


@router.get("/{name:path}/holders", summary="Who holds an honour")
def honor_holders(name: EntityName, answers: AnswersDep, limit: Limit = 50, offset: Offset = 0) -> FactPage:
    """HOLDS_HONOR facts of people and organisations towards the honour, with year, edition and evidence."""
    return answers.honor_holders(name, limit, offset)
