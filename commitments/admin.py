"""Admin registration of every model. The full clerk review screen builds on this."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import (
    Commitment,
    CommitmentEvent,
    CommitmentRelation,
    Document,
    Fulfilment,
    GovernmentMember,
    IngestRun,
    Mention,
    Ministry,
    Recess,
    ReminderLog,
)

admin.site.site_header = _("Commitment tracker")
admin.site.site_title = _("Commitment tracker")
admin.site.index_title = _("Commitments to parliament")


class ReadOnlyAdmin(admin.ModelAdmin):
    """For records the system writes (provenance, history, logs): visible, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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


class MentionInline(admin.TabularInline):
    model = Mention
    fk_name = "commitment"
    extra = 0
    fields = ["document", "quote", "rule", "confidence", "refers_to_earlier"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class EventInline(admin.TabularInline):
    model = CommitmentEvent
    extra = 0
    fields = ["created_at", "field", "old_value", "new_value", "reason", "user", "source"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Commitment)
class CommitmentAdmin(admin.ModelAdmin):
    list_display = ["number", "short_text", "ministry", "actor", "due_date", "deadline_kind", "status", "review_state"]
    list_filter = ["status", "review_state", "chamber", "deadline_kind", "ministry"]
    search_fields = ["number", "text", "subject", "mentions__quote"]
    date_hierarchy = "due_date"
    list_select_related = ["ministry"]
    readonly_fields = ["number", "created_at", "updated_at", "merged_into"]
    inlines = [MentionInline, EventInline]

    @admin.display(description=_("text"))
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 100 else obj.text[:99] + "…"


@admin.register(Mention)
class MentionAdmin(ReadOnlyAdmin):
    list_display = ["commitment", "document", "rule", "confidence", "refers_to_earlier"]
    list_filter = ["rule", "refers_to_earlier"]
    search_fields = ["quote"]
    list_select_related = ["commitment", "document"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "date", "dossier", "zaak", "ingest_status", "failure_code", "extractor_version"]
    list_filter = ["kind", "ingest_status", "chamber"]
    search_fields = ["title", "original_name", "dossier", "zaak", "kenmerk", "sha256"]
    date_hierarchy = "date"
    readonly_fields = [
        "sha256", "original", "original_name", "content_type", "size", "ingest_status", "failure_code",
        "failure_message", "extractor_version", "created_at", "updated_at", "text",
    ]


@admin.register(IngestRun)
class IngestRunAdmin(ReadOnlyAdmin):
    list_display = ["source", "status", "failure_code", "document", "commitments_new", "mentions_found", "started_at", "duration_ms"]
    list_filter = ["status", "failure_code"]
    search_fields = ["source", "sha256", "failure_message"]


@admin.register(CommitmentRelation)
class CommitmentRelationAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "target", "document", "created_at"]
    list_filter = ["kind"]
    raw_id_fields = ["source", "target", "document"]


@admin.register(Fulfilment)
class FulfilmentAdmin(admin.ModelAdmin):
    list_display = ["commitment", "document", "extent", "state", "decided_by", "decided_at"]
    list_filter = ["extent", "state"]
    raw_id_fields = ["commitment", "document"]
    readonly_fields = ["decided_by", "decided_at", "created_at"]


@admin.register(CommitmentEvent)
class CommitmentEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "commitment", "field", "old_value", "new_value", "user", "reason"]
    list_filter = ["field"]
    search_fields = ["commitment__number", "reason"]


@admin.register(Recess)
class RecessAdmin(admin.ModelAdmin):
    list_display = ["chamber", "name", "first_day", "last_day", "source"]
    list_filter = ["chamber", "name"]
    date_hierarchy = "first_day"


@admin.register(ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin):
    list_display = ["recipient", "commitment", "kind", "period_key", "state", "sent_at"]
    list_filter = ["kind", "state"]
    search_fields = ["recipient"]
