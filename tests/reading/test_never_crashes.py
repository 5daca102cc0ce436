"""Whatever the bytes, reading gives a text or a ReadError, never another exception."""

import io
import random

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.reading import ReadError, ReadLimits, read_document

from .samples import SOURCES

NAMES = st.sampled_from([None, "brief.pdf", "brief.docx", "pagina.html", "stuk.xml", "brief.txt"])
LIMITS = ReadLimits(max_seconds=5.0)


def read_or_refuse(data: bytes, filename: str | None = None):
    try:
        return read_document(data, filename=filename, limits=LIMITS)
    except ReadError as error:
        # A deliberate refusal, not the safety net in read_document catching a library's exception.
        assert error.__cause__ is None, repr(error.__cause__)
        return error


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=4096), filename=NAMES)
def test_arbitrary_bytes_give_text_or_a_read_error(data, filename):
    read_or_refuse(data, filename)


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<?xml version='1.0'?>", b"<html><body>", b"\xef\xbb\xbf"]),
    rest=st.binary(max_size=2048),
)
def test_bytes_that_start_like_a_known_format_give_text_or_a_read_error(prefix, rest):
    read_or_refuse(prefix + rest)


def test_damaged_copies_of_real_pdfs_and_xml_give_text_or_a_read_error():
    generator = random.Random(2024)
    for name in ("004.pdf", "031.pdf", "013.xml"):
        original = (SOURCES / name).read_bytes()
        for _ in range(25):
            damaged = bytearray(original)
            for _ in range(generator.randint(1, 40)):
                damaged[generator.randrange(len(damaged))] = generator.randrange(256)
            read_or_refuse(bytes(damaged), name)


def test_a_pdf_with_a_blank_page_among_text_pages_is_read_with_a_warning():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO((SOURCES / "011.pdf").read_bytes()))
    writer.add_blank_page()
    buffer = io.BytesIO()
    writer.write(buffer)
    result = read_document(buffer.getvalue())
    assert result.pages == 2
    assert result.warnings == ("Pagina's zonder tekst (mogelijk gescand): 2.",)


def test_an_unexpected_exception_in_a_reader_becomes_a_malformed_read_error(monkeypatch):
    import commitments.reading.plaintext as plaintext

    def trip(data):
        raise KeyError("onverwacht")

    monkeypatch.setattr(plaintext, "decode_text", trip)
    error = read_or_refuse_without_check(b"Geachte voorzitter,")
    assert error.code == "malformed"
    assert "KeyError" in error.message


def read_or_refuse_without_check(data: bytes) -> ReadError:
    try:
        read_document(data)
    except ReadError as error:
        return error
    raise AssertionError("no ReadError")
