"""Benchmark (not a test): the polled API under gunicorn against a raw psycopg2 + json baseline.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench [ROUNDS=3] \
       python bench/api.py [ROWS] [WORKERS] [SECONDS]

Seeds ROWS commitments (default 1,000,000), one mention each, in PostgreSQL (once; reused while the
count matches), starts gunicorn with WORKERS sync workers for the product and for the baseline app
(bench/api_baseline.py), and drives each scenario with 4 concurrent clients (processes) per worker on
loopback for SECONDS, in ROUNDS interleaved rounds.
Prints requests/s, p50 and p99 per scenario as JSON lines. The cache is Redis (CACHE_URL, default db 14),
as in production. GUNICORN_ARGS adds server options to both
apps alike, e.g. GUNICORN_ARGS="--worker-class gthread --threads 2".
"""

import http.client
import json
import multiprocessing
import os
import random
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 10
ROUNDS = int(os.environ.get("ROUNDS", "3"))
# The load generator: wrk when installed (apt-get install wrk) unless LOADGEN=python.
WRK = shutil.which("wrk") is not None and os.environ.get("LOADGEN", "wrk") != "python"
GUNICORN_ARGS = shlex.split(os.environ.get("GUNICORN_ARGS", ""))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/api_bench")
# As in production: tokens and throttle counts in Redis, shared by the workers.
os.environ.setdefault("CACHE_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
sys.path.insert(0, str(ROOT))

SEED_COMMITMENTS = """
INSERT INTO commitments_commitment (text, actor, ministry_id, chamber, addressees, action, subject, deadline_kind,
    deadline_text, due_date, due_date_estimated, deadline_assumed, condition, legal_basis, recurring, status,
    review_state, created_at, updated_at, link_signature)
SELECT 'Ik zal uw Kamer voor de zomer informeren over onderwerp ' || g, 'minister',
    (%(ministries)s::bigint[])[1 + g %% 10], 'TK', '', 'inform', 'onderwerp ' || g, 'date', 'voor de zomer',
    date '2024-01-01' + (g %% 1000), false, false, '', '', false,
    (ARRAY['open', 'fulfilled', 'partly_fulfilled', 'lapsed'])[1 + g %% 4], 'proposed',
    now() - interval '30 days', now() - make_interval(secs => (%(rows)s - g) * 0.5), ''
FROM generate_series(1, %(rows)s) g
"""
SEED_MENTIONS = """
INSERT INTO commitments_mention (commitment_id, document_id, quote, start, "end", rule, confidence, deadline_text,
    condition, refers_to_earlier, extractor_version, created_at)
SELECT id, (%(documents)s::bigint[])[1 + id %% 1000], text, id, id + 50, 'inform', 0.9, '', '', false, 'bench', now()
FROM commitments_commitment
"""


def seed():
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection

    from commitments.models import Commitment, Document, Ministry
    from commitments.services.tokens import issue_token

    call_command("migrate", verbosity=0)
    if Commitment.objects.count() != ROWS:
        print(f"seeding {ROWS:,} commitments ...", file=sys.stderr)
        Commitment.objects.all().delete()
        ministries = [Ministry.objects.get_or_create(name=f"Ministerie {n}")[0].pk for n in range(10)]
        documents = [
            Document.objects.get_or_create(sha256=f"{n:064d}", defaults={"title": f"brief {n}"})[0].pk
            for n in range(1000)
        ]
        with connection.cursor() as cursor:
            cursor.execute(SEED_COMMITMENTS, {"rows": ROWS, "ministries": ministries})
            cursor.execute(SEED_MENTIONS, {"documents": documents})
            cursor.execute("ANALYZE")
    user, _ = User.objects.get_or_create(username="bench")
    _, key = issue_token(user, "bench", issued_by=user)
    ministry = Ministry.objects.order_by("pk")[0].pk  # 1 row in 20 is open at this ministry
    ids = list(Commitment.objects.order_by("?").values_list("pk", flat=True)[:1000])
    recent = Commitment.objects.order_by("-updated_at").values_list("updated_at", flat=True)[500]
    return key, ministry, ids, recent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(app: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "API_THROTTLE_RATE": "100000000/60",
        "LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            *GUNICORN_ARGS,
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, port
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{app} did not start")


def client(port: int, paths, headers, stop: float, results) -> None:
    """One client: a request at a time until `stop`; its latencies and statuses go to `results`."""
    latencies, statuses = [], {}
    while time.monotonic() < stop:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        began = time.perf_counter()
        connection.request("GET", random.choice(paths), headers=headers)
        response = connection.getresponse()
        response.read()
        latencies.append(time.perf_counter() - began)
        connection.close()
        statuses[response.status] = statuses.get(response.status, 0) + 1
    results.put((latencies, statuses))


def drive(port: int, paths, headers) -> dict:
    return drive_wrk(port, paths, headers) if WRK else drive_python(port, paths, headers)


WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
paths = {%(paths)s}
counts = {}
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  %(headers)s
end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local parts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do parts[status] = (parts[status] or 0) + n end
  end
  local statuses = {}
  for status, n in pairs(parts) do table.insert(statuses, string.format('"%%d": %%d', status, n)) end
  io.stderr:write(string.format('WRK {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, ' ..
    '"errors": %%d, "statuses": {%%s}}\\n', summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout, table.concat(statuses, ", ")))
end
"""


def drive_wrk(port: int, paths, headers) -> dict:
    """wrk (C, from Debian's package) as the load generator: it costs the shared CPUs a fraction of
    what Python clients do, so cheap answers (a 304) are not capped by the clients' own work."""
    lua = WRK_SCRIPT % {
        "paths": ", ".join(json.dumps(path) for path in paths),
        "headers": "\n  ".join(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(lua)
        script.flush()
        finished = subprocess.run(
            [
                "wrk",
                "-t",
                "2",
                "-c",
                str(4 * WORKERS),
                "-d",
                f"{max(1, round(SECONDS))}s",
                "--timeout",
                "30s",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    [line] = [line for line in finished.stderr.splitlines() if line.startswith("WRK ")]
    result = json.loads(line[4:])
    return {
        "requests_per_s": round(result["requests"] / (result["duration_us"] / 1e6), 1),
        "p50_ms": round(result["p50_us"] / 1000, 2),
        "p99_ms": round(result["p99_us"] / 1000, 2),
        "statuses": result["statuses"],
        "socket_errors": result["errors"],
    }


def drive_python(port: int, paths, headers) -> dict:
    # Clients are processes, not threads: threads of one interpreter queue on its GIL, which adds
    # their wait to the measured latency and caps the rate the load generator can offer.
    stop = time.monotonic() + SECONDS
    results = multiprocessing.Queue()
    clients = [
        multiprocessing.Process(target=client, args=(port, paths, headers, stop, results)) for _ in range(4 * WORKERS)
    ]
    for process in clients:
        process.start()
    latencies, statuses = [], {}
    for _ in clients:
        mine, counts = results.get()
        latencies += mine
        for code, count in counts.items():
            statuses[code] = statuses.get(code, 0) + count
    for process in clients:
        process.join()
    latencies.sort()
    return {
        "requests_per_s": round(len(latencies) / SECONDS, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2),
        "statuses": statuses,
    }


def main():
    key, ministry, ids, recent = seed()
    auth = {"Authorization": f"Token {key}"}
    list_path = f"/api/v1/commitments/?status=open&ministry={ministry}&page_size=100"
    since = recent.isoformat().replace("+", "%2B")
    product, product_port = start("tracker.wsgi:application")
    baseline, baseline_port = start("bench.api_baseline:app")
    try:
        etag = http.client.HTTPConnection("127.0.0.1", product_port)
        etag.request("GET", list_path, headers=auth)
        validator = etag.getresponse().getheader("ETag")
        scenarios = {
            "baseline list (raw psycopg2 + json)": (
                baseline_port,
                [f"/?status=open&ministry={ministry}&page_size=100"],
                {},
            ),
            "filtered list page of 100": (product_port, [list_path], auth),
            "updated_since poll": (product_port, [f"/api/v1/commitments/?updated_since={since}&page_size=100"], auth),
            "baseline detail (raw psycopg2 + json)": (baseline_port, [f"/{pk}/" for pk in ids], {}),
            "detail": (product_port, [f"/api/v1/commitments/{pk}/" for pk in ids], auth),
            "list revalidation (304)": (product_port, [list_path], {**auth, "If-None-Match": validator}),
        }
        # Rounds interleave the scenarios, so a burst of other work on a shared machine lands on
        # one round of each rather than on all of one; the summary takes each scenario's median round.
        rounds = {name: [] for name in scenarios}
        for round_number in range(1, ROUNDS + 1):
            for name, (port, paths, headers) in scenarios.items():
                result = drive(port, paths, headers)
                rounds[name].append(result)
                print(
                    json.dumps(
                        {
                            "round": round_number,
                            "scenario": name,
                            "rows": ROWS,
                            "workers": WORKERS,
                            "load_generator": "wrk" if WRK else "python processes",
                            "gunicorn": " ".join(GUNICORN_ARGS),
                            **result,
                        }
                    ),
                    flush=True,
                )
        median = {
            name: sorted(results, key=lambda r: r["requests_per_s"])[len(results) // 2]
            for name, results in rounds.items()
        }
        for name, result in median.items():
            print(json.dumps({"median_of_rounds": ROUNDS, "scenario": name, **result}))
        base = median["baseline list (raw psycopg2 + json)"]["requests_per_s"]
        full = median["filtered list page of 100"]["requests_per_s"]
        print(
            json.dumps(
                {
                    "list_share_of_baseline": round(full / base, 3),
                    "detail_share_of_baseline": round(
                        median["detail"]["requests_per_s"]
                        / median["baseline detail (raw psycopg2 + json)"]["requests_per_s"],
                        3,
                    ),
                    "revalidation_over_full_page": round(median["list revalidation (304)"]["requests_per_s"] / full, 2),
                    "per_round_list_share": [
                        round(f["requests_per_s"] / b["requests_per_s"], 3)
                        for f, b in zip(
                            rounds["filtered list page of 100"], rounds["baseline list (raw psycopg2 + json)"]
                        )
                    ],
                    "per_round_detail_share": [
                        round(f["requests_per_s"] / b["requests_per_s"], 3)
                        for f, b in zip(rounds["detail"], rounds["baseline detail (raw psycopg2 + json)"])
                    ],
                    "per_round_revalidation_ratio": [
                        round(r["requests_per_s"] / f["requests_per_s"], 2)
                        for r, f in zip(rounds["list revalidation (304)"], rounds["filtered list page of 100"])
                    ],
                }
            )
        )
    finally:
        for process in (product, baseline):
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
