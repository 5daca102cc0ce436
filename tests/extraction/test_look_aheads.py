"""Patterns rewritten by hand, for speed, to open with what the regex engine scans for must find what their plain
forms find.

The regex engine passes over the positions where no match can start only when a pattern opens with a literal or a
class (a look-ahead in front gives it nothing to scan for). Each pattern below is held to its plain form over the
corpus: an alternative added later that starts with another character shows up here.
"""

import re
from pathlib import Path

import pytest

from commitments.extraction.document import metadata, references, speakers, structure
from commitments.extraction.promises import clauses, matching

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts() -> list[str]:
    documents = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    lines = [" ".join(line.split()) for text in documents for line in text.splitlines() if line.strip()]
    return documents + lines


TEXTS = _texts()


# The one pattern that cut a debate run together at its motions, before it was split into patterns that open with
# their literal text (structure._INLINE_MOTION_OPENING, _INLINE_MOTION_GOES_ON): the cuts must be the same.
_INLINE_MOTION = re.compile(
    r"(?=[D\s])(?:(?<=\s)(?=De Kamer,\s+gehoord de beraadslaging)|(?<=\bDe Kamer,)\s+(?=gehoord)"
    r"|(?<=orde van de dag\.)\s+)"
)


def test_motion_cuts_are_those_of_the_single_pattern(monkeypatch):
    # the cuts between the items of a chair's list are another matter (test_structure)
    monkeypatch.setattr(structure, "_chair_list_cuts", lambda text, start, end, listing: [])
    for text in TEXTS:
        line = structure.Line(0, len(text), "content")
        expected = set()
        for motion in _INLINE_MOTION.finditer(text):
            expected.add(motion.start() if text.startswith("De Kamer,", motion.start()) else motion.end())
        expected |= set(structure.inline_speaker_labels(text, 0, len(text)))
        bounds = [0, *sorted(c for c in expected if 0 < c < len(text)), len(text)]
        cut = structure._unrun(text, [line]) if len(text) > structure._RUN_ON else None
        if cut is not None:
            assert [(piece.start, piece.end) for piece in cut] == list(zip(bounds, bounds[1:])), text[:200]


# Patterns rewritten to open with what the regex engine scans for (a class, read case-sensitively where the pattern is
# case-blind, or a literal word or digit, with a look-behind after it) instead of a look-ahead, ^ or \b in front: each
# must find what its plain form finds.
PLAIN_FORMS = {
    "clause breaks": (
        matching._CLAUSE_BREAK,
        re.compile(
            r"[;:]|\s[—–]\s|,?\s+maar\s|,\s+(?:want|omdat|dus|hoewel|terwijl|waarna)\s"
            r"|\s+en\s+(?=(?:alsdan|dan|daarna|ik|we|wij|daar|zal|zullen|dat|dit)\b)"
            r"|\s+en\s+(?=\w+\s+(?:zal|zou|zullen|zouden|wil|kan|ga|heb|ben)\s+(?:ik|we|wij)\b)",
            re.IGNORECASE,
        ),
    ),
    "may insert": (
        matching._MAY_INSERT,
        re.compile(r"[(\[–—]|\s-\s|,[^,]{1,400},|(?<=\w)\s+(?:die|dat|welke|waar\w+)\s[^,]{3,160},"),
    ),
    "brackets": (clauses._BRACKETS, re.compile(r"\s*\([^()]{0,300}\)|\s*\[[^\[\]]{0,300}\]")),
    "bare relatives": (
        clauses._BARE_RELATIVE,
        re.compile(
            r"(?<=\w)\s+(die|dat|welke|waar(?:in|mee|over|bij|van|op|door|voor|naar|aan|uit))\s+"
            r"(?=[^,;:()\[\]–—]{3,160}?,)",
            re.IGNORECASE,
        ),
    ),
    "inline label start": (
        speakers._INLINE_LABEL_START,
        re.compile(
            r"(?:[.?!:;)”\"'…]|[Vv]oorzitter:(?:\s+(?:van|de|der|den|ter|in|'t))*(?:\s+[A-Z][\w'’-]*){1,3}?)"
            r"\s*(?=(?:De\s+)?(?:[Vv]oorzitter|[Mm]inister|[Ss]taatssecretaris|Mevrouw|De\s+heer|Mw\.|Dhr\.))"
        ),
    ),
    "letter date": (
        metadata._LETTER_DATE,
        re.compile(r"(?:Den Haag|[’']s-Gravenhage|Datum)\s*[,:]?\s+" + metadata._DAY_MONTH_YEAR, re.IGNORECASE),
    ),
    "title brief": (
        metadata._TITLE_BRIEF,
        re.compile(r"^Brief regering\s*:\s*(?P<title>[^\n]{3,300})", re.MULTILINE),
    ),
    "title questions": (
        metadata._TITLE_QUESTIONS,
        re.compile(
            r"\bVragen van (?:het lid|de leden)\b.{0,400}?\bover\s+(?P<title>.{3,600}?)\s*\(ingezonden", re.DOTALL
        ),
    ),
    "title answers": (
        metadata._TITLE_ANSWERS,
        re.compile(
            r"\bAntwoorden van .{0,300}?\bop (?:de )?vragen van .{0,200}?\bover\s+(?P<title>[^\n]{3,400}?)\.?\s*$",
            re.MULTILINE,
        ),
    ),
    "kamerstuk": (
        references._KAMERSTUK,
        re.compile(
            r"\b(?P<dossier>\d{2}\s?\d{3})(?P<part>(?:[-–]\d{1,3}|\s[IVXLC]{1,6}|\s[A-Z](?=,))?)"
            r",\s*nr\.?\s*(?P<number>\d{1,4})\b"
        ),
    ),
    "kamerstuk header": (
        references._KAMERSTUK_HEADER,
        re.compile(
            r"^(?P<dossier>\d{2}\s?\d{3})(?P<part>(?:[-–]\d{1,3}|\s[IVXLC]{1,6})?)\s+\S[^\n]{0,200}\n"
            r"\s*Nr\.\s*(?P<number>\d{1,4})\b",
            re.MULTILINE,
        ),
    ),
    "zaak": (references._ZAAK, re.compile(r"\b(?:19|20)\d{2}Z\d{4,6}\b")),
    "title dossier": (
        metadata._TITLE_DOSSIER,
        re.compile(r"^\d{2}\s?\d{3}(?:\s[IVXLC]{1,6})?\s+(?P<title>[^\n]{3,200})\n\s*Nr\.", re.MULTILINE),
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN_FORMS))
def test_a_rewritten_opening_changes_no_match(name):
    pattern, plain = PLAIN_FORMS[name]
    for text in TEXTS:
        assert [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups(), m.groupdict()) for m in plain.finditer(text)
        ], text[:200]
