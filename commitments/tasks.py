"""Thin Celery tasks: they take ids, call one service and own retries.

The functions that queue a task live here too, beside the task they queue: services never
import this module (they are the layer below), so the callers above them (admin, API,
management commands) queue the work.
"""

import datetime as dt

from celery import shared_task
from django.db import OperationalError, transaction
from django.utils import timezone

from .models import Document, IngestRun
from .models.choices import RunStatus
from .services import extracting, stalled_extractions
from .services.reminders import planning, sending
from .services.sources import polling


# A locked or restarting database is worth retrying; anything else is recorded by the service.
@shared_task(bind=True, acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def extract_document(self, document_id: int, run_id: int | None = None, force: bool = False):
    counts = extracting.extract_document(document_id, run_id, force=force)
    return (
        None if counts is None else {"commitments_new": counts.commitments_new, "mentions_found": counts.mentions_found}
    )


def schedule_extraction(document: Document, force: bool = False, *, run: IngestRun | None = None) -> None:
    """The one way extraction is queued (ingest, the admin's re-extract, `manage.py reextract`).

    Queued after the caller's transaction commits, so a worker never looks for a row that is not
    written yet; with no transaction open it is queued at once. `force` extracts again a document
    the current extractor has already read; `run` is the ingest run the task finishes.
    """
    run_id = run.pk if run is not None else None
    transaction.on_commit(lambda: extract_document.delay(document.pk, run_id, force))


def extract_ingested(run: IngestRun) -> IngestRun:
    """After an ingest: queue extraction of the document it newly stored, and return the run as it
    then stands (finished already when tasks run eagerly and no transaction is open)."""
    if run.status == RunStatus.RUNNING:
        schedule_extraction(run.document, run=run)
        run.refresh_from_db()
    return run


# Every few minutes (CELERY_BEAT_SCHEDULE): extractions whose worker died are queued again.
@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def retry_stalled_extractions():
    runs = stalled_extractions.claim_stalled_runs()
    for run in runs:
        schedule_extraction(run.document, run=run)
    return len(runs)


# The daily reminder run (CELERY_BEAT_SCHEDULE in settings; routed to the email queue). Retrying
# is safe: planning is idempotent by the log's unique key and sending claims each digest.
@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_reminders(as_of: str | None = None):
    day = dt.date.fromisoformat(as_of) if as_of else timezone.localdate()
    return sending.run(day).as_dict()


# One at a time (beat's interval is far longer than a run) and never retried blindly: a
# failed run keeps its cursor and the next beat resumes from it.
@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def sync_sources(entity_sets: list[str] | None = None):
    return polling.poll(entity_sets, on_ingested=extract_ingested)


# Every few minutes (CELERY_BEAT_SCHEDULE): the outbox. Digests that failed for want of a server
# are sent once their backoff has passed, so an SMTP outage delays reminders and loses none.
# After a first run, each sweep also plans one batch of the promises it left for later.
@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_waiting_reminders():
    planning.continue_backfill(timezone.localdate())
    return sending.send_pending().as_dict()
