"""Benchmark: the daily reminder sweep over 1,000,000 commitments in PostgreSQL.

Usage: python bench/reminders.py [SCALE ...]   (default: 100000 1000000)
       BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/reminders_bench (the default)

For each scale it loads that many commitments with generate_series (70 % closed, 26 % due
later, 2 % due within two weeks or overdue, 2 % without a date), plans as yesterday's sweep
left them, 10 % with a responsible person (5,000 people), 12 ministry contacts, 30
subscriptions, and 0.1 % changed since yesterday. It then times the sweep's planning half
(everything but sending) and counts its queries, in three situations:
  ordinary day   steady state: only today's reminder points are due
  overview day   also the ministry contacts' monthly overview
  cold start     every due or overdue commitment pending at once
and the first run after deployment (no plans yet) with the runs that plan its backlog in batches
of REMINDER_BACKFILL_BATCH, beside all of it in one run as before.
Targets: the query count is the same at every scale; the planning takes under 2 s, an overview
day at 1,000,000 at most 1 s; no run of the first days after deployment takes a minute.
Sending is timed separately (in-memory email backend) and is not part of the target.
"""

import datetime as dt
import io
import os
import statistics
import sys
import time

os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/reminders_bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import django  # noqa: E402

AS_OF = dt.date(2026, 6, 15)
MINISTRIES = 12
NULL = "\\N"  # COPY's null


from bench.pg_database import ensure_database  # noqa: E402

ensure_database(os.environ["DATABASE_URL"])
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from commitments.models import Ministry, MinistryContact, ReminderCursor, Subscription  # noqa: E402
from commitments.services.reminders import planning, sending  # noqa: E402
from commitments.services.reminders.schedule import Cadence, current_and_next, overview_period  # noqa: E402

LOAD_SQL = """
INSERT INTO commitments_commitment (number, text, actor, ministry_id, chamber, addressees, action, subject,
    deadline_kind, deadline_text, due_date, due_date_estimated, deadline_assumed, condition, legal_basis,
    recurring, status, review_state, fulfilled_on, created_at, updated_at, link_signature)
SELECT 'B' || g, 'De minister informeert de Kamer over onderwerp ' || g || '.', '', %(first_ministry)s + g %% 12,
    CASE WHEN g %% 5 = 0 THEN 'EK' ELSE 'TK' END, '', 'inform', '',
    CASE WHEN r >= 980 THEN (CASE WHEN g %% 2 = 0 THEN 'event' ELSE 'vague' END) ELSE 'date' END, '',
    CASE WHEN r < 700 THEN DATE %(as_of)s - 30 - (g %% 2000)
         WHEN r < 960 THEN DATE %(as_of)s + 15 + (g %% 700)
         WHEN r < 980 THEN DATE %(as_of)s + 14 - ((g::bigint * 7919) %% 400)::int
         ELSE NULL END,
    false, r BETWEEN 960 AND 969 AND g %% 3 = 0, '', '', false,
    CASE WHEN r < 700 THEN 'fulfilled' ELSE 'open' END, 'confirmed',
    CASE WHEN r < 700 THEN DATE %(as_of)s - 30 - (g %% 2000) ELSE NULL END,
    TIMESTAMPTZ %(as_of)s - ((400 + g %% 720) || ' days')::interval,
    CASE WHEN g %% 1000 = 7 THEN now() - interval '2 hours'
         ELSE TIMESTAMPTZ %(as_of)s - ((400 + g %% 720) || ' days')::interval END, ''
FROM (SELECT g, (g * 37) %% 1000 AS r FROM generate_series(1, %(n)s) g) s
"""


