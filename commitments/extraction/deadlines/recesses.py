"""The recess calendar of both chambers: published facts first, estimates where none exist.

A recess row gives the first and last calendar day without plenary sittings. "Voor het
zomerreces" is due on the recess's first day, "na het kerstreces" on ``last_day + 1``; "na het
zomerreces" is read as "na de zomer", 30 September (``moment_normalisation``).

Estimates. Where no row exists for the year asked, the date is derived from the chamber's
own rows of that recess (never from a guess written into code):

* the weekday is the one most rows start on (TK: Friday; EK: Wednesday, as it meets on
  Tuesdays). Single-day rows (the EK's "vergadervrije dinsdagen" of 2009-2010) are used only
  when a recess has no longer rows, because they follow an older convention;
* the day comes from the offsets, from an anchor, of the rows that start on that weekday:
  where they all fall within one week, the first such weekday on or after the earliest of
  them; otherwise the one nearest to their mean. Rows whose length is more than three days off
  the usual length (the 2010 election year) are left out. The anchor is
  the calendar day for recesses fixed to the school holidays, Easter Sunday for the paasreces and
  pinksterreces, which move with Easter. For the TK zomerreces this gives "the Friday
  between 3 and 9 July" (2021: 9 July, which with the usual 59 days ends on the confirmed
  6 September), for the EK's "the Wednesday between 8 and 14 July";
* the last day is the first day plus the median length of the rows that have both days
  (TK zomerreces: 59 days, Friday to the Monday nine weeks later);
* a recess the chamber has no row for borrows the other chamber's rows;
* an irregular recess ("other" in the table: the verkiezingsreces before an early election) is
  never estimated: a year without its row raises LookupError, as a recess with no rows does.

The boolean returned next to every date is True when it was estimated.
"""

from __future__ import annotations

import csv
import functools
import io
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .calendar import easter_sunday, safe_date, shift_days

CHAMBERS = ("TK", "EK")
# data/ holds what the whole engine ships (a migration seeds the recess table from the same file)
BUNDLED_CSV = Path(__file__).resolve().parent.parent / "data" / "recesses.csv"

# How the documents name a recess -> the name in the calendar.
_NAME_ALIASES = {
    "krokusreces": "voorjaarsreces",
    "verkiezingsreces": "other",
    "verkiezings": "other",
    "zomer": "zomerreces",
    "kerst": "kerstreces",
    "voorjaar": "voorjaarsreces",
    "voorjaars": "voorjaarsreces",
    "krokus": "voorjaarsreces",
    "mei": "meireces",
    "herfst": "herfstreces",
    "paas": "paasreces",
    "pinkster": "pinksterreces",
}
_EASTER_ANCHORED = {"paasreces": 0, "pinksterreces": 49}
_IRREGULAR = {"other"}  # election recesses: when they fall depends on the election, not the year


@dataclass(frozen=True)
class Recess:
    chamber: str
    name: str
    first_day: date
    last_day: date | None
    source: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    weekday: int
    earliest_offset: int
    mean_offset: float
    spread_days: int
    length_days: int | None


def normalise_recess_name(name: str) -> str:
    key = name.strip().lower().replace("-", "").replace(" ", "")
    return _NAME_ALIASES.get(key, key)


def _offset(name: str, day: date) -> int | None:
    """Days from the recess's anchor; calendar-anchored offsets are counted in a common year
    so that leap years do not move "2 July" by a day."""
    if name in _EASTER_ANCHORED:
        easter = easter_sunday(day.year)
        return None if easter is None else (day - easter).days - _EASTER_ANCHORED[name]
    return (date(2001, day.month, day.day if (day.month, day.day) != (2, 29) else 28) - date(2001, 1, 1)).days


def _from_offset(name: str, year: int, offset: float) -> date | None:
    if name in _EASTER_ANCHORED:
        easter = easter_sunday(year)
        return None if easter is None else shift_days(easter, round(offset) + _EASTER_ANCHORED[name])
    common = date(2001, 1, 1) + timedelta(days=round(offset) % 365)
    return safe_date(year, common.month, common.day)


