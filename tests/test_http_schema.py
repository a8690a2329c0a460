"""schemathesis against the live app's OpenAPI schema: no server error, every answer as documented.

Bounded and deterministic: at most ``MAX_EXAMPLES`` generated cases per operation, derandomised.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .http_fixtures import LiveApi

MAX_EXAMPLES = 25


@pytest.fixture
def api_schema(live_api: LiveApi) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{live_api.url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_documented_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    )
