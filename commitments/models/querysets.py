"""Reads of commitments that the admin, the API and the reminders share."""

import datetime as dt

from django.db import connections, models
from django.utils import timezone

from .signature import signature_of, widened

OPEN_STATUSES = ("open", "partly_fulfilled")
# What open() keeps.
# A partly fulfilled promise still owes something, so it counts as open.
# It is also the condition of the partial index that serves the dashboard: the same SQL, so the
# planner sees that the index covers the query.
OPEN = models.Q(status__in=OPEN_STATUSES, merged_into__isnull=True) & ~models.Q(review_state="rejected")

# Whom a promise was made to, as one JSON array per commitment: read in the same query as the
# commitment, so a polled list page costs no second query. Each database spells it its own way.
_ADDRESSEE_ITEM = "'id', a.id, 'kind', a.kind, 'name', a.name, 'abbreviation', a.abbreviation, 'source', l.source"
_ADDRESSEES_JSON = {
    "sqlite": (
        "SELECT json_group_array(json(item)) FROM (SELECT json_object({item}) AS item"
        " FROM commitments_commitmentaddressee l JOIN commitments_addressee a ON a.id = l.addressee_id"
        " WHERE l.commitment_id = commitments_commitment.id ORDER BY a.kind, a.name, a.id)"
    ),
    "postgresql": (
        "SELECT COALESCE(json_agg(json_build_object({item}) ORDER BY a.kind, a.name, a.id), '[]')::text"
        " FROM commitments_commitmentaddressee l JOIN commitments_addressee a ON a.id = l.addressee_id"
        " WHERE l.commitment_id = commitments_commitment.id"
    ),
}


class CommitmentQuerySet(models.QuerySet):
    def open(self):
        return self.filter(OPEN)

    def give_public_numbers(self, commitments: list) -> None:
        """Commitment.give_public_number for many saved commitments at once, in one statement."""
        numbered = [c for c in commitments if not c.number]
        for commitment in numbered:
            commitment.number = self.model.public_number_of(commitment.pk)
        self.bulk_update(numbered, ["number"], batch_size=500)

    def add_quotes(self, quotes: dict[int, list[str]]) -> None:
        """Widen the link signatures of the commitments in `quotes` ({pk: their new mentions' quotes}).

        The rows are locked in id order, so two workers adding mentions to the same commitment
        neither lose each other's words nor deadlock. updated_at is left alone: new words are
        not a change a clerk or a poller needs to see.
        """
        rows = self.select_for_update().filter(pk__in=quotes).order_by("pk").values_list("pk", "link_signature")
        changed = []
        for pk, signature in rows:
            wider = widened(signature, quotes[pk])
            if wider != signature:
                changed.append(self.model(pk=pk, link_signature=wider))
        self.bulk_update(changed, ["link_signature"], batch_size=500)

    def refresh_link_signatures(self) -> int:
        """Compute these commitments' link signatures again from their text, condition and mentions."""
        from .commitments import Mention

        count = 0
        for chunk in _chunks(self.order_by("pk").values_list("pk", "text", "condition").iterator(), 1000):
            quotes: dict[int, list[str]] = {pk: [text, condition] for pk, text, condition in chunk}
            for pk, quote in Mention.objects.filter(commitment_id__in=quotes).values_list("commitment_id", "quote"):
                quotes[pk].append(quote)
            self.model.objects.bulk_update(
                [self.model(pk=pk, link_signature=signature_of(texts)) for pk, texts in quotes.items()],
                ["link_signature"],
                batch_size=500,
            )
            count += len(quotes)
        return count

    def overdue(self, as_of: dt.date | None = None):
        # Due on the due date itself; overdue from the day after.
        as_of = as_of or timezone.localdate()
        return self.open().filter(due_date__lt=as_of)

    def due_between(self, first: dt.date, last: dt.date):
        return self.open().filter(due_date__gte=first, due_date__lte=last)

    def with_extracted(self):
        """Annotated with extracted: a mention in a document (the extractor's half of the API's `source`)."""
        from .commitments import Mention

        return self.annotate(extracted=models.Exists(Mention.objects.filter(commitment=models.OuterRef("pk"))))

    def with_sources(self):
        """Annotated with in_registry (a live registry entry) and extracted (a mention in a document):
        the two halves of the API's `source` and of the reconciliation's three groups."""
        from .registry import RegistryEntry

        return self.with_extracted().annotate(
            in_registry=models.Exists(RegistryEntry.objects.filter(commitment=models.OuterRef("pk"), deleted=False))
        )

    def with_addressees_json(self):
        """Annotated with addressees_json: a JSON array of {id, kind, name, abbreviation, source}."""
        sql = _ADDRESSEES_JSON[connections[self.db].vendor].format(item=_ADDRESSEE_ITEM)
        return self.annotate(addressees_json=models.expressions.RawSQL(f"({sql})", (), output_field=models.TextField()))


def _chunks(rows, size):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
