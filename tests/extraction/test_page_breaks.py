"""A page break stored as U+2029 (the readers' form of a form feed) reads like the form feed itself."""

import pytest

from commitments.extraction import ExtractionConfig, extract
from tests.locations import CORPUS

PDF_TEXTS = ["001", "002", "003", "004", "006", "007"]


@pytest.mark.parametrize("number", PDF_TEXTS)
def test_the_same_commitments_are_found_whichever_page_break_the_text_uses(number):
    text = (CORPUS / f"{number}.txt").read_text(encoding="utf-8")
    assert "\f" in text
    with_form_feeds = extract(text, ExtractionConfig())
    with_separators = extract(text.replace("\f", "\u2029"), ExtractionConfig())
    assert [(c.start, c.end, c.rule) for c in with_separators.commitments] == [
        (c.start, c.end, c.rule) for c in with_form_feeds.commitments
    ]


@pytest.mark.parametrize(
    "number, furniture",
    [("001", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"), ("009", "h tk 20232024 387")],
)
def test_a_quote_that_runs_over_a_page_break_leaves_the_page_furniture_out(number, furniture):
    text = (CORPUS / f"{number}.txt").read_text(encoding="utf-8")
    over_a_page = [c for c in extract(text).commitments if furniture in text[c.start : c.end]]
    assert over_a_page, "the real document has a promise that runs over a page break"
    for commitment in over_a_page:
        assert furniture not in commitment.quote and "\f" not in commitment.quote
        assert commitment.quote.split()[-1] == text[commitment.start : commitment.end].split()[-1]


# Text copied from a PDF viewer keeps the page number but loses the form feed around it.
COPIED = (
    "Geachte voorzitter,\n\nIk verwacht het rapport uiterlijk 1 april 2012 aan uw Kamer\n\nPagina 2 van 4\n\n"
    "te kunnen sturen, samen met mijn reactie.\n\nHoogachtend,\n"
)


def test_a_sentence_runs_on_across_a_page_number_without_a_form_feed():
    [item] = extract(COPIED).commitments
    assert (
        item.quote
        == "Ik verwacht het rapport uiterlijk 1 april 2012 aan uw Kamer\nte kunnen sturen, samen met mijn reactie."
    )
