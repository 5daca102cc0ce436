"""Calendar arithmetic the deadline grammar needs: month ends, month steps, weekdays,
Easter and the fixed days of the Dutch budget cycle.

Every function returns ``None`` instead of raising when the result would fall outside
``datetime.date``'s range or is not a real day ("31 februari"), so callers never crash on
odd input.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def shift_days(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def last_day_of_month(year: int, month: int) -> date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date | None:
    """The same day ``months`` later, clamped to the month's end (31 January + 1 = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    end = last_day_of_month(year, month + 1)
    if end is None:
        return None
    return end.replace(day=min(day.day, end.day))


def add_workdays(day: date, workdays: int) -> date | None:
    current: date | None = day
    remaining = workdays
    while remaining > 0 and current is not None:
        current = shift_days(current, 1)
        if current is not None and current.weekday() < SATURDAY:
            remaining -= 1
    return current


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    first = safe_date(year, month, 1)
    if first is None:
        return None
    return shift_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))


def next_weekday(day: date, weekday: int) -> date | None:
    """The first ``weekday`` strictly after ``day`` ("uiterlijk vrijdag" said on a Friday is next week)."""
    return shift_days(day, (weekday - day.weekday() - 1) % 7 + 1)


def friday_of_week(day: date) -> date | None:
    """Letters go out on working days, so "deze week" ends on the Friday of ``day``'s week."""
    if day.weekday() > FRIDAY:
        return day
    return shift_days(day, FRIDAY - day.weekday())


def easter_sunday(year: int) -> date | None:
    """Gregorian Easter (the anonymous "Meeus/Jones/Butcher" algorithm)."""
    if not 1583 <= year <= 9999:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the letters of the published Easter algorithm
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def prinsjesdag(year: int) -> date | None:
    """Budget day: the third Tuesday of September (Grondwet art. 65)."""
    return nth_weekday(year, 9, TUESDAY, 3)


def verantwoordingsdag(year: int) -> date | None:
    """Accountability day, when the annual reports reach the Kamer: the third Wednesday of May."""
    return nth_weekday(year, 5, WEDNESDAY, 3)
