"""New publications of the kinds that carry promises: fetch each file and ingest it.

The file goes through the product's ingest path, so it is stored once per content and a
document already ingested another way (an upload, a URL) is not stored twice. Its date and
kind come from the feed's metadata, which is more reliable than what a scan of the text
finds; a date or kind a clerk or an earlier ingest set is kept.

A file that could not be downloaded (the server stayed away after the client's own retries, a
timeout, a 404 for a file not yet published) is tried again on a later sync: the feed entry
keeps the row's metadata and a next attempt, SOURCES_DOWNLOAD_RETRY_SECONDS after the first
failure and doubling up to SOURCES_DOWNLOAD_RETRY_MAX_SECONDS, until
SOURCES_DOWNLOAD_MAX_ATTEMPTS failures; then it is given up, visible on the source's admin
line. A file that downloaded but cannot be read is not fetched again: the same bytes would
fail the same way.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from ...models import Document, FeedDocument
from ...models.choices import DocumentKind
from ...sources import SourceUnavailable
from ...sources.documents import PROMISE_KINDS, DocumentItem
from ...sources.transport import TransportError
from ..ingesting import ingest_bytes
from .outcome import Outcome


@dataclass(frozen=True)
class Fetched:
    data: bytes = b""
    content_type: str = ""
    failure_code: str = ""
    failure_message: str = ""
    download_failed: bool = False  # the file was not had: worth another attempt later


def next_attempt_at(failures: int, now: dt.datetime) -> dt.datetime | None:
    """When to download again after this many failures in a row; None once they are used up."""
    if failures >= settings.SOURCES_DOWNLOAD_MAX_ATTEMPTS:
        return None
    wait = settings.SOURCES_DOWNLOAD_RETRY_SECONDS * 2 ** (failures - 1)
    return now + dt.timedelta(seconds=min(wait, settings.SOURCES_DOWNLOAD_RETRY_MAX_SECONDS))


def due_downloads(now: dt.datetime) -> Iterator[DocumentItem]:
    """The feed entries whose file failed to download and may be tried again now, as feed items."""
    due = FeedDocument.objects.filter(next_attempt_at__lte=now, deleted=False).order_by("next_attempt_at", "pk")
    for entry in due.iterator():
        yield DocumentItem(
            id=str(entry.registry_id),
            changed_at=entry.changed_at,
            deleted=False,
            kind_as_written=entry.kind_as_written,
            kind=PROMISE_KINDS.get(entry.kind_as_written, DocumentKind.OTHER),
            number=entry.number,
            title=entry.title,
            date=entry.published_on,
            content_type=entry.content_type,
            resource_url=entry.resource_url,
        )


class FeedRecorder:
    def __init__(self, client, on_ingested=None):
        # Services never queue tasks: the caller passes what queues extraction of a new document
        # (commitments.tasks.extract_ingested), run after this row's transaction commits.
        self.client, self.on_ingested = client, on_ingested

    def forget(self) -> None:
        """Nothing is cached between rows."""

    def prepare(self, item: DocumentItem) -> Fetched | None:
        # Outside the row's transaction: no database lock is held while the file downloads.
        if item.deleted or not self._wanted(item):
            return None
        try:
            answer = self.client.get(item.resource_url, accept="*/*")
        except (SourceUnavailable, TransportError) as error:
            return Fetched(failure_code=error.code, failure_message=error.message, download_failed=True)
        return Fetched(answer.body, answer.content_type or item.content_type)

    def record(self, item: DocumentItem, fetched: Fetched | None) -> Outcome:
        entry = FeedDocument.objects.select_for_update().filter(registry_id=item.id).first()
        if entry is not None and entry.changed_at >= item.changed_at and (not entry.failure_code or fetched is None):
            return Outcome()  # unchanged, or a failed download whose next attempt is not due
        if entry is None or entry.changed_at < item.changed_at:
            entry = entry or FeedDocument(registry_id=item.id)
            entry.download_attempts = 0  # a new version of the row: its file gets every attempt again
        entry.changed_at, entry.deleted = item.changed_at, item.deleted
        if item.deleted:
            # A deleted publication keeps its document: what was promised in it was still said.
            entry.save()
            return Outcome(changed=True)
        entry.number, entry.kind_as_written = item.number[:40], item.kind_as_written[:200]
        entry.resource_url = item.resource_url[:2000]
        entry.published_on, entry.title, entry.content_type = item.date, item.title[:500], item.content_type[:100]
        if fetched is None:
            fetched = Fetched(failure_code="not_fetched", failure_message="the file was not fetched")
        if fetched.download_failed:
            entry.download_attempts += 1
            entry.next_attempt_at = next_attempt_at(entry.download_attempts, timezone.now())
        else:
            entry.next_attempt_at = None
        if not fetched.failure_code:
            document, code, message = self._ingest(item, fetched)
            fetched = Fetched(failure_code=code, failure_message=message)
            entry.document = document or entry.document
            entry.download_attempts = 0
        entry.failure_code, entry.failure_message = fetched.failure_code[:40], fetched.failure_message
        entry.save()
        if entry.failure_code:
            return Outcome(changed=True, failure=f"{item.number or item.id}: {entry.failure_message}")
        return Outcome(changed=True)

    def _wanted(self, item: DocumentItem) -> bool:
        """A row not held, a newer version of one, or one whose failed download is due again."""
        held = FeedDocument.objects.filter(registry_id=item.id).values_list("changed_at", "next_attempt_at").first()
        if held is None or held[0] < item.changed_at:
            return True
        return held[1] is not None and held[1] <= timezone.now()

    def _ingest(self, item: DocumentItem, fetched: Fetched) -> tuple[Document | None, str, str]:
        run = ingest_bytes(
            fetched.data,
            source=item.resource_url,
            filename=item.filename,
            content_type=fetched.content_type,
            source_url=item.resource_url,
        )
        if run.document_id is None:
            return None, run.failure_code, run.failure_message
        document = run.document
        if self.on_ingested is not None:
            self.on_ingested(run)
        # Extraction runs after this transaction commits, so it reads these.
        changed = []
        if document.date is None and item.date is not None:
            document.date = item.date
            changed.append("date")
        if document.kind == DocumentKind.OTHER and item.kind != DocumentKind.OTHER:
            document.kind = item.kind
            changed.append("kind")
        if not document.title and item.title:
            document.title = item.title[:500]
            changed.append("title")
        if changed:
            document.save(update_fields=[*changed, "updated_at"])
        return document, "", ""
