"""The text as the rules read it: its letters as a keyboard gives them, with the way back to the document's offsets.

Some sources give the same words in other characters. A PDF typeset with ligatures gives "ﬁ" and "ﬂ" as one character
("deﬁnitief"); text from macOS or some PDF tools gives a letter and its accent as two ("geïnformeerd" with a combining
diaeresis, Unicode's decomposed form); a web page's text keeps characters of no width (U+200B where the page marked a
place to break a long word, a byte order mark); an old Mac file ends its lines with a lone carriage return. Every
pattern of the engine would have to allow for each of them. Instead the engine reads the typed form of such a text,
and every offset it gives is taken back to the document as it came, where quotes are cut.

Most texts need nothing of this: a few scans in C tell, and they are read as they are.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# A character of no width, a ligature, a lone carriage return, or a letter with the combining accents after it.
_UNTYPED = re.compile("[\u200b-\u200d\u2060\ufeff\ufb00-\ufb06]|\r(?!\n)|.[\u0300-\u036f]+", re.DOTALL)
# What tells a text that needs typing, each character looked for with the string search of `in` (a character class
# regex, or asking whether the text is composed, reads every character at several times the cost): the characters of
# no width, the ligatures, and the accents Dutch text and the names in it carry when decomposed (grave, acute,
# circumflex, tilde, diaeresis, ring, caron, cedilla).
_SIGNS = (
    "\u200b\u200c\u200d\u2060\ufeff\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
    "\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327"
)
_LONE_CARRIAGE_RETURN = re.compile("\r(?!\n)")
_TYPED = {
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\r": "\n",
}


@dataclass(frozen=True)
class TypedText:
    """A text's typed form, and per stretch that typing changed: where it starts and how long it is in the typed
    form and in the original (in order)."""

    text: str
    typed_starts: tuple[int, ...]
    typed_lengths: tuple[int, ...]
    original_starts: tuple[int, ...]
    original_lengths: tuple[int, ...]

    def original_start(self, position: int) -> int:
        """Where a span that starts at position in the typed form starts in the original: a changed stretch it
        starts inside is taken whole, a removed character before it is left out."""
        index = bisect.bisect_right(self.typed_starts, position) - 1
        return position if index < 0 else self._back(index, position, self.original_starts[index])

    def original_end(self, position: int) -> int:
        """Where a span that ends at position (exclusive) in the typed form ends in the original: a changed stretch
        it ends inside is taken whole, a removed character after it is left out."""
        index = bisect.bisect_left(self.typed_starts, position) - 1
        if index < 0:
            return position
        return self._back(index, position, self.original_starts[index] + self.original_lengths[index])

    def _back(self, index: int, position: int, inside: int) -> int:
        typed_end = self.typed_starts[index] + self.typed_lengths[index]
        if position >= typed_end:
            return self.original_starts[index] + self.original_lengths[index] + position - typed_end
        return self.original_starts[index] if position == self.typed_starts[index] else inside


def typed_text(text: str) -> TypedText | None:
    """The typed form of text, or None when text is typed already."""
    if not _untyped(text):
        return None
    parts: list[str] = []
    typed_starts: list[int] = []
    typed_lengths: list[int] = []
    original_starts: list[int] = []
    original_lengths: list[int] = []
    copied = typed_length = 0
    for match in _UNTYPED.finditer(text):
        found = match.group()
        typed = _TYPED.get(found)
        if typed is None:
            typed = unicodedata.normalize("NFC", found)
            if typed == found:
                continue  # accents that compose with nothing: the text as it stands
        start, end = match.span()
        parts.append(text[copied:start])
        typed_length += start - copied
        typed_starts.append(typed_length)
        typed_lengths.append(len(typed))
        original_starts.append(start)
        original_lengths.append(end - start)
        parts.append(typed)
        typed_length += len(typed)
        copied = end
    if not typed_starts:
        return None
    parts.append(text[copied:])
    return TypedText(
        "".join(parts), tuple(typed_starts), tuple(typed_lengths), tuple(original_starts), tuple(original_lengths)
    )


def _untyped(text: str) -> bool:
    if "\r" in text and _LONE_CARRIAGE_RETURN.search(text):
        return True
    if text.isascii():
        return False
    return any(char in text for char in _SIGNS)
