"""A promise to the Kamer is the same promise however the text names the Kamer, and a look-alike stays one.

Letters say "uw Kamer", but also "u", "de commissie" (a letter to a committee), "beide Kamers" or "de Tweede Kamer";
debates say "u" and "de Kamer". Every labelled promise of the seen and dev halves that the engine finds on its own and
that names "uw Kamer" is rewritten with each other name, and must still be found; every labelled look-alike that names
it and is not flagged must still not be flagged. These are rewrites of real sentences: they test that the rules read
the receiver, not that they generalise to documents nobody labelled.
"""

import json
import re
from pathlib import Path

import pytest

from bench.score_corpus import names_in_half
from commitments.extraction import extract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
UW_KAMER = re.compile(r"\buw Kamer\b")
OTHER_NAMES = ["u", "de commissie", "uw commissie", "beide Kamers", "de Tweede Kamer", "de Kamer"]


def _quotes_naming_uw_kamer(kind: str, flagged: bool) -> list[str]:
    found = []
    for name in names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev"):
        label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        for item in label.get(kind, []):
            quote = " ".join(item["quote"].split())
            if UW_KAMER.search(quote) and len(quote) <= 400 and bool(extract(quote).commitments) == flagged:
                found.append(quote)
    return found


PROMISES = _quotes_naming_uw_kamer("commitments", flagged=True)
LOOK_ALIKES = _quotes_naming_uw_kamer("decoys", flagged=False)


def test_the_corpus_gives_enough_sentences_to_rewrite():
    assert len(PROMISES) >= 80
    assert len(LOOK_ALIKES) >= 150


@pytest.mark.parametrize("receiver", OTHER_NAMES)
def test_a_promise_to_the_kamer_named_otherwise_is_found(receiver):
    lost = [quote for quote in PROMISES if not extract(UW_KAMER.sub(receiver, quote)).commitments]
    assert lost == []


@pytest.mark.parametrize("receiver", OTHER_NAMES)
def test_a_look_alike_naming_the_kamer_otherwise_stays_a_look_alike(receiver):
    flagged = [quote for quote in LOOK_ALIKES if extract(UW_KAMER.sub(receiver, quote)).commitments]
    assert flagged == []
