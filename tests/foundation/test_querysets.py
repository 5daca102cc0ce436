"""Overdue is derived from status and due date, never stored."""

import datetime as dt

import pytest

from commitments.models import Commitment

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 23)


def commitment(**fields):
    return Commitment.objects.create(text="Ik stuur uw Kamer een brief.", **fields)


def test_a_commitment_due_today_is_not_yet_overdue():
    commitment(due_date=TODAY)
    assert not Commitment.objects.overdue(TODAY).exists()


def test_an_open_commitment_is_overdue_the_day_after_its_due_date():
    late = commitment(due_date=TODAY - dt.timedelta(days=1))
    assert list(Commitment.objects.overdue(TODAY)) == [late]


def test_a_partly_fulfilled_commitment_past_its_date_is_still_overdue():
    late = commitment(due_date=dt.date(2026, 1, 1), status="partly_fulfilled", fulfilled_on=dt.date(2026, 2, 1))
    assert list(Commitment.objects.overdue(TODAY)) == [late]


@pytest.mark.parametrize("status", ["fulfilled", "lapsed"])
def test_a_closed_commitment_is_never_overdue(status):
    commitment(
        due_date=dt.date(2026, 1, 1), status=status, fulfilled_on=dt.date(2026, 2, 1) if status == "fulfilled" else None
    )
    assert not Commitment.objects.overdue(TODAY).exists()


def test_a_rejected_extraction_is_never_overdue():
    commitment(due_date=dt.date(2026, 1, 1), review_state="rejected")
    assert not Commitment.objects.overdue(TODAY).exists()


def test_due_between_includes_both_ends():
    first = commitment(due_date=dt.date(2026, 12, 1))
    last = commitment(due_date=dt.date(2026, 12, 31))
    commitment(due_date=dt.date(2027, 1, 1))
    assert set(Commitment.objects.due_between(dt.date(2026, 12, 1), dt.date(2026, 12, 31))) == {first, last}
