from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import FulfilmentExtent, ProposalState, values_check
from .commitments import Commitment
from .documents import Document


class Fulfilment(models.Model):
    """A document that (partly) fulfils a commitment: proposed by the system, decided by a clerk."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="fulfilments", verbose_name=_("commitment")
    )
    document = models.ForeignKey(
        Document, on_delete=models.PROTECT, related_name="fulfilments", verbose_name=_("document")
    )
    extent = models.CharField(_("extent"), max_length=10, choices=FulfilmentExtent.choices)
    state = models.CharField(_("state"), max_length=10, choices=ProposalState.choices, default=ProposalState.PROPOSED)
    evidence = models.TextField(_("evidence"), blank=True, help_text=_("why the system proposed it, e.g. a quote"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("decided by")
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("fulfilment")
        verbose_name_plural = _("fulfilments")
        constraints = [
            values_check("extent", FulfilmentExtent, "fulfilment_extent_valid"),
            values_check("state", ProposalState, "fulfilment_state_valid"),
            models.UniqueConstraint(fields=["commitment", "document"], name="fulfilment_unique_pair"),
        ]

    def __str__(self):
        return f"{self.document} {self.get_extent_display()} {self.commitment}"
