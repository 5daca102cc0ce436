"""The commitment list, the commitment page and the review queue: a clerk's review screen.

Provenance, status, review state and deadline are read-only in the form: they change only
through the actions (actions.py), whose services keep the history.
"""

import datetime as dt

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..models import Commitment, Document, Mention
from ..models.choices import ReviewState
from ..models.querysets import OPEN_STATUSES
from ..selectors import exports
from ..services import dating, history, merging
from .actions import ACTIONS
from .filters import (
    CommitteeFilter,
    DueWindowFilter,
    FulfilmentProposalFilter,
    OverdueFilter,
    PartyFilter,
    SourceGroupFilter,
)
from .forms import PairMergeForm, ReasonForm
from .lookup import object_or_404
from .paging import EstimatedCountPaginator
from .panels import commitment_panels

STATUS_COLOURS = {"open": "#1f6fb2", "partly_fulfilled": "#b26a00", "fulfilled": "#2e7d32", "lapsed": "#6b6b6b"}
# Fields whose every change goes through a service that writes the history.
SERVICE_FIELDS = [
    "number",
    "status",
    "review_state",
    "due_date",
    "due_date_estimated",
    "deadline_assumed",
    "fulfilled_on",
    "merged_into",
    "created_at",
    "updated_at",
]


@admin.register(Commitment)
class CommitmentAdmin(admin.ModelAdmin):
    list_display = [
        "number",
        "short_text",
        "ministry",
        "actor",
        "due_date",
        "deadline_kind",
        "status_badge",
        "overdue_marker",
        "review_state",
        "open_since",
    ]
    list_display_links = ["number", "short_text"]
    list_filter = [
        "status",
        "review_state",
        "ministry",
        "chamber",
        OverdueFilter,
        DueWindowFilter,
        "deadline_kind",
        FulfilmentProposalFilter,
        "deadline_assumed",
        SourceGroupFilter,
        PartyFilter,
        CommitteeFilter,
    ]
    search_fields = [
        "number",
        "text",
        "subject",
        "mentions__quote",
        "mentions__document__dossier",
        "mentions__document__zaak",
        "mentions__document__kenmerk",
        "mentions__document__title",
    ]
    search_help_text = _("Searches text, quote, number and document reference (dossier, zaak, kenmerk, title).")
    # No date hierarchy: its year links took a DISTINCT over every row on each page view (432 ms
    # at 1,000,000); the due filters cover the windows clerks work in.
    list_select_related = ["ministry"]
    list_per_page = 50
    # Counting the unfiltered list exactly scans the table; see paging.py. Django's "(N total)"
    # beside a filtered count would be a second count of everything on every filtered page.
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    autocomplete_fields = ["ministry", "also_ministries", "government_member"]
    readonly_fields = SERVICE_FIELDS
    fieldsets = [
        (None, {"fields": ["number", "text", "subject", "action", "status", "review_state"]}),
        (
            _("Who and to whom"),
            {"fields": ["actor", "government_member", "ministry", "also_ministries", "chamber", "addressees"]},
        ),
        (
            _("Deadline"),
            {
                "fields": [
                    "deadline_kind",
                    "deadline_text",
                    "due_date",
                    "due_date_estimated",
                    "deadline_assumed",
                    "condition",
                    "recurring",
                    "legal_basis",
                ]
            },
        ),
        (_("Record"), {"fields": ["fulfilled_on", "merged_into", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    actions = ["confirm_selected", "reject_selected", "merge_selected"]

    # -- list -----------------------------------------------------------------------------
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if getattr(request, "review_queue", False):
            queryset = queryset.filter(review_state=ReviewState.PROPOSED, merged_into__isnull=True)
        return queryset

    def get_ordering(self, request):
        # Each order has its index (models/commitments.py): a page reads 50 index entries.
        if getattr(request, "review_queue", False):
            return ["lowest_confidence", "pk"]
        return ["due_date", "pk"]

    def get_list_display(self, request):
        if getattr(request, "review_queue", False):
            return ["number", "short_text", "ministry", "due_date", "deadline_kind", "confidence", "open_since"]
        return self.list_display

    @admin.display(description=_("text"))
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 100 else obj.text[:99] + "…"

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        return format_html(
            '<span class="tz-badge" style="background:{}">{}</span>',
            STATUS_COLOURS.get(obj.status, "#444"),
            obj.get_status_display(),
        )

    @admin.display(description=_("overdue"))
    def overdue_marker(self, obj):
        days = self.days_overdue(obj)
        if not days:
            return ""
        label = ngettext("%(days)d day overdue", "%(days)d days overdue", days) % {"days": days}
        return format_html('<span class="tz-overdue">{}</span>', label)

    @admin.display(description=_("open since"), ordering="promised_on")
    def open_since(self, obj):
        return obj.promised_on

    @admin.display(description=_("lowest confidence"), ordering="lowest_confidence")
    def confidence(self, obj):
        return "" if obj.lowest_confidence is None else f"{obj.lowest_confidence:.2f}"

    @staticmethod
    def days_overdue(obj, as_of: dt.date | None = None) -> int:
        as_of = as_of or timezone.localdate()
        live = obj.status in OPEN_STATUSES and obj.review_state != ReviewState.REJECTED and obj.merged_into_id is None
        return (as_of - obj.due_date).days if live and obj.due_date and obj.due_date < as_of else 0

    # -- bulk actions ---------------------------------------------------------------------
    def _review_selected(self, request, queryset, state):
        for pk in queryset.values_list("pk", flat=True):
            history.change_review_state(pk, state, user=request.user, reason=request.POST.get("reason", ""))

    @admin.action(description=_("Confirm selected commitments"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        self._review_selected(request, queryset, ReviewState.CONFIRMED)
        self.message_user(request, gettext("Confirmed %(count)d commitments.") % {"count": queryset.count()})

    @admin.action(description=_("Reject selected commitments"), permissions=["change"])
    def reject_selected(self, request, queryset):
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            count = queryset.count()
            self._review_selected(request, queryset, ReviewState.REJECTED)
            self.message_user(request, gettext("Rejected %(count)d commitments.") % {"count": count})
            return None
        return self._intermediate(request, queryset, form, _("Reject commitments"), "reject_selected")

    @admin.action(description=_("Merge the two selected commitments"), permissions=["change"])
    def merge_selected(self, request, queryset):
        pair = list(queryset[:3])
        if len(pair) != 2:
            self.message_user(request, gettext("Select exactly two commitments to merge."), messages.WARNING)
            return None
        form = PairMergeForm(request.POST if "apply" in request.POST else None, pair=pair)
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            duplicate = next(c for c in pair if c.pk != keep.pk)
            try:
                merging.merge_commitments(duplicate.pk, keep.pk, user=request.user, reason=form.cleaned_data["reason"])
            except history.ChangeRefused as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                return None
            self.message_user(
                request, gettext("Merged %(dup)s into %(keep)s.") % {"dup": duplicate.number, "keep": keep.number}
            )
            return None
        return self._intermediate(request, queryset, form, _("Merge two commitments"), "merge_selected")

    def _intermediate(self, request, queryset, form, title, action):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "form": form,
            "queryset": queryset,
            "action": action,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/commitments/commitment/bulk_action.html", context)

    # -- pages ----------------------------------------------------------------------------
    def get_urls(self):
        own = [
            path("review/", self.admin_site.admin_view(self.review_queue_view), name="commitments_commitment_review"),
            path(
                "review/date/<int:document_id>/",
                self.admin_site.admin_view(self.date_document_view),
                name="commitments_commitment_date_document",
            ),
            path(
                "export/<str:fmt>/", self.admin_site.admin_view(self.export_view), name="commitments_commitment_export"
            ),
            path(
                "<path:object_id>/do/<str:name>/",
                self.admin_site.admin_view(self.action_view),
                name="commitments_commitment_action",
            ),
            path(
                "fulfilment/<int:fulfilment_id>/<str:decision>/",
                self.admin_site.admin_view(self.proposal_view),
                name="commitments_commitment_proposal",
            ),
        ]
        return own + super().get_urls()

    def review_queue_view(self, request):
        request.review_queue = True
        return self.changelist_view(
            request,
            extra_context={
                "title": _("Review queue: proposed commitments, lowest confidence first"),
                "review_queue": True,
                "undated_documents": self._undated_documents(request),
            },
        )

    def _undated_documents(self, request):
        """Documents that made commitments but have no date: their relative deadlines wait for one."""
        if not request.user.has_perm("commitments.change_document"):
            return []
        # EXISTS, not a join with DISTINCT: the first 20 undated documents, each probed once.
        with_mentions = Exists(Mention.objects.filter(document=OuterRef("pk")))
        return list(Document.objects.filter(with_mentions, date__isnull=True).order_by("pk")[:20])

    def date_document_view(self, request, document_id):
        document = get_object_or_404(Document, pk=document_id)
        if request.method != "POST" or not request.user.has_perm("commitments.change_document"):
            raise PermissionDenied
        try:
            day = dt.date.fromisoformat(request.POST.get("date", ""))
        except ValueError:
            self.message_user(request, gettext("Give the date as a day of the calendar."), messages.ERROR)
        else:
            changed = dating.date_document(document.pk, day, user=request.user)
            self.message_user(
                request,
                ngettext(
                    "Date set on %(document)s; %(count)d due date followed.",
                    "Date set on %(document)s; %(count)d due dates followed.",
                    changed,
                )
                % {"document": document, "count": changed},
            )
        return HttpResponseRedirect(reverse("admin:commitments_commitment_review"))

    def changelist_view(self, request, extra_context=None):
        extra_context = {"query_string": request.GET.urlencode(), **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def export_view(self, request, fmt):
        if fmt not in ("csv", "xlsx") or not self.has_view_permission(request):
            raise PermissionDenied
        # The changelist itself parses the query string, so the export holds exactly what the list shows.
        queryset = self.get_changelist_instance(request).get_queryset(request)
        stamp = timezone.localdate()
        if fmt == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            exports.write_csv(queryset, response, stamp)
        else:
            response = HttpResponse(
                exports.xlsx_bytes(queryset, stamp),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="toezeggingen-{stamp.isoformat()}.{fmt}"'
        return response

    def action_view(self, request, object_id, name):
        commitment = object_or_404(self, request, object_id)
        action = ACTIONS.get(name)
        if action is None or not self.has_change_permission(request, commitment):
            raise PermissionDenied
        extra = {"commitment": commitment} if name == "merge" else {}
        form = action.form(request.POST if request.method == "POST" else None, **extra)
        if form.is_bound and form.is_valid():
            try:
                action.run(commitment, form.cleaned_data, request.user)
            except history.ChangeRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                self.message_user(request, action.done)
                return HttpResponseRedirect(reverse("admin:commitments_commitment_change", args=[commitment.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"{action.label}: {commitment.number or commitment.pk}",
            "form": form,
            "commitment": commitment,
            "action": action,
            "opts": self.model._meta,
            "original": commitment,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/commitments/commitment/action_form.html", context)

    def proposal_view(self, request, fulfilment_id, decision):
        from ..models import Fulfilment
        from ..services import fulfilling

        fulfilment = get_object_or_404(Fulfilment, pk=fulfilment_id)
        if request.method != "POST" or decision not in ("accept", "reject"):
            raise PermissionDenied
        if not self.has_change_permission(request, fulfilment.commitment):
            raise PermissionDenied
        try:
            fulfilling.decide_proposal(
                fulfilment.pk, accept=decision == "accept", user=request.user, reason=request.POST.get("reason", "")
            )
        except history.ChangeRefused as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(request, _("Proposal accepted.") if decision == "accept" else _("Proposal rejected."))
        return HttpResponseRedirect(reverse("admin:commitments_commitment_change", args=[fulfilment.commitment_id]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        commitment = self.get_object(request, object_id)
        extra_context = dict(extra_context or {})
        if commitment is not None:
            can_change = self.has_change_permission(request, commitment)
            extra_context.update(commitment_panels(commitment))
            extra_context["commitment_actions"] = (
                [a for a in ACTIONS.values() if a.applies(commitment)] if can_change else []
            )
            extra_context["can_change"] = can_change
            extra_context["days_overdue"] = self.days_overdue(commitment)
            extra_context["status_colour"] = STATUS_COLOURS.get(commitment.status, "#444")
            extra_context["next_in_review"] = self._next_in_review(commitment)
        return super().change_view(request, object_id, form_url, extra_context)

    @staticmethod
    def _next_in_review(commitment):
        """The commitment the review queue shows first once this one is decided: the 'next' shortcut."""
        queue = Commitment.objects.filter(review_state=ReviewState.PROPOSED, merged_into__isnull=True)
        return queue.exclude(pk=commitment.pk).order_by("lowest_confidence", "pk").only("pk").first()

    # -- writes ---------------------------------------------------------------------------
    def has_delete_permission(self, request, obj=None):
        # A commitment has an append-only history; it lapses or is rejected, never deleted.
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            obj.give_public_number()
            history.record_event(obj, "created", "", obj.number, user=request.user, reason=gettext("added by hand"))
            return
        for name in form.changed_data:
            history.record_event(
                obj,
                name,
                _shown(form.initial.get(name)),
                _shown(form.cleaned_data.get(name)),
                user=request.user,
                reason=gettext("edited in the admin"),
            )


def _shown(value):
    """A field's value as the history stores it: the names of a many-to-many field's rows, joined."""
    if isinstance(value, (list, tuple, QuerySet)):
        return ", ".join(str(item) for item in value)
    return value
