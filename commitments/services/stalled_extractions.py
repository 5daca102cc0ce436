"""Find extractions a dead worker left behind, and queue them again (or give them up).

A run stays `running` (and its document `pending`) from ingest until a worker finishes it. A
worker that is killed (OOM, a deploy, kill -9) finishes nothing, and acks_late only helps while
the broker still holds the message. So every run carries a lease: EXTRACTION_LEASE_SECONDS from
the moment it was queued or a worker last started on it. The periodic task
`commitments.tasks.retry_stalled_extractions` asks this module for runs past their lease and
queues each again; a run that workers started EXTRACTION_MAX_ATTEMPTS times without finishing
is recorded as failed, so a document that kills every worker does not kill them forever.

The lease must outlast a live extraction: EXTRACTION_TIME_LIMIT_SECONDS bounds the engine, so
the default lease is three times that. A run re-queued while a slow worker still holds it costs
one duplicate delivery, which extraction already tolerates (a row lock, then "already read").
"""

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from ..models import IngestRun
from ..models.choices import IngestStatus, RunStatus
from .extracting import mark_document_failed

# One sweep re-queues at most this many; the next sweep takes the rest.
BATCH = 500


def held(now: dt.datetime | None = None) -> Q:
    """Runs whose lease still holds: queued or started less than EXTRACTION_LEASE_SECONDS ago."""
    expired = (now or timezone.now()) - dt.timedelta(seconds=settings.EXTRACTION_LEASE_SECONDS)
    return Q(attempted_at__gte=expired) | Q(attempted_at__isnull=True, started_at__gte=expired)


def claim_stalled_runs(now: dt.datetime | None = None) -> list[IngestRun]:
    """Runs past their lease, each claimed (its lease renewed) by exactly one caller; those past
    the attempt limit are failed here instead and not returned."""
    now = now or timezone.now()
    expired = now - dt.timedelta(seconds=settings.EXTRACTION_LEASE_SECONDS)
    stalled = (
        IngestRun.objects.filter(status=RunStatus.RUNNING, document__isnull=False)
        .filter(Q(attempted_at__lt=expired) | Q(attempted_at__isnull=True, started_at__lt=expired))
        .select_related("document")
        .order_by("started_at")[:BATCH]
    )
    claimed = []
    for run in stalled:
        # Conditional on the stamp we read: of two beats (or sweeps) at once, one wins each run.
        won = IngestRun.objects.filter(pk=run.pk, status=RunStatus.RUNNING, attempted_at=run.attempted_at)
        if run.extraction_attempts >= settings.EXTRACTION_MAX_ATTEMPTS:
            if won.update(
                status=RunStatus.FAILED,
                failure_code="extraction_abandoned",
                failure_message=abandoned_message(run.extraction_attempts),
                finished_at=now,
            ):
                if run.document.ingest_status == IngestStatus.PENDING:
                    mark_document_failed(
                        run.document, "extraction_abandoned", abandoned_message(run.extraction_attempts)
                    )
        elif won.update(attempted_at=now):
            claimed.append(run)
    return claimed


def abandoned_message(attempts: int) -> str:
    return (
        f"De extractie is {attempts} keer begonnen en nooit afgerond: de worker stopte er telkens mee "
        f"(bijvoorbeeld door een tekort aan geheugen). Verlaag EXTRACTION_MEMORY_LIMIT_MB, of splits "
        f"het document en lees het opnieuw in."
    )
