"""manage.py ingest PATH|URL... : store documents from files, folders and URLs, then extract their commitments."""

import sys
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand

from ...models.choices import RunStatus
from ...services.ingesting import ingest_path, ingest_url
from ...tasks import extract_ingested

# Files a folder walk never offers for ingestion: our own checksums, editor and OS litter.
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def walk(paths: list[str]):
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.name not in SKIPPED_NAMES:
                    yield child
        else:
            yield path


def eta(done: int, total: int, elapsed: float) -> str:
    """The time left at the pace so far: '1m20s', '45s'; empty before the first file is done."""
    if done == 0 or done >= total:
        return ""
    seconds = round(elapsed / done * (total - done))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def progress(done: int, total: int, elapsed: float) -> str:
    """'[ 37/200] ETA 1m20s': where a long folder is, for a terminal or a log alike."""
    left = eta(done, total, elapsed)
    return f"[{done:>{len(str(total))}}/{total}]" + (f" ETA {left}" if left else "")


class Command(BaseCommand):
    help = "Ingest documents (files or folders): store each once and extract its commitments."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders or http(s) URLs")

    def handle(self, *args, paths, **options):
        files = list(walk(paths))
        counts = Counter()
        failures = Counter()
        new_commitments = mentions = queued = 0
        started = time.monotonic()
        show_progress = self.stdout.isatty() and len(files) > 1
        for done, path in enumerate(files, start=1):
            run = extract_ingested(ingest_url(path) if isinstance(path, str) else ingest_path(path))
            # A run still "running" was stored and queued for a worker: it counts as ingested.
            counts[RunStatus.INGESTED if run.status == RunStatus.RUNNING else run.status] += 1
            queued += run.status == RunStatus.RUNNING
            new_commitments += run.commitments_new
            mentions += run.mentions_found
            if run.status == RunStatus.FAILED:
                failures[run.failure_code] += 1
                self.stderr.write(self.style.ERROR(f"{path}: {run.failure_message} [{run.failure_code}]"))
            elif not show_progress:
                where = progress(done, len(files), time.monotonic() - started) + " " if len(files) > 1 else ""
                self.stdout.write(f"{where}{path}: {run.get_status_display()}")
            if show_progress:
                elapsed = time.monotonic() - started
                bar = "#" * int(30 * done / len(files))
                self.stdout.write(
                    f"\r[{bar:<30}] {progress(done, len(files), elapsed)} {done / max(elapsed, 1e-6):.1f} doc/s, "
                    f"failed {counts[RunStatus.FAILED]}\033[K",
                    ending="",
                )
        if show_progress:
            self.stdout.write("")
        self.stdout.write(self.summary(counts, failures, new_commitments, mentions))
        if queued:
            self.stdout.write(f"{queued} documents are queued; workers extract their commitments in the background.")
        if counts[RunStatus.FAILED]:
            sys.exit(1)

    @staticmethod
    def summary(counts, failures, new_commitments, mentions) -> str:
        rows = [
            ("ingested", counts[RunStatus.INGESTED]),
            ("unchanged", counts[RunStatus.UNCHANGED]),
            ("failed", counts[RunStatus.FAILED]),
            *((f"  {code}", n) for code, n in sorted(failures.items())),
            ("commitments new", new_commitments),
            ("mentions found", mentions),
        ]
        width = max(len(label) for label, _ in rows)
        return "\n".join(f"{label:<{width}}  {value:>6}" for label, value in rows)