def load(n):
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    with connection.cursor() as c:
        # The history's trigger (migration 0012) refuses a TRUNCATE outside a maintenance session.
        c.execute("SET tracker.history_maintenance = 'on'")
        c.execute(
            "TRUNCATE commitments_commitment, commitments_ministry, commitments_reminderplan, "
            "commitments_reminderlog, commitments_reminderdigest, commitments_remindercursor, "
            "commitments_subscription, commitments_ministrycontact, commitments_responsibleperson, "
            "commitments_reminderoptout RESTART IDENTITY CASCADE"
        )
    get_user_model().objects.filter(username__startswith="bench").delete()
    ministries = Ministry.objects.bulk_create([Ministry(name=f"Ministerie {m}") for m in range(MINISTRIES)])
    with connection.cursor() as c:
        c.execute(LOAD_SQL, {"n": n, "as_of": AS_OF, "first_ministry": ministries[0].id})
        c.execute(
            "INSERT INTO commitments_responsibleperson (commitment_id, email) "
            "SELECT id, 'persoon' || (id % 5000) || '@minbzk.example' FROM commitments_commitment WHERE id % 10 = 0"
        )
        # Closed rows have no plan worth keeping; later dated rows wait for their first point.
        c.execute(
            "INSERT INTO commitments_reminderplan (commitment_id, next_on) "
            "SELECT id, CASE WHEN status = 'open' AND due_date > %s THEN due_date - 14 END "
            "FROM commitments_commitment WHERE NOT (status = 'open' AND (due_date <= %s OR due_date IS NULL))",
            [AS_OF + dt.timedelta(days=14), AS_OF + dt.timedelta(days=14)],
        )
    near = plan_rows_as_yesterday_left_them()
    users = [
        get_user_model().objects.create_user(f"bench{u}", email=f"bench{u}@tweedekamer.example") for u in range(30)
    ]
    Subscription.objects.bulk_create(
        [Subscription(user=users[u], ministry=ministries[u % MINISTRIES]) for u in range(20)]
        + [Subscription(user=users[u], chamber="EK") for u in range(20, 25)]
        + [Subscription(user=users[u], dossier=f"36{u:03d}") for u in range(25, 30)]
    )
    MinistryContact.objects.bulk_create(
        [MinistryContact(ministry=m, email=f"contact{m.id}@ministerie.example") for m in ministries]
    )
    with connection.cursor() as c:
        c.execute("CREATE TABLE IF NOT EXISTS bench_plan_backup (LIKE commitments_reminderplan)")
        c.execute("TRUNCATE bench_plan_backup")
        c.execute("INSERT INTO bench_plan_backup SELECT * FROM commitments_reminderplan")
        c.execute("ANALYZE")
    return time.perf_counter() - t0, near


def plan_rows_as_yesterday_left_them():
    """Plans of the due, overdue and undated commitments: the first point after yesterday."""
    cadence, yesterday = Cadence.from_settings(), AS_OF - dt.timedelta(days=1)
    rows = connection.cursor()
    rows.execute(
        "SELECT id, deadline_kind, due_date, created_at FROM commitments_commitment "
        "WHERE status = 'open' AND (due_date <= %s OR due_date IS NULL)",
        [AS_OF + dt.timedelta(days=14)],
    )
    buffer, count = io.StringIO(), 0
    for commitment_id, kind, due, created in rows.fetchall():
        _, following = current_and_next(kind, due, timezone.localdate(created), yesterday, cadence)
        buffer.write(f"{commitment_id}\t{following.on.isoformat() if following else NULL}\n")
        count += 1
    buffer.seek(0)
    rows.cursor.copy_from(buffer, "commitments_reminderplan", columns=("commitment_id", "next_on"))
    return count


def reset(*, overview_due: bool, cold: bool):
    with connection.cursor() as c:
        c.execute("TRUNCATE commitments_reminderlog, commitments_reminderdigest")
        c.execute("TRUNCATE commitments_reminderplan")
        c.execute("INSERT INTO commitments_reminderplan SELECT * FROM bench_plan_backup")
        if cold:  # the first run ever: every near or overdue promise has a point pending
            c.execute(
                "UPDATE commitments_reminderplan p SET next_on = %s FROM commitments_commitment c "
                "WHERE c.id = p.commitment_id AND c.status = 'open' AND c.due_date <= %s",
                [AS_OF, AS_OF + dt.timedelta(days=14)],
            )
        c.execute("ANALYZE commitments_reminderplan")
    ReminderCursor.objects.update_or_create(
        name="sweep", defaults={"changed_since": timezone.now() - dt.timedelta(days=1)}
    )
    period = "" if overview_due else overview_period(AS_OF, Cadence.from_settings())
    MinistryContact.objects.update(last_overview_period=period)


