"""What a document is: its kind, date, title, identifiers, signatories and the chamber addressed.

The date matters most: relative deadlines ("binnen zes weken") count from it. Each kind
prints it differently: an Aanhangsel answer under the questions as "(ontvangen 17 juli
2024)", a letter as "Den Haag, 6 januari 2026" or "Datum 6 januari 2026", a debate as
"Donderdag 5 april 2018". A date the text does not give stays None; it is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import chain

from ..promises.literal_gates import GatedPattern, fold, may_match_all, required_conjuncts
from ..result import DocumentInfo
from .references import Reference, read_references
from .signatories import Signatory, answered_by, merge, sent_by, signed_by
from .speakers import MIN_SPEAKER_HEADINGS, SPEAKER_LINE, inline_speaker_labels, speaker_heading
from .structure import segment_document

__all__ = ["DocumentInfo", "Reference", "Signatory", "read_metadata"]

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>\d{4})"
_RECEIVED = re.compile(r"\(ontvangen\s+(?:\(ontvangen\s+)?" + _DAY_MONTH_YEAR, re.IGNORECASE)
# The first character is read case-sensitively, as a class of both cases: a class of cased letters in a case-blind
# pattern (or a look-ahead in front) gives the regex engine nothing to scan for, and it entered the pattern at every
# position of the head; a class it scans for in C. The look-behinds tell which word the character begins.
_LETTER_DATE = re.compile(
    r"(?-i:[Dd’'])(?:(?<=[Dd])en Haag|(?<=[’'])s-Gravenhage|(?<=[Dd])atum)\s*[,:]?\s+" + _DAY_MONTH_YEAR,
    re.IGNORECASE,
)
# Kamerstukken without a letterhead print the day they were received or adopted under the heading:
# a memorie van antwoord or nota naar aanleiding van het verslag "Ontvangen 3 maart 2026", a
# verslag (schriftelijk overleg, commissiedebat) "Vastgesteld 17 februari 2025".
_STAMPED_DATE = re.compile(r"^\s*(?:Ontvangen|Vastgesteld)\s+" + _DAY_MONTH_YEAR, re.IGNORECASE | re.MULTILINE)
_LETTER_NUMERIC_DATE = re.compile(r"Datum\s*:?\s+(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})")
# A page that lists a document's register data, as the Kamer's document pages and their mirrors do: "Nummer:
# 2022D52459, datum: 2022-12-07, bijgewerkt: 2024-05-15" (the date of the document, not of the page's update).
# It opens with its first letter and looks back from after it: opened with the look-behind, it was entered at every
# position of the head; a character class first is scanned for in C.
_REGISTER_DATE = re.compile(r"[Dd](?<![\w-][Dd])atum:\s+(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_SITTING_DATE = re.compile(
    r"^\s*(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+" + _DAY_MONTH_YEAR + r"\s*$",
    re.IGNORECASE | re.MULTILINE,
)

# How much of the top of a document holds its head (letterhead, Aanhangsel heading).
_HEAD_CHARS = 4000
# How far into a text inline speakers' labels are looked for: a debate has three well within it.
_INLINE_SPEAKERS_CHARS = 20_000

# A line that opens with these words (read with _line_openers: no ^, so the engine scans for the words)
_DEBATE_OPENING = re.compile(r"Aan de orde (?:is|zijn)\b")
# A handful of substring tests on the folded head rule out most documents (literal_gates). Where they pass, the
# pattern opens with a case-sensitive class of its first letters, which the regex engine scans for in C (a case-blind
# alternation, or a look-ahead in front, is entered at every position of the head); each alternative looks back at
# its own letter, and (?<!\w.) is the \b before it: the same matches as the plain alternation of the words. The
# gate's strings are named, as the words cut after their first letter hide them from required_conjuncts.
_ANSWERS = GatedPattern(
    re.compile(
        r"(?-i:[AaMmDd])(?:(?<=[Aa])anhangsel van de Handelingen"
        r"|(?<!\w.)(?:(?<=[Aa])ntwoord|(?<=[Mm])ededeling) van (?:de )?(?:Minister|Staatssecretaris)"
        r"|(?<!\w.)(?<=[Aa])ntwoorden van de (?:minister|staatssecretaris)"
        r"|(?<!\w.)(?<=[Dd])e antwoorden (?:aan )?op de (?:schriftelijke )?vragen)",
        re.IGNORECASE,
    ),
    # each alternative's words up to the first that varies: "antwoord" alone let through most letters (an "antwoord op"
    # or a "beantwoording" in their head), and the search then scanned the whole head for nothing
    frozenset(
        {"aanhangsel van de handelingen", "antwoord van ", "mededeling van ", "antwoorden van de ", "de antwoorden "}
    ),
)
# Headings on a line of their own (read with _line_openers: no ^, so the engine scans for the word)
_QUESTION_HEADING = re.compile(r"Vraag\s+\d{1,3}\s*$", re.MULTILINE)
_ANSWER_HEADING = re.compile(r"Antwoord(?:\s+(?:op\s+vraag\s+)?\d{1,3})?\s*$", re.MULTILINE)
# The look-ahead names the characters a match can start with (white space for "^\s*Betreft"), which GatedPattern
# cannot read from the pattern: the regex engine tests them at each position of the head instead of entering the
# alternation; it changes no match. "^Brief regering" and "BRIEF VAN" are the heading, not "de brief van 3 maart".
_LETTER = GatedPattern(
    re.compile(
        r"(?=(?-i:[GgAaBbHh\s]))(?:Geachte (?:voorzitter|mevrouw|heer)|Aan de Voorzitter van de (?:Tweede|Eerste) Kamer"
        r"|\b(?-i:BRIEF VAN)\b|^Brief regering\b|^\s*Betreft\b|^Hoogachtend)",
        re.IGNORECASE | re.MULTILINE,
    )
)
# The look-ahead names the characters a match can start with (white space before a line's first word; "K" is the
# Kelvin sign, which IGNORECASE reads as "k"): the regex engine tests them at each position instead of entering the
# alternation. It changes no match.
_SENATE = re.compile(
    r"(?=(?-i:[VvEeAaHhKk\u212aTt\s]))(?:Voorzitter van de Eerste Kamer|^\s*Eerste Kamer der Staten-Generaal"
    r"|Eerste Kamer, vergaderjaar|\bah-ek-\d|\bh-ek-\d"
    # The Eerste Kamer's own citations, as its registry of promises prints them.
    r"|\b(?:Handelingen|Kamerstukken) I\s+(?:19|20)\d\d"
    # and numbers its entries "Toezegging <title> (<dossier>) (T03871)"
    r"|^\s*Toezegging\b[^\n]{0,300}\(T\d{5}\))",
    re.IGNORECASE | re.MULTILINE,
)

# Most of these open with their first word (or digit), which the regex engine scans for in C; the line start or word
# boundary that ^ or \b in front would test is a look-behind after it. A pattern opened with ^ or \b is entered at
# every position of the head, and a title is mostly not there.
_TITLE_BRIEF = re.compile(r"Brief(?<![^\n]Brief) regering\s*:\s*(?P<title>[^\n]{3,300})")
_TITLE_BETREFT = re.compile(r"^\s*(?:Betreft|Onderwerp)\s*:?\s+(?P<title>[^\n]{3,300})", re.MULTILINE)
_TITLE_QUESTIONS = re.compile(
    r"Vragen(?<!\wVragen) van (?:het lid|de leden)\b.{0,400}?\bover\s+(?P<title>.{3,600}?)\s*\(ingezonden", re.DOTALL
)
_TITLE_ANSWERS = re.compile(
    r"Antwoorden(?<!\wAntwoorden) van .{0,300}?\bop (?:de )?vragen van .{0,200}?"
    r"\bover\s+(?P<title>[^\n]{3,400}?)\.?\s*$",
    re.MULTILINE,
)
_TITLE_DOSSIER = re.compile(r"\d(?<![^\n]\d)\d\s?\d{3}(?:\s[IVXLC]{1,6})?\s+(?P<title>[^\n]{3,200})\n\s*Nr\.")

# _STAMPED_DATE, _SITTING_DATE and _TITLE_BETREFT open with a line start, which the regex engine tries at every
# position of the head (the others open with a string or a class it scans for in C): they are run only on a head
# that holds the strings each of their matches needs (literal_gates, read on the folded head).
_STAMPED = (_STAMPED_DATE, required_conjuncts(_STAMPED_DATE))
_SITTING = (_SITTING_DATE, required_conjuncts(_SITTING_DATE))
_BETREFT = (_TITLE_BETREFT, required_conjuncts(_TITLE_BETREFT))
# Per kind, where its date is printed, the most telling first; each pattern with the strings its matches need
_DATE_PATTERNS = {
    "antwoorden": ((_RECEIVED, ()), (_LETTER_DATE, ()), (_REGISTER_DATE, ())),
    "kamerbrief": ((_LETTER_DATE, ()), (_LETTER_NUMERIC_DATE, ()), _STAMPED, (_REGISTER_DATE, ())),
    "handelingen": (_SITTING, _STAMPED, (_REGISTER_DATE, ())),
}
_OTHER_DATE_PATTERNS = (
    (_LETTER_DATE, ()),
    (_LETTER_NUMERIC_DATE, ()),
    (_RECEIVED, ()),
    _SITTING,
    _STAMPED,
    (_REGISTER_DATE, ()),
)
_TITLE_PATTERNS = {
    "antwoorden": ((_TITLE_QUESTIONS, ()), (_TITLE_ANSWERS, ())),
    "kamerbrief": ((_TITLE_BRIEF, ()), _BETREFT, (_TITLE_DOSSIER, ())),
}
_OTHER_TITLE_PATTERNS = ((_TITLE_BRIEF, ()), _BETREFT, (_TITLE_QUESTIONS, ()))


def read_metadata(text: str) -> DocumentInfo:
    """The document's metadata, read from its text alone; never raises on any string."""
    # Word exports put no-break spaces between words ("het lid\xa0Dobbe"); the patterns read
    # them as spaces, and the swap keeps every offset. Segments still come from the text as
    # given: the engine asks for the same ones, and they are computed once per text.
    given, text = text, text.replace("\xa0", " ")
    kind, folded = _kind(text)
    # a debate has neither identifiers nor signatories: its head is not worth segmenting
    head = _head(text, kind, given) if kind != "handelingen" else ""
    return DocumentInfo(
        kind=kind,
        date=document_date(text, kind, folded),
        title=document_title(text, kind, folded),
        references=read_references(head, text) if kind != "handelingen" else (),
        signatories=_signatories(text, kind, head, given),
        chamber="EK" if _addresses_senate(text[:_HEAD_CHARS]) else "TK",
    )


