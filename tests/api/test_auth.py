"""Who may do what: anonymous, read token, clerk token, revoked token and sessions × every endpoint and action."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from commitments.models import ApiToken, CommitmentEvent, Fulfilment
from commitments.services.tokens import find_active_token, hash_key, issue_token
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db

READS = [
    "/api/v1/commitments/",
    "/api/v1/commitments/{c}/",
    "/api/v1/commitments/calendar/",
    "/api/v1/commitments/export/",
    "/api/v1/documents/",
    "/api/v1/documents/{d}/",
    "/api/v1/ingest-runs/",
    "/api/v1/ministries/",
    "/api/v1/recesses/",
]
WRITES = {
    "set status": ("/api/v1/commitments/{c}/status/", {"status": "fulfilled", "reason": "brief ontvangen"}),
    "confirm": ("/api/v1/commitments/{c}/confirm/", {}),
    "reject": ("/api/v1/commitments/{c}/reject/", {"reason": "geen toezegging"}),
    "change deadline": ("/api/v1/commitments/{c}/deadline/", {"due_date": "2026-07-01", "reason": "uitgesteld"}),
    "add fulfilment": ("/api/v1/commitments/{c}/fulfilments/", {"document": "{d}", "extent": "partial"}),
    "accept fulfilment": ("/api/v1/commitments/{c}/fulfilments/{f}/accept/", {}),
    "upload": ("/api/v1/documents/", None),
}


@pytest.fixture
def world():
    document = make_document()
    commitment = make_commitment(document)
    fulfilment = Fulfilment.objects.create(commitment=commitment, document=make_document(), extent="full")
    return {"c": commitment.pk, "d": document.pk, "f": fulfilment.pk}


def session_client(user):
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def identity(request, anonymous_client, read_client, clerk_client, revoked_client, reader, clerk):
    return {
        "anonymous": anonymous_client,
        "read token": read_client,
        "clerk token": clerk_client,
        "revoked token": revoked_client,
        "reader session": session_client(reader),
        "clerk session": session_client(clerk),
    }[request.param]


def call_write(client, name, world):
    path, payload = WRITES[name]
    url = path.format(**world)
    if payload is None:
        upload = SimpleUploadedFile("brief.txt", b"Ik zal uw Kamer voor de zomer informeren.", "text/plain")
        return client.post(url, {"file": upload}, format="multipart")
    # "{d}" stands for the id itself: a JSON number, as the schema says.
    body = {key: world[value[1:-1]] if value in ("{c}", "{d}", "{f}") else value for key, value in payload.items()}
    return client.post(url, body, format="json")


READ_EXPECTED = {
    "anonymous": 401,
    "read token": 200,
    "clerk token": 200,
    "revoked token": 401,
    "reader session": 200,
    "clerk session": 200,
}
WRITE_EXPECTED = {
    "anonymous": 401,
    "read token": 403,
    "clerk token": "ok",
    "revoked token": 401,
    "reader session": 403,
    "clerk session": "ok",
}


@pytest.mark.parametrize("identity", list(READ_EXPECTED), indirect=True, ids=str)
@pytest.mark.parametrize("path", READS)
def test_reads_need_a_token_or_a_session(identity, path, world, request):
    name = request.node.callspec.params["identity"]
    assert identity.get(path.format(**world)).status_code == READ_EXPECTED[name]


@pytest.mark.parametrize("identity", list(WRITE_EXPECTED), indirect=True, ids=str)
@pytest.mark.parametrize("action", list(WRITES))
def test_writes_need_a_clerk_token_or_a_clerk_session(identity, action, world, request):
    name = request.node.callspec.params["identity"]
    status = call_write(identity, action, world).status_code
    expected = WRITE_EXPECTED[name]
    assert status in ((200, 202) if expected == "ok" else (expected,))


@pytest.mark.parametrize("path", READS)
def test_anonymous_reads_are_allowed_when_the_setting_says_so(anonymous_client, settings, path, world):
    settings.API_ANONYMOUS_READ = True
    assert anonymous_client.get(path.format(**world)).status_code == 200


@pytest.mark.parametrize("action", list(WRITES))
def test_anonymous_reads_never_open_writes(anonymous_client, settings, action, world):
    settings.API_ANONYMOUS_READ = True
    assert call_write(anonymous_client, action, world).status_code == 401


def test_a_401_tells_the_client_to_send_a_token(anonymous_client):
    assert anonymous_client.get("/api/v1/commitments/")["WWW-Authenticate"] == 'Token realm="api"'


def test_a_token_is_stored_only_as_its_hash(reader):
    token, key = issue_token(reader, "dashboard", issued_by=reader)
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == hash_key(key) and key not in (stored.key_hash, stored.prefix)
    assert find_active_token(key) == token
    assert find_active_token(key[:-1] + ("A" if key[-1] != "A" else "B")) is None


def test_a_token_of_a_deactivated_user_no_longer_works(read_client, reader):
    reader.is_active = False
    reader.save()
    assert read_client.get("/api/v1/commitments/").status_code == 401


@pytest.mark.parametrize("header", ["Token", "Token a b", "Bearer nope", "Token " + "x" * 300])
def test_a_malformed_or_unknown_token_is_a_401(anonymous_client, header):
    assert anonymous_client.get("/api/v1/commitments/", HTTP_AUTHORIZATION=header).status_code == 401


def test_the_calendar_accepts_the_token_in_its_url(read_client, world):
    response = APIClient().get(f"/api/v1/commitments/calendar/?token={read_client.key}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")


def test_only_the_calendar_accepts_a_token_in_the_url(read_client):
    assert APIClient().get(f"/api/v1/commitments/?token={read_client.key}").status_code == 401
    response = read_client.get(f"/api/v1/commitments/?token={read_client.key}")
    assert response.status_code == 400 and "token" in response.json()


@pytest.mark.parametrize(
    "token", ["%00", "abcdefgh%00ijk", "abcdefgh%0Aijk"], ids=["a NUL", "a NUL inside", "a newline"]
)
def test_a_calendar_token_with_a_control_character_is_a_401_not_a_500(token):
    assert APIClient().get(f"/api/v1/commitments/calendar/?token={token}").status_code == 401


def test_a_revoked_token_in_a_calendar_url_is_refused(revoked_client):
    assert APIClient().get(f"/api/v1/commitments/calendar/?token={revoked_client.key}").status_code == 401


def test_writes_with_a_clerk_token_are_recorded_as_the_tokens_user(clerk_client, clerk, world):
    call_write(clerk_client, "set status", world)
    event = CommitmentEvent.objects.get(commitment_id=world["c"], field="status")
    assert (event.user, event.source) == (clerk, "api")


def test_a_tokens_last_use_is_recorded_at_most_once_a_quarter_hour(read_client):
    import datetime as dt

    import time_machine
    from django.utils import timezone

    start = timezone.now()
    with time_machine.travel(start, tick=False):
        read_client.get("/api/v1/ministries/")
    with time_machine.travel(start + dt.timedelta(minutes=5), tick=False):
        read_client.get("/api/v1/ministries/")
    assert ApiToken.objects.get(pk=read_client.token.pk).last_used_at == start
    with time_machine.travel(start + dt.timedelta(minutes=16), tick=False):
        read_client.get("/api/v1/ministries/")
    assert ApiToken.objects.get(pk=read_client.token.pk).last_used_at == start + dt.timedelta(minutes=16)
