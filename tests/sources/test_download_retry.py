"""A feed document's file that could not be downloaded is tried again on a later sync, after a
doubling wait, until the attempts run out; a file that cannot be read is not fetched again."""

import datetime as dt

import pytest
import time_machine

from commitments.models import FeedDocument
from tests.locations import CORPUS

from .shapes import PDF, document, guid

pytestmark = pytest.mark.django_db
ANSWERS_PDF = (CORPUS / "sources" / "005.pdf").read_bytes()
START = dt.datetime(2025, 4, 12, 9, 0, tzinfo=dt.timezone.utc)
FILE = f"Document({guid('document-antwoorden')})/resource"


@pytest.fixture
def retrying(settings, tk):
    settings.SOURCES_DOWNLOAD_RETRY_SECONDS = 60
    settings.SOURCES_DOWNLOAD_RETRY_MAX_SECONDS = 200
    settings.SOURCES_DOWNLOAD_MAX_ATTEMPTS = 4
    tk.add("Document", document("antwoorden", soort="Antwoord schriftelijke vragen", DocumentNummer="2024D14000"))
    tk.resources[guid("document-antwoorden")] = (PDF, ANSWERS_PDF)
    # A later row that downloads: the cursor passes the failed one, so only the retry brings it back.
    tk.add("Document", document("later", changed="2025-04-11T09:00:00Z"))
    tk.resources[guid("document-later")] = (PDF, ANSWERS_PDF + b"\n% a later file")
    return tk


def downloads(tk) -> int:
    return sum(request.endswith(FILE) for request in tk.requests)


def server_error_for_every_try_of_one_run(tk, settings):
    # The client retries a 500 itself (SOURCES_RETRIES); the run fails the download when all fail.
    tk.fail("500", when=FILE, times=settings.SOURCES_RETRIES + 1)


def test_a_file_the_server_answered_500_for_is_downloaded_on_a_later_run(run_sync, retrying, settings):
    server_error_for_every_try_of_one_run(retrying, settings)
    with time_machine.travel(START, tick=False):
        first = run_sync("Document")
    entry = FeedDocument.objects.get(number="2024D14000")
    assert (first.failed, entry.failure_code, entry.download_attempts) == (1, "http_500", 1)
    assert first.status == "finished" and FeedDocument.objects.exclude(number="2024D14000").get().document is not None
    with time_machine.travel(START + dt.timedelta(seconds=61), tick=False):
        second = run_sync("Document")
    entry.refresh_from_db()
    assert (second.retried, second.failed) == (1, 0)
    assert entry.failure_code == "" and entry.next_attempt_at is None
    assert entry.document is not None and entry.document.ingest_status == "done"
    assert entry.document.date == dt.date(2025, 4, 11)  # dated from the feed's metadata kept on the entry


def test_a_failed_download_waits_before_it_is_tried_again(run_sync, retrying, settings):
    server_error_for_every_try_of_one_run(retrying, settings)
    with time_machine.travel(START, tick=False):
        run_sync("Document")
        tried = downloads(retrying)
    with time_machine.travel(START + dt.timedelta(seconds=59), tick=False):
        again = run_sync("Document")
    assert downloads(retrying) == tried and again.retried == 0
    assert FeedDocument.objects.get(number="2024D14000").failure_code == "http_500"


def test_the_wait_doubles_up_to_the_longest_and_the_attempts_run_out(run_sync, retrying, settings):
    moment, waits = START, []
    for _ in range(settings.SOURCES_DOWNLOAD_MAX_ATTEMPTS):
        server_error_for_every_try_of_one_run(retrying, settings)
        with time_machine.travel(moment, tick=False):
            run_sync("Document")
        entry = FeedDocument.objects.get(number="2024D14000")
        if entry.next_attempt_at is None:
            break
        waits.append((entry.next_attempt_at - moment).total_seconds())
        moment = entry.next_attempt_at
    assert waits == [60, 120, 200]
    assert (entry.download_attempts, entry.next_attempt_at) == (4, None)
    tried = downloads(retrying)
    with time_machine.travel(moment + dt.timedelta(days=30), tick=False):
        run_sync("Document")
    assert downloads(retrying) == tried  # given up: no further attempt, the failure kept


def test_a_new_version_of_the_row_gets_every_attempt_again(run_sync, retrying, settings):
    settings.SOURCES_DOWNLOAD_MAX_ATTEMPTS = 1
    server_error_for_every_try_of_one_run(retrying, settings)
    with time_machine.travel(START, tick=False):
        run_sync("Document")
    assert FeedDocument.objects.get(number="2024D14000").next_attempt_at is None
    retrying.replace(
        "Document",
        document(
            "antwoorden",
            soort="Antwoord schriftelijke vragen",
            DocumentNummer="2024D14000",
            changed="2025-04-13T08:00:00Z",
        ),
    )
    with time_machine.travel(START + dt.timedelta(days=1), tick=False):
        run_sync("Document")
    entry = FeedDocument.objects.get(number="2024D14000")
    assert entry.document is not None and (entry.failure_code, entry.download_attempts) == ("", 0)


def test_a_file_that_downloaded_but_cannot_be_read_is_not_fetched_again(run_sync, retrying):
    retrying.resources[guid("document-antwoorden")] = (PDF, b"%PDF-1.4 dit is geen pdf")
    with time_machine.travel(START, tick=False):
        run_sync("Document")
    tried = downloads(retrying)
    with time_machine.travel(START + dt.timedelta(days=1), tick=False):
        run_sync("Document")
    entry = FeedDocument.objects.get(number="2024D14000")
    assert downloads(retrying) == tried
    assert (entry.failure_code, entry.download_attempts, entry.next_attempt_at) == ("malformed", 0, None)
