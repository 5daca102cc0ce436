"""Thin Celery tasks: they take ids, call one service and own retries."""

from celery import shared_task
from django.db import OperationalError

from .services import extracting


# A locked or restarting database is worth retrying; anything else is recorded by the service.
@shared_task(bind=True, acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def extract_document(self, document_id: int, run_id: int | None = None, force: bool = False):
    counts = extracting.extract_document(document_id, run_id, force=force)
    return None if counts is None else {"commitments_new": counts.commitments_new, "mentions_found": counts.mentions_found}
