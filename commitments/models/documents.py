from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _

from .choices import Chamber, DocumentKind, IngestStatus, RunStatus, values_check
from .government import Ministry


def original_upload_path(document: "Document", filename: str) -> str:
    # Content-addressed: the same bytes always land at the same path, whatever their name.
    return f"originals/{document.sha256[:2]}/{document.sha256}"


class Document(models.Model):
    """A source document, stored once per distinct content (sha256 of the original bytes)."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    # Indexed: ingestion looks up every new file's normalised text (reading.identity).
    text_sha256 = models.CharField(_("SHA-256 of the normalised text"), max_length=64, blank=True, db_index=True)
    # Indexed: finds the near-identical copies of a document (reading.identity.longest_line_fingerprint).
    longest_line_sha256 = models.CharField(_("SHA-256 of the longest line"), max_length=64, blank=True, db_index=True)
    publication = models.CharField(
        _("publication identifier"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("e.g. h-tk-20172018-70-9 (officielebekendmakingen)"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER)
    title = models.CharField(_("title"), max_length=500, blank=True)
    date = models.DateField(_("date"), null=True, blank=True, db_index=True)
    chamber = models.CharField(_("chamber"), max_length=2, choices=Chamber.choices, default=Chamber.TWEEDE_KAMER)
    ministry = models.ForeignKey(
        Ministry, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents", verbose_name=_("ministry")
    )
    dossier = models.CharField(_("Kamerstuk dossier"), max_length=20, blank=True, db_index=True)
    dossier_item = models.CharField(_("Kamerstuk number"), max_length=20, blank=True)
    zaak = models.CharField(_("Zaak number"), max_length=20, blank=True, db_index=True)
    kenmerk = models.CharField(_("reference (kenmerk)"), max_length=100, blank=True)
    references = models.JSONField(_("all references"), default=list, blank=True)
    signatories = models.JSONField(_("signatories"), default=list, blank=True)
    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    original_name = models.CharField(_("original file name"), max_length=500, blank=True)
    original = models.FileField(_("original file"), upload_to=original_upload_path, max_length=300, blank=True)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    text = models.TextField(_("text"), blank=True)
    ingest_status = models.CharField(
        _("ingest status"), max_length=20, choices=IngestStatus.choices, default=IngestStatus.PENDING
    )
    failure_code = models.CharField(_("failure code"), max_length=40, blank=True)
    failure_message = models.TextField(_("failure message"), blank=True)
    extractor_version = models.CharField(_("extractor version"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            values_check("kind", DocumentKind, "document_kind_valid"),
            values_check("ingest_status", IngestStatus, "document_ingest_status_valid"),
            values_check("chamber", Chamber, "document_chamber_valid"),
            models.CheckConstraint(condition=Exact(Length("sha256"), 64), name="document_sha256_length"),
        ]

    def __str__(self):
        return self.title or self.original_name or self.sha256[:12]

    @property
    def kamerstuk(self) -> str:
        return f"{self.dossier}, nr. {self.dossier_item}" if self.dossier and self.dossier_item else self.dossier


class IngestRun(models.Model):
    """One attempt to ingest one file or URL: the record that makes every failure visible."""

    source = models.CharField(_("source"), max_length=2000, help_text=_("file path, URL or upload name"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ingest_runs",
        verbose_name=_("document"),
    )
    status = models.CharField(_("status"), max_length=20, choices=RunStatus.choices, default=RunStatus.RUNNING)
    failure_code = models.CharField(_("failure code"), max_length=40, blank=True)
    failure_message = models.TextField(_("failure message"), blank=True)
    extractor_version = models.CharField(_("extractor version"), max_length=40, blank=True)
    commitments_new = models.PositiveIntegerField(_("new commitments"), default=0)
    mentions_found = models.PositiveIntegerField(_("mentions found"), default=0)
    started_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)
    # A worker stamps these when it starts extracting; a run left `running` past the lease since
    # then (or since it was queued) was dropped by a dead worker and is queued again, up to a limit.
    extraction_attempts = models.PositiveSmallIntegerField(_("extraction attempts"), default=0)
    attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("started by")
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("ingest run")
        verbose_name_plural = _("ingest runs")
        constraints = [
            values_check("status", RunStatus, "ingest_run_status_valid"),
            models.CheckConstraint(
                condition=~models.Q(status=RunStatus.FAILED) | ~models.Q(failure_code=""),
                name="ingest_run_failure_has_code",
            ),
        ]

    def __str__(self):
        return f"{self.source} ({self.get_status_display()})"
