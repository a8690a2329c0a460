"""Ask: a relationship question in Chinese, answered from the graph with the facts, evidence and Cypher."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api.ask import AskAnswer, Asker
from api.ask.guard import MAX_CHARS

from ..deps import TokenDep
from ..errors import UNAUTHORIZED
from ..responses import ModelResponse, json_response

router = APIRouter(tags=["ask"], dependencies=[TokenDep], responses=UNAUTHORIZED)


async def get_asker(request: Request) -> Asker:
    """One :class:`Asker` per app and store (it keeps the store's name index between questions)."""
    state = request.app.state
    asker: Asker | None = getattr(state, "asker", None)
    if asker is None or asker.store is not state.store:
        asker = Asker(state.store, state.settings)
        state.asker = asker
    return asker


@router.get(
    "/ask",
    summary="Ask a relationship question in Chinese",
    response_model=AskAnswer,
)
def ask(
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_CHARS,
            description="The question, e.g. 谁在示例论坛上作了主旨发言？ (at most 500 characters, no Cypher).",
            examples=["谁在示例论坛上作了主旨发言？"],
        ),
    ],
    asker: Annotated[Asker, Depends(get_asker)],
) -> ModelResponse:
    """Understood without a language model: the question's names are linked to the graph's names and
    aliases, a small grammar decides what is asked, and one named query answers it with parameters only.
    `cypher` and `params` are that query; every fact carries its evidence. An unknown name: `suggestions`;
    a shared name: `candidates`; a question not understood: `understood` false and `questions` it can
    answer. None of these is an error: the status is 200. An empty question, one longer than 500
    characters or one holding Cypher is a 422."""
    return json_response(asker.ask(q))
