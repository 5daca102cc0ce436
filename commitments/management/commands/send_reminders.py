"""Run the reminder sweep once, without Celery: `manage.py send_reminders [--dry-run] [--as-of DATE]`.

Exits 1 when any email was not sent (the digest waits for a retry or, refused for good, for a clerk).
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from commitments.models import Commitment
from commitments.services.reminders import planning, sending


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--as-of {value!r} is not a date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = "Plan today's reminders and send one digest per recipient (--dry-run: show them, change nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="print the emails, send and record nothing")
        parser.add_argument("--as-of", type=_date, help="the day to run for (default: today in Europe/Amsterdam)")

    def handle(self, *args, dry_run=False, as_of=None, **options):
        as_of = as_of or timezone.localdate()
        planned = planning.plan(as_of, dry_run=dry_run)
        ids = {commitment_id for digest in planned for commitment_id, _, _ in digest.items}
        numbers = dict(Commitment.objects.filter(pk__in=ids).values_list("pk", "number"))
        for digest in planned:
            self.stdout.write(f"{digest.recipient}: {len(digest.items)} item(s)")
            for commitment_id, kind, period_key in digest.items:
                # Clerks know a promise by its public number; the id only when it has none.
                number = numbers.get(commitment_id) or f"commitment {commitment_id}"
                self.stdout.write(f"  {kind:<15} {number}  {period_key}")
        if dry_run:
            self.stdout.write(
                f"Dry run for {as_of}: {len(planned)} email(s) would be sent; nothing was sent or recorded."
            )
            return
        report = sending.send_pending(sending.RunReport(as_of=as_of.isoformat(), planned=len(planned)))
        self.stdout.write(
            f"{as_of}: {report.planned} planned, {report.sent} sent, {report.skipped} skipped, "
            f"{report.failed} failed, {report.taken} taken by another sender."
        )
        if report.failed:
            # Non-zero, so cron or a monitor sees an outage; the digests wait in the outbox.
            raise CommandError(f"{report.failed} email(s) not sent; see the reminder emails in the admin.")
