import pickle

import pytest

from commitments.reading import ReadError, ReadLimits, read_document
from commitments.reading.detect import detect_format
from commitments.reading.errors import TOO_LARGE, UNSUPPORTED_FORMAT
from commitments.reading.limits import Deadline

from .samples import SOURCES, read_error

DUTCH_LINE = "De minister zal de Kamer voor de zomer informeren over de voortgang.\n"


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read():
    fifty_megabytes = b"\x00" * (50 * 1024 * 1024)
    error = read_error(fifty_megabytes, limits=ReadLimits(max_bytes=10 * 1024 * 1024))
    assert error.code == TOO_LARGE
    assert "50,0 MB" in error.message and "10,0 MB" in error.message


def test_the_default_byte_limit_is_100_megabytes():
    error = read_error(b" " * (100 * 1024 * 1024 + 1))
    assert error.code == TOO_LARGE


def test_a_text_over_the_character_limit_is_refused_not_cut():
    error = read_error((DUTCH_LINE * 100).encode(), limits=ReadLimits(max_chars=5000))
    assert error.code == TOO_LARGE
    assert "5.000" in error.message


def test_a_pdf_over_the_character_limit_is_refused_while_reading():
    error = read_error((SOURCES / "004.pdf").read_bytes(), limits=ReadLimits(max_chars=5000))
    assert error.code == TOO_LARGE


def test_a_text_at_the_character_limit_is_read_whole():
    data = (DUTCH_LINE * 10).encode()
    assert read_document(data, limits=ReadLimits(max_chars=len(data))).text == DUTCH_LINE * 10


def test_an_xml_reader_over_its_time_budget_stops_with_a_timeout():
    error = read_error((SOURCES / "042.xml").read_bytes(), limits=ReadLimits(max_seconds=0.0))
    assert error.code == "timeout"


def test_a_deadline_checks_the_clock_it_is_given():
    now = [100.0]
    deadline = Deadline(5.0, clock=lambda: now[0])
    deadline.check()
    now[0] = 106.0
    with pytest.raises(ReadError) as caught:
        deadline.check()
    assert caught.value.code == "timeout"


def test_a_read_error_survives_pickling_for_celery():
    error = pickle.loads(pickle.dumps(ReadError(TOO_LARGE, "Te groot.")))
    assert (error.code, error.message) == (TOO_LARGE, "Te groot.")


def test_an_unknown_error_code_is_a_programming_error():
    with pytest.raises(ValueError):
        ReadError("kapot", "onbekend")


@pytest.mark.parametrize(
    "head, filename, content_type, expected",
    [
        (b"%PDF-1.7\n", None, None, "pdf"),
        (b"\n\n%PDF-1.4\n", "brief.txt", None, "pdf"),
        (b"<!DOCTYPE html><html><body>", None, None, "html"),
        (b'<?xml version="1.0"?><!DOCTYPE html><html>', None, None, "html"),
        (b"<div><p>tekst</p></div>", None, None, "html"),
        (b'<?xml version="1.0"?><officiele-publicatie>', "stuk.txt", None, "xml"),
        (b"\xc3\xaf\xc2\xbb\xc2\xbf\n<?xml version='1.0'?><officiele-publicatie>", None, None, "xml"),
        (b"<officiele-publicatie>", None, None, "xml"),
        (b"<officiele-publicatie>", None, "text/html; charset=utf-8", "html"),
        (b"Geachte voorzitter,", None, None, "text"),
        (b"Geachte voorzitter,", "brief.html", None, "text"),
    ],
    ids=[
        "pdf-magic",
        "pdf-magic-beats-name",
        "html-doctype",
        "xhtml",
        "html-fragment",
        "xml-magic-beats-name",
        "double-encoded-bom",
        "xml-root",
        "content-type-decides-markup",
        "text",
        "text-despite-html-name",
    ],
)
def test_format_is_detected_by_magic_bytes_first_then_name_and_type(head, filename, content_type, expected):
    assert detect_format(head, filename, content_type) == expected


@pytest.mark.parametrize(
    "data, advice",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".docx"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "afbeelding"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "afbeelding"),
        (b"{\\rtf1\\ansi Geachte voorzitter}", "RTF"),
    ],
    ids=["old-word", "png", "jpeg", "rtf"],
)
def test_formats_we_do_not_read_are_refused_with_advice(data, advice):
    error = read_error(data)
    assert error.code == UNSUPPORTED_FORMAT
    assert advice in error.message
