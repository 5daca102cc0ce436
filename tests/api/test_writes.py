"""Write actions call the services: history records who and why; invalid input is a 400 with field messages."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from commitments.models import Commitment, CommitmentEvent, Fulfilment, IngestRun
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db


def post(client, url, payload):
    return client.post(url, payload, format="json")


@pytest.fixture
def row():
    return make_commitment(make_document())


def test_set_status_records_who_and_why(clerk_client, clerk, row):
    response = post(
        clerk_client,
        f"/api/v1/commitments/{row.pk}/status/",
        {"status": "fulfilled", "reason": "brief van 3 maart", "fulfilled_on": "2025-03-03"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "fulfilled" and response.json()["fulfilled_on"] == "2025-03-03"
    event = CommitmentEvent.objects.get(commitment=row)
    assert (event.old_value, event.new_value, event.reason, event.user) == (
        "open",
        "fulfilled",
        "brief van 3 maart",
        clerk,
    )


def test_lapsing_without_a_reason_is_a_400_with_the_services_message(clerk_client, row):
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/status/", {"status": "lapsed"})
    assert response.status_code == 400
    assert "reason" in response.json()["non_field_errors"][0]


@pytest.mark.parametrize(
    ("action", "payload", "field"),
    [
        ("status", {"status": "klaar"}, "status"),
        ("status", {}, "status"),
        ("status", {"status": "fulfilled", "fulfilled_on": "gisteren"}, "fulfilled_on"),
        ("deadline", {"due_date": "2026-02-30", "reason": "uitstel"}, "due_date"),
        ("deadline", {"due_date": "2026-03-01"}, "reason"),
        ("fulfilments", {"document": 999999, "extent": "full"}, "document"),
        ("fulfilments", {"document": "{d}", "extent": "helemaal"}, "extent"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_invalid_input_is_a_400_with_a_message_per_field(clerk_client, row, action, payload, field):
    document = make_document()
    payload = {key: value.format(d=document.pk) if isinstance(value, str) else value for key, value in payload.items()}
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/{action}/", payload)
    assert response.status_code == 400 and field in response.json()


@pytest.mark.parametrize(("action", "state"), [("confirm", "confirmed"), ("reject", "rejected")])
def test_confirm_and_reject_set_the_review_state(clerk_client, clerk, row, action, state):
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/{action}/", {"reason": "gelezen"})
    assert response.json()["review_state"] == state
    assert CommitmentEvent.objects.get(commitment=row, field="review_state").user == clerk


def test_a_deadline_change_needs_a_reason_and_is_kept_in_history(clerk_client, row):
    url = f"/api/v1/commitments/{row.pk}/deadline/"
    assert post(clerk_client, url, {"due_date": "2026-07-01", "reason": " "}).status_code == 400
    response = post(
        clerk_client,
        url,
        {"due_date": "2026-07-01", "deadline_text": "voor de zomer van 2026", "reason": "minister vraagt uitstel"},
    )
    assert response.json()["due_date"] == "2026-07-01"
    assert response.json()["history"][-1]["reason"] == "minister vraagt uitstel"


def test_adding_a_fulfilment_proposes_it_and_moves_updated_at(clerk_client, row):
    before = Commitment.objects.get(pk=row.pk).updated_at
    answer = make_document(title="Beantwoording")
    response = post(
        clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/", {"document": answer.pk, "extent": "full"}
    )
    assert response.status_code == 200
    assert [(f["document"], f["state"]) for f in response.json()["fulfilments"]] == [(answer.pk, "proposed")]
    assert Commitment.objects.get(pk=row.pk).updated_at > before
    again = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/", {"document": answer.pk, "extent": "full"})
    assert again.status_code == 400


@pytest.mark.parametrize(
    ("extent", "status"), [("full", "fulfilled"), ("partial", "partly_fulfilled"), ("progress", "open")]
)
def test_accepting_a_fulfilment_sets_the_status_its_extent_implies(clerk_client, clerk, row, extent, status):
    answer = make_document(date=dt.date(2025, 4, 1))
    fulfilment = Fulfilment.objects.create(commitment=row, document=answer, extent=extent)
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/{fulfilment.pk}/accept/", {})
    assert response.status_code == 200 and response.json()["status"] == status
    fulfilment.refresh_from_db()
    assert (fulfilment.state, fulfilment.decided_by) == ("confirmed", clerk)
    assert CommitmentEvent.objects.filter(commitment=row, field="fulfilment", user=clerk).exists()


def test_accepting_another_commitments_fulfilment_is_a_400(clerk_client, row):
    other = make_commitment(None)
    fulfilment = Fulfilment.objects.create(commitment=other, document=make_document(), extent="full")
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/{fulfilment.pk}/accept/", {})
    assert response.status_code == 400 and "fulfilment_id" in response.json()


def test_a_merged_commitment_refuses_writes(clerk_client, row):
    merged = make_commitment(None, merged_into=row)
    assert post(clerk_client, f"/api/v1/commitments/{merged.pk}/confirm/", {}).status_code == 400


def test_an_upload_is_accepted_with_the_ingest_runs_url(clerk_client, clerk):
    upload = SimpleUploadedFile("brief.txt", b"Ik zal uw Kamer voor de zomer informeren.", "text/plain")
    response = clerk_client.post("/api/v1/documents/", {"file": upload}, format="multipart")
    assert response.status_code == 202
    run = IngestRun.objects.get()
    assert response["Location"] == f"http://testserver/api/v1/ingest-runs/{run.pk}/" == response.json()["url"]
    assert run.created_by == clerk


@pytest.mark.parametrize("payload", [{}, {"url": "niet een url"}], ids=["neither", "bad url"])
def test_an_upload_without_a_file_or_a_valid_url_is_a_400(clerk_client, payload):
    assert clerk_client.post("/api/v1/documents/", payload, format="json").status_code == 400


def test_an_oversized_upload_is_a_recorded_failed_run(clerk_client, settings):
    settings.INGEST_MAX_BYTES = 10
    upload = SimpleUploadedFile("groot.txt", b"x" * 11, "text/plain")
    response = clerk_client.post("/api/v1/documents/", {"file": upload}, format="multipart")
    assert response.status_code == 202 and response.json()["failure_code"] == "too_large"
