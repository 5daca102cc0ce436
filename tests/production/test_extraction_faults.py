"""A real worker on PostgreSQL: an extraction past its limit is recorded, one whose worker died is retried."""

import datetime as dt
import os
import subprocess
import sys

import pytest
from django.utils import timezone

from commitments.models import Document, IngestRun
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested
from tests.locations import ROOT
from tests.services.test_extraction_limits import promise_dense_text
from tests.services.test_stalled_extractions import left_by_a_dead_worker
from tests.workers import _database_url, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker]


def test_a_worker_records_ten_megabytes_of_promises_past_the_time_limit_as_failed(celery_workers):
    celery_workers(1, extra_env={"EXTRACTION_TIME_LIMIT_SECONDS": "2"})
    run = extract_ingested(ingest_bytes(promise_dense_text(9_900_000), source="dicht.txt", filename="dicht.txt"))
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running", timeout=180)
    run.refresh_from_db()
    assert (run.status, run.failure_code) == ("failed", "extraction_timeout")
    assert Document.objects.get().ingest_status == "failed"


@pytest.fixture
def beat(tmp_path, celery_workers):
    """A real beat process on the test broker, sweeping for stalled extractions every second."""
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": os.environ["TEST_CELERY_BROKER_URL"],
        "TRACKER_VAR_DIR": str(tmp_path),
        "EXTRACTION_SWEEP_SECONDS": "1",
    }
    log = tmp_path / "beat.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "beat", "-s", str(tmp_path / "beat-schedule"), "-l", "info"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    yield log
    process.terminate()
    process.wait(timeout=20)


def test_an_extraction_killed_with_its_worker_is_retried_by_beat_after_its_lease(celery_workers, beat, seed_paths):
    run = left_by_a_dead_worker(seed_paths[0], minutes_ago=60)  # past the default lease of 15 minutes
    celery_workers(1)
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running", timeout=120), beat.read_text()
    run.refresh_from_db()
    assert (run.status, run.extraction_attempts) == ("ingested", 2)
    assert run.mentions_found > 0 and Document.objects.get().ingest_status == "done"
    assert run.attempted_at > timezone.now() - dt.timedelta(minutes=5)
