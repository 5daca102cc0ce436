"""A registry entry ("De minister ... zegt de Kamer ... toe") names its actor and is not a signature."""

import textwrap
from datetime import date

import pytest

from commitments.extraction import ExtractionConfig, extract

ENTRY = (
    "Toezegging Evaluatie Wet normering topinkomens (36.123)\n\n"
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar aanleiding van een vraag "
    "van het lid Dittrich (D66), toe de Kamer voor 1 juli 2026 te informeren over de uitkomsten van de "
    "evaluatie van de WNT.\n\nKamerstuk: Handelingen I 2025/26, nr. 12, item 8\n"
)


def test_the_registry_sentence_is_a_commitment_of_the_minister_it_names():
    [item] = extract(ENTRY).commitments
    assert item.actor == "minister van Binnenlandse Zaken en Koninkrijksrelaties"
    assert (item.action, item.due_date.isoformat()) == ("inform", "2026-06-30")


def test_a_registry_entry_records_a_promise_made_earlier():
    [item] = extract(ENTRY).commitments
    assert item.refers_to_earlier


def test_the_registry_sentence_is_not_read_as_a_signature():
    assert extract(ENTRY).document.signatories == ()


def test_the_entry_is_addressed_to_the_eerste_kamer():
    assert extract(ENTRY).document.chamber == "EK"


NUMBERED_ENTRY = (
    "Toezegging Netcongestie (36.378) (T03902)\n\n"
    "De minister voor Klimaat en Groene Groei zegt de Kamer, naar aanleiding van een vraag van het lid Kroon (BBB), "
    "toe de Kamer voor het kerstreces een brief te sturen over de wachtrijen bij de netbeheerders.\n"
)


def test_an_entry_numbered_as_the_eerste_kamer_numbers_them_is_addressed_to_it():
    assert extract(NUMBERED_ENTRY).document.chamber == "EK"


def test_a_minister_voor_is_read_as_the_registry_names_him():
    [item] = extract(NUMBERED_ENTRY, ExtractionConfig(reference_date=date(2026, 3, 10))).commitments
    assert (item.rule, item.actor) == ("toezegging.registry", "minister voor Klimaat en Groene Groei")


def test_the_deadline_is_the_eerste_kamer_recess():
    [item] = extract(NUMBERED_ENTRY, ExtractionConfig(reference_date=date(2026, 3, 10))).commitments
    assert item.due_date == date(2026, 12, 16)  # the EK kerstreces starts on Wednesday 16 December 2026


@pytest.mark.parametrize(
    "entry, actor",
    [
        (
            "De minister-president zegt de Kamer, naar aanleiding van een vraag van het lid Nicolaï (PvdD), toe"
            " een notitie over de vertrouwensregel te zenden.",
            "minister-president",
        ),
        (
            "De ministers van Financiën en van Sociale Zaken en Werkgelegenheid zeggen de Kamer toe de evaluatie"
            " te sturen.",
            None,
        ),
        ("Het kabinet zegt de Kamer toe voor de zomer een brief over de uitvoering te sturen.", "kabinet"),
    ],
)
def test_every_third_person_of_the_registries_is_a_promise(entry, actor):
    [item] = extract(entry).commitments
    assert item.rule == "toezegging.registry"
    if actor:
        assert item.actor == actor


def test_a_list_of_toezeggingen_without_a_ministry_names_the_office():
    [item] = extract(
        "Toezeggingen\n- De staatssecretaris informeert de Kamer in het najaar over het overleg."
    ).commitments
    assert item.actor == "staatssecretaris"


def test_an_entry_wrapped_at_a_narrow_margin_is_still_no_signature():
    # corpus 249's entry (Eerste Kamer registry) as a rappel list's PDF prints it: its first line opens like a
    # signature ("De minister van Veiligheid en Justitie") and goes on with the registry's verb
    entry = textwrap.fill(
        "De minister van Veiligheid en Justitie zegt de Kamer, naar aanleiding van vragen en opmerkingen van het lid"
        " Van Bijsterveld, toe de werking van onderhavig wetsvoorstel in de praktijk te analyseren.",
        width=60,
    )
    assert entry.splitlines()[0] == "De minister van Veiligheid en Justitie zegt de Kamer, naar"
    [item] = extract(entry).commitments
    assert item.rule == "toezegging.registry"
