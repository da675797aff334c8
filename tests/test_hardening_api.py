"""Schemathesis against the app's own OpenAPI document: no generated request gets a server error.

The app runs in-process (ASGI) over a small store; writes are off (no token), so write routes
must refuse cleanly too. A 503 is allowed only as the documented "timed out / busy, retry"
answer that carries ``Retry-After``. Examples per operation are bounded for CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    store = tmp_path_factory.mktemp("hardening-api") / "store"
    build_store(store, [FIXTURE])
    app = create_app(ServeConfig(store=str(store), token=None, query_timeout=5, max_body=65_536, workers=1))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.backend.close()


def _check(case: schemathesis.Case) -> None:
    response = case.call()
    retry = response.status_code == 503 and "retry-after" in {k.lower() for k in response.headers}
    assert response.status_code < 500 or retry, (
        f"{case.method} {case.formatted_path} {case.query or ''} -> {response.status_code}: {response.text[:300]}")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_never_get_a_server_error(api_schema: schemathesis.BaseSchema,
                                                     mode: GenerationMode) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 5, "the OpenAPI document lists too few operations"
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
            continue  # nothing declared to break
        run = settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))(
            given(case=operation.as_strategy(generation_mode=mode))(_check))
        try:
            run()
        except Unsatisfiable:  # every value the schema allows is valid (e.g. a free-text path segment)
            assert mode is GenerationMode.NEGATIVE


def test_openapi_describes_the_sparql_protocol_so_it_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    document = api_schema.raw_schema
    get = {p["name"] for p in document["paths"]["/sparql"]["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri", "format"} <= get
    posted = document["paths"]["/sparql"]["post"]["requestBody"]["content"]
    assert {"application/sparql-query", "application/x-www-form-urlencoded"} <= set(posted)
