from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Chamber, RecessName, values_check


class Recess(models.Model):
    """A recess of one chamber: data clerks maintain, seeded from the published calendars."""

    chamber = models.CharField(_("chamber"), max_length=2, choices=Chamber.choices)
    name = models.CharField(_("name"), max_length=20, choices=RecessName.choices)
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"), null=True, blank=True, help_text=_("empty when only the start is known"))
    source = models.CharField(_("source"), max_length=1000, blank=True)

    class Meta:
        ordering = ["chamber", "first_day"]
        verbose_name = _("recess")
        verbose_name_plural = _("recesses")
        constraints = [
            values_check("chamber", Chamber, "recess_chamber_valid"),
            values_check("name", RecessName, "recess_name_valid"),
            models.UniqueConstraint(fields=["chamber", "name", "first_day"], name="recess_unique_start"),
            models.CheckConstraint(
                condition=models.Q(last_day__isnull=True) | models.Q(last_day__gte=models.F("first_day")),
                name="recess_days_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.get_chamber_display()} {self.get_name_display()} {self.first_day:%Y}"
