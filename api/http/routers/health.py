"""Liveness: never needs the token."""

from fastapi import APIRouter

from ..deps import AnswersDep
from ..schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", summary="Is the service up, and over which store")
def health(answers: AnswersDep) -> Health:
    return answers.health()
