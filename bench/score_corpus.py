"""Score the extractor against the labelled corpus, overall and per document type.

The figures are those of /work/shared/tools/score_corpus.py (same matching, same counts; the
README of tests/corpus explains them); this version can also run the engine in-process, which is
fast enough for a test, and breaks the result down by type (antwoorden, handelingen, kamerbrief).

    python bench/score_corpus.py tests/corpus            # in-process
    python bench/score_corpus.py tests/corpus --cli      # through python -m commitments.extraction
    python bench/score_corpus.py tests/corpus -v --json
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# run(path, date) -> the "commitments" list of the extractor's JSON for that file.
Runner = Callable[[Path, "str | None"], list[dict]]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    decoys: int = 0
    decoys_flagged: int = 0
    deadline_total: int = 0
    deadline_exact: int = 0
    deadline_close: int = 0
    condition_total: int = 0
    condition_found: int = 0
    # the other fields of the matched mentions (tp of them): a restatement of an earlier promise, a standing
    # promise, the kind of act, who promises
    restated_total: int = 0
    restated_found: int = 0
    restated_false: int = 0
    recurring_total: int = 0
    recurring_found: int = 0
    recurring_false: int = 0
    action_right: int = 0
    actor_right: int = 0
    # same_as among the matched mentions: repeats linked to their first mention
    links_total: int = 0
    links_right: int = 0
    links_false: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "tp",
            "fp",
            "fn",
            "decoys",
            "decoys_flagged",
            "deadline_total",
            "deadline_exact",
            "deadline_close",
            "condition_total",
            "condition_found",
            *_FIELD_COUNTS,
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def fields_line(self) -> str:
        """How the matched mentions' other fields agree with their labels."""
        return (
            f"fields of the {self.tp} matched: restates earlier {self.restated_found}/{self.restated_total} "
            f"(+{self.restated_false} wrongly) recurring {self.recurring_found}/{self.recurring_total} "
            f"(+{self.recurring_false} wrongly) action {self.action_right}/{self.tp} "
            f"actor {self.actor_right}/{self.tp} repeats linked {self.links_right}/{self.links_total} "
            f"(+{self.links_false} wrongly)"
        )

    def line(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn}) "
            f"decoys {self.decoys_flagged}/{self.decoys} deadline exact {self.deadline_exact}/{self.deadline_total} "
            f"±31d {self.deadline_close}/{self.deadline_total} condition {self.condition_found}/{self.condition_total} "
            f"errors {len(self.errors)}"
        )


_FIELD_COUNTS = (
    "restated_total",
    "restated_found",
    "restated_false",
    "recurring_total",
    "recurring_found",
    "recurring_false",
    "action_right",
    "actor_right",
    "links_total",
    "links_right",
    "links_false",
)


@dataclass
class Score:
    overall: Tally
    by_type: dict[str, Tally]
    misses: list[str]
    false_positives: list[str]


