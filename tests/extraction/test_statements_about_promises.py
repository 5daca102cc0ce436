"""Sentences about promises that promise nothing themselves (issue 13, point 6): a general statement on
toezeggingen and a refusal to promise now are not stored as commitments, in a letter, an answer or a debate."""

import pytest

from commitments.extraction import extract

GENERAL = "Toezeggingen blijven altijd geldig, ook als er een nieuw kabinet komt."
REFUSAL = "Ik wil niet nu al toezeggen dat ik de regeling aanpas."
PROMISE = "Wel zeg ik toe dat ik de Kamer voor de zomer informeer over de uitvoering."

CONTEXTS = {
    "letter": "Geachte voorzitter,\n\n{}\n\nHoogachtend,\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n",
    "answer": "Vraag 1\nBlijven de toezeggingen van de vorige minister gelden?\n\nAntwoord 1\n{}\n",
    "debate": "Minister De Jonge:\n\n{}\n",
}


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("sentence", [GENERAL, REFUSAL], ids=["general statement", "refusal"])
def test_a_sentence_about_promises_is_not_a_commitment(context, sentence):
    assert extract(CONTEXTS[context].format(sentence)).commitments == []


@pytest.mark.parametrize("context", sorted(CONTEXTS))
def test_a_promise_beside_them_is_still_found(context):
    text = CONTEXTS[context].format(" ".join([GENERAL, REFUSAL, PROMISE]))
    assert [c.quote for c in extract(text).commitments] == [PROMISE]
