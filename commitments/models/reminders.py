from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ReminderKind, values_check
from .commitments import Commitment


class ReminderState(models.TextChoices):
    CLAIMED = "claimed", _("claimed")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class ReminderLog(models.Model):
    """One reminder to one recipient about one commitment for one due date or period.

    The unique key is what makes sending exactly-once: a sender first claims the row
    (insert, or a conditional update that must touch one row) and only then sends.
    """

    recipient = models.CharField(_("recipient"), max_length=254)
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("commitment"))
    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    period_key = models.CharField(_("due date or period"), max_length=40)
    state = models.CharField(_("state"), max_length=10, choices=ReminderState.choices, default=ReminderState.CLAIMED)
    claimed_at = models.DateTimeField(_("claimed at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-claimed_at", "-id"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminder log")
        constraints = [
            values_check("kind", ReminderKind, "reminder_kind_valid"),
            values_check("state", ReminderState, "reminder_state_valid"),
            models.UniqueConstraint(fields=["recipient", "commitment", "kind", "period_key"], name="reminder_once"),
        ]

    def __str__(self):
        return f"{self.recipient} {self.kind} {self.commitment_id} {self.period_key}"
