"""Which reader a file needs: magic bytes first, then the file name and content type."""

import re

from .archive import open_archive
from .errors import MALFORMED, UNSUPPORTED_FORMAT, ReadError

TEXT, PDF, HTML, XML, DOCX = "text", "pdf", "html", "xml", "docx"

_EXTENSIONS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".pdf": PDF,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".xml": XML,
    ".docx": DOCX,
}
_CONTENT_TYPES = {
    "text/plain": TEXT,
    "application/pdf": PDF,
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "application/xml": XML,
    "text/xml": XML,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCX,
}
# Formats we recognise but cannot read, with advice the clerk can act on.
_UNSUPPORTED_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "een oud Word- of Excel-bestand (.doc/.xls); sla het op als .docx of PDF"),
    (b"{\\rtf", "een RTF-bestand; sla het op als .docx of PDF"),
    (b"\x89PNG", "een afbeelding (PNG); upload de PDF of tekst van het document"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG); upload de PDF of tekst van het document"),
    (b"GIF8", "een afbeelding (GIF); upload de PDF of tekst van het document"),
    (b"II*\x00", "een afbeelding (TIFF); upload de PDF of tekst van het document"),
    (b"MM\x00*", "een afbeelding (TIFF); upload de PDF of tekst van het document"),
    (b"\x1f\x8b", "een gzip-archief; pak het eerst uit"),
    (b"7z\xbc\xaf", "een 7z-archief; pak het eerst uit"),
    (b"Rar!", "een RAR-archief; pak het eerst uit"),
)
_LEADING_NOISE = (b"\xef\xbb\xbf", b"\xc3\xaf\xc2\xbb\xc2\xbf")  # BOM, and a double-encoded BOM
_HTML_START = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w.-]*)")
_HTML_TAGS = {b"div", b"p", b"span", b"table", b"section", b"article", b"main", b"h1", b"h2", b"title", b"meta"}


def detect_format(data: bytes, filename: str | None = None, content_type: str | None = None) -> str:
    """One of text, pdf, html, xml, docx; raises ReadError for formats we do not read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise ReadError(UNSUPPORTED_FORMAT, f"Dit bestand is {what}.")
    hinted = _hinted_format(filename, content_type)
    markup = _markup_format(_strip_leading_noise(data[:8192]), hinted)
    if markup:
        return markup
    if hinted in (PDF, DOCX):
        name = "PDF" if hinted == PDF else "Word (.docx)"
        raise ReadError(MALFORMED, f"Het bestand heet een {name}-bestand te zijn, maar is dat niet of is beschadigd.")
    return TEXT


def _hinted_format(filename: str | None, content_type: str | None) -> str | None:
    if filename:
        lowered = filename.lower()
        for extension, kind in _EXTENSIONS.items():
            if lowered.endswith(extension):
                return kind
    if content_type:
        return _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    return None


def _strip_leading_noise(head: bytes) -> bytes:
    for noise in _LEADING_NOISE:
        if head.startswith(noise):
            head = head[len(noise) :]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return head.lstrip()


def _markup_format(head: bytes, hinted: str | None) -> str | None:
    if not head.startswith(b"<"):
        return None
    if _HTML_START.search(head[:2048]):
        return HTML
    if hinted in (HTML, XML):
        return hinted
    if head.startswith(b"<?xml"):
        return XML
    first = _FIRST_TAG.search(head)
    if first and first.group(1).lower() in _HTML_TAGS:
        return HTML
    return XML


def _zip_format(data: bytes) -> str:
    # Only the central directory is read here (bounded by open_archive); nothing is inflated.
    with open_archive(data, "Het zip- of Word-bestand (.docx)") as archive:
        names = set(archive.namelist())
    if "word/document.xml" in names:
        return DOCX
    raise ReadError(
        UNSUPPORTED_FORMAT,
        "Dit is een zip-archief of een Office-bestand dat geen Word-document is; upload een "
        ".docx, PDF, HTML, XML of tekstbestand.",
    )
