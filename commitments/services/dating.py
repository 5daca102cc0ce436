"""A date for an undated document, and what follows from it.

Relative deadlines ("binnen zes weken", "in mei") count from the document's date, and a
debate's speaker is the member in office on it; without a date both stay empty. When the date
arrives (a clerk gives it in the review queue, or another item of the same meeting brings it),
the engine reads the text again with that date and each commitment the document made gets the
due date it would have had, through the history; a due date a clerk set is never touched.
"""

import datetime as dt

from django.db import transaction

from ..extraction import ExtractionConfig, extract
from ..models import Commitment, Document, Mention
from ..models.choices import DocumentKind
from .calendar import recess_calendar
from .deadline_policy import KINDS_WITHOUT_STATED_DEADLINE, assumed_due_date
from .history import record_event
from .parties import member_of_actor


def meeting_of(identifier: str) -> str | None:
    """'h-tk-20172018-70-9' -> 'h-tk-20172018-70': the meeting a debate item belongs to."""
    if not identifier.startswith("h-"):
        return None
    meeting, _, item = identifier.rpartition("-")
    return meeting if item.isdigit() and meeting.count("-") >= 3 else None


def date_of_meeting(identifier: str) -> dt.date | None:
    """The date another item of the same meeting already has."""
    meeting = meeting_of(identifier)
    if meeting is None:
        return None
    sibling = (
        Document.objects.filter(publication__startswith=meeting + "-", date__isnull=False)
        .exclude(publication=identifier)
        .values_list("date", "publication")
    )
    return next((day for day, other in sibling if meeting_of(other) == meeting), None)


def date_undated_items_of_meeting(document: Document) -> int:
    """Give the items of `document`'s meeting that have no date yet its date."""
    meeting = meeting_of(document.publication)
    if meeting is None or document.date is None:
        return 0
    undated = Document.objects.filter(publication__startswith=meeting + "-", date__isnull=True).exclude(pk=document.pk)
    count = 0
    for other in undated:
        if meeting_of(other.publication) == meeting:
            date_document(other.pk, document.date, reason=f"datum van vergadering {meeting}", source="ingest")
            count += 1
    return count


@transaction.atomic
def date_document(document_id: int, day: dt.date, *, user=None, reason: str = "", source: str = "admin") -> int:
    """Set an undated document's date; the commitments it made get their due dates. Returns how many changed."""
    document = Document.objects.select_for_update().get(pk=document_id)
    if document.date == day:
        return 0
    document.date = day
    document.save(update_fields=["date", "updated_at"])
    if not document.text:
        return 0
    extraction = extract(document.text, ExtractionConfig(reference_date=day, calendar=recess_calendar()))
    items = {(item.start, item.end): item for item in extraction.commitments}
    why = reason or f"documentdatum {day:%d-%m-%Y} opgegeven"
    changed = 0
    for mention in _first_mentions(document):
        item = items.get((mention.start, mention.end))
        commitment = Commitment.objects.select_for_update().get(pk=mention.commitment_id)
        changed += _redate(commitment, item, day, why, user, source)
        if document.kind == DocumentKind.HANDELINGEN or not commitment.ministry_id:
            _refile(commitment, document, why, user, source)
    return changed


def _first_mentions(document: Document):
    """The mention of each commitment whose first statement is in this document."""
    for mention in Mention.objects.filter(document=document).order_by("commitment_id", "start"):
        first = Mention.objects.filter(commitment_id=mention.commitment_id).order_by("pk").only("document_id").first()
        if first.document_id == document.pk and first.pk == mention.pk:
            yield mention


def _redate(commitment, item, day, why, user, source) -> int:
    # Only a due date the system left empty or assumed is computed again.
    if commitment.due_date is not None and not commitment.deadline_assumed:
        return 0
    due, estimated, assumed = (item.due_date, bool(item.due_date_estimated), False) if item else (None, False, False)
    if due is None and commitment.deadline_kind in KINDS_WITHOUT_STATED_DEADLINE:
        due, assumed = assumed_due_date(day), True
    if due is None or due == commitment.due_date:
        return 0
    old = commitment.due_date
    commitment.due_date, commitment.due_date_estimated, commitment.deadline_assumed = due, estimated, assumed
    commitment.save(update_fields=["due_date", "due_date_estimated", "deadline_assumed", "updated_at"])
    record_event(commitment, "due_date", old, due, user=user, reason=why, source=source)
    return 1


def _refile(commitment, document, why, user, source) -> None:
    """A debate speaker is the member in office on the debate's date, now that it is known."""
    if commitment.government_member_id is not None:
        return
    member = member_of_actor(commitment.actor, document)
    if member is None:
        return
    commitment.government_member = member
    fields = ["government_member", "updated_at"]
    if commitment.ministry_id != member.ministry_id:
        record_event(commitment, "ministry", commitment.ministry, member.ministry, user=user, reason=why, source=source)
        commitment.ministry = member.ministry
        fields.append("ministry")
    commitment.save(update_fields=fields)
