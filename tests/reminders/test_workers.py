"""On the production path: real Celery workers on Redis, PostgreSQL, and a real SMTP server."""

import ast
import datetime as dt
import re
import time

import pytest

from commitments.models import ReminderDigest, ReminderLog, ResponsiblePerson
from commitments.tasks import send_reminders
from tests.workers import wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker]
DUE = dt.date(2026, 6, 30)
CLERKS = "griffie@tweedekamer.example"


def all_settled():
    return not ReminderDigest.objects.filter(state__in=["pending", "sending"]).exists()


def commitments_for(make_commitment, count):
    """`count` due commitments, each with its own responsible person: one digest per person, plus the clerks'."""
    people = []
    for n in range(count):
        commitment = make_commitment(DUE, quote=f"Ik zal uw Kamer informeren over onderdeel {n}.")
        ResponsiblePerson.objects.create(commitment=commitment, email=f"persoon{n}@minbzk.example")
        people.append(f"persoon{n}@minbzk.example")
    return people


def test_a_worker_delivers_the_digest_over_smtp(celery_workers, smtp_server, make_commitment):
    commitment = make_commitment(DUE, quote="Ik zal uw Kamer voor de zomer informeren.", deadline_assumed=True)
    celery_workers(1, extra_env={**smtp_server.env, "REMINDER_DEFAULT_RECIPIENTS": CLERKS})
    send_reminders.delay(DUE.isoformat())
    assert wait_for(lambda: ReminderLog.objects.filter(state="sent").exists() and smtp_server.messages)
    [message] = smtp_server.messages
    assert message["To"] == CLERKS and message["Subject"].startswith("Toezeggingen: 1 herinnering")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for part in (commitment.number, "voor de zomer informeren", "aangenomen termijn", "pauzeren of afmelden"):
        assert part in text and part in html
    assert message["Message-ID"] == f"<reminder-digest-{ReminderDigest.objects.get().id}@localhost>"


def test_two_workers_running_the_sweep_at_once_send_every_reminder_exactly_once(
    celery_workers, smtp_server, make_commitment
):
    people = commitments_for(make_commitment, 12)
    smtp_server.per_message_delay = 0.2  # both workers are still sending when the other arrives
    workers = celery_workers(2, extra_env={**smtp_server.env, "REMINDER_DEFAULT_RECIPIENTS": CLERKS})
    send_reminders.delay(DUE.isoformat())  # as two beat processes would each enqueue it
    send_reminders.delay(DUE.isoformat())
    assert wait_for(lambda: len(smtp_server.messages) >= 13 and all_settled(), timeout=90)
    assert wait_for(lambda: all("succeeded" in w.log() for w in workers)), "both workers ran the sweep"
    results = [ast.literal_eval(re.search(r"succeeded in [\d.]+s: (\{.*\})", w.log()).group(1)) for w in workers]
    assert sum(r["sent"] for r in results) == 13 and all(r["sent"] for r in results)  # they shared the sending
    time.sleep(2)  # a duplicate would arrive in this time
    assert sorted(smtp_server.recipients()) == sorted([CLERKS, *people])
    assert ReminderLog.objects.filter(state="sent").count() == 24
    assert len({m["Message-ID"] for m in smtp_server.messages}) == 13


def test_a_worker_killed_mid_run_loses_nothing_and_the_rerun_duplicates_nothing(
    celery_workers, smtp_server, make_commitment
):
    people = commitments_for(make_commitment, 6)
    smtp_server.hold_mail_number, smtp_server.hold_seconds = 3, 5  # the third email stalls at MAIL FROM
    env = {**smtp_server.env, "REMINDER_DEFAULT_RECIPIENTS": CLERKS, "REMINDER_CLAIM_LEASE_SECONDS": "2"}
    [worker] = celery_workers(1, extra_env=env)
    send_reminders.delay(DUE.isoformat())
    assert smtp_server.holding.wait(60), worker.log()
    worker.kill()
    assert len(smtp_server.messages) == 2
    assert ReminderDigest.objects.filter(state="sending").count() == 1  # the one it died holding
    time.sleep(2.5)  # its claim's lease runs out
    celery_workers(1, extra_env=env)
    send_reminders.delay(DUE.isoformat())  # the next beat tick, or a retry
    assert wait_for(lambda: len(smtp_server.messages) >= 7 and all_settled(), timeout=90)
    time.sleep(2)
    assert sorted(smtp_server.recipients()) == sorted([CLERKS, *people])
    assert set(ReminderDigest.objects.values_list("state", flat=True)) == {"sent"}
    assert ReminderLog.objects.filter(state="sent").count() == 12
