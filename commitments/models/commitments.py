from collections.abc import Iterable

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Action, Chamber, DeadlineKind, RelationKind, ReviewState, Status, values_check
from .documents import Document
from .government import GovernmentMember, Ministry
from .querysets import OPEN, CommitmentQuerySet
from .signature import signature_of


class Commitment(models.Model):
    """One promise by a government member to a chamber. Overdue is derived, never stored."""

    number = models.CharField(_("number"), max_length=20, unique=True, null=True, blank=True)
    text = models.TextField(_("text"))
    actor = models.CharField(_("actor"), max_length=300, blank=True)
    government_member = models.ForeignKey(
        GovernmentMember, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("government member")
    )
    ministry = models.ForeignKey(
        Ministry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("ministry"),
    )
    # A letter of two ministers ("mede namens"): the ministries beside `ministry` that share the promise.
    also_ministries = models.ManyToManyField(
        Ministry, blank=True, related_name="shared_commitments", verbose_name=_("also on behalf of")
    )
    chamber = models.CharField(_("chamber"), max_length=2, choices=Chamber.choices, default=Chamber.TWEEDE_KAMER)
    addressees = models.CharField(
        _("addressees"), max_length=300, blank=True, help_text=_("e.g. uw Kamer, de commissie")
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices, default=Action.OTHER)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    deadline_kind = models.CharField(
        _("deadline kind"), max_length=10, choices=DeadlineKind.choices, default=DeadlineKind.NONE
    )
    deadline_text = models.CharField(_("deadline as written"), max_length=500, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_date_estimated = models.BooleanField(
        _("due date estimated"), default=False, help_text=_("the recess calendar had no row for that year")
    )
    deadline_assumed = models.BooleanField(
        _("deadline assumed"), default=False, help_text=_("no deadline was stated; the default policy set one")
    )
    condition = models.TextField(_("condition"), blank=True, help_text=_("the event the promise waits for (zodra ...)"))
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    recurring = models.BooleanField(_("recurring"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    review_state = models.CharField(
        _("review state"), max_length=10, choices=ReviewState.choices, default=ReviewState.PROPOSED
    )
    fulfilled_on = models.DateField(_("fulfilled on"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="merged", verbose_name=_("merged into")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    # The content words of the text, the condition and every mention's quote (signature.py), for linking.
    link_signature = models.TextField(_("link signature"), blank=True, editable=False)
    # Written by the database only (triggers of migration 0019, on every write path: the ORM,
    # bulk inserts, SQL), so the lists sort and the dashboard reads them from an index instead
    # of a correlated subquery per row. save() never writes them back (see below).
    promised_on = models.DateField(
        _("promised on"),
        null=True,
        editable=False,
        help_text=_("the earliest date of the documents that mention it, else the day it was recorded"),
    )
    lowest_confidence = models.FloatField(_("lowest confidence"), null=True, editable=False)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "id"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        indexes = [
            # overdue(), due_between() and reminder sweeps: open rows by due date.
            models.Index(fields=["status", "due_date"], name="commitment_status_due"),
            # Keyset polling of the API: ORDER BY updated_at, id.
            models.Index(fields=["updated_at", "id"], name="commitment_updated_id"),
            models.Index(fields=["review_state", "status"], name="commitment_review_status"),
            # The candidates of linking and of deliveries: a ministry's commitments, most recently
            # updated first (services/linking.py). Not partial: SQLite uses a partial index only when
            # the query spells its condition in literals, and Django binds them as parameters.
            models.Index(fields=["ministry", "-updated_at", "-id"], name="commitment_ministry_updated"),
            # The admin list's default order (Meta.ordering): a page is the index's first 50 entries.
            models.Index(fields=["due_date", "id"], name="commitment_due_id"),
            # "Open since" in the list and the dashboard's oldest open promises.
            models.Index(fields=["promised_on", "id"], name="commitment_promised_id"),
            # The review queue: proposed and not merged, lowest confidence first.
            models.Index(
                fields=["lowest_confidence", "id"],
                name="commitment_review_queue",
                condition=models.Q(review_state=ReviewState.PROPOSED, merged_into__isnull=True),
            ),
            # The dashboard: its counts per ministry read only this index (an index-only scan of
            # the open rows), its months a range of it.
            models.Index(fields=["due_date", "ministry", "review_state"], name="commitment_open_due", condition=OPEN),
        ]
        constraints = [
            values_check("status", Status, "commitment_status_valid"),
            values_check("review_state", ReviewState, "commitment_review_state_valid"),
            values_check("deadline_kind", DeadlineKind, "commitment_deadline_kind_valid"),
            values_check("action", Action, "commitment_action_valid"),
            values_check("chamber", Chamber, "commitment_chamber_valid"),
            models.CheckConstraint(
                condition=models.Q(fulfilled_on__isnull=True)
                | models.Q(status__in=[Status.FULFILLED, Status.PARTLY_FULFILLED]),
                name="commitment_fulfilled_on_needs_fulfilment",
            ),
            models.CheckConstraint(
                condition=models.Q(merged_into__isnull=True) | ~models.Q(merged_into=models.F("id")),
                name="commitment_not_merged_into_itself",
            ),
        ]

    def __str__(self):
        return f"{self.number or '—'}: {shortened(self.text, 80)}"

    DERIVED_FIELDS = ("promised_on", "lowest_confidence")

    def save(self, *args, **kwargs):
        # The signature follows the text and the condition wherever they are written (a service,
        # the admin's form); quotes of new mentions are added by Commitment.objects.add_quotes().
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"text", "condition"} & set(update_fields):
            self.sign(self._quotes())
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "link_signature"}
        # An instance read before a mention was added holds stale derived values: a full save
        # of it writes every column but those, which only the database's triggers keep.
        if not self._state.adding and self.pk is not None and update_fields is None and not kwargs.get("force_insert"):
            kwargs["update_fields"] = [
                f.name for f in self._meta.concrete_fields if not f.primary_key and f.name not in self.DERIVED_FIELDS
            ]
        super().save(*args, **kwargs)

    def sign(self, quotes: Iterable[str] = ()) -> None:
        """Set the link signature from the text, the condition and `quotes`, all its mentions' quotes."""
        self.link_signature = signature_of([self.text, self.condition, *quotes])

    def _quotes(self) -> list[str]:
        if self._state.adding or self.pk is None:
            return []
        return list(Mention.objects.filter(commitment_id=self.pk).values_list("quote", flat=True))

    def give_public_number(self) -> None:
        """Set and save the public number. It derives from the primary key, so concurrent workers never collide."""
        if not self.number:
            self.number = self.public_number_of(self.pk)
            self.save(update_fields=["number"])

    @staticmethod
    def public_number_of(pk: int) -> str:
        return f"TZ-{pk:06d}"


class Mention(models.Model):
    """One place in one document that states or repeats a commitment, with its provenance."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("commitment")
    )
    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("document")
    )
    quote = models.TextField(_("quote"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    rule = models.CharField(_("rule"), max_length=100)
    confidence = models.FloatField(_("confidence"))
    deadline_text = models.CharField(_("deadline as written"), max_length=500, blank=True)
    condition = models.TextField(_("condition"), blank=True)
    refers_to_earlier = models.BooleanField(_("refers to an earlier promise"), default=False)
    extractor_version = models.CharField(_("extractor version"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["document_id", "start"]
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [
            models.UniqueConstraint(fields=["document", "start", "end"], name="mention_unique_span"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="mention_span_nonempty"),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1), name="mention_confidence_unit"
            ),
        ]

    def __str__(self):
        return f"{self.document}: {self.quote[:60]}"


class CommitmentRelation(models.Model):
    """A typed link between two commitments: a repetition, a modification (e.g. postponement), a supplement."""

    source = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="relations_out", verbose_name=_("from")
    )
    target = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="relations_in", verbose_name=_("to"))
    kind = models.CharField(_("kind"), max_length=20, choices=RelationKind.choices)
    document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("document that establishes it")
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("relation between commitments")
        verbose_name_plural = _("relations between commitments")
        constraints = [
            values_check("kind", RelationKind, "relation_kind_valid"),
            models.UniqueConstraint(fields=["source", "target", "kind"], name="relation_unique"),
            models.CheckConstraint(condition=~models.Q(source=models.F("target")), name="relation_not_to_itself"),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display()} {self.target}"


def shortened(text: str, limit: int) -> str:
    """The text up to `limit` characters, cut between words with an ellipsis ("... over een b" read as broken)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:") + "…"
