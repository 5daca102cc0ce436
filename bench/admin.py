"""Benchmark: the admin's commitment list, review queue and dashboard at 100,000 and 1,000,000 rows.

Usage: python bench/admin.py [SCALE ...]   (default: 100000 1000000)
       BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/admin_bench (the default)
       REPEAT=5 (requests per page; the median is printed), REUSE=1 (keep rows an earlier run loaded)

For each scale it loads that many commitments with generate_series (30 % open or partly fulfilled,
8 % proposed, 2 % rejected, due dates spread over six years around today, 12 ministries, one
mention each in 1 of N/20 dated documents), then requests each page through Django's test client
as a superuser and prints, per page, the median of the whole request and of its SQL (the sum of
its queries' times, measured by an execute wrapper; the least of the runs in brackets, the
figure least disturbed by a busy machine), the query count, the slowest query (EXPLAIN=1 adds
its plan, by EXPLAIN ANALYZE), and
beside it the baseline of the same run: the page's rows read by a raw psycopg2 SELECT (for the
dashboard: one COUNT of the open rows, the least any count of them costs). The dashboard is
timed computed (its cache emptied before each request, as after any change to a commitment) and
cached (nothing changed since the last view).
Target: the list under 100 ms of SQL at 1,000,000.
"""

import datetime as dt
import os
import statistics
import sys
import time

os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/admin_bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import django  # noqa: E402
import psycopg2  # noqa: E402

REPEAT = int(os.environ.get("REPEAT", "5"))
MINISTRIES = 12


from bench.pg_database import ensure_database  # noqa: E402

ensure_database(os.environ["DATABASE_URL"])
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from commitments.models import Commitment, Document, Ministry  # noqa: E402

# Triggers off while loading (session_replication_role = replica): the load writes the derived
# columns itself, as the triggers would (each commitment has one mention).
LOAD_SQL = """
SET session_replication_role = replica;
INSERT INTO commitments_commitment (number, text, actor, ministry_id, chamber, addressees, action, subject,
    deadline_kind, deadline_text, due_date, due_date_estimated, deadline_assumed, condition, legal_basis, recurring,
    status, review_state, fulfilled_on, created_at, updated_at, promised_on, lowest_confidence, link_signature)
SELECT 'TZ-' || lpad(g::text, 7, '0'), 'De minister informeert de Kamer over onderwerp ' || g || '.', 'minister',
    %(first_ministry)s + g %% 12, 'TK', '', 'inform', 'onderwerp ' || g,
    CASE WHEN r < 20 THEN 'event' ELSE 'date' END, '',
    CASE WHEN r < 20 THEN NULL ELSE DATE %(today)s - 1100 + ((g::bigint * 7919) %% 2200)::int END,
    false, false, '', '', false,
    CASE WHEN r < 270 THEN 'open' WHEN r < 300 THEN 'partly_fulfilled' WHEN r < 950 THEN 'fulfilled' ELSE 'lapsed' END,
    CASE WHEN r %% 100 < 8 THEN 'proposed' WHEN r %% 100 < 10 THEN 'rejected' ELSE 'confirmed' END,
    CASE WHEN r >= 270 AND r < 950 THEN DATE %(today)s - (g %% 2000) END,
    now() - ((g %% 2000) || ' days')::interval, now() - ((g %% 2000) || ' days')::interval,
    NULL, 0.3 + ((g * 31) %% 70) / 100.0, ''
FROM (SELECT g, (g * 37) %% 1000 AS r FROM generate_series(1, %(n)s) g) s;
INSERT INTO commitments_mention (commitment_id, document_id, quote, start, "end", rule, confidence, deadline_text,
    condition, refers_to_earlier, extractor_version, created_at)
SELECT c.id, 1 + c.id %% %(documents)s, c.text, c.id, c.id + 60, 'inform', c.lowest_confidence, '', '', false, 'bench',
    c.created_at
FROM commitments_commitment c;
UPDATE commitments_commitment c SET promised_on = COALESCE(d.date, (c.created_at AT TIME ZONE 'UTC')::date)
FROM commitments_mention m JOIN commitments_document d ON d.id = m.document_id WHERE m.commitment_id = c.id;
SET session_replication_role = DEFAULT;
"""


