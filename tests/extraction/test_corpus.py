"""The engine on the labelled corpus (tests/corpus): the seeds exactly, the whole corpus above a floor."""

import json
from pathlib import Path

import pytest

from bench.score_corpus import in_process_runner, score, score_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Just under what the rules reach today; raise it when they improve, never lower it quietly.
F1_FLOOR = 0.93
PER_TYPE_F1_FLOOR = {"antwoorden": 0.90, "handelingen": 0.92, "kamerbrief": 0.95}


@pytest.fixture(scope="module")
def corpus_score():
    return score(CORPUS, in_process_runner())


@pytest.mark.parametrize("name", ["seed-000", "seed-003"])
def test_a_seed_gives_exactly_its_labelled_mentions_and_none_of_its_decoys(name):
    path = CORPUS / f"{name}.txt"
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    predictions = in_process_runner()(path, label.get("date"))
    tally = score_document(path.read_text(encoding="utf-8"), label, predictions)
    assert (tally.tp, tally.fn, tally.fp) == (len(label["commitments"]), 0, 0)
    assert tally.decoys_flagged == 0


def test_the_corpus_f1_stays_above_the_floor(corpus_score):
    assert corpus_score.overall.f1 >= F1_FLOOR, corpus_score.overall.line()
    assert not corpus_score.overall.errors


@pytest.mark.parametrize("kind", sorted(PER_TYPE_F1_FLOOR))
def test_each_document_type_stays_above_its_floor(corpus_score, kind):
    tally = corpus_score.by_type[kind]
    assert tally.f1 >= PER_TYPE_F1_FLOOR[kind], tally.line()
