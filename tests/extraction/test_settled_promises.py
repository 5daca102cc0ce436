"""A report of an earlier promise is an open commitment only while it is open (engine._settled_here): in a debate
the minister recalls it to hold to it, a letter recalls it to answer it unless it promises on; and a chair's list of
toezeggingen is read without bullets too. Texts of our own, one behaviour each."""

from datetime import date

from commitments.extraction import ExtractionConfig, extract

LETTER = """Tweede Kamer der Staten-Generaal
Den Haag, {day}

Geachte voorzitter,

In het commissiedebat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren over de wachttijden. {next}

De minister van Volksgezondheid, Welzijn en Sport,
"""


def _rules(text: str) -> list[str]:
    return [c.rule for c in extract(text, ExtractionConfig(reference_date=date(2026, 4, 1))).commitments]


def test_a_letter_that_only_recalls_a_promise_answers_it_and_promises_nothing():
    text = LETTER.format(day="1 april 2026", next="Over de financiering volgt later meer.")
    assert "toezegging.restated" not in _rules(text)


def test_a_letter_that_recalls_a_promise_and_makes_it_its_own_again_keeps_it_open():
    text = LETTER.format(day="1 april 2026", next="").replace(
        "In het commissiedebat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren",
        "Zoals ik in het commissiedebat van 3 maart heb toegezegd, zal ik uw Kamer voor 1 juni informeren",
    )
    assert _rules(text)


def test_a_minister_who_recalls_a_promise_in_a_debate_holds_to_it():
    text = (
        "Commissiedebat over de wachttijden\n\nMinister Jansen:\n\nVoorzitter. In het vorige debat heb ik toegezegd"
        " de Kamer voor 1 juni te informeren over de wachttijden. Daar houd ik mij aan.\n"
    )
    assert "toezegging.restated" in _rules(text)


def test_a_restated_promise_this_letter_fulfils_is_no_commitment():
    text = LETTER.format(day="1 april 2026", next="Deze toezegging doe ik hierbij gestand.")
    assert "toezegging.restated" not in _rules(text)


def test_a_restated_promise_whose_deadline_has_come_is_no_commitment():
    text = LETTER.format(day="2 juni 2026", next="Over de financiering volgt later meer.")
    assert "toezegging.restated" not in _rules(text)


TOLD_BEFORE = """Tweede Kamer der Staten-Generaal
Den Haag, 1 april 2026

Geachte voorzitter,

Ik heb u eerder bericht dat uw Kamer nog wordt geïnformeerd over de reactie op het advies. {next}

De minister van Volksgezondheid, Welzijn en Sport,
"""


def test_a_promise_told_as_said_before_is_no_new_promise_of_the_letter():
    assert not _rules(TOLD_BEFORE.format(next="Over de financiering volgt later meer."))


def test_a_promise_told_as_said_before_that_this_letter_fulfils_is_no_commitment():
    assert not _rules(TOLD_BEFORE.format(next="Met deze brief geef ik hier invulling aan."))


ABOUT_A_PROMISE = """Tweede Kamer der Staten-Generaal
Den Haag, 1 april 2026

Betreft Toezegging informeren Kamer over de wachttijden

Geachte voorzitter,

In het commissiedebat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren over de wachttijden. Op 20 maart
heb ik daarover met de zorgverzekeraars gesproken.

De minister van Volksgezondheid, Welzijn en Sport,
"""


def test_a_sentence_that_carries_out_the_promise_it_names_is_no_commitment():
    text = LETTER.format(day="1 april 2026", next="").replace(
        "In het commissiedebat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren over de wachttijden.",
        "Daarmee geef ik uitvoering aan de toezegging om de laatste cijfers over de wachttijden met uw Kamer te delen.",
    )
    assert _rules(text) == []


def test_a_promise_told_in_the_simple_past_is_recalled_not_made_by_the_letter():
    text = LETTER.format(day="1 april 2026", next="").replace(
        "In het commissiedebat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren over de wachttijden.",
        "Tijdens het commissiedebat van 3 maart zegde ik toe om de cijfers over de wachttijden met de Kamer te delen.",
    )
    assert _rules(text) == []


def test_a_restated_promise_in_a_letter_whose_subject_is_that_toezegging_is_no_commitment():
    assert "toezegging.restated" not in _rules(ABOUT_A_PROMISE)


DEBATE = """Debat over de cyberveiligheid

Aan de orde is het debat over de cyberveiligheid.

De voorzitter:

Dan zijn we aan het einde gekomen van het debat, maar niet voordat ik de toezegging heb voorgelezen.

De minister zegt toe de Kamer voor de behandeling van de begroting schriftelijk te informeren over de aanbevelingen.

Dank u wel. Ik sluit de vergadering.
"""


def test_the_chairs_list_of_toezeggingen_counts_without_bullets():
    found = extract(DEBATE, ExtractionConfig(reference_date=date(2026, 4, 1))).commitments
    assert [c.rule for c in found] == ["toezegging.registry"]


POSTPONEMENT = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 6 april 2020

{reason} Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen. De benodigde afstemming
vereist nog enige tijd. {promise}

De Minister van Binnenlandse Zaken en Koninkrijksrelaties,

R.W. Knops
"""


def _renewals(text: str) -> list[tuple[str, bool]]:
    return [(c.quote[:20], c.refers_to_earlier) for c in extract(text).commitments]


def test_a_new_time_for_a_promise_the_letter_puts_off_restates_that_promise():
    text = POSTPONEMENT.format(
        reason="Bij brief van 27 november 2019 heb ik u bericht dat ik voor 1 april 2020 een notitie zou sturen.",
        promise="Ik verwacht u de notitie uiterlijk 30 april te doen toekomen.",
    )
    assert _renewals(text) == [("Ik verwacht u de not", True)]


def test_a_new_time_for_a_reaction_the_kamer_asked_for_restates_no_promise():
    text = POSTPONEMENT.format(
        reason="Uw Kamer heeft mij op 11 februari 2020 verzocht om een reactie te geven op drie studies.",
        promise="Ik zal u mijn reactie zo spoedig mogelijk sturen.",
    )
    assert _renewals(text) == [("Ik zal u mijn reacti", False)]
