"""Following new publications: the promise-carrying kinds are fetched and ingested once per
content, dated and typed from the feed's metadata."""

import datetime as dt
from urllib.parse import unquote

import pytest

from commitments.models import Document, FeedDocument, IngestRun, Mention
from tests.locations import CORPUS

from .shapes import DOCX, PDF, document, docx_letter, guid

pytestmark = pytest.mark.django_db
ANSWERS_PDF = (CORPUS / "sources" / "005.pdf").read_bytes()  # real answers to written questions, one promise
LETTER = docx_letter(
    "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van netcongestie.",
    "Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van het onderzoek.",
)


def publish(tk):
    tk.add(
        "Document",
        document(
            "antwoorden",
            soort="Antwoord schriftelijke vragen",
            content_type=PDF,
            Datum="2024-04-05T00:00:00",
            DocumentNummer="2024D14000",
            changed="2025-04-11T08:00:00Z",
        ),
        document(
            "brief",
            soort="Brief regering",
            content_type=DOCX,
            Datum="2025-03-14T00:00:00",
            DocumentNummer="2025D11111",
            changed="2025-04-11T08:00:01Z",
        ),
        document("motie", soort="Motie", content_type=PDF, changed="2025-04-11T08:00:02Z"),
    )
    tk.resources[guid("document-antwoorden")] = (PDF, ANSWERS_PDF)
    tk.resources[guid("document-brief")] = (DOCX, LETTER)
    tk.resources[guid("document-motie")] = (PDF, ANSWERS_PDF + b"\n% another file")


def test_a_pdf_and_a_docx_of_promise_kinds_are_ingested_and_extracted(run_sync, tk):
    publish(tk)
    run = run_sync("Document")
    assert (run.status, run.fetched, run.changed, run.failed) == ("finished", 2, 2, 0)
    letter = FeedDocument.objects.get(number="2025D11111").document
    answers = FeedDocument.objects.get(number="2024D14000").document
    assert (letter.kind, letter.content_type, letter.ingest_status) == ("kamerbrief", DOCX, "done")
    assert (answers.kind, answers.ingest_status) == ("antwoorden", "done")
    assert Mention.objects.filter(document=letter).exists()
    assert letter.source_url.endswith(f"Document({guid('document-brief')})/resource")


def test_kinds_that_carry_no_promises_are_not_even_fetched(run_sync, tk):
    publish(tk)
    run_sync("Document")
    assert not any("motie" in r or guid("document-motie") in r for r in tk.requests)
    assert "Soort eq 'Brief regering' or Soort eq 'Antwoord schriftelijke vragen'" in unquote(
        tk.page_requests("Document")[0]
    )


def test_a_document_is_dated_from_the_feed_when_its_text_gives_no_date(run_sync, tk):
    publish(tk)
    run_sync("Document")
    assert FeedDocument.objects.get(number="2025D11111").document.date == dt.date(2025, 3, 14)


def test_the_same_file_under_two_feed_entries_is_stored_once(run_sync, tk):
    publish(tk)
    tk.add("Document", document("kopie", soort="Brief regering", content_type=DOCX, changed="2025-04-11T09:00:00Z"))
    tk.resources[guid("document-kopie")] = (DOCX, LETTER)
    run_sync("Document")
    assert Document.objects.count() == 2
    assert FeedDocument.objects.filter(document__isnull=False).count() == 3
    assert IngestRun.objects.filter(status="unchanged").count() == 1


def test_a_second_run_fetches_no_file_again(run_sync, tk):
    publish(tk)
    run_sync("Document")
    fetched = [r for r in tk.requests if r.endswith("/resource")]
    again = run_sync("Document")
    assert again.changed == 0
    assert [r for r in tk.requests if r.endswith("/resource")] == fetched


def test_a_file_that_cannot_be_had_is_a_counted_failure_kept_on_the_feed_entry(run_sync, tk):
    tk.add("Document", document("weg", soort="Brief regering"))
    run = run_sync("Document")  # no resource: the server answers 404
    assert (run.status, run.failed) == ("finished", 1)
    entry = FeedDocument.objects.get()
    assert entry.failure_code == "http_404" and entry.document is None
    assert "404" in run.last_error


def test_a_file_that_fails_to_read_is_a_counted_failure(run_sync, tk):
    tk.add("Document", document("kapot", soort="Brief regering"))
    tk.resources[guid("document-kapot")] = (PDF, b"%PDF-1.4 dit is geen pdf")
    run = run_sync("Document")
    assert run.failed == 1
    assert FeedDocument.objects.get().failure_code == "malformed"
    assert not Document.objects.exists()


def test_a_deleted_publication_is_flagged_and_its_document_kept(run_sync, tk):
    publish(tk)
    run_sync("Document")
    tk.replace("Document", document("brief", soort="Brief regering", Verwijderd="True", changed="2025-05-01T00:00:00Z"))
    run_sync("Document")
    entry = FeedDocument.objects.get(registry_id=guid("document-brief"))
    assert entry.deleted and entry.document is not None
    assert Document.objects.count() == 2
