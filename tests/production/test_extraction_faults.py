"""A real worker on PostgreSQL: an extraction past its limit is recorded, never left running."""

import pytest

from commitments.models import Document, IngestRun
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested
from tests.services.test_extraction_limits import promise_dense_text
from tests.workers import wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker]


def test_a_worker_records_ten_megabytes_of_promises_past_the_time_limit_as_failed(celery_workers):
    celery_workers(1, extra_env={"EXTRACTION_TIME_LIMIT_SECONDS": "2"})
    run = extract_ingested(ingest_bytes(promise_dense_text(9_900_000), source="dicht.txt", filename="dicht.txt"))
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running", timeout=180)
    run.refresh_from_db()
    assert (run.status, run.failure_code) == ("failed", "extraction_timeout")
    assert Document.objects.get().ingest_status == "failed"