def load(n):
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    if os.environ.get("REUSE") and Commitment.objects.count() == n:
        return 0.0  # loaded by an earlier run

    with connection.cursor() as c:
        c.execute("SET tracker.history_maintenance = 'on'")
        c.execute("TRUNCATE commitments_commitment, commitments_document, commitments_mention RESTART IDENTITY CASCADE")
    ministries = list(Ministry.objects.order_by("pk")[:MINISTRIES])
    ministries += Ministry.objects.bulk_create(
        [Ministry(name=f"Ministerie {m}") for m in range(MINISTRIES - len(ministries))]
    )
    documents = max(1, n // 20)
    today = timezone.localdate()
    Document.objects.bulk_create(
        [
            Document(
                sha256=f"{d:064x}",
                title=f"Kamerbrief {d}",
                kind="kamerbrief",
                dossier=str(36000 + d % 900),
                ingest_status="done",
                # 1 in 50 undated: the review queue's "documents without a date" finds them.
                date=None if d % 50 == 0 else today - dt.timedelta(days=(d * 7919) % 2200),
            )
            for d in range(1, documents + 1)
        ],
        batch_size=5000,
    )
    with connection.cursor() as c:
        c.execute(
            LOAD_SQL,
            {"n": n, "documents": documents, "today": today, "first_ministry": ministries[0].pk},
        )
    # Autovacuum would get there in its own time; a bench measures the settled state.
    raw = psycopg2.connect(os.environ["DATABASE_URL"])
    raw.autocommit = True
    with raw.cursor() as c:
        c.execute("VACUUM ANALYZE")
    raw.close()
    return time.perf_counter() - t0


class QueryTimer:
    """An execute wrapper: every query's time and text, for one request."""

    def __init__(self):
        self.queries = []

    def __call__(self, execute, sql, params, many, context):
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append((time.perf_counter() - t0, sql, params))


def measure_page(client, url, cached=True):
    whole, sql, counts, slowest = [], [], [], None
    client.get(url)  # warm: templates, the connection, the table's pages
    for _ in range(REPEAT):
        if not cached:
            cache.clear()  # the dashboard's figures computed, as after any change to a commitment
        timer = QueryTimer()
        with connection.execute_wrapper(timer):
            t0 = time.perf_counter()
            response = client.get(url)
            whole.append(time.perf_counter() - t0)
        assert response.status_code == 200, (url, response.status_code)
        sql.append(sum(t for t, _, _ in timer.queries))
        counts.append(len(timer.queries))
        top = max(timer.queries)
        slowest = top if slowest is None or top[0] > slowest[0] else slowest
    return {
        "whole_ms": 1000 * statistics.median(whole),
        "sql_ms": 1000 * statistics.median(sql),
        "sql_min_ms": 1000 * min(sql),
        "queries": max(counts),
        "slowest": slowest,
    }


def explain(sql, params):
    with connection.cursor() as c:
        c.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        lines = [row[0] for row in c.fetchall()]
    top = lines[0].strip()
    nodes = [line.strip().lstrip("-> ") for line in lines[1:] if "->" in line][:3]
    return top, nodes


def raw_ms(sql):
    """The baseline: the same rows by psycopg2, no Django (median of REPEAT after a warm-up)."""
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    times = []
    with conn.cursor() as c:
        for i in range(REPEAT + 1):
            t0 = time.perf_counter()
            c.execute(sql)
            c.fetchall()
            if i:
                times.append(time.perf_counter() - t0)
    conn.close()
    return 1000 * statistics.median(times), 1000 * min(times)


COLUMNS = "c.*, m.*"
OPEN = "c.status IN ('open', 'partly_fulfilled') AND c.merged_into_id IS NULL AND c.review_state <> 'rejected'"
PAGES = [
    (
        "commitment list",
        "/admin/commitments/commitment/",
        f"SELECT {COLUMNS} FROM commitments_commitment c LEFT JOIN commitments_ministry m ON m.id = c.ministry_id "
        "ORDER BY c.due_date, c.id LIMIT 50",
    ),
    (
        "list, page 100",
        "/admin/commitments/commitment/?p=100",
        f"SELECT {COLUMNS} FROM commitments_commitment c LEFT JOIN commitments_ministry m ON m.id = c.ministry_id "
        "ORDER BY c.due_date, c.id LIMIT 50 OFFSET 4950",
    ),
    (
        "list, open since",
        "/admin/commitments/commitment/?o=10",
        f"SELECT {COLUMNS} FROM commitments_commitment c LEFT JOIN commitments_ministry m ON m.id = c.ministry_id "
        "ORDER BY c.promised_on, c.id LIMIT 50",
    ),
    (
        "review queue",
        "/admin/commitments/commitment/review/",
        f"SELECT {COLUMNS} FROM commitments_commitment c LEFT JOIN commitments_ministry m ON m.id = c.ministry_id "
        "WHERE c.review_state = 'proposed' AND c.merged_into_id IS NULL ORDER BY c.lowest_confidence, c.id LIMIT 50",
    ),
    ("dashboard, computed", "/admin/", f"SELECT count(*) FROM commitments_commitment c WHERE {OPEN}"),
    ("dashboard, cached", "/admin/", f"SELECT count(*) FROM commitments_commitment c WHERE {OPEN}"),
]


def main(scales):
    setup_test_environment()  # the test client's host name, as the tests have it
    with connection.cursor() as c:
        c.execute("SHOW server_version")
        version = c.fetchone()[0]
    print(f"admin benchmark, PostgreSQL {version}, median of {REPEAT} requests per page")
    for n in scales:
        load_s = load(n)
        user, _ = get_user_model().objects.get_or_create(username="bench-admin", is_staff=True, is_superuser=True)
        client = Client()
        client.force_login(user)
        print(f"\n{n:,} commitments loaded in {load_s:.1f} s")
        print(
            f"  {'page':<24} {'request ms':>10} {'SQL ms (min)':>14} {'queries':>7} {'baseline ms (min)':>17}"
            "  slowest query"
        )
        for name, url, baseline in PAGES:
            row = measure_page(client, url, cached=name != "dashboard, computed")
            seconds, sql, params = row["slowest"]
            base, base_min = raw_ms(baseline)
            print(
                f"  {name:<24} {row['whole_ms']:>10.1f} {row['sql_ms']:>7.1f} ({row['sql_min_ms']:>4.1f}) "
                f"{row['queries']:>7} {base:>10.1f} ({base_min:>4.1f})  {1000 * seconds:.1f} ms: {sql[:80]}"
            )
            if os.environ.get("EXPLAIN"):
                top, nodes = explain(sql, params)
                print(f"    {top}\n    " + "\n    ".join(nodes))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
