"""Linking a document that fulfils a commitment, and a clerk's acceptance of it, kept in history."""

from django.db import transaction
from django.utils import timezone

from ..models import Commitment, Fulfilment
from ..models.choices import FulfilmentExtent, ProposalState, Status
from .history import ChangeRefused, change_status, record_event

# What an accepted fulfilment does to the commitment's status; a progress update changes nothing.
STATUS_FOR_EXTENT = {FulfilmentExtent.FULL: Status.FULFILLED, FulfilmentExtent.PARTIAL: Status.PARTLY_FULFILLED}


@transaction.atomic
def add_fulfilment(commitment_id, document_id, extent, *, evidence="", user=None, source="api") -> Fulfilment:
    if extent not in FulfilmentExtent.values:
        raise ChangeRefused(f"Unknown extent {extent!r}.")
    commitment = Commitment.objects.select_for_update().get(pk=commitment_id)
    if Fulfilment.objects.filter(commitment=commitment, document_id=document_id).exists():
        raise ChangeRefused("This document is already linked to this commitment.")
    fulfilment = Fulfilment.objects.create(
        commitment=commitment, document_id=document_id, extent=extent, evidence=evidence
    )
    record_event(commitment, "fulfilment", "", f"document {document_id}: {extent}", user=user, reason=evidence, source=source)
    # Pollers find changes by updated_at, so a new link must move it.
    commitment.save(update_fields=["updated_at"])
    return fulfilment


@transaction.atomic
def accept_fulfilment(fulfilment_id, *, user=None, reason="", source="api") -> Fulfilment:
    fulfilment = Fulfilment.objects.select_for_update().select_related("document").get(pk=fulfilment_id)
    if fulfilment.state == ProposalState.CONFIRMED:
        return fulfilment
    old = fulfilment.state
    fulfilment.state = ProposalState.CONFIRMED
    fulfilment.decided_by = user
    fulfilment.decided_at = timezone.now()
    fulfilment.save(update_fields=["state", "decided_by", "decided_at"])
    commitment = Commitment.objects.select_for_update().get(pk=fulfilment.commitment_id)
    record_event(
        commitment, "fulfilment", f"document {fulfilment.document_id}: {old}",
        f"document {fulfilment.document_id}: {fulfilment.state}", user=user, reason=reason, source=source,
    )
    status = STATUS_FOR_EXTENT.get(fulfilment.extent)
    # A partial fulfilment never downgrades a commitment that is already fulfilled.
    if status and not (status == Status.PARTLY_FULFILLED and commitment.status == Status.FULFILLED):
        change_status(
            commitment.pk, status, user=user, reason=reason, fulfilled_on=fulfilment.document.date, source=source
        )
    else:
        commitment.save(update_fields=["updated_at"])
    return fulfilment
