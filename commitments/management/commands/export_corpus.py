"""manage.py export_corpus DIR [--since DATE]: fully reviewed documents as labelled corpus files."""

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...services.corpus_export import export_corpus


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--since wants a date as YYYY-MM-DD, not {value!r}.") from error


class Command(BaseCommand):
    help = (
        "Write every document whose mentions a clerk has fully reviewed as NNN.txt + NNN.json in "
        "tests/corpus's format: confirmed and clerk-added mentions become commitments, rejected ones decoys."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--since", type=_day, help="only documents with a review decision on or after this day")

    def handle(self, *args, directory: Path, since=None, **options):
        if directory.exists() and not directory.is_dir():
            raise CommandError(f"{directory} is not a folder.")
        result = export_corpus(directory, since)
        for path in result.written:
            self.stdout.write(f"wrote {path.with_suffix('.txt').name} + {path.name}")
        self.stdout.write(
            f"{len(result.written)} documents exported to {directory}"
            + (f", {result.skipped_already_there} already there" if result.skipped_already_there else "")
        )
