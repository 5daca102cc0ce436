"""Word (.docx) to text with python-docx: paragraphs and tables in document order."""

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml import etree

from .errors import MALFORMED, TOO_LARGE, ReadError
from .limits import Deadline, ReadLimits

# A .docx whose XML unpacks to more than this many times the byte limit is a zip bomb, not a letter.
MAX_UNPACKED_FACTOR = 4


def read_docx(data: bytes, limits: ReadLimits, deadline: Deadline) -> tuple[str, str | None, tuple[str, ...]]:
    """Text (paragraphs separated by blank lines, table rows as tab-separated lines) and title."""
    _refuse_zip_bomb(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise ReadError(MALFORMED, "Het Word-bestand (.docx) is beschadigd en kan niet worden gelezen.") from None
    blocks = []
    for item in document.iter_inner_content():
        deadline.check()
        if isinstance(item, Table):
            blocks.extend(_table_rows(item))
        else:
            blocks.append(item.text.strip())
    text = "\n\n".join(block for block in blocks if block)
    title = (document.core_properties.title or "").strip() or None
    return text, title, ()


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            # Merged cells appear once per grid column they span; keep one copy.
            text = " ".join(cell.text.split())
            if not cells or cells[-1] != text:
                cells.append(text)
        line = "\t".join(cells).strip()
        if line:
            rows.append(line)
    return rows


def _refuse_zip_bomb(data: bytes, limits: ReadLimits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist() if info.filename.endswith(".xml"))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError(MALFORMED, "Het Word-bestand (.docx) is beschadigd en kan niet worden gelezen.") from None
    if unpacked > MAX_UNPACKED_FACTOR * limits.max_bytes:
        raise ReadError(TOO_LARGE, "Het Word-bestand (.docx) pakt uit tot een te grote hoeveelheid tekst.")
