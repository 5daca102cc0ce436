"""An extraction left behind by a dead worker (document pending, run running) is found and done."""

import datetime as dt

import pytest
from django.utils import timezone

from commitments.models import Document, IngestRun
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested, retry_stalled_extractions

pytestmark = pytest.mark.django_db


def left_by_a_dead_worker(seed_path, *, minutes_ago=60, attempts=1) -> IngestRun:
    """What a worker killed mid-extraction leaves: the document stored and pending, its run running."""
    run = ingest_bytes(seed_path.read_bytes(), source=seed_path.name, filename=seed_path.name)  # not queued
    long_ago = timezone.now() - dt.timedelta(minutes=minutes_ago)
    IngestRun.objects.filter(pk=run.pk).update(started_at=long_ago, attempted_at=long_ago, extraction_attempts=attempts)
    return run


def test_a_run_past_its_lease_is_extracted_by_the_sweep(seed_paths, on_commit_runs):
    run = left_by_a_dead_worker(seed_paths[0])
    assert on_commit_runs(retry_stalled_extractions) == 1
    run.refresh_from_db()
    assert (run.status, run.extraction_attempts) == ("ingested", 2)
    assert run.mentions_found > 0 and Document.objects.get().ingest_status == "done"


def test_a_run_within_its_lease_is_left_to_its_worker(seed_paths, on_commit_runs, settings):
    settings.EXTRACTION_LEASE_SECONDS = 3600
    run = left_by_a_dead_worker(seed_paths[0], minutes_ago=30)
    assert on_commit_runs(retry_stalled_extractions) == 0
    assert IngestRun.objects.get(pk=run.pk).status == "running"


def test_a_run_that_workers_never_finish_is_failed_after_the_attempt_limit(seed_paths, on_commit_runs, settings):
    settings.EXTRACTION_MAX_ATTEMPTS = 3
    run = left_by_a_dead_worker(seed_paths[0], attempts=3)
    assert on_commit_runs(retry_stalled_extractions) == 0
    run.refresh_from_db()
    document = Document.objects.get()
    assert (run.status, run.failure_code) == ("failed", "extraction_abandoned")
    assert (document.ingest_status, document.failure_code) == ("failed", "extraction_abandoned")
    assert "3 keer begonnen" in run.failure_message


def test_ingesting_the_bytes_of_a_stalled_document_again_extracts_it(seed_paths, on_commit_runs):
    stalled = left_by_a_dead_worker(seed_paths[0], minutes_ago=60)
    data = seed_paths[0].read_bytes()
    again = on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="opnieuw", filename=seed_paths[0].name)))
    again.refresh_from_db()
    assert again.status == "ingested" and again.document_id == stalled.document_id
    assert Document.objects.get().ingest_status == "done"


def test_ingesting_the_bytes_of_an_extracted_document_again_is_unchanged(seed_paths, on_commit_runs):
    data = seed_paths[0].read_bytes()
    on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="eerst", filename="a.txt")))
    again = on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="opnieuw", filename="a.txt")))
    assert again.status == "unchanged"


def test_ingesting_the_bytes_of_a_document_a_worker_is_extracting_is_unchanged(seed_paths, on_commit_runs):
    left_by_a_dead_worker(seed_paths[0], minutes_ago=1)  # within its lease: a live worker may hold it
    data = seed_paths[0].read_bytes()
    again = on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="opnieuw", filename="a.txt")))
    assert again.status == "unchanged"
