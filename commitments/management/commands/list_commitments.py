"""manage.py list_commitments : a plain table of the commitments, for the terminal."""

import shutil

from django.core.management.base import BaseCommand

from ...models import Commitment


class Command(BaseCommand):
    help = "Print the commitments as a table."

    def add_arguments(self, parser):
        parser.add_argument("--status", help="only this status (open, partly_fulfilled, fulfilled, lapsed)")

    def handle(self, *args, status=None, **options):
        rows = Commitment.objects.select_related("ministry").order_by("id")
        if status:
            rows = rows.filter(status=status)
        width = max(60, shutil.get_terminal_size((160, 20)).columns)
        header = ("number", "due", "kind", "status", "mentions", "actor", "text")
        table = [header]
        for c in rows.prefetch_related("mentions"):
            table.append(
                (
                    c.number or "",
                    str(c.due_date or "—"),
                    c.deadline_kind,
                    c.status,
                    str(len(c.mentions.all())),
                    (c.actor or "")[:40],
                    c.text,
                )
            )
        fixed = [max(len(row[i]) for row in table) for i in range(6)]
        text_width = max(20, width - sum(fixed) - 2 * 6)
        for row in table:
            cells = [row[i].ljust(fixed[i]) for i in range(6)]
            text = row[6] if len(row[6]) <= text_width else row[6][: text_width - 1] + "…"
            self.stdout.write("  ".join([*cells, text]))
        self.stdout.write(f"\n{len(table) - 1} commitments")
