"""The extractor on genres the labelled corpus has few of: Kamerbrieven of every ministry, Eerste Kamer
registry entries, memories van antwoord, nota's naar aanleiding van het verslag, verslagen van schriftelijk
overleg and commissiedebat lists (genre_sentences/README.md). The floors are the figures measured; a rule
change that lowers them fails here. `python -m tests.extraction.genres --misses` shows the cases missed."""

import pytest

from tests.extraction.genres import figures, load_cases, run

# (half, precision, recall, share of deadlines right, share of actors right): the figures measured.
# Held-out recall 0.982 -> 0.965: in writing, the first-person present tense of sending without a time
# phrase the rule table reads ("stuur ik u ...", "ontvangt u ...") is now the document itself, as the
# labelling rules say; on real letters (the new corpus batch's dev half) that removed a false alarm, and
# one invented held-out sentence is no longer found.
FLOORS = {
    "dev": (1.0, 1.0, 1.0, 1.0),
    "heldout": (1.0, 0.96, 1.0, 1.0),
}


@pytest.fixture(scope="module")
def outcomes():
    return [run(case) for case in load_cases()]


def test_the_two_halves_each_hold_commitments_and_look_alikes():
    cases = load_cases()
    for half in FLOORS:
        labels = {case.promise for case in cases if case.half == half}
        assert labels == {True, False}, half


@pytest.mark.parametrize("half", FLOORS)
def test_look_alikes_of_the_genres_are_rarely_taken_for_commitments(outcomes, half):
    found = figures([o for o in outcomes if o.case.half == half])
    assert found.precision >= FLOORS[half][0], found.line()


@pytest.mark.parametrize("half", FLOORS)
def test_commitments_of_the_genres_are_found(outcomes, half):
    found = figures([o for o in outcomes if o.case.half == half])
    assert found.recall >= FLOORS[half][1], found.line()


@pytest.mark.parametrize("half", FLOORS)
def test_the_deadlines_of_found_commitments_are_right(outcomes, half):
    found = figures([o for o in outcomes if o.case.half == half])
    assert found.dues_right >= FLOORS[half][2] * found.dues_checked, found.line()


@pytest.mark.parametrize("half", FLOORS)
def test_the_actors_of_found_commitments_are_right(outcomes, half):
    found = figures([o for o in outcomes if o.case.half == half])
    assert found.actors_right >= FLOORS[half][3] * found.actors_checked, found.line()
