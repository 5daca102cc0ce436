"""On the production path, extraction runs in a separate Celery worker after the ingest commits."""

import pytest

from commitments.models import Document, IngestRun, Mention
from commitments.services.ingesting import ingest_path

from .conftest import wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker]


def test_a_real_worker_extracts_an_ingested_document(celery_worker_process, seed_paths):
    run = ingest_path(seed_paths[0])
    assert run.status == "running"  # queued, not run in this process
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running"), "worker never finished the run"
    run.refresh_from_db()
    assert run.status == "ingested", run.failure_message
    assert Document.objects.get().ingest_status == "done"
    assert Mention.objects.count() == run.mentions_found > 0
