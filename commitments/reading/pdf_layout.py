"""Block breaks in a pdfium page text, where pdftotext would leave a blank line.

pdfium gives the lines of a page; pdftotext also separates the page's blocks (running
header, body, footnotes, footer, a page number set apart on the footer's baseline) by blank
lines, and the extraction engine reads those to tell page furniture from the running text.
This module puts the blank lines back from the character boxes: after a vertical gap well
over the page's line pitch, where the type size jumps (a footnote in smaller type), and in a
line where a wide horizontal gap separates two pieces (footer text ... page number).
"""

import statistics

# A gap between baselines of more than this many line pitches starts a new block; paragraph
# spacing inside the body of a letter is two pitches.
BLOCK_GAP_PITCHES = 2.4
# Type that grows or shrinks by more than this factor starts a new block.
SIZE_JUMP = 1.35
# A space wider than this many type heights separates two blocks on one baseline.
COLUMN_GAP_HEIGHTS = 4.0


def with_block_breaks(text: str, textpage) -> str:
    """The page text (lines separated by "\\r\\n", as pdfium gives it) with blank lines between blocks."""
    if textpage.count_chars() != len(text):
        # Characters outside the BMP shift pdfium's indexes against the string; leave as is.
        return text
    lines, start = [], 0
    for line in text.split("\r\n"):
        lines.append((start, line))
        start += len(line) + 2
    boxes = [_line_boxes(textpage, start, line) for start, line in lines]
    pitch = _pitch(boxes)
    out = []
    previous = None
    for (start, line), box in zip(lines, boxes):
        if box is not None:
            if previous is not None and pitch and _starts_block(previous, box, pitch):
                out.append("")
            previous = box
            if _may_have_wide_gap(line, box):
                line = _split_wide_gaps(textpage, start, line)
        out.append(line)
    return "\r\n".join(out)


def _line_boxes(textpage, start: int, line: str):
    """(first baseline, last baseline, type height, width) of a line, or None for a line without letters.

    Measured on letters: a raised footnote number ("is?1") would otherwise look like a jump
    in baseline and type size.
    """
    first = _letter_index(line, range(len(line)))
    if first is None:
        return None
    last = _letter_index(line, range(len(line) - 1, -1, -1))
    first_left, first_bottom, _, first_top = textpage.get_charbox(start + first, loose=True)
    _, last_bottom, _, last_top = textpage.get_charbox(start + last, loose=True)
    _, _, end_right, _ = textpage.get_charbox(start + len(line.rstrip()) - 1, loose=True)
    height = max(first_top - first_bottom, last_top - last_bottom)
    return first_bottom, last_bottom, height, end_right - first_left


def _letter_index(line: str, indexes) -> int | None:
    for index in indexes:
        if line[index].isalpha():
            return index
    return None


def _may_have_wide_gap(line: str, box) -> bool:
    # Looking at every space costs two pdfium calls; a line is only wider than its letters
    # can make it (at most ~0.6 type heights each) when it holds a wide gap, so check first.
    _, _, height, width = box
    return width > (0.6 * len(line) + COLUMN_GAP_HEIGHTS) * height


def _pitch(boxes) -> float | None:
    gaps = [
        round(previous[1] - current[0], 1)
        for previous, current in zip(boxes, boxes[1:])
        if previous is not None and current is not None and previous[1] - current[0] > 0
    ]
    return statistics.median(gaps) if gaps else None


def _starts_block(previous, current, pitch: float) -> bool:
    gap = previous[1] - current[0]
    size_ratio = max(previous[2], current[2]) / max(min(previous[2], current[2]), 0.1)
    return gap > BLOCK_GAP_PITCHES * pitch or gap < -pitch or size_ratio > SIZE_JUMP


def _split_wide_gaps(textpage, start: int, line: str) -> str:
    pieces, done = [], 0
    for index, char in enumerate(line):
        if char != " " or index == 0 or index + 1 >= len(line) or line[index + 1] == " ":
            continue
        left, _, right, top = textpage.get_charbox(start + index - 1, loose=True)
        next_left, bottom, _, next_top = textpage.get_charbox(start + index + 1, loose=True)
        height = max(top - bottom, next_top - bottom, 0.1)
        if next_left - right > COLUMN_GAP_HEIGHTS * height:
            pieces.append(line[done:index])
            done = index + 1
    pieces.append(line[done:])
    return "\r\n\r\n".join(pieces)
