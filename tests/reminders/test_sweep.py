"""The daily sweep end to end with an in-memory outbox: who gets what, on which day, once."""

import datetime as dt

import pytest

from commitments.models import ReminderDigest, ReminderLog
from commitments.services import history

D = dt.date
pytestmark = pytest.mark.django_db


def kinds_sent_per_day(sweep, first, last):
    sent = {}
    day = first
    while day <= last:
        for message in sweep(day):
            sent[day] = message.subject
        day += dt.timedelta(days=1)
    return sent


def test_it_reminds_a_dated_commitment_on_its_days_and_on_no_other(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30), created=D(2026, 1, 1))
    sent = kinds_sent_per_day(sweep, D(2026, 6, 1), D(2026, 9, 30))
    assert sorted(sent) == [
        D(2026, 6, 16),
        D(2026, 6, 27),
        D(2026, 6, 30),
        D(2026, 7, 7),
        D(2026, 7, 14),
        D(2026, 7, 21),
        D(2026, 7, 28),
        D(2026, 8, 30),
        D(2026, 9, 30),
    ]


def test_an_event_promise_gets_a_status_request_every_three_months_and_is_never_overdue(clerks, make_commitment, sweep):
    make_commitment(None, deadline_kind="event", condition="zodra het rapport verschenen is", created=D(2026, 1, 10))
    sent = {}
    day = D(2026, 1, 1)
    while day <= D(2026, 12, 31):
        for message in sweep(day):
            sent[day] = message.body
        day += dt.timedelta(days=1)
    assert sorted(sent) == [D(2026, 4, 10), D(2026, 7, 10), D(2026, 10, 10)]
    assert all("stand van zaken" in body and "over de termijn" not in body for body in sent.values())


def test_one_digest_per_recipient_lists_all_their_items(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30))
    make_commitment(D(2026, 6, 16))
    make_commitment(D(2026, 6, 2))  # two weeks overdue on the 16th
    messages = sweep(D(2026, 6, 16))
    assert [m.to for m in messages] == [[clerks]]
    assert messages[0].body.count("Bekijken:") == 3
    assert "Over de termijn" in messages[0].body and "Binnenkort de termijn" in messages[0].body


def test_a_second_run_on_the_same_day_sends_nothing(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30))
    assert len(sweep(D(2026, 6, 30))) == 1
    assert sweep(D(2026, 6, 30)) == []
    assert ReminderLog.objects.count() == 1


def test_missed_days_are_caught_up_with_one_reminder_not_several(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30), created=D(2026, 1, 1))
    sweep(D(2026, 6, 1))
    messages = sweep(D(2026, 7, 2))  # the sweep did not run for a month
    assert len(messages) == 1 and "2 dagen over de termijn" in messages[0].body
    assert sweep(D(2026, 7, 3)) == []


def test_a_fulfilled_commitment_is_not_reminded_again(clerks, make_commitment, sweep):
    commitment = make_commitment(D(2026, 6, 30))
    assert len(sweep(D(2026, 6, 30))) == 1
    history.change_status(commitment.id, "fulfilled", reason="brief ontvangen", fulfilled_on=D(2026, 7, 1))
    assert kinds_sent_per_day(sweep, D(2026, 7, 1), D(2026, 9, 1)) == {}


def test_a_postponed_deadline_is_reminded_on_its_new_days(clerks, make_commitment, sweep):
    commitment = make_commitment(D(2026, 6, 30))
    sweep(D(2026, 6, 20))
    history.change_deadline(commitment.id, D(2026, 9, 1), reason="uitstel gemeld")
    sent = kinds_sent_per_day(sweep, D(2026, 6, 21), D(2026, 9, 1))
    assert sorted(sent) == [D(2026, 8, 18), D(2026, 8, 29), D(2026, 9, 1)]


def test_a_commitment_no_clerk_has_confirmed_says_so_in_the_email(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30), review_state="proposed", text="De minister stuurt de Kamer het rapport.")
    make_commitment(D(2026, 6, 30), review_state="confirmed", text="De minister stuurt de Kamer de evaluatie.")
    [message] = sweep(D(2026, 6, 30))
    for body in (message.body, message.alternatives[0].content):
        notice = "nog niet door de griffie gecontroleerd"
        assert body.count(notice) == 1
        assert body.index("het rapport") < body.index(notice) < body.index("de evaluatie")


def test_an_assumed_deadline_says_so_in_the_email(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30), deadline_kind="none", deadline_assumed=True)
    [message] = sweep(D(2026, 6, 30))
    assert "aangenomen termijn" in message.body
    assert "aangenomen termijn" in message.alternatives[0].content


def test_the_email_is_dutch_text_and_html_with_number_quote_due_date_and_admin_link(clerks, make_commitment, sweep):
    commitment = make_commitment(
        D(2026, 6, 1),
        quote="Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
        deadline_text="voor de zomer",
    )
    [message] = sweep(D(2026, 6, 11))
    html = message.alternatives[0].content
    for part in (
        commitment.number,
        "1 juni 2026",
        "10 dagen over de termijn",
        "voor de zomer informeren",
        f"/admin/commitments/commitment/{commitment.id}/change/",
        "pauzeren of afmelden",
    ):
        assert part in message.body and part in html, part
    assert message.alternatives[0].mimetype == "text/html"
    assert message.subject.startswith("Toezeggingen: 1 herinnering (1 over de termijn)")
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_every_digest_is_recorded_as_sent(clerks, make_commitment, sweep):
    make_commitment(D(2026, 6, 30))
    sweep(D(2026, 6, 30))
    assert list(ReminderDigest.objects.values_list("state", flat=True)) == ["sent"]
    assert list(ReminderLog.objects.values_list("state", "kind", "period_key")) == [
        ("sent", "due", "2026-06-30/2026-06-30")
    ]


def test_nobody_is_mailed_when_no_one_is_configured(make_commitment, sweep):
    make_commitment(D(2026, 6, 30))
    assert sweep(D(2026, 6, 30)) == []
