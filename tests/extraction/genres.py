"""Measure the extractor on the genre sentences (genre_sentences/README.md).

Run `.venv/bin/python -m tests.extraction.genres [--misses]` for the figures of both halves.
"""

from __future__ import annotations

import sys
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commitments.extraction import ExtractionConfig, extract

# Each batch (batchN.tsv) was written before any rule was changed for it (README.md).
SENTENCES = Path(__file__).with_name("genre_sentences")
REFERENCE_DATE = date(2026, 3, 10)


@dataclass(frozen=True)
class Case:
    batch: str
    genre: str
    promise: bool
    due: str  # "YYYY-MM-DD", "none" or "-" (not checked)
    actor: str  # or "-" (not checked)
    text: str

    @property
    def half(self) -> str:
        # A hash of the text, not the line number: adding a case never moves the others.
        return "heldout" if zlib.crc32(self.text.encode()) % 3 == 0 else "dev"


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(SENTENCES.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            genre, label, due, actor, text = line.split("\t")
            assert label in {"yes", "no"}, line
            cases.append(Case(path.stem, genre, label == "yes", due, actor, text.replace("\\n", "\n")))
    return cases


@dataclass(frozen=True)
class Outcome:
    case: Case
    found: bool
    due: str | None
    actor: str | None

    @property
    def due_right(self) -> bool | None:
        if not (self.case.promise and self.found) or self.case.due == "-":
            return None
        return self.due == (None if self.case.due == "none" else self.case.due)

    @property
    def actor_right(self) -> bool | None:
        if not (self.case.promise and self.found) or self.case.actor == "-":
            return None
        return self.actor == self.case.actor


def run(case: Case) -> Outcome:
    items = extract(case.text, ExtractionConfig(reference_date=REFERENCE_DATE)).commitments
    first = items[0] if items else None
    return Outcome(
        case,
        first is not None,
        first.due_date.isoformat() if first and first.due_date else None,
        first.actor if first else None,
    )


@dataclass(frozen=True)
class Figures:
    tp: int
    fp: int
    fn: int
    dues_right: int
    dues_checked: int
    actors_right: int
    actors_checked: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} (tp={self.tp} fp={self.fp} fn={self.fn}) "
            f"deadlines {self.dues_right}/{self.dues_checked} actors {self.actors_right}/{self.actors_checked}"
        )


def figures(outcomes: list[Outcome]) -> Figures:
    dues = [o.due_right for o in outcomes if o.due_right is not None]
    actors = [o.actor_right for o in outcomes if o.actor_right is not None]
    return Figures(
        tp=sum(o.case.promise and o.found for o in outcomes),
        fp=sum(not o.case.promise and o.found for o in outcomes),
        fn=sum(o.case.promise and not o.found for o in outcomes),
        dues_right=sum(dues),
        dues_checked=len(dues),
        actors_right=sum(actors),
        actors_checked=len(actors),
    )


def main(argv: list[str]) -> None:
    outcomes = [run(case) for case in load_cases()]
    for batch in sorted({o.case.batch for o in outcomes}) + ["all"]:
        for half in ("dev", "heldout"):
            chosen = [o for o in outcomes if o.case.half == half and batch in ("all", o.case.batch)]
            print(f"{batch:7} {half:8} {figures(chosen).line()}")
    if "--misses" in argv:
        for o in outcomes:
            wrong = (o.found != o.case.promise) or o.due_right is False or o.actor_right is False
            if wrong and (o.case.half == "dev" or "--all" in argv):
                print(
                    f"[{o.case.half}] {o.case.genre} want={o.case.promise} found={o.found} due={o.due}/{o.case.due}"
                    f" actor={o.actor}/{o.case.actor}: {o.case.text[:150]!r}"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
