"""Kamerstukken other than letters and answers: a memorie van antwoord to the Eerste Kamer, a verslag van
een schriftelijk overleg and a page of the Eerste Kamer register (genre_sentences/*.txt, in their idiom).
The members' questions and paraphrases in them promise nothing; the government's answers do."""

from datetime import date
from pathlib import Path

import pytest

from commitments.extraction import ExtractionConfig, extract

PAPERS = Path(__file__).with_name("genre_sentences")


def _read(name):
    return extract((PAPERS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name, day, chamber",
    [
        ("memorie_van_antwoord.txt", date(2026, 3, 3), "EK"),  # "Ontvangen 3 maart 2026"
        ("verslag_schriftelijk_overleg.txt", date(2026, 2, 17), "TK"),  # "Vastgesteld 17 februari 2026"
    ],
)
def test_the_day_received_or_adopted_is_the_document_date(name, day, chamber):
    info = _read(name).document
    assert (info.date, info.chamber) == (day, chamber)


def test_a_brief_van_in_the_running_text_does_not_make_a_memorie_van_antwoord_a_letter():
    assert _read("memorie_van_antwoord.txt").document.kind == "other"


def test_the_answers_of_a_memorie_van_antwoord_are_its_commitments():
    items = _read("memorie_van_antwoord.txt").commitments
    assert [(i.actor, i.due_date.isoformat()) for i in items] == [
        ("kabinet", "2026-12-31"),
        ("kabinet", "2030-12-31"),
        ("kabinet", "2026-06-01"),
    ]


def test_the_answers_of_a_verslag_schriftelijk_overleg_are_its_commitments():
    items = _read("verslag_schriftelijk_overleg.txt").commitments
    assert [(i.action, i.due_date and i.due_date.isoformat(), i.condition) for i in items] == [
        ("send", "2026-07-03", None),
        ("inform", "2026-12-31", None),
        ("inform", None, "na afronding van de pilot in Utrecht"),
    ]
    assert {i.actor for i in items} == {"staatssecretaris van Volksgezondheid, Welzijn en Sport"}


@pytest.mark.parametrize("name", ["memorie_van_antwoord.txt", "verslag_schriftelijk_overleg.txt"])
def test_what_members_ask_or_read_is_no_commitment(name):
    quotes = " ".join(i.quote for i in _read(name).commitments)
    assert "leden" not in quotes and "Zij " not in quotes


def test_a_page_of_the_eerste_kamer_register_gives_each_entry_and_the_quoted_answer():
    found = extract(
        (PAPERS / "eerste_kamer_register.txt").read_text(encoding="utf-8"),
        ExtractionConfig(reference_date=date(2026, 3, 10)),
    )
    assert found.document.chamber == "EK"
    assert [(i.actor, i.due_date and i.due_date.isoformat(), i.condition) for i in found.commitments] == [
        ("staatssecretaris van Financiën", "2026-07-08", None),  # the EK zomerreces, not the TK's
        ("kabinet", "2026-06-01", None),
        ("minister van Financiën", None, "zodra deze gereed is"),
    ]
