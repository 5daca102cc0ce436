"""Benchmark: the engine's cost in CPU instructions, which a busy shared machine does not change.

Usage: .venv/bin/python bench/instructions.py [--stride 8] [--baseline PATH_TO_OTHER_CHECKOUT]

Wall-clock figures (bench/extraction.py) move by a third between two runs on a shared machine. Instruction counts from
valgrind's callgrind do not: the same code on the same text gives the same count, whatever else the machine does. So
this counts, in child processes under callgrind:
- start: importing the engine and reading the texts, and nothing else;
- floor: the same, plus a bare regex sentence split over every text (what any pass must at least cost);
- engine: the same, plus commitments.extraction.extract on every text, once and (another run) twice;
and prints the floor and the engine as instructions per MB of text and their ratio: the engine's first pass (its start
subtracted) carries what is built on first use (compiled patterns, words learnt), as one CLI call does; its second pass
(the first subtracted) is the steady cost of a worker that has read many documents, which bench/extraction.py's
replicated corpus measures by the clock. Every `--stride`-th corpus text is taken, in name order. `--baseline` measures
another checkout of the project (a worktree of an earlier commit, say) on the same texts in the same run, so a change is
read as before -> after.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

# The child's program: what it runs is chosen by its first argument, the rest are the texts' paths.
_CHILD = """
import datetime as dt, gc, re, sys
sys.path.insert(0, sys.argv[1])
from commitments.extraction import ExtractionConfig, extract
texts = [open(p, encoding="utf-8").read() for p in sys.argv[3:]]
# the garbage collector's counters start from the same place in every run: otherwise a collection falls inside the
# measured loop in one checkout and outside it in another, because their imports allocated differently
gc.collect()
gc.freeze()
if sys.argv[2] == "floor":
    for text in texts:
        re.split(r"(?<=[.!?])\\s+", text)
elif sys.argv[2] in ("engine", "engine twice"):
    config = ExtractionConfig(reference_date=dt.date(2024, 6, 1))
    for _ in range(2 if sys.argv[2] == "engine twice" else 1):
        for text in texts:
            extract(text, config)
"""
_TOTALS = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)


def instructions(tree: Path, what: str, paths: list[Path]) -> int:
    """Instructions executed by a child process that imports the engine of `tree` and runs `what` over `paths`."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _CHILD,
            str(tree),
            what,
            *map(str, paths),
        ]
        # a fixed hash seed: with a random one, the sets and dicts built at import differ from run to run, and so
        # does the count (by some tens of millions of instructions)
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        run = subprocess.run(command, cwd=tree, capture_output=True, text=True, env=environment)
        if run.returncode != 0 or not out.exists():
            raise SystemExit(f"callgrind failed on {tree} ({what}): {run.stderr.strip()[-500:]}")
        found = _TOTALS.search(out.read_text(encoding="utf-8", errors="replace"))
        if found is None:
            raise SystemExit(f"no instruction total in callgrind's output for {tree} ({what})")
        return int(found.group(1))


def measure(tree: Path, paths: list[Path], megabytes: float) -> tuple[float, float, float]:
    """(floor, engine's first pass, engine's second pass) in millions of instructions per MB of text."""
    start = instructions(tree, "start", paths)
    floor = instructions(tree, "floor", paths) - start
    once = instructions(tree, "engine", paths)
    twice = instructions(tree, "engine twice", paths)
    return floor / 1e6 / megabytes, (once - start) / 1e6 / megabytes, (twice - once) / 1e6 / megabytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stride", type=int, default=8, help="take every n-th corpus text (default 8)")
    parser.add_argument("--baseline", type=Path, help="another checkout of the project, measured on the same texts")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind); nothing measured", file=sys.stderr)
        return 1
    paths = sorted(CORPUS.glob("*.txt"))[:: max(1, args.stride)]
    megabytes = sum(len(p.read_text(encoding="utf-8").encode("utf-8")) for p in paths) / 2**20
    print(f"text: {len(paths)} corpus texts, {megabytes:.2f} MB (every {args.stride}th)")
    trees = [("this checkout", ROOT)] + ([("baseline", args.baseline.resolve())] if args.baseline else [])
    for name, tree in trees:
        floor, first, second = measure(tree, paths, megabytes)
        print(
            f"{name:14s} floor {floor:6.1f}M instructions/MB; engine, first pass {first:7.1f}M/MB"
            f" ({first / floor:4.1f}x the floor), second pass {second:7.1f}M/MB ({second / floor:4.1f}x)  ({tree})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