def _addresses_senate(top: str) -> bool:
    # Every alternative of _SENATE holds one of these; casefold matches what IGNORECASE
    # matches ("ſ", "K"), and the substring test spares a case-blind regex run on most texts.
    folded = top.casefold()
    cited = "handelingen i " in folded or "kamerstukken i " in folded or ("toezegging" in folded and "(t" in folded)
    return ("eerste kamer" in folded or "h-ek-" in folded or cited) and _SENATE.search(top) is not None


def document_kind(text: str) -> str:
    return _kind(text)[0]


def _kind(text: str) -> tuple[str, str | None]:
    """The document's kind, and its head folded (None for a debate told by its openers: its head is not folded)."""
    top = text[:_HEAD_CHARS]
    if any(_line_openers(_DEBATE_OPENING, top)) or _speaker_lines(text) >= 3:
        return "handelingen", None
    # the gates of _ANSWERS and _LETTER read the head folded, and those of the date and title patterns: folded once
    folded = fold(top)
    if _ANSWERS.search(top, folded) or (
        len(list(_line_openers(_QUESTION_HEADING, text))) >= 2 and any(_line_openers(_ANSWER_HEADING, text))
    ):
        return "antwoorden", folded
    if _LETTER.search(top, folded):
        return "kamerbrief", folded
    # a debate run into one line by a PDF's text extraction: its labels follow sentences' ends
    if len(inline_speaker_labels(text, 0, min(len(text), _INLINE_SPEAKERS_CHARS))) >= 3:
        return "handelingen", folded
    return "other", folded


