"""An SMTP outage delays reminders and loses none; a message refused for good waits for a clerk.

Over a real SMTP server on loopback (aiosmtpd) and, for the outage, a port where nothing listens.
"""

import datetime as dt
import socket

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from commitments.models import ReminderDigest, ReminderLog
from commitments.tasks import send_waiting_reminders

pytestmark = pytest.mark.django_db
DUE = dt.date(2026, 6, 30)
CLERKS = ["griffie@tweedekamer.example", "commissie@tweedekamer.example", "archief@tweedekamer.example"]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again on leaving: a connection is refused


@pytest.fixture
def smtp(settings, smtp_server):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp_server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.REMINDER_DEFAULT_RECIPIENTS = CLERKS
    settings.REMINDER_RETRY_SECONDS = 0  # each sweep may try again; the backoff has its own test
    return smtp_server


def states():
    return sorted(ReminderDigest.objects.values_list("state", flat=True))


def test_an_outage_of_two_sweeps_loses_nothing_and_the_command_fails_while_it_lasts(smtp, settings, make_commitment):
    make_commitment(DUE)
    settings.EMAIL_PORT = closed_port()
    with pytest.raises(CommandError, match="3 email"):
        call_command("send_reminders", as_of=DUE)  # manage.py turns this into exit status 1
    assert send_waiting_reminders()["failed"] == 3
    assert send_waiting_reminders()["failed"] == 3
    assert states() == ["pending"] * 3
    settings.EMAIL_PORT = smtp.port  # the server is back
    assert send_waiting_reminders()["sent"] == 3
    assert sorted(smtp.recipients()) == sorted(CLERKS)
    assert states() == ["sent"] * 3 and set(ReminderLog.objects.values_list("state", flat=True)) == {"sent"}
    call_command("send_reminders", as_of=DUE)  # nothing failed: exit status 0


def test_a_temporary_refusal_is_retried_until_the_server_takes_it(smtp, make_commitment):
    make_commitment(DUE)
    smtp.data_reply = "451 4.3.0 try again later"
    with pytest.raises(CommandError):
        call_command("send_reminders", as_of=DUE)
    assert states() == ["pending"] * 3
    smtp.data_reply = None
    assert send_waiting_reminders()["sent"] == 3 and len(smtp.messages) == 3


def test_a_permanent_refusal_is_failed_shown_in_the_admin_and_sent_again_by_a_clerk(
    smtp, make_commitment, client, django_capture_on_commit_callbacks
):
    make_commitment(DUE)
    smtp.data_reply = "554 5.7.1 message rejected"
    with pytest.raises(CommandError):
        call_command("send_reminders", as_of=DUE)
    assert states() == ["failed"] * 3
    assert send_waiting_reminders()["sent"] == 0  # the sweep leaves a refused message alone
    clerk = get_user_model().objects.create_user("griffier", password="x", is_staff=True)
    clerk.groups.add(Group.objects.get(name="Clerks"))
    client.force_login(clerk)
    listing = client.get("/admin/commitments/reminderdigest/?state__exact=failed").content.decode()
    assert listing.count("554 5.7.1 message rejected") == 3 and "send_again" in listing
    smtp.data_reply = None  # the cause is fixed (say, the sender's address)
    ids = list(ReminderDigest.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/commitments/reminderdigest/", {"action": "send_again", "_selected_action": ids})
    assert states() == ["sent"] * 3 and len(smtp.messages) == 3


def test_a_reader_is_not_offered_send_again(smtp, make_commitment, client):
    reader = get_user_model().objects.create_user("lezer", password="x", is_staff=True)
    reader.groups.add(Group.objects.get(name="Read-only"))
    client.force_login(reader)
    assert "send_again" not in client.get("/admin/commitments/reminderdigest/").content.decode()
