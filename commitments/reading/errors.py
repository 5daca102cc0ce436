"""The one exception readers raise: a short code for programs, a sentence for the clerk.

empty               no bytes, only whitespace, or no text after reading
too_large           bytes over ReadLimits.max_bytes, or text over max_chars (refused, never cut); a zip
                    (.docx) inflating over max_inflate_ratio or max_unpacked_bytes, or with a huge directory
too_many_pages      a PDF over max_pages
timeout             reading took longer than max_seconds (checked between pages / chunks)
unsupported_format  a format we recognise but do not read (.doc, images, archives, .xlsx)
undecodable         bytes that are no text in any encoding we try (binary data)
encrypted_pdf       a PDF that needs a password to open
no_text_layer       a PDF without text (a scan)
malformed           a damaged or truncated file: PDF, XML not well-formed, broken .docx
no_body             an HTML page without a letter body (navigation only, or empty)
not_dutch           a text long enough to judge that is clearly not Dutch (see language.py)
"""

# Codes are stored on the Document row and filtered on in the admin, so they stay stable.
EMPTY = "empty"
TOO_LARGE = "too_large"
TOO_MANY_PAGES = "too_many_pages"
TIMEOUT = "timeout"
UNSUPPORTED_FORMAT = "unsupported_format"
UNDECODABLE = "undecodable"
ENCRYPTED_PDF = "encrypted_pdf"
NO_TEXT_LAYER = "no_text_layer"
MALFORMED = "malformed"
NO_BODY = "no_body"
NOT_DUTCH = "not_dutch"

CODES = frozenset(
    {
        EMPTY,
        TOO_LARGE,
        TOO_MANY_PAGES,
        TIMEOUT,
        UNSUPPORTED_FORMAT,
        UNDECODABLE,
        ENCRYPTED_PDF,
        NO_TEXT_LAYER,
        MALFORMED,
        NO_BODY,
        NOT_DUTCH,
    }
)


class ReadError(Exception):
    """A document that cannot be turned into text, with a code and a message a clerk understands."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown read error code {code!r}")
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def __reduce__(self):
        # Celery pickles exceptions across processes; keep both fields.
        return (self.__class__, (self.code, self.message))
