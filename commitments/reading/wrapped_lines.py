"""Paragraph breaks that are only line wraps, as in a .docx converted from a PDF.

Converters write each printed line of a PDF as a paragraph of its own. Read as paragraphs,
every line end would become a blank line and split the sentences that run over it, where the
same text as .txt (pdftotext) keeps one line break inside a paragraph. So a break between
two plain paragraphs that lies inside a sentence becomes one line break, as in the .txt:

- the next paragraph starts with a lower-case letter: a Dutch sentence never does (its first
  word is capitalised, "'s-Gravenhage" included), so the text runs on, whatever ends the line
  before ("o.a.", a comma, a hyphenated word);
- in a document whose paragraphs look like printed lines (many short paragraphs, many of them
  running on in lower case), a line that ends in no sentence mark and runs to the margin (about
  as long as the document's long lines) was wrapped by the typesetter: the next line continues
  it even when it starts with a capital ("de Tweede\\nKamer", "voor\\n1 juli"). A short line
  without a stop is a heading, an address or a salutation, and keeps its blank line.

Headings, list items (by style or numbering), table rows and empty paragraphs (a converter's
vertical gap) are never joined, so a Word document with real paragraphs reads as before.
"""

import re
from dataclasses import dataclass

GAP, PARAGRAPH, HEADING, LIST_ITEM, TABLE_ROW = "gap", "paragraph", "heading", "list_item", "table_row"

# A line wrapped at the margin is at least this share of the document's long lines.
FULL_LINE_SHARE = 0.75
# Which length counts as "long": this quantile of the plain paragraphs' lengths.
LONG_LINE_QUANTILE = 0.8
# A document is written a line per paragraph when its plain paragraphs are mostly this short...
LINE_LENGTH = 130
# ... and at least this share of the breaks between them run on in lower case (prose wrapped
# at ~80 characters continues in lower case at about half its line ends).
LOWER_CASE_SHARE = 0.2
MIN_LINES = 10

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Block:
    text: str
    kind: str


def join_blocks(blocks: list[Block]) -> str:
    """The blocks' text: blank lines between blocks, one line break where a sentence runs on."""
    wraps_at = _wrapping_width(blocks)
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if block.kind == GAP:
            previous = None
            continue
        if parts:
            parts.append("\n" if previous is not None and _runs_on(previous, block, wraps_at) else "\n\n")
        parts.append(block.text)
        previous = block
    return "".join(parts)


def _runs_on(previous: Block, block: Block, wraps_at: float | None) -> bool:
    if previous.kind != PARAGRAPH or block.kind != PARAGRAPH:
        return False
    if _starts_lower(block.text):
        return True
    return wraps_at is not None and len(previous.text) >= wraps_at and not _SENTENCE_END.search(previous.text)


def _wrapping_width(blocks: list[Block]) -> float | None:
    """The length of a line that ran to the margin, or None when paragraphs are no printed lines."""
    lengths, lower_case_breaks, breaks = [], 0, 0
    previous: Block | None = None
    for block in blocks:
        if block.kind == PARAGRAPH:
            lengths.append(len(block.text))
            if previous is not None:
                breaks += 1
                lower_case_breaks += _starts_lower(block.text)
        previous = block if block.kind == PARAGRAPH else None
    if len(lengths) < MIN_LINES or not breaks or lower_case_breaks < LOWER_CASE_SHARE * breaks:
        return None
    lengths.sort()
    if lengths[len(lengths) // 2] > LINE_LENGTH:
        return None
    return FULL_LINE_SHARE * lengths[int(LONG_LINE_QUANTILE * (len(lengths) - 1))]


def _starts_lower(text: str) -> bool:
    return text[:1].islower()
