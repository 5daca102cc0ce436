"""Exactly once: the log's unique key, the digest claim, retries and orphaned claims."""

import datetime as dt
import smtplib

import pytest
import time_machine
from django.core.mail.backends.locmem import EmailBackend

from commitments.models import ReminderDigest, ReminderLog
from commitments.services.reminders import planning, sending

D = dt.date
pytestmark = pytest.mark.django_db
DUE = D(2026, 6, 30)


def test_planning_twice_plans_each_reminder_once(clerks, make_commitment):
    make_commitment(DUE)
    first = planning.plan(DUE)
    second = planning.plan(DUE)
    assert (len(first), second) == (1, [])
    assert ReminderDigest.objects.count() == 1 and ReminderLog.objects.count() == 1


def test_a_digest_claimed_by_one_sender_is_not_taken_by_another(clerks, make_commitment, mailoutbox):
    make_commitment(DUE)
    [digest] = planning.plan(DUE)
    ReminderDigest.objects.filter(pk=digest.id).update(state="sending", claimed_at=dt.datetime.now(dt.timezone.utc))
    assert sending.send_digest(digest.id) == "taken"
    assert mailoutbox == []


def test_a_claim_left_by_a_dead_sender_is_taken_over_when_its_lease_expires(
    clerks, make_commitment, mailoutbox, settings
):
    make_commitment(DUE)
    [digest] = planning.plan(DUE)
    with time_machine.travel(dt.datetime(2026, 6, 30, 5, tzinfo=dt.timezone.utc), tick=False):
        ReminderDigest.objects.filter(pk=digest.id).update(
            state="sending", claimed_at=dt.datetime(2026, 6, 30, 5, tzinfo=dt.timezone.utc)
        )
    with time_machine.travel(dt.datetime(2026, 6, 30, 5, 14, tzinfo=dt.timezone.utc), tick=False):
        assert sending.send_pending().sent == 0
    with time_machine.travel(dt.datetime(2026, 6, 30, 5, 16, tzinfo=dt.timezone.utc), tick=False):
        assert sending.send_pending().sent == 1
    assert len(mailoutbox) == 1 and ReminderDigest.objects.get().attempts == 1


class RefusingBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("connection unexpectedly closed")


def test_a_refused_send_is_retried_by_the_next_run_and_then_sent_once(clerks, make_commitment, settings, mailoutbox):
    make_commitment(DUE)
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    settings.REMINDER_RETRY_SECONDS = 0  # the backoff has its own test
    report = sending.run(DUE)
    assert (report.sent, report.failed) == (0, 1)
    assert ReminderDigest.objects.get().state == "pending"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    report = sending.run(DUE)
    assert (report.planned, report.sent, len(mailoutbox)) == (0, 1, 1)


class PermanentlyRefusingBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPDataError(554, b"5.7.1 message rejected")


def test_a_digest_the_server_refuses_for_good_is_failed_at_once_and_not_retried(clerks, make_commitment, settings):
    make_commitment(DUE)
    settings.EMAIL_BACKEND = f"{__name__}.PermanentlyRefusingBackend"
    assert sending.run(DUE).failed == 1
    assert (ReminderDigest.objects.get().state, ReminderLog.objects.get().state) == ("failed", "failed")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert sending.send_pending().sent == 0


def test_a_digest_that_finds_no_server_waits_a_doubling_backoff_and_is_never_given_up(
    clerks, make_commitment, settings
):
    make_commitment(DUE)
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    settings.REMINDER_RETRY_SECONDS, settings.REMINDER_RETRY_MAX_SECONDS = 60, 600
    start = dt.datetime(2026, 6, 30, 5, tzinfo=dt.timezone.utc)
    waits = []
    with time_machine.travel(start, tick=False) as clock:
        sending.run(DUE)
        for _ in range(6):
            digest = ReminderDigest.objects.get()
            waits.append(int((digest.next_attempt_at - dt.datetime.now(dt.timezone.utc)).total_seconds()))
            clock.move_to(digest.next_attempt_at - dt.timedelta(seconds=1))
            assert sending.send_pending().failed == 0  # not due yet
            clock.move_to(digest.next_attempt_at)
            assert sending.send_pending().failed == 1
    assert waits == [60, 120, 240, 480, 600, 600]
    assert ReminderDigest.objects.get().state == "pending" and ReminderLog.objects.get().state == "claimed"


def test_a_commitment_closed_between_planning_and_sending_is_left_out(clerks, make_commitment, mailoutbox):
    kept, closed = make_commitment(DUE), make_commitment(DUE)
    planning.plan(DUE)
    type(closed).objects.filter(pk=closed.pk).update(status="lapsed")
    sending.send_pending()
    assert kept.number in mailoutbox[0].body and closed.number not in mailoutbox[0].body
    assert ReminderLog.objects.get(commitment=closed).state == "skipped"


def test_the_same_digest_always_carries_the_same_message_id(clerks, make_commitment, mailoutbox):
    make_commitment(DUE)
    [digest] = planning.plan(DUE)
    sending.send_pending()
    assert mailoutbox[0].extra_headers["Message-ID"] == f"<reminder-digest-{digest.id}@localhost>"


def test_a_crash_while_planning_leaves_nothing_half_done_and_the_rerun_sends_everything(
    clerks, make_commitment, mailoutbox, monkeypatch
):
    make_commitment(DUE)
    make_commitment(DUE - dt.timedelta(days=7))

    def crash(as_of, wanted):
        raise OSError("killed")

    with monkeypatch.context() as patched:
        patched.setattr(planning, "_write_digests", crash)
        with pytest.raises(OSError):
            sending.run(DUE)
    assert not ReminderLog.objects.exists() and not ReminderDigest.objects.exists()
    report = sending.run(DUE)
    assert (report.sent, len(mailoutbox), mailoutbox[0].body.count("Bekijken:")) == (1, 1, 2)
