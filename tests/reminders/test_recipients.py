"""Who hears about a commitment: the shared mailbox, the responsible person, subscribers, contacts."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from commitments.models import (
    Addressee,
    CommitmentAddressee,
    CommitmentCommittee,
    Committee,
    Ministry,
    MinistryContact,
    ResponsiblePerson,
    Subscription,
)

D = dt.date
pytestmark = pytest.mark.django_db
DUE = D(2026, 6, 30)


def recipients(messages):
    return {m.to[0]: m for m in messages}


@pytest.fixture
def user(db):
    return get_user_model().objects.create_user("anne", email="Anne.Jansen@minbzk.example")


def test_the_responsible_person_gets_their_commitment_as_a_user_or_as_an_address(make_commitment, sweep, user):
    mine, theirs, nobodys = make_commitment(DUE), make_commitment(DUE), make_commitment(DUE)
    ResponsiblePerson.objects.create(commitment=mine, user=user)
    ResponsiblePerson.objects.create(commitment=theirs, email="piet@minbzk.example")
    sent = recipients(sweep(DUE))
    assert set(sent) == {"anne.jansen@minbzk.example", "piet@minbzk.example"}
    assert mine.number in sent["anne.jansen@minbzk.example"].body
    assert nobodys.number not in sent["anne.jansen@minbzk.example"].body


@pytest.mark.parametrize("scope", ["ministry", "dossier", "chamber", "commitment", "party", "member", "committee"])
def test_a_subscriber_gets_what_falls_in_the_scope_and_nothing_else(scope, make_commitment, sweep, user):
    other_ministry = Ministry.objects.get(name="Financiën")
    inside = make_commitment(DUE, dossier="36200", chamber="EK")
    outside = make_commitment(DUE, dossier="29689", chamber="TK", ministry=other_ministry)
    # "Monitor promises to my party": the party and its member as addressees; the committee of the debate.
    pvv, agema = (
        Addressee.objects.create(kind="party", name="PVV"),
        Addressee.objects.create(kind="member", name="Agema"),
    )
    vvd = Addressee.objects.create(kind="party", name="VVD")
    defensie, financien = (
        Committee.objects.create(name="vaste commissie voor Defensie"),
        Committee.objects.create(name="vaste commissie voor Financiën"),
    )
    for addressee in (pvv, agema):
        CommitmentAddressee.objects.create(commitment=inside, addressee=addressee)
    CommitmentAddressee.objects.create(commitment=outside, addressee=vvd)
    CommitmentCommittee.objects.create(commitment=inside, committee=defensie)
    CommitmentCommittee.objects.create(commitment=outside, committee=financien)
    value = {
        "ministry": inside.ministry,
        "dossier": "36200",
        "chamber": "EK",
        "commitment": inside,
        "party": pvv,
        "member": agema,
        "committee": defensie,
    }[scope]
    field = {"party": "addressee", "member": "addressee"}.get(scope, scope)
    Subscription.objects.create(user=user, **{field: value})
    [message] = sweep(DUE)
    assert inside.number in message.body and outside.number not in message.body


def test_a_ministry_contact_can_subscribe_too(make_commitment, sweep, ministry):
    contact = MinistryContact.objects.create(
        ministry=ministry, email="toezeggingen@minbzk.example", last_overview_period="2026-06+1m"
    )
    Subscription.objects.create(contact=contact, chamber="TK")
    commitment = make_commitment(DUE)
    [message] = sweep(DUE)
    assert message.to == ["toezeggingen@minbzk.example"] and commitment.number in message.body


def test_a_recipient_reached_several_ways_still_gets_one_email_with_the_item_once(clerks, make_commitment, sweep, user):
    commitment = make_commitment(DUE)
    ResponsiblePerson.objects.create(commitment=commitment, email=clerks)
    Subscription.objects.create(user=user, commitment=commitment)
    Subscription.objects.create(user=user, ministry=commitment.ministry)
    sent = recipients(sweep(DUE))
    assert sorted(sent) == ["anne.jansen@minbzk.example", clerks]
    assert all(m.body.count(commitment.number) == 1 for m in sent.values())


def test_a_ministry_contact_gets_an_overview_of_overdue_and_soon_due_promises_once_a_month(
    make_commitment, sweep, ministry
):
    MinistryContact.objects.create(ministry=ministry, email="contact@minbzk.example")
    overdue = make_commitment(D(2026, 3, 1))
    soon = make_commitment(D(2026, 6, 20))
    later = make_commitment(D(2026, 9, 1))
    elsewhere = make_commitment(D(2026, 3, 1), ministry=Ministry.objects.get(name="Defensie"))
    [overview] = sweep(D(2026, 6, 10))
    assert "Overzicht voor uw ministerie" in overview.body
    assert overdue.number in overview.body and soon.number in overview.body
    assert later.number not in overview.body and elsewhere.number not in overview.body
    for day in range(11, 31):
        assert sweep(D(2026, 6, day)) == [], day
    assert len(sweep(D(2026, 7, 1))) == 1


def test_the_overview_cadence_is_a_setting(make_commitment, sweep, ministry, settings):
    settings.REMINDER_OVERVIEW_EVERY_MONTHS = 6
    MinistryContact.objects.create(ministry=ministry, email="contact@minbzk.example")
    make_commitment(D(2026, 1, 1))
    assert len(sweep(D(2026, 2, 1))) == 1
    assert [d for d in range(3, 7) if sweep(D(2026, d, 1))] == []
    assert len(sweep(D(2026, 7, 1))) == 1
