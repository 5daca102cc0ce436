"""The identifiers a parliamentary document carries: Kamerstuk, zaak, kenmerk, Aanhangsel number."""

from __future__ import annotations

import re

from ..result import Reference

# The patterns that scan a head open with a character class, which the regex engine scans for in C; a look-behind
# after the first digit tests the word boundary (or the line start) that a \b (or ^) in front of it would. Opened
# with \b, a look-ahead or ^, a pattern is entered at every position of the head.
# "36 045, nr. 264", "36 410 VIII, nr. 106", "21 501-02, nr. 2733"; the dossier's space is optional.
_KAMERSTUK = re.compile(
    r"(?P<dossier>\d(?<!\w\d)\d\s?\d{3})(?P<part>(?:[-–]\d{1,3}|\s[IVXLC]{1,6}|\s[A-Z](?=,))?)"
    r",\s*nr\.?\s*(?P<number>\d{1,4})\b"
)
# The header of a printed Kamerstuk: "36 045 Situatie in Oekraïne" then "Nr. 264 BRIEF VAN ..."
_KAMERSTUK_HEADER = re.compile(
    r"(?P<dossier>\d(?<![^\n]\d)\d\s?\d{3})(?P<part>(?:[-–]\d{1,3}|\s[IVXLC]{1,6})?)\s+\S[^\n]{0,200}\n"
    r"\s*Nr\.\s*(?P<number>\d{1,4})\b"
)
_ZAAK = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)\d{2}Z\d{4,6}\b")
_KENMERK_LABEL = re.compile(
    r"(?:Onze referentie|Ons kenmerk|Uw kenmerk|Uw referentie|Kenmerk)\s*:?\s+(?P<value>[A-Z0-9][\w./-]{3,40})"
)
# These two scan the whole text, so they open with their literal text (which the regex engine
# finds quickly); the look-behind after it is the word boundary a leading \b would test.
_AANHANGSEL = re.compile(r"ah-(?<!\wah-)(?P<chamber>tk|ek)-(?P<year>\d{4})(?P<next>\d{4})-(?P<number>\d{1,5})\b")
_MARKDOWN_AANHANGSEL = re.compile(r"h (?<!\wh )(?P<chamber>tk|ek) (?P<year>\d{4})(?P<next>\d{4}) (?P<number>\d{1,5})\b")


def kamerstuk_value(dossier: str, part: str, number: str) -> str:
    """ "36 045", "", "264" -> "36045-264"; a sub-dossier keeps its part: "21501-02-2733"."""
    part = part.strip().lstrip("-–").strip()
    pieces = [dossier.replace(" ", "")] + ([part] if part else []) + [number]
    return "-".join(pieces)


def read_references(head: str, text: str) -> tuple[Reference, ...]:
    """The document's own identifiers: those in its head, plus the Aanhangsel code anywhere.

    Kamerstukken cited in the running text are other documents and are left out.
    """
    found: list[Reference] = []
    for match in _KAMERSTUK_HEADER.finditer(head):
        found.append(Reference("kamerstuk", kamerstuk_value(*match.group("dossier", "part", "number"))))
    for match in _KAMERSTUK.finditer(head):
        found.append(Reference("kamerstuk", kamerstuk_value(*match.group("dossier", "part", "number"))))
    for match in _ZAAK.finditer(head):
        found.append(Reference("zaak", match.group()))
    for match in _KENMERK_LABEL.finditer(head):
        value = match.group("value")
        found.append(Reference("zaak" if _ZAAK.fullmatch(value) else "kenmerk", value))
    for pattern in (_AANHANGSEL, _MARKDOWN_AANHANGSEL):
        for match in pattern.finditer(text):
            year, following, number = match.group("year", "next", "number")
            found.append(Reference("aanhangsel", f"{year}-{following} nr. {number}"))
    return tuple(dict.fromkeys(found))