def _line_openers(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of pattern that open a line: those of the pattern with ^ in front, in MULTILINE mode.

    With ^ first the regex engine enters the pattern at every position; a pattern that opens with a word
    is found by a fast scan for that word instead. The same matches come out as long as no match can
    cover the start of a line where another one opens (a heading word, then only spaces and digits).
    """
    for match in pattern.finditer(text):
        start = match.start()
        if start == 0 or text[start - 1] == "\n":
            yield match


# A line that ends in a colon ("De voorzitter:"); the colon is what is scanned for, the rest of the
# line is read back from it (as ^[^\n]{3,120}:[ \t]*$ would read it, tried at every line start).
_COLON_AT_LINE_END = re.compile(r":[ \t]*$", re.MULTILINE)
# A paragraph of its own; the one that opens the text is asked apart, so the scan runs on "\n\n"
_FIRST_PARAGRAPH_LINE = re.compile(r"([A-Z][^\n:]{2,78})\n\n")
_PARAGRAPH_LINE = re.compile(r"\n\n([A-Z][^\n:]{2,78})\n\n")


def _speaker_lines(text: str) -> int:
    count = 0
    for colon in _COLON_AT_LINE_END.finditer(text):
        # one match per line, at the colon that only spaces and tabs follow
        line_start = text.rfind("\n", 0, colon.start()) + 1
        if 3 <= colon.start() - line_start <= 120 and SPEAKER_LINE.fullmatch(text[line_start : colon.end()].strip()):
            count += 1
            if count >= 3:
                return count
    # speakers as headings without a colon, each a paragraph of its own (a debate page, ParlaMint)
    headings = 0
    top = text[: _HEAD_CHARS * 20]
    # the matches of (?:^|\n\n)([A-Z][^\n:]{2,78})\n\n: one at the very start, then the scan goes on after it
    first = _FIRST_PARAGRAPH_LINE.match(top)
    for line in chain([first] if first else [], _PARAGRAPH_LINE.finditer(top, first.end() if first else 0)):
        if speaker_heading(line.group(1).strip()) is not None:
            headings += 1
            if headings >= MIN_SPEAKER_HEADINGS:
                return 3
    return count


def document_date(text: str, kind: str, folded: str | None = None) -> date | None:
    """folded: fold(text[:_HEAD_CHARS]), when the caller has it: the patterns that open with a line start are run
    only on a head that holds the strings their matches need."""
    top = text[:_HEAD_CHARS]
    for pattern, needs in _DATE_PATTERNS.get(kind, _OTHER_DATE_PATTERNS):
        if needs and folded is not None and not may_match_all(needs, folded):
            continue
        for match in pattern.finditer(top):
            found = _to_date(match)
            if found is not None:
                return found
    return None


def _to_date(match: re.Match) -> date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return date(int(match.group("year")), month_number, int(match.group("day")))
    except ValueError:  # "31 februari": a typo, not a date
        return None


def document_title(text: str, kind: str, folded: str | None = None) -> str | None:
    """folded: fold(text[:_HEAD_CHARS]), when the caller has it (as for document_date)."""
    top = text[:_HEAD_CHARS]
    if kind == "handelingen":
        first = next((line.strip() for line in top.splitlines() if line.strip()), "")
        return first if first and len(first) <= 200 and not SPEAKER_LINE.match(first) else None
    for pattern, needs in _TITLE_PATTERNS.get(kind, _OTHER_TITLE_PATTERNS):
        if needs and folded is not None and not may_match_all(needs, folded):
            continue
        match = pattern.search(top)
        if match:
            return re.sub(r"\s+", " ", match.group("title")).strip(" .")
    return None


def _head(text: str, kind: str, given: str) -> str:
    """The letterhead or Aanhangsel heading: the preamble, at most the first few thousand characters."""
    segments = segment_document(given, kind)
    if segments and segments[0].role == "preamble" and len(segments) > 1:
        return text[: min(segments[0].end, _HEAD_CHARS)]
    return text[:_HEAD_CHARS]


def _signatories(text: str, kind: str, head: str, given: str) -> tuple[Signatory, ...]:
    if kind == "handelingen":
        return ()
    found = answered_by(head) if kind == "antwoorden" else []
    if not found:
        found = signed_by(head) + signed_by(_foot(text, given))
    if not found:
        found = sent_by(head)  # an excerpt without its signature: the heading still names the senders
    return merge(found)


def _foot(text: str, given: str) -> str:
    """The signature block of a letter, at its end."""
    segments = segment_document(given, "kamerbrief")
    closing = [s for s in segments if s.role == "closing"]
    return text[closing[0].start :] if closing else text[-1500:]
