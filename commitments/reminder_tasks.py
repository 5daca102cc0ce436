"""The reminder sweep as a Celery task, run daily by beat (CELERY_BEAT_SCHEDULE in settings)."""

import datetime as dt

from celery import shared_task
from django.db import OperationalError
from django.utils import timezone

from .services import reminder_sending


# Named after the route settings already give it (the email queue). Retrying is safe:
# planning is idempotent by the log's unique key and sending claims each digest.
@shared_task(name="commitments.tasks.send_reminders", acks_late=True, autoretry_for=(OperationalError,),
             retry_backoff=True, max_retries=5)
def send_reminders(as_of: str | None = None):
    day = dt.date.fromisoformat(as_of) if as_of else timezone.localdate()
    return reminder_sending.run(day).as_dict()
