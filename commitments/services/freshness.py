"""A commitment's API row also shows its registry number, its sources and whom it was made to.

Those live in other tables (RegistryEntry, Mention, CommitmentAddressee, Addressee), so a change
there moves the commitment's updated_at: pollers follow updated_at (`updated_since`), and list
ETags and the remembered validators are computed from it, so without this a poller would keep a
stale row and be answered 304. Signals rather than calls in each service, because the admin
edits addressees and their links directly.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from ..models import Addressee, Commitment, CommitmentAddressee, Mention, RegistryEntry


def touch(commitment_ids) -> None:
    """Move these commitments' updated_at to now (ids, or a values() subquery of them)."""
    Commitment.objects.filter(pk__in=commitment_ids).update(updated_at=timezone.now())


def _link_changed(sender, instance, **kwargs) -> None:
    touch([instance.commitment_id])


def _mention_changed(sender, instance, created=True, **kwargs) -> None:
    # A new mention can turn a registry-only commitment into one of both sources; a mention saved
    # again changes nothing the list shows.
    if created:
        touch([instance.commitment_id])


def _entry_changed(sender, instance, **kwargs) -> None:
    if instance.commitment_id is not None:
        touch([instance.commitment_id])


def _addressee_changed(sender, instance, created=False, **kwargs) -> None:
    if not created:
        touch(CommitmentAddressee.objects.filter(addressee=instance).values("commitment_id"))


def connect_signals() -> None:
    """Called from the app's ready()."""
    post_save.connect(_link_changed, sender=CommitmentAddressee, dispatch_uid="freshness-link-saved")
    post_delete.connect(_link_changed, sender=CommitmentAddressee, dispatch_uid="freshness-link-deleted")
    post_save.connect(_mention_changed, sender=Mention, dispatch_uid="freshness-mention-saved")
    post_delete.connect(_mention_changed, sender=Mention, dispatch_uid="freshness-mention-deleted")
    post_save.connect(_entry_changed, sender=RegistryEntry, dispatch_uid="freshness-entry-saved")
    post_save.connect(_addressee_changed, sender=Addressee, dispatch_uid="freshness-addressee-saved")
