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
    Recess,
)
from .readonly import ReadOnlyAdmin


@admin.register(Ministry)
class MinistryAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]


@admin.register(GovernmentMember)
class GovernmentMemberAdmin(admin.ModelAdmin):
    list_display = ["name", "office", "ministry", "in_office_from", "in_office_until"]
    list_filter = ["ministry", "office"]
    search_fields = ["name"]
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
