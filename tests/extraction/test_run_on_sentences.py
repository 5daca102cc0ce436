"""A run-on sentence full of promise words is judged whole (its cost is measured in bench/linear_time.py)."""

from commitments.extraction import extract


def test_a_200k_character_sentence_of_repeated_cues_promises_nothing():
    # Before clause breaks were bisected this took ~20 s at 100k characters and grew 4x per doubling.
    text = "Geachte voorzitter,\n\n" + "hierbij stuur ik u de toezegging om de rapportage, " * 4000 + "."
    assert extract(text).commitments == []
