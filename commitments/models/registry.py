"""The Kamer's registry of toezeggingen as a second source of commitments, and whom a promise was made to."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import DeadlineKind, ProposalState, RelationKind, values_check
from .commitments import Commitment
from .documents import Document


class RegistryStatus(models.TextChoices):
    OPEN = "open", _("open")
    PARTLY_FULFILLED = "partly_fulfilled", _("partly fulfilled")
    FULFILLED = "fulfilled", _("fulfilled")
    LAPSED = "lapsed", _("lapsed")
    # 45 live entries have no status; ours never guesses one for them.
    UNKNOWN = "unknown", _("unknown")


class RegistryEntry(models.Model):
    """One entry of the registry as last read, linked to the commitment it is a source of."""

    registry_id = models.UUIDField(_("registry Id"), unique=True)
    number = models.CharField(
        _("registry number"), max_length=40, blank=True, db_index=True, help_text=_("e.g. TZ202504-057")
    )
    activity_number = models.CharField(_("activity number"), max_length=40, blank=True, db_index=True)
    activity_date = models.DateField(_("activity date"), null=True, blank=True)
    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registry_entry",
        verbose_name=_("commitment"),
    )
    text = models.TextField(_("text"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RegistryStatus.choices, default=RegistryStatus.UNKNOWN
    )
    status_as_written = models.CharField(_("status as written"), max_length=40, blank=True)
    fulfilled_on = models.DateField(_("fulfilled on"), null=True, blank=True)
    fulfilling = models.JSONField(_("fulfilling letters"), default=list, blank=True)
    promiser_name = models.CharField(_("promised by"), max_length=200, blank=True)
    promiser_function = models.CharField(_("function"), max_length=300, blank=True)
    promiser_ministry = models.CharField(_("ministry as written"), max_length=300, blank=True)
    # The registry has no deadline; ours is read from the text by the extractor's grammar.
    deadline_kind = models.CharField(
        _("deadline kind (read)"), max_length=10, choices=DeadlineKind.choices, default=DeadlineKind.NONE
    )
    deadline_text = models.CharField(_("deadline as written"), max_length=500, blank=True)
    due_date = models.DateField(_("due date (read)"), null=True, blank=True)
    deadline_rule = models.CharField(_("rule that read the deadline"), max_length=100, blank=True)
    deleted = models.BooleanField(_("deleted in the registry"), default=False)
    changed_at = models.DateTimeField(_("changed in the registry"), db_index=True)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("registry entry")
        verbose_name_plural = _("registry entries")
        constraints = [
            values_check("status", RegistryStatus, "registry_status_valid"),
            values_check("deadline_kind", DeadlineKind, "registry_deadline_kind_valid"),
        ]

    def __str__(self):
        return self.number or str(self.registry_id)


class RegistryLink(models.Model):
    """IsHerhalingVan / IsWijzigingVan / IsAanvullingOp, kept until both ends are imported."""

    entry = models.ForeignKey(RegistryEntry, on_delete=models.CASCADE, related_name="links", verbose_name=_("entry"))
    kind = models.CharField(_("kind"), max_length=20, choices=RelationKind.choices)
    target_registry_id = models.UUIDField(_("target registry Id"), db_index=True)
    resolved = models.BooleanField(_("resolved"), default=False, db_index=True)

    class Meta:
        verbose_name = _("registry link")
        verbose_name_plural = _("registry links")
        constraints = [
            values_check("kind", RelationKind, "registry_link_kind_valid"),
            models.UniqueConstraint(fields=["entry", "kind", "target_registry_id"], name="registry_link_unique"),
        ]


class AddresseeKind(models.TextChoices):
    MEMBER = "member", _("member")
    PARTY = "party", _("party")


class Addressee(models.Model):
    """A member or a parliamentary party a promise was made to."""

    kind = models.CharField(_("kind"), max_length=10, choices=AddresseeKind.choices)
    registry_id = models.UUIDField(_("registry Id"), null=True, blank=True, unique=True)
    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=40, blank=True, db_index=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("addressee")
        verbose_name_plural = _("addressees")
        constraints = [values_check("kind", AddresseeKind, "addressee_kind_valid")]

    def __str__(self):
        return self.abbreviation or self.name


class CommitmentAddressee(models.Model):
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="addressee_links", verbose_name=_("commitment")
    )
    addressee = models.ForeignKey(
        Addressee, on_delete=models.PROTECT, related_name="commitment_links", verbose_name=_("addressee")
    )
    source = models.CharField(
        _("source"), max_length=20, default="registry", help_text=_("registry, extractor or admin")
    )

    class Meta:
        verbose_name = _("addressee of a commitment")
        verbose_name_plural = _("addressees of commitments")
        constraints = [models.UniqueConstraint(fields=["commitment", "addressee"], name="commitment_addressee_unique")]


class Committee(models.Model):
    """A committee of the Kamer (vaste commissie voor Defensie): the registry's activity names it
    as the leading committee, a committee debate's report in its opening sentence."""

    registry_id = models.UUIDField(_("registry Id"), null=True, blank=True, unique=True)
    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. vaste commissie voor Defensie"))
    abbreviation = models.CharField(_("abbreviation"), max_length=40, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("committee")
        verbose_name_plural = _("committees")

    def __str__(self):
        return self.name


class CommitmentCommittee(models.Model):
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="committee_links", verbose_name=_("commitment")
    )
    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="commitment_links", verbose_name=_("committee")
    )
    source = models.CharField(
        _("source"), max_length=20, default="registry", help_text=_("registry, extractor or admin")
    )

    class Meta:
        verbose_name = _("committee of a commitment")
        verbose_name_plural = _("committees of commitments")
        constraints = [models.UniqueConstraint(fields=["commitment", "committee"], name="commitment_committee_unique")]


