"""Fulfilments: a document that (partly) fulfils a commitment, proposed, stated or decided.

The system (recording) and integrations (API) propose; a clerk states one directly or
decides a proposal. The status change itself goes through history.change_status, so who,
when and why are kept; the fulfilling document is recorded in the history beside it.
"""

from django.db import transaction
from django.utils import timezone

from ..models import Commitment, Document, Fulfilment
from ..models.choices import FulfilmentExtent, ProposalState, Status
from .history import ChangeRefused, change_status, record_event

STATUS_OF_EXTENT = {FulfilmentExtent.FULL: Status.FULFILLED, FulfilmentExtent.PARTIAL: Status.PARTLY_FULFILLED}


@transaction.atomic
def propose_fulfilment(commitment_id, document_id, extent, *, evidence="", user=None, source="api") -> Fulfilment:
    """Link a document as a proposed (partial) fulfilment or progress update, for a clerk to decide."""
    if extent not in FulfilmentExtent.values:
        raise ChangeRefused(f"Unknown extent {extent!r}.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    if Fulfilment.objects.filter(commitment=commitment, document_id=document_id).exists():
        raise ChangeRefused("This document is already linked to this commitment.")
    fulfilment = Fulfilment.objects.create(
        commitment=commitment, document_id=document_id, extent=extent, evidence=evidence
    )
    record_event(
        commitment, "fulfilment", "", f"document {document_id}: {extent}", user=user, reason=evidence, source=source
    )
    # Pollers find changes by updated_at, so a new link must move it.
    commitment.save(update_fields=["updated_at"])
    return fulfilment


@transaction.atomic
def record_fulfilment(commitment_id, document_id, *, extent, user=None, reason="", fulfilled_on=None, source="admin"):
    """A clerk states that a document fulfils (or partly fulfils) a commitment."""
    if extent not in STATUS_OF_EXTENT:
        raise ChangeRefused(f"Marking fulfilled needs the extent full or partial, not {extent!r}.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    document = Document.objects.get(pk=document_id)
    Fulfilment.objects.update_or_create(
        commitment=commitment,
        document=document,
        defaults={"extent": extent, "state": ProposalState.CONFIRMED, "decided_by": user, "decided_at": timezone.now()},
    )
    record_event(commitment, "fulfilment", "", f"{extent}: {document}", user=user, reason=reason, source=source)
    # API pollers find changes by updated_at, also when the status itself stays the same.
    commitment.save(update_fields=["updated_at"])
    return _apply_extent(
        commitment, extent, document, user=user, reason=reason, fulfilled_on=fulfilled_on, source=source
    )


@transaction.atomic
def decide_proposal(fulfilment_id, *, accept: bool, user=None, reason="", source="admin") -> Fulfilment:
    """Accept or reject a fulfilment the system proposed; a decided proposal stays decided.

    Deciding it the same way again is a no-op, so a retried request is harmless.
    """
    fulfilment = Fulfilment.objects.select_for_update().select_related("document").get(pk=fulfilment_id)
    if fulfilment.state == (ProposalState.CONFIRMED if accept else ProposalState.REJECTED):
        return fulfilment
    if fulfilment.state != ProposalState.PROPOSED:
        raise ChangeRefused(f"This proposal was already {fulfilment.get_state_display()}.")
    fulfilment.state = ProposalState.CONFIRMED if accept else ProposalState.REJECTED
    fulfilment.decided_by, fulfilment.decided_at = user, timezone.now()
    fulfilment.save(update_fields=["state", "decided_by", "decided_at"])
    commitment = Commitment.objects.select_for_update().get(pk=fulfilment.commitment_id)
    record_event(
        commitment,
        "fulfilment",
        ProposalState.PROPOSED,
        f"{fulfilment.state}: {fulfilment.extent}: {fulfilment.document}",
        user=user,
        reason=reason,
        source=source,
    )
    commitment.save(update_fields=["updated_at"])
    if accept and fulfilment.extent in STATUS_OF_EXTENT:
        _apply_extent(commitment, fulfilment.extent, fulfilment.document, user=user, reason=reason, source=source)
    return fulfilment


def _apply_extent(commitment, extent, document, *, user, reason, fulfilled_on=None, source="admin"):
    status = STATUS_OF_EXTENT[extent]
    # A partial fulfilment arriving after the full one must not reopen the promise.
    if status == Status.PARTLY_FULFILLED and commitment.status == Status.FULFILLED:
        return commitment
    return change_status(
        commitment.pk,
        status,
        user=user,
        reason=reason or f"{document}",
        fulfilled_on=fulfilled_on or document.date,
        source=source,
    )
