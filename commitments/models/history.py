from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .commitments import Commitment


class AppendOnlyError(Exception):
    pass


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("The commitment history is append-only.")

    def delete(self):
        raise AppendOnlyError("The commitment history is append-only.")


class CommitmentEvent(models.Model):
    """Append-only history of a commitment: who changed what, when, from what, to what, and why.

    A database trigger (migration 0003) also refuses UPDATE, so raw SQL cannot rewrite history.
    """

    commitment = models.ForeignKey(
        Commitment, on_delete=models.PROTECT, related_name="events", verbose_name=_("commitment")
    )
    field = models.CharField(_("field"), max_length=40, help_text=_("status, due_date, review_state, ..."))
    old_value = models.TextField(_("from"), blank=True)
    new_value = models.TextField(_("to"), blank=True)
    reason = models.TextField(_("reason"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("user")
    )
    source = models.CharField(_("source"), max_length=100, blank=True, help_text=_("e.g. extractor, reminder, api"))
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("history entry")
        verbose_name_plural = _("history")
        indexes = [models.Index(fields=["commitment", "created_at"], name="event_commitment_time")]

    def __str__(self):
        return f"{self.commitment_id} {self.field}: {self.old_value} → {self.new_value}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError("The commitment history is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The commitment history is append-only.")
