"""Benchmark: extraction throughput and memory, next to two baselines measured in the same run.

Usage: .venv/bin/python bench/extraction.py [--mb 50] [--dateparser-mb 1]
(the dateparser baseline needs `pip install -r bench/requirements.txt`)

The labelled corpus is replicated until it holds --mb megabytes of text (UTF-8). Measured:
- floor: a bare regex sentence split over the same text, what any pass must at least cost;
- engine: commitments.extraction.extract on every document, with documents/s and MB/s;
- both by the wall clock and by this process's CPU time: the run is single-threaded, so CPU time
  gives MB/s per core, which a busy shared machine lowers far less than it lowers the wall clock;
- dateparser: dateparser.search.search_dates, what a user would reach for (on a sample,
  because at ~0.25 MB/s the full text would take minutes);
- memory: peak RSS, and RSS after the first tenth of the documents versus after all, which
  shows whether memory grows with the number of documents.
"""

import argparse
import datetime as dt
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from commitments.extraction import ExtractionConfig, extract  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def rss_mb() -> float:
    # ru_maxrss is the peak in KiB on Linux; the current size comes from /proc.
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_documents(target_mb: float) -> list[str]:
    originals = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    documents, size = [], 0
    while size < target_mb * 2**20:
        for text in originals:
            documents.append(text)
            size += len(text.encode("utf-8"))
    return documents


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 2**20


def timed(function, texts) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of function over texts."""
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        function(text)
    return time.perf_counter() - started, time.process_time() - cpu_started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--dateparser-mb", type=float, default=1)
    args = parser.parse_args()

    documents = load_documents(args.mb)
    total_mb = megabytes(documents)
    print(f"text: {len(documents)} documents, {total_mb:.1f} MB (the corpus replicated)")

    floor_s, floor_cpu = timed(SENTENCE_END.split, documents)
    print(
        f"floor (regex sentence split): {total_mb / floor_s:8.1f} MB/s; "
        f"per core (CPU time) {total_mb / floor_cpu:.1f} MB/s"
    )

    config = ExtractionConfig(reference_date=dt.date(2024, 6, 1))
    tenth = max(1, len(documents) // 10)
    started, cpu_started = time.perf_counter(), time.process_time()
    found = 0
    rss_after_tenth = None
    for index, text in enumerate(documents, start=1):
        found += len(extract(text, config).commitments)
        if index == tenth:
            rss_after_tenth = rss_mb()
    engine_s, engine_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_end = rss_mb()
    print(
        f"engine (extract):             {total_mb / engine_s:8.1f} MB/s, {len(documents) / engine_s:.0f} documents/s, "
        f"{found} mentions; per core (CPU time) {total_mb / engine_cpu:.1f} MB/s"
    )
    print(f"  engine / floor time ratio:  {engine_s / floor_s:8.1f}x (CPU time {engine_cpu / floor_cpu:.1f}x)")

    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed (pip install -r bench/requirements.txt); baseline skipped")
    else:
        sample, size = [], 0.0
        for text in documents:
            if size >= args.dateparser_mb:
                break
            sample.append(text)
            size += len(text.encode("utf-8")) / 2**20
        dp_s, _ = timed(lambda t: search_dates(t, languages=["nl"]), sample)
        print(f"dateparser.search_dates:      {size / dp_s:8.2f} MB/s (on a {size:.1f} MB sample)")
        print(f"  engine / dateparser speed:  {(total_mb / engine_s) / (size / dp_s):8.1f}x")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"memory: peak RSS {peak:.0f} MB; RSS after {tenth} documents {rss_after_tenth:.0f} MB, "
        f"after {len(documents)} documents {rss_end:.0f} MB (growth {rss_end - rss_after_tenth:+.0f} MB)"
    )


if __name__ == "__main__":
    main()
