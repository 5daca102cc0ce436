"""The rule table judges clauses (promises/matching.py): a promise inside a longer sentence is found in
its own clause, and a veto reaches the clauses it governs only when it speaks of their content."""

import pytest

from commitments.extraction.promises.clauses import reading_without_bare_relatives
from commitments.extraction.promises.matching import judge


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierbij bericht ik u dat ik de evaluatie na de zomer aan uw Kamer zal zenden.",
        "Met deze brief meld ik u dat ik het wetsvoorstel na de zomer bij uw Kamer zal indienen.",
        "Eerder heb ik u gemeld dat ik de evaluatie na de zomer aan uw Kamer zal zenden.",
    ],
    ids=["this document", "this letter", "a past tense"],
)
def test_a_veto_of_the_governing_clause_does_not_reach_the_promise_it_governs(sentence):
    assert judge(sentence).is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        "De leden vragen of de minister de Kamer voor de zomer wil informeren.",
        "Ik verwacht dat de toezichthouder de Kamer voor de zomer zal informeren.",
        "Het wetsvoorstel regelt dat de minister de Kamer jaarlijks informeert.",
        "Ik kan niet toezeggen dat ik de Kamer voor de zomer zal informeren.",
    ],
    ids=["members ask", "an expectation", "the law provides", "a refusal"],
)
def test_a_veto_that_speaks_of_the_governed_content_reaches_it(sentence):
    assert not judge(sentence).is_commitment


def test_a_promise_in_the_second_half_of_a_coordination_is_found():
    verdict = judge(
        "Als de evaluatie daartoe aanleiding geeft, kunnen de regels worden aangepast en stel ik uw"
        " Kamer direct op de hoogte."
    )
    assert verdict.is_commitment


def test_a_second_half_that_leaves_out_its_subject_shares_the_first_halfs():
    # "de Kamer" after the verb is its receiver, not a subject of its own; "dat" is the object, opening no clause
    assert judge("Ik breng dat in kaart en stuur uw Kamer voor de zomer een overzicht van de kosten.").is_commitment
    assert not judge("Ik weet dat niet en hij komt in het najaar met een plan.").is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik neem dat mee en laat u voor de zomer weten hoe het staat.",
        "Wij werken dat uit en sturen uw Kamer voor de zomer een brief.",
        "Ik wacht dat advies af en laat u voor de zomer weten hoe het staat.",
    ],
)
def test_a_second_half_without_its_subject_is_read_with_the_first_halfs(sentence):
    assert judge(sentence).is_commitment


def test_a_second_half_inside_a_quoted_dictum_gets_no_subject_of_the_speaker():
    assert not judge(
        'Ik stel een ander dictum voor: "verzoekt de regering de pilot voort te zetten en informeert de Kamer voor de'
        ' begroting".'
    ).is_commitment


def test_a_promise_interrupted_by_an_insertion_is_found():
    verdict = judge(
        "Ik verwacht het definitieve rapport, behoudens eventuele vertrouwelijke elementen, na de zomer"
        " met uw Kamer te kunnen delen."
    )
    assert verdict.is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik verwacht het wetsvoorstel dat is aangekondigd in het coalitieakkoord, nog voor de zomer aan uw Kamer"
        " te sturen.",
        "Ik verwacht de evaluatie waarom de commissie heeft gevraagd, na de zomer aan uw Kamer te zenden.",
    ],
    ids=["dat with its verb next", "a waar- word"],
)
def test_a_relative_clause_that_only_a_closing_comma_bounds_does_not_interrupt_the_promise(sentence):
    assert judge(sentence).is_commitment


def test_a_complement_is_not_read_as_a_relative_clause_to_leave_out():
    assert (
        reading_without_bare_relatives("Uit de verkenning volgt dat optie twee, een hoger tarief, waarschijnlijker is.")
        == ""
    )


def test_a_registry_entry_with_a_long_insertion_is_found():
    verdict = judge(
        "De minister van Binnenlandse Zaken zegt de Kamer, naar aanleiding van vragen van de leden"
        " Bikker (ChristenUnie), Lintmeijer (GroenLinks), Nooren (PvdA) en Van der Linden (JA21) over"
        " de gevolgen voor gemeenten en provincies, toe de Kamer over de evaluatie te informeren."
    )
    assert verdict.is_commitment and verdict.rule.name == "toezegging.registry"


def test_a_perfect_in_a_relative_clause_restates_nothing():
    assert not judge("Hierbij stuur ik u het rapport dat ik u in het debat van 3 maart heb toegezegd.").is_commitment


def test_a_reason_put_first_lends_no_document_to_the_clause_after_it():
    verdict = judge(
        "Zoals ik in de betreffende brief heb aangegeven, kan de rechter de regeling onverbindend"
        " verklaren als geen compensatie wordt opgenomen."
    )
    assert not verdict.is_commitment


def test_a_question_promises_nothing_in_any_of_its_clauses():
    assert not judge(
        "Kan de minister toezeggen dat hij de Kamer voor de zomer informeert en dat hij de gemeenten raadpleegt?"
    ).is_commitment


@pytest.mark.parametrize("spoken, promises", [(True, True), (False, False)], ids=["said in a debate", "written"])
def test_the_present_tense_of_sending_promises_in_speech_only(spoken, promises):
    assert judge("Ik stuur u de brief over de wachttijden.", spoken=spoken).is_commitment is promises


def test_what_others_do_after_a_verb_of_saying_is_not_the_speakers_promise():
    # "dat" after "zeggen" opens a clause whose subject (a bare plural) is not the speaker's
    sentence = "Ik wil wel zeggen dat vissers de komende tijd willen kijken naar nieuwe technieken."
    assert not judge(sentence).is_commitment


def test_a_condition_with_its_verb_first_is_no_obligation_of_the_promise_it_conditions():
    # 840, a debate: "Moet ik constateren ..., dan ..." asks if it must, it does not say it must
    sentence = "Moet ik constateren dat dat nul komma nul is, dan ga ik dat gewoon constateren en aan u vertellen."
    assert judge(sentence, spoken=True).is_commitment


def test_an_obligation_stated_is_still_no_promise():
    assert not judge("Dat moet ik nog bestuderen.", spoken=True).is_commitment
