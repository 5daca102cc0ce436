"""Deadlines named by the budget cycle and the parliamentary year, as Kamerbrieven of every ministry and the
registries write them (reference date Tuesday 10 March 2026; TK recesses unless the chamber is the EK)."""

from datetime import date

import pytest

from commitments.extraction.deadlines.recesses import RecessCalendar
from commitments.extraction.deadlines.resolution import resolve_deadline

CALENDAR = RecessCalendar.bundled()
REFERENCE = date(2026, 3, 10)

PHRASES = [
    # (phrase, due date)
    ("bij de Voorjaarsnota", "2026-06-01"),
    ("voorafgaand aan de Voorjaarsnota", "2026-06-01"),
    ("ten tijde van de Voorjaarsnota", "2026-06-01"),
    ("met de Miljoenennota", "2026-09-15"),
    ("bij de begroting 2027", "2026-09-15"),
    ("in aanloop naar Prinsjesdag", "2026-09-15"),
    ("bij de Najaarsnota", "2026-11-30"),
    ("op Verantwoordingsdag", "2026-05-20"),
    ("bij het jaarverslag over 2026", "2027-05-19"),
    ("bij het jaarverslag 2026", "2027-05-19"),
    ("bij de jaarverslagen", "2026-05-20"),
    ("voor de behandeling van de begroting", "2026-11-01"),
    ("bij de behandeling van de begroting 2027", "2026-11-01"),
    ("voor het einde van het eerste kwartaal", "2026-03-31"),
    ("voor het einde van het tweede kwartaal van 2027", "2027-06-30"),
    ("eind van het derde kwartaal", "2026-09-30"),
    ("uiterlijk in Q2", "2026-06-30"),
    ("in het eerste kwartaal van 2027", "2027-03-31"),
    ("medio 2027", "2027-06-30"),
    ("begin volgend jaar", "2027-03-31"),
    ("eind dit jaar", "2026-12-31"),
    ("dit kalenderjaar", "2026-12-31"),
    ("rond de jaarwisseling", "2026-12-31"),
    ("in de loop van 2027", "2027-12-31"),
    ("na de zomer", "2026-09-30"),
    ("voor het kerstreces", "2026-12-18"),
]


@pytest.mark.parametrize("phrase, due", PHRASES, ids=[p for p, _ in PHRASES])
def test_a_phrase_of_the_budget_or_parliamentary_year_has_its_due_date(phrase, due):
    found = resolve_deadline(
        f"Ik informeer uw Kamer {phrase} over de uitkomsten.", reference_date=REFERENCE, calendar=CALENDAR
    )
    assert (found.due_date, found.text) == (date.fromisoformat(due), phrase)


def test_the_eerste_kamer_recess_is_used_for_the_eerste_kamer():
    found = resolve_deadline(
        "Ik informeer de Kamer voor het kerstreces.", reference_date=REFERENCE, calendar=CALENDAR, chamber="EK"
    )
    assert found.due_date == date(2026, 12, 16)


def test_an_annual_report_long_past_is_not_the_deadline():
    found = resolve_deadline(
        "In het jaarverslag over 2024 is dit toegelicht; ik informeer u na de zomer.",
        reference_date=REFERENCE,
        calendar=CALENDAR,
    )
    assert found.due_date == date(2026, 9, 30)
