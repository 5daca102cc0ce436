"""The schedule: every kind of reminder falls on its day and on no other."""

import datetime as dt

import pytest

from commitments.services.reminders.schedule import Cadence, current_and_next, overview_period

D = dt.date
CADENCE = Cadence(days_before=(14, 3), overdue_weeks=4, status_every_months=3, overview_every_months=1)
DUE = D(2026, 6, 30)
CREATED = D(2026, 1, 10)


def points_in(kind, due, first, last):
    """The days in [first, last] on which the schedule has a point, with the point's kind."""
    days = {}
    day = first
    while day <= last:
        current, _ = current_and_next(kind, due, CREATED, day, CADENCE)
        if current is not None and current.on == day:
            days[day] = current.kind
        day += dt.timedelta(days=1)
    return days


def test_a_dated_commitment_is_reminded_on_exactly_its_days_for_a_year():
    days = points_in("date", DUE, D(2026, 1, 1), D(2027, 6, 30))
    expected = {
        D(2026, 6, 16): "before_due",
        D(2026, 6, 27): "before_due",
        D(2026, 6, 30): "due",
        D(2026, 7, 7): "overdue",
        D(2026, 7, 14): "overdue",
        D(2026, 7, 21): "overdue",
        D(2026, 7, 28): "overdue",
    }
    # Then monthly on the due date's day, clamped to the month's end.
    for month in range(8, 13):
        expected[D(2026, month, 30)] = "overdue"
    expected[D(2027, 1, 30)] = "overdue"
    expected[D(2027, 2, 28)] = "overdue"
    for month in range(3, 7):
        expected[D(2027, month, 30)] = "overdue"
    assert days == expected


@pytest.mark.parametrize("kind", ["event", "ongoing", "vague"])
def test_undated_kinds_get_a_status_request_every_three_months_and_never_overdue(kind):
    days = points_in(kind, None, D(2026, 1, 1), D(2027, 1, 31))
    assert days == {
        D(2026, 4, 10): "status_request",
        D(2026, 7, 10): "status_request",
        D(2026, 10, 10): "status_request",
        D(2027, 1, 10): "status_request",
    }


def test_an_event_promise_with_an_estimated_date_is_still_asked_for_its_status_not_called_overdue():
    days = points_in("event", DUE, D(2026, 6, 1), D(2026, 12, 31))
    assert set(days.values()) == {"status_request"}


def test_a_date_kind_without_a_due_date_gets_status_requests():
    assert set(points_in("date", None, D(2026, 1, 1), D(2026, 12, 31)).values()) == {"status_request"}


@pytest.mark.parametrize(
    "as_of, kind, following",
    [
        (D(2026, 6, 15), None, D(2026, 6, 16)),
        (D(2026, 6, 16), "before_due", D(2026, 6, 27)),
        (D(2026, 6, 20), "before_due", D(2026, 6, 27)),
        (D(2026, 6, 30), "due", D(2026, 7, 7)),
        (D(2026, 7, 1), "due", D(2026, 7, 7)),
        (D(2026, 7, 28), "overdue", D(2026, 8, 30)),
        (D(2031, 3, 5), "overdue", D(2031, 3, 30)),
    ],
    ids=["before-first", "fourteen-days", "between", "due-day", "day-after", "last-weekly", "years-later"],
)
def test_the_current_point_and_the_next_one(as_of, kind, following):
    current, nxt = current_and_next("date", DUE, CREATED, as_of, CADENCE)
    assert (current.kind if current else None, nxt.on) == (kind, following)


def test_a_postponed_deadline_starts_a_fresh_series_of_keys():
    first, _ = current_and_next("date", DUE, CREATED, D(2026, 7, 1), CADENCE)
    moved, _ = current_and_next("date", D(2026, 7, 1), CREATED, D(2026, 7, 1), CADENCE)
    assert first.period_key != moved.period_key


def test_the_days_before_are_configurable():
    cadence = Cadence(days_before=(7,), overdue_weeks=0)
    days = points_in("date", DUE, D(2026, 6, 1), D(2026, 8, 31))
    assert D(2026, 6, 23) not in days
    current, _ = current_and_next("date", DUE, CREATED, D(2026, 6, 23), cadence)
    assert (current.on, current.kind) == (D(2026, 6, 23), "before_due")
    _, nxt = current_and_next("date", DUE, CREATED, DUE, cadence)
    assert nxt.on == D(2026, 7, 30)  # no weekly run: monthly from the first month


@pytest.mark.parametrize(
    "months, as_of, period",
    [(1, D(2026, 11, 23), "2026-11+1m"), (6, D(2026, 11, 23), "2026-07+6m"), (6, D(2026, 2, 1), "2026-01+6m")],
    ids=["monthly", "half-year-second", "half-year-first"],
)
def test_overview_periods(months, as_of, period):
    assert overview_period(as_of, Cadence(overview_every_months=months)) == period
