"""The engine's view of its colleagues' modules (structure, metadata, deadlines).

Each import prefers the real module. Until it lands in the tree, a deliberately small interim
reading stands in, so the rules can be measured on the corpus meanwhile; it is never better
than the real one and goes once all three modules exist.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .segmenting import Sentence, split_sentences  # noqa: F401  (re-exported for the engine)

try:
    from .structure import Segment, segment_document
except ImportError:  # interim: the structure engineer's module has not landed yet
    @dataclass(frozen=True, slots=True)
    class Segment:  # type: ignore[no-redef]
        start: int
        end: int
        role: str
        speaker: str | None = None
        government: bool = False
        number: int | None = None

    _MARK = re.compile(
        r"^[#*\s]*(?:(?P<qa>Vraag|Antwoord)\b[^\n]{0,20}"
        r"|(?P<speaker>(?:De voorzitter|Minister|Staatssecretaris|Minister-president|De heer|Mevrouw)[^\n]{0,80}?):"
        r"|(?P<motion>De Kamer,))\s*$", re.MULTILINE)
    _GOVERNMENT = re.compile(r"(?:Minister|Staatssecretaris)", re.IGNORECASE)

    def segment_document(text: str, kind: str) -> list[Segment]:  # type: ignore[no-redef]
        segments: list[Segment] = []
        role, speaker, gov, at = "preamble", None, False, 0
        for m in _MARK.finditer(text):
            segments.append(Segment(at, m.start(), role, speaker, gov))
            at = m.start()
            if m.group("qa"):
                role = "question" if m.group("qa") == "Vraag" else "answer"
            elif m.group("speaker"):
                speaker = m.group("speaker").strip()
                gov = bool(_GOVERNMENT.match(speaker))
                role = "turn"
            else:
                role = "motion"
        segments.append(Segment(at, len(text), role, speaker, gov))
        return [s for s in segments if s.end > s.start]

try:
    from .metadata import DocumentInfo, read_metadata
except ImportError:  # interim
    @dataclass(frozen=True)
    class Signatory:
        name: str | None
        office: str
        ministry: str | None

    @dataclass(frozen=True)
    class DocumentInfo:  # type: ignore[no-redef]
        kind: str
        date: date | None
        title: str | None
        references: tuple = ()
        signatories: tuple = ()
        chamber: str = "TK"

    _MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
    _DATE = re.compile(r"(?:ontvangen|Den Haag,|Donderdag|Dinsdag|Woensdag)\s+(\d{1,2})\s+(%s)\s+(\d{4})"
                       % "|".join(_MONTHS))
    _ANSWERER = re.compile(r"Antwoord van (?:de )?(Minister|Staatssecretaris)\s+(?:\w+\s+)?\(([^)]+)\)")

    def read_metadata(text: str) -> DocumentInfo:  # type: ignore[no-redef]
        head = text[:5000]
        if re.search(r"^De voorzitter:", text, re.MULTILINE):
            kind = "handelingen"
        elif re.search(r"Vraag \d", head):
            kind = "antwoorden"
        elif re.search(r"Aan de Voorzitter|Den Haag,", head):
            kind = "kamerbrief"
        else:
            kind = "other"
        m = _DATE.search(head)
        day = date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1))) if m else None
        a = _ANSWERER.search(text)
        sigs = (Signatory(None, a.group(1).lower(), a.group(2)),) if a else ()
        return DocumentInfo(kind, day, None, (), sigs)

try:
    from .deadlines import Deadline, resolve_deadline
except ImportError:  # interim: no deadlines until the deadline engineer's module lands
    @dataclass(frozen=True, slots=True)
    class Deadline:  # type: ignore[no-redef]
        kind: str
        text: str | None
        due_date: date | None
        estimated: bool
        condition: str | None
        start: int | None
        end: int | None

    def resolve_deadline(sentence, *, reference_date, calendar, chamber="TK"):  # type: ignore[no-redef]
        return Deadline("none", None, None, False, None, None, None)
