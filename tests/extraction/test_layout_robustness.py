"""The same letter printed at another width gives the same promises.

Real letters reach the engine wrapped at whatever margin their PDF or web page had. The corpus's letters, answers and
other written papers (registry and rappel pages, Eerste Kamer letters; seen and dev halves) are re-wrapped here at a
narrow and a wide margin: every paragraph of running text joined and wrapped again, headings, address lines and page
furniture left as they are. The mentions found must be the same ones (compared by the start of their quote, without
white space, so a quote that now ends a line earlier still counts).
Answers to written questions are also set out with each "Vraag 2" or "Antwoord 2" heading before its words, as some
publications print them. And every document is set out as a PDF's text in its layout mode gives it: each line indented,
or each line ending in spaces (also after the hyphen of a word broken there, "toeko-  " / "men").
"""

import re
import textwrap

import pytest

from tests.extraction.rewritten_documents import changed_promises, readable, text_of

# a paragraph of running text: every line but its last is long (a heading, an address or a signature is not)
RUNNING_LINE = 45
FURNITURE = re.compile(r"Pagina|vergaderjaar|Kamerstuk|^\s*\d+\s*$")


def _letters() -> list[str]:
    # "other" holds the registry pages, whose "De minister van ... zegt de Kamer" a narrow margin breaks before "zegt"
    return readable("kamerbrief", "antwoorden", "other")


def rewrapped(text: str, width: int) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    out = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        running = all(len(line.strip()) >= RUNNING_LINE for line in lines[:-1]) and (
            len(lines) > 1 or len(paragraph) > 120
        )
        if running and not FURNITURE.search(paragraph):
            joined = _joined(line.strip() for line in lines)
            paragraph = textwrap.fill(joined, width=width, break_long_words=False, break_on_hyphens=False)
        out.append(paragraph)
    return "\n\n".join(out)


def _joined(lines) -> str:
    """The lines of a paragraph as one, a word hyphenated at a line end made whole again, as at another margin it would
    not be broken there ("toeko-" / "men"; "Noord-" / "Brabant" keeps its hyphen)."""
    out = ""
    for line in lines:
        if out.endswith("-") and line[:1].islower():
            out = out[:-1] + line
        elif out.endswith("-"):
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


@pytest.mark.parametrize("width", [60, 95])
def test_a_letter_wrapped_at_another_margin_gives_the_same_promises(width):
    assert changed_promises(_letters(), lambda text: rewrapped(text, width)) == {}


# "Vraag 2" or "Antwoord 2" (with or without a colon) on a line of its own, with the blank lines after it
QUESTION_HEADING_LINE = re.compile(r"^((?:Vraag|Antwoord)(?: \d{1,3})?):?[ \t]*\n+(?=\S)", re.MULTILINE)


def _answers() -> list[str]:
    return [name for name in readable("antwoorden") if QUESTION_HEADING_LINE.search(text_of(name))]


def test_answers_whose_headings_stand_before_their_words_give_the_same_promises():
    # "Antwoord 2: Ja, ...", as some publications set the answers to written questions out
    answers = _answers()
    heading_first = changed_promises(answers, lambda text: QUESTION_HEADING_LINE.sub(lambda m: f"{m.group(1)}: ", text))
    assert heading_first == {} and len(answers) >= 20


def indented(text: str) -> str:
    return "\n".join(f"        {line}" if line.strip() else line for line in text.split("\n"))


def trailing_spaces(text: str) -> str:
    return "\n".join(f"{line}  " if line.strip() else line for line in text.split("\n"))


@pytest.mark.parametrize("rewrite", [indented, trailing_spaces])
def test_a_document_whose_lines_are_indented_or_end_in_spaces_gives_the_same_promises(rewrite):
    assert changed_promises(readable(), rewrite) == {}
