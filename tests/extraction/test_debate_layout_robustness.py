"""The same debate, set out as another source sets it out, gives the same promises.

Transcripts reach the engine in more than one layout. The corpus's debates mostly put each speaker's label on a line
of its own ("Minister Karremans:", then the words); the official publication puts the label before the first words
("Minister Karremans: Voorzitter. ..."), a markdown export sets it in bold ("**Minister Karremans:** ..."), and a PDF's
text extraction may run the whole debate into one line, labels, the chair's list of toezeggingen and all, or keep the
lines of its page, every paragraph wrapped at the margin (the chair's sentences broken where "staatssecretaris:" or
"Thiadens." opens a line). Every debate
of the seen and dev halves whose labels stand on lines of their own is set out in each of these layouts; the promises
found must be the same ones (compared by the start of their quote, without white space). These are layouts of real
transcripts: they test that segmenting reads a label and the chair's list wherever a line break falls, not that the
rules generalise to debates nobody labelled.
"""

import re

import pytest

from tests.extraction.rewritten_documents import changed_promises, readable, text_of
from tests.extraction.test_layout_robustness import rewrapped

# a speaker's label on a line of its own, with the blank lines after it
OWN_LINE_LABEL = re.compile(
    r"^((?:Minister|Staatssecretaris|De voorzitter|Voorzitter|Mevrouw|De heer|Minister-president)[^\n:]{0,80}?) ?:"
    r"[ \t]*\n+(?=\S)",
    re.MULTILINE,
)
MARKDOWN_HEADING = re.compile(r"^#+ ", re.MULTILINE)


def _debates() -> list[str]:
    return [name for name in readable("handelingen") if OWN_LINE_LABEL.search(text_of(name))]


def label_before_the_words(text: str) -> str:
    return OWN_LINE_LABEL.sub(lambda m: f"{m.group(1)}: ", text)


def label_in_bold(text: str) -> str:
    return OWN_LINE_LABEL.sub(lambda m: f"**{m.group(1)}:** ", text)


def run_on(text: str) -> str:
    """Every line joined with a space, as a PDF's text extraction without its line breaks gives it (a markdown
    heading's marks are no text a PDF would hold)."""
    return " ".join(line.strip() for line in MARKDOWN_HEADING.sub("", text).split("\n") if line.strip())


def windows_line_ends(text: str) -> str:
    return text.replace("\n", "\r\n")


def wrapped_narrow(text: str) -> str:
    return rewrapped(text, 40)


def wrapped_wide(text: str) -> str:
    return rewrapped(text, 75)


def label_before_the_words_in_a_narrow_column(text: str) -> str:
    # a long label breaks over two lines: "Mevrouw Slagt-Tichelman" / "(GroenLinks-PvdA): Dank u wel, ..."
    return rewrapped(label_before_the_words(text), 40)


@pytest.mark.parametrize(
    "layout",
    [
        label_before_the_words,
        label_in_bold,
        run_on,
        windows_line_ends,
        wrapped_narrow,
        wrapped_wide,
        label_before_the_words_in_a_narrow_column,
    ],
)
def test_a_debate_set_out_in_another_layout_gives_the_same_promises(layout):
    assert changed_promises(_debates(), layout) == {}


def test_the_debates_read_are_many():
    # the layouts above are tried on enough transcripts to mean something
    assert len(_debates()) >= 50
