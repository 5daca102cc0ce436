"""The first run after deployment plans what may be due soon at once and the rest in batches."""

import datetime as dt

import pytest
from django.utils import timezone

from commitments.models import Commitment, ReminderCursor, ReminderPlan
from commitments.services.reminders import planning
from commitments.tasks import send_waiting_reminders

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 6, 15)


def planned():
    return set(ReminderPlan.objects.values_list("commitment_id", flat=True))


@pytest.fixture
def one_per_batch(settings):
    settings.REMINDER_BACKFILL_BATCH = 1


def settled():
    """Written long before the first run, so later runs' change refresh does not pick them up."""
    Commitment.objects.update(updated_at=timezone.now() - dt.timedelta(days=2))


def test_the_first_run_plans_every_promise_that_may_be_due_within_the_horizon(make_commitment, one_per_batch):
    overdue = make_commitment(TODAY - dt.timedelta(days=40))
    soon = make_commitment(TODAY + dt.timedelta(days=14))
    undated = make_commitment(None, deadline_kind="event")
    make_commitment(TODAY + dt.timedelta(days=60))
    planning.plan(TODAY)
    assert planned() == {overdue.pk, soon.pk, undated.pk}


def test_each_later_run_plans_the_next_batch_in_due_date_order_until_none_is_left(make_commitment, one_per_batch):
    later = [make_commitment(TODAY + dt.timedelta(days=d)) for d in (200, 60, 90)]
    settled()
    planning.plan(TODAY)
    planning.plan(TODAY + dt.timedelta(days=1))
    planning.plan(TODAY + dt.timedelta(days=2))
    assert planned() == {later[1].pk, later[2].pk}
    planning.plan(TODAY + dt.timedelta(days=3))
    planning.plan(TODAY + dt.timedelta(days=4))
    assert planned() == {c.pk for c in later}
    assert ReminderCursor.objects.values_list("backfill_due", "backfill_id").get() == (None, None)


def test_the_outbox_sweep_plans_a_batch_of_the_backlog_too(make_commitment, one_per_batch):
    later = [make_commitment(TODAY + dt.timedelta(days=d)) for d in (200, 60)]
    settled()
    planning.plan(TODAY)
    assert planned() == set()
    send_waiting_reminders()
    send_waiting_reminders()
    assert planned() == {c.pk for c in later}


def test_a_promise_planned_by_a_later_batch_is_reminded_on_its_day(clerks, make_commitment, sweep, one_per_batch):
    make_commitment(TODAY + dt.timedelta(days=30))
    late = make_commitment(TODAY + dt.timedelta(days=40))
    settled()
    sweep(TODAY)
    sweep(TODAY + dt.timedelta(days=1))
    assert late.pk not in planned()
    sweep(TODAY + dt.timedelta(days=2))
    emails = sweep(late.due_date - dt.timedelta(days=14))
    assert [late.number in email.body for email in emails] == [True]
