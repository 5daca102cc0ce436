"""Sentences with character offsets, robust to the layout of PDF text.

A sentence keeps its span in the original text (quotes are cut from it verbatim) and a
cleaned reading form for the rules: line breaks joined, hyphenation undone, footnote
markers and page furniture left out. Everything here runs in linear time: regexes
anchor at the start of a run and never rescan it, look-backs read a bounded window.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .abbreviations import PLAIN_WORD_LETTERS, full_stop_ends_sentence, word_before
from .layout import BLANK, FURNITURE, HEADING, ITEM, MEMO, ends_sentence, footnote_ranges, lines_within


class Sentence(NamedTuple):
    # A named tuple, not a frozen dataclass: every sentence is one, and a frozen dataclass sets each
    # field through object.__setattr__ (about 0.8 µs a sentence against 0.2 µs).
    start: int
    end: int
    text: str


# The layout is flattened into one working string in which "\n" is a line break inside a
# paragraph and "\n\n" a break no sentence crosses (blank line, heading, list item).
_SOFT = "\n"
_HARD = "\n\n"

# A run of terminators, anchored at its first character so each run is tried once, then
# closing quotes or brackets and footnote digits glued on ("voorkomen»?1", "U.3 Het").
# The pattern opens with the character class, not the look-behind, so that the regex
# engine skips ahead to the next terminator instead of trying every position.
# A sentence ends only where white space follows and a visible character comes within reach
# (a longer run of spaces is page layout); the look-ahead captures that character, so most
# full stops inside words and numbers ("o.a.", "3.2") never reach the Python checks.
# A run-on transcript loses the space between sentences ("het oordeel aan de Kamer laten.Dan de motie op stuk nr. 12"):
# a terminator right after a lower-case word and right before a capitalised word ends a sentence too (not "Zr.Ms.").
_TERMINATOR_REST = (
    r"(?<![.!?…].)[.!?…]*+[\"'»”’)\]]*+(?:\d{1,3}+(?![\d,.]))?"
    r"(?:(?=\s{1,63}+(\S))|(?<=[a-zà-ÿ][a-zà-ÿ][.!?])(?=([A-ZÀ-Þ])[a-zà-ÿ]))"
)
_TERMINATOR = re.compile("[.!?…]" + _TERMINATOR_REST)
# The same, for a paragraph without "!", "?" or "…" (most of them): there it opens with a full stop alone, which the
# regex engine finds by a plain scan for one character, several times faster than testing each character against
# the class.
_FULL_STOP = re.compile(r"\." + _TERMINATOR_REST)
_OPENERS = "«\"“‘'([•·▪–-*¿¡"

_FOOTNOTE_REF = re.compile(r"\[footnoteRef:\d+\]|\[\d{1,3} ?\]")
# One or two digits glued to a word or to a sentence's end: a footnote marker. The pattern opens with
# the \d itself and looks behind from after it, so the regex engine scans for digits in C and enters
# the pattern only there (a look-ahead or look-behind in front makes it try every position).
_GLUED_DIGITS = re.compile(r"\d(?:(?<=[a-zà-ÿ»”’)]\d)\d?(?=[\s.,;:!?)]|$)|(?<=[^\d\s][.?!]\d)\d?(?=\s|$))")
# A PDF's letter-spacing splits a word before its diaeresis ("ge ïnformeerd", "be ëindigd"): no Dutch word
# starts with ï or ë, so the space after a letter there belongs to no word boundary.
_SPACED_DIAERESIS = re.compile(r"(?<=[a-z]) (?=[ïë][a-z])")
_DIGIT_BYTES = b"0123456789"
_DIGIT_AND_CONTROL_BYTES = _DIGIT_BYTES + bytes(range(32)) + b"\x7f"  # with ASCII's control characters (unprintable)
# Those bytes (and "[") mapped to 0, the others kept: a translation without deletions is a plain loop over the bytes,
# where one with deletions first builds a table of 256 entries on every call, and a search for 0 then finds them (0 is
# a control character itself).
_MARK_UNCLEAN = bytes.maketrans(_DIGIT_AND_CONTROL_BYTES + b"[", bytes(len(_DIGIT_AND_CONTROL_BYTES) + 1))
# An ASCII byte as what _GLUED_DIGITS asks of it: a digit ("0"), a character a glued digit follows (a lower-case
# letter, ")" or a terminator: "a"), anything else (" "). A sentence without "a0" there has no digit to take out.
_GLUE_CLASSES = bytes(
    ord("0") if byte in _DIGIT_BYTES else ord("a") if byte in b"abcdefghijklmnopqrstuvwxyz).?!" else ord(" ")
    for byte in range(256)
)
_SOFT_HYPHEN = re.compile(r"\xad\s*")
# the hyphen of a word broken at a line's end: ASCII's, or Unicode's own (U+2010) that some PDFs' text gives; a PDF's
# text may keep spaces after it at the line's end, or before the next line's first letter (an indented line)
_HYPHEN_BREAK = re.compile(r"(?<=[a-zà-ÿ])[-\u2010][ \t]*\n[ \t]*(?=[a-zà-ÿ])(?!(?:en|of|tot)\b)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of text[start:end], with offsets into the whole text.

    start and end are clamped into the text (no negative indexing from the end). The page
    layout is read from the whole text, so a range sees the same furniture and headings as
    the whole text does, and a range cut between paragraphs gives the whole text's sentences.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    return list(MEMO.get(text, ("sentences", start, end), lambda: tuple(_split(text, start, end))))


def footnote_sentences(text: str) -> list[Sentence]:
    """The sentences of the footnotes at the pages' feet, each footnote read on its own (split_sentences reads
    the body across them)."""
    return list(MEMO.get(text, ("footnote sentences",), lambda: tuple(_footnote_sentences(text))))


def _footnote_sentences(text: str) -> list[Sentence]:
    sentences = []
    for start, end in footnote_ranges(text):
        # a footnote's lines follow one another: its own text is the flat string, offsets and all
        firsts, fragments = _sentence_spans(text[start:end].replace("\r", " "))
        for first, fragment in zip(firsts, fragments):
            sentences.append(Sentence(start + first, start + first + len(fragment), clean(fragment)))
    return sentences


def _split(text: str, start: int, end: int) -> list[Sentence]:
    flat, pieces = _flatten(text, start, end)
    firsts, fragments = _sentence_spans(flat)
    sentences = []
    piece, last_piece = 0, len(pieces) - 1
    for first, fragment in zip(firsts, fragments):
        # sentences come in order: the line holding an offset is found by walking on, not searching
        while piece < last_piece and pieces[piece + 1][0] <= first:
            piece += 1
        flat_start, original = pieces[piece]
        original_start = original + first - flat_start
        final = first + len(fragment) - 1
        while piece < last_piece and pieces[piece + 1][0] <= final:
            piece += 1
        flat_start, original = pieces[piece]
        # tuple.__new__, not Sentence(): the named tuple's __new__ is a Python function, called for every sentence
        sentences.append(_new_tuple(Sentence, (original_start, original + final - flat_start + 1, clean(fragment))))
    return sentences


_new_tuple = tuple.__new__


def clean(fragment: str) -> str:
    """The reading form of a stretch of text: one line, no markers, hyphenation undone."""
    # Most sentences are ASCII, on one line, without digits, brackets or double spaces: one translation of the bytes
    # marks the digits, the control characters (a line break among them) and "[" in C, and nothing below changes such
    # a fragment (no "-\n", no glued digit, no "ï", and printable: ASCII without control characters).
    if (
        fragment.isascii()
        and 0 not in fragment.encode("ascii").translate(_MARK_UNCLEAN)
        and "  " not in fragment
        and fragment[:1] != " "
        and fragment[-1:] != " "
    ):
        return fragment
    # clean runs once per sentence: a substring test skips a regex that cannot match
    if "[" in fragment:
        fragment = _FOOTNOTE_REF.sub("", fragment)
    if "\n" in fragment and ("-" in fragment or "\u2010" in fragment):
        fragment = _HYPHEN_BREAK.sub("", fragment)
    if "\xad" in fragment:
        # a soft hyphen marks where a word may be broken ("toe\xadzeggen"), and where a line broke it, the break goes
        # with it: the word reads whole
        fragment = _SOFT_HYPHEN.sub("", fragment)
    # Four in five sentences hold no digit, and most others no digit glued to a word or a sentence's end (a date, a
    # number). In an ASCII one (\d is 0-9 there, and the characters a glued digit follows are a-z, ")" and
    # terminators) that is told in C, faster than the substitution's own scan: no digit follows such a character.
    if not fragment.isascii() or b"a0" in fragment.encode("ascii").translate(_GLUE_CLASSES):
        fragment = _GLUED_DIGITS.sub("", fragment)
    # split() and the regex \s agree on what whitespace is (str.isspace). Every white space character but " "
    # is unprintable, so a printable fragment without a double space or a space at either end is already what
    # split and join would make of it (most sentences stand on one line): two scans spare the rebuilding.
    if "  " in fragment or not fragment.isprintable() or fragment[:1] == " " or fragment[-1:] == " ":
        fragment = " ".join(fragment.split())
    # after the white space is made one space: a line break or a no-break space may stand before the ï too
    if " ï" in fragment or " ë" in fragment:
        fragment = _SPACED_DIAERESIS.sub("", fragment)
    return fragment


def _flatten(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """The content lines joined by soft or hard breaks, and (flat_start, original_start) per line."""
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    started = hard = blank = page = False
    previous_text = ""
    for line in lines_within(text, start, end):
        if line.kind == BLANK:
            blank = True
            continue
        if line.kind == FURNITURE:
            page = True
            continue
        content = text[line.start : line.end]
        if started:
            if page:
                # a page break cuts a sentence unless the page ended with one; blank lines
                # around the footer say nothing about paragraphs
                hard = hard or ends_sentence(previous_text)
            elif blank:
                # a blank line ends a paragraph, but not a sentence broken off at a word and going on in lower case
                # after it: a PDF's text with a blank line inside a sentence ("zend ik u" / "" / "hierbij de ..."). A
                # motion's parts, each closed by its comma ("De Kamer," / "" / "gehoord de beraadslaging,"), stay apart.
                hard = hard or not (previous_text.rstrip()[-1:].isalnum() and content[:1].islower())
            if line.kind in (HEADING, ITEM):
                hard = True
            separator = _HARD if hard else _SOFT
            parts.append(separator)
            length += len(separator)
        pieces.append((length, line.start))
        parts.append(content)
        length += len(content)
        started, previous_text = True, content
        hard, blank, page = line.kind == HEADING, False, False
    return "".join(parts), pieces


def _sentence_spans(flat: str) -> tuple[list[int], list[str]]:
    """The start in the flat string of every sentence, and its text, trimmed of whitespace."""
    firsts: list[int] = []
    fragments: list[str] = []
    position = block_start = 0
    length = len(flat)
    while block_start < length:
        block_end = flat.find(_HARD, block_start)
        if block_end < 0:
            block_end = length
        terminators = (
            _FULL_STOP
            if flat.find("?", block_start, block_end) < 0
            and flat.find("!", block_start, block_end) < 0
            and flat.find("…", block_start, block_end) < 0
            else _TERMINATOR
        )
        # The scan stops at the paragraph's end: a terminator there has no visible character ahead, so it cuts
        # nothing, and the paragraph's end cuts the same sentence.
        for match in terminators.finditer(flat, block_start, block_end):
            ahead, glued = match.groups()
            next_char = ahead or glued
            if not (next_char.isupper() or next_char.isdigit() or next_char in _OPENERS):
                continue
            first, stop = match.span()
            if flat[stop - 1].isdigit() and first > 0 and flat[first - 1].isdigit():
                continue  # "12.000", "3.2": a number, not a footnote after a full stop
            if (
                flat[first] == "."
                and len(flat[first:stop].rstrip("\"'»”’)]0123456789")) == 1
                # most full stops follow a plain word: its last letters settle it without reading the word back
                and not (first >= PLAIN_WORD_LETTERS and flat[first - PLAIN_WORD_LETTERS : first].isalpha())
                and _inside_sentence(flat, first, next_char, block_start)
            ):
                continue
            # str.strip and str.isspace agree on white space, so this trims what a scan would
            raw = flat[position:stop]
            fragment = raw.strip()
            if fragment:
                firsts.append(stop - len(raw.lstrip()))
                fragments.append(fragment)
            position = stop
        raw = flat[position:block_end]
        fragment = raw.strip()
        if fragment:
            firsts.append(block_end - len(raw.lstrip()))
            fragments.append(fragment)
        position = block_start = block_end + len(_HARD)
    return firsts, fragments


def _inside_sentence(flat: str, first: int, next_char: str, block_start: int) -> bool:
    """Whether the full stop at flat[first], after a short word, belongs to an abbreviation, initials or a list
    number rather than ending the sentence (block_start: where its paragraph starts)."""
    word = word_before(flat, first)
    if word and not full_stop_ends_sentence(word, next_char):
        return True
    return _is_enumerator(first - len(word), word, block_start)


def _is_enumerator(word_start: int, word: str, block_start: int) -> bool:
    """ "1." or "a." opening its block (a line the layout reads as a list item starts one) is a list number, not a
    sentence ending. Opening a line inside a paragraph, it is a figure a margin wrapped there ("over Pijler" / "2. Dat
    gaat ...")."""
    if not (word.isdigit() and len(word) <= 2) and not (len(word) == 1 and word.isalpha()):
        return False
    return word_start <= block_start
