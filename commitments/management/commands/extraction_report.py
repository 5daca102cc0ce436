"""manage.py extraction_report: per rule, mentions found and what clerks decided about them."""

from django.core.management.base import BaseCommand

from ...selectors.extraction_report import extraction_report


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = (
        "Per extraction rule: mentions found, confirmed, rejected, pending, precision; "
        "and the clerk-added (missed) count."
    )

    def handle(self, *args, **options):
        report = extraction_report()
        header = ("rule", "found", "confirmed", "rejected", "pending", "precision")
        rows = [header] + [
            (r.rule, str(r.found), str(r.confirmed), str(r.rejected), str(r.pending), _share(r.precision))
            for r in [*report.rules, report.total]
        ]
        rows[-1] = ("total", *rows[-1][1:])
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        for row in rows:
            self.stdout.write(
                "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
            )
        self.stdout.write(f"\nmissed by the extractor, added by clerks: {report.missed}")
