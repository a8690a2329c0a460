"""Read-only Cypher for analysts."""

from fastapi import APIRouter

from ..deps import AnswersDep, TokenDep
from ..errors import UNAUTHORIZED, problem_response
from ..responses import ModelResponse, json_response
from ..schemas import CypherRequest, CypherResult

router = APIRouter(
    tags=["cypher"],
    dependencies=[TokenDep],
    responses={
        **UNAUTHORIZED,
        400: problem_response("The query is malformed or failed; `detail` gives the store's message."),
        403: problem_response("The query tried to change the graph; the store runs it read-only and refused."),
    },
)


@router.post("/cypher", summary="Run a read-only Cypher query", response_model=CypherResult)
def cypher(body: CypherRequest, answers: AnswersDep) -> ModelResponse:
    """The store itself refuses writes (403). At most CRAFTGRAPH_QUERY_ROW_CAP rows come back
    (`truncated` says when there were more); CRAFTGRAPH_QUERY_TIMEOUT_S bounds the running time (past it:
    422, in the validation format, located at the body's `query`)."""
    return json_response(answers.cypher(body.query, body.params))
