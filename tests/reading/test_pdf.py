import difflib
import io

import pypdf
import pytest

from commitments.reading import ReadLimits, read_document
from commitments.reading.cleaning import PAGE_BREAK
from commitments.reading.errors import ENCRYPTED_PDF, MALFORMED, NO_TEXT_LAYER, TIMEOUT, TOO_MANY_PAGES

from .samples import CORPUS, CORPUS_PDFS, SOURCES, read_error

# Lowest word-level similarity to pdftotext's text measured on the 21 PDFs is 0.968 (011: the
# page number and a footnote come in another order); the floor leaves a small margin.
MIN_SIMILARITY = 0.95


def pdf_bytes(number: str) -> bytes:
    return (SOURCES / f"{number}.pdf").read_bytes()


def word_similarity(ours: str, reference: str) -> float:
    return difflib.SequenceMatcher(None, ours.split(), reference.split(), autojunk=False).ratio()


@pytest.mark.parametrize("number", CORPUS_PDFS)
def test_a_corpus_pdf_reads_close_to_its_pdftotext_text(number):
    result = read_document(pdf_bytes(number), filename=f"{number}.pdf")
    reference = (CORPUS / f"{number}.txt").read_text(encoding="utf-8")
    assert result.format == "pdf"
    assert result.pages == reference.count("\f") == result.text.count(PAGE_BREAK)
    assert word_similarity(result.text, reference) >= MIN_SIMILARITY


@pytest.mark.parametrize(
    "number, expected",
    [
        ("001", "tot en met 2030 geen leveringszekerheidsrisico’s zijn, maar dat de leveringszekerheid in 2033"),
        ("001", "samen in ENTSO-E-verband tot tien jaar vooruit"),
        ("008", "uitvoering te geven aan de motie Joseph-Agema,7"),
        ("029", "de leden Mutluer (GroenLinks-PvdA) en Kostić (PvdD)"),
    ],
    ids=["split-word-joined", "acronym-hyphen-kept", "name-hyphen-kept", "spacing-accent-composed"],
)
def test_line_end_hyphens_and_accents_are_resolved_like_a_reader_would(number, expected):
    assert expected in " ".join(read_document(pdf_bytes(number)).text.split())


def test_every_page_ends_with_a_page_break_where_pdftotext_writes_a_form_feed():
    text = read_document(pdf_bytes("004")).text
    assert text.count("\n" + PAGE_BREAK) == text.count(PAGE_BREAK) == 6
    assert text.endswith("\n" + PAGE_BREAK)
    assert "\f" not in text


def test_no_carriage_returns_or_pdfium_hyphen_marks_are_left():
    text = read_document(pdf_bytes("001")).text
    assert "\r" not in text and "\ufffe" not in text


def test_a_footnote_number_stays_on_the_line_of_the_punctuation_after_it():
    assert "aangenomen\nmotie Joseph-Agema3, weer contact" in read_document(pdf_bytes("008")).text


def test_the_subject_stands_in_for_a_missing_title():
    assert read_document(pdf_bytes("008")).title.startswith("Antwoord op de vragen van het lid Dobbe")


def test_a_password_protected_pdf_is_refused_as_encrypted():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes("011")))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    error = read_error(buffer.getvalue(), filename="beveiligd.pdf")
    assert error.code == ENCRYPTED_PDF
    assert "wachtwoord" in error.message


def test_a_pdf_with_only_an_owner_password_is_read():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes("011")))
    writer.encrypt(user_password="", owner_password="eigenaar")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Tweede Kamer" in read_document(buffer.getvalue()).text


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9, 0.999], ids=["quarter", "half", "most", "last-bytes"])
def test_a_truncated_pdf_is_malformed(fraction):
    data = pdf_bytes("004")
    error = read_error(data[: int(len(data) * fraction)], filename="004.pdf")
    assert error.code == MALFORMED
    assert "PDF" in error.message


def test_a_file_named_pdf_that_is_not_one_is_malformed():
    assert read_error(b"Dit is geen PDF maar een tekst.", filename="brief.pdf").code == MALFORMED


def test_a_pdf_of_pages_without_text_has_no_text_layer():
    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    error = read_error(buffer.getvalue(), filename="scan.pdf")
    assert error.code == NO_TEXT_LAYER
    assert "scan" in error.message


def test_more_pages_than_the_limit_is_refused():
    error = read_error(pdf_bytes("004"), limits=ReadLimits(max_pages=5))
    assert error.code == TOO_MANY_PAGES
    assert "6" in error.message and "5" in error.message


def test_a_reader_over_its_time_budget_stops_with_a_timeout():
    assert read_error(pdf_bytes("004"), limits=ReadLimits(max_seconds=0.0)).code == TIMEOUT


def test_footnotes_footer_and_page_number_are_blocks_of_their_own_as_in_pdftotext():
    text = read_document(pdf_bytes("002")).text
    assert (
        "procedurefouten te voorkomen.\n\n1 Bijlage 1 van kamerstuk 32 813, nr. 1395\n\n"
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n3\n" + PAGE_BREAK
    ) in text


def test_a_raised_footnote_number_does_not_break_the_running_text():
    assert "dat het\n«code zwart» is?1\nAntwoord 1\nJa.\n" in read_document(pdf_bytes("031")).text
