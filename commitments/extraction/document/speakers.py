"""Speaker labels in Handelingen: "Minister De Jonge:", "Mevrouw Agema (PVV):", "De voorzitter:"."""

from __future__ import annotations

import re

# A name is capitalised words and Dutch particles ("Van der Staaij", "Yeşilgöz-Zegerius");
# a ministry title may hold commas ("van Volksgezondheid, Welzijn en Sport").
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w\u0300-\u036f'’.-]*,?|van|der|de|den|ter|ten|het|in|'t|’t|en|voor|op|te)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,14}}"
_PARTY = r"\([^()\n]{1,40}\)"
_OFFICE = (
    r"(?:[Mm]inister-[Pp]resident|[Vv]ice-?[Mm]inister-[Pp]resident|[Mm]inister"
    r"|[Ss]taatssecretaris|[Vv]oorzitter)"
)
# Without its "De" a label's office is capitalised ("Staatssecretaris Van Rij:"): a line that opens with "minister:" or
# "staatssecretaris:" in lower case is a sentence wrapped at a margin ("... een vraag aan de" / "staatssecretaris: wat
# vindt hij ...").
_OFFICE_OPENING = r"(?:Minister-[Pp]resident|Vice-?[Mm]inister-[Pp]resident|Minister|Staatssecretaris|Voorzitter)"

# Markdown renderings of the Handelingen set the label as a heading or in bold: an OCR's "## Minister Van der Wal:",
# a wiki's "**Mevrouw Gerkens (SP):** Voorzitter!". The decoration belongs to the label, so a quote leaves it out too.
_MARKUP_BEFORE = r"(?:#{1,6}\s+)?(?:\*\*|__)?"
_MARKUP_AFTER = r"(?:\*\*|__)?"

SPEAKER_LINE = re.compile(
    _MARKUP_BEFORE + rf"(?P<speaker>"
    rf"(?:De\s+{_OFFICE}|{_OFFICE_OPENING})(?:\s+{_NAME})?(?:\s+{_PARTY})?"
    rf"|(?:Mevrouw|De\s+heer|Mw\.|Dhr\.)\s+{_NAME}(?:\s+{_PARTY})?"
    # a PDF's text extraction may glue the first word to the colon: "Minister Weerwind:Ik ga niet ..."
    rf"){_MARKUP_AFTER}\s*:{_MARKUP_AFTER}(?=\s|$|[A-ZÀ-ÖØ-Þ])"
)


def speaker_label(line: str) -> str | None:
    """The speaker whose label (with its colon) opens a line."""
    # No label without its colon, and most lines have none: the pattern would read a capitalised line's words first
    if ":" not in line:
        return None
    match = SPEAKER_LINE.match(line)
    return match.group("speaker") if match is not None else None


def words_after_label(line: str) -> str:
    """What a line says after the speaker's label that opens it ("Voorzitter. Ik dank ..." after "Minister X:"), or the
    whole line when no label opens it."""
    match = SPEAKER_LINE.match(line) if ":" in line else None
    return line[match.end() :].strip() if match is not None else line


# Where a PDF's text extraction runs a debate into one line ("... Tot zover, voorzitter. De heer Ceder (ChristenUnie):
# Ik weet ..."), a label follows a sentence's end, sometimes with no space ("voorzitter.De voorzitter:"), or the
# ellipsis of a sentence the next speaker broke off ("Dat is het blokje … Staatssecretaris Aartsen:"), or the notice
# of who chairs from here on ("Voorzitter: Van Nispen De voorzitter: Dank u wel."). These are the places to try
# SPEAKER_LINE at.
# The pattern takes the sentence's last character in, rather than looking back for it: a pattern that opens with a
# look-behind is tried at every position, one that opens with a character class is scanned for in C. Only the end of
# a match is used, and that is where the look-behind's \s* ended too.
# The chair's "Voorzitter:" opens with a V of that class too, and each alternative looks back at the character: an
# alternation of a class and a word in front was entered at every position.
_INLINE_LABEL_START = re.compile(
    r"[.?!:;)”\"'…Vv](?:(?<=[Vv])oorzitter:(?:\s+(?:van|de|der|den|ter|in|'t))*(?:\s+[A-Z][\w'’-]*){1,3}?|(?<![Vv]))"
    r"\s*(?=(?:De\s+)?(?:[Vv]oorzitter|[Mm]inister|[Ss]taatssecretaris|Mevrouw|De\s+heer|Mw\.|Dhr\.))"
)


def inline_speaker_labels(text: str, start: int, end: int) -> list[int]:
    """Where a speaker's label starts inside text[start:end], after a sentence's end (not at start)."""
    found = []
    # from the character before start: a sentence ending there is one a label at start follows
    for candidate in _INLINE_LABEL_START.finditer(text, max(0, start - 1), end):
        at = candidate.end()
        if at > start and SPEAKER_LINE.match(text, at, end):
            found.append(at)
    return found


# The same label as a heading of its own, without the colon: tweedekamer.nl's debate pages and the ParlaMint
# corpus set the speaker above the words ("Minister Schouten", "Mevrouw Vestering (PvdD)", "De voorzitter").
# Stricter than with a colon, since a letter's signature may hold "De minister van ..." on a line: a member
# needs the party, a member of government a name and no ministry, and the line nothing else.
SPEAKER_HEADING = re.compile(
    rf"(?P<speaker>"
    rf"De\s+voorzitter|Voorzitter"
    rf"|(?:Minister-[Pp]resident|Vice-?minister-president|Minister|Staatssecretaris)\s+(?!van\b|voor\b){_NAME}"
    rf"|(?:Mevrouw|De\s+heer)\s+{_NAME}\s+{_PARTY}"
    rf")"
)
# Headings alone do not make a debate: a document needs this many of them before they count as speaker lines.
MIN_SPEAKER_HEADINGS = 3


def speaker_heading(line: str) -> str | None:
    """The speaker of a line that is a speaker label and nothing else, without a colon."""
    if len(line) > 80 or not line[:1].isupper():
        return None
    match = SPEAKER_HEADING.fullmatch(line)
    return match.group("speaker") if match else None


_GOVERNMENT = re.compile(r"(?:de\s+)?(?:minister|staatssecretaris|vice-?minister-president)\b", re.IGNORECASE)


def is_government_speaker(speaker: str) -> bool:
    """Ministers, state secretaries and the prime minister speak for the government."""
    return _GOVERNMENT.match(speaker.strip()) is not None
