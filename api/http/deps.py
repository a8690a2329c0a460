"""Dependencies the routers declare: the store, the settings, the answer service and the bearer token.

They are ``async def`` although they never wait: FastAPI runs a plain ``def`` dependency in its thread
pool, a hand-off per dependency per request that cost more than the answer itself; these only read
``app.state`` and compare a token, so they run on the event loop. Routes that ask the store stay ``def``.
"""

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import SecretStr

from api.services import GraphAnswers
from graph.settings import Settings
from graph.store import GraphStore

_bearer = HTTPBearer(auto_error=False, description="Required when CRAFTGRAPH_API_TOKEN is set.")


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    return request.app.state.store


async def get_answers(request: Request) -> GraphAnswers:
    return request.app.state.answers


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
AnswersDep = Annotated[GraphAnswers, Depends(get_answers)]


async def require_token(
    settings: SettingsDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """When ``api_token`` is set, the request must carry ``Authorization: Bearer <token>``."""
    scheme, given = (credentials.scheme, credentials.credentials) if credentials else ("", "")
    if not token_accepted(settings.api_token, scheme, given):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="missing or wrong bearer token: send 'Authorization: Bearer <CRAFTGRAPH_API_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


TokenDep = Depends(require_token)


def token_accepted(expected: SecretStr | None, scheme: str, given: str) -> bool:
    """Whether an ``Authorization: <scheme> <given>`` header passes (always, when no token is set)."""
    if expected is None:
        return True
    if scheme.lower() != "bearer" or not given:
        return False
    return secrets.compare_digest(given.encode(), expected.get_secret_value().encode())


MAX_PAGE = 500

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (1 to {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
EntityName = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        description="The entity's name, an alias or its key (percent-encoded in the URL).",
        examples=["示例论坛"],
    ),
]
