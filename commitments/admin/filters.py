"""List filters of the commitment list that a field filter cannot express: derived states and windows."""

import datetime as dt

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Addressee, CommitmentAddressee, CommitmentCommittee, Committee, Fulfilment
from ..models.choices import ProposalState
from ..models.registry import AddresseeKind
from ..services.sources.reconciling import GROUPS, in_group


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("overdue")), ("no", _("not overdue"))]

    def queryset(self, request, queryset):
        overdue = queryset.model.objects.overdue(timezone.localdate()).values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=overdue)
        if self.value() == "no":
            return queryset.exclude(pk__in=overdue)
        return queryset


def due_window(value: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a window covers: the calendar week or month of today, or the next 90 days."""
    if value == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if value == "month":
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if value == "30days":
        return today, today + dt.timedelta(days=30)
    if value == "90days":
        return today, today + dt.timedelta(days=90)
    return None


class DueWindowFilter(admin.SimpleListFilter):
    title = _("falls due")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [
            ("week", _("this week")),
            ("month", _("this month")),
            ("30days", _("in the next 30 days")),
            ("90days", _("in the next 90 days")),
        ]

    def queryset(self, request, queryset):
        window = due_window(self.value() or "", timezone.localdate())
        if window is None:
            return queryset
        return queryset.filter(pk__in=queryset.model.objects.due_between(*window).values("pk"))


class FulfilmentProposalFilter(admin.SimpleListFilter):
    title = _("fulfilment proposal")
    parameter_name = "proposal"

    def lookups(self, request, model_admin):
        return [("yes", _("has a proposal to decide")), ("no", _("no proposal to decide"))]

    def queryset(self, request, queryset):
        pending = Exists(Fulfilment.objects.filter(commitment=OuterRef("pk"), state=ProposalState.PROPOSED))
        if self.value() == "yes":
            return queryset.filter(pending)
        if self.value() == "no":
            return queryset.filter(~pending)
        return queryset


GROUP_NAMES = {"both": _("in both"), "registry": _("registry only"), "extracted": _("extracted only")}


class SourceGroupFilter(admin.SimpleListFilter):
    """For the commitment list: one of the three groups."""

    title = _("source")
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return [(group, GROUP_NAMES[group]) for group in GROUPS]

    def queryset(self, request, queryset):
        return in_group(queryset, self.value()) if self.value() in GROUPS else queryset


class PartyFilter(admin.SimpleListFilter):
    """For the commitment list: promises made to one party ("monitor promises to my party")."""

    title = _("made to party")
    parameter_name = "party"

    def lookups(self, request, model_admin):
        return [
            (str(a.pk), str(a))
            for a in Addressee.objects.filter(kind=AddresseeKind.PARTY).order_by("abbreviation", "name")
        ]

    def queryset(self, request, queryset):
        if not self.value() or not self.value().isdigit():
            return queryset
        return queryset.filter(
            Exists(CommitmentAddressee.objects.filter(commitment=OuterRef("pk"), addressee_id=self.value()))
        )


class CommitteeFilter(admin.SimpleListFilter):
    """For the commitment list: promises made in one committee's debates."""

    title = _("committee")
    parameter_name = "committee"

    def lookups(self, request, model_admin):
        return [(str(c.pk), str(c)) for c in Committee.objects.order_by("name")]

    def queryset(self, request, queryset):
        if not self.value() or not self.value().isdigit():
            return queryset
        return queryset.filter(
            Exists(CommitmentCommittee.objects.filter(commitment=OuterRef("pk"), committee_id=self.value()))
        )