class RecessCalendar:
    """An immutable set of recesses, looked up by (chamber, name, year of the first day)."""

    __slots__ = ("_recesses", "_rows", "_patterns")
    _recesses: tuple[Recess, ...]
    _rows: dict[tuple[str, str, int], Recess]
    _patterns: dict[tuple[str, str], _Pattern]

    def __init__(self, recesses: Iterable[Recess]) -> None:
        rows: dict[tuple[str, str, int], Recess] = {}
        for recess in sorted(recesses, key=lambda r: (r.chamber, r.name, r.first_day)):
            if recess.chamber not in CHAMBERS:
                raise ValueError(f"unknown chamber {recess.chamber!r} (expected TK or EK)")
            if recess.last_day is not None and recess.last_day < recess.first_day:
                raise ValueError(f"{recess.chamber} {recess.name} {recess.first_day}: ends before it starts")
            rows[(recess.chamber, normalise_recess_name(recess.name), recess.first_day.year)] = recess
        object.__setattr__(self, "_recesses", tuple(rows.values()))
        object.__setattr__(self, "_rows", rows)
        # Filled lazily; derived from the rows only, so the calendar stays immutable in effect.
        object.__setattr__(self, "_patterns", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("RecessCalendar is immutable")

    def __repr__(self) -> str:
        return f"RecessCalendar({len(self._recesses)} recesses)"

    @classmethod
    @functools.cache
    def bundled(cls) -> RecessCalendar:
        """The verified calendar shipped with the engine (data/recesses.csv)."""
        return cls.from_csv(BUNDLED_CSV.read_text(encoding="utf-8"))

    @classmethod
    def from_csv(cls, text: str) -> RecessCalendar:
        recesses = []
        for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            try:
                recesses.append(
                    Recess(
                        chamber=row["chamber"].strip(),
                        name=row["name"].strip(),
                        first_day=date.fromisoformat(row["first_day"].strip()),
                        last_day=date.fromisoformat(row["last_day"].strip()) if row["last_day"].strip() else None,
                        source=row.get("source") or "",
                    )
                )
            except (KeyError, AttributeError, ValueError) as error:
                raise ValueError(f"recess calendar line {line}: {error}") from error
        return cls(recesses)

    @property
    def recesses(self) -> tuple[Recess, ...]:
        return self._recesses

    def get(self, chamber: str, name: str, year: int) -> Recess | None:
        return self._rows.get((chamber, normalise_recess_name(name), year))

    def first_day(self, chamber: str, name: str, year: int) -> tuple[date, bool]:
        recess = self.get(chamber, name, year)
        if recess is not None:
            return recess.first_day, False
        return self._estimate_first_day(chamber, normalise_recess_name(name), year), True

    def last_day(self, chamber: str, name: str, year: int) -> tuple[date, bool]:
        recess = self.get(chamber, name, year)
        if recess is not None and recess.last_day is not None:
            return recess.last_day, False
        name = normalise_recess_name(name)
        first = recess.first_day if recess is not None else self._estimate_first_day(chamber, name, year)
        length = self._pattern(chamber, name).length_days
        last = None if length is None else shift_days(first, length)
        if last is None:
            raise LookupError(f"no length known for the {chamber} {name}")
        return last, True

    def _estimate_first_day(self, chamber: str, name: str, year: int) -> date:
        if name in _IRREGULAR:
            raise LookupError(f"the calendar has no {chamber} {name} of {year} and cannot estimate one")
        pattern = self._pattern(chamber, name)
        if pattern.spread_days <= 6:
            # The rows fall within one week: the usual weekday on or after the earliest of them.
            earliest = _from_offset(name, year, pattern.earliest_offset)
            estimate = None if earliest is None else shift_days(earliest, (pattern.weekday - earliest.weekday()) % 7)
        else:
            # Wider spread: the usual weekday nearest to the mean (ties go to the earlier day).
            target = _from_offset(name, year, pattern.mean_offset)
            if target is None:
                estimate = None
            else:
                delta = (pattern.weekday - target.weekday()) % 7
                estimate = shift_days(target, delta if delta <= 3 else delta - 7)
        if estimate is None:
            raise LookupError(f"cannot estimate the {chamber} {name} of {year}")
        return estimate

    def _pattern(self, chamber: str, name: str) -> _Pattern:
        key = (chamber, name)
        if key not in self._patterns:
            self._patterns[key] = self._derive_pattern(chamber, name)
        return self._patterns[key]

    def _derive_pattern(self, chamber: str, name: str) -> _Pattern:
        rows = [r for r in self._recesses if r.chamber == chamber and normalise_recess_name(r.name) == name]
        if not rows:
            rows = [r for r in self._recesses if normalise_recess_name(r.name) == name]
        if not rows:
            raise LookupError(f"the calendar has no {name} for either chamber")
        longer = [r for r in rows if r.last_day is None or r.last_day > r.first_day]
        rows = longer or rows
        lengths = [(r.last_day - r.first_day).days for r in rows if r.last_day is not None]
        usual_length = round(statistics.median(lengths)) if lengths else None
        if usual_length is not None:
            # A recess of irregular length (the election year 2010) does not show the pattern.
            regular = [
                r for r in rows if r.last_day is None or abs((r.last_day - r.first_day).days - usual_length) <= 3
            ]
            rows = regular or rows
        weekdays = Counter(r.first_day.weekday() for r in rows)
        top = max(weekdays.values())
        # Ties go to the weekday of the most recent row: conventions change, the latest holds.
        weekday = next(r.first_day.weekday() for r in reversed(rows) if weekdays[r.first_day.weekday()] == top)
        # Only the rows that follow the usual weekday say where the current convention falls.
        found = [_offset(name, r.first_day) for r in rows if r.first_day.weekday() == weekday]
        offsets = [o for o in found if o is not None]
        return _Pattern(
            weekday=weekday,
            earliest_offset=min(offsets, default=0),
            mean_offset=statistics.fmean(offsets) if offsets else 0.0,
            spread_days=max(offsets, default=0) - min(offsets, default=0),
            length_days=usual_length,
        )
