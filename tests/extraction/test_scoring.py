"""bench/score_corpus.py: the in-project scorer gives the official figures."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.score_corpus import half_of, in_process_runner, matches, score, span_of

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
OFFICIAL = Path("/work/shared/tools/score_corpus.py")


def gold_runner(path, day):
    """An 'extractor' that returns exactly the labelled spans, deadlines and conditions."""
    text = path.read_text(encoding="utf-8")
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    out = []
    for c in label["commitments"]:
        start, end = span_of(text, c["quote"])
        out.append({"start": start, "end": end, "due_date": c.get("deadline"), "condition": c.get("condition")})
    return out


def test_the_gold_spans_score_perfectly_on_the_first_corpus_as_its_readme_says():
    result = score(CORPUS, gold_runner, "seen").overall
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert (result.deadline_exact, result.deadline_total) == (29, 29)
    assert (result.condition_found, result.condition_total) == (12, 12)
    assert result.decoys_flagged == 0


@pytest.mark.parametrize("half", ["dev", "heldout"])
def test_the_gold_spans_score_perfectly_on_each_later_half(half):
    result = score(CORPUS, gold_runner, half).overall
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.deadline_exact == result.deadline_total > 0
    assert result.decoys_flagged == 0 and not result.errors


def test_a_crashing_extractor_misses_everything_and_counts_errors():
    def crash(path, day):
        raise RuntimeError("boom")

    result = score(CORPUS, crash, "seen").overall
    assert result.tp == 0 and result.fn == 122 and len(result.errors) == 33


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ((0, 50), (0, 100), True),  # covers half the quote
        ((0, 49), (0, 100), False),  # covers less than half
        ((0, 400), (0, 100), True),  # at most 3 x 100 + 300 long
        ((0, 601), (0, 100), False),  # a whole page does not count
    ],
    ids=["half", "less-than-half", "long-but-allowed", "too-long"],
)
def test_a_prediction_matches_a_quote_it_half_covers_and_is_not_much_longer_than(pred, gold, expected):
    assert matches(pred, gold) is expected


@pytest.mark.skipif(not OFFICIAL.exists(), reason="the official scorer is not on this machine")
def test_it_gives_the_same_figures_as_the_official_scorer(tmp_path):
    # The official scorer starts the CLI once per document; every fifth document (and the seeds) keeps it to a
    # few minutes on a busy machine while still holding every kind of document the corpus has.
    for number, label in enumerate(sorted(CORPUS.glob("*.json"))):
        if number % 5 == 0 or label.stem.startswith("seed-"):
            for path in (label, label.with_suffix(".txt")):
                (tmp_path / path.name).write_bytes(path.read_bytes())
    done = subprocess.run(
        [sys.executable, str(OFFICIAL), str(tmp_path), "--python", sys.executable, "--project", str(ROOT), "--json"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    official = json.loads(done.stdout)
    ours = score(tmp_path, in_process_runner()).overall
    assert ours.tp + ours.fn > 50
    assert (ours.tp, ours.fp, ours.fn) == (official["tp"], official["fp"], official["fn"])
    assert ours.decoys_flagged == official["decoys_flagged"]
    assert f"{ours.deadline_exact}/{ours.deadline_total}" == official["deadline_exact"]
    assert f"{ours.condition_found}/{ours.condition_total}" == official["condition_found"]


def test_documents_of_the_first_corpus_and_the_seeds_count_as_seen():
    assert half_of("042.txt", "any text") == "seen"
    assert half_of("seed-000.txt", "any text") == "seen"


def test_a_later_document_falls_into_a_half_by_its_text_not_its_name():
    texts = [f"Brief nummer {n}." for n in range(400)]
    halves = [half_of("900.txt", t) for t in texts]
    assert set(halves) == {"dev", "heldout"}
    assert 150 < halves.count("heldout") < 250
    assert all(half_of("901.txt", t) == h for t, h in zip(texts, halves))


def test_the_documents_of_an_opened_held_out_half_count_as_dev():
    texts = [f"Brief nummer {n}." for n in range(50)]
    assert {half_of("150.txt", t) for t in texts} == {"dev"}
    assert {half_of("201.txt", t) for t in texts} == {"dev"}
    assert {half_of("400.txt", t) for t in texts} == {"dev"}  # batches H to K, opened in session 9
    assert {half_of("283.txt", t) for t in texts} == {"dev"}


def test_the_fields_of_a_matched_mention_are_tallied_against_its_label():
    from bench.score_corpus import score_document

    text = "Zoals toegezegd stuur ik u voor de zomer een brief. Ik blijf u informeren."
    label = {
        "commitments": [
            {
                "quote": "Zoals toegezegd stuur ik u voor de zomer een brief.",
                "action": "send",
                "refers_to_earlier": True,
                "recurring": False,
                "actor": "minister van Financiën (Heinen)",
            },
            {
                "quote": "Ik blijf u informeren.",
                "action": "inform",
                "refers_to_earlier": False,
                "recurring": True,
                "actor": "minister van Financiën (Heinen)",
            },
        ]
    }
    predictions = [
        {
            "start": 0,
            "end": 51,
            "action": "send",
            "refers_to_earlier": True,
            "recurring": True,
            "actor": "minister van Financiën",
        },
        {"start": 52, "end": 74, "action": "other", "refers_to_earlier": True, "recurring": True, "actor": None},
    ]
    tally = score_document(text, label, predictions)
    assert (tally.restated_found, tally.restated_total, tally.restated_false) == (1, 1, 1)
    assert (tally.recurring_found, tally.recurring_total, tally.recurring_false) == (1, 1, 1)
    assert (tally.action_right, tally.actor_right, tally.tp) == (1, 1, 2)


def test_a_repeat_counts_as_linked_only_when_it_points_at_its_first_mention():
    from bench.score_corpus import score_document

    text = "Ik stuur u een brief over de huren. Ik stuur u een brief over de zorg. Die brief over de huren komt."
    label = {
        "commitments": [
            {"quote": "Ik stuur u een brief over de huren."},
            {"quote": "Ik stuur u een brief over de zorg."},
            {"quote": "Die brief over de huren komt.", "same_as": 0},
        ]
    }
    right = [
        {"start": 0, "end": 35},
        {"start": 36, "end": 70, "same_as": None},
        {"start": 71, "end": 100, "same_as": 0},
    ]
    wrong = [
        {"start": 0, "end": 35},
        {"start": 36, "end": 70, "same_as": 0},
        {"start": 71, "end": 100, "same_as": None},
    ]
    tally = score_document(text, label, right)
    assert (tally.links_right, tally.links_total, tally.links_false) == (1, 1, 0)
    tally = score_document(text, label, wrong)
    assert (tally.links_right, tally.links_total, tally.links_false) == (0, 1, 1)
