"""The printed layout of a text: lines, page furniture, headings and list items.

Text from PDFs (pdftotext) keeps the page: running footers such as "Tweede Kamer,
vergaderjaar 2023–2024, Aanhangsel", page numbers, form feeds and the footnotes printed
at the bottom of each page, all in the middle of the running text. This module labels
every line so that sentence splitting and document structure can skip the furniture
and still see a sentence that a page break cut in two.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import repeat
from typing import NamedTuple

CONTENT = "content"
HEADING = "heading"
ITEM = "item"  # the first line of a list item
BLANK = "blank"
FURNITURE = "furniture"

# How far above a page end footnotes may reach; bounds the backward scan per page.
_FOOTNOTE_WINDOW = 40
# How many lines of text one footnote may run under its number (or the last one above the page end).
_FOOTNOTE_LINES = 8
_HEADER_WINDOW = 6
_WIDTH_REACH = 3  # lines either side that show how wide the page prints

_FOOTER = re.compile(
    r"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},"
    r"\s+(?:Aanhangsel|[\d ]+[A-Z]{0,4}(?:\s*[A-Z]+)?,\s*nr\.\s*\d+)(?:\s+\d{1,4})?"
)
_FURNITURE = re.compile(
    r"ah-tk-\d{8}-\d+|ah-ek-\d{8}-\d+|h tk \d{8} \d+|kst-[\w-]+"
    r"|ISSN \d{4}\s*-\s*\d{3}[\dX].*|[’']s-Gravenhage \d{4}|-{3,}|_{3,}|\d{1,4}"
)
# A page ends at a form feed (pdftotext) or at U+2029, which the product's readers store
# in its place because XML and XLSX refuse control characters.
PAGE_BREAKS = "\f\u2029"
_SEGMENT = re.compile(r"[^\n\f\u2029]+")
_PAGE_SEPARATOR = re.compile(r"-{3,}|_{3,}")
_BARE_NUMBER = re.compile(r"\d{1,3}")
_MARKDOWN_FOOTNOTE = re.compile(r"\d{1,3} \S")
# a letter's page number at its foot, letter-spaced in some conversions ("P agina 1 van 7")
_PAGE_OF = re.compile(r"P ?agina \d{1,3} van \d{1,3}")

QUESTION_HEADING = re.compile(
    r"(?P<word>Vraag|Vragen|Antwoord|Antwoorden|Mededeling)"
    r"(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?"
    r"(?P<numbers>\s*\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–|\s)\s*\d{1,3})*)?"
    r"\s*[:.]?",
    re.IGNORECASE,
)
# The second letter of a question heading's word (Vraag, Vragen, Antwoord, Mededeling): with the first, it rules
# out most lines ("Van", "Aan", "Maar") before QUESTION_HEADING is asked (of a stripped line).
_HEADING_SECOND = "rRnNeE"
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s.*|\*\*[^*]+\*\*")
_BULLET_CHARS = "•·▪■●◦‣∙*"
_BULLET = re.compile(f"[{_BULLET_CHARS}]\\s")
_ENUMERATOR = re.compile(r"(?:[-–]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s")
_SENTENCE_FINAL = re.compile(r"[.!?…:;][\"'»”’)\]]*\d{0,3}$")
_FINAL_CHARS = frozenset(".!?…:;\"'»”’)]0123456789")
_FUNCTION_WORDS = frozenset(
    "de het een van voor dat die en of in op met aan te om bij naar tot door als over uit is zijn"
    " wordt worden ook maar niet nog er zich dit deze wij we ik u hij zij ze zal zullen kan heeft"
    " hebben moet was waren waarbij waarin waarop omdat zodat wanneer".split()
)
_STARTS_UPPER = re.compile(r"[«\"“‘'(\[]?[A-ZÀ-ÖØ-Þ0-9]")
# The characters a match of _STARTS_UPPER can open with: a line opening otherwise (most lines a PDF wraps open in
# lower case) is no heading, told without calling _looks_like_heading and its regexes.
_UPPER_FIRST = frozenset(
    "«\"“‘'([" + "".join(map(chr, [*range(65, 91), *range(0xC0, 0xD7), *range(0xD8, 0xDF)])) + "0123456789"
)


class Line(NamedTuple):
    # A named tuple, not a frozen dataclass: every line of every document is one, and a frozen
    # dataclass sets each field through object.__setattr__ (about 0.8 µs a line against 0.2 µs).
    start: int
    end: int
    kind: str


class TextMemo:
    """Results computed from one text, kept until another text comes along.

    The engine asks for the same layout, segments and sentences of a document several times
    (metadata, structure, the commitment and the delivery scans). The text is recognised by
    identity, so no long string is hashed or compared; holding it keeps its id from being
    reused. The owner and its results are swapped as one tuple, so threads that extract
    different texts at once only lose memoised work, never mix results.
    """

    _LIMIT = 4096  # entries per text: callers asking for many ranges still stay bounded

    def __init__(self) -> None:
        self._state: tuple[str | None, dict] = (None, {})

    def get(self, text: str, key: tuple, compute):
        owner, results = self._state
        if owner is not text:
            results = {}
            self._state = (text, results)
        try:
            return results[key]
        except KeyError:
            if len(results) >= self._LIMIT:
                results.clear()
            value = results[key] = compute()
            return value


# Values stored here are tuples, so no caller can change what another one receives.
MEMO = TextMemo()


def split_lines(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str], set[int]]:
    """The start and the end of every line, its text stripped of white space, and the indexes of the lines that
    follow a page break; a form feed ends a line like "\\n". The stripped text is taken from the piece the split
    made of the line already, not sliced from the text again.

    A run of empty lines becomes one empty entry: only whether a paragraph break exists
    matters, and collapsing keeps a text of nothing but line breaks cheap.
    """
    if text.find("\f", start, end) < 0 and text.find("\u2029", start, end) < 0:
        return _split_plain_lines(text, start, end)
    starts: list[int] = []
    ends: list[int] = []
    stripped: list[str] = []
    page_starts = set()
    previous_end = start
    for match in _SEGMENT.finditer(text, start, end):
        first, stop = match.span()
        gap = text[previous_end:first]
        if starts and len(gap) >= 2:
            starts.append(previous_end)
            ends.append(previous_end)
            stripped.append("")
        if "\f" in gap or "\u2029" in gap:
            page_starts.add(len(starts))
        starts.append(first)
        ends.append(stop - 1 if text[stop - 1] == "\r" else stop)
        # "\r" is white space: stripping the piece strips it too
        stripped.append(match.group().strip())
        previous_end = stop
    return starts, ends, stripped, page_starts


def _split_plain_lines(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str], set[int]]:
    """split_lines of a range without page breaks (most texts): str.split finds the lines, not a regex match
    object per line, and the gap between two lines is only line breaks, its length their distance."""
    starts: list[int] = []
    ends: list[int] = []
    stripped: list[str] = []
    previous_end = position = start
    for piece in text[start:end].split("\n"):
        if piece:
            if starts and position - previous_end >= 2:
                starts.append(previous_end)
                ends.append(previous_end)
                stripped.append("")
            previous_end = position + len(piece)
            starts.append(position)
            ends.append(previous_end - 1 if piece[-1] == "\r" else previous_end)
            # "\r" is white space: stripping the piece strips it too
            stripped.append(piece.strip())
        position += len(piece) + 1
    return starts, ends, stripped, set()


def is_question_heading(line: str) -> bool:
    return QUESTION_HEADING.fullmatch(line.strip()) is not None


def ends_sentence(line: str) -> bool:
    line = line.rstrip()
    # most lines end in a letter: the last character rules them out before any regex runs
    return bool(line) and line[-1] in _FINAL_CHARS and _SENTENCE_FINAL.search(line) is not None


def page_layout(text: str) -> tuple[Line, ...]:
    """The labelled lines of the whole text, computed once per text."""
    return labelled_lines(text)[0]


def labelled_lines(text: str) -> tuple[tuple[Line, ...], tuple[str, ...], tuple[str, ...]]:
    """page_layout(text), the text of each of its lines stripped of white space (labelling reads it), and the kind of
    each (a tuple of the few kind strings, which a test for one kind scans in C: most texts have no furniture)."""
    return MEMO.get(text, ("lines",), lambda: _label_lines(text, 0, len(text)))


def footnote_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the text of each footnote printed at a page's foot: the lines of a footnote zone under a
    footnote number, without the number, the running footer or a page number. The body's sentences run across
    them; a footnote is read on its own ("13 Uw Kamer wordt hierover voor de zomer geïnformeerd.")."""
    return MEMO.get(text, ("footnotes",), lambda: _footnote_ranges(text))


