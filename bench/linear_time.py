"""Benchmark: the engine's time on adversarial input grows linearly with its length.

Usage: .venv/bin/python bench/linear_time.py [--repeat 3]

Each case runs on input of a quarter size and of full size (the sizes the tests use, which
check only what the engine answers on them); printed are the best seconds of each and their
ratio. Linear time gives a ratio near 4; quadratic behaviour near 16 or far more. A wall-clock
figure belongs here and not in a test, where a loaded machine would fail it.
"""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from commitments.extraction import extract  # noqa: E402
from commitments.extraction.deadlines.recesses import RecessCalendar  # noqa: E402
from commitments.extraction.deadlines.resolution import resolve_deadline  # noqa: E402
from commitments.extraction.document.metadata import read_metadata  # noqa: E402
from commitments.extraction.document.sentences import split_sentences  # noqa: E402
from commitments.extraction.promises.matching import judge  # noqa: E402

CALENDAR = RecessCalendar.bundled()


def deadline(text):
    return resolve_deadline(text, reference_date=date(2025, 3, 12), calendar=CALENDAR)


def repeated(unit, chars):
    return lambda scale: unit * (chars * scale // 4 // len(unit))


# (name, function, input of a scale in quarters: 1 is a quarter, 4 the full size)
CASES = [
    *[
        (f"deadline: {unit.strip()!r} x 1 MB", deadline, repeated(unit, 1_000_000))
        for unit in ["1234567890 ", "12 mei 2024 of ", "zodra ", "binnen 2-3 jaar ", "blijf "]
    ],
    ("sentences: one word without end, 5 MB", split_sentences, repeated("a", 5_000_000)),
    ("sentences: only full stops, 5 MB", split_sentences, repeated(".", 5_000_000)),
    ("sentences: abbreviations only, 5 MB", split_sentences, repeated("nr. ", 5_000_000)),
    ("sentences: form feeds only, 5 MB", split_sentences, repeated("\f", 5_000_000)),
    (
        "sentences: footers only",
        split_sentences,
        repeated("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n2\n\n\f", 90_000 * 53),
    ),
    ("sentences: long lines without end", split_sentences, repeated("x" * 200 + "\n", 25_000 * 201)),
    (
        "judge: 'ik zal' and its verb 110k apart",
        lambda t: judge("ik zal " + t + "informeren"),
        repeated("de kamer van het rijk ", 5000 * 22),
    ),
    (
        "judge: 'Zoals' and one 100k word",
        lambda t: judge("Zoals " + t + " kom ik daarop terug."),
        repeated("gea", 100_000),
    ),
    (
        "judge: vetoed promises with remarks between dashes, run on",
        judge,
        repeated("ik zou – en dat is van belang – graag willen dat daar in die brief op wordt ingegaan; ", 1000 * 86),
    ),
    (
        "metadata: speaker label over filler",
        lambda t: read_metadata("De voorzitter:\n\n" + t),
        repeated("blabla ", 700_000 * 7),
    ),
    (
        "extract: a 200k run-on sentence of cues",
        lambda t: extract("Geachte voorzitter,\n\n" + t + "."),
        repeated("hierbij stuur ik u de toezegging om de rapportage, ", 4000 * 51),
    ),
]


def best_seconds(function, text, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - started)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is shown")
    args = parser.parse_args()
    print(f"{'case':<46} {'1/4 size s':>10} {'full s':>8} {'ratio':>6}")
    for name, function, make in CASES:
        quarter = best_seconds(function, make(1), args.repeat)
        full = best_seconds(function, make(4), args.repeat)
        print(f"{name:<46} {quarter:>10.3f} {full:>8.3f} {full / max(quarter, 1e-9):>6.1f}")


if __name__ == "__main__":
    main()
