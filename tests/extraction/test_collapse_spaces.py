"""collapse_spaces: every run of white space becomes one space, and text without one comes back as it is.

Its fast path returns a printable text without a double space untouched; that is right only while
every white space character other than the plain space is unprintable, checked here over all of Unicode.
"""

import sys

import pytest

from commitments.extraction.promises.literal_gates import collapse_spaces


def test_every_white_space_character_but_the_plain_space_is_unprintable():
    printable = [hex(c) for c in range(sys.maxunicode + 1) if c != 0x20 and chr(c).isspace() and chr(c).isprintable()]
    assert printable == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik stuur uw Kamer voor de zomer een brief.", "Ik stuur uw Kamer voor de zomer een brief."),
        (" Ik kom daarop terug ", " Ik kom daarop terug "),
        ("Ik  kom daarop terug.", "Ik kom daarop terug."),
        ("het lid\u00a0Dobbe", "het lid Dobbe"),
        ("toe te\nzeggen", "toe te zeggen"),
        ("einde pagina\u2029volgende", "einde pagina volgende"),
        ("kolom\t \tkolom", "kolom kolom"),
    ],
    ids=["plain", "single-edges", "double-space", "no-break-space", "line-break", "page-break", "tabs"],
)
def test_runs_of_white_space_become_one_space(text, expected):
    assert collapse_spaces(text) == expected
