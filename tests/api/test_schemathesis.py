"""Property-based run of the live API against its own OpenAPI schema: no 5xx, no response that breaks it.

Starts Django's threaded dev server on a free port (pytest-django's live_server) and drives it
with schemathesis's Python API, a bounded number of examples per operation.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from commitments.models import Fulfilment
from commitments.models.api_tokens import TokenScope
from commitments.services.fetching import FetchError
from commitments.services.tokens import issue_token
from tests.factories import make_commitment, make_document

pytestmark = [pytest.mark.slow]


@pytest.fixture
def api_schema(live_server, transactional_db, clerk, settings, monkeypatch):
    settings.API_THROTTLE_RATE = "100000/60"

    def offline(url):
        raise FetchError("unreachable", f"Not fetched in tests: {url}")

    # Generated URLs point at real hosts; a fuzz run must not reach the network.
    monkeypatch.setattr("commitments.services.ingesting.fetch", offline)
    document = make_document()
    commitment = make_commitment(document)
    Fulfilment.objects.create(commitment=commitment, document=make_document(), extent="full")
    _, key = issue_token(clerk, "schemathesis", TokenScope.CLERK, issued_by=clerk)
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/schema/?format=json")
    schema.config.headers = {"Authorization": f"Token {key}"}
    return schema


CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def test_the_live_api_never_errors_and_keeps_to_its_schema(api_schema):
    headers = api_schema.config.headers
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        run()