def _footnote_ranges(text: str) -> tuple[tuple[int, int], ...]:
    lines, stripped, kinds = labelled_lines(text)
    if FURNITURE not in kinds:
        return ()
    ranges: list[tuple[int, int]] = []
    # the runs of note lines: furniture lines with text, neither a marker nor a page number; the few furniture lines
    # (a page's footer and footnotes) are found by a scan of the kinds in C, not a test per line
    last_note, index = -2, -1
    while True:
        try:
            index = kinds.index(FURNITURE, index + 1)
        except ValueError:
            return tuple(ranges)
        content = stripped[index]
        if not content or _is_marker(content) or _PAGE_OF.fullmatch(content):
            continue
        if index == last_note + 1:
            ranges[-1] = (ranges[-1][0], lines[index].end)
        else:
            ranges.append((lines[index].start, lines[index].end))
        last_note = index


def _is_marker(line: str) -> bool:
    """A footnote number, a page number, a running footer or a document code: what a footnote zone is found by."""
    return bool(_FOOTER.fullmatch(line) or _FURNITURE.fullmatch(line) or _BARE_NUMBER.fullmatch(line))


def lines_within(text: str, start: int, end: int) -> list[Line]:
    """The whole text's labelled lines inside text[start:end], those crossing an edge cut to it.

    Furniture belongs to the page, not to the part of it asked about: a segment that ends
    above a page's footer, or a window that begins in mid-page, still sees the footer,
    the page number and the headings as the whole text shows them.
    """
    layout = page_layout(text)
    starts = MEMO.get(text, ("line starts",), lambda: tuple(line.start for line in layout))
    index = max(0, bisect_right(starts, start) - 1)
    within = list(layout[index : bisect_left(starts, end, index)])
    kept: list[Line | None] = list(within)
    # lines do not overlap, so only the first and the last can cross an edge of the range
    # (a debate asks for hundreds of short ranges: the lines between are taken as they are)
    for position in {0, len(within) - 1} if within else ():
        kept[position] = _cut(within[position], start, end)
    return [line for line in kept if line is not None]


