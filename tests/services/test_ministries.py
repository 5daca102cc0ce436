"""One ministry per ministry: every spelling of a name, on the date it was used, finds the same row."""

import datetime as dt

import pytest

from commitments.models import Ministry, MinistrySuccession
from commitments.services.ministries import ministry_by_name, ministry_for

pytestmark = pytest.mark.django_db

LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"
EZ = "Economische Zaken"


@pytest.mark.parametrize(
    "name, on, ministry",
    [
        ("LNV", dt.date(2019, 5, 1), LVVN),
        ("Landbouw, Natuur en Voedselkwaliteit", dt.date(2019, 5, 1), LVVN),
        ("Landbouw", None, LVVN),
        ("LNV", None, LVVN),
        ("LNV", dt.date(2008, 1, 1), "Landbouw, Natuur en Voedselkwaliteit (tot 2010)"),
        ("EL&I", None, EZ),
        ("Economische Zaken, Landbouw en Innovatie", dt.date(2011, 6, 1), EZ),
        ("EZK", dt.date(2018, 4, 5), EZ),
        ("ministerie van Economische Zaken en Klimaat", None, EZ),
        ("Onderwijs", None, "Onderwijs, Cultuur en Wetenschap"),
        ("OCW", None, "Onderwijs, Cultuur en Wetenschap"),
        ("Volksgezondheid", None, "Volksgezondheid, Welzijn en Sport"),
        ("VWS", None, "Volksgezondheid, Welzijn en Sport"),
        ("Medische Zorg", dt.date(2019, 1, 1), "Volksgezondheid, Welzijn en Sport"),
        ("Financien", None, "Financiën"),
        ("Buitenlandse Handel en Ontwikkelingssamenwerking", None, "Buitenlandse Zaken"),
        ("Volkshuisvesting en Ruimtelijke Ordening", dt.date(2023, 1, 1), "Binnenlandse Zaken en Koninkrijksrelaties"),
        ("Volkshuisvesting en Ruimtelijke Ordening", dt.date(2025, 1, 1), "Volkshuisvesting en Ruimtelijke Ordening"),
        ("VenJ", None, "Justitie en Veiligheid"),
    ],
)
def test_a_name_finds_the_ministry_it_meant_on_that_date(name, on, ministry):
    assert ministry_by_name(name, on=on).name == ministry


def test_an_unknown_name_finds_nothing():
    assert ministry_by_name("Ministerie van Toverkunst") is None


def test_an_unknown_name_becomes_one_ministry_found_under_its_other_spellings():
    first = ministry_for("ministerie van Toverkunst")
    assert first.name == "Toverkunst"
    assert ministry_for("TOVERKUNST") == first


def test_the_chain_of_agriculture_is_shipped_with_its_dates():
    chain = {
        (s.predecessor.abbreviation, s.successor.abbreviation, s.on.year)
        for s in MinistrySuccession.objects.select_related("predecessor", "successor")
    }
    assert {("LNV", "EZ", 2010), ("EZ", "LVVN", 2017), ("EZ", "KGG", 2024)} <= chain


def test_every_shipped_ministry_name_says_where_it_comes_from():
    assert not Ministry.objects.filter(source="").exists()
