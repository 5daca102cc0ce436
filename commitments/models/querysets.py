"""Reads of commitments that the admin, the API and the reminders share."""

import datetime as dt

from django.db import models
from django.utils import timezone

OPEN_STATUSES = ("open", "partly_fulfilled")


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
