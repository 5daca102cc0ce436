from django.db import models
from django.utils.translation import gettext_lazy as _


class Ministry(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True, help_text=_("e.g. Buitenlandse Zaken"))
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("ministry")
        verbose_name_plural = _("ministries")

    def __str__(self):
        return self.name


class GovernmentMember(models.Model):
    name = models.CharField(_("name"), max_length=200)
    office = models.CharField(_("office"), max_length=200, help_text=_("e.g. minister, staatssecretaris"))
    ministry = models.ForeignKey(Ministry, on_delete=models.PROTECT, related_name="members", verbose_name=_("ministry"))
    in_office_from = models.DateField(_("in office from"), null=True, blank=True)
    in_office_until = models.DateField(_("in office until"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("government member")
        verbose_name_plural = _("government members")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(in_office_until__isnull=True)
                | models.Q(in_office_from__isnull=True)
                | models.Q(in_office_until__gte=models.F("in_office_from")),
                name="member_period_ordered",
            ),
            models.UniqueConstraint(fields=["name", "office", "ministry", "in_office_from"], name="member_unique_term"),
        ]

    def __str__(self):
        return f"{self.office} {self.name} ({self.ministry})"
