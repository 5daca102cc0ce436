"""Benchmark: psycopg 3 vs psycopg2 under Django 5.2 on a timestamp-heavy read.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/db_driver.py [ROWS]

Django picks psycopg 3 whenever it is importable, so the product's virtualenv holds only
psycopg2 (the winner here). This benchmark installs psycopg 3 into a private folder
(var/bench-psycopg3) and puts it on the path of the psycopg 3 run alone. It reads ROWS commitments-like rows
(three timestamptz columns each) through the ORM, as a list page or an API poll would.
"""

import json
import os
import subprocess
import sys

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000

CHILD = r"""
import sys, time, json, os
if os.environ["DRIVER"] == "psycopg2":
    sys.modules["psycopg"] = None  # hide psycopg 3 so Django falls back to psycopg2
import django
from django.conf import settings
import dj_database_url
settings.configure(
    DATABASES={"default": dj_database_url.parse(os.environ["DATABASE_URL"])}, USE_TZ=True, TIME_ZONE="Europe/Amsterdam"
)
django.setup()
from django.db import connection
rows = int(os.environ["ROWS"])
with connection.cursor() as c:
    c.execute("CREATE TEMP TABLE bench_ts (id serial primary key, a timestamptz, b timestamptz, c timestamptz, t text)")
    c.execute(
        "INSERT INTO bench_ts (a, b, c, t) SELECT now() - (g || ' minutes')::interval, now(), "
        "now() + (g || ' seconds')::interval, 'toezegging ' || g FROM generate_series(1, %s) g",
        [rows],
    )
best = None
for _ in range(5):
    t0 = time.perf_counter()
    with connection.cursor() as c:
        c.execute("SELECT id, a, b, c, t FROM bench_ts")
        data = c.fetchall()
    elapsed = time.perf_counter() - t0
    best = elapsed if best is None else min(best, elapsed)
module = connection.Database.__name__
print(json.dumps({"driver": os.environ["DRIVER"], "module": module, "rows": len(data), "best_s": best}))
"""


PRIVATE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "var", "bench-psycopg3")


def ensure_psycopg3():
    if not os.path.isdir(os.path.join(PRIVATE, "psycopg")):
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--target", PRIVATE, "psycopg[binary]==3.3.9"], check=True
        )


def main():
    ensure_psycopg3()
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    results = {}
    for driver in ("psycopg2", "psycopg3"):
        env = {**os.environ, "DRIVER": driver, "DATABASE_URL": url, "ROWS": str(ROWS)}
        if driver == "psycopg3":
            env["PYTHONPATH"] = PRIVATE
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
        results[driver] = json.loads(out.stdout)
    for name, r in results.items():
        print(f"{name:9} ({r['module']}): {r['rows']} rows x 3 timestamptz in {r['best_s'] * 1000:.1f} ms (best of 5)")
    ratio = results["psycopg3"]["best_s"] / results["psycopg2"]["best_s"]
    print(f"psycopg 3 / psycopg2 time ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
