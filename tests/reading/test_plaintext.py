import random

import pytest

from commitments.reading import read_document
from commitments.reading.cleaning import PAGE_BREAK
from commitments.reading.errors import EMPTY, UNDECODABLE

from .samples import CORPUS, read_error

LETTER = (CORPUS / "seed-003.txt").read_text(encoding="utf-8")
SENTENCE = "De minister zal de Kamer vóór het zomerreces informeren over de cliëntondersteuning.\n"


def test_a_utf8_text_is_read_unchanged():
    result = read_document(LETTER.encode("utf-8"), filename="brief.txt")
    assert (result.text, result.format, result.pages, result.warnings) == (LETTER, "text", None, ())


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
        b"\xff\xfe" + SENTENCE.encode("utf-16-le"),
        b"\xfe\xff" + SENTENCE.encode("utf-16-be"),
        SENTENCE.encode("utf-16-le"),
        SENTENCE.encode("cp1252"),
        SENTENCE.encode("utf-8").decode("latin-1").encode("utf-8"),
        SENTENCE.replace("\n", "\r\n").encode("utf-8"),
        SENTENCE.encode("utf-8").replace(b" ", b" \x00", 2),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-without-bom", "cp1252", "double-utf8", "crlf", "nul-bytes"],
)
def test_every_common_encoding_gives_the_same_text(encoded):
    assert read_document(encoded).text == SENTENCE


def test_a_pdftotext_text_is_read_unchanged_but_for_its_page_breaks():
    text = (CORPUS / "001.txt").read_text(encoding="utf-8")
    assert read_document(text.encode("utf-8"), filename="001.txt").text == text.replace("\f", PAGE_BREAK)


def test_a_cp1252_file_is_read_with_a_warning():
    result = read_document(SENTENCE.encode("cp1252"))
    assert any("Windows-1252" in warning for warning in result.warnings)


def test_one_cp1252_line_in_a_utf8_file_does_not_spoil_the_other_lines():
    data = "één regel in UTF-8\n".encode() + "één regel in cp1252\n".encode("cp1252")
    assert read_document(data).text == "één regel in UTF-8\néén regel in cp1252\n"


def test_an_empty_file_is_refused():
    assert read_error(b"").code == EMPTY


def test_a_file_of_whitespace_is_refused_as_empty():
    assert read_error(b" \r\n\t \n").code == EMPTY


def test_binary_junk_is_refused_as_undecodable():
    error = read_error(random.Random(7).randbytes(64 * 1024))
    assert error.code == UNDECODABLE
    assert "tekst" in error.message


def test_a_utf16_bom_followed_by_broken_bytes_is_undecodable():
    assert read_error(b"\xff\xfe" + b"\x00\xd8" * 40).code == UNDECODABLE
