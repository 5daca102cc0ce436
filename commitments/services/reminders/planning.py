"""The reminder sweep's planning half: which recipients get which items today.

One run: under the sweep's lock (a row lock on ReminderCursor; on SQLite every write
transaction is already serialised), refresh the plans of commitments changed since the
last run, read the plans due today (the indexed `next_on <= as_of`), resolve each item's
recipients, and write one digest per recipient holding its log rows. The log's unique key
(recipient, commitment, kind, due date or period) drops anything planned before, so a
rerun, a second beat or a second worker plans nothing twice; the whole plan commits or
none of it does, so a crash while planning loses nothing either. Sending is
`sending.send_pending`.

The number of queries does not depend on the number of commitments: every step is one
set-based query; the plans' new dates go back in one statement on PostgreSQL.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from ...models import (
    Commitment,
    CommitmentAddressee,
    CommitmentCommittee,
    Mention,
    MinistryContact,
    ReminderCursor,
    ReminderDigest,
    ReminderLog,
    ReminderOptOut,
    ReminderPlan,
    Subscription,
)
from ...models.querysets import OPEN_STATUSES
from ...models.reminders import ReminderState
from .schedule import UNDATED_KINDS, Cadence, current_and_next, overview_period

# A change saved just before the previous run but committed after it must still be seen.
CHANGE_MARGIN = dt.timedelta(hours=1)
CURSOR = "sweep"
# The backfill's start: past every promise due on the horizon day, which the first run planned.
AFTER_EVERY_ID = 2**63 - 1


@dataclass
class PlannedDigest:
    id: int
    recipient: str
    items: list[tuple[int, str, str]] = field(default_factory=list)  # (commitment id, kind, period key)


def plan(as_of: dt.date, *, dry_run: bool = False, now: dt.datetime | None = None) -> list[PlannedDigest]:
    """Plan today's reminders into digests and return them. A dry run rolls everything back."""
    now = now or timezone.now()
    cadence = Cadence.from_settings()
    with transaction.atomic():
        cursor = _lock_cursor()
        if cursor.changed_since:
            refresh_plans(
                Commitment.objects.filter(updated_at__gte=cursor.changed_since - CHANGE_MARGIN), as_of, cadence
            )
            _backfill(cursor, as_of, cadence)
        else:
            # The first run ever: every open promise needs a plan. Those that may have a point
            # due within the horizon get one now; the rest, whose first point is later, a batch
            # per later run from the earliest due on (_backfill), so no run plans a million at
            # once. The first run has enough to do: it sends every reminder already due.
            refresh_plans(Commitment.objects.open().filter(_near(as_of, cadence)), as_of, cadence)
            cursor.backfill_due, cursor.backfill_id = _horizon(as_of, cadence), AFTER_EVERY_ID
        cursor.changed_since = now
        cursor.save(update_fields=["changed_since", "backfill_due", "backfill_id"])
        silenced = _silenced(as_of)
        wanted: dict[str, dict[tuple, None]] = defaultdict(dict)
        _collect_scheduled(as_of, cadence, wanted, silenced)
        _collect_overviews(as_of, cadence, wanted, silenced)
        planned = _write_digests(as_of, wanted)
        if dry_run:
            transaction.set_rollback(True)
    return planned


def continue_backfill(as_of: dt.date) -> int:
    """Plan one more batch of a first run's backlog, if there is one (the outbox sweep calls it)."""
    with transaction.atomic():
        cursor = _lock_cursor()
        if cursor.backfill_id is None:
            return 0
        planned = _backfill(cursor, as_of, Cadence.from_settings())
        cursor.save(update_fields=["backfill_due", "backfill_id"])
    return planned


def _horizon(as_of: dt.date, cadence: Cadence) -> dt.date:
    return as_of + dt.timedelta(days=max(cadence.days_before, default=0))


