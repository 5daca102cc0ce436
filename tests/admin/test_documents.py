"""Documents in the admin: upload for ingestion, status and failures, re-extraction, what was found."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from commitments.models import Commitment, Document, IngestRun
from tests.locations import SEEDS

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/commitments/document/upload/"


def seed_upload(name):
    return SimpleUploadedFile(name, (SEEDS / name).read_bytes(), content_type="text/plain")


def test_uploading_a_seed_ingests_it_and_shows_the_commitments_found(clerk_client, clerk, on_commit_runs):
    response = on_commit_runs(clerk_client.post, UPLOAD, {"files": [seed_upload("003_dcb3eaf674cd86d8.txt")]})
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/document/{document.pk}/change/")
    assert IngestRun.objects.get().created_by == clerk
    page = clerk_client.get(response["Location"]).content.decode()
    for commitment in Commitment.objects.filter(mentions__document=document).distinct():
        assert f"/admin/commitments/commitment/{commitment.pk}/change/" in page


def test_several_files_are_ingested_in_one_upload(clerk_client, on_commit_runs):
    files = [seed_upload("003_dcb3eaf674cd86d8.txt"), seed_upload("000_edbfe19a925e505f.txt")]
    response = on_commit_runs(clerk_client.post, UPLOAD, {"files": files})
    assert response["Location"].endswith("/admin/commitments/document/")
    assert Document.objects.count() == 2


def test_an_unreadable_file_is_reported_with_its_failure_message(clerk_client):
    bad = SimpleUploadedFile("kapot.pdf", b"%PDF-1.7 this is not really a pdf", content_type="application/pdf")
    response = clerk_client.post(UPLOAD, {"files": [bad]}, follow=True)
    run = IngestRun.objects.get()
    assert run.status == "failed"
    assert run.failure_message in [str(m) for m in response.context["messages"]][0]


def test_an_upload_without_files_or_url_asks_for_one(clerk_client):
    response = clerk_client.post(UPLOAD, {})
    assert response.status_code == 200 and response.context["form"].errors


def test_the_add_button_leads_to_the_upload_page(clerk_client):
    assert clerk_client.get("/admin/commitments/document/add/")["Location"].endswith(UPLOAD)


def test_reextracting_queues_a_forced_extraction(
    clerk_client, make_document, monkeypatch, django_capture_on_commit_callbacks
):
    document = make_document("Ik stuur u voor de zomer de brief.")
    queued = []
    monkeypatch.setattr("commitments.tasks.extract_document.delay", lambda *args: queued.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        clerk_client.post(f"/admin/commitments/document/{document.pk}/reextract/")
    assert queued == [(document.pk, None, True)]


def test_a_failed_document_shows_its_failure_message(clerk_client, make_document):
    document = make_document(
        ingest_status="failed", failure_code="extraction_failed", failure_message="De extractie is mislukt."
    )
    assert (
        "De extractie is mislukt."
        in clerk_client.get(f"/admin/commitments/document/{document.pk}/change/").content.decode()
    )
    assert "De extractie is mislukt." in clerk_client.get("/admin/commitments/document/").content.decode()


def test_a_reader_may_neither_upload_nor_reextract(reader_client, make_document):
    document = make_document("tekst")
    assert reader_client.get(UPLOAD).status_code == 403
    assert reader_client.post(f"/admin/commitments/document/{document.pk}/reextract/").status_code == 403


def test_a_url_is_handed_to_url_ingestion_with_the_clerk(clerk_client, clerk, monkeypatch):
    from commitments.services import ingesting

    asked = []

    def fake_ingest_url(url, *, user=None):
        asked.append((url, user))
        return ingesting.record_failure(
            url, ingesting.Failure("unreachable", "Kan de server niet bereiken."), user=user
        )

    monkeypatch.setattr(ingesting, "ingest_url", fake_ingest_url)
    response = clerk_client.post(
        UPLOAD, {"url": "https://zoek.officielebekendmakingen.nl/kst-36045-264.html"}, follow=True
    )
    assert asked == [("https://zoek.officielebekendmakingen.nl/kst-36045-264.html", clerk)]
    assert "Kan de server niet bereiken." in response.content.decode()


def test_the_document_list_makes_as_many_queries_for_many_documents_as_for_one(
    clerk_client, make_commitment, make_document
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert clerk_client.get("/admin/commitments/document/").status_code == 200
        return len(queries)

    make_commitment("Ik stuur u de brief.")
    few = count_queries()
    for i in range(20):
        make_commitment(f"Ik stuur u brief {i}.")
    assert count_queries() == few


@pytest.mark.parametrize(
    "name, data",
    [
        pytest.param("brief.txt", (SEEDS / "003_dcb3eaf674cd86d8.txt").read_bytes(), id="ingested"),
        pytest.param("kapot.pdf", b"%PDF-1.7 this is not really a pdf", id="failed"),
    ],
)
def test_an_upload_message_keeps_the_file_name_as_it_is_spelled(clerk_client, on_commit_runs, name, data):
    upload = SimpleUploadedFile(name, data, content_type="text/plain")
    response = on_commit_runs(clerk_client.post, UPLOAD, {"files": [upload]}, follow=True)
    page = response.content.decode()
    assert f">{name}: " in page
    assert name.capitalize() not in page
