"""Word (.docx) to text, streamed: paragraphs and tables of the body in document order.

The archive is first inflated once with every byte counted (archive.check_inflation), so a
zip bomb is refused before any XML is parsed. The body is then parsed as a stream of events
and each element is dropped once read: memory holds the text and one element's ancestry,
never the document's tree, however large the part. The text is what python-docx gives for
the same document (Paragraph.text, and a table row's cells with merged cells once), which
the reader used before streaming.
"""

import re

from lxml import etree

from .archive import check_inflation, open_archive
from .errors import MALFORMED, TOO_LARGE, ReadError
from .limits import Deadline, ReadLimits
from .wrapped_lines import GAP, HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, join_blocks

WHAT = "Het Word-bestand (.docx)"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _R, _HYPERLINK = _W + "body", _W + "p", _W + "r", _W + "hyperlink"
_TBL, _TR, _TC, _TCPR, _TRPR = _W + "tbl", _W + "tr", _W + "tc", _W + "tcPr", _W + "trPr"
_VAL = _W + "val"
_PPR, _PSTYLE, _NUMPR = _W + "pPr", _W + "pStyle", _W + "numPr"
# Style ids of headings and list paragraphs in Word's English and Dutch templates.
_HEADING_STYLE = re.compile(r"(heading|kop|title|titel|subtitle|ondertitel)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"(list|lijst)", re.IGNORECASE)
# Run content and its text, as python-docx's CT_R.text reads it (a w:br only when it breaks a line).
_RUN_CONTENT = {_W + "t": None, _W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_BR = _W + "br"

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_CORE_PROPERTIES = "/core-properties"
_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def read_docx(data: bytes, limits: ReadLimits, deadline: Deadline) -> tuple[str, str | None, tuple[str, ...]]:
    """Text (paragraphs separated by blank lines, table rows as tab-separated lines) and title."""
    with open_archive(data, WHAT) as archive:
        check_inflation(archive, len(data), limits, deadline, WHAT)
        names = set(archive.namelist())
        targets = _package_targets(archive, names)
        body = targets.get(_OFFICE_DOCUMENT, "word/document.xml")
        if body not in names:
            raise ReadError(MALFORMED, f"{WHAT} heeft geen hoofdtekst en kan niet worden gelezen.")
        with archive.open(body) as stream:
            blocks = _BodyReader(limits.max_chars, deadline).read(stream)
        core = targets.get(_CORE_PROPERTIES, "docProps/core.xml")
        title = _title(archive, core) if core in names else None
    return join_blocks(blocks), title, ()


class _BodyReader:
    """Blocks of text from the events of a main document part.

    Which paragraphs count follows python-docx: those directly in the body and those directly
    in a cell of a table directly in the body; a paragraph's text is that of its runs and of the
    runs of its hyperlinks. Text in text boxes, nested tables, content controls and tracked
    insertions is left out, as it was.
    """

    def __init__(self, max_chars: int, deadline: Deadline):
        self._max_chars = max_chars
        self._deadline = deadline
        self._chars = 0
        self.blocks: list[Block] = []
        self._path: list[str] = []
        self._paragraph: list[str] | None = None
        self._paragraph_depth = -1
        self._paragraph_kind = PARAGRAPH
        self._cell_paragraphs: list[str] = []
        self._row: list[str] = []
        self._row_grid: dict[int, str] = {}
        self._above_grid: dict[int, str] = {}
        self._grid_offset = 0
        self._span = 1
        self._continues = False

    def read(self, stream) -> list[Block]:
        events = etree.iterparse(
            stream, events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        try:
            for event, element in events:
                if event == "start":
                    self._path.append(element.tag)
                    self._start(element.tag)
                else:
                    self._end(element)
                    self._path.pop()
                    _forget(element)
        except etree.XMLSyntaxError:
            raise ReadError(MALFORMED, f"{WHAT} is beschadigd en kan niet worden gelezen.") from None
        return self.blocks

    def _start(self, tag: str) -> None:
        path, depth = self._path, len(self._path) - 1
        if tag == _P and self._paragraph is None and (self._is_body_block(depth) or self._is_cell_paragraph(depth)):
            self._paragraph, self._paragraph_depth, self._paragraph_kind = [], depth, PARAGRAPH
        elif depth == 2 and tag == _TBL and path[1] == _BODY:
            self._above_grid = {}
        elif depth == 3 and tag == _TR and self._in_body_table():
            self._row, self._row_grid, self._grid_offset = [], {}, 0
        elif depth == 4 and tag == _TC and self._in_body_table():
            self._cell_paragraphs, self._span, self._continues = [], 1, False

    def _end(self, element) -> None:
        tag, depth = element.tag, len(self._path) - 1
        if self._paragraph is not None:
            if tag == _P and depth == self._paragraph_depth:
                self._end_paragraph()
            elif tag in _RUN_CONTENT or tag == _BR:
                if self._is_paragraph_run_content(depth):
                    self._add(_run_content_text(element))
            elif depth == self._paragraph_depth + 2 and self._path[-2] == _PPR:
                self._note_paragraph_property(element)
            return
        if not self._in_body_table():
            return
        if depth == 6 and self._path[5] == _TCPR and self._path[4] == _TC:
            if tag == _W + "gridSpan":
                self._span = max(1, _int(element.get(_VAL), 1))
            elif tag == _W + "vMerge":
                self._continues = element.get(_VAL, "continue") == "continue"
        elif depth == 5 and tag == _W + "gridBefore" and self._path[4] == _TRPR:
            self._grid_offset = max(0, _int(element.get(_VAL), 0))
        elif depth == 4 and tag == _TC:
            self._end_cell()
        elif depth == 3 and tag == _TR:
            self._end_row()

    def _end_paragraph(self) -> None:
        text = "".join(self._paragraph)
        if self._paragraph_depth == 2:
            text = text.strip()
            self.blocks.append(Block(text, self._paragraph_kind if text else GAP))
            self._deadline.check()
        else:
            self._cell_paragraphs.append(text)
        self._paragraph, self._paragraph_depth = None, -1

    def _end_cell(self) -> None:
        # A cell continuing a vertical merge shows the text of the cell it continues, at the
        # same place in the layout grid of the row above.
        if self._continues:
            text = self._above_grid.get(self._grid_offset, "")
        else:
            text = "\n".join(self._cell_paragraphs)
        for column in range(self._grid_offset, self._grid_offset + self._span):
            self._row_grid[column] = text
        self._row.append(text)
        self._grid_offset += self._span

    def _end_row(self) -> None:
        cells: list[str] = []
        for text in self._row:
            # Merged cells appear once per grid column they span; keep one copy.
            text = " ".join(text.split())
            if not cells or cells[-1] != text:
                cells.append(text)
        line = "\t".join(cells).strip()
        if line:
            self.blocks.append(Block(line, TABLE_ROW))
        self._above_grid = self._row_grid
        self._deadline.check()

    def _note_paragraph_property(self, element) -> None:
        if element.tag == _NUMPR:
            self._paragraph_kind = LIST_ITEM
        elif element.tag == _PSTYLE:
            style = element.get(_VAL, "")
            if _HEADING_STYLE.match(style):
                self._paragraph_kind = HEADING
            elif _LIST_STYLE.match(style):
                self._paragraph_kind = LIST_ITEM

    def _add(self, text: str) -> None:
        self._chars += len(text)
        if self._chars > self._max_chars:
            raise ReadError(
                TOO_LARGE,
                f"De tekst is meer dan {self._max_chars:,} tekens lang; dat is het maximum.".replace(",", "."),
            )
        self._paragraph.append(text)

    def _is_body_block(self, depth: int) -> bool:
        return depth == 2 and self._path[1] == _BODY

    def _is_cell_paragraph(self, depth: int) -> bool:
        return depth == 5 and self._path[4] == _TC and self._path[3] == _TR and self._in_body_table()

    def _in_body_table(self) -> bool:
        path = self._path
        return len(path) > 2 and path[2] == _TBL and path[1] == _BODY

    def _is_paragraph_run_content(self, depth: int) -> bool:
        path, start = self._path, self._paragraph_depth
        if depth == start + 2:
            return path[start + 1] == _R
        return depth == start + 3 and path[start + 1] == _HYPERLINK and path[start + 2] == _R


def _run_content_text(element) -> str:
    if element.tag == _BR:
        return "\n" if element.get(_W + "type", "textWrapping") == "textWrapping" else ""
    text = _RUN_CONTENT[element.tag]
    return element.text or "" if text is None else text


def _forget(element) -> None:
    """Drop an element that has been read, and its earlier siblings, so the tree never grows."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _package_targets(archive, names: set[str]) -> dict[str, str]:
    """Part names by the end of their relationship type ("/officeDocument"), from _rels/.rels."""
    if "_rels/.rels" not in names:
        return {}
    targets = {}
    with archive.open("_rels/.rels") as stream:
        for _event, element in _iterparse(stream, _RELATIONSHIP):
            kind = element.get("Type", "")
            target = element.get("Target", "").lstrip("/")
            if target and element.get("TargetMode") != "External":
                targets.setdefault("/" + kind.rsplit("/", 1)[-1], target)
            _forget(element)
    return targets


def _title(archive, name: str) -> str | None:
    with archive.open(name) as stream:
        for _event, element in _iterparse(stream, _TITLE):
            return (element.text or "").strip() or None
    return None


def _iterparse(stream, tag: str):
    try:
        yield from etree.iterparse(
            stream, events=("end",), tag=tag, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
    except etree.XMLSyntaxError:
        raise ReadError(MALFORMED, f"{WHAT} is beschadigd en kan niet worden gelezen.") from None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
