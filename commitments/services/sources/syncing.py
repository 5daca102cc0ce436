"""Walk one entity set from its cursor and record every row, one transaction per row.

A row and the cursor move together: the row's transaction also sets the cursor to its
GewijzigdOp. A sync killed anywhere (between rows, mid-page, by a dropped connection) leaves
every recorded row and a cursor that points at the last of them; the next run reads from
there (`ge`: that last row comes again and is found unchanged), so nothing is lost or
recorded twice. A page the server garbles, or a server that stays away after every retry,
ends the run as failed with the cursor where the last good row left it. A bad row is counted
and reported, and the run goes on.
"""

import datetime as dt
import logging
from collections.abc import Callable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ...models import SourceCursor, SourceRun
from ...models.sources import SourceRunStatus
from ...sources import MalformedPage, ODataClient, Query, SourceUnavailable
from ...sources import documents as feed_set
from ...sources import toezegging as registry_set
from ...sources.toezegging import RowError
from ..calendar import recess_calendar
from .feed import FeedRecorder, due_downloads
from .reconciling import reconcile_registry_only
from .registry import RegistryRecorder, resolve_links

logger = logging.getLogger(__name__)
ENTITY_SETS = (registry_set.ENTITY_SET, feed_set.ENTITY_SET)
Progress = Callable[[int, int | None], None]


class _Registry:
    def __init__(self, client: ODataClient, on_ingested=None):
        self.recorder = RegistryRecorder(recess_calendar())

    def query(self, since):
        return Query(registry_set.ENTITY_SET, since=since, select=registry_set.SELECT, expand=registry_set.EXPAND)

    def read(self, row):
        return registry_set.read_toezegging(row)

    def retries(self) -> list:
        return []


class _Feed:
    def __init__(self, client: ODataClient, on_ingested=None):
        self.root = client.root
        self.recorder = FeedRecorder(client, on_ingested)

    def query(self, since):
        return Query(feed_set.ENTITY_SET, since=since, select=feed_set.SELECT, where=feed_set.kinds_filter())

    def read(self, row):
        return feed_set.read_document_row(row, self.root)

    def retries(self) -> list:
        # Read whole before any is recorded: each is written in its own transaction.
        return list(due_downloads(timezone.now()))


HANDLERS: dict[str, type[_Registry] | type[_Feed]] = {registry_set.ENTITY_SET: _Registry, feed_set.ENTITY_SET: _Feed}


def sync(
    entity_set: str,
    client: ODataClient,
    *,
    since: dt.datetime | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    on_ingested: Callable | None = None,
) -> SourceRun:
    """One run over one entity set; `since` reads from a moment of choice instead of the cursor
    (the cursor itself never moves back). `progress(n, N)` is called after each row is committed;
    `on_ingested(run)` after a feed document is newly stored (the caller queues its extraction)."""
    if entity_set not in HANDLERS:
        raise ValueError(f"unknown entity set {entity_set!r}; known: {', '.join(HANDLERS)}")
    cursor = SourceCursor.objects.get_or_create(entity_set=entity_set)[0]
    _close_abandoned(entity_set)
    start = since if since is not None else cursor.stamp
    run = SourceRun.objects.create(entity_set=entity_set, cursor_from=start)
    handler = HANDLERS[entity_set](client, on_ingested)
    requests_before, done = client.requests, 0
    try:
        for page in client.pages(handler.query(start)):
            if run.total is None and page.total is not None:
                run.total = min(page.total, limit) if limit is not None else page.total
            for row in page.rows:
                if limit is not None and done >= limit:
                    break
                done += 1
                _one_row(handler, row, cursor, run)
                if progress is not None:
                    progress(done, run.total)
            # The counts are visible page by page, so a clerk can watch a long first import.
            run.save(update_fields=["total", "fetched", "changed", "failed", "error_code", "last_error"])
            if limit is not None and done >= limit:
                break
        # Files that failed to download on an earlier run and are due again (the feed only).
        for item in handler.retries():
            run.retried += 1
            _record(handler, item, None, run)
        run.status = SourceRunStatus.FINISHED
    except (MalformedPage, SourceUnavailable) as error:
        run.status, run.error_code, run.last_error = SourceRunStatus.FAILED, error.code, error.message
    finally:
        run.requests = client.requests - requests_before
        run.cursor_to = SourceCursor.objects.values_list("stamp", flat=True).get(pk=cursor.pk)
        run.finished_at = timezone.now()
        run.save()
    if run.status == SourceRunStatus.FINISHED:
        resolve_links()
        reconcile_registry_only()
    return run


def _one_row(handler, row: dict, cursor: SourceCursor, run: SourceRun) -> None:
    run.fetched += 1
    try:
        item = handler.read(row)
    except RowError as error:
        _failed(run, "bad_row", error.message)
        return
    _record(handler, item, cursor, run)


def _record(handler, item, cursor: SourceCursor | None, run: SourceRun) -> None:
    """Record one item in its own transaction, with the cursor when it came from the page walk."""
    try:
        prepared = handler.recorder.prepare(item)
        with transaction.atomic():
            outcome = handler.recorder.record(item, prepared)
            # Only forward: a --since run over older rows never drags the cursor back.
            if cursor is not None:
                SourceCursor.objects.filter(Q(stamp__isnull=True) | Q(stamp__lt=item.changed_at), pk=cursor.pk).update(
                    stamp=item.changed_at, updated_at=timezone.now()
                )
    except Exception as error:  # one row's bug must not stop the registry: count it, say it, go on
        logger.exception("Recording %s %s failed", run.entity_set, getattr(item, "id", "?"))
        handler.recorder.forget()
        _failed(run, "row_failed", f"{getattr(item, 'id', '?')}: {type(error).__name__}: {error}")
        return
    run.changed += outcome.changed
    if outcome.failure:
        _failed(run, "row_failed", outcome.failure)


def _failed(run: SourceRun, code: str, message: str) -> None:
    run.failed += 1
    run.error_code, run.last_error = code, message


def _close_abandoned(entity_set: str) -> None:
    """A run still 'running' from a process that died is closed as failed, so a clerk sees it."""
    SourceRun.objects.filter(entity_set=entity_set, status=SourceRunStatus.RUNNING).update(
        status=SourceRunStatus.FAILED,
        error_code="interrupted",
        last_error="the process stopped before the run ended",
        finished_at=timezone.now(),
    )
