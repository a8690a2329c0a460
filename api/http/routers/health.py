"""Liveness: never needs the token."""

from fastapi import APIRouter

from ..deps import AnswersDep
from ..schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", summary="Is the service up, and over which store")
async def health(answers: AnswersDep) -> Health:
    """Answered on the event loop: it asks nothing of the store, so it needs no worker thread."""
    return answers.health()
