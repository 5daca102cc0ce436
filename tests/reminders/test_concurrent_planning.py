"""Two sweeps planning the same day at the same moment on PostgreSQL: each reminder once, one email each."""

import datetime as dt
import threading

import pytest
from django.db import connection

from commitments.models import ReminderDigest, ReminderLog, ResponsiblePerson
from commitments.services.reminders import planning

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
DUE = dt.date(2026, 6, 30)


def test_two_planners_at_once_plan_every_reminder_once_in_one_digest_per_recipient(clerks, make_commitment):
    for n in range(20):
        ResponsiblePerson.objects.create(commitment=make_commitment(DUE), email=f"persoon{n % 4}@minbzk.example")
    barrier, results, errors = threading.Barrier(2), [], []

    def planner():
        try:
            barrier.wait()
            results.append(planning.plan(DUE))
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=planner) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(len(r) for r in results) == [0, 5]  # the second waited for the lock, then found it all planned
    assert ReminderLog.objects.count() == 40
    assert sorted(ReminderDigest.objects.values_list("recipient", flat=True)) == sorted(
        [clerks] + [f"persoon{n}@minbzk.example" for n in range(4)]
    )
