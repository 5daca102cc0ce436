"""Status, review and deadline changes, each recorded in the append-only history."""

import datetime as dt

from django.db import transaction

from ..models import Commitment, CommitmentEvent
from ..models.choices import ReviewState, Status


class ChangeRefused(ValueError):
    """A change that is not allowed, with a message a clerk can act on."""


def record_event(commitment, field, old, new, *, user=None, reason="", source=""):
    return CommitmentEvent.objects.create(
        commitment=commitment,
        field=field,
        old_value="" if old is None else str(old),
        new_value="" if new is None else str(new),
        reason=reason,
        user=user,
        source=source,
    )


@transaction.atomic
def change_status(commitment_id, status, *, user=None, reason="", fulfilled_on=None, source="admin"):
    if status not in Status.values:
        raise ChangeRefused(f"Unknown status {status!r}.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    if status == Status.LAPSED and not reason.strip():
        raise ChangeRefused("A lapsed commitment needs a reason.")
    old = commitment.status
    if old == status:
        return commitment
    commitment.status = status
    if status in (Status.FULFILLED, Status.PARTLY_FULFILLED):
        commitment.fulfilled_on = fulfilled_on or dt.date.today()
    else:
        commitment.fulfilled_on = None
    commitment.save(update_fields=["status", "fulfilled_on", "updated_at"])
    record_event(commitment, "status", old, status, user=user, reason=reason, source=source)
    return commitment


@transaction.atomic
def change_review_state(commitment_id, review_state, *, user=None, reason="", source="admin"):
    if review_state not in ReviewState.values:
        raise ChangeRefused(f"Unknown review state {review_state!r}.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    old = commitment.review_state
    if old == review_state:
        return commitment
    commitment.review_state = review_state
    commitment.save(update_fields=["review_state", "updated_at"])
    record_event(commitment, "review_state", old, review_state, user=user, reason=reason, source=source)
    return commitment


@transaction.atomic
def change_deadline(commitment_id, due_date, *, deadline_text=None, user=None, reason="", source="admin"):
    if not reason.strip():
        raise ChangeRefused("A deadline change needs a reason.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    old = commitment.due_date
    commitment.due_date = due_date
    commitment.due_date_estimated = False
    commitment.deadline_assumed = False
    if deadline_text is not None:
        commitment.deadline_text = deadline_text
    commitment.save(update_fields=["due_date", "due_date_estimated", "deadline_assumed", "deadline_text", "updated_at"])
    record_event(commitment, "due_date", old, due_date, user=user, reason=reason, source=source)
    return commitment