def _cut(line: Line, start: int, end: int) -> Line | None:
    first, last = max(line.start, start), min(line.end, end)
    if first < last or (line.start == line.end and line.start >= start):
        return line if (first, last) == (line.start, line.end) else Line(first, last, line.kind)
    return None


def _label_lines(text: str, start: int, end: int) -> tuple[tuple[Line, ...], tuple[str, ...], tuple[str, ...]]:
    """The labelled lines, the stripped text of each, and the kind of each."""
    starts, ends, stripped, page_starts = split_lines(text, start, end)
    kinds = [BLANK if not s else CONTENT for s in stripped]
    _mark_page_furniture(page_starts, stripped, kinds)
    _mark_running_headers(page_starts, stripped, kinds)
    _mark_headings_and_items(stripped, kinds)
    # tuple.__new__ mapped over the fields makes each Line in C: Line(a, b, kind) runs the named
    # tuple's __new__ in Python, for every line of every document
    return tuple(map(tuple.__new__, repeat(Line), zip(starts, ends, kinds))), tuple(stripped), tuple(kinds)


def _mark_page_furniture(page_starts: set[int], stripped, kinds) -> None:
    page_start = 0
    last_heading = -1
    for index, line in enumerate(stripped):
        if not line:
            continue
        first = line[0]
        if first in "-_" and _PAGE_SEPARATOR.fullmatch(line):
            _mark_footnote_zone(stripped, kinds, max(page_start, last_heading + 1), index)
            kinds[index] = FURNITURE
            page_start = index
        elif first in "TE" and _FOOTER.fullmatch(line):
            _mark_footnote_zone(stripped, kinds, max(page_start, last_heading + 1), index)
        elif first in "Pp" and _PAGE_OF.fullmatch(line):
            # a letter's page number, also where no form feed marks the page's end (text copied from a PDF viewer):
            # never a sentence, and a sentence runs on across it
            kinds[index] = FURNITURE
        if index in page_starts:  # first line after a form feed: a new page begins
            _mark_footnote_zone(stripped, kinds, max(page_start, last_heading + 1), index)
            _mark_page_header(stripped, kinds, index)
            page_start = index
        if first in "VvAaMm" and line[1:2] in _HEADING_SECOND and is_question_heading(line):
            last_heading = index
    if page_start > 0:
        # the last page has no form feed after it; its footer is still furniture
        tail = len(stripped) - 1
        while tail > 0 and kinds[tail] == BLANK:
            tail -= 1
        if _FOOTER.fullmatch(stripped[tail]) or _BARE_NUMBER.fullmatch(stripped[tail]):
            _mark_footnote_zone(stripped, kinds, max(page_start, last_heading + 1), tail + 1)


