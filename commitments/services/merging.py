"""Merge two commitments that are the same promise: one survives, the other points at it.

The duplicate is kept (history is append-only and references it) but marked merged_into;
its mentions, fulfilments and relations move to the survivor, so nothing found is lost.
"""

from django.db import transaction

from ..models import Commitment, CommitmentRelation, Fulfilment, Mention
from .history import ChangeRefused, record_event


@transaction.atomic
def merge_commitments(duplicate_id, keep_id, *, user=None, reason="", source="admin") -> Commitment:
    if duplicate_id == keep_id:
        raise ChangeRefused("A commitment cannot be merged into itself.")
    # Locked in id order, so two clerks merging the same pair the other way round cannot deadlock.
    locked = {
        c.pk: c for c in Commitment.objects.select_for_update().filter(pk__in=[duplicate_id, keep_id]).order_by("pk")
    }
    if len(locked) != 2:
        raise ChangeRefused("Both commitments must exist.")
    duplicate, keep = locked[duplicate_id], locked[keep_id]
    for commitment in (duplicate, keep):
        if commitment.merged_into_id:
            raise ChangeRefused(f"{commitment.number or commitment.pk} was already merged into another commitment.")

    Mention.objects.filter(commitment=duplicate).update(commitment=keep)
    _move_fulfilments(duplicate, keep)
    _move_relations(duplicate, keep)
    Commitment.objects.filter(merged_into=duplicate).update(merged_into=keep)
    duplicate.merged_into = keep
    duplicate.save(update_fields=["merged_into", "updated_at"])
    keep.save(update_fields=["updated_at"])
    # The survivor now also answers to the duplicate's words when linking looks for it.
    Commitment.objects.filter(pk=keep.pk).refresh_link_signatures()
    record_event(duplicate, "merged_into", "", keep.number or keep.pk, user=user, reason=reason, source=source)
    record_event(keep, "merged", "", duplicate.number or duplicate.pk, user=user, reason=reason, source=source)
    return keep


def _move_fulfilments(duplicate, keep):
    # The survivor's own decision about a document wins over the duplicate's.
    documents_kept = set(Fulfilment.objects.filter(commitment=keep).values_list("document_id", flat=True))
    Fulfilment.objects.filter(commitment=duplicate, document_id__in=documents_kept).delete()
    Fulfilment.objects.filter(commitment=duplicate).update(commitment=keep)


def _move_relations(duplicate, keep):
    # A relation between the two becomes a self-relation and goes; one the survivor has already goes too.
    CommitmentRelation.objects.filter(source=duplicate, target=keep).delete()
    CommitmentRelation.objects.filter(source=keep, target=duplicate).delete()
    for side, other in (("source", "target"), ("target", "source")):
        for relation in CommitmentRelation.objects.filter(**{side: duplicate}):
            exists = CommitmentRelation.objects.filter(
                **{side: keep, other: getattr(relation, f"{other}_id"), "kind": relation.kind}
            ).exists()
            if exists:
                relation.delete()
            else:
                setattr(relation, side, keep)
                relation.save(update_fields=[side])
