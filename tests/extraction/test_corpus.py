"""The engine on the labelled corpus (tests/corpus): the seeds exactly, each half above its floor."""

import json
from pathlib import Path

import pytest

from bench.score_corpus import in_process_runner, score, score_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Just under what the rules reach today; raise them when they improve, never lower them quietly.
# "seen": the documents the rules were written with; "dev": later real documents, studied;
# "heldout": later real documents nobody has studied (tests/corpus/README.md, "Halves").
# Since session 5 the held-out half is that of batches H, I1, I2 and J1 (71 labelled mentions; F1 0.451 when
# they came, 0.596 at the end of that session), the earlier halves having been opened; dev stood at 0.812.
# Session 6 added batches K1-K7 (the held-out part 0.559 when they came, 0.581 after its rules): the whole
# held-out half stands at 0.590, dev at 0.823.
# Session 7 added batches N1-N12 (whole one-page letters; their held-out part 0.761 when they came, 0.783 after its
# rules): the whole held-out half stands at 0.643, dev at 0.833.
# Session 8 added batches P1-P3, real debates in a PDF extraction's run-on form (dev part 0.386, held-out part 0.486
# when they came): the dev floor is lowered openly, from 0.81 to 0.79, because the new documents pull dev to 0.802.
# With batches P4-P7 and the session's rules the held-out half stands at 0.653 (0.613 with the engine as session 7
# left it), dev at 0.795.
# Session 9 opened the held-out half of batches H to K (0.621 with the engine as session 8 left it) to study what the
# rules miss on text they were not written for: dev takes them in and falls to 0.780, so its floor is lowered openly
# from 0.79 to 0.77; the held-out half left (batches N, P and S, 109 mentions) stands at 0.709, its floor raised to
# 0.69.
# Session 10 added batch S5 (17 letters and look-alikes; its held-out part 0.667 when it came) and rules written on dev:
# dev stands at 0.810, its floor raised to 0.79; the held-out half (N, P, S, S5) at 0.704 (0.707 with the engine as
# session 9 left it), its floor left at 0.69.
# Session 11 added batches S6 (18 letters; its held-out part 0.667 when it came, the same after) and S7 (2 debate
# look-alikes) and rules written on dev: dev stands at 0.820, its floor raised to 0.80; the held-out half (N, P, S, S5,
# S6, S7) at 0.700, its floor left at 0.69.
# Session 12 worked on the fields of the mentions found (bench/score_corpus.py's second line); dev stands at 0.820, the
# held-out half at 0.706 (0.700 before); the floors are left.
# Session 13 worked on the fields again (actor, action, repeats linked): dev stands at 0.821, the held-out half at 0.706
# (the same before); the floors are left.
# Session 14 added batches T (44 letters, answers and look-alikes; held-out part 0.400 when they came, 0.476 after
# the session's rules) and U (31 documents, nearly all look-alikes): the held-out half falls to 0.690 (0.706 before
# them) and its floor is lowered openly from 0.69 to 0.68; dev stands at 0.826 (with the dev part of T and U), its
# floor raised to 0.81.
# Session 15 added batch V (19 letters and a debate look-alike; its held-out part 0.828 when it came, the same after)
# and batch W (12 letters, 11 of them look-alikes; none of its held-out decoys flagged): the held-out half stands at
# 0.703, dev at 0.826; the floors are left.
# Session 16 added no documents; its rules read the Kamer however it is named, remarks between dashes, governed clauses
# and bounds on "niet": the held-out half stands at 0.719 (0.703 before), dev at 0.828; the floors are raised to 0.70
# and 0.82.
F1_FLOOR = {"seen": 0.93, "dev": 0.82, "heldout": 0.70}
SEEN_PER_TYPE_F1_FLOOR = {"antwoorden": 0.90, "handelingen": 0.92, "kamerbrief": 0.95}


@pytest.fixture(scope="module")
def scores():
    return {half: score(CORPUS, in_process_runner(), half) for half in F1_FLOOR}


@pytest.mark.parametrize("name", ["seed-000", "seed-003"])
def test_a_seed_gives_exactly_its_labelled_mentions_and_none_of_its_decoys(name):
    path = CORPUS / f"{name}.txt"
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    predictions = in_process_runner()(path, label.get("date"))
    tally = score_document(path.read_text(encoding="utf-8"), label, predictions)
    assert (tally.tp, tally.fn, tally.fp) == (len(label["commitments"]), 0, 0)
    assert tally.decoys_flagged == 0


@pytest.mark.parametrize("half", sorted(F1_FLOOR))
def test_each_half_of_the_corpus_stays_above_its_floor_without_errors(scores, half):
    tally = scores[half].overall
    assert tally.tp + tally.fn > 0, f"no labelled commitment in the {half} half"
    assert tally.f1 >= F1_FLOOR[half], tally.line()
    assert not tally.errors


# The fields of dev's matched mentions (bench/score_corpus.py's second line), just under what session 12 left: found at
# least / set wrongly at most. Raise them when they improve, never lower them quietly. Session 13: links 28 -> 33 right,
# 42 -> 34 wrong (the verbs of promising no longer count as shared content); actor 565 -> 622 (a chair's list names
# the member of government who spoke in the debate; older signatures; the cabinet named beside 'ik' is not the
# promiser); action 545 -> 562 (what a point is taken into; 'te sturen'; talks with the Kamer).
# Session 14 (dev grown by the dev part of batches T and U): restated 124 -> 125, recurring 22 -> 25, action 571 -> 597,
# actor 628 -> 653, links 35 right and 34 wrong.
# Session 19, raised in the open: links 34 -> 35 wrong. 452's newly found "dat we u in ieder geval begin december
# rapporteren over ..." is now the first mention that "Ik zal uw Kamer daar dus in december nader over informeren"
# links to. Both are labelled repeats of one earlier promise the engine does not find, and the scorer counts a link
# between two repeats of a promise it did not match as wrong. Recurring 25 -> 26 right, action 600 -> 603, actor 655
# -> 657 in the same run.
# Session 20, lowered in the open: links 34 -> 32 right, and 35 -> 29 wrong. A promise is linked only to one made by
# the same office (a minister does not repeat the state secretary's promise in other words): 35 right and 35 wrong
# became 32 and 29 on dev; seen stayed at 7 and 5; the held-out half's 2 and 1 became 2 and 0 (figures only); the whole
# corpus's 44 and 41 became 41 and 34.
DEV_FIELDS_FLOOR = {
    "restated_found": 123,
    "recurring_found": 23,
    "action_right": 590,
    "actor_right": 645,
    "links_right": 32,
}
DEV_FIELDS_CEILING = {"restated_false": 3, "recurring_false": 7, "links_false": 29}


def test_the_fields_of_the_mentions_found_in_dev_stay_within_their_bounds(scores):
    tally = scores["dev"].overall
    assert {k: getattr(tally, k) for k in DEV_FIELDS_FLOOR if getattr(tally, k) < DEV_FIELDS_FLOOR[k]} == {}, (
        tally.fields_line()
    )
    assert {k: getattr(tally, k) for k in DEV_FIELDS_CEILING if getattr(tally, k) > DEV_FIELDS_CEILING[k]} == {}, (
        tally.fields_line()
    )


@pytest.mark.parametrize("kind", sorted(SEEN_PER_TYPE_F1_FLOOR))
def test_each_document_type_of_the_first_corpus_stays_above_its_floor(scores, kind):
    tally = scores["seen"].by_type[kind]
    assert tally.f1 >= SEEN_PER_TYPE_F1_FLOOR[kind], tally.line()
