"""Who hears about which commitments: responsible people, subscriptions, ministry contacts, opt-outs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Chamber
from .commitments import Commitment
from .government import Ministry
from .registry import Addressee, Committee


def _exactly_one(*fields: str) -> models.Q:
    """A CHECK condition: exactly one of the nullable columns is filled in."""
    options = []
    for chosen in fields:
        q = models.Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                q &= models.Q(**{f"{other}__isnull": True})
        options.append(q)
    condition = options[0]
    for q in options[1:]:
        condition |= q
    return condition


class MinistryContact(models.Model):
    """A person at a ministry who gets the periodic overview (the Eerste Kamer's rappel)."""

    ministry = models.ForeignKey(
        Ministry, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("ministry")
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"))
    # The overview period last claimed for this contact; the sweep's conditional update keys on it.
    last_overview_period = models.CharField(_("last overview period"), max_length=20, blank=True)

    class Meta:
        ordering = ["ministry__name", "email"]
        verbose_name = _("ministry contact")
        verbose_name_plural = _("ministry contacts")
        constraints = [models.UniqueConstraint(fields=["ministry", "email"], name="ministry_contact_unique")]

    def __str__(self):
        return f"{self.name or self.email} ({self.ministry})"


class ResponsiblePerson(models.Model):
    """The one person who answers for a commitment: a user of the tracker or a bare email address."""

    commitment = models.OneToOneField(
        Commitment, on_delete=models.CASCADE, primary_key=True, related_name="responsible", verbose_name=_("commitment")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, verbose_name=_("user")
    )
    email = models.EmailField(_("email"), blank=True)

    class Meta:
        verbose_name = _("responsible person")
        verbose_name_plural = _("responsible people")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(user__isnull=False) & models.Q(email=""))
                | (models.Q(user__isnull=True) & ~models.Q(email="")),
                name="responsible_user_or_email",
            )
        ]

    def __str__(self):
        return f"{self.user or self.email}: {self.commitment_id}"


class Subscription(models.Model):
    """A user or ministry contact following a ministry, a dossier, a chamber, one commitment, a
    member or party promises were made to ("monitor promises to my party"), or a committee."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reminder_subscriptions",
        verbose_name=_("user"),
    )
    contact = models.ForeignKey(
        MinistryContact,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
        verbose_name=_("ministry contact"),
    )
    ministry = models.ForeignKey(Ministry, on_delete=models.CASCADE, null=True, blank=True, verbose_name=_("ministry"))
    dossier = models.CharField(_("Kamerstuk dossier"), max_length=20, null=True, blank=True)
    chamber = models.CharField(_("chamber"), max_length=2, choices=Chamber.choices, null=True, blank=True)
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, null=True, blank=True, verbose_name=_("commitment")
    )
    addressee = models.ForeignKey(
        Addressee,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        verbose_name=_("member or party"),
        help_text=_("promises made to this member or party"),
    )
    committee = models.ForeignKey(
        Committee,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        verbose_name=_("committee"),
        help_text=_("promises made in this committee's debates"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder subscription")
        verbose_name_plural = _("reminder subscriptions")
        constraints = [
            models.CheckConstraint(condition=_exactly_one("user", "contact"), name="subscription_one_subscriber"),
            models.CheckConstraint(
                condition=_exactly_one("ministry", "dossier", "chamber", "commitment", "addressee", "committee"),
                name="subscription_one_scope",
            ),
        ]

    @property
    def email(self) -> str:
        return self.user.email if self.user_id else self.contact.email

    def __str__(self):
        scope = self.ministry or self.dossier or self.chamber or self.commitment_id or self.addressee or self.committee
        return f"{self.user or self.contact} → {scope}"


class ReminderOptOut(models.Model):
    """A recipient's pause or unsubscribe, set from the link in every reminder's footer.

    Keyed by the address rather than the user, so the shared mailbox and ministry contacts,
    who have no account, can stop the mail too.
    """

    email = models.EmailField(_("email"), unique=True)
    paused_until = models.DateField(_("paused until"), null=True, blank=True)
    unsubscribed = models.BooleanField(_("unsubscribed"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reminder opt-out")
        verbose_name_plural = _("reminder opt-outs")

    def __str__(self):
        return self.email

    def silences(self, day) -> bool:
        return self.unsubscribed or (self.paused_until is not None and self.paused_until >= day)
