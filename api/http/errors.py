"""Map craftgraph errors to HTTP answers, and the error responses each route documents."""

import re
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from graph.errors import (
    AmbiguousNameError,
    CraftgraphError,
    EntityNotFoundError,
    InputError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    UnknownQueryError,
    WriteNotAllowedError,
)

from .schemas import Problem

#: Most specific first: the first class an error is an instance of decides the status.
STATUS_OF: tuple[tuple[type[CraftgraphError], int], ...] = (
    (EntityNotFoundError, status.HTTP_404_NOT_FOUND),
    (AmbiguousNameError, status.HTTP_409_CONFLICT),
    (WriteNotAllowedError, status.HTTP_403_FORBIDDEN),
    (QueryTimeoutError, status.HTTP_422_UNPROCESSABLE_CONTENT),
    (QueryError, status.HTTP_400_BAD_REQUEST),
    (InputError, status.HTTP_422_UNPROCESSABLE_CONTENT),
    (UnknownQueryError, status.HTTP_500_INTERNAL_SERVER_ERROR),
    (StoreError, status.HTTP_503_SERVICE_UNAVAILABLE),
)


_CLI_HINT = re.compile(r"[;,]?\s*pass --write.*$", re.DOTALL)


def _problem(exc: CraftgraphError) -> Problem:
    if isinstance(exc, WriteNotAllowedError):
        reason = _CLI_HINT.sub("", str(exc)).rstrip(". ")
        return Problem(detail=f"{reason}. POST /cypher runs read-only queries only; nothing was changed")
    if isinstance(exc, EntityNotFoundError):
        return Problem(detail=str(exc), suggestions=exc.suggestions)
    if isinstance(exc, AmbiguousNameError):
        return Problem(detail=str(exc), candidates=exc.candidates)  # type: ignore[arg-type]
    return Problem(detail=str(exc))


def _invalid(exc: CraftgraphError) -> dict[str, Any]:
    """A 422 in FastAPI's own validation shape, so every 422 a client sees reads the same way."""
    where = ["body", "query"] if isinstance(exc, QueryTimeoutError) else ["query"]
    return {"detail": [{"type": "value_error", "loc": where, "msg": str(exc)}]}


async def _craftgraph_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CraftgraphError)
    code = next((code for cls, code in STATUS_OF if isinstance(exc, cls)), status.HTTP_400_BAD_REQUEST)
    if code == status.HTTP_422_UNPROCESSABLE_CONTENT:
        return JSONResponse(_invalid(exc), status_code=code)
    return JSONResponse(_problem(exc).model_dump(mode="json"), status_code=code)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(CraftgraphError, _craftgraph_error)


def problem_response(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


UNAUTHORIZED = {401: problem_response("The bearer token is missing or wrong (only when CRAFTGRAPH_API_TOKEN is set).")}
NAME_ERRORS: dict[int | str, dict[str, Any]] = {
    **UNAUTHORIZED,
    404: problem_response("No entity answers to the name; `suggestions` lists close matches."),
    409: problem_response("Several entities share the name; `candidates` lists them: ask again with one's key."),
}
