"""The followed sources: one line per source (cursor, last run, its counts and last error), the
runs themselves, and what each source left here (registry entries, feed documents, addressees).
All of it is written by the sync; clerks read it, and keep only addressees by hand."""

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from ..models import (
    Addressee,
    CommitmentAddressee,
    CommitmentCommittee,
    Committee,
    FeedDocument,
    RegistryEntry,
    RegistryLink,
    SourceCursor,
    SourceRun,
)
from .readonly import ReadOnlyAdmin


@admin.register(SourceCursor)
class SourceAdmin(ReadOnlyAdmin):
    """One row per source: where its cursor stands and how its last run went."""

    list_display = [
        "entity_set",
        "stamp",
        "last_status",
        "last_finished",
        "last_fetched",
        "last_changed",
        "last_failed",
        "last_error",
        "downloads",
    ]

    def changelist_view(self, request, extra_context=None):
        # A handful of sources: their last runs are read once for the whole page.
        self._last = {}
        for run in SourceRun.objects.order_by("entity_set", "-started_at", "-id"):
            self._last.setdefault(run.entity_set, run)
        failed = FeedDocument.objects.filter(download_attempts__gt=0, deleted=False, document__isnull=True)
        self._downloads = (
            failed.filter(next_attempt_at__isnull=False).count(),
            failed.filter(next_attempt_at__isnull=True).count(),
        )
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("failed downloads"))
    def downloads(self, cursor):
        """The feed's files that could not be had: waiting for another attempt, or given up."""
        if cursor.entity_set != "Document":
            return "—"
        waiting, given_up = getattr(self, "_downloads", (0, 0))
        return _("%(waiting)d waiting for a retry, %(given_up)d given up") % {"waiting": waiting, "given_up": given_up}

    def _run(self, cursor):
        return getattr(self, "_last", {}).get(cursor.entity_set)

    @admin.display(description=_("last run"))
    def last_status(self, cursor):
        run = self._run(cursor)
        return run.get_status_display() if run else "—"

    @admin.display(description=_("finished"))
    def last_finished(self, cursor):
        run = self._run(cursor)
        return run.finished_at if run and run.finished_at else "—"

    @admin.display(description=_("fetched"))
    def last_fetched(self, cursor):
        run = self._run(cursor)
        return f"{run.fetched}/{run.total}" if run and run.total is not None else (run.fetched if run else "—")

    @admin.display(description=_("changed"))
    def last_changed(self, cursor):
        run = self._run(cursor)
        return run.changed if run else "—"

    @admin.display(description=_("failed"))
    def last_failed(self, cursor):
        run = self._run(cursor)
        return run.failed if run else "—"

    @admin.display(description=_("last error"))
    def last_error(self, cursor):
        run = self._run(cursor)
        return f"{run.error_code}: {run.last_error[:200]}" if run and run.error_code else "—"


@admin.register(SourceRun)
class SourceRunAdmin(ReadOnlyAdmin):
    list_display = [
        "entity_set",
        "status",
        "started_at",
        "finished_at",
        "total",
        "fetched",
        "changed",
        "failed",
        "retried",
        "requests",
        "cursor_to",
        "error_code",
    ]
    list_filter = ["entity_set", "status", "error_code"]
    search_fields = ["last_error"]
    date_hierarchy = "started_at"


class LinkedFilter(admin.SimpleListFilter):
    title = _("extracted too")
    parameter_name = "extracted"

    def lookups(self, request, model_admin):
        return [("yes", _("also found by the extractor")), ("no", _("registry only"))]

    def queryset(self, request, queryset):
        from ..models import Mention

        found = Exists(Mention.objects.filter(commitment=OuterRef("commitment")))
        if self.value() == "yes":
            return queryset.filter(found)
        if self.value() == "no":
            return queryset.filter(~found)
        return queryset


@admin.register(RegistryEntry)
class RegistryEntryAdmin(ReadOnlyAdmin):
    list_display = [
        "number",
        "activity_number",
        "activity_date",
        "status",
        "status_as_written",
        "promiser_name",
        "deadline_kind",
        "due_date",
        "deleted",
        "commitment",
    ]
    list_filter = ["status", "deleted", "deadline_kind", LinkedFilter]
    search_fields = ["number", "activity_number", "text", "promiser_name", "promiser_ministry"]
    list_select_related = ["commitment"]
    date_hierarchy = "changed_at"


@admin.register(RegistryLink)
class RegistryLinkAdmin(ReadOnlyAdmin):
    list_display = ["entry", "kind", "target_registry_id", "resolved"]
    list_filter = ["kind", "resolved"]
    list_select_related = ["entry"]


class RetryFilter(admin.SimpleListFilter):
    title = _("download")
    parameter_name = "download"

    def lookups(self, request, model_admin):
        return [("waiting", _("waiting for a retry")), ("given_up", _("given up"))]

    def queryset(self, request, queryset):
        failed = queryset.filter(download_attempts__gt=0, deleted=False, document__isnull=True)
        if self.value() == "waiting":
            return failed.filter(next_attempt_at__isnull=False)
        if self.value() == "given_up":
            return failed.filter(next_attempt_at__isnull=True)
        return queryset


@admin.register(FeedDocument)
class FeedDocumentAdmin(ReadOnlyAdmin):
    list_display = [
        "number",
        "kind_as_written",
        "changed_at",
        "document",
        "deleted",
        "failure_code",
        "download_attempts",
        "next_attempt_at",
    ]
    list_filter = ["kind_as_written", "deleted", "failure_code", RetryFilter]
    search_fields = ["number", "failure_message"]
    list_select_related = ["document"]


@admin.register(Addressee)
class AddresseeAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "abbreviation"]
    readonly_fields = ["registry_id"]


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]
    readonly_fields = ["registry_id"]


@admin.register(CommitmentCommittee)
class CommitmentCommitteeAdmin(admin.ModelAdmin):
    list_display = ["commitment", "committee", "source"]
    list_filter = ["source"]
    search_fields = ["committee__name", "committee__abbreviation", "commitment__number"]
    list_select_related = ["commitment", "committee"]
    raw_id_fields = ["commitment"]
    autocomplete_fields = ["committee"]


@admin.register(CommitmentAddressee)
class CommitmentAddresseeAdmin(admin.ModelAdmin):
    list_display = ["commitment", "addressee", "source"]
    list_filter = ["source", "addressee__kind"]
    search_fields = ["addressee__name", "addressee__abbreviation", "commitment__number"]
    list_select_related = ["commitment", "addressee"]
    raw_id_fields = ["commitment"]
    autocomplete_fields = ["addressee"]
