"""Benchmark: `manage.py ingest`'s work (store, extract, record) into an empty store and into a full one.

Usage: python bench/ingest.py [--scale N] [--backends sqlite,postgres] [--workers N] [--rounds R]
                              [--profile]
       BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/scale_link_ingest (the default; databases
       of that name with suffixes are created and dropped, never another one)

The texts are the real documents: seeds/*.txt and tests/corpus/*.txt. In one run it prints,
per backend, documents/s, MB/s, queries per document and the process's CPU time (this
process and the extraction children it forks) for:
  extractor alone   the engine on the same texts, in process (the floor)
  ingest, empty     a migrated store with nothing in it
  ingest, N         a store holding N commitments (default 1,000,000), each with a mention, 40 %
                    open, spread over the seeded ministries, with link signatures of real
                    corpus words; generated once with bulk inserts (SQLite) or COPY (PostgreSQL)
                    and cached (var/bench/ for SQLite, a template database for PostgreSQL)
and the ratios: ingest empty / extractor alone (target within 2x) and ingest at N / empty
(target <= 1.2x). The PDFs of tests/corpus/sources are read by `pdftotext` and by the
product's reader, and ingested into an empty SQLite store, in pages/s.
--workers N also ingests into an empty PostgreSQL store through 1 and then N real Celery
workers (solo pool) on Redis (BENCH_BROKER_URL, default redis://127.0.0.1:6379/9) and prints
the speed-up. --profile prints where an empty SQLite ingest spends its time (cProfile).
The machine may be busy: wall time is shown beside CPU time, and each figure beside its
baseline of the same run.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
PDFS = sorted((ROOT / "tests" / "corpus" / "sources").glob("*.pdf"))
PG_BASE = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/scale_link_ingest")
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/9")
CACHE = ROOT / "var" / "bench"


# -- figures --------------------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU of this process and of the children it waited for (the forked extraction)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Clock:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds() - self.cpu


def figures(clock: Clock, docs: int, size: int, **more) -> dict:
    return {"docs": docs, "mb": size / 1e6, "wall": clock.wall, "cpu": clock.cpu, **more}


# -- the child: one measurement in a process of its own (its own DATABASE_URL) ---------------


def child(task: dict) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if task["kind"] == "generate":
        return generate(task["scale"])
    if task["kind"] == "extractor":
        return extractor_alone()
    if task["kind"] == "ingest":
        return ingest([Path(p) for p in task["paths"]], profile=task.get("profile", False))
    if task["kind"] == "workers":
        return ingest_through_workers([Path(p) for p in task["paths"]], task["workers"])
    raise ValueError(task["kind"])


def extractor_alone() -> dict:
    from commitments.extraction import ExtractionConfig, extract
    from commitments.services.calendar import recess_calendar

    calendar = recess_calendar()
    texts = [p.read_text() for p in TEXTS]
    with Clock() as clock:
        for text in texts:
            extract(text, ExtractionConfig(reference_date=None, calendar=calendar))
    return figures(clock, len(texts), sum(len(t.encode()) for t in texts))


def ingest(paths: list[Path], *, profile: bool) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from commitments.models import Commitment, CommitmentRelation
    from commitments.services.ingesting import ingest_path
    from commitments.tasks import extract_ingested

    before = Commitment.objects.count()
    failed = 0
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    with CaptureQueriesContext(connection) as queries, Clock() as clock:
        for path in paths:
            failed += extract_ingested(ingest_path(path)).status == "failed"
    if profiler is not None:
        profiler.disable()
    result = figures(
        clock,
        len(paths),
        sum(p.stat().st_size for p in paths),
        queries=len(queries.captured_queries),
        failed=failed,
        new_commitments=Commitment.objects.count() - before,
        relations=CommitmentRelation.objects.count(),
        pages=_pages(paths) if paths and paths[0].suffix == ".pdf" else 0,
    )
    if profiler is not None:
        result["profile"] = _shares(profiler, clock.wall)
    return result


def _pages(paths: list[Path]) -> int:
    import pypdfium2

    return sum(len(pypdfium2.PdfDocument(str(p))) for p in paths)


# Where an ingest's time goes: each function's cumulative time over the ingest's wall time.
PROFILED = {
    "extraction (engine, forked child incl.)": ("engine_process.py", "run_engine"),
    "recording": ("recording.py", "record_extraction"),
    "  placing (linking)": ("recording.py", "place"),
    "  writing placements": ("recording.py", "write_placements"),
    "  deliveries": ("deliveries.py", "record_deliveries"),
    "  metadata, signatories": ("recording.py", "apply_metadata"),
    "reading bytes to text": ("__init__.py", "read_document"),
    "storing the original file": ("ingesting.py", "_store_original"),
}


def _shares(profiler, wall: float) -> dict:
    import pstats

    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    shares = {}
    for label, (filename, function) in PROFILED.items():
        total = sum(v[3] for (f, _, name), v in stats.items() if f.endswith(filename) and name == function)
        shares[label] = total / wall
    return shares


def ingest_through_workers(paths: list[Path], workers: int) -> dict:
    """Store the texts here and let `workers` Celery worker processes extract and record them."""
    from django.conf import settings
    from django.db import connection

    from commitments.models import IngestRun
    from commitments.services.ingesting import ingest_path
    from commitments.tasks import extract_ingested
    from tracker.celery import app

    app.conf.task_always_eager = False
    app.conf.broker_url = BROKER
    with app.connection_for_write() as conn:
        for queue in ("extraction", "default"):
            try:
                conn.default_channel.queue_purge(queue)
            except Exception:  # a queue never declared has nothing to purge
                pass
    s = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{s['USER']}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}",
        "CELERY_BROKER_URL": BROKER,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    logs = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-Q", "extraction,default", "--pool", "solo"]
            + ["--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "info", "-n", f"bench{n}@%h"],
            cwd=ROOT,
            env=env,
            stdout=(logs / f"{n}.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        for n in range(workers)
    ]
    try:
        deadline = time.monotonic() + 120
        while not all("ready" in (logs / f"{n}.log").read_text() for n in range(workers)):
            if time.monotonic() > deadline:
                raise RuntimeError(f"workers did not start: see {logs}")
            time.sleep(0.2)
        with Clock() as clock:
            for path in paths:
                extract_ingested(ingest_path(path))
            while IngestRun.objects.filter(status="running").exists():
                time.sleep(0.1)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    return figures(clock, len(paths), sum(p.stat().st_size for p in paths), workers=workers)


# -- generating a store of N commitments ----------------------------------------------------

OPEN_SHARE = 0.4


def generate(scale: int) -> dict:
    """N commitments (40 % open, 5 % of those partly fulfilled, 3 % rejected), one mention each in
    one of N/100 documents, over the seeded ministries, with link signatures of corpus words."""
    import datetime as dt

    from django.db import connection, transaction

    from commitments.models import Commitment, Document, Mention, Ministry

    try:
        from commitments.models.signature import content_stems, signature_of
    except ImportError:  # a version before link signatures, measured for comparison
        from commitments.services.linking import content_stems  # type: ignore[attr-defined,no-redef]

        def signature_of(texts):  # type: ignore[misc]
            return ""

    started = time.perf_counter()
    if not scale or Commitment.objects.exists():
        return {"scale": scale, "seconds": 0.0}
    vocabulary = sorted(set().union(*(content_stems(p.read_text()) for p in TEXTS)))
    ministries = list(Ministry.objects.order_by("pk").values_list("pk", flat=True))
    documents = max(1, scale // 100)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with transaction.atomic():
        Document.objects.bulk_create(
            (
                Document(
                    sha256=f"{n:064x}",
                    text_sha256=f"{n:063x}t",
                    title=f"Gegenereerd document {n}",
                    date=dt.date(2015, 1, 1) + dt.timedelta(days=n % 3650),
                    ministry_id=ministries[n % len(ministries)],
                    text="",
                    ingest_status="done",
                )
                for n in range(1, documents + 1)
            ),
            batch_size=2000,
        )
        first_document = Document.objects.order_by("pk").values_list("pk", flat=True).first()

        def commitment(g: int) -> dict:
            words = [vocabulary[(g * k * 7919 + k * 104729) % len(vocabulary)] for k in (1, 2, 3, 4)]
            text = f"Ik zal uw Kamer informeren over {' '.join(words)} (onderwerp {g})."
            r = (g * 37) % 1000
            status = "open" if r < 380 else "partly_fulfilled" if r < 400 else "fulfilled" if r < 950 else "lapsed"
            stamp = now - dt.timedelta(minutes=g % 1_000_000)
            return {
                "id": g,
                "number": f"B{g}",
                "text": text,
                "ministry_id": ministries[g % len(ministries)],
                "action": "inform",
                "deadline_kind": "date",
                "due_date": dt.date(2020, 1, 1) + dt.timedelta(days=g % 2500),
                "status": status,
                "review_state": "rejected" if g % 33 == 0 else "confirmed",
                "fulfilled_on": dt.date(2021, 1, 1) if status in ("fulfilled", "partly_fulfilled") else None,
                "created_at": stamp,
                "updated_at": stamp,
                "link_signature": signature_of([text]),
            }

        def mention(g: int, text: str) -> dict:
            return {
                "id": g,
                "commitment_id": g,
                "document_id": first_document + g % documents,
                "quote": text,
                # Its own span in its document (unique per document); the document's text is not kept.
                "start": g,
                "end": g + len(text),
                "rule": "inform.future",
                "confidence": 0.9,
                "extractor_version": "bench",
                "created_at": now,
            }

        batch = 20000
        for low in range(1, scale + 1, batch):
            rows = [commitment(g) for g in range(low, min(scale, low + batch - 1) + 1)]
            _insert(Commitment, rows)
            _insert(Mention, [mention(row["id"], row["text"]) for row in rows])
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in ("commitments_commitment", "commitments_mention"):
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        cursor.execute("ANALYZE")
    return {"scale": scale, "seconds": time.perf_counter() - started}


def _insert(model, rows: list[dict]) -> None:
    """Rows as the database stores them, every other column at its model default; COPY on PostgreSQL."""
    import csv
    import io

    from django.db import connection

    fields = model._meta.concrete_fields
    columns = [connection.ops.quote_name(f.column) for f in fields]
    defaults = {f.attname: f.get_default() for f in fields}
    if connection.vendor == "postgresql":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            values = []
            for f in fields:
                value = row.get(f.attname, defaults[f.attname])
                values.append("\\N" if value is None else (value.isoformat() if hasattr(value, "isoformat") else value))
            writer.writerow(values)
        buffer.seek(0)
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(
                f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer
            )
        return
    values = [
        tuple(f.get_db_prep_save(row.get(f.attname, defaults[f.attname]), connection) for f in fields) for row in rows
    ]
    placeholders = ", ".join("%s" for _ in columns)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) VALUES ({placeholders})", values)


# -- the parent: stores, children, the table ------------------------------------------------


def run_child(task: dict, database_url: str | None, var_dir: Path) -> dict:
    env = {**os.environ, "TRACKER_VAR_DIR": str(var_dir), "MEDIA_ROOT": str(var_dir / "media")}
    env.pop("CELERY_BROKER_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(task)], env=env, capture_output=True, text=True, cwd=ROOT
    )
    if out.returncode != 0:
        raise RuntimeError(f"{task['kind']} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def sqlite_store(scale: int) -> Path:
    """A fresh copy of a SQLite store holding `scale` commitments (the cached one, made if missing)."""
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    if scale:
        cached = CACHE / f"ingest-{scale}"
        if not (cached / "tracker.sqlite3").exists():
            building = cached.with_name(cached.name + "-building")
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir(parents=True)
            made = run_child({"kind": "generate", "scale": scale}, None, building)
            building.rename(cached)
            print(f"  generated {scale:,} commitments in SQLite in {made['seconds']:.0f} s", flush=True)
        else:  # brought to the current migrations once, not in every measured copy
            run_child({"kind": "generate", "scale": scale}, None, cached)
        shutil.copy(cached / "tracker.sqlite3", work / "tracker.sqlite3")
    return work


def _pg(sql: str, database: str = "postgres") -> list:
    import dj_database_url
    import psycopg2

    cfg = dj_database_url.parse(PG_BASE)
    conn = psycopg2.connect(
        dbname=database, user=cfg["USER"], password=cfg["PASSWORD"] or None, host=cfg["HOST"], port=cfg["PORT"] or 5432
    )
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall() if cursor.description else []
    conn.close()
    return rows


def pg_store(scale: int) -> str:
    """The URL of a fresh PostgreSQL database holding `scale` commitments, copied from a cached template."""
    base = PG_BASE.rsplit("/", 1)
    template = f"{base[1]}_tpl_{scale}"
    if not _pg(f"SELECT 1 FROM pg_database WHERE datname = '{template}'"):
        # Built under another name and renamed when complete, so a failed run leaves no half template.
        building = f"{template}_building"
        _pg(f'DROP DATABASE IF EXISTS "{building}"')
        _pg(f'CREATE DATABASE "{building}"')
        made = run_child({"kind": "generate", "scale": scale}, f"{base[0]}/{building}", Path(tempfile.mkdtemp()))
        _pg(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
        print(f"  generated {scale:,} commitments in PostgreSQL in {made['seconds']:.0f} s", flush=True)
    else:  # brought to the current migrations once, not in every measured copy
        run_child({"kind": "generate", "scale": scale}, f"{base[0]}/{template}", Path(tempfile.mkdtemp()))
    run = f"{base[1]}_run"
    _pg(f'DROP DATABASE IF EXISTS "{run}"')
    _pg(f'CREATE DATABASE "{run}" TEMPLATE "{template}"')
    return f"{base[0]}/{run}"


def pdftotext() -> dict | None:
    if not shutil.which("pdftotext"):
        return None
    with Clock() as clock:
        for pdf in PDFS:
            subprocess.run(["pdftotext", "-q", str(pdf), "-"], check=True, capture_output=True)
    return figures(clock, len(PDFS), sum(p.stat().st_size for p in PDFS))


def reader_alone() -> dict:
    sys.path.insert(0, str(ROOT))
    from commitments.reading import ReadLimits, read_document

    limits = ReadLimits(max_bytes=10**8, max_chars=10**7, max_inflate_ratio=100, max_unpacked_bytes=2**28)
    data = [(p.name, p.read_bytes()) for p in PDFS]
    with Clock() as clock:
        for name, content in data:
            read_document(content, filename=name, content_type=None, limits=limits)
    return figures(clock, len(PDFS), sum(len(d) for _, d in data))


def line(label: str, f: dict, baseline: dict | None = None, unit: str = "docs") -> str:
    count = f["pages"] if unit == "pages" else f["docs"]
    text = (
        f"  {label:<28} {count / f['wall']:8.1f} {unit}/s {f['mb'] / f['wall']:6.2f} MB/s"
        f"   wall {f['wall']:6.1f} s  cpu {f['cpu']:6.1f} s"
    )
    if "queries" in f:
        text += f"  {f['queries'] / f['docs']:5.1f} queries/doc"
    if baseline is not None:
        wall, cpu = f["wall"] / baseline["wall"], f["cpu"] / baseline["cpu"]
        text += f"  {wall:5.2f}x wall, {cpu:5.2f}x cpu of {baseline['label']}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return

    texts = [str(p) for p in TEXTS]
    size = sum(p.stat().st_size for p in TEXTS)
    print(f"{len(TEXTS)} texts, {size / 1e6:.2f} MB; {len(PDFS)} PDFs; store of {args.scale:,} commitments")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times on a busy machine vary)")
    for round_ in range(1, args.rounds + 1):
        print(f"round {round_}")
        alone = {**run_child({"kind": "extractor"}, None, sqlite_store(0)), "label": "extractor"}
        print(line("extractor alone", alone), flush=True)
        for backend in args.backends.split(","):
            if backend == "sqlite":
                empty = run_child({"kind": "ingest", "paths": texts}, None, sqlite_store(0))
                full = run_child({"kind": "ingest", "paths": texts}, None, sqlite_store(args.scale))
            else:
                tmp = Path(tempfile.mkdtemp())
                empty = run_child({"kind": "ingest", "paths": texts}, pg_store(0), tmp)
                full = run_child({"kind": "ingest", "paths": texts}, pg_store(args.scale), tmp)
            empty["label"] = f"{backend} empty"
            print(line(f"ingest {backend}, empty", empty, alone), flush=True)
            print(line(f"ingest {backend}, {args.scale:,}", full, empty), flush=True)
        reading = {**reader_alone(), "pages": _pages_of_pdfs(), "label": "pdftotext"}
        poppler = pdftotext()
        if poppler is None:
            print("  pdftotext not installed (apt-get install poppler-utils): no PDF baseline")
        else:
            poppler = {**poppler, "pages": reading["pages"], "label": "pdftotext"}
            print(line("pdftotext", poppler, unit="pages"))
        print(line("product's reader alone", reading, poppler, unit="pages"))
        pdf_ingest = run_child({"kind": "ingest", "paths": [str(p) for p in PDFS]}, None, sqlite_store(0))
        print(line("ingest PDFs sqlite, empty", pdf_ingest, poppler, unit="pages"), flush=True)
        if args.workers:
            one = run_child({"kind": "workers", "paths": texts, "workers": 1}, pg_store(0), Path(tempfile.mkdtemp()))
            many = run_child(
                {"kind": "workers", "paths": texts, "workers": args.workers}, pg_store(0), Path(tempfile.mkdtemp())
            )
            one["label"] = "1 worker"
            print(line("postgres, 1 celery worker", one))
            print(line(f"postgres, {args.workers} celery workers", many, one))
            print(f"  speed-up at {args.workers} workers: {one['wall'] / many['wall']:.2f}x")
    if args.profile:
        profiled = run_child({"kind": "ingest", "paths": texts, "profile": True}, None, sqlite_store(0))
        print("where an empty SQLite ingest spends its wall time (cProfile, cumulative):")
        for label, share in profiled["profile"].items():
            print(f"  {label:<42} {share:6.1%}")


def _pages_of_pdfs() -> int:
    import pypdfium2

    return sum(len(pypdfium2.PdfDocument(str(p))) for p in PDFS)


if __name__ == "__main__":
    main()
