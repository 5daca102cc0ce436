"""When a commitment is reminded about: the schedule as pure date arithmetic.

A commitment with a due date is reminded a number of days before it (default 14 and 3), on
the day itself, weekly while overdue for four weeks, then monthly on the due date's day of
the month. Event, ongoing and vague promises, and any without a due date, get a status
request every few months from their creation instead, and are never called overdue.
Each point carries its own log key, so a point is sent at most once per recipient.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings

from ..deadline_policy import add_months

UNDATED_KINDS = ("event", "ongoing", "vague")


@dataclass(frozen=True)
class Cadence:
    days_before: tuple[int, ...] = (14, 3)
    overdue_weeks: int = 4
    status_every_months: int = 3
    overview_every_months: int = 1

    @classmethod
    def from_settings(cls) -> "Cadence":
        return cls(
            days_before=tuple(sorted({int(d) for d in settings.REMINDER_DAYS_BEFORE if int(d) > 0}, reverse=True)),
            overdue_weeks=settings.REMINDER_OVERDUE_WEEKS,
            status_every_months=max(1, settings.REMINDER_STATUS_EVERY_MONTHS),
            overview_every_months=max(1, settings.REMINDER_OVERVIEW_EVERY_MONTHS),
        )


@dataclass(frozen=True)
class Point:
    on: dt.date
    kind: str
    due: dt.date | None

    @property
    def period_key(self) -> str:
        # The due date is part of the key: a postponed promise starts a fresh series.
        return f"{self.due.isoformat() if self.due else '-'}/{self.on.isoformat()}"


def is_undated(deadline_kind: str, due_date: dt.date | None) -> bool:
    return due_date is None or deadline_kind in UNDATED_KINDS


def points_until(deadline_kind, due_date, created_on, last: dt.date, cadence: Cadence):
    """The schedule's points in date order up to and including `last`, then the first one after."""
    if is_undated(deadline_kind, due_date):
        yield from _status_points(created_on, last, cadence)
    else:
        yield from _dated_points(due_date, last, cadence)


def _dated_points(due, last, cadence):
    for days in cadence.days_before:
        yield Point(due - dt.timedelta(days=days), "before_due", due)
    yield Point(due, "due", due)
    for week in range(1, cadence.overdue_weeks + 1):
        yield Point(due + dt.timedelta(weeks=week), "overdue", due)
    # Monthly after the weekly run; jump close to `last` so old promises cost no loop.
    first_month = max(1, -(-cadence.overdue_weeks * 7 // 28)) + 1 if cadence.overdue_weeks else 1
    month = max(first_month, (last.year - due.year) * 12 + last.month - due.month - 1)
    while True:
        point = Point(add_months(due, month), "overdue", due)
        yield point
        if point.on > last:
            return
        month += 1


def _status_points(created_on, last, cadence):
    step = cadence.status_every_months
    n = max(1, ((last.year - created_on.year) * 12 + last.month - created_on.month) // step - 1)
    while True:
        point = Point(add_months(created_on, n * step), "status_request", None)
        yield point
        if point.on > last:
            return
        n += 1


def current_and_next(deadline_kind, due_date, created_on, as_of: dt.date, cadence: Cadence):
    """The latest point on or before `as_of` (None if none yet), and the first point after it."""
    current = None
    for point in points_until(deadline_kind, due_date, created_on, as_of, cadence):
        if point.on > as_of:
            return current, point
        current = point
    return current, None


def overview_period(as_of: dt.date, cadence: Cadence) -> str:
    """The overview period containing `as_of`: months counted from January in steps of the cadence."""
    step = cadence.overview_every_months
    first_month = (as_of.month - 1) // step * step + 1
    return f"{as_of.year}-{first_month:02d}+{step}m"
