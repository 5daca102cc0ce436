"""A registry entry ("De minister ... zegt de Kamer ... toe") names its actor and is not a signature."""

from commitments.extraction import extract

ENTRY = (
    "Toezegging Evaluatie Wet normering topinkomens (36.123)\n\n"
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar aanleiding van een vraag "
    "van het lid Dittrich (D66), toe de Kamer voor 1 juli 2026 te informeren over de uitkomsten van de "
    "evaluatie van de WNT.\n\nKamerstuk: Handelingen I 2025/26, nr. 12, item 8\n"
)


def test_the_registry_sentence_is_a_commitment_of_the_minister_it_names():
    [item] = extract(ENTRY).commitments
    assert item.actor == "minister van Binnenlandse Zaken en Koninkrijksrelaties"
    assert (item.action, item.due_date.isoformat()) == ("inform", "2026-07-01")


def test_the_registry_sentence_is_not_read_as_a_signature():
    assert extract(ENTRY).document.signatories == ()


def test_the_entry_is_addressed_to_the_eerste_kamer():
    assert extract(ENTRY).document.chamber == "EK"
