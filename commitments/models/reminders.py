from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ReminderKind, values_check
from .commitments import Commitment


class ReminderState(models.TextChoices):
    CLAIMED = "claimed", _("claimed")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    SKIPPED = "skipped", _("skipped (paused, unsubscribed or closed)")


class DigestState(models.TextChoices):
    PENDING = "pending", _("waiting to be sent")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    SKIPPED = "skipped", _("skipped")
    FAILED = "failed", _("failed")


class ReminderPlan(models.Model):
    """The next day a commitment needs the sweep's attention, so the sweep reads only those rows.

    Kept in its own table so any write path can change a commitment: the sweep recomputes
    the plans of commitments changed since its cursor (Commitment.updated_at is indexed).
    """

    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reminder_plan",
        verbose_name=_("commitment"),
    )
    # The daily sweep's only lookup: next_on <= today. NULL = nothing more to send.
    next_on = models.DateField(_("next reminder on"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("reminder plan")
        verbose_name_plural = _("reminder plans")

    def __str__(self):
        return f"{self.commitment_id}: {self.next_on}"


class ReminderCursor(models.Model):
    """The sweep's single row: a lock that serialises planning, and the changed-since watermark."""

    name = models.CharField(max_length=40, primary_key=True)
    changed_since = models.DateTimeField(null=True, blank=True)
    # The first run plans what may be due soon and leaves the rest to later runs, a batch each,
    # in due-date order from here (planning.py); both NULL once every open promise has a plan.
    backfill_due = models.DateField(null=True, blank=True)
    backfill_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("reminder cursor")


class ReminderDigest(models.Model):
    """One email to one recipient listing all the items one run found for them: the outbox row.

    Sending claims it with a conditional update (pending -> sending) that must touch one row.
    """

    recipient = models.CharField(_("recipient"), max_length=254)
    as_of = models.DateField(_("run date"))
    state = models.CharField(_("state"), max_length=10, choices=DigestState.choices, default=DigestState.PENDING)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # After a failure for want of a server, not before this (backoff); empty: as soon as possible.
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("reminder email")
        verbose_name_plural = _("reminder emails")
        indexes = [models.Index(fields=["state", "id"], name="reminder_digest_state")]
        constraints = [values_check("state", DigestState, "reminder_digest_state_valid")]

    def __str__(self):
        return f"{self.recipient} {self.as_of} ({self.state})"


class ReminderLog(models.Model):
    """One reminder to one recipient about one commitment for one due date or period.

    The unique key is what makes sending exactly-once: planning inserts the row (a second
    insert of the same key does nothing) inside the digest that will carry it, and only
    the claimed digest is sent.
    """

    recipient = models.CharField(_("recipient"), max_length=254)
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("commitment")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    period_key = models.CharField(_("due date or period"), max_length=40)
    digest = models.ForeignKey(
        ReminderDigest, on_delete=models.CASCADE, null=True, blank=True, related_name="items", verbose_name=_("email")
    )
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
