"""manage.py send_reminders: the same sweep without Celery; --dry-run shows and changes nothing."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from commitments.models import ReminderDigest, ReminderLog, ReminderPlan

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_prints_each_email_and_its_items_and_records_nothing(clerks, make_commitment, mailoutbox):
    commitment = make_commitment(dt.date(2026, 6, 30))
    out = run("--dry-run", "--as-of", "2026-06-30")
    assert f"{clerks}: 1 item(s)" in out and f"due             {commitment.number}" in out
    assert mailoutbox == [] and not ReminderLog.objects.exists() and not ReminderDigest.objects.exists()
    assert not ReminderPlan.objects.exists()


def test_a_real_run_sends_and_a_dry_run_afterwards_finds_nothing_left(clerks, make_commitment, mailoutbox):
    make_commitment(dt.date(2026, 6, 30))
    assert "1 planned, 1 sent" in run("--as-of", "2026-06-30")
    assert "0 email(s) would be sent" in run("--dry-run", "--as-of", "2026-06-30")
    assert len(mailoutbox) == 1


def test_a_bad_date_is_a_clear_error():
    with pytest.raises(CommandError, match="not a date"):
        run("--as-of", "30-06-2026")
