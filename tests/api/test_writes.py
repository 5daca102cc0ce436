"""Write actions call the services: history records who and why; invalid input is a 400 with field messages,
an id that names nothing a 404, and a change the commitment's state refuses a 409."""

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


@pytest.mark.parametrize(
    "payload", [{"status": "lapsed"}, {"status": "lapsed", "reason": " \u3000"}], ids=["none", "blank"]
)
def test_lapsing_without_a_reason_is_a_400_on_the_reason(clerk_client, row, payload):
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/status/", payload)
    assert response.status_code == 400
    assert response.json()["reason"]


@pytest.mark.parametrize(
    ("action", "payload", "field"),
    [
        ("status", {"status": "klaar"}, "status"),
        ("status", {}, "status"),
        ("status", {"status": "fulfilled", "fulfilled_on": "gisteren"}, "fulfilled_on"),
        ("deadline", {"due_date": "2026-02-30", "reason": "uitstel"}, "due_date"),
        ("deadline", {"due_date": "2026-03-01"}, "reason"),
        ("fulfilments", {"document": "{d}", "extent": "full"}, "document"),
        ("fulfilments", {"document": 0, "extent": "full"}, "document"),
        ("fulfilments", {"document": 2**63, "extent": "full"}, "document"),
        ("fulfilments", {"document": True, "extent": "full"}, "document"),
        ("fulfilments", {"document": 1, "extent": "helemaal"}, "extent"),
        ("confirm", {"reason": 5}, "reason"),
        ("confirm", {"reason": "a\x00b"}, "reason"),
        ("deadline", {"due_date": "20260301", "reason": "uitstel"}, "due_date"),
        ("deadline", {"due_date": "01-03-2026", "reason": "uitstel"}, "due_date"),
        ("confirm", ["reason"], "non_field_errors"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_invalid_input_is_a_400_with_a_message_per_field(clerk_client, row, action, payload, field):
    document = make_document()
    if isinstance(payload, dict):  # "{d}": the document's id as a string, which is no JSON number
        payload = {key: value.format(d=document.pk) if value == "{d}" else value for key, value in payload.items()}
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


def test_adding_a_fulfilment_of_a_document_that_does_not_exist_is_a_404(clerk_client, row):
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/", {"document": 999999, "extent": "full"})
    assert response.status_code == 404
    assert "999999" in response.json()["detail"]
    assert not Fulfilment.objects.exists()


def test_adding_the_same_fulfilment_again_is_a_409(clerk_client, row):
    answer = make_document(title="Beantwoording")
    url = f"/api/v1/commitments/{row.pk}/fulfilments/"
    assert post(clerk_client, url, {"document": answer.pk, "extent": "full"}).status_code == 200
    again = post(clerk_client, url, {"document": answer.pk, "extent": "partial"})
    assert again.status_code == 409
    assert "already linked" in again.json()["detail"]


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


def test_accepting_another_commitments_fulfilment_is_a_404(clerk_client, row):
    other = make_commitment(None)
    fulfilment = Fulfilment.objects.create(commitment=other, document=make_document(), extent="full")
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/{fulfilment.pk}/accept/", {})
    assert response.status_code == 404 and "detail" in response.json()
    fulfilment.refresh_from_db()
    assert fulfilment.state == "proposed"


def test_accepting_a_fulfilment_a_clerk_rejected_is_a_409(clerk_client, row):
    fulfilment = Fulfilment.objects.create(commitment=row, document=make_document(), extent="full", state="rejected")
    response = post(clerk_client, f"/api/v1/commitments/{row.pk}/fulfilments/{fulfilment.pk}/accept/", {})
    assert response.status_code == 409 and "detail" in response.json()


def test_a_merged_commitment_refuses_writes_with_a_409(clerk_client, row):
    merged = make_commitment(None, merged_into=row)
    response = post(clerk_client, f"/api/v1/commitments/{merged.pk}/confirm/", {})
    assert response.status_code == 409
    assert str(row.pk) in response.json()["detail"]


@pytest.mark.parametrize("form", ["multipart", None])
def test_a_write_takes_json_only(clerk_client, row, form):
    # A form cannot tell null from "null" or 5 from "5"; the schema's types hold in JSON.
    response = clerk_client.post(f"/api/v1/commitments/{row.pk}/confirm/", {"reason": "gelezen"}, format=form)
    assert response.status_code == 415
    assert Commitment.objects.get(pk=row.pk).review_state != "confirmed"


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
