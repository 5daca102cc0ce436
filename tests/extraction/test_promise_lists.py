"""The list of toezeggingen the chair reads out at the end of a commissiedebat: the chair's words, the
government's promises. Outside such a list the chair (and every member) promises nothing."""

from datetime import date

from commitments.extraction import ExtractionConfig, extract

DEBATE = """Verslag van een commissiedebat over het gevangeniswezen

Aan de orde is het commissiedebat Gevangeniswezen en tbs.

Mevrouw Mutluer (GroenLinks-PvdA):

Voorzitter. Ik wil dat de staatssecretaris de Kamer voor de zomer informeert. Ik zal een motie indienen.

Staatssecretaris Struycken:

Daar ga ik niet over; dat is aan de rechter.

De voorzitter:

Dank u wel. Ik heb de volgende toezeggingen genoteerd.

- De staatssecretaris informeert de Kamer voor de zomer over de capaciteit in het gevangeniswezen.

- De staatssecretaris stuurt de Kamer in het najaar een brief over de personeelstekorten
bij de Dienst Justitiële Inrichtingen.

Dan zijn we aan het einde gekomen van dit debat. We zullen dinsdag stemmen over de moties.

De heer Van Nispen (SP):

Ik zal de minister daar in het tweeminutendebat op aanspreken.
"""


def _extract(text=DEBATE):
    return extract(text, ExtractionConfig(reference_date=date(2026, 3, 10))).commitments


def test_every_item_of_the_list_the_chair_reads_out_is_a_commitment():
    items = _extract()
    assert [(i.action, i.due_date.isoformat()) for i in items] == [("inform", "2026-07-03"), ("send", "2026-12-31")]


def test_the_bullet_of_an_item_is_not_quoted():
    assert [i.quote[:20] for i in _extract()] == ["De staatssecretaris ", "De staatssecretaris "]


def test_an_item_wrapped_over_two_lines_is_quoted_whole():
    assert _extract()[1].quote.endswith("bij de Dienst Justitiële Inrichtingen.")


def test_the_office_named_in_the_item_is_the_member_of_government_who_spoke_with_that_office():
    assert {i.actor for i in _extract()} == {"staatssecretaris (Struycken)"}


def test_an_item_that_names_no_promiser_is_the_one_member_of_government_who_spoke():
    text = DEBATE.replace("- De staatssecretaris informeert de Kamer", "- De Kamer wordt").replace(
        "over de capaciteit", "geïnformeerd over de capaciteit"
    )
    assert _extract(text)[0].actor == "staatssecretaris (Struycken)"


def test_an_office_that_two_members_of_government_held_in_the_debate_stays_the_office():
    text = DEBATE.replace(
        "De voorzitter:\n\nDank u wel.",
        "Staatssecretaris Rutte:\n\nDat is aan de rechter.\n\nDe voorzitter:\n\nDank u wel.",
    )
    assert {i.actor for i in _extract(text)} == {"staatssecretaris"}


def test_every_item_records_a_promise_made_earlier_in_the_debate():
    assert [i.refers_to_earlier for i in _extract()] == [True, True]


def test_the_chair_speaks_again_after_the_list_and_members_stay_silent():
    quotes = " ".join(i.quote for i in _extract())
    assert "stemmen" not in quotes and "motie" not in quotes and "aanspreken" not in quotes


def test_bullets_without_an_announced_list_of_toezeggingen_stay_the_chairs():
    text = DEBATE.replace("Ik heb de volgende toezeggingen genoteerd.", "Ik geef de volgende punten mee.")
    assert _extract(text) == []


def test_the_chair_noting_a_promise_just_made_repeats_it():
    text = """Aan de orde is het commissiedebat Zorgpersoneel.

Staatssecretaris Jansen:

Ik kan dat nu niet toezeggen.

De voorzitter:

De staatssecretaris komt erop terug voor het reces. Die wordt genoteerd.

Dan gaan we naar de volgende vraag.
"""
    assert [i.quote for i in _extract(text)] == ["De staatssecretaris komt erop terug voor het reces."]


def test_the_chair_naming_the_government_without_noting_a_promise_promises_nothing():
    text = """Aan de orde is het commissiedebat Zorgpersoneel.

De voorzitter:

De staatssecretaris komt zo terug in de zaal. Dan schors ik even.
"""
    assert _extract(text) == []


def test_the_member_of_government_answering_when_an_item_is_due_gives_its_timing():
    text = DEBATE.replace(
        "bij de Dienst Justitiële Inrichtingen.\n",
        "bij de Dienst Justitiële Inrichtingen.\n\n- De staatssecretaris gaat in gesprek met de regio over de"
        " opvang en informeert de Kamer hierover.\n\nDe vraag is dan: wanneer?\n\nStaatssecretaris Struycken:\n\n"
        "Na het BO MIRT.\n\nDe voorzitter:\n\nDat is genoteerd.\n",
    )
    assert _extract(text)[2].condition == "Na het BO MIRT"