def measure(label, *, overview_due=False, cold=False, repeat=3):
    times, result = [], None
    for _ in range(repeat):
        reset(overview_due=overview_due, cold=cold)
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            planned = planning.plan(AS_OF)
            elapsed = time.perf_counter() - t0
        times.append(elapsed)
        result = (len(queries), len(planned), sum(len(d.items) for d in planned))
    return {
        "situation": label,
        "best_s": min(times),
        "median_s": statistics.median(times),
        "queries": result[0],
        "emails": result[1],
        "items": result[2],
    }


def explain_due_query():
    with connection.cursor() as c:
        c.execute("EXPLAIN SELECT commitment_id FROM commitments_reminderplan WHERE next_on <= %s", [AS_OF])
        return " | ".join(row[0].strip() for row in c.fetchall()[:2])


def time_first_run(batch=None):
    """The first run after deployment (no plans, no cursor) and the runs that finish its backlog.

    With `batch` None the configured REMINDER_BACKFILL_BATCH. The baseline, `batch` larger than
    the table, is the old way: the first run also plans the whole backlog (its plan() and one
    continue_backfill() timed as one run), as it did before the backlog was batched.
    """
    from commitments.models import ReminderPlan

    saved = settings.REMINDER_BACKFILL_BATCH
    settings.REMINDER_BACKFILL_BATCH = batch or saved
    reset(overview_due=False, cold=False)
    with connection.cursor() as c:
        c.execute("TRUNCATE commitments_reminderplan")
    ReminderCursor.objects.all().delete()
    runs, queries, day = [], 0, AS_OF
    try:
        while True:
            with CaptureQueriesContext(connection) as captured:
                t0 = time.perf_counter()
                planning.plan(day)
                if batch and not runs:
                    planning.continue_backfill(day)
                runs.append(time.perf_counter() - t0)
            queries = max(queries, len(captured))
            if ReminderCursor.objects.get().backfill_id is None:
                break
            day += dt.timedelta(days=1)
    finally:
        settings.REMINDER_BACKFILL_BATCH = saved
    return {"runs": runs, "queries": queries, "plans": ReminderPlan.objects.count()}


def time_sending():
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    reset(overview_due=False, cold=False)
    planned = planning.plan(AS_OF)
    t0 = time.perf_counter()
    report = sending.send_pending()
    elapsed = time.perf_counter() - t0
    return {
        "emails": report.sent,
        "seconds": elapsed,
        "ms_per_email": 1000 * elapsed / max(1, report.sent),
        "planned": len(planned),
    }


def main(scales):
    settings.REMINDER_DEFAULT_RECIPIENTS = ["griffie@tweedekamer.example"]
    print(f"reminder sweep benchmark, as of {AS_OF}, PostgreSQL {connection.cursor().connection.server_version}")
    for n in scales:
        load_s, near = load(n)
        print(f"\n{n:,} commitments loaded in {load_s:.1f} s ({near:,} due, overdue or undated plans near today)")
        print(f"  due-plan lookup: {explain_due_query()}")
        print(f"  {'situation':<14} {'best s':>7} {'median s':>9} {'queries':>8} {'emails':>7} {'items':>7}")
        for row in (
            measure("ordinary day"),
            measure("overview day", overview_due=True),
            measure("cold start", cold=True, overview_due=True),
        ):
            print(
                f"  {row['situation']:<14} {row['best_s']:>7.3f} {row['median_s']:>9.3f} {row['queries']:>8} "
                f"{row['emails']:>7} {row['items']:>7}"
            )
        for label, batch in (("all at once (before)", 10**9), ("batched", None)):
            first = time_first_run(batch)
            runs = first["runs"]
            print(
                f"  first run after deployment, {label}: {len(runs)} run(s) planning {first['plans']:,} open "
                f"commitments, longest {max(runs):.1f} s (first {runs[0]:.1f} s, all {sum(runs):.1f} s), "
                f"at most {first['queries']} queries a run"
            )
        sending = time_sending()
        print(
            f"  sending (not in the target, in-memory backend): {sending['emails']} emails in "
            f"{sending['seconds']:.2f} s, {sending['ms_per_email']:.1f} ms each"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
