"""The typed form of a text that some source gave in other characters, and the way back to its offsets."""

import unicodedata

from commitments.extraction import extract
from commitments.extraction.document.typed_text import typed_text

PROMISE = "Ik zal uw Kamer voor de zomer informeren over de definitieve cijfers."


def test_a_text_typed_already_is_read_as_it_stands():
    assert typed_text(PROMISE) is None
    assert typed_text("Geachte voorzitter,\r\n\r\nIk zal uw Kamer geïnformeerd houden.\r\n") is None


def test_ligatures_are_spelled_out_and_a_span_over_one_takes_it_whole():
    typed = typed_text("de deﬁnitieve cijfers")
    assert typed.text == "de definitieve cijfers"
    assert (typed.original_start(3), typed.original_end(14)) == (3, 13)
    # starting or ending between the two letters of "ﬁ": the ligature is in the span
    assert typed.original_start(6) == 5
    assert typed.original_end(6) == 6


def test_an_accent_after_its_letter_is_composed_and_later_offsets_move_back():
    text = unicodedata.normalize("NFD", "wordt geïnformeerd over")
    typed = typed_text(text)
    assert typed.text == "wordt geïnformeerd over"
    assert typed.original_start(19) == 20
    assert text[typed.original_start(19) : typed.original_end(23)] == "over"


def test_characters_of_no_width_are_left_out_of_the_span_at_either_end():
    text = "\ufeffIk zal u infor\u200bmeren.\u200b Dank."
    typed = typed_text(text)
    assert typed.text == "Ik zal u informeren. Dank."
    assert text[typed.original_start(0) : typed.original_end(20)] == "Ik zal u infor\u200bmeren."


def test_a_lone_carriage_return_ends_a_line_and_keeps_the_offsets():
    text = "Geachte voorzitter,\r\rIk zal u informeren.\r"
    typed = typed_text(text)
    assert typed.text == text.replace("\r", "\n")
    assert (typed.original_start(21), typed.original_end(41)) == (21, 41)


def test_a_mention_in_a_decomposed_text_is_quoted_with_the_document_s_own_characters():
    text = unicodedata.normalize(
        "NFD", "Geachte voorzitter,\n\nUw Kamer wordt voor de zomer geïnformeerd over de cijfers.\n"
    )
    [mention] = extract(text).commitments
    assert mention.quote == text[mention.start : mention.end]
    assert mention.quote.startswith("Uw Kamer wordt") and mention.quote.endswith("cijfers.")
    assert "i\u0308" in mention.quote


def test_the_phrases_read_from_a_mention_are_cut_from_the_text_as_it_came():
    text = "Geachte voorzitter,\r\rIk zal uw Kamer voor de\rzomer informeren over de eﬀecten.\r"
    (item,) = extract(text).commitments
    assert item.deadline_text == "voor de\rzomer" and item.deadline_text in item.quote
    assert item.subject == "de eﬀecten"


def test_the_phrases_read_from_a_delivery_are_cut_from_the_text_as_it_came():
    # found by the property test of deliveries: a lone carriage return inside the promise named
    (delivery,) = extract("Hierbij stuur ik u de toezegging om \r0").deliveries
    assert delivery.promise_text is not None and delivery.promise_text in delivery.quote
