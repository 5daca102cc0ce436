"""The fingerprint of a text as a reader sees it, so the same letter in another file is one document.

Bytes differ for reasons that change nothing a clerk reads: line ends (CRLF, CR), a page
break stored as U+2029, trailing spaces, indentation, blank lines, a byte-order mark, a
composed or decomposed 'ë'. The fingerprint is the SHA-256 of the text with all of that
normalised away; any difference in the words themselves gives another fingerprint.
"""

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0c\x0b\x85]")


def normalised_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = _LINE_BREAKS.sub("\n", text)
    return [line for line in (_SPACES.sub(" ", raw).strip() for raw in text.split("\n")) if line]


def text_fingerprint(text: str) -> str:
    return hashlib.sha256("\n".join(normalised_lines(text)).encode("utf-8")).hexdigest()


def longest_line_fingerprint(text: str) -> str:
    """The SHA-256 of the text's longest line: the same in a copy with a line added or dropped.

    It finds candidates for near-identical documents with one indexed lookup; whether they
    are twins is then decided on all their lines (`services.twins`).
    """
    return next(iter(longest_line_fingerprints(text, 1)), "")


def longest_line_fingerprints(text: str, count: int) -> list[str]:
    """The SHA-256 of the text's `count` longest distinct lines, longest first (the first of equals first)."""
    lines = sorted(dict.fromkeys(normalised_lines(text)), key=len, reverse=True)[:count]
    return [hashlib.sha256(line.encode("utf-8")).hexdigest() for line in lines]
