"""Run the extraction engine on a stored document and record what it finds."""

import logging
import time

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..extraction import EXTRACTOR_VERSION, ExtractionConfig
from ..models import Document, IngestRun
from ..models.choices import IngestStatus, RunStatus
from .calendar import recess_calendar
from .engine_process import EngineFailed, LimitExceeded, Limits, run_engine
from .recording import RecordingCounts, record_extraction
from .twins import lock_with_copies

logger = logging.getLogger(__name__)


def extract_document(document_id: int, run_id: int | None = None, *, force: bool = False) -> RecordingCounts | None:
    started = time.monotonic()
    if run_id is not None:
        # Renews the run's lease and counts the attempt (services/stalled_extractions.py).
        IngestRun.objects.filter(pk=run_id, status=RunStatus.RUNNING).update(
            attempted_at=timezone.now(), extraction_attempts=F("extraction_attempts") + 1
        )
    document = Document.objects.get(pk=document_id)
    if not force and _already_extracted(document):
        _finish_run(run_id, started, RunStatus.INGESTED)
        return None
    config = ExtractionConfig(reference_date=document.date, calendar=recess_calendar())
    try:
        extraction = run_engine(document.text, config, engine_limits())
    except LimitExceeded as exceeded:
        logger.warning("Extraction of document %s stopped: %s", document_id, exceeded.code)
        _record_failure(document, run_id, started, exceeded.code, exceeded.message)
        return None
    except Exception as error:  # the engine's bug must not lose the document: record it and move on
        logger.exception("Extraction failed for document %s", document_id)
        detail = str(error) if isinstance(error, EngineFailed) else f"{type(error).__name__}: {error}"
        _record_failure(
            document, run_id, started, "extraction_failed", f"De extractie is op dit document mislukt: {detail}"
        )
        return None
    with transaction.atomic():
        # Two deliveries of the same document (a retry, a duplicate, a re-extraction racing an
        # ingest) queue up on this row lock; the second then finds every span recorded. A copy of
        # the document with a line added queues up too, and then joins the first one's commitments.
        document = lock_with_copies(document_id)
        if not force and _already_extracted(document):
            _finish_run(run_id, started, RunStatus.INGESTED)
            return None
        counts = record_extraction(document, extraction, extractor_version=EXTRACTOR_VERSION)
        document.ingest_status = IngestStatus.DONE
        document.failure_code = document.failure_message = ""
        document.extractor_version = EXTRACTOR_VERSION
        document.save(
            update_fields=["ingest_status", "failure_code", "failure_message", "extractor_version", "updated_at"]
        )
        _finish_run(run_id, started, RunStatus.INGESTED, counts=counts)
    return counts


def engine_limits() -> Limits:
    return Limits(
        seconds=settings.EXTRACTION_TIME_LIMIT_SECONDS, memory_bytes=settings.EXTRACTION_MEMORY_LIMIT_MB * 1024 * 1024
    )


def _record_failure(document: Document, run_id, started, code: str, message: str) -> None:
    mark_document_failed(document, code, message)
    _finish_run(run_id, started, RunStatus.FAILED, code=code, message=message)


def mark_document_failed(document: Document, code: str, message: str) -> None:
    document.ingest_status = IngestStatus.FAILED
    document.failure_code = code
    document.failure_message = message
    document.save(update_fields=["ingest_status", "failure_code", "failure_message", "updated_at"])


def _already_extracted(document: Document) -> bool:
    return document.ingest_status == IngestStatus.DONE and document.extractor_version == EXTRACTOR_VERSION


def _finish_run(run_id, started, status, *, counts=None, code="", message=""):
    if run_id is None:
        return
    IngestRun.objects.filter(pk=run_id).update(
        status=status,
        failure_code=code,
        failure_message=message,
        extractor_version=EXTRACTOR_VERSION,
        commitments_new=counts.commitments_new if counts else 0,
        mentions_found=counts.mentions_found if counts else 0,
        finished_at=timezone.now(),
        duration_ms=int((time.monotonic() - started) * 1000),
    )
