"""PDF to text with pdfium (pypdfium2, Apache-2.0/BSD).

Chosen by measurement (bench/reading.py): on the corpus PDFs pdfium reads several times more
pages per second than pypdf and its text is as close to pdftotext's. PyMuPDF is AGPL and not
an option for us.
"""

import ctypes
import re
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .cleaning import should_join, word_halves
from .errors import ENCRYPTED_PDF, MALFORMED, NO_TEXT_LAYER, TOO_LARGE, TOO_MANY_PAGES, ReadError
from .limits import Deadline, ReadLimits
from .pdf_layout import with_block_breaks

# pdfium marks a hyphen at a line end that it believes splits a word with U+FFFE and drops the
# line break; U+FFFF and U+0002 are other markers it emits for the same purpose.
_SOFT_HYPHEN_MARK = re.compile("[\ufffe\uffff\x02]")
# pdfium ends the line after a raised footnote number ("Joseph-Agema3\n, weer"); a typeset
# line never starts with a comma or full stop, so the break goes.
_FOOTNOTE_MARK_BREAK = re.compile(r"(?<=\d)\n(?=[,.;:?!)\]])")
# Spacing accents some PDF producers place as separate glyphs over the preceding letter.
_COMBINING = {
    "\u00b4": "\u0301",
    "\u02c7": "\u030c",
    "\u00a8": "\u0308",
    "\u02d8": "\u0306",
    "\u02db": "\u0328",
    "\u00b8": "\u0327",
    "\u02dc": "\u0303",
    "\u02c6": "\u0302",
    "\u02da": "\u030a",
}
_SPACING_ACCENT = re.compile("([^\\W\\d_])([" + "".join(_COMBINING) + "])")
# A page of text has far more than this; a scan with a stamp or page number has less.
MIN_CHARS_PER_PAGE = 20
_TAIL = 2048
_MEANINGLESS_TITLES = frozenset({"", "none", "null", "untitled", "titel", "title"})


def read_pdf(data: bytes, limits: ReadLimits, deadline: Deadline) -> tuple[str, int, str | None, tuple[str, ...]]:
    """Text (every page ending in a line feed and a form feed, as pdftotext writes it), page count, title
    and warnings."""
    # pdfium repairs many damaged files silently; a file without its end marker was cut off
    # (an interrupted upload or download) and may be missing pages, so it is refused.
    if b"%%EOF" not in data.rstrip(b"\x00 \t\r\n")[-_TAIL:]:
        raise ReadError(MALFORMED, "Het PDF-bestand is onvolledig (afgebroken of beschadigd).")
    document = _open(data)
    try:
        pages = len(document)
        if pages > limits.max_pages:
            raise ReadError(
                TOO_MANY_PAGES,
                f"Het PDF-bestand heeft {pages} pagina's; het maximum is {limits.max_pages}.",
            )
        texts, chars, empty_pages = [], 0, []
        for index in range(pages):
            deadline.check()
            page_text = _page_text(document, index)
            chars += len(page_text)
            if chars > limits.max_chars:
                raise ReadError(
                    TOO_LARGE,
                    f"De tekst van het PDF-bestand is langer dan {limits.max_chars:,} tekens.".replace(",", "."),
                )
            if len("".join(page_text.split())) < MIN_CHARS_PER_PAGE:
                empty_pages.append(index + 1)
            texts.append(page_text)
        title = _title(document)
    finally:
        document.close()
    visible = sum(len("".join(text.split())) for text in texts)
    if pages == 0 or visible < MIN_CHARS_PER_PAGE * pages:
        raise ReadError(
            NO_TEXT_LAYER,
            "Het PDF-bestand bevat geen tekst, waarschijnlijk een scan. Gebruik een PDF met "
            "tekstlaag (of laat er eerst tekstherkenning (OCR) op los).",
        )
    warnings = ()
    if empty_pages:
        listed = ", ".join(str(page) for page in empty_pages[:20])
        warnings = (f"Pagina's zonder tekst (mogelijk gescand): {listed}.",)
    return "".join(text + "\n\f" for text in texts), pages, title, warnings


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise ReadError(
                ENCRYPTED_PDF,
                "Het PDF-bestand is beveiligd met een wachtwoord. Upload een onbeveiligde versie.",
            ) from None
        raise ReadError(MALFORMED, "Het PDF-bestand is beschadigd en kan niet worden gelezen.") from None


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                text = with_block_breaks(textpage.get_text_range(), textpage)
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError:
        raise ReadError(MALFORMED, f"Pagina {index + 1} van het PDF-bestand is beschadigd.") from None
    text = _FOOTNOTE_MARK_BREAK.sub("", text.replace("\r\n", "\n"))
    return _compose_spacing_accents(_join_soft_hyphens(text))


def _join_soft_hyphens(text: str) -> str:
    """Resolve pdfium's line-end hyphen marks: join split words, keep real hyphens."""

    def resolve(match: re.Match) -> str:
        left, right = word_halves(text, match.start(), match.end())
        if should_join(left, right):
            return ""
        if right[:1].isalpha():
            return "-"
        # A footnote number or punctuation after the hyphen: the line break was real.
        return "-\n"

    return _SOFT_HYPHEN_MARK.sub(resolve, text)


def _title(document: pdfium.PdfDocument) -> str | None:
    # Parliament's PDFs leave Title as "None" and put the title in Subject.
    for key in ("Title", "Subject"):
        try:
            title = " ".join((document.get_metadata_value(key) or "").split())
        except (pdfium.PdfiumError, ctypes.ArgumentError, KeyError, UnicodeDecodeError):
            continue
        if title.lower() not in _MEANINGLESS_TITLES:
            return title
    return None


def _compose_spacing_accents(text: str) -> str:
    """ "Kostic´" -> "Kostić": a spacing accent typeset over the letter before it."""

    def compose(match: re.Match) -> str:
        combined = unicodedata.normalize("NFC", match.group(1) + _COMBINING[match.group(2)])
        return combined if len(combined) == 1 else match.group(0)

    return _SPACING_ACCENT.sub(compose, text)
