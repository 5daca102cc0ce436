"""The plain screens: reference data clerks keep (ministries, members, recesses, relations) and the
records the system writes (mentions, ingest runs, fulfilments, history), listed read-only."""

from django.contrib import admin

from ..models import (
    CommitmentEvent,
    CommitmentRelation,
    Fulfilment,
    GovernmentMember,
    IngestRun,
    Mention,
    Ministry,
    MinistryName,
    MinistrySuccession,
    Recess,
)
from .readonly import ReadOnlyAdmin


class MinistryNameInline(admin.TabularInline):
    model = MinistryName
    fields = ["name", "kind", "valid_from", "valid_until", "source"]
    extra = 0


class SuccessorInline(admin.TabularInline):
    model = MinistrySuccession
    fk_name = "predecessor"
    fields = ["successor", "on", "note", "source"]
    autocomplete_fields = ["successor"]
    extra = 0


class PredecessorInline(SuccessorInline):
    fk_name = "successor"
    fields = ["predecessor", "on", "note", "source"]
    autocomplete_fields = ["predecessor"]


@admin.register(Ministry)
class MinistryAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation", "established_on", "abolished_on"]
    search_fields = ["name", "abbreviation", "names__name"]
    inlines = [MinistryNameInline, PredecessorInline, SuccessorInline]


@admin.register(MinistryName)
class MinistryNameAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "ministry", "valid_from", "valid_until"]
    list_filter = ["kind", "ministry"]
    search_fields = ["name"]
    autocomplete_fields = ["ministry"]


@admin.register(MinistrySuccession)
class MinistrySuccessionAdmin(admin.ModelAdmin):
    list_display = ["predecessor", "successor", "on", "note"]
    autocomplete_fields = ["predecessor", "successor"]


@admin.register(GovernmentMember)
class GovernmentMemberAdmin(admin.ModelAdmin):
    list_display = ["name", "office", "portfolio", "ministry", "in_office_from", "in_office_until", "cabinet"]
    list_filter = ["ministry", "office", "cabinet"]
    search_fields = ["name", "portfolio"]
    autocomplete_fields = ["ministry"]


@admin.register(Mention)
class MentionAdmin(ReadOnlyAdmin):
    list_display = ["commitment", "document", "rule", "confidence", "refers_to_earlier"]
    list_filter = ["rule", "refers_to_earlier"]
    search_fields = ["quote"]
    list_select_related = ["commitment", "document"]


@admin.register(IngestRun)
class IngestRunAdmin(ReadOnlyAdmin):
    list_display = [
        "source",
        "status",
        "failure_code",
        "document",
        "commitments_new",
        "mentions_found",
        "started_at",
        "duration_ms",
    ]
    list_filter = ["status", "failure_code"]
    search_fields = ["source", "sha256", "failure_message"]
    list_select_related = ["document"]


@admin.register(CommitmentRelation)
class CommitmentRelationAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "target", "document", "created_at"]
    list_filter = ["kind"]
    raw_id_fields = ["source", "target", "document"]


@admin.register(Fulfilment)
class FulfilmentAdmin(admin.ModelAdmin):
    """Decisions are taken on the commitment page (services keep the history); here they are listed."""

    list_display = ["commitment", "document", "extent", "state", "decided_by", "decided_at"]
    list_filter = ["extent", "state"]
    list_select_related = ["commitment", "document", "decided_by"]
    raw_id_fields = ["commitment", "document"]
    readonly_fields = [
        "commitment",
        "document",
        "extent",
        "state",
        "evidence",
        "decided_by",
        "decided_at",
        "created_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Not even for a superuser: a deleted fulfilment would leave no trace in the history. A
        # wrong proposal is rejected on the commitment page, which the history records.
        return False


@admin.register(CommitmentEvent)
class CommitmentEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "commitment", "field", "old_value", "new_value", "user", "reason"]
    list_filter = ["field"]
    search_fields = ["commitment__number", "reason"]
    list_select_related = ["commitment", "user"]


@admin.register(Recess)
class RecessAdmin(admin.ModelAdmin):
    list_display = ["chamber", "name", "first_day", "last_day", "source"]
    list_filter = ["chamber", "name"]
    date_hierarchy = "first_day"