class FeedDocument(models.Model):
    """A Document of the Kamer's feed and what became of it here (stored once per content)."""

    registry_id = models.UUIDField(_("registry Id"), unique=True)
    number = models.CharField(_("document number"), max_length=40, blank=True, db_index=True)
    kind_as_written = models.CharField(_("kind as written"), max_length=200, blank=True)
    resource_url = models.URLField(_("file"), max_length=2000, blank=True)
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feed_entries",
        verbose_name=_("document"),
    )
    changed_at = models.DateTimeField(_("changed in the registry"))
    deleted = models.BooleanField(_("deleted in the registry"), default=False)
    failure_code = models.CharField(_("failure code"), max_length=40, blank=True)
    failure_message = models.TextField(_("failure message"), blank=True)
    # A download that failed is tried again from the feed's metadata kept here, after a doubling
    # wait, up to SOURCES_DOWNLOAD_MAX_ATTEMPTS; the sweep reads only rows with a next attempt.
    published_on = models.DateField(_("date in the feed"), null=True, blank=True)
    title = models.CharField(_("title in the feed"), max_length=500, blank=True)
    content_type = models.CharField(_("content type in the feed"), max_length=100, blank=True)
    download_attempts = models.PositiveSmallIntegerField(_("failed downloads"), default=0)
    next_attempt_at = models.DateTimeField(_("next download attempt"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("document of the feed")
        verbose_name_plural = _("documents of the feed")

    def __str__(self):
        return self.number or str(self.registry_id)


class ReconciliationProposal(models.Model):
    """A registry entry and an extracted commitment that may be one promise: a clerk decides."""

    entry = models.ForeignKey(
        RegistryEntry, on_delete=models.CASCADE, related_name="proposals", verbose_name=_("registry entry")
    )
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="reconciliation_proposals",
        verbose_name=_("extracted commitment"),
    )
    score = models.FloatField(_("score"))
    evidence = models.TextField(_("evidence"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=ProposalState.choices, default=ProposalState.PROPOSED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("decided by")
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        verbose_name = _("reconciliation proposal")
        verbose_name_plural = _("reconciliation proposals")
        constraints = [
            values_check("state", ProposalState, "reconciliation_state_valid"),
            models.UniqueConstraint(fields=["entry", "commitment"], name="reconciliation_unique_pair"),
        ]
