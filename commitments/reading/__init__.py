"""Reading: uploaded bytes to the text the extraction engine works on.

read_document() detects the format, runs its reader within the limits given, cleans the text
(the stored text that extraction offsets point into) and refuses what it cannot read with a
ReadError carrying a short code and a message for the clerk. No Django here: the caller passes
limits in from its settings.
"""

import datetime as dt
from dataclasses import dataclass

from . import language
from .cleaning import clean_text, join_hyphenated_lines
from .detect import DOCX, HTML, PDF, XML, detect_format
from .errors import EMPTY, MALFORMED, NOT_DUTCH, TOO_LARGE, ReadError
from .limits import Deadline, ReadLimits

__all__ = ["ReadError", "ReadLimits", "ReadResult", "read_document"]


@dataclass(frozen=True)
class ReadResult:
    text: str
    format: str  # "text", "pdf", "html", "xml", "docx"
    pages: int | None
    title: str | None
    warnings: tuple[str, ...]
    # From an officielebekendmakingen XML's metadata or meeting heading; None for other formats.
    identifier: str | None = None
    date: dt.date | None = None


def read_document(
    data: bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    limits: ReadLimits = ReadLimits(),
) -> ReadResult:
    """The cleaned text of a document, or a ReadError saying why there is none."""
    if len(data) > limits.max_bytes:
        raise ReadError(
            TOO_LARGE,
            f"Het bestand is {_megabytes(len(data))} groot; het maximum is {_megabytes(limits.max_bytes)}.",
        )
    if not data.strip(b" \t\r\n\x00"):
        raise ReadError(EMPTY, "Het bestand is leeg.")
    deadline = Deadline(limits.max_seconds)
    kind = detect_format(data, filename, content_type)
    try:
        text, pages, title, warnings, publication = _read(kind, data, content_type, limits, deadline)
    except ReadError:
        raise
    except Exception as error:  # noqa: BLE001 - a library tripping over odd input must not crash ingestion
        raise ReadError(
            MALFORMED,
            f"Het bestand kan niet worden gelezen; het lijkt beschadigd ({type(error).__name__}).",
        ) from error
    if len(text) > limits.max_chars:
        raise ReadError(
            TOO_LARGE,
            f"De tekst is {len(text):,} tekens lang; het maximum is {limits.max_chars:,}.".replace(",", "."),
        )
    if not text.strip():
        raise ReadError(EMPTY, "Het bestand bevat geen tekst.")
    if language.is_clearly_not_dutch(text):
        raise ReadError(
            NOT_DUTCH,
            "De tekst is niet in het Nederlands; alleen Nederlandstalige Kamerstukken worden gelezen.",
        )
    return ReadResult(
        text=text,
        format=kind,
        pages=pages,
        title=title,
        warnings=tuple(warnings),
        identifier=publication.identifier if publication else None,
        date=publication.date if publication else None,
    )


def _read(kind, data, content_type, limits, deadline):
    """(cleaned text, pages, title, warnings, XML publication facts or None) from the reader of the format."""
    # Readers are imported on use: a worker reading text files never loads pdfium.
    if kind == PDF:
        from .pdf import read_pdf

        text, pages, title, warnings = read_pdf(data, limits, deadline)
        return join_hyphenated_lines(clean_text(text)), pages, title, warnings, None
    if kind == XML:
        from .officiele_xml import read_xml

        text, title, warnings, publication = read_xml(data, deadline)
        return clean_text(text), None, title, warnings, publication
    elif kind == HTML:
        from .html import read_html

        text, title, warnings = read_html(data, content_type, deadline)
    elif kind == DOCX:
        from .docx import read_docx

        text, title, warnings = read_docx(data, limits, deadline)
    else:
        from .plaintext import decode_text

        text, warnings = decode_text(data)
        title = None
    return clean_text(text), None, title, warnings, None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
