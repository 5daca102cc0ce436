"""Who signs or answers: the ministers and state secretaries named in a document's head or foot."""

from __future__ import annotations

import re
import unicodedata

from ..result import Signatory

# Aanhangsel answers abbreviate a ministry now and then: "Minister Bruins Slot (BZ)".
_MINISTRY_ABBREVIATIONS = {
    "AZ": "Algemene Zaken",
    "BZ": "Buitenlandse Zaken",
    "BHO": "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "BZK": "Binnenlandse Zaken en Koninkrijksrelaties",
    "DEF": "Defensie",
    "EZ": "Economische Zaken",
    "EZK": "Economische Zaken en Klimaat",
    "FIN": "Financiën",
    "IENW": "Infrastructuur en Waterstaat",
    "JENV": "Justitie en Veiligheid",
    "KGG": "Klimaat en Groene Groei",
    "LNV": "Landbouw, Natuur en Voedselkwaliteit",
    "OCW": "Onderwijs, Cultuur en Wetenschap",
    "SZW": "Sociale Zaken en Werkgelegenheid",
    "VRO": "Volkshuisvesting en Ruimtelijke Ordening",
    "VWS": "Volksgezondheid, Welzijn en Sport",
}

_OFFICE = r"(?P<office>[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)"
# combining marks too: PDFs spell "Yeşilgöz" as "s" plus a combining cedilla
_NAME = (
    r"(?P<name>[A-ZÀ-Þ][\w\u0300-\u036f'’.-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Þ][\w\u0300-\u036f'’.-]*|van|der|de|den|ter|ten|in|'t|’t)){0,5})"
)
_MINISTRY = r"(?P<ministry>[A-ZÀ-Þ][^()\n]{1,120}?)"
# "Antwoord van Minister Hermans (Klimaat en Groene Groei)"; also the odd "van Minister X (BZ)".
# The look-ahead names the possible first letters, so the scan skips the other positions fast.
_ANSWERED_BY = re.compile(rf"(?=[MmSs])\b{_OFFICE}\s+{_NAME}\s*\({_MINISTRY}\)")
# "mede namens de Minister van Justitie en Veiligheid", "de Staatssecretarissen van A en van B"
_ON_BEHALF = re.compile(
    r"mede\s+namens\s+de\s+(?P<office>[Mm]inister(?:s)?|[Ss]taatssecretaris(?:sen)?)\s+"
    r"(?P<ministries>(?:van|voor)\s[^()]{1,300}?)\s*(?=\(ontvangen|\)|\.|$)"
)
# A signature: "De minister van Buitenlandse Zaken," then the name on that or a following line.
_SIGNATURE = re.compile(
    r"^[ \t]*(?:De|de)\s+(?P<office>[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)"
    # greedy over the commas of a ministry ("van Volksgezondheid, Welzijn en Sport,"): a lazy match
    # stopped at the first and left "Welzijn en Sport," as if it were running text
    r"(?:\s+(?P<prep>van|voor)\s+(?P<ministry>[A-ZÀ-Þ][^,\n]{1,80}(?:,\s*[A-ZÀ-Þ][^,\n]{1,60})*"
    # a ministry wrapped at the printed width: "De Staatssecretaris van Sociale Zaken" / "en Werkgelegenheid,"
    r"(?:[ \t]*\n[ \t]*(?:en|van|voor)\s[^,\n]{1,60})?))?"
    r"\s*,[ \t]*(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# The prime minister signs with both offices: "De minister-president, minister van Algemene Zaken," then the name.
_PRIME_MINISTER = re.compile(
    r"^[ \t]*(?:De|de)\s+[Mm]inister-[Pp]resident,\s*[Mm]inister\s+van\s+Algemene\s+Zaken\s*,[ \t]*(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# A newer letter prints the name first and the office under it, without "De" or a comma:
# "M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat"; academic titles may precede the name.
# (The office line is looked for, then the line above it: a scan for a capital M or S, not a try at every line.)
# ("Staatsecretaris", with one s, stands under signed letters too.)
_OFFICE_UNDER_NAME = re.compile(
    r"^[ \t]*(?P<office>Minister|Staats?secretaris)\s+(?P<prep>van|voor)\s+(?P<ministry>[A-ZÀ-Þ][^\n]{1,100}?)[ \t]*$",
    re.MULTILINE,
)
# An older letter signs in capitals: "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT," then the name lines below.
_SIGNATURE_IN_CAPITALS = re.compile(
    r"^[ \t]*DE\s+(?P<office>MINISTER-PRESIDENT|MINISTER|STAATSSECRETARIS)"
    r"(?:\s+(?P<prep>VAN|VOOR)\s+(?P<ministry>[A-ZÀ-Þ][A-ZÀ-Þ ,-]{1,100}?))?[ \t]*(?P<comma>,)?[ \t]*$",
    re.MULTILINE,
)
# "(w.g.)", signed: the printed copy of a letter signed by hand; academic titles before the name.
_TITLES = re.compile(r"^(?:\(w\.\s?g\.\)\s*)?(?:(?:mr|drs|dr|ir|ing|prof)\.\s*)*", re.IGNORECASE)
# Names under a signature are short: "D.M. van Weel", "Ruben Brekelmans", "R.P. Brekelmans", initials spaced as the
# official publication prints them ("M. H. Schultz van Haegen-Maas Geesteranus")
_SIGNED_NAME = re.compile(r"(?:[A-Z]\.\s?)+[\w'’ -]{2,40}|[A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+){1,4}")


def _preposition(part: str) -> str:
    return "voor" if part.strip().lower().startswith("voor ") else "van"


def _name(raw: str | None) -> str | None:
    # one spelling per name: "Yes\u0327ilgöz" from a PDF and "Yeşilgöz" typed by a clerk
    return unicodedata.normalize("NFC", raw.strip()) if raw else None


def _ministry(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(r"\s+", " ", raw).strip(" ,")
    raw = raw.split(" – ")[0].split(" - ")[0].strip()
    return _MINISTRY_ABBREVIATIONS.get(raw.upper().replace(" ", ""), raw)


def answered_by(head: str) -> list[Signatory]:
    """The members named in an Aanhangsel head: who answers and on whose behalf."""
    head = _one_line(head)  # the head is wrapped at the printed line width
    found = [
        Signatory(_name(m.group("name")), m.group("office").lower(), _ministry(m.group("ministry")))
        for m in _ANSWERED_BY.finditer(head)
    ]
    for match in _ON_BEHALF.finditer(head):
        office = match.group("office").lower()
        office = "staatssecretaris" if office.startswith("staatssecretaris") else "minister"
        ministries = re.sub(r"\s+", " ", match.group("ministries"))
        for part in re.split(r",?\s+en\s+(?=van\s|voor\s)", ministries):
            ministry = re.sub(r"^(?:van|voor)\s+", "", part.strip())
            found.append(Signatory(None, office, _ministry(ministry), _preposition(part)))
    return found


def _one_line(text: str) -> str:
    """Every run of white space as one space, as re.sub(r"\\s+", " ", text) gives, but faster."""
    joined = " ".join(text.split())
    if not joined:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + joined + (" " if text[-1].isspace() else "")


def signed_by(text: str) -> list[Signatory]:
    """The signatures of a letter: office and ministry, with the name where it is printed."""
    found = []
    # a line start opens the pattern, which the regex engine tries at every position: a substring every match holds
    # is looked for first
    for match in _SIGNATURE.finditer(text) if "inister" in text or "taatssecretaris" in text else ():
        rest = match.group("rest").strip()
        if rest and not _SIGNED_NAME.fullmatch(rest):
            # Running text after the comma ("De minister van BZK zegt de Kamer, naar aanleiding
            # van ... toe"): a registry sentence, not a signature.
            continue
        name = rest or _next_line(text, match.end())
        if name and not _SIGNED_NAME.fullmatch(name):
            name = None
        found.append(
            Signatory(
                _name(name),
                match.group("office").lower(),
                _ministry(match.group("ministry")),
                match.group("prep") or "van",
            )
        )
    # These three patterns open with a line start, which the regex engine tries at every position of the text: a
    # substring every match of the pattern holds is looked for first (most letters hold none of the three).
    for match in _PRIME_MINISTER.finditer(text) if "inister-" in text else ():
        name = match.group("rest").strip() or _next_line(text, match.end())
        found.append(
            Signatory(
                _name(name if name and _SIGNED_NAME.fullmatch(name) else None), "minister-president", "Algemene Zaken"
            )
        )
    for match in _OFFICE_UNDER_NAME.finditer(text) if "Minister" in text or "secretaris" in text else ():
        if match.start() == 0:
            continue  # no line above
        above = text.rfind("\n", 0, match.start() - 1) + 1
        name = _TITLES.sub("", text[above : match.start() - 1].strip())
        if 2 <= len(name) <= 70 and _SIGNED_NAME.fullmatch(name):
            office = "staatssecretaris" if match.group("office").lower().startswith("staats") else "minister"
            found.append(Signatory(_name(name), office, _ministry(match.group("ministry")), match.group("prep")))
    for match in _SIGNATURE_IN_CAPITALS.finditer(text) if "MINISTER" in text or "STAATSSECRETARIS" in text else ():
        name = _TITLES.sub("", _next_line(text, match.end()) or "")
        if not match.group("comma") and not _SIGNED_NAME.fullmatch(name):
            continue  # without its comma, only the name under it tells a signature from a heading in capitals
        found.append(
            Signatory(
                _name(name if _SIGNED_NAME.fullmatch(name) else None),
                match.group("office").lower(),
                _proper_case(match.group("ministry") or "") or None,
                (match.group("prep") or "van").lower(),
            )
        )
    return found


# The heading an official publication gives a letter names who sends it, in capitals: "Nr. 44 BRIEF VAN DE MINISTER VAN
# BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES", "BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE", "BRIEF VAN DE
# MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", "... EN DE STAATSSECRETARIS VAN ...". The heading may wrap.
# A word of the heading is capitals to its end: the "A" of "Aan de Voorzitter" on the next line is not one.
# The words come first and the word boundary before them is looked back for after them: the regex engine then scans
# for the words in C (a \b in front is tried at every position of the head).
_LETTER_FROM = re.compile(
    r"BRIEF VAN DE (?<!\wBRIEF VAN DE )(?P<parties>[A-ZÀ-Þ][A-ZÀ-Þ ,-]*(?:\n[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ ,-]*)*)(?![a-zà-ÿ])"
)
# A copy of the publication may print that heading in sentence case, after the dossier and letter numbers ("30800 X 109
# Brief van de minister en staatssecretaris van defensie"): a line of its own, read as the capitals would be.
_LETTER_FROM_LINE = re.compile(
    r"^(?:\d[\d ]*(?:[A-Z]{1,5}\s+)?\d+\s+|Nr\.\s*\d+\s+)?Brief van de (?=minister|staatssecretaris)[^\n]{3,200}$",
    re.MULTILINE,
)
_SENDERS = re.compile(
    r"(?P<office>MINISTER EN STAATSSECRETARIS|MINISTER-PRESIDENT|MINISTERS?|STAATSSECRETARIS(?:SEN)?)\b(?P<rest>.*)"
)
_SMALL_WORDS = frozenset({"en", "van", "voor", "de", "het"})


def sent_by(head: str) -> list[Signatory]:
    """The ministers and state secretaries a letter's heading names as its senders (no names: the heading has none)."""
    match = _LETTER_FROM.search(head)
    if match is None:
        line = _LETTER_FROM_LINE.search(head)
        match = _LETTER_FROM.search(line.group().upper()) if line is not None else None
    if match is None:
        return []
    found = []
    for party in " ".join(match.group("parties").split()).split(" EN DE "):
        senders = _SENDERS.fullmatch(party)
        if senders is None:
            continue  # the Kamer's own committee, the informateur, the Algemene Rekenkamer
        office = senders.group("office")
        if office == "MINISTER-PRESIDENT":
            found.append(Signatory(None, "minister-president", "Algemene Zaken"))
            continue
        if " EN " in office:
            offices = ["minister", "staatssecretaris"]
        else:
            offices = ["staatssecretaris" if office.startswith("STAATSSECRETARIS") else "minister"]
        rest = senders.group("rest").strip()
        # the ministries of several ministers: "VAN X EN VAN Y", "VAN X, VAN Y EN VOOR Z"
        for piece in re.split(r"(?:,| EN) (?=(?:VAN|VOOR) )", rest) if rest else []:
            preposition, _, ministry = piece.partition(" ")
            if preposition not in ("VAN", "VOOR"):
                ministry, preposition = "", "VAN"  # "STAATSSECRETARIS RECHTSBESCHERMING": an office without a ministry
            for each in offices:
                found.append(Signatory(None, each, _proper_case(ministry) or None, preposition.lower()))
    return found


def _proper_case(capitals: str) -> str:
    """ "VOLKSGEZONDHEID, WELZIJN EN SPORT" -> "Volksgezondheid, Welzijn en Sport"."""
    words = capitals.strip(" ,").lower().split()
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in words)


def _next_line(text: str, position: int) -> str | None:
    # the name may follow after a few empty lines (seed-000 leaves room for the signature)
    window = text[position : position + 400]
    for line in window.splitlines():
        if line.strip():
            return line.strip()
    return None


def merge(signatories: list[Signatory]) -> tuple[Signatory, ...]:
    """One entry per office and ministry, keeping the one that carries a name."""
    merged: dict[tuple[str, str | None], Signatory] = {}
    for signatory in signatories:
        key = (signatory.office, signatory.ministry)
        if key not in merged or (merged[key].name is None and signatory.name):
            merged[key] = signatory
    return tuple(merged.values())