def _near(as_of: dt.date, cadence: Cadence) -> Q:
    """Promises whose current or next point may fall within the horizon: due by then, or undated."""
    return Q(due_date__isnull=True) | Q(deadline_kind__in=UNDATED_KINDS) | Q(due_date__lte=_horizon(as_of, cadence))


def _backfill(cursor: ReminderCursor, as_of: dt.date, cadence: Cadence) -> int:
    """Plan the next REMINDER_BACKFILL_BATCH open promises after the cursor in (due date, id) order.

    In due-date order, the backlog's front stays ahead of the promises' first points (14 days
    before their due date) while each batch covers more than a day of due dates. A promise
    changed meanwhile is planned by the change refresh as well; planning it twice is harmless.
    """
    if cursor.backfill_id is None or cursor.backfill_due is None:
        return 0
    batch = settings.REMINDER_BACKFILL_BATCH
    after = Q(due_date__gt=cursor.backfill_due) | Q(due_date=cursor.backfill_due, id__gt=cursor.backfill_id)
    rows = list(Commitment.objects.open().filter(after).order_by("due_date", "id").values_list(*PLAN_FIELDS)[:batch])
    _upsert_plans(rows, as_of, cadence)
    if len(rows) < batch:
        cursor.backfill_due = cursor.backfill_id = None
    else:
        cursor.backfill_due, cursor.backfill_id = rows[-1][PLAN_FIELDS.index("due_date")], rows[-1][0]
    return len(rows)


def _lock_cursor() -> ReminderCursor:
    ReminderCursor.objects.get_or_create(name=CURSOR)
    return ReminderCursor.objects.select_for_update().get(name=CURSOR)


PLAN_FIELDS = ("id", "status", "review_state", "merged_into_id", "deadline_kind", "due_date", "created_at")


def refresh_plans(commitments, as_of: dt.date, cadence: Cadence | None = None) -> int:
    """Recompute next_on for these commitments (a queryset): the current point if there is one.

    Pointing at a point that was already sent is harmless: the log's key refuses it again.
    """
    return _upsert_plans(commitments.values_list(*PLAN_FIELDS).iterator(chunk_size=5000), as_of, cadence)


def _upsert_plans(rows, as_of: dt.date, cadence: Cadence | None = None) -> int:
    cadence = cadence or Cadence.from_settings()
    plans = [ReminderPlan(commitment_id=row[0], next_on=_first_pending(row[1:], as_of, cadence)) for row in rows]
    if plans:
        ReminderPlan.objects.bulk_create(
            plans, update_conflicts=True, unique_fields=["commitment"], update_fields=["next_on"]
        )
    return len(plans)


def _is_open(status, review_state, merged_into_id) -> bool:
    return status in OPEN_STATUSES and review_state != "rejected" and merged_into_id is None


def _first_pending(row, as_of, cadence):
    status, review_state, merged_into_id, deadline_kind, due_date, created_at = row
    if not _is_open(status, review_state, merged_into_id):
        return None
    current, following = current_and_next(deadline_kind, due_date, timezone.localdate(created_at), as_of, cadence)
    chosen = current or following
    return chosen.on if chosen else None


def _silenced(as_of) -> set[str]:
    rows = ReminderOptOut.objects.filter(Q(unsubscribed=True) | Q(paused_until__gte=as_of)).values_list(
        "email", flat=True
    )
    return {email.strip().lower() for email in rows}


