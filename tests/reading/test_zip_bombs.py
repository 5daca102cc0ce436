"""Zip-based documents are refused by how far they inflate, counted as they inflate, in bounded memory."""

import io
import json
import random
import subprocess
import sys
import zipfile

from commitments.reading import ReadLimits, read_document
from commitments.reading.errors import TOO_LARGE
from tests.locations import ROOT

from .docx_bomb import write_docx_bomb
from .samples import read_error
from .test_docx import make_docx

# Reads the file named on the command line in a fresh interpreter and reports the outcome with
# the process's own peak resident memory (ru_maxrss is in KiB on Linux).
_CHILD = """
import json, resource, sys
from commitments.reading import ReadError, read_document
data = open(sys.argv[1], "rb").read()
try:
    read_document(data, filename="brief.docx")
    outcome = {"code": None}
except ReadError as error:
    outcome = {"code": error.code, "message": error.message}
# VmHWM is this process's own peak; ru_maxrss keeps the parent's across fork and exec, so a
# pytest process grown past 500 MB by earlier tests made every child look as large.
try:
    with open("/proc/self/status") as status:
        outcome["peak_kib"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    outcome["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(outcome))
"""


def docx_with_extra_parts(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(make_docx())) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item))
        for name, content in parts.items():
            target.writestr(name, content)
    return buffer.getvalue()


def test_a_docx_of_1_3_mb_inflating_to_390_mb_is_refused_in_under_500_mb_of_memory(tmp_path):
    bomb = write_docx_bomb(tmp_path / "bom.docx")
    assert 1_200_000 < bomb.stat().st_size < 1_400_000
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(bomb)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    outcome = json.loads(child.stdout)
    assert outcome["code"] == TOO_LARGE
    assert "zip-bom" in outcome["message"]
    assert outcome["peak_kib"] < 500 * 1024


def test_one_part_inflating_more_than_the_ratio_is_refused():
    data = docx_with_extra_parts({"word/media/image1.bin": b"\0" * (20 * 1024 * 1024)})
    error = read_error(data, filename="brief.docx")
    assert error.code == TOO_LARGE
    assert "100 keer" in error.message


def test_the_ratio_is_a_limit_the_caller_sets():
    data = docx_with_extra_parts({"word/media/image1.bin": b"\0" * (20 * 1024 * 1024)})
    assert read_document(data, limits=ReadLimits(max_inflate_ratio=2000)).format == "docx"


def test_many_small_parts_that_together_inflate_more_than_the_ratio_are_refused():
    # Each part stays under the grace a small part gets; the archive as a whole does not.
    parts = {f"word/media/image{number}.bin": b"\0" * (900 * 1024) for number in range(40)}
    error = read_error(docx_with_extra_parts(parts), filename="brief.docx")
    assert error.code == TOO_LARGE
    assert "zip-bom" in error.message


def test_parts_that_inflate_beyond_the_total_limit_are_refused():
    incompressible = random.Random(12).randbytes(3 * 1024 * 1024)  # like an image: deflate cannot shrink it
    data = docx_with_extra_parts({"word/media/image1.bin": incompressible})
    error = read_error(data, filename="brief.docx", limits=ReadLimits(max_unpacked_bytes=2 * 1024 * 1024))
    assert error.code == TOO_LARGE
    assert "2 MB" in error.message


def test_a_part_larger_than_its_directory_entry_declares_is_malformed_not_read():
    data = bytearray(docx_with_extra_parts({"word/media/image1.bin": b"\0" * (3 * 1024 * 1024)}))
    # Declare the part 1 KiB in the central directory: zipfile stops there and the checksum fails.
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/media/image1.bin"))
    data[entry + 24 : entry + 28] = (1024).to_bytes(4, "little")
    assert read_error(bytes(data), filename="brief.docx").code == "malformed"


def test_a_zip_with_a_huge_central_directory_is_refused_before_it_is_parsed():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(25_000):
            archive.writestr(f"x/{number}", b"")
    error = read_error(buffer.getvalue(), filename="brief.docx")
    assert error.code == TOO_LARGE
    assert "onderdelen" in error.message
