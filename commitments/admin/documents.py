"""Documents in the admin: upload files or a URL for ingestion, re-extract, see status and findings."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import Commitment, Document, IngestRun
from ..models.choices import RunStatus
from ..services import ingesting
from ..tasks import extract_ingested, schedule_extraction
from .forms import UploadForm
from .lookup import object_or_404

INGEST_COLOURS = {"pending": "#b26a00", "done": "#2e7d32", "failed": "#b00020"}


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "kind",
        "date",
        "ministry",
        "kamerstuk_ref",
        "status_badge",
        "failure_message_short",
        "commitments_found",
        "extractor_version",
    ]
    list_filter = ["ingest_status", "kind", "chamber", "ministry"]
    search_fields = ["title", "original_name", "dossier", "zaak", "kenmerk", "sha256"]
    date_hierarchy = "date"
    # Explicit: Meta.ordering is dropped from the GROUP BY query the count annotation makes.
    ordering = ["-date", "-id"]
    list_select_related = ["ministry"]
    autocomplete_fields = ["ministry"]
    actions = ["reextract_selected"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "date", "chamber", "ministry"]}),
        (_("References"), {"fields": ["dossier", "dossier_item", "zaak", "kenmerk", "references", "signatories"]}),
        (
            _("Ingestion"),
            {
                "fields": [
                    "ingest_status",
                    "failure_code",
                    "failure_message",
                    "extractor_version",
                    "original_name",
                    "original",
                    "content_type",
                    "size",
                    "source_url",
                    "sha256",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "sha256",
        "original",
        "original_name",
        "content_type",
        "size",
        "ingest_status",
        "failure_code",
        "failure_message",
        "extractor_version",
        "created_at",
        "updated_at",
        "references",
        "signatories",
        "source_url",
    ]

    def get_queryset(self, request):
        # The text can be megabytes; the list never shows it.
        queryset = super().get_queryset(request).defer("text")
        return queryset.annotate(found=Count("mentions__commitment", distinct=True))

    @admin.display(description=_("Kamerstuk"), ordering="dossier")
    def kamerstuk_ref(self, obj):
        return obj.kamerstuk

    @admin.display(description=_("ingest status"), ordering="ingest_status")
    def status_badge(self, obj):
        return format_html(
            '<span class="tz-badge" style="background:{}">{}</span>',
            INGEST_COLOURS.get(obj.ingest_status, "#444"),
            obj.get_ingest_status_display(),
        )

    @admin.display(description=_("failure message"))
    def failure_message_short(self, obj):
        return obj.failure_message[:120]

    @admin.display(description=_("commitments found"), ordering="found")
    def commitments_found(self, obj):
        return obj.found

    def has_delete_permission(self, request, obj=None):
        # Mentions and fulfilments point at documents; provenance is not thrown away from the admin.
        return False

    @admin.action(description=_("Extract selected documents again"), permissions=["change"])
    def reextract_selected(self, request, queryset):
        documents = list(queryset.only("pk"))
        for document in documents:
            schedule_extraction(document, force=True)
        self.message_user(request, gettext("Extraction queued for %(count)d documents.") % {"count": len(documents)})

    def get_urls(self):
        own = [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="commitments_document_upload"),
            path(
                "<path:object_id>/reextract/",
                self.admin_site.admin_view(self.reextract_view),
                name="commitments_document_reextract",
            ),
        ]
        return own + super().get_urls()

    def add_view(self, request, form_url="", extra_context=None):
        # A document is made by ingestion, never typed in: "add" is the upload page.
        return HttpResponseRedirect(reverse("admin:commitments_document_upload"))

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
        if form.is_bound and form.is_valid():
            runs = [
                extract_ingested(
                    ingesting.ingest_bytes(
                        upload.read(),
                        source=upload.name,
                        filename=upload.name,
                        content_type=upload.content_type or "",
                        user=request.user,
                    )
                )
                for upload in form.cleaned_data["files"]
            ]
            if form.cleaned_data["url"]:
                runs.append(extract_ingested(ingesting.ingest_url(form.cleaned_data["url"], user=request.user)))
            self._report(request, runs)
            documents = [run.document_id for run in runs if run.document_id]
            if len(documents) == 1:
                return HttpResponseRedirect(reverse("admin:commitments_document_change", args=[documents[0]]))
            return HttpResponseRedirect(reverse("admin:commitments_document_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Upload documents"),
            "form": form,
            "opts": self.model._meta,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/commitments/document/upload.html", context)

    def _report(self, request, runs):
        for run in runs:
            run.refresh_from_db()
            if run.status == RunStatus.FAILED:
                self.message_user(request, f"{run.source}: {run.failure_message}", messages.ERROR)
            elif run.status == RunStatus.UNCHANGED:
                self.message_user(
                    request,
                    gettext("%(source)s: already stored, nothing new.") % {"source": run.source},
                    messages.WARNING,
                )
            else:
                self.message_user(
                    request,
                    gettext("%(source)s: ingested, %(new)d new commitments, %(found)d mentions.")
                    % {"source": run.source, "new": run.commitments_new, "found": run.mentions_found},
                )

    def reextract_view(self, request, object_id):
        document = object_or_404(self, request, object_id)
        if request.method != "POST" or not self.has_change_permission(request, document):
            raise PermissionDenied
        schedule_extraction(document, force=True)
        self.message_user(request, gettext("Extraction queued."))
        return HttpResponseRedirect(reverse("admin:commitments_document_change", args=[document.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        document = self.get_object(request, object_id)
        if document is not None:
            extra_context["found_commitments"] = list(
                Commitment.objects.filter(mentions__document=document)
                .distinct()
                .select_related("ministry")
                .order_by("pk")
            )
            extra_context["ingest_runs"] = list(
                IngestRun.objects.filter(document=document).select_related("created_by")[:20]
            )
            extra_context["can_change"] = self.has_change_permission(request, document)
            extra_context["can_add_missed"] = request.user.has_perm("commitments.add_commitment")
        return super().change_view(request, object_id, form_url, extra_context)
