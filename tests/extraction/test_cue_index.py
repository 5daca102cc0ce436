"""cue_index: which rules have their cue words in a sentence."""

import pytest

from commitments.extraction.promises.cue_index import CueIndex, sentence_words
from commitments.extraction.promises.templates import CueWords

INDEX = CueIndex([CueWords.parse("toe toezeg*"), CueWords.parse("informe* bericht"), None])


@pytest.mark.parametrize(
    "sentence, mask",
    [
        ("Dat zeg ik u toe.", 0b01),
        ("Ik wil u toezeggen dat ik u informeer.", 0b11),
        ("U krijgt bericht.", 0b10),
        ("De toetsing is afgerond.", 0b00),
        ("Het berichtje kwam gisteren.", 0b00),
    ],
    ids=["exact_word", "two_rules", "exact_second_rule", "a_longer_word_is_no_exact_cue", "nor_for_an_exact_cue"],
)
def test_the_mask_has_the_bits_of_the_rules_whose_cues_occur(sentence, mask):
    assert INDEX.mask(sentence_words(sentence)) == mask


def test_a_rule_without_cues_is_reported_apart():
    assert INDEX.uncued == 0b100


def test_the_same_sentence_gives_the_same_answer_twice():
    words = sentence_words("Ik zal u informeren.")
    assert INDEX.mask(words) == INDEX.mask(sentence_words("Ik zal u informeren.")) == 0b10


def test_words_are_lower_case_and_distinct():
    assert sentence_words("Zal ik, zal IK?") == {"zal", "ik"}


def test_a_word_wakes_the_rules_whose_cues_it_matches_word_by_word():
    # the index classifies a word by table look-ups; CueWords.found_in is the plain statement of a match
    cues = [
        CueWords.parse("toe toezeg* *brief"),
        CueWords.parse("informe* *rapportage bericht"),
        CueWords.parse("*zeg* brief"),
        None,
    ]
    index = CueIndex(cues)
    words = [
        "toe",
        "toezeggen",
        "toezeg",
        "kamerbrief",
        "brief",
        "brie",
        "informeer",
        "inform",
        "informe",
        "voortgangsrapportage",
        "rapportage",
        "bericht",
        "berichten",
        "zeg",
        "afzeggen",
        "ik",
        "e",
    ]
    for word in words:
        expected = sum(1 << i for i, cue in enumerate(cues) if cue is not None and cue.found_in((word,)))
        assert index.mask(frozenset({word})) == expected, word
