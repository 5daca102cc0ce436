"""The same letter printed at another width gives the same promises.

Real letters reach the engine wrapped at whatever margin their PDF or web page had. The corpus's letters and answers
(seen and dev halves) are re-wrapped here at a narrow and a wide margin: every paragraph of running text joined and
wrapped again, headings, address lines and page furniture left as they are. The mentions found must be the same ones
(compared by the start of their quote, without white space, so a quote that now ends a line earlier still counts).
Answers to written questions are also set out with each "Vraag 2" or "Antwoord 2" heading before its words, as some
publications print them.
"""

import json
import re
import textwrap
from pathlib import Path

import pytest

from bench.score_corpus import names_in_half
from commitments.extraction import extract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# a paragraph of running text: every line but its last is long (a heading, an address or a signature is not)
RUNNING_LINE = 45
FURNITURE = re.compile(r"Pagina|vergaderjaar|Kamerstuk|^\s*\d+\s*$")


def _letters() -> list[str]:
    names = names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev")
    kinds = {name: json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8")).get("type") for name in names}
    return [name for name in names if kinds[name] in ("kamerbrief", "antwoorden")]


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


def _openings(text: str) -> set[str]:
    return {" ".join(c.quote.split())[:60] for c in extract(text).commitments}


@pytest.mark.parametrize("width", [60, 95])
def test_a_letter_wrapped_at_another_margin_gives_the_same_promises(width):
    changed = {}
    for name in _letters():
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        before, after = _openings(text), _openings(rewrapped(text, width))
        if before != after:
            changed[name] = (sorted(before - after), sorted(after - before))
    assert changed == {}


# "Vraag 2" or "Antwoord 2" (with or without a colon) on a line of its own, with the blank lines after it
QUESTION_HEADING_LINE = re.compile(r"^((?:Vraag|Antwoord)(?: \d{1,3})?):?[ \t]*\n+(?=\S)", re.MULTILINE)


def _answers() -> list[str]:
    names = names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev")
    return [
        name
        for name in names
        if json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8")).get("type") == "antwoorden"
        and QUESTION_HEADING_LINE.search((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    ]


def test_answers_whose_headings_stand_before_their_words_give_the_same_promises():
    # "Antwoord 2: Ja, ...", as some publications set the answers to written questions out
    changed = {}
    for name in _answers():
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        before = _openings(text)
        after = _openings(QUESTION_HEADING_LINE.sub(lambda m: f"{m.group(1)}: ", text))
        if before != after:
            changed[name] = (sorted(before - after), sorted(after - before))
    assert changed == {} and len(_answers()) >= 20
