"""A .docx with a paragraph per printed line (converted from a PDF) reads like its .txt."""

import io

import docx
import pytest

from commitments.extraction import extract
from commitments.reading import read_document
from commitments.reading.wrapped_lines import GAP, HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, join_blocks

from .samples import CORPUS


def line_per_paragraph_docx(text: str) -> bytes:
    """Each printed line a paragraph, as PDF converters write them; blank lines and page ends leave no trace."""
    document = docx.Document()
    for line in text.replace("\f", "\n").split("\n"):
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def promises(text: str) -> list[tuple]:
    return [
        (
            " ".join(c.quote.split()),
            c.actor,
            c.action,
            c.subject,
            c.deadline_kind,
            c.deadline_text,
            c.due_date,
            c.condition,
        )
        for c in extract(text).commitments
    ]


@pytest.mark.parametrize("name", ["seed-003", "002", "003"])
def test_a_line_per_paragraph_docx_gives_the_promises_of_its_txt(name):
    as_text = read_document((CORPUS / f"{name}.txt").read_bytes(), filename=f"{name}.txt").text
    as_docx = read_document(line_per_paragraph_docx(as_text), filename=f"{name}.docx").text
    expected = promises(as_text)
    assert expected
    assert promises(as_docx) == expected


def lines(*texts: str, kind: str = PARAGRAPH) -> list[Block]:
    return [Block(text, kind) for text in texts]


# Twelve printed lines of a letter: wrapped near 70 characters, most of them running on in lower case.
PRINTED = lines(
    "Geachte voorzitter,",
    "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van",
    "netcongestie in de provincies Noord-Holland, Utrecht en Gelderland, zoals",
    "toegezegd tijdens het commissiedebat over het elektriciteitsnet van de",
    "Tweede Kamer op 12 maart. In de komende maanden werk ik samen met de",
    "netbeheerders aan een plan dat de wachtlijsten voor aansluitingen moet",
    "verkorten; ik zal uw Kamer voor het zomerreces informeren over de",
    "uitkomsten van het onderzoek naar de capaciteit van het net in de regio.",
    "Inleiding",
    "De wachtlijsten zijn de afgelopen jaren sterk gegroeid en raken inmiddels",
    "bedrijven in alle sectoren van de economie, van de bouw tot de zorg en",
    "het onderwijs.",
)


def test_a_line_continuing_in_lower_case_runs_on_from_the_line_before():
    text = join_blocks(lines("Ik zal uw Kamer voor het zomerreces", "informeren over de uitkomsten."))
    assert text == "Ik zal uw Kamer voor het zomerreces\ninformeren over de uitkomsten."


def test_a_full_line_without_a_stop_runs_on_into_a_capital_in_a_line_per_paragraph_document():
    assert "van de\nTweede Kamer op 12 maart." in join_blocks(PRINTED)


def test_a_short_line_keeps_its_blank_line_in_a_line_per_paragraph_document():
    text = join_blocks(PRINTED)
    assert text.startswith("Geachte voorzitter,\n\nMet deze brief")
    assert "in de regio.\n\nInleiding\n\nDe wachtlijsten" in text


def test_paragraphs_of_a_normal_document_do_not_run_into_a_capital():
    long_paragraph = "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van netcongestie " * 3
    text = join_blocks(lines(long_paragraph.strip(), "Daarnaast ga ik in op de motie van het lid Kops."))
    assert "\n\nDaarnaast" in text


@pytest.mark.parametrize("kind", [HEADING, LIST_ITEM, TABLE_ROW])
def test_headings_list_items_and_table_rows_are_never_joined(kind):
    blocks = [Block("Ik noem de volgende punten", PARAGRAPH), Block("de kosten van het net", kind)]
    assert join_blocks(blocks) == "Ik noem de volgende punten\n\nde kosten van het net"


def test_an_empty_paragraph_is_a_gap_that_is_never_joined():
    blocks = [Block("Ik zal uw Kamer voor het zomerreces", PARAGRAPH), Block("", GAP), Block("informeren.", PARAGRAPH)]
    assert join_blocks(blocks) == "Ik zal uw Kamer voor het zomerreces\n\ninformeren."


def test_the_reader_takes_headings_and_list_items_from_their_styles():
    document = docx.Document()
    document.add_heading("netcongestie", level=1)
    document.add_paragraph("eerste punt van de lijst", style="List Bullet")
    document.add_paragraph("tweede punt van de lijst", style="List Bullet")
    document.add_paragraph("gewone tekst die doorloopt")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), filename="brief.docx").text
    assert text == "netcongestie\n\neerste punt van de lijst\n\ntweede punt van de lijst\n\ngewone tekst die doorloopt"
