"""Pausing and unsubscribing, from the footer link, take effect at once."""

import datetime as dt

import pytest
import time_machine
from django.core import signing

from commitments.emails import opt_out_token
from commitments.models import ReminderDigest, ReminderLog, ReminderOptOut
from commitments.services.reminders import planning, sending

D = dt.date
pytestmark = pytest.mark.django_db


def test_a_paused_recipient_gets_nothing_until_the_pause_ends(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30), created=D(2026, 1, 1))
    ReminderOptOut.objects.create(email=clerks, paused_until=D(2026, 7, 10))
    assert [sweep(D(2026, 6, day)) for day in (16, 27, 30)] == [[], [], []]
    assert sweep(D(2026, 7, 7)) == []
    assert len(sweep(D(2026, 7, 14))) == 1


def test_an_unsubscribed_recipient_gets_nothing_while_others_still_do(clerks, make_commitment, sweep, settings):
    settings.REMINDER_DEFAULT_RECIPIENTS = [clerks, "secretariaat@tweedekamer.example"]
    make_commitment(D(2026, 6, 30))
    ReminderOptOut.objects.create(email=clerks, unsubscribed=True)
    assert [m.to for m in sweep(D(2026, 6, 30))] == [["secretariaat@tweedekamer.example"]]


def test_a_pause_set_after_planning_stops_the_email_not_yet_sent(clerks, make_commitment, mailoutbox):
    make_commitment(D(2026, 6, 30))
    planning.plan(D(2026, 6, 30))
    ReminderOptOut.objects.create(email=clerks, unsubscribed=True)
    report = sending.send_pending()
    assert (report.sent, report.skipped, mailoutbox) == (0, 1, [])
    assert set(ReminderLog.objects.values_list("state", flat=True)) == {"skipped"}


@time_machine.travel(dt.datetime(2026, 6, 1, 9, tzinfo=dt.timezone.utc))
def test_the_footer_link_pauses_for_the_chosen_days(client, clerks):
    url = f"/reminders/opt-out/{opt_out_token(clerks)}/"
    assert client.get(url).status_code == 200
    assert not ReminderOptOut.objects.exists()  # a link scanner's GET changes nothing
    response = client.post(url, {"action": "pause", "days": "30"})
    assert response.status_code == 200 and "Gepauzeerd" in response.content.decode()
    assert ReminderOptOut.objects.get(email=clerks).paused_until == D(2026, 7, 1)


def test_the_footer_link_unsubscribes_and_resumes(client, clerks):
    url = f"/reminders/opt-out/{opt_out_token(clerks)}/"
    client.post(url, {"action": "unsubscribe"})
    assert ReminderOptOut.objects.get(email=clerks).unsubscribed
    client.post(url, {"action": "resume"})
    assert not ReminderOptOut.objects.exists()


@pytest.mark.parametrize(
    "token",
    ["nonsense", "abc:def:ghi", signing.dumps("griffie@tweedekamer.example")],
    ids=["junk", "colons", "signed-for-another-purpose"],
)
def test_a_forged_or_damaged_link_is_refused(client, token):
    assert client.post(f"/reminders/opt-out/{token}/", {"action": "unsubscribe"}).status_code == 400
    assert not ReminderOptOut.objects.exists()


def test_an_unknown_choice_is_refused(client, clerks):
    assert (
        client.post(f"/reminders/opt-out/{opt_out_token(clerks)}/", {"action": "pause", "days": "5"}).status_code == 400
    )


def test_a_digest_is_marked_skipped_not_sent_when_paused(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30))
    planning.plan(D(2026, 6, 30))
    ReminderOptOut.objects.create(email=clerks, paused_until=dt.date.today() + dt.timedelta(days=5))
    sending.send_pending()
    assert list(ReminderDigest.objects.values_list("state", flat=True)) == ["skipped"]
