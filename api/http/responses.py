"""Answers serialised once, by pydantic's own JSON encoder.

A route that returns a model lets FastAPI validate it again and encode it in Python; the answer service
already builds validated models, so routes hand back ``json_response(model)`` and declare the model as
``response_model`` for the OpenAPI schema.
"""

from fastapi import Response
from pydantic import BaseModel


class ModelResponse(Response):
    media_type = "application/json"


def json_response(model: BaseModel) -> ModelResponse:
    return ModelResponse(model.model_dump_json(by_alias=True))
