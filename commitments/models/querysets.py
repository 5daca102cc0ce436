"""Reads of commitments that the admin, the API and the reminders share."""

import datetime as dt

from django.db import connections, models
from django.utils import timezone

OPEN_STATUSES = ("open", "partly_fulfilled")

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
        # A partly fulfilled promise still owes something, so it counts as open.
        return self.filter(status__in=OPEN_STATUSES, merged_into__isnull=True).exclude(review_state="rejected")

    def overdue(self, as_of: dt.date | None = None):
        # Due on the due date itself; overdue from the day after.
        as_of = as_of or timezone.localdate()
        return self.open().filter(due_date__lt=as_of)

    def due_between(self, first: dt.date, last: dt.date):
        return self.open().filter(due_date__gte=first, due_date__lte=last)

    def with_sources(self):
        """Annotated with in_registry (a live registry entry) and extracted (a mention in a document):
        the two halves of the API's `source` and of the reconciliation's three groups."""
        from .commitments import Mention
        from .registry import RegistryEntry

        return self.annotate(
            in_registry=models.Exists(RegistryEntry.objects.filter(commitment=models.OuterRef("pk"), deleted=False)),
            extracted=models.Exists(Mention.objects.filter(commitment=models.OuterRef("pk"))),
        )

    def with_addressees_json(self):
        """Annotated with addressees_json: a JSON array of {id, kind, name, abbreviation, source}."""
        sql = _ADDRESSEES_JSON[connections[self.db].vendor].format(item=_ADDRESSEE_ITEM)
        return self.annotate(addressees_json=models.expressions.RawSQL(f"({sql})", (), output_field=models.TextField()))
