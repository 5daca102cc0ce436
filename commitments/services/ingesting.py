"""From bytes (a file, an upload, a fetched URL) to a stored Document and a recorded IngestRun.

Every attempt leaves an IngestRun. A failure leaves only that: no Document, no file, so a
bad input never half-stores anything. Documents are stored once per sha256 of their bytes.
A newly stored document's run, or a new run for stored bytes never extracted, is left
`running`: the caller queues its extraction with `commitments.tasks.extract_ingested`
(services never import tasks).
"""

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction

from ..models import Document, IngestRun
from ..models.choices import IngestStatus, RunStatus
from ..models.documents import original_upload_path
from ..reading import ReadError, ReadLimits, read_document
from ..reading.identity import longest_line_fingerprint, text_fingerprint
from .columns import fit
from .dating import date_document, date_of_meeting, date_undated_items_of_meeting
from .fetching import FetchError, fetch
from .stalled_extractions import held


@dataclass(frozen=True)
class Failure:
    code: str
    message: str


def read_limits() -> ReadLimits:
    return ReadLimits(
        max_bytes=settings.INGEST_MAX_BYTES,
        max_chars=settings.INGEST_MAX_CHARS,
        max_inflate_ratio=settings.INGEST_MAX_INFLATE_RATIO,
        max_unpacked_bytes=settings.INGEST_MAX_UNPACKED_BYTES,
    )


def ingest_path(path: Path, *, user=None) -> IngestRun:
    """Ingest one file from disk; unreadable paths become failed runs with a clear message."""
    source = str(path)
    try:
        if not path.exists():
            return record_failure(source, Failure("not_found", f"Bestand niet gevonden: {path}"), user=user)
        if not path.is_file():
            return record_failure(source, Failure("not_a_file", f"Geen gewoon bestand: {path}"), user=user)
        size = path.stat().st_size
        if size > settings.INGEST_MAX_BYTES:
            return record_failure(
                source,
                Failure(
                    "too_large", f"{path.name} is {size:,} bytes; de grens is {settings.INGEST_MAX_BYTES:,} bytes."
                ),
                size=size,
                user=user,
            )
        data = path.read_bytes()
    except OSError as error:
        return record_failure(
            source, Failure("unreadable", f"Kan {path} niet lezen: {error.strerror or error}"), user=user
        )
    return ingest_bytes(data, source=source, filename=path.name, user=user)


def ingest_url(url: str, *, user=None) -> IngestRun:
    """Fetch a URL and store its bytes exactly like an upload; fetch failures are recorded runs."""
    try:
        fetched = fetch(url)
    except FetchError as error:
        return record_failure(url, Failure(error.code, error.message), user=user)
    return ingest_bytes(
        fetched.data,
        source=url,
        filename=fetched.filename,
        content_type=fetched.content_type,
        source_url=fetched.url,
        user=user,
    )


def ingest_bytes(
    data: bytes, *, source: str, filename: str = "", content_type: str = "", source_url: str = "", user=None
) -> IngestRun:
    started = time.monotonic()
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=sha256).only("id", "ingest_status").first()
    if existing is not None:
        return _record_again(source, sha256, len(data), existing, started, user)
    try:
        result = read_document(data, filename=filename or None, content_type=content_type or None, limits=read_limits())
    except ReadError as error:
        return record_failure(
            source, Failure(error.code, error.message), sha256=sha256, size=len(data), user=user, started=started
        )
    fingerprint = text_fingerprint(result.text)
    # The same text in other bytes (line ends, spacing, blank lines) is the same document.
    same_text = Document.objects.filter(text_sha256=fingerprint).first()
    if same_text is not None:
        _learn_publication(same_text, result)
        return _record_unchanged(source, sha256, len(data), same_text, started, user)

    try:
        with transaction.atomic():
            identifier = fit(Document, "publication", result.identifier)
            document = Document(
                sha256=sha256,
                text_sha256=fingerprint,
                longest_line_sha256=longest_line_fingerprint(result.text),
                publication=identifier,
                date=result.date or date_of_meeting(identifier),
                title=fit(Document, "title", result.title),
                original_name=fit(Document, "original_name", filename or Path(source).name),
                content_type=fit(Document, "content_type", content_type),
                size=len(data),
                source_url=source_url,
                text=result.text,
            )
            _store_original(document, data)
            document.save()
            run = IngestRun.objects.create(
                source=source,
                sha256=sha256,
                size=len(data),
                document=document,
                status=RunStatus.RUNNING,
                created_by=user,
            )
            if result.date is not None:
                date_undated_items_of_meeting(document)
    except IntegrityError:
        # Another worker stored the same bytes between our check and our insert.
        existing = Document.objects.get(sha256=sha256)
        return _record_again(source, sha256, len(data), existing, started, user)
    return run


def _learn_publication(document: Document, result) -> None:
    """A copy of a stored text that knows more (the XML of a debate stored as plain text) dates it."""
    identifier = fit(Document, "publication", result.identifier)
    if identifier and not document.publication:
        Document.objects.filter(pk=document.pk).update(publication=identifier)
        document.publication = identifier
    day = result.date or date_of_meeting(identifier)
    if document.date is None and day is not None:
        date_document(document.pk, day, reason="datum uit de publicatie (XML)", source="ingest")
        document.refresh_from_db()
    if result.date is not None:
        date_undated_items_of_meeting(document)


def _store_original(document: Document, data: bytes) -> None:
    name = original_upload_path(document, "")
    # Content-addressed: identical bytes share one file, so an existing one is reused, not renamed.
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(data))
    document.original.name = name


def _record_again(source, sha256, size, document, started, user) -> IngestRun:
    """Bytes stored before: `unchanged` if they were extracted or a worker holds their run; a
    document left pending by a dead worker (no run within its lease) or failed gets a new
    `running` run, which the caller queues."""
    extracted = document.ingest_status == IngestStatus.DONE
    being_extracted = IngestRun.objects.filter(held(), document=document, status=RunStatus.RUNNING).exists()
    if not extracted and not being_extracted:
        return IngestRun.objects.create(
            source=source, sha256=sha256, size=size, document=document, status=RunStatus.RUNNING, created_by=user
        )
    return _record_unchanged(source, sha256, size, document, started, user)


def _record_unchanged(source, sha256, size, document, started, user) -> IngestRun:
    return _finished_run(
        source=source,
        sha256=sha256,
        size=size,
        document=document,
        status=RunStatus.UNCHANGED,
        duration_ms=_elapsed_ms(started),
        created_by=user,
    )


def record_failure(source, failure: Failure, *, sha256="", size=0, user=None, started=None) -> IngestRun:
    return _finished_run(
        source=source,
        sha256=sha256,
        size=size,
        status=RunStatus.FAILED,
        failure_code=failure.code,
        failure_message=failure.message,
        duration_ms=_elapsed_ms(started) if started else 0,
        created_by=user,
    )


def _finished_run(**fields) -> IngestRun:
    """A run recorded when it is already over: it finishes with the stamp its insert gets, never before it."""
    run = IngestRun.objects.create(**fields)
    run.finished_at = run.started_at
    run.save(update_fields=["finished_at"])
    return run


def _elapsed_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
