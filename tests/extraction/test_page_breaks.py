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


def test_a_sentence_runs_on_across_the_running_header_of_the_next_page():
    # 462's pdftotext output puts the header its later pages repeat ("Directoraat-generaal" / "Bedrijfsleven &
    # Innovatie") between the halves of a sentence that a page break cut
    text = (CORPUS / "462.txt").read_text(encoding="utf-8")
    [item] = [c for c in extract(text).commitments if "Technologiestrategie, die meer richting" in c.quote]
    assert item.quote.startswith("Voor de inzet op sleuteltechnologieën werk ik aan een Nationale")
    assert "Directoraat-generaal" not in item.quote and item.quote.endswith("dit najaar zal berichten.")


# two pages of a letter whose second page opens with the header block that the third repeats
RUNNING_HEADER = "Directie Wetgeving\nOns kenmerk\n2024-0000123\n\n"
PAGES = (
    "Geachte voorzitter,\n\nDe evaluatie is afgerond. Ik zal uw Kamer voor de zomer\n\nPagina 1 van 3\n\f"
    + RUNNING_HEADER
    + "over de uitkomsten van de evaluatie informeren.\n\nPagina 2 van 3\n\f"
    + RUNNING_HEADER
    + "Hoogachtend,\n\nde minister van Justitie en Veiligheid,\n"
)


def test_a_header_block_that_recurs_on_later_pages_is_page_furniture():
    [item] = extract(PAGES).commitments
    assert " ".join(item.quote.split()) == (
        "Ik zal uw Kamer voor de zomer over de uitkomsten van de evaluatie informeren."
    )


def test_a_header_block_that_stands_once_is_text():
    # (the block on the last page left out: the one between the halves of the sentence recurs nowhere)
    head, _, tail = PAGES.rpartition(RUNNING_HEADER)
    once = head + tail
    assert [" ".join(c.quote.split()) for c in extract(once).commitments] != [
        "Ik zal uw Kamer voor de zomer over de uitkomsten van de evaluatie informeren."
    ]
