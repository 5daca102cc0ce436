"""Text clean-up shared by all readers.

The cleaned text is what gets stored and what extraction spans point into, so every reader
cleans before it returns and nothing changes the text afterwards.
"""

import re
import unicodedata

# C0 controls other than \t and \n; \r is turned into a line break before this runs.
_C0_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The page break of PDF text (pdftotext writes a form feed after every page) matters: the
# engine uses it to find page footers, footnotes and sentences cut by a page end. But a form
# feed is a C0 control that XML and XLSX refuse, so it is stored as U+2029 PARAGRAPH
# SEPARATOR instead: one character for one, so offsets into the text keep their meaning.
PAGE_BREAK = "\u2029"

# Characters Windows-1252 puts in 0x80-0x9F, so double-encoded text made through cp1252
# ("â€™" for "’") can be mapped back to its bytes as well as text made through Latin-1.
_CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# A lead byte of a two- or three-byte UTF-8 sequence read as Latin-1/cp1252 ("Ã", "Â", "â"),
# followed by a continuation byte read the same way ("«", "©", "€", "\x80"...).
_MOJIBAKE_PAIR = re.compile("[\u00c2-\u00ef][\u0080-\u00bf" + "".join(_CP1252_BYTES) + "]")


def clean_text(text: str) -> str:
    """Line ends to LF, form feeds to PAGE_BREAK, other C0 controls but tab and line feed removed, NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", PAGE_BREAK)
    text = _C0_CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def undo_double_utf8(text: str) -> str | None:
    """The text with a double UTF-8 encoding undone, or None when it was not double encoded.

    Double-encoded text is UTF-8 whose bytes were read as Latin-1 or cp1252 and encoded again
    ("cliÃ«nt" for "cliënt"). It is detected, not assumed: the text must contain such pairs and
    every character must map back to one byte that together decode as strict UTF-8, which a
    genuine "é" or "ë" standing alone never does.
    """
    if not _MOJIBAKE_PAIR.search(text):
        return None
    raw = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            raw.append(code)
        elif char in _CP1252_BYTES:
            raw.append(_CP1252_BYTES[char])
        else:
            return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Words that follow a hyphen in elliptic compounds ("zorg- en welzijnssector", "op- of
# afschalen"): a hyphen before them is a real one even at a line end.
_ELLIPSIS_WORDS = frozenset({"en", "of", "tot", "als", "noch", "dan"})
_LINE_END_HYPHEN = re.compile(r"-\n[ \t]*")
# Word halves are looked at within a bounded window around each hyphen, which keeps the
# scan linear however long a run of letters is.
_WINDOW = 64
_LETTERS_AT_END = re.compile(r"[^\W\d_]+$")
_WORD_AT_START = re.compile(r"\w+")


def should_join(left: str, right: str) -> bool:
    """Whether "left-" at a line end and "right" on the next line are one word split by the typesetter.

    Only lower-case on both sides is joined: "informa-tie", "Kamer-leden". "Noord-Holland",
    "Joseph-Agema", "ENTSO-E-verband" and "CCS-projecten" keep their hyphen.
    """
    return (
        len(left) >= 2
        and left[-1].islower()
        and left[-2].islower()
        and right[:1].islower()
        and right not in _ELLIPSIS_WORDS
    )


def word_halves(text: str, start: int, end: int) -> tuple[str, str]:
    """The letters just before text[start:end] and the word just after it."""
    before = _LETTERS_AT_END.search(text, max(0, start - _WINDOW), start)
    after = _WORD_AT_START.match(text, end, end + _WINDOW)
    return (before.group(0) if before else ""), (after.group(0) if after else "")


def join_hyphenated_lines(text: str) -> str:
    """Join words hyphenated at line ends ("informa-\\ntie" -> "informatie")."""
    pieces, done = [], 0
    for match in _LINE_END_HYPHEN.finditer(text):
        if should_join(*word_halves(text, match.start(), match.end())):
            pieces.append(text[done : match.start()])
            done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)
