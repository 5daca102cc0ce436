"""Ministries with their names through time, and the government members who led them.

A ministry row is one organisation: a rename (Economische Zaken -> Economische Zaken en Klimaat)
adds a name to the same row, a split or merger (EZK -> EZ and KGG) is a succession between rows.
Every spelling a text may use (official name, short name, abbreviation, a minister's 'voor'
portfolio) is a MinistryName, and `ministry_by_name` in services.ministries is the one way a
name becomes a ministry.
"""

import datetime as dt
import re
import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

_EARLIEST = dt.date.min
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_PREFIX = re.compile(r"^(?:het\s+)?(?:ministerie|minister|staatssecretaris)\s+(?:van|voor)\s+(?:de\s+)?", re.I)


def bare_name(name: str) -> str:
    """'ministerie van Financiën', 'minister voor Medische Zorg' -> 'Financiën', 'Medische Zorg'."""
    return _PREFIX.sub("", " ".join((name or "").split()))


def name_key(name: str) -> str:
    """The spelling-free form names are compared in: 'EL&I' = 'el en i', 'Financien' = 'Financiën'."""
    text = bare_name(name)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("&", "en")
    return _NOT_ALNUM.sub("", text)


def pick_named(rows, on=None):
    """The ministry id among (ministry_id, valid_from, valid_until) rows of one name key.

    A name valid on `on` wins; otherwise, and without a date, the name valid most recently
    (still valid first): "LNV" today is the ministry re-established in 2017, not the one of 2003.
    """
    rows = list(rows)
    if on is not None:
        valid = [r for r in rows if (r[1] is None or r[1] <= on) and (r[2] is None or on < r[2])]
        rows = valid or rows
    if not rows:
        return None
    latest = max(rows, key=lambda r: (r[2] is None, r[2] or r[1] or _EARLIEST, r[1] or _EARLIEST, -r[0]))
    return latest[0]


class NameKind(models.TextChoices):
    OFFICIAL = "official", _("official name")
    SHORT = "short", _("short name")
    ABBREVIATION = "abbreviation", _("abbreviation")
    PORTFOLIO = "portfolio", _("portfolio of a minister 'voor'")
    ALIAS = "alias", _("other spelling")


class Ministry(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True, help_text=_("the latest official name"))
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    established_on = models.DateField(_("established on"), null=True, blank=True)
    abolished_on = models.DateField(_("abolished on"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("ministry")
        verbose_name_plural = _("ministries")

    def __str__(self):
        return self.name


class MinistryName(models.Model):
    """One name a ministry went by, in the period it was valid (from inclusive, until exclusive)."""

    ministry = models.ForeignKey(Ministry, on_delete=models.CASCADE, related_name="names", verbose_name=_("ministry"))
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=NameKind.choices, default=NameKind.ALIAS)
    # Indexed: every lookup of a name reads this column.
    key = models.CharField(_("comparison key"), max_length=200, db_index=True, editable=False)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("the first day it no longer applied")
    )
    source = models.CharField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["ministry__name", "valid_from", "name"]
        verbose_name = _("name of a ministry")
        verbose_name_plural = _("names of ministries")
        constraints = [
            models.UniqueConstraint(fields=["ministry", "name", "kind", "valid_from"], name="ministry_name_unique"),
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_until__gt=models.F("valid_from")),
                name="ministry_name_period_ordered",
            ),
        ]

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class MinistrySuccession(models.Model):
    """A ministry that took over (part of) another's work: LNV -> EL&I in 2010, EZK -> KGG in 2024."""

    predecessor = models.ForeignKey(
        Ministry, on_delete=models.CASCADE, related_name="successions", verbose_name=_("predecessor")
    )
    successor = models.ForeignKey(
        Ministry, on_delete=models.CASCADE, related_name="predecessions", verbose_name=_("successor")
    )
    on = models.DateField(_("on"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["on"]
        verbose_name = _("succession of ministries")
        verbose_name_plural = _("successions of ministries")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor", "on"], name="ministry_succession_unique"),
            models.CheckConstraint(
                condition=~models.Q(predecessor=models.F("successor")), name="succession_not_to_itself"
            ),
        ]

    def __str__(self):
        return f"{self.predecessor} → {self.successor} ({self.on})"


class GovernmentMember(models.Model):
    name = models.CharField(_("name"), max_length=200)
    office = models.CharField(_("office"), max_length=200, help_text=_("e.g. minister, staatssecretaris"))
    portfolio = models.CharField(
        _("portfolio"), max_length=200, blank=True, help_text=_("e.g. Medische Zorg, for a minister 'voor'")
    )
    ministry = models.ForeignKey(Ministry, on_delete=models.PROTECT, related_name="members", verbose_name=_("ministry"))
    in_office_from = models.DateField(_("in office from"), null=True, blank=True)
    in_office_until = models.DateField(_("in office until"), null=True, blank=True)
    cabinet = models.CharField(_("cabinet"), max_length=50, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)

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
