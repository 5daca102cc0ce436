"""Size and time limits for reading, passed in by the caller (Django settings, a command line)."""

import time
from dataclasses import dataclass

from .errors import TIMEOUT, ReadError


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int = 100 * 1024 * 1024
    max_chars: int = 10_000_000
    max_pages: int = 2000
    max_seconds: float = 120.0
    # Zip-based formats (.docx): the parts of a Word-made document deflate 1.6 to 32 times (the
    # template python-docx ships; styles.xml is the 32), so a member or an archive inflating more
    # than max_inflate_ratio times is a zip bomb; max_unpacked_bytes bounds all members together.
    max_inflate_ratio: float = 100.0
    max_unpacked_bytes: int = 256 * 1024 * 1024


class Deadline:
    """Wall-clock budget checked between units of work (pages, chunks, elements).

    Signals (SIGALRM) would only work in the main thread and break Celery's thread pools,
    so readers call check() at points where stopping is safe instead.
    """

    def __init__(self, seconds: float, clock=time.monotonic):
        self._clock = clock
        self._seconds = seconds
        self._ends_at = clock() + seconds

    def check(self) -> None:
        if self._clock() > self._ends_at:
            raise ReadError(
                TIMEOUT,
                f"Het lezen van het document duurde langer dan {self._seconds:g} seconden en is "
                "afgebroken. (Reading took too long.)",
            )
