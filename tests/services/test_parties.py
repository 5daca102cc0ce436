"""Who promised: ministries from the actor's office, members learned from signatures."""

import datetime as dt
from types import SimpleNamespace

import pytest

from commitments.models import Document, GovernmentMember, Ministry
from commitments.services.parties import member_of_actor, ministries_of_actor, register_signatories

pytestmark = pytest.mark.django_db


def document(**fields):
    return Document.objects.create(sha256="b" * 64, **fields)


@pytest.mark.parametrize(
    "actor, ministries",
    [
        ("minister van Buitenlandse Zaken en minister van Defensie", ["Buitenlandse Zaken", "Defensie"]),
        ("staatssecretaris van Financiën (Van Rij)", ["Financiën"]),
        ("minister voor Klimaat en Groene Groei", ["Klimaat en Groene Groei"]),
        ("kabinet", []),
    ],
    ids=["two-ministers", "with-name", "voor-portfolio", "cabinet"],
)
def test_the_ministries_are_read_from_the_offices_in_the_actor(actor, ministries):
    assert [m.name for m in ministries_of_actor(actor)] == ministries


def test_a_signatory_becomes_a_known_government_member():
    signatory = SimpleNamespace(name="D.M. van Weel", office="minister", ministry="Buitenlandse Zaken")
    register_signatories(document(), [signatory, signatory])
    member = GovernmentMember.objects.get(name="D.M. van Weel")
    assert (member.name, member.office, member.ministry.name) == ("D.M. van Weel", "minister", "Buitenlandse Zaken")


@pytest.mark.parametrize("actor", ["minister (De Jonge)", "Minister De Jonge", "minister van VWS (De Jonge)"])
def test_a_2018_debate_speaker_is_the_member_who_held_office_then(actor):
    member = member_of_actor(actor, document(date=dt.date(2018, 4, 5)))
    assert (member.name, member.ministry.name) == ("Hugo de Jonge", "Volksgezondheid, Welzijn en Sport")


def test_the_same_speaker_in_2023_is_filed_under_his_later_portfolio():
    member = member_of_actor("minister (De Jonge)", document(date=dt.date(2023, 3, 1)))
    assert (member.portfolio, member.ministry.name) == (
        "Volkshuisvesting en Ruimtelijke Ordening",
        "Binnenlandse Zaken en Koninkrijksrelaties",
    )


def test_an_undated_debate_leaves_a_member_of_several_terms_to_a_clerk():
    assert member_of_actor("minister (De Jonge)", document()) is None


def test_a_member_out_of_office_on_the_document_date_is_not_the_speaker():
    assert member_of_actor("minister (Kamp)", document(date=dt.date(2018, 4, 5))) is None


def test_two_members_with_the_same_surname_are_left_to_a_clerk():
    ministry = Ministry.objects.get(name="Financiën")
    GovernmentMember.objects.create(name="A. de Vries", office="minister", ministry=ministry)
    GovernmentMember.objects.create(name="B. de Vries", office="staatssecretaris", ministry=ministry)
    assert member_of_actor("minister (De Vries)", document()) is None


def test_a_signatory_the_table_knows_for_that_date_adds_no_member():
    before = GovernmentMember.objects.count()
    signatory = SimpleNamespace(name="R.P. Brekelmans", office="minister", ministry="Defensie")
    register_signatories(document(date=dt.date(2025, 2, 1)), [signatory])
    assert GovernmentMember.objects.count() == before
