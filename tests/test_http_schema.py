"""schemathesis against the live app's OpenAPI schema: no server error, every answer as documented.

Bounded and deterministic: at most ``MAX_EXAMPLES`` generated cases per operation and generation mode
(valid and invalid input), derandomised. Each operation of the schema is its own test.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.http.app import create_app
from graph.settings import Settings

from .http_fixtures import LiveApi

MAX_EXAMPLES = 25
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

REQUEST_TIMEOUT_S = 60


def _operations() -> list[tuple[str, str, GenerationMode]]:
    """Every operation with valid input, and with invalid input where it takes any input at all."""
    paths = create_app(Settings(api_token=None)).openapi()["paths"]  # type: ignore[call-arg]
    return sorted(
        (method.upper(), path, mode)
        for path, methods in paths.items()
        for method, spec in methods.items()
        for mode in GenerationMode
        if mode is GenerationMode.POSITIVE or spec.get("parameters") or spec.get("requestBody")
    )


@pytest.mark.parametrize(("method", "path", "mode"), _operations())
def test_every_operation_keeps_its_documented_contract(
    live_api: LiveApi, method: str, path: str, mode: GenerationMode
) -> None:
    schema = schemathesis.openapi.from_url(f"{live_api.url}/openapi.json")
    operation = schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    def keeps_contract(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=live_api.url, checks=CHECKS, timeout=REQUEST_TIMEOUT_S)

    keeps_contract()