# A running header of a letter's later pages ("Directoraat-generaal / Bedrijfsleven & Innovatie", "Ministerie van /
# Infrastructuur en / Waterstaat / Kenmerk / IENW/BSK-2023/33017"): a block of short lines between blank lines that
# recurs unchanged (but for its digits) on the pages of a PDF's text.
_HEADER_LINE_LENGTH = 60
_HEADER_BLOCK_LINES = 8
_DIGITS = re.compile(r"\d")
_NO_HEADER_LINE = re.compile(r".*[.!?:;]|\W*\d*\W*")  # a sentence's or a label's end; no words at all


def _mark_running_headers(page_starts: set[int], stripped, kinds) -> None:
    """Mark as furniture each block of two or more short lines, blank lines around it, that recurs in a text with
    page breaks. Where a page break falls in a sentence, pdftotext may put the next page's header block between its
    halves ("... het vergroten van de" / "Directoraat-generaal" / "Bedrijfsleven & Innovatie" / "leveringszekerheid
    van ..."): as furniture it no longer cuts the sentence."""
    if len(page_starts) < 2:
        return
    blocks: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    index, count = 0, len(stripped)
    while index < count:
        if kinds[index] == BLANK:
            index += 1
            continue
        first = index
        while index < count and kinds[index] != BLANK:
            index += 1
        lines = stripped[first:index]
        if (
            2 <= len(lines) <= _HEADER_BLOCK_LINES
            and all(len(line) <= _HEADER_LINE_LENGTH and not _NO_HEADER_LINE.fullmatch(line) for line in lines)
            and kinds[first] == CONTENT
        ):
            blocks.setdefault(tuple(_DIGITS.sub("#", line) for line in lines), []).append((first, index))
    for spans in blocks.values():
        if len(spans) >= 2:
            for first, stop in spans:
                kinds[first:stop] = [FURNITURE] * (stop - first)


def _mark_footnote_zone(stripped, kinds, floor: int, page_end: int) -> None:
    """Mark the footer and the footnotes printed above it on one page.

    The zone begins at the topmost footnote number, document code or footer line in the
    last lines of the page (or at the footnote paragraphs of a Markdown conversion);
    everything from there down to the page end is furniture.
    """
    lowest = max(floor, page_end - _FOOTNOTE_WINDOW)
    zone_start = None
    text_lines = 0  # content lines since the marker below (or the page end)
    for index in range(page_end - 1, lowest - 1, -1):
        line = stripped[index]
        if not line:
            continue
        if _is_marker(line):
            zone_start = index
            text_lines = 0
        else:
            text_lines += 1
            if text_lines > _FOOTNOTE_LINES:
                # a footnote is a few lines under its number: a number above a whole paragraph is the body's
                # own (the count of "Bijlage(n)" in a letterhead, a list item's number on a line of its own)
                break
    # Markdown conversions print footnotes as paragraphs "3 Kamerstuk ..." closing the page
    paragraph_top = None
    for index in range(page_end - 1, lowest - 2, -1):
        line = stripped[index] if index >= lowest else ""
        if line:
            paragraph_top = index
            continue
        if paragraph_top is None:
            continue
        top_line = stripped[paragraph_top]
        if not (_MARKDOWN_FOOTNOTE.match(top_line) or _FURNITURE.fullmatch(top_line)):
            break
        zone_start = paragraph_top if zone_start is None else min(zone_start, paragraph_top)
        paragraph_top = None
    if zone_start is None:
        return
    for index in range(zone_start, page_end):
        if kinds[index] != BLANK:
            kinds[index] = FURNITURE