def span_of(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    # The official scorer tolerates whitespace differences the same way.
    m = re.search(r"\s+".join(re.escape(w) for w in quote.split()), text)
    return (m.start(), m.end()) if m else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    glen, plen = gold[1] - gold[0], pred[1] - pred[0]
    return overlap(pred, gold) >= 0.5 * glen and plen <= 3 * glen + 300


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def score_document(
    text: str,
    label: dict,
    predictions: list[dict],
    name: str = "",
    misses: list[str] | None = None,
    false_positives: list[str] | None = None,
) -> Tally:
    tally = Tally()
    labelled = label.get("commitments", [])
    gold = [(sp, c) for c in labelled if (sp := span_of(text, c["quote"]))]
    bad = [sp for d in label.get("decoys", []) if (sp := span_of(text, d["quote"]))]
    tally.decoys = len(bad)
    spans = []
    for p in predictions:
        try:
            spans.append(((int(p["start"]), int(p["end"])), p))
        except (KeyError, TypeError, ValueError):
            pass
    used: set[int] = set()
    found_as: dict[int, int] = {}  # a matched mention's index in the labels -> its prediction's index
    for gold_span, g in gold:
        hit = next((k for k, (sp, _) in enumerate(spans) if k not in used and matches(sp, gold_span)), None)
        if hit is None:
            tally.fn += 1
            if misses is not None:
                misses.append(f"MISS {name}: {g['quote'][:110]!r}")
            continue
        used.add(hit)
        tally.tp += 1
        pred = spans[hit][1]
        found_as[next(i for i, c in enumerate(labelled) if c is g)] = next(
            i for i, p in enumerate(predictions) if p is pred
        )
        if (want := _date(g.get("deadline"))) is not None:
            tally.deadline_total += 1
            got = _date(pred.get("due_date"))
            tally.deadline_exact += got == want
            tally.deadline_close += got is not None and abs((got - want).days) <= 31
        if g.get("condition"):
            tally.condition_total += 1
            tally.condition_found += bool(pred.get("condition"))
        _tally_fields(tally, g, pred)
    _tally_links(tally, labelled, predictions, found_as)
    for k, (sp, _) in enumerate(spans):
        # A second prediction inside an already matched quote (one sentence split in two) is no error.
        if k in used or any(overlap(sp, g) > 0 for g, _ in gold):
            continue
        tally.fp += 1
        tally.decoys_flagged += any(overlap(sp, b) > 0 for b in bad)
        if false_positives is not None:
            false_positives.append(f"FALSE {name}: {text[sp[0] : sp[1]][:110]!r}")
    return tally


def _tally_fields(tally: Tally, gold: dict, pred: dict) -> None:
    for flag in ("restated", "recurring"):
        name = "refers_to_earlier" if flag == "restated" else flag
        if gold.get(name):
            setattr(tally, f"{flag}_total", getattr(tally, f"{flag}_total") + 1)
            setattr(tally, f"{flag}_found", getattr(tally, f"{flag}_found") + bool(pred.get(name)))
        elif pred.get(name):
            setattr(tally, f"{flag}_false", getattr(tally, f"{flag}_false") + 1)
    tally.action_right += gold.get("action") == pred.get("action")
    # the labels add the person ("minister van Financiën (Heinen)"); the office named either way round counts
    labelled, found = _office(gold.get("actor")), _office(pred.get("actor"))
    tally.actor_right += bool(found) and (found in labelled or labelled in found)


def _tally_links(tally: Tally, labelled: list[dict], predictions: list[dict], found_as: dict[int, int]) -> None:
    """same_as: a matched repeat is linked right when its prediction points (through its chain) at the prediction of
    the mention its label points at; a matched prediction that points at another matched one otherwise is wrong."""

    def first(items: list[dict], i: int) -> int:
        seen = set()
        while isinstance(link := items[i].get("same_as"), int) and 0 <= link < len(items) and i not in seen:
            seen.add(i)
            i = link
        return i

    found_at = set(found_as.values())
    for i, k in found_as.items():
        labelled_link = labelled[i].get("same_as") is not None and first(labelled, i) in found_as
        found_link = predictions[k].get("same_as") is not None and first(predictions, k) in found_at
        tally.links_total += labelled_link
        if labelled_link and found_link and found_as[first(labelled, i)] == first(predictions, k):
            tally.links_right += 1
        elif found_link:
            tally.links_false += 1


def _office(actor: object) -> str:
    return re.sub(r"\s*\(.*?\)", "", str(actor or "")).strip().lower()


HALVES = ("seen", "dev", "heldout")


def half_of(name: str, text: str) -> str:
    """Which half of the corpus a document belongs to.

    Documents numbered below 100 and the seeds were in the corpus while the rules were written
    ("seen"). Documents 100-283 are "dev": they were split by the hash below when they came, and
    their held-out half was opened once its before and after figures were taken (see the README).
    Every later document falls by a hash of its text into "dev" (rules may be written while looking
    at it) or "heldout" (nobody looks at its misses until its figure is taken), so the split is fixed
    before anyone reads the engine's output on it and never moves.
    """
    stem = Path(name).stem
    if stem.startswith("seed-") or (stem.isdigit() and int(stem) < 100):
        return "seen"
    if (stem.isdigit() and int(stem) <= LAST_OPENED) or stem in OPENED:
        return "dev"
    return "heldout" if hashlib.sha256(text.encode("utf-8")).hexdigest()[0] in "01234567" else "dev"


# The last document of the batches whose held-out half has been opened: batches L, M, Q, D, E, F and G (up to 283),
# then, in session 9, batches H to K (290-486) after their figure was taken (F1 0.621 with the engine as session 8 left
# it, 0.623 at 5a0c797): their misses are studied from then on, and the held-out half is that of N, P and S.
LAST_OPENED = 486
# Later held-out documents opened one by one, after their figure was taken: 810 and 850 (session 8) scored nothing at
# all, because their markdown speakers' labels ("**Staatssecretaris Van Gennip:**", "## Minister Van der Wal:") were
# not read as labels; their format was looked at to find that.
OPENED = frozenset({"810", "850"})


def names_in_half(corpus_dir: str | Path, half: str) -> list[str]:
    """The stems of the labelled documents of one half, in order."""
    return [
        path.stem
        for path in sorted(Path(corpus_dir).glob("*.txt"))
        if path.with_suffix(".json").exists() and half_of(path.name, path.read_text(encoding="utf-8")) == half
    ]


def score(corpus_dir: str | Path, run: Runner, half: str | None = None) -> Score:
    """Score run(path, date) over every labelled NNN.txt/NNN.json pair in corpus_dir (or one half of them)."""
    overall, by_type, misses, fps = Tally(), {}, [], []
    for label_path in sorted(Path(corpus_dir).glob("*.json")):
        txt_path = label_path.with_suffix(".txt")
        if not txt_path.exists():
            continue
        if half is not None and half_of(txt_path.name, txt_path.read_text(encoding="utf-8")) != half:
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        text = txt_path.read_text(encoding="utf-8")
        try:
            predictions = run(txt_path.resolve(), label.get("date"))
            tally = score_document(text, label, predictions, txt_path.name, misses, fps)
        except Exception as exc:  # a crash counts every gold item as missed, as in the official scorer
            tally = Tally(fn=sum(1 for c in label.get("commitments", []) if span_of(text, c["quote"])))
            tally.decoys = sum(1 for d in label.get("decoys", []) if span_of(text, d["quote"]))
            tally.errors.append(f"{txt_path.name}: {exc}")
        overall.add(tally)
        by_type.setdefault(label.get("type", "other"), Tally()).add(tally)
    return Score(overall, by_type, misses, fps)


def in_process_runner() -> Runner:
    from commitments.extraction import ExtractionConfig, extract

    def run(path: Path, day: str | None) -> list[dict]:
        config = ExtractionConfig(reference_date=dt.date.fromisoformat(day) if day else None)
        return extract(path.read_text(encoding="utf-8"), config).to_dict()["commitments"]

    return run


def cli_runner(python: str, project: str) -> Runner:
    def run(path: Path, day: str | None) -> list[dict]:
        cmd = [python, "-m", "commitments.extraction", str(path)] + (["--date", day] if day else [])
        done = subprocess.run(cmd, cwd=project, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[-300:]}")
        out = json.loads(done.stdout)
        return (out[0] if isinstance(out, list) else out).get("commitments", [])

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--cli", action="store_true", help="run the extractor as a subprocess, like the official scorer")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--project", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--half", choices=HALVES, help="score only one half (see half_of); -v on 'heldout' spoils it")
    a = ap.parse_args(argv)
    if not a.cli:
        sys.path.insert(0, a.project)
    result = score(a.corpus, cli_runner(a.python, a.project) if a.cli else in_process_runner(), a.half)
    if a.verbose:
        for line in result.misses + result.false_positives:
            print(" ", line, file=sys.stderr)
    if a.json:
        rows = {"overall": result.overall, **result.by_type}
        print(
            json.dumps(
                {
                    k: {
                        "tp": t.tp,
                        "fp": t.fp,
                        "fn": t.fn,
                        "precision": round(t.precision, 3),
                        "recall": round(t.recall, 3),
                        "f1": round(t.f1, 3),
                        "decoys_flagged": t.decoys_flagged,
                        "decoys": t.decoys,
                        "deadline_exact": f"{t.deadline_exact}/{t.deadline_total}",
                        "deadline_within_31d": f"{t.deadline_close}/{t.deadline_total}",
                        "condition_found": f"{t.condition_found}/{t.condition_total}",
                        "restates_earlier_found": f"{t.restated_found}/{t.restated_total}",
                        "restates_earlier_wrongly": t.restated_false,
                        "recurring_found": f"{t.recurring_found}/{t.recurring_total}",
                        "recurring_wrongly": t.recurring_false,
                        "action_right": f"{t.action_right}/{t.tp}",
                        "actor_right": f"{t.actor_right}/{t.tp}",
                        "repeats_linked": f"{t.links_right}/{t.links_total}",
                        "repeats_linked_wrongly": t.links_false,
                        "n_errors": len(t.errors),
                    }
                    for k, t in rows.items()
                }
            )
        )
    else:
        for err in result.overall.errors[:5]:
            print("error:", err)
        print(result.overall.line())
        print(result.overall.fields_line())
        for kind, tally in sorted(result.by_type.items()):
            print(f"  {kind:12} {tally.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