def _collect_scheduled(as_of, cadence, wanted, silenced):
    rows = ReminderPlan.objects.filter(next_on__lte=as_of).values_list(
        *(f"commitment__{name}" for name in PLAN_FIELDS),
        "commitment__ministry_id",
        "commitment__chamber",
        "commitment__responsible__email",
        "commitment__responsible__user__email",
    )
    recipients = _Recipients(as_of)
    next_dates: dict[dt.date | None, list[int]] = defaultdict(list)
    for row in rows:  # one fetch: only today's rows, never the whole table
        commitment_id, status, review, merged, deadline_kind, due_date, created_at = row[:7]
        ministry_id, chamber, responsible_email, responsible_user_email = row[7:]
        following = None
        if _is_open(status, review, merged):
            current, following = current_and_next(
                deadline_kind, due_date, timezone.localdate(created_at), as_of, cadence
            )
            if current is not None:
                key = (commitment_id, current.kind, current.period_key)
                for email in recipients.for_commitment(
                    commitment_id, ministry_id, chamber, responsible_email or responsible_user_email
                ):
                    if email not in silenced:
                        wanted[email][key] = None
        next_dates[following.on if following else None].append(commitment_id)
    _move_plans(next_dates)


class _Recipients:
    """Everyone who hears about a commitment: the shared mailbox, its responsible person, subscribers."""

    def __init__(self, as_of):
        self.defaults = [_normal(e) for e in settings.REMINDER_DEFAULT_RECIPIENTS]
        self.by_scope = defaultdict(set)
        for sub in Subscription.objects.select_related("user", "contact"):
            email = _normal(sub.email)
            if not email:
                continue
            if sub.ministry_id:
                self.by_scope["ministry", sub.ministry_id].add(email)
            elif sub.chamber:
                self.by_scope["chamber", sub.chamber].add(email)
            elif sub.commitment_id:
                self.by_scope["commitment", sub.commitment_id].add(email)
            elif sub.addressee_id:
                self.by_scope["addressee", sub.addressee_id].add(email)
            elif sub.committee_id:
                self.by_scope["committee", sub.committee_id].add(email)
            else:
                self.by_scope["dossier", sub.dossier].add(email)
        # For each kind of scope a commitment reaches through another table, only the due
        # commitments' rows in subscribed scopes: a join, not an id list.
        self.scopes_of: dict[int, set[tuple]] = defaultdict(set)
        for kind, rows, column in (
            ("dossier", Mention.objects, "document__dossier"),
            ("addressee", CommitmentAddressee.objects, "addressee_id"),
            ("committee", CommitmentCommittee.objects, "committee_id"),
        ):
            wanted = [key[1] for key in self.by_scope if key[0] == kind]
            if not wanted:
                continue
            found = (
                rows.filter(**{f"{column}__in": wanted}, commitment__reminder_plan__next_on__lte=as_of)
                .values_list("commitment_id", column)
                .distinct()
            )
            for commitment_id, value in found:
                self.scopes_of[commitment_id].add((kind, value))

    def for_commitment(self, commitment_id, ministry_id, chamber, responsible) -> set[str]:
        emails = set(self.defaults)
        if responsible:
            emails.add(_normal(responsible))
        emails |= self.by_scope.get(("ministry", ministry_id), set())
        emails |= self.by_scope.get(("chamber", chamber), set())
        emails |= self.by_scope.get(("commitment", commitment_id), set())
        for scope in self.scopes_of.get(commitment_id, ()):
            emails |= self.by_scope[scope]
        emails.discard("")
        return emails


def _collect_overviews(as_of, cadence, wanted, silenced):
    """Ministry contacts get their ministry's overdue and soon-due promises once per period."""
    period = overview_period(as_of, cadence)
    contacts = list(
        MinistryContact.objects.exclude(last_overview_period=period).values_list("id", "ministry_id", "email")
    )
    if not contacts:
        return
    # Claimed under the sweep lock in the same transaction as the digests it feeds.
    MinistryContact.objects.filter(id__in=[c[0] for c in contacts]).update(last_overview_period=period)
    horizon = as_of + dt.timedelta(days=max(cadence.days_before, default=14))
    by_ministry = defaultdict(list)
    for _, ministry_id, email in contacts:
        if _normal(email) not in silenced:
            by_ministry[ministry_id].append(_normal(email))
    rows = (
        Commitment.objects.open()
        .filter(ministry_id__in=list(by_ministry), due_date__lte=horizon)
        .exclude(deadline_kind__in=UNDATED_KINDS)
        .values_list("id", "ministry_id")
    )
    for commitment_id, ministry_id in rows:
        for email in by_ministry[ministry_id]:
            wanted[email][(commitment_id, "overview", period)] = None


