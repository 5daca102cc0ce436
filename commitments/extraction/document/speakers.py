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

SPEAKER_LINE = re.compile(
    rf"(?P<speaker>"
    rf"(?:De\s+)?{_OFFICE}(?:\s+{_NAME})?(?:\s+{_PARTY})?"
    rf"|(?:Mevrouw|De\s+heer|Mw\.|Dhr\.)\s+{_NAME}(?:\s+{_PARTY})?"
    rf")\s*:(?=\s|$)"
)

_GOVERNMENT = re.compile(r"(?:de\s+)?(?:minister|staatssecretaris|vice-?minister-president)\b", re.IGNORECASE)


def is_government_speaker(speaker: str) -> bool:
    """Ministers, state secretaries and the prime minister speak for the government."""
    return _GOVERNMENT.match(speaker.strip()) is not None
