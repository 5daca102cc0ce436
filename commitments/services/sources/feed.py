"""New publications of the kinds that carry promises: fetch each file and ingest it.

The file goes through the product's ingest path, so it is stored once per content and a
document already ingested another way (an upload, a URL) is not stored twice. Its date and
kind come from the feed's metadata, which is more reliable than what a scan of the text
finds; a date or kind a clerk or an earlier ingest set is kept.
"""

from dataclasses import dataclass

from ...models import Document, FeedDocument
from ...models.choices import DocumentKind
from ...sources import SourceUnavailable
from ...sources.documents import DocumentItem
from ...sources.transport import TransportError
from ..ingesting import ingest_bytes
from .outcome import Outcome


@dataclass(frozen=True)
class Fetched:
    data: bytes = b""
    content_type: str = ""
    failure_code: str = ""
    failure_message: str = ""


class FeedRecorder:
    def __init__(self, client, on_ingested=None):
        # Services never queue tasks: the caller passes what queues extraction of a new document
        # (commitments.tasks.extract_ingested), run after this row's transaction commits.
        self.client, self.on_ingested = client, on_ingested

    def forget(self) -> None:
        """Nothing is cached between rows."""

    def prepare(self, item: DocumentItem) -> Fetched | None:
        # Outside the row's transaction: no database lock is held while the file downloads.
        if item.deleted or not self._newer(item):
            return None
        try:
            answer = self.client.get(item.resource_url, accept="*/*")
        except (SourceUnavailable, TransportError) as error:
            return Fetched(failure_code=error.code, failure_message=error.message)
        return Fetched(answer.body, answer.content_type or item.content_type)

    def record(self, item: DocumentItem, fetched: Fetched | None) -> Outcome:
        entry = FeedDocument.objects.select_for_update().filter(registry_id=item.id).first()
        if entry is not None and entry.changed_at >= item.changed_at and not entry.failure_code:
            return Outcome()
        entry = entry or FeedDocument(registry_id=item.id, changed_at=item.changed_at)
        entry.changed_at, entry.deleted = item.changed_at, item.deleted
        if item.deleted:
            # A deleted publication keeps its document: what was promised in it was still said.
            entry.save()
            return Outcome(changed=True)
        entry.number, entry.kind_as_written = item.number[:40], item.kind_as_written[:200]
        entry.resource_url = item.resource_url[:2000]
        if fetched is None:
            fetched = Fetched(failure_code="not_fetched", failure_message="the file was not fetched")
        if not fetched.failure_code:
            document, code, message = self._ingest(item, fetched)
            fetched = Fetched(failure_code=code, failure_message=message)
            entry.document = document or entry.document
        entry.failure_code, entry.failure_message = fetched.failure_code[:40], fetched.failure_message
        entry.save()
        if entry.failure_code:
            return Outcome(changed=True, failure=f"{item.number or item.id}: {entry.failure_message}")
        return Outcome(changed=True)

    def _newer(self, item: DocumentItem) -> bool:
        held = FeedDocument.objects.filter(registry_id=item.id).values_list("changed_at", "failure_code").first()
        return held is None or held[0] < item.changed_at or bool(held[1])

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
