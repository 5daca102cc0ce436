"""In a letter, a present-tense sentence that goes on from a promise with a time to come takes that time.

The pair is real letter text (tests/corpus 1218), given as a letter of its own; its variants change one thing each.
"""

from commitments.extraction import extract

LETTER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 december 2021\n\n{}\n"
PROMISE = "In het voorjaar van 2022 wordt uw Kamer weer geïnformeerd over de voortgang van de uitbreiding."
GOES_ON = "Uw Kamer ontvangt dan ook de laatste stand van zaken omtrent deze gesignaleerde knelpunten."


def _quotes(body: str) -> list[str]:
    return [c.quote for c in extract(LETTER.format(body)).commitments]


def test_a_sentence_that_points_back_at_the_time_of_the_promise_before_it_is_a_promise_too():
    found = extract(LETTER.format(f"{PROMISE} {GOES_ON}")).commitments
    assert [c.quote for c in found] == [PROMISE, GOES_ON]
    assert found[1].due_date == found[0].due_date


def test_without_a_time_before_it_the_present_tense_describes():
    assert _quotes(f"Uw Kamer wordt weer geïnformeerd over de uitbreiding. {GOES_ON}") == [
        "Uw Kamer wordt weer geïnformeerd over de uitbreiding."
    ]


def test_without_a_word_that_points_back_it_is_a_sentence_of_its_own():
    assert GOES_ON.replace(" dan ook", "") not in _quotes(f"{PROMISE} {GOES_ON.replace(' dan ook', '')}")


def test_a_new_paragraph_does_not_go_on():
    assert GOES_ON not in _quotes(f"{PROMISE}\n\n{GOES_ON}")
