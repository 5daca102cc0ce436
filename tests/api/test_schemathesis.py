"""Property-based run of the live API against its own OpenAPI schema, with every schemathesis check.

Django's threaded server (pytest-django's live_server) serves the real app; schemathesis's engine
runs all its phases (examples, coverage, fuzzing, stateful) as `schemathesis run --checks all`
would, authenticated with a real clerk token so that the writes run too. Every check holds the
schema and the API to each other both ways: no 5xx, every status and body documented, a request
the schema calls valid is taken and one it calls invalid refused.

Deterministic: a fixed seed, derandomized generation, no example database, one worker and a
bounded number of examples per operation, so each run sends the same requests.
"""

import pytest
import schemathesis
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine import events, from_schema
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

from commitments.models import Fulfilment
from commitments.models.api_tokens import TokenScope
from commitments.services.fetching import FetchError
from commitments.services.tokens import issue_token
from tests.factories import make_commitment, make_document

pytestmark = [pytest.mark.slow]

SEED = 20261204
QUERY = ParameterLocation.QUERY
MAX_EXAMPLES = 5


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
    config = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "workers": 1,
            # Connection: close, so that no server thread outlives the test holding its database connection.
            "headers": {"Authorization": f"Token {key}", "Connection": "close"},
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
            "checks": {"enabled": True},
            "phases": {"coverage": {"generate-duplicate-query-parameters": False}},
            # The feeds take the list's FilterSet, whose every value the list's coverage already tries.
            "operations": [{"include-path-regex": "/(calendar|export)/$", "phases": {"coverage": {"enabled": False}}}],
        }
    )
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/schema/?format=json", config=config)
    hook = schemathesis.hook("before_call")(no_made_up_cursor)
    yield schema
    GLOBAL_HOOK_DISPATCHER.unregister(hook)


def no_made_up_cursor(context, case, kwargs):
    # A cursor is the server's own opaque text, taken from `next`: none can be made up, so a case
    # meant to be valid goes without one (tests/api/test_polling.py covers cursors).
    if case.query and "cursor" in case.query and not (case.meta and case.meta.is_negative_at(QUERY)):
        del case.query["cursor"]


def run(schema) -> tuple[int, list[str]]:
    """The number of requests sent and a line per failure (operation, check, request, answer)."""
    sent, failures, errors = 0, [], []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            sent += len(event.recorder.interactions)
            for case_id, checks in event.recorder.checks.items():
                interaction = event.recorder.interactions.get(case_id)
                for check in checks:
                    if check.failure_info is not None:
                        failure = check.failure_info.failure
                        request = (
                            f"{interaction.request.method} {interaction.request.uri} {interaction.request.body!r:.1500}"
                            if interaction
                            else ""
                        )
                        response = interaction.response if interaction else None
                        answer = f"{response.status_code} {(response.content or b'')[:160]!r}" if response else ""
                        failures.append(f"{event.recorder.label}: {failure.title}: {request} -> {answer}")
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            errors.append(str(getattr(event, "info", None) or event.exception))
    return sent, sorted(set(failures)) + errors


def test_every_schemathesis_check_holds_on_the_live_api(api_schema):
    load_all_checks()
    enabled = api_schema.config.checks_config_for()
    assert all(getattr(enabled, name).enabled for name in CHECKS.get_all_names())
    sent, failures = run(api_schema)
    assert sent > 1000  # every operation was reached, in every phase
    assert not failures, "\n".join(failures)