def _mark_page_header(stripped, kinds, first: int) -> None:
    """Running headers at the top of a page (footer line, page number) are furniture."""
    # bounded, so that a run of form feeds or blank lines stays linear
    for index in range(first, min(first + _HEADER_WINDOW, len(stripped))):
        line = stripped[index]
        if line:
            if not (_FOOTER.fullmatch(line) or _FURNITURE.fullmatch(line)):
                return
            kinds[index] = FURNITURE


def _mark_headings_and_items(stripped, kinds) -> None:
    previous = None  # index of the previous content line in the same block
    last = len(stripped) - 1
    for index, line in enumerate(stripped):
        if not line:  # a blank line (only those are empty)
            previous = None
            continue
        if kinds[index] == FURNITURE:
            continue
        first = line[0]
        if (first in "VvAaMm" and line[1:2] in _HEADING_SECOND and is_question_heading(line)) or (
            first in "#*" and _MARKDOWN_HEADING.fullmatch(line)
        ):
            kinds[index] = HEADING
        elif (
            len(line) <= 80
            # most short lines stand alone (a blank line follows), which no heading does: asked before the rest,
            # inline (a call per line cost more than the test)
            and index < last
            and kinds[index + 1] != BLANK
            and first in _UPPER_FIRST
            and _looks_like_heading(line, stripped[previous] if previous is not None else None, stripped[index + 1])
            and len(line) < 0.75 * min(_width(stripped, kinds, index), len(stripped[index + 1]))
        ):
            # the width last: it reads the neighbours, and few lines get this far
            kinds[index] = HEADING
        elif (first in _BULLET_CHARS and _BULLET.match(line)) or (
            # an enumerator opens with a dash or a bracket, or has a digit, "." or ")" next: a cheap test first
            (first in "-–(" or first.isdigit() or line[1:2] in (".", ")"))
            and _ENUMERATOR.match(line)
            and (previous is None or ends_sentence(stripped[previous]))
        ):
            kinds[index] = ITEM
        previous = index


def _width(stripped, kinds, index: int) -> int:
    """The printed line width near a line: the median of its neighbours in the paragraph.

    The median, because pdftotext makes a line longer than the margin where it joins a
    word hyphenated at the line end.
    """
    lengths = sorted(
        len(stripped[near])
        for near in range(max(0, index - _WIDTH_REACH), min(len(stripped), index + _WIDTH_REACH + 1))
        if near != index and kinds[near] not in (BLANK, FURNITURE)
    )
    return lengths[len(lengths) // 2] if lengths else 0


def _looks_like_heading(line: str, previous: str | None, following: str | None) -> bool:
    """A short line standing between finished sentences and new text, as "Vervolgstappen".

    pdftotext fills every line of a paragraph to the margin except its last, so a line
    much shorter than its neighbours that does not end a sentence is a heading; the caller
    compares the widths after these cheaper tests.
    """
    if following is None or len(line) > 80 or ends_sentence(line) or line[-1] in ",-–(":
        return False
    if not _STARTS_UPPER.match(line) or not _STARTS_UPPER.match(following):
        return False
    if previous is not None and not ends_sentence(previous):
        return False
    # "... voor dat" is a wrapped line: a heading does not end mid-clause
    return line.rsplit(None, 1)[-1].lower() not in _FUNCTION_WORDS


def without_furniture(text: str, start: int, end: int) -> str:
    """text[start:end] without the page furniture that a page break put inside it (a running head such as
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3", a page number): a quote that runs over a page
    reads as the sentence does. Without furniture in the range, the slice itself."""
    return "\n".join(text[first:last] for first, last in spans_without_furniture(text, start, end))


def spans_without_furniture(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans whose text, joined by line breaks, is without_furniture(text, start, end)."""
    lines = lines_within(text, start, end)
    if not any(line.kind == FURNITURE for line in lines):
        return [(start, end)]
    kept = [(line.start, line.end) for line in lines if line.kind not in (FURNITURE, BLANK)]
    # a footnote read on its own lies in the furniture as a whole: it is quoted as it stands
    return [(first, last) for first, last in kept if text[first:last].strip()] or [(start, end)]
