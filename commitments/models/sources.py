"""What the followed sources left behind: a cursor per entity set and a record of every run."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import values_check


class SourceRunStatus(models.TextChoices):
    RUNNING = "running", _("running")
    FINISHED = "finished", _("finished")
    FAILED = "failed", _("failed")


class SourceCursor(models.Model):
    """Where reading one entity set stopped: the GewijzigdOp of the last row recorded.

    It moves in the same transaction as that row, so a sync killed between two rows resumes
    exactly after the last one it kept.
    """

    entity_set = models.CharField(_("entity set"), max_length=40, unique=True)
    stamp = models.DateTimeField(_("changed up to"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["entity_set"]
        verbose_name = _("source cursor")
        verbose_name_plural = _("source cursors")

    def __str__(self):
        return f"{self.entity_set} @ {self.stamp or '—'}"


class SourceRun(models.Model):
    """One sync of one entity set: how far it got, what it counted, the last error it met."""

    entity_set = models.CharField(_("entity set"), max_length=40, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=SourceRunStatus.choices, default=SourceRunStatus.RUNNING
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    cursor_from = models.DateTimeField(_("cursor at start"), null=True, blank=True)
    cursor_to = models.DateTimeField(_("cursor at end"), null=True, blank=True)
    total = models.PositiveIntegerField(_("rows announced"), null=True, blank=True)
    fetched = models.PositiveIntegerField(_("rows fetched"), default=0)
    changed = models.PositiveIntegerField(_("rows that changed something"), default=0)
    failed = models.PositiveIntegerField(_("rows failed"), default=0)
    retried = models.PositiveIntegerField(_("downloads tried again"), default=0)
    requests = models.PositiveIntegerField(_("HTTP requests"), default=0)
    error_code = models.CharField(_("error code"), max_length=40, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("source run")
        verbose_name_plural = _("source runs")
        constraints = [values_check("status", SourceRunStatus, "source_run_status_valid")]

    def __str__(self):
        return f"{self.entity_set} {self.started_at:%Y-%m-%d %H:%M} ({self.get_status_display()})"
