"""Dutch abbreviations: does a full stop end the sentence or only the word?"""

from __future__ import annotations

import re

# Always followed by more of the same sentence: a number, a name, a noun.
_INSIDE = frozenset(
    """
    o.a a.s art artt blz bijv bv ca c.q d.d d.w.z dhr dr drs excl i.c.m i.e i.o.v i.p.v i.s.m
    i.v.m incl ing ir jhr m.b.t m.b.v m.i.v m.u.v mevr mr mw n.a.v nl nr nrs o.b.v o.l.v
    p pag prof resp sr jr st stb stcrt t.a.v t.b.v t.g.v t.o.v t.w vgl vs z.g zgn zg
    jan feb febr mrt apr jun jul aug sep sept okt nov dec e.v min mln mld mrd ca dhr kol
    """.split()
)
# Often the last word of a sentence ("18 februari jl.", "de motie-Van Campen c.s."), so a capital after them starts one.
_FINAL = frozenset("jl etc enz e.d e.a c.s z.s.m a.u.b s.v.p".split())
# A word that ends in more letters than this is none of the abbreviations above, no initials (those end
# in one or two letters after a full stop) and no list number: its full stop ends the sentence.
PLAIN_WORD_LETTERS = max(len(word) for word in _INSIDE | _FINAL) + 1

_DOTTED_LOWER = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]|(?:[A-Z][a-z]?\.)+[A-Z][a-z]?")
# ("&" joins the letters of an acronym, "IOT&E.", "R&D.": its last letter is no initial)
_WORD_BEFORE = re.compile(r"[\w.’'&-]*\w$")
# The same word read backwards from its last character: one anchored match instead of a
# search that tries every start in the window.
_WORD_REVERSED = re.compile(r"\w[\w.’'&-]*")


def word_before(text: str, stop: int) -> str:
    """The word (with its inner full stops) that ends at text[stop], read from a short window."""
    window = text[max(0, stop - 32) : stop]
    if window.endswith("\n"):
        # "$" also matches before a final line break: the forward pattern keeps that reading
        match = _WORD_BEFORE.search(window)
        return match.group() if match else ""
    match = _WORD_REVERSED.match(window[::-1])
    return match.group()[::-1] if match else ""


def full_stop_ends_sentence(word: str, next_char: str) -> bool:
    """Whether "word." followed by next_char (first non-space character) ends a sentence."""
    lowered = word.lower().lstrip("(")
    if lowered in _FINAL:
        return next_char.isupper()
    if lowered in _INSIDE:
        return False
    # both patterns need a full stop inside the word (initials: or one capital alone), which
    # most words before a sentence's full stop lack: the test spares two regex runs
    if ("." in word or len(word) == 1) and _INITIALS.fullmatch(word):
        # "D.M. van Weel", "R. Brekelmans": initials before a name
        return False
    if "." in lowered and _DOTTED_LOWER.fullmatch(lowered):
        return False
    return True
