"""Zip archives (.docx) opened and inflated within bounds, so a zip bomb is refused cheaply.

Two things in a zip can be made to cost far more than its size: the central directory, which
zipfile parses whole into one object per entry, and the members, which may inflate a
thousand times. The directory's size is read from its end record before zipfile sees it.
Members are inflated in chunks and the bytes counted as they come out: the sizes the
directory declares are written by whoever made the file, so they are never trusted.
"""

import io
import struct
import zipfile
import zlib

from .errors import MALFORMED, TOO_LARGE, ReadError
from .limits import Deadline, ReadLimits

CHUNK = 1024 * 1024
# A Word document has tens of parts, a few thousand with many images; a central directory of
# 1 MiB holds at least 10,000 entries. zipfile spends ~600 bytes of memory and ~12 us per entry.
MAX_CENTRAL_DIRECTORY = 1024 * 1024
# Small parts (styles, settings) may compress far better than text; below this many inflated
# bytes a member's ratio does not count, as in Apache POI's ZipSecureFile.
RATIO_GRACE = 1024 * 1024

_END = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


def open_archive(data: bytes, what: str) -> zipfile.ZipFile:
    """The zip in data, opened once its central directory is known to be small.

    what names the file for the clerk ("Het Word-bestand (.docx)").
    """
    directory = _central_directory_size(data)
    if directory is not None and directory > MAX_CENTRAL_DIRECTORY:
        raise ReadError(
            TOO_LARGE,
            f"{what} bevat zo veel onderdelen dat het geen gewoon document kan zijn; het is niet gelezen.",
        )
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, struct.error):
        raise ReadError(MALFORMED, f"{what} is beschadigd en kan niet worden gelezen.") from None


def check_inflation(
    archive: zipfile.ZipFile, archive_size: int, limits: ReadLimits, deadline: Deadline, what: str
) -> int:
    """Inflate every member once, counting bytes; refuse a bomb before it is read. Returns the total.

    Refused: a member that inflates to more than limits.max_inflate_ratio times its
    compressed size, all members together more than that ratio times the archive's size (which
    also catches members that share compressed bytes), or more than limits.max_unpacked_bytes.
    """
    total = 0
    for info in archive.infolist():
        # The declared compressed size bounds what zipfile reads for this member, but the
        # archive cannot hold more than its own length.
        compressed = max(1, min(info.compress_size, archive_size))
        inflated = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(CHUNK):
                    inflated += len(chunk)
                    total += len(chunk)
                    _refuse_excess(inflated, compressed, total, archive_size, limits, what)
                    deadline.check()
        except ReadError:
            raise
        except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError, ValueError):
            # RuntimeError: an encrypted member; NotImplementedError: an unknown compression.
            raise ReadError(MALFORMED, f"{what} is beschadigd en kan niet worden gelezen.") from None
    return total


def _refuse_excess(
    inflated: int, compressed: int, total: int, archive_size: int, limits: ReadLimits, what: str
) -> None:
    ratio = limits.max_inflate_ratio
    if (inflated > RATIO_GRACE and inflated > ratio * compressed) or (
        total > RATIO_GRACE and total > ratio * archive_size
    ):
        raise ReadError(
            TOO_LARGE,
            f"{what} pakt uit tot meer dan {ratio:g} keer zijn eigen grootte; zo'n bestand (een zip-bom) "
            "lezen we niet in.",
        )
    if total > limits.max_unpacked_bytes:
        raise ReadError(
            TOO_LARGE,
            f"{what} pakt uit tot meer dan {_megabytes(limits.max_unpacked_bytes)}, het maximum; het is niet gelezen.",
        )


def _central_directory_size(data: bytes) -> int | None:
    """The size the end record gives the central directory (zip64's when present), as zipfile reads it."""
    # The end record is the last 22 bytes, or sits before a comment of at most 64 KiB.
    start = data.rfind(_END, max(0, len(data) - _END_SIZE - 0xFFFF))
    if start < 0 or len(data) < start + _END_SIZE:
        return None  # zipfile will call it what it is: not a zip
    size = struct.unpack_from("<L", data, start + 12)[0]
    # zipfile takes the zip64 end record from just before its locator, not from the offset
    # the locator names; read it from the same place.
    record = start - 20 - 56
    if record >= 0 and data[start - 20 : start - 16] == _ZIP64_LOCATOR and data[record : record + 4] == _ZIP64_END:
        size = struct.unpack_from("<Q", data, record + 40)[0]
    return size


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
