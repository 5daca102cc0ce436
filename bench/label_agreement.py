"""How far two labellers of the corpus agree, and how far the engine agrees with each.

Usage: .venv/bin/python bench/label_agreement.py [--corpus tests/corpus]

tests/corpus/agreement/NNN.json is a second, blind labelling of tests/corpus/NNN.txt (see the README there). For each
document, and for each group of documents (short written, short debates, windows of long debates), this prints:
- "second vs first": the second labelling scored as if it were predictions against the corpus labels;
- "engine vs first" and "engine vs second": the engine scored against each labelling.
The first line is the ceiling the corpus figures can be read against: an engine that agrees with the corpus labels as
well as a second careful reader does is as good as the labels can show. A label with a "window" [start, end] covers
only that stretch of a long debate: both labellings and the engine are read there alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_corpus import Tally, score_document, span_of  # noqa: E402
from commitments.extraction import ExtractionConfig, extract  # noqa: E402

COMPARISONS = ("second vs first", "engine vs first", "engine vs second")


def group_of(label: dict) -> str:
    if label.get("window"):
        return "debate windows"
    return "short debates" if label.get("type") == "handelingen" else "short written"


def within(text: str, label: dict) -> dict:
    """label with only the items whose quote stands in text (a window of the document)."""
    return {
        **label,
        "commitments": [c for c in label.get("commitments", []) if span_of(text, c["quote"])],
        "decoys": [d for d in label.get("decoys", []) if span_of(text, d["quote"])],
    }


def as_predictions(text: str, label: dict) -> list[dict]:
    """A labelling's commitments in the shape of the engine's output, to be scored like it."""
    out = []
    for item in label.get("commitments", []):
        span = span_of(text, item["quote"])
        if span:
            out.append(
                {"start": span[0], "end": span[1], "due_date": item.get("deadline"), "condition": item.get("condition")}
            )
    return out


def agreement(text: str, first: dict, second: dict, engine: list[dict]) -> dict[str, Tally]:
    """The three comparisons on one document (or window) text; engine offsets are in that text."""
    return {
        "second vs first": score_document(text, first, as_predictions(text, second)),
        "engine vs first": score_document(text, first, engine),
        "engine vs second": score_document(text, second, engine),
    }


def document_agreement(corpus: Path, second_path: Path) -> tuple[str, dict[str, Tally]]:
    whole = (corpus / f"{second_path.stem}.txt").read_text(encoding="utf-8")
    first = json.loads((corpus / f"{second_path.stem}.json").read_text(encoding="utf-8"))
    second = json.loads(second_path.read_text(encoding="utf-8"))
    day = first.get("date")
    found = extract(whole, ExtractionConfig(reference_date=dt.date.fromisoformat(day) if day else None))
    start, end = second.get("window") or (0, len(whole))
    text = whole[start:end]
    engine = [
        {**c, "start": c["start"] - start, "end": c["end"] - start}
        for c in found.to_dict()["commitments"]
        if start <= c["start"] < end
    ]
    return group_of(second), agreement(text, within(text, first), within(text, second), engine)


def _f1(tally: Tally) -> str:
    # a document with no promise on either side and none found agrees fully, yet its F1 is 0/0
    return f"{tally.f1:.3f}" if tally.tp + tally.fp + tally.fn else "  -  "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    totals: dict[tuple[str, str], Tally] = {}
    for path in sorted((corpus / "agreement").glob("*.json")):
        group, tallies = document_agreement(corpus, path)
        for name, tally in tallies.items():
            for key in ((group, name), ("all", name)):
                totals.setdefault(key, Tally()).add(tally)
        print(f"{path.stem:>5}  " + "  ".join(f"{name} F1 {_f1(tallies[name])}" for name in COMPARISONS))
    print()
    for group in ("short written", "short debates", "debate windows", "all"):
        for name in COMPARISONS:
            if (group, name) in totals:
                print(f"{group:15} {name:17} {totals[group, name].line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
