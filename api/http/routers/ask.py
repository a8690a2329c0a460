"""Ask: a relationship question in Chinese, answered from the graph with the facts, evidence and Cypher.

``GET /ask`` is declared, validated, documented and guarded by the route below. Most requests are a
plain question, though, and for those FastAPI's routing and dependency solving cost more than a short
answer itself (``python -m bench.ask``): :class:`AskFastPath` answers them before routing, the same
work and the same bytes, and hands everything else to the route.
"""

from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Depends, Query, Request
from fastapi.security.utils import get_authorization_scheme_param
from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from api.ask import AskAnswer, Asker
from api.ask.guard import MAX_CHARS

from ..deps import TokenDep, token_accepted
from ..errors import UNAUTHORIZED
from ..responses import ModelResponse, json_response

router = APIRouter(tags=["ask"], dependencies=[TokenDep], responses=UNAUTHORIZED)

PATH = "/ask"
#: The question's query parameter and its length bounds, as the route declares them.
PARAM, MIN_CHARS = "q", 1
#: Where the fast path leaves the question in the request's scope for :func:`_answer`.
QUESTION = "craftgraph.ask.question"


def asker_of(state: State) -> Asker:
    """One :class:`Asker` per app and store (it keeps the store's name index between questions). Called on
    the event loop only, so two requests never build two."""
    asker: Asker | None = getattr(state, "asker", None)
    if asker is None or asker.store is not state.store:
        asker = Asker(state.store, state.settings)
        state.asker = asker
    return asker


async def get_asker(request: Request) -> Asker:
    return asker_of(request.app.state)


@router.get(
    PATH,
    summary="Ask a relationship question in Chinese",
    response_model=AskAnswer,
)
def ask(
    q: Annotated[
        str,
        Query(
            min_length=MIN_CHARS,
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


class AskFastPath:
    """Answers ``GET /ask?q=…`` before FastAPI routes it, when nothing about the request needs more than
    the answer: the path exactly, one ``q`` of ``MIN_CHARS`` to ``MAX_CHARS`` characters (decoded as the
    route decodes it), the bearer token accepted (or none required), no dependency overrides and no
    telemetry span to name the route in. It asks the same :class:`Asker` in the same worker threads (anyio's
    limiter) and sends ``json_response`` of the answer, the route's own bytes. It does so inside Starlette's
    own ``ExceptionMiddleware``, built with the app's exception handlers as the app builds the one around its
    router: an error the ask raises goes to the app's handler for it, as the route's would, and anything
    else (500 and ``Exception`` included) propagates to the server error middleware further out. Every
    other request (a missing, repeated, empty or too long ``q``, a wrong token, another method or path)
    goes on to the route, which validates, refuses and documents it.

    What it saves is FastAPI's per-request machinery (matching the path through every router, solving the
    token and asker dependencies, validating ``q``, the exit stacks): about 0.3 ms a question, measured
    (docs/http-api.md, "HTTP overhead")."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._answering: tuple[Starlette, ASGIApp] | None = None  # the app, and _answer in its handlers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        question = self._plain_question(scope)
        if question is None:
            await self.app(scope, receive, send)
            return
        scope[QUESTION] = question
        await self._answerer(scope["app"])(scope, receive, send)

    def _answerer(self, app: Starlette) -> ASGIApp:
        """:func:`_answer` inside an ``ExceptionMiddleware`` with the handlers the app gives the one around
        its router: all but those for 500 and ``Exception``, which are the server error middleware's. Built
        on the first question, as the app builds its middleware on the first request."""
        if self._answering is None or self._answering[0] is not app:
            handlers = {key: handler for key, handler in app.exception_handlers.items() if key not in (500, Exception)}
            self._answering = (app, ExceptionMiddleware(_answer, handlers=handlers, debug=app.debug))
        return self._answering[1]

    @staticmethod
    def _plain_question(scope: Scope) -> str | None:
        """The question when the fast path can answer the request, else None."""
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != PATH:
            return None
        app = scope.get("app")
        if (
            not isinstance(app, Starlette)
            or scope.get("root_path")
            or "fastapi.telemetry" in scope
            or getattr(app, "dependency_overrides", None)
        ):
            return None
        settings = app.state.settings
        if settings.api_token is not None:
            header = next((v for k, v in scope["headers"] if k == b"authorization"), b"").decode("latin-1")
            scheme, credentials = get_authorization_scheme_param(header)
            if not token_accepted(settings.api_token, scheme, credentials):
                return None  # the route answers 401
        values = Request(scope).query_params.getlist(PARAM)
        if len(values) != 1 or not MIN_CHARS <= len(values[0]) <= MAX_CHARS:
            return None  # the route answers 422
        return values[0]


async def _answer(scope: Scope, receive: Receive, send: Send) -> None:
    """The route's work for the question :class:`AskFastPath` found: the answer asked and serialised in a
    worker thread, then sent."""
    asker = asker_of(scope["app"].state)
    question: str = scope[QUESTION]
    response = await anyio.to_thread.run_sync(lambda: json_response(asker.ask(question)))
    await response(scope, receive, send)
