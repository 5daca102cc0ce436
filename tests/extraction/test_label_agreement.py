"""The second, blind labelling of corpus documents (tests/corpus/agreement) and the agreement figures read from it."""

import json
from pathlib import Path

import pytest

from bench.label_agreement import agreement, as_predictions, group_of, within

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SECOND = sorted((CORPUS / "agreement").glob("*.json"))


def _window(path: Path) -> tuple[str, dict]:
    label = json.loads(path.read_text(encoding="utf-8"))
    text = (CORPUS / f"{path.stem}.txt").read_text(encoding="utf-8")
    start, end = label.get("window") or (0, len(text))
    return text[start:end], label


@pytest.mark.parametrize("path", SECOND, ids=[p.stem for p in SECOND])
def test_every_quote_of_the_second_labelling_stands_in_its_document_and_window(path):
    text, label = _window(path)
    assert (CORPUS / f"{path.stem}.json").exists()
    for item in label["commitments"] + label["decoys"]:
        assert item["quote"] in text, item["quote"][:80]
    for item in label["commitments"]:
        assert text.count(item["quote"]) == 1, item["quote"][:80]


def test_a_labelling_agrees_fully_with_itself():
    text, label = _window(CORPUS / "agreement" / "226.json")
    tallies = agreement(text, label, label, as_predictions(text, label))
    assert tallies["second vs first"].f1 == tallies["engine vs first"].f1 == 1.0


def test_only_the_items_inside_a_window_are_scored():
    text, label = _window(CORPUS / "agreement" / "310.json")
    first = json.loads((CORPUS / "310.json").read_text(encoding="utf-8"))
    kept = within(text, first)
    assert 0 < len(kept["commitments"]) < len(first["commitments"])
    assert group_of(label) == "debate windows"
