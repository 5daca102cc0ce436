"""Reconciliation: the registry and the extractor side by side. The page counts the three groups
(in both, registry only, extracted only; each links to the commitment list of that group) and
lists the proposed links a clerk accepts or rejects."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from ..models import ReconciliationProposal
from ..services.history import ChangeRefused
from ..services.sources.reconciling import GROUPS, decide_proposal, group_counts
from .filters import GROUP_NAMES
from .readonly import ReadOnlyAdmin


@admin.register(ReconciliationProposal)
class ReconciliationAdmin(ReadOnlyAdmin):
    change_list_template = "admin/commitments/reconciliationproposal/change_list.html"
    list_display = ["entry", "commitment", "score", "evidence", "state", "decided_by", "decided_at"]
    list_filter = ["state"]
    search_fields = ["entry__number", "commitment__number", "evidence"]
    list_select_related = ["entry", "commitment", "decided_by"]
    actions = ["accept_selected", "reject_selected"]

    def has_change_permission(self, request, obj=None):
        # Deciding is the one change, through the actions (which call the service).
        return request.user.has_perm("commitments.change_reconciliationproposal")

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def changelist_view(self, request, extra_context=None):
        counts = group_counts()
        extra_context = {**(extra_context or {}), "groups": [(g, GROUP_NAMES[g], counts[g]) for g in GROUPS]}
        return super().changelist_view(request, extra_context)

    def _decide(self, request, queryset, accept: bool):
        done = 0
        for proposal in queryset.filter(state="proposed"):
            try:
                decide_proposal(proposal.pk, accept=accept, user=request.user)
                done += 1
            except ChangeRefused as refused:
                self.message_user(request, f"{proposal.entry}: {refused}", messages.WARNING)
        self.message_user(request, _("%(n)d proposals decided.") % {"n": done}, messages.SUCCESS)

    @admin.action(description=_("Accept: one commitment with two sources"), permissions=["change"])
    def accept_selected(self, request, queryset):
        self._decide(request, queryset, True)

    @admin.action(description=_("Reject: not the same promise"), permissions=["change"])
    def reject_selected(self, request, queryset):
        self._decide(request, queryset, False)
