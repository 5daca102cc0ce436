"""Benchmark: how long and how much memory refusing a .docx zip bomb takes.

Usage: .venv/bin/python bench/docx_bomb.py [--inflated-mb 390] [--rounds 3]

Builds the bomb of issue 12 (1.3 MB inflating to 390 MB, tests/reading/docx_bomb.py) in a
temporary folder, then reads it with commitments.reading.read_document in a fresh interpreter
per round and prints the outcome, the wall-clock seconds of the read and the child's peak
resident memory (ru_maxrss). Before streaming (python-docx over the whole archive) this took
121.6 s and 1,925 MB and ended in a timeout; the test asserts the memory bound only.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reading.docx_bomb import write_docx_bomb  # noqa: E402

CHILD = """
import json, resource, sys, time
from commitments.reading import ReadError, read_document
data = open(sys.argv[1], "rb").read()
started = time.monotonic()
try:
    read_document(data, filename="bom.docx")
    outcome = "read"
except ReadError as error:
    outcome = error.code
print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflated-mb", type=int, default=390)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bomb = write_docx_bomb(Path(folder) / "bom.docx", arguments.inflated_mb * 1000 * 1000)
        print(f"bomb: {bomb.stat().st_size / 1e6:.2f} MB inflating to {arguments.inflated_mb} MB")
        runs = []
        for _ in range(arguments.rounds):
            child = subprocess.run(
                [sys.executable, "-c", CHILD, str(bomb)], cwd=ROOT, capture_output=True, text=True, check=True
            )
            runs.append(json.loads(child.stdout))
    print(f"outcome: {', '.join(sorted({run['outcome'] for run in runs}))}")
    seconds, peaks = [r["seconds"] for r in runs], [r["peak_mb"] for r in runs]
    print(f"seconds: median {statistics.median(seconds):.2f} (max {max(seconds):.2f})")
    print(f"peak memory: median {statistics.median(peaks):.0f} MB (max {max(peaks):.0f} MB)")


if __name__ == "__main__":
    main()
