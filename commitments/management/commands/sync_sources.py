import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ...models.sources import SourceRunStatus
from ...services.sources.client import build_client
from ...services.sources.syncing import ENTITY_SETS, sync
from ...tasks import extract_ingested
from ..progress import ProgressLine


def _moment(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since {value!r} is not a date (YYYY-MM-DD) or a moment (YYYY-MM-DDTHH:MM)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


class Command(BaseCommand):
    help = "Read the Kamer's registry (Toezegging) and new documents (Document) from the Gegevensmagazijn."

    def add_arguments(self, parser):
        parser.add_argument("--entity", choices=ENTITY_SETS, help="one entity set (default: both, the registry first)")
        parser.add_argument("--since", help="read rows changed since this date instead of since the cursor")
        parser.add_argument("--limit", type=int, help="stop after this many rows per entity set")

    def handle(self, *args, entity=None, since=None, limit=None, **options):
        if not settings.SOURCES_ENABLED:
            raise CommandError(
                "The sources are off: set SOURCES_ENABLED=true (and TK_ODATA_URL if not the Kamer's own)."
            )
        if limit is not None and limit < 1:
            raise CommandError("--limit must be at least 1.")
        since_moment = _moment(since) if since else None
        client = build_client()
        failed = False
        for entity_set in [entity] if entity else ENTITY_SETS:
            line = ProgressLine(self.stdout, entity_set)
            run = sync(entity_set, client, since=since_moment, limit=limit, progress=line, on_ingested=extract_ingested)
            line.close()
            self.stdout.write(
                f"{entity_set}: {run.fetched} fetched, {run.changed} changed, {run.failed} failed, "
                f"{run.requests} requests; cursor {run.cursor_to.isoformat() if run.cursor_to else '—'}"
            )
            if run.status == SourceRunStatus.FAILED or run.failed:
                failed = True
                self.stderr.write(f"{entity_set}: {run.error_code}: {run.last_error}")
        if failed:
            raise SystemExit(1)
