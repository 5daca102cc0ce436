"""Extraction runs under a time limit and a memory limit; hitting either is a recorded failure."""

import pytest

from commitments.models import Document, IngestRun
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested

pytestmark = pytest.mark.django_db

PROMISE = "Ik zal uw Kamer voor de zomer informeren over de voortgang van dossier {n}. "


def promise_dense_text(size: int) -> bytes:
    """A text in which every sentence is a promise (each a little different), about `size` bytes."""
    parts, total, n = [], 0, 0
    while total < size:
        sentence = PROMISE.format(n=n)
        parts.append(sentence)
        total += len(sentence)
        n += 1
    return "".join(parts).encode()


@pytest.fixture(scope="module")
def ten_megabytes():
    return promise_dense_text(9_900_000)  # under INGEST_MAX_CHARS


def ingest_and_extract(on_commit_runs, data: bytes) -> IngestRun:
    run = on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="dicht.txt", filename="dicht.txt")))
    run.refresh_from_db()
    return run


def test_ten_megabytes_of_promises_past_the_time_limit_is_a_recorded_failure(on_commit_runs, settings, ten_megabytes):
    settings.EXTRACTION_TIME_LIMIT_SECONDS = 1
    run = ingest_and_extract(on_commit_runs, ten_megabytes)
    document = Document.objects.get()
    assert (run.status, run.failure_code) == ("failed", "extraction_timeout")
    assert (document.ingest_status, document.failure_code) == ("failed", "extraction_timeout")
    assert "langer dan 1 seconden" in document.failure_message == run.failure_message


def test_an_extraction_past_the_memory_limit_is_a_recorded_failure(on_commit_runs, settings, ten_megabytes):
    # Reading ten megabytes of text allocates more than this at its first copy, however busy the machine.
    settings.EXTRACTION_MEMORY_LIMIT_MB = 2
    run = ingest_and_extract(on_commit_runs, ten_megabytes)
    document = Document.objects.get()
    assert (run.status, run.failure_code) == ("failed", "extraction_memory")
    assert (document.ingest_status, document.failure_code) == ("failed", "extraction_memory")
    assert "meer dan 2 MB geheugen" in document.failure_message


def test_within_the_limits_the_document_is_extracted_as_before(on_commit_runs, seed_paths):
    run = ingest_and_extract(on_commit_runs, seed_paths[0].read_bytes())
    assert (run.status, run.failure_code) == ("ingested", "")
    assert run.mentions_found > 0 and Document.objects.get().ingest_status == "done"
