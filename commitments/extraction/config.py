"""Everything the engine needs comes in through one frozen object (STYLE habit 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .deadlines.recesses import RecessCalendar


@dataclass(frozen=True)
class ExtractionConfig:
    # The document date when the text gives none (the CLI's --date); relative deadlines count from it.
    reference_date: date | None = None
    calendar: RecessCalendar = field(default_factory=RecessCalendar.bundled)
    # "TK" or "EK" when the caller knows better than the letterhead.
    chamber: str | None = None
    max_chars: int = 10_000_000