def _write_digests(as_of, wanted) -> list[PlannedDigest]:
    if not wanted:
        return []
    digests = ReminderDigest.objects.bulk_create([ReminderDigest(recipient=r, as_of=as_of) for r in sorted(wanted)])
    by_id = {d.id: PlannedDigest(d.id, d.recipient) for d in digests}
    # ON CONFLICT DO NOTHING: a key planned by an earlier run (or a concurrent one) stays with that run.
    if connection.vendor == "postgresql":
        rows = _insert_logs_postgres(digests, wanted)
    else:
        ReminderLog.objects.bulk_create(
            [
                ReminderLog(recipient=d.recipient, commitment_id=c, kind=k, period_key=p, digest_id=d.id)
                for d in digests
                for (c, k, p) in wanted[d.recipient]
            ],
            ignore_conflicts=True,
        )
        rows = ReminderLog.objects.filter(digest_id__in=list(by_id)).values_list(
            "digest_id", "commitment_id", "kind", "period_key"
        )
    for digest_id, commitment_id, kind, period_key in rows:
        by_id[digest_id].items.append((commitment_id, kind, period_key))
    empty = [i for i, d in by_id.items() if not d.items]
    if empty:
        ReminderDigest.objects.filter(id__in=empty).delete()
    return [d for d in by_id.values() if d.items]


def _normal(email: str | None) -> str:
    return (email or "").strip().lower()


def _insert_logs_postgres(digests, wanted):
    """Insert the log rows as four arrays and return those actually inserted.

    The ORM's bulk_create spends seconds preparing 100,000 rows one value at a time; arrays
    unnested by the server do the same in a fraction, and RETURNING names the winners.
    """
    columns: tuple[list[object], ...] = ([], [], [], [])
    for digest in digests:
        for commitment_id, kind, period_key in wanted[digest.recipient]:
            for column, value in zip(columns, (digest.id, commitment_id, kind, period_key)):
                column.append(value)
    log, digest_table = ReminderLog._meta.db_table, ReminderDigest._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {log} "
            "(recipient, commitment_id, kind, period_key, digest_id, state, claimed_at, attempts, error) "
            "SELECT d.recipient, v.commitment_id, v.kind, v.period_key, v.digest_id, %s, now(), 0, '' "
            "FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[]) "
            "AS v(digest_id, commitment_id, kind, period_key) "
            f"JOIN {digest_table} d ON d.id = v.digest_id "
            "ON CONFLICT (recipient, commitment_id, kind, period_key) DO NOTHING "
            "RETURNING digest_id, commitment_id, kind, period_key",
            [ReminderState.CLAIMED, *columns],
        )
        return cursor.fetchall()


def _move_plans(next_dates: dict[dt.date | None, list[int]]):
    """Set each plan's next date: one statement on PostgreSQL, one per distinct date elsewhere."""
    if connection.vendor == "postgresql":
        ids = [i for group in next_dates.values() for i in group]
        dates = [day for day, group in next_dates.items() for _ in group]
        if ids:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {ReminderPlan._meta.db_table} AS p SET next_on = v.next_on "
                    "FROM unnest(%s::bigint[], %s::date[]) AS v(id, next_on) WHERE p.commitment_id = v.id",
                    [ids, dates],
                )
        return
    for next_on, ids in next_dates.items():
        for chunk in _chunks(ids):
            ReminderPlan.objects.filter(commitment_id__in=chunk).update(next_on=next_on)


def _chunks(ids: list[int]):
    size = connection.features.max_query_params or len(ids) or 1
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
