"""On the production path, extraction runs in a separate Celery worker after the ingest commits."""

import time

import pytest

from commitments.models import Commitment, Document, IngestRun, Mention
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested
from tests.workers import wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker]


def test_a_real_worker_extracts_an_ingested_document(celery_worker_process, seed_paths):
    run = extract_ingested(ingest_path(seed_paths[0]))
    assert run.status == "running"  # queued, not run in this process
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running"), "worker never finished the run"
    run.refresh_from_db()
    assert run.status == "ingested", run.failure_message
    assert Document.objects.get().ingest_status == "done"
    assert Mention.objects.count() == run.mentions_found > 0


def test_two_workers_given_the_same_document_at_once_create_no_duplicates(celery_workers, seed_paths):
    from commitments.extraction import extract
    from commitments.tasks import extract_document

    expected_mentions = len(extract(seed_paths[0].read_text(encoding="utf-8")).commitments)
    celery_workers(2)
    run = extract_ingested(ingest_path(seed_paths[0]))
    extract_document.delay(run.document_id, None, True)  # the same document, at the same time, to the other worker
    extract_document.delay(run.document_id, None, True)
    assert wait_for(lambda: IngestRun.objects.get(pk=run.pk).status != "running")
    time.sleep(3)  # let the duplicate deliveries finish too
    assert Mention.objects.count() == expected_mentions
    assert Document.objects.count() == 1
    assert Commitment.objects.count() == len({m.commitment_id for m in Mention.objects.all()})


def test_two_uploads_of_the_same_bytes_at_once_store_one_document(celery_workers, seed_paths):
    import threading

    from django.db import connection

    from commitments.services.ingesting import ingest_bytes

    celery_workers(1)
    data = seed_paths[1].read_bytes()
    barrier = threading.Barrier(2)

    def upload(n):
        barrier.wait()  # both check "already stored?" before either inserts
        try:
            extract_ingested(ingest_bytes(data, source=f"upload-{n}", filename="brief.txt"))
        finally:
            connection.close()

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wait_for(lambda: not IngestRun.objects.filter(status="running").exists())
    assert Document.objects.count() == 1
    # The second finds the bytes stored: "unchanged" if the first was extracted by then, else it
    # queues the pending document once more, which the worker finds already extracted.
    statuses = sorted(IngestRun.objects.values_list("status", flat=True))
    assert statuses in (["ingested", "unchanged"], ["ingested", "ingested"])
    assert Mention.objects.count() == sum(IngestRun.objects.values_list("mentions_found", flat=True))
