"""Deliveries: sentences in which the government fulfils or postpones a promise (sentences of our own,
written the way letters of any ministry put it), and how the engine reports them beside the commitments."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.score_corpus import names_in_half
from commitments.extraction import Delivery, ExtractionConfig, engine, extract
from commitments.extraction.deliveries.finding import DELIVERY_RULES, KINDS, judge_delivery

ROOT = Path(__file__).resolve().parents[2]
# The first corpus only: the later real documents are measured by the scorer, not pinned here.
CORPUS = [ROOT / "tests" / "corpus" / f"{name}.txt" for name in names_in_half(ROOT / "tests" / "corpus", "seen")]

DELIVERIES = [
    # (rule, kind, sentence)
    ("fulfil.this_document", "fulfils", "Met deze brief informeer ik uw Kamer over de stand van zaken."),
    ("fulfil.this_document", "fulfils", "Hierbij stuur ik u de voortgangsrapportage over de jeugdzorg."),
    ("fulfil.this_document", "fulfils", "Met deze brief informeren wij uw Kamer over de Coalition of the Willing."),
    ("fulfil.this_document", "fulfils", "Hierbij bieden wij u de antwoorden aan op de vragen van het lid Kops."),
    ("fulfil.this_document", "fulfils", "Bijgaand treft u het rapport van de commissie-Van Dijk aan."),
    ("fulfil.this_document", "fulfils", "In deze brief ga ik in op de motie van het lid Bikker over de wachttijden."),
    ("fulfil.this_document", "fulfils", "Met deze voortgangsbrief wordt uw Kamer geïnformeerd over de uitvoering."),
    ("fulfil.this_document", "fulfils", "In deze brief wordt ingegaan op de motie van het lid Grinwis."),
    ("fulfil.this_document", "fulfils", "Met deze brief kom ik aan dit verzoek van de commissie tegemoet."),
    (
        "fulfil.this_document",
        "fulfils",
        "Graag maak ik van de gelegenheid gebruik u hierbij te informeren over de pilot.",
    ),
    ("fulfil.promise_kept", "fulfils", "Hiermee kom ik mijn toezegging na."),
    ("fulfil.promise_kept", "fulfils", "Hiermee doe ik de toezegging aan het lid Dassen gestand."),
    (
        "fulfil.promise_kept",
        "fulfils",
        "Met deze brief geef ik invulling aan de toezegging om uw Kamer te informeren over de uitvoering van de wet.",
    ),
    (
        "fulfil.promise_kept",
        "fulfils",
        "Met deze brief voldoe ik aan het verzoek van de vaste commissie voor Financiën.",
    ),
    ("fulfil.promise_kept", "fulfils", "Daarmee is de motie van het lid Van der Plas uitgevoerd."),
    (
        "fulfil.promise_kept",
        "partly_fulfils",
        "Aan deze toezegging over de wachttijden kan ik op dit moment slechts ten dele tegemoetkomen.",
    ),
    ("fulfil.promise_kept", "fulfils", "Ik beschouw de toezegging over de netcongestie hiermee als afgedaan."),
    ("fulfil.promise_kept", "fulfils", "De toezegging aan het lid Dassen is hiermee afgedaan."),
    (
        "fulfil.promise_kept",
        "fulfils",
        "De motie-Grinwis over de waterstofbackbone beschouw ik hiermee als uitgevoerd.",
    ),
    (
        "fulfil.as_promised",
        "fulfils",
        "Zoals toegezegd in het commissiedebat van 12 maart stuur ik u de evaluatie van de regeling.",
    ),
    ("fulfil.as_promised", "fulfils", "Conform mijn toezegging informeer ik uw Kamer over de uitkomsten van de pilot."),
    ("fulfil.present_tense", "fulfils", "In dat kader informeert het kabinet uw Kamer over de recente ontwikkelingen."),
    ("fulfil.present_tense", "fulfils", "Graag bied ik u het jaarverslag van de Autoriteit Persoonsgegevens aan."),
    (
        "fulfil.this_document",
        "partly_fulfils",
        "Met deze brief geef ik een eerste reactie op het rapport; de kabinetsreactie volgt na de zomer.",
    ),
    ("fulfil.promise_kept", "partly_fulfils", "Hiermee geef ik gedeeltelijk invulling aan de motie-Omtzigt."),
    ("postpone.later_than_promised", "postpones", "De evaluatie van de Omgevingswet verschijnt later dan toegezegd."),
    (
        "postpone.later_than_planned",
        "postpones",
        "De voortgangsrapportage komt later dan gepland, namelijk in oktober.",
    ),
    (
        "postpone.not_as_promised",
        "postpones",
        "Helaas kan ik u niet zoals toegezegd voor de zomer informeren; ik verwacht dit na de zomer te doen.",
    ),
    (
        "postpone.not_as_promised",
        "postpones",
        "Anders dan aangekondigd ontvangt uw Kamer het wetsvoorstel pas in het najaar.",
    ),
    (
        "postpone.not_as_promised",
        "postpones",
        "De vragen kunnen helaas niet binnen de gebruikelijke termijn van drie weken worden beantwoord.",
    ),
    ("postpone.delayed", "postpones", "Het onderzoek naar de tarieven heeft vertraging opgelopen."),
    ("postpone.delayed", "postpones", "De toezending van de evaluatie wordt uitgesteld tot na de zomer."),
    ("postpone.delayed", "postpones", "De uitvoeringstoets vergt meer tijd dan voorzien."),
    ("postpone.delayed", "postpones", "Ik heb besloten de evaluatie van de regeling uit te stellen tot 2027."),
    ("postpone.does_not_work", "postpones", "Door de verkiezingen lukt dat helaas niet voor de zomer."),
    (
        "postpone.had_promised",
        "postpones",
        "De evaluatie die ik uw Kamer voor 1 juli had toegezegd, ontvangt u in september.",
    ),
    ("postpone.instead_of", "postpones", "De toegezegde brief ontvangt u in plaats van voor de zomer in het najaar."),
    ("postpone.not_feasible", "postpones", "Het is helaas niet gelukt de evaluatie voor 1 juli af te ronden."),
]

NOT_DELIVERIES = [
    ("a member asking for the promised letter", "Wanneer komt de toegezegde brief?"),
    ("a promise in the future tense", "Ik zal uw Kamer voor de zomer informeren over de evaluatie."),
    ("the present tense with a time ahead", "Ik informeer u na de zomer over de uitkomsten van het overleg."),
    ("a promise to send later", "Ik stuur u de rapportage zodra het onderzoek is afgerond."),
    ("a coming report", "Ik informeer uw Kamer hierover in de volgende voortgangsrapportage."),
    ("a policy aim that fails", "Het lukt niet om de kosten voor 2026 te verlagen."),
    ("a law delayed, not a promise", "De invoering van het nieuwe stelsel is uitgesteld tot 1 januari 2027."),
    ("'hierbij' for others", "De gemeenten ontvangen hierbij extra middelen."),
    (
        "a restated promise with its period outside the promise",
        "Zoals toegezegd informeer ik uw Kamer voor het kerstreces over de voortgang.",
    ),
    ("a promise to keep a promise", "Ik zal de toezegging aan het lid Dassen nakomen."),
    ("an earlier letter", "Bij brief van 3 maart jl. heb ik uw Kamer geïnformeerd over de pilot."),
    ("a project delayed, not a promise", "De aanleg van de verbindingsweg heeft vertraging opgelopen."),
    ("delay avoided", "Om vertraging van het onderzoek te voorkomen, start de tweede fase direct."),
    ("someone else's plan", "De industrie kan hierdoor later dan aanvankelijk gepland waterstof importeren."),
    ("'hiermee' without a delivery", "Hiermee is er een totaalpakket aan eisen voor de opslag van vuurwerk."),
    ("a third party reacting", "Hiermee reageert de sector op de nieuwe regels."),
    ("a promise someone else made", "De VS heeft in Berlijn toegezegd deze garanties te bieden."),
    ("refusing a request", "Ik kan niet voldoen aan het verzoek van de commissie."),
    ("a motion not yet carried out", "De motie-Grinwis beschouw ik nog niet als uitgevoerd."),
    ("a promise kept in an earlier year", "De toezegging over de netcongestie is in 2023 afgedaan."),
]


@pytest.mark.parametrize("rule, kind, sentence", DELIVERIES, ids=[f"{r}: {s[:40]}" for r, _, s in DELIVERIES])
def test_each_rule_finds_its_delivery(rule, kind, sentence):
    match = judge_delivery(sentence)
    assert match is not None and match.rule.name == rule


@pytest.mark.parametrize("rule, kind, sentence", DELIVERIES, ids=[f"{k}: {s[:40]}" for _, k, s in DELIVERIES])
def test_a_delivery_in_a_letter_has_its_kind(rule, kind, sentence):
    assert [d.kind for d in extract(_letter(sentence)).deliveries] == [kind]


@pytest.mark.parametrize("why, sentence", NOT_DELIVERIES, ids=[w for w, _ in NOT_DELIVERIES])
def test_look_alikes_are_not_deliveries(why, sentence):
    assert judge_delivery(sentence) is None
    assert extract(_letter(sentence)).deliveries == []


def test_every_rule_has_an_example_and_a_known_kind():
    assert {rule.name for rule in DELIVERY_RULES} == {rule for rule, _, _ in DELIVERIES}
    assert {rule.kind for rule in DELIVERY_RULES} <= set(KINDS)


def test_a_plain_delivery_names_no_promise():
    (item,) = extract(_letter("Met deze brief informeer ik u over de stand van zaken.")).deliveries
    assert (item.kind, item.refers_to_promise, item.promise_text) == ("fulfils", False, None)
    assert item.subject == "de stand van zaken"


@pytest.mark.parametrize(
    "sentence, promise_text",
    [
        (
            "Met deze brief geef ik invulling aan de toezegging om uw Kamer te informeren over de uitvoering"
            " van de wet.",
            "de toezegging om uw Kamer te informeren over de uitvoering van de wet",
        ),
        ("Hiermee kom ik mijn toezegging na.", "mijn toezegging"),
        (
            "Zoals toegezegd in het commissiedebat van 12 maart stuur ik u hierbij de evaluatie.",
            "Zoals toegezegd in het commissiedebat van 12 maart",
        ),
        (
            "Met deze brief geef ik uitvoering aan de motie van het lid Omtzigt c.s. (Kamerstuk 36 045, nr. 12) over de"
            " toeslagen.",
            "de motie van het lid Omtzigt c.s. (Kamerstuk 36 045, nr. 12) over de toeslagen",
        ),
        (
            "De toegezegde evaluatie van de Wet open overheid heeft vertraging opgelopen.",
            "De toegezegde evaluatie van de Wet open overheid",
        ),
    ],
    ids=["toezegging om", "mijn toezegging", "zoals toegezegd", "motie with c.s.", "de toegezegde evaluatie"],
)
def test_the_promise_is_quoted_verbatim(sentence, promise_text):
    (item,) = extract(_letter(sentence)).deliveries
    assert item.refers_to_promise
    assert item.promise_text == promise_text
    assert promise_text in item.quote


@pytest.mark.parametrize(
    "sentence, deadline_text, due",
    [
        (
            "Helaas kan ik u niet zoals toegezegd voor de zomer informeren; ik verwacht dit na de zomer te doen.",
            "na de zomer",
            None,
        ),
        ("De toegezegde brief ontvangt u in plaats van voor de zomer in het najaar.", "in het najaar", None),
        ("De voortgangsrapportage komt later dan gepland, namelijk eind oktober.", "eind oktober", date(2025, 10, 31)),
        (
            "Met deze brief geef ik een eerste reactie op het rapport; de kabinetsreactie volgt voor 1 december.",
            "voor 1 december",
            date(2025, 11, 30),
        ),
        (
            "Het onderzoek dat voor de zomer gereed zou zijn, heeft vertraging opgelopen en is in november klaar.",
            "in november",
            date(2025, 11, 30),
        ),
    ],
    ids=[
        "niet zoals toegezegd ... na de zomer",
        "in plaats van",
        "later dan gepland",
        "partly, the rest",
        "zou ... zijn",
    ],
)
def test_a_postponement_is_due_at_its_new_period_not_the_old_one(sentence, deadline_text, due):
    (item,) = extract(_letter(sentence)).deliveries
    assert item.deadline_text == deadline_text
    if due is not None:
        assert item.due_date == due


def test_the_new_period_of_a_postponement_may_stand_in_the_next_sentence():
    text = _letter(
        "Het onderzoek naar de tarieven heeft vertraging opgelopen. Ik verwacht u eind oktober te informeren."
    )
    (item,) = extract(text).deliveries
    assert item.deadline_text == "eind oktober" and item.due_date == date(2025, 10, 31)
    assert text[item.start : item.end] == item.quote and item.quote.endswith("te informeren.")


def test_a_promise_named_by_a_demonstrative_is_quoted_from_the_sentence_before():
    text = _letter(
        "Bij de behandeling van het wetsvoorstel heb ik toegezegd uw Kamer te informeren over de"
        " uitvoering. Met deze brief doe ik deze toezegging gestand."
    )
    (item,) = extract(text).deliveries
    assert item.promise_text == "toegezegd uw Kamer te informeren over de uitvoering"
    assert item.quote.startswith("Bij de behandeling") and text[item.start : item.end] == item.quote


def test_the_subject_of_a_sent_document_skips_a_co_signer():
    (item,) = extract(
        _letter("Hierbij zend ik uw Kamer, mede namens de minister van Financiën, het rapport 'Grip op geld' toe.")
    ).deliveries
    assert item.subject == "het rapport 'Grip op geld'"


def test_a_fulfilment_has_no_deadline():
    (item,) = extract(_letter("Zoals toegezegd voor de zomer stuur ik u hierbij de evaluatie.")).deliveries
    assert (item.kind, item.deadline_kind, item.due_date) == ("fulfils", "none", None)


def test_a_delivery_that_also_promises_stays_a_commitment_too():
    result = extract(
        _letter("Hierbij stuur ik u de rapportage. In het najaar ontvangt uw Kamer de volgende rapportage.")
    )
    assert [d.kind for d in result.deliveries] == ["fulfils"]
    assert len(result.commitments) == 1


POSTPONEMENT_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 14 mei 2025\n"
    "Betreft Uitstel evaluatie Wet langdurige zorg\n\nGeachte voorzitter,\n\n"
    "Tijdens het commissiedebat van 12 februari 2025 heb ik toegezegd uw Kamer voor\n"
    "het zomerreces de evaluatie van de Wet langdurige zorg te sturen. Met deze brief informeer ik u\n"
    "dat de evaluatie vertraging heeft opgelopen. De onderzoekers hebben meer tijd nodig voor de\n"
    "interviews. Ik verwacht uw Kamer de evaluatie in oktober 2025 te sturen.\n\n"
    "Daarnaast stuur ik u hierbij, zoals toegezegd in het debat van 5 maart, de eerste resultaten van\n"
    "de monitor wachtlijsten. De volledige monitor ontvangt u na de zomer.\n\n"
    "De Minister van Volksgezondheid, Welzijn en Sport,\n\nF.M. Agema\n"
)


def test_a_letter_that_postpones_one_promise_and_partly_fulfils_another():
    items = extract(POSTPONEMENT_LETTER).deliveries
    assert [(d.kind, d.subject, d.deadline_text) for d in items] == [
        ("postpones", "de evaluatie", "in oktober 2025"),
        ("partly_fulfils", "de eerste resultaten van de monitor wachtlijsten", "na de zomer"),
    ]
    assert items[0].due_date == date(2025, 10, 31)
    assert items[1].promise_text == "zoals toegezegd in het debat van 5 maart"


DEBATE = (
    "Debat over de jeugdzorg\n\n"
    "Mevrouw Jansen (SP):\n\n"
    "De minister heeft toegezegd ons voor de zomer te informeren. Wanneer komt de toegezegde brief? "
    "Hiermee kom ik bij mijn laatste punt: ik stuur u graag mijn voorstel.\n\n"
    "Minister Bakker:\n\n"
    "Ik stuur u de brief over de wachtlijsten. De evaluatie komt later dan toegezegd, in oktober.\n\n"
)


def test_in_a_debate_only_the_ministers_postponement_counts():
    items = extract(DEBATE).deliveries
    assert [(d.kind, d.deadline_text) for d in items] == [("postpones", "in oktober")]


def test_a_members_written_question_is_not_a_delivery():
    text = (
        "Antwoorden op vragen van het lid Jansen\n\nVraag 1\nWanneer ontvangt de Kamer de toegezegde brief? "
        "Hiermee kom ik mijn toezegging na.\n\nAntwoord 1\nHierbij stuur ik u de toegezegde brief.\n"
    )
    quotes = [d.quote for d in extract(text).deliveries]
    assert quotes == ["Hierbij stuur ik u de toegezegde brief."]


def test_to_dict_gives_the_delivery_fields_next_to_the_unchanged_commitments():
    data = extract(_letter("Hiermee kom ik mijn toezegging na.")).to_dict()
    assert set(data["deliveries"][0]) == {
        "quote",
        "start",
        "end",
        "kind",
        "subject",
        "refers_to_promise",
        "promise_text",
        "deadline_kind",
        "deadline_text",
        "due_date",
        "due_date_estimated",
        "rule",
        "confidence",
    }
    assert isinstance(extract("").deliveries, list) and isinstance(Delivery, type)


def test_the_seed_letter_informs_the_kamer():
    text = (ROOT / "seeds" / "003_dcb3eaf674cd86d8.txt").read_text(encoding="utf-8")
    (item,) = extract(text).deliveries
    assert item.quote.startswith("In dat kader informeert het kabinet uw Kamer")
    assert (item.kind, item.refers_to_promise) == ("fulfils", False)


def test_the_seed_answers_are_delivered_herewith():
    text = (ROOT / "seeds" / "000_edbfe19a925e505f.txt").read_text(encoding="utf-8")
    assert [d.rule for d in extract(text).deliveries] == ["fulfil.this_document"]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_deliveries_leave_the_corpus_commitments_as_they_were(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    config = ExtractionConfig(reference_date=date(2025, 1, 1))
    with_deliveries = extract(text, config)
    monkeypatch.setattr(engine, "find_deliveries", lambda *args: [])
    assert extract(text, config).to_dict()["commitments"] == with_deliveries.to_dict()["commitments"]
    for item in with_deliveries.deliveries:
        assert text[item.start : item.end] == item.quote
        assert item.deadline_text is None or item.deadline_text in item.quote
        assert item.promise_text is None or item.promise_text in item.quote


DELIVERY_BITS = st.sampled_from(
    [
        "Hierbij stuur ik u ",
        "Met deze brief ",
        "informeer ik uw Kamer ",
        "de toezegging om ",
        "later dan toegezegd",
        " heeft vertraging opgelopen",
        " in plaats van voor de zomer",
        " in het najaar",
        "zoals toegezegd ",
        ", ",
        ". ",
        "?",
        "\n\n",
        "Vraag 1\n",
        "Antwoord 1\n",
        "Minister Bakker:\n",
        "Mevrouw Jansen (SP):\n",
        "İ",
        "c.s. (",
        "\f",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(DELIVERY_BITS, st.text(max_size=20)), max_size=40).map("".join))
def test_any_text_gives_deliveries_cut_from_it(text):
    for item in extract(text).deliveries:
        assert text[item.start : item.end] == item.quote
        assert item.kind in KINDS and 0 < item.confidence < 1
        assert item.deadline_text is None or item.deadline_text in item.quote
        assert item.promise_text is None or item.promise_text in item.quote


def _letter(sentence: str) -> str:
    return (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 12 maart 2025\n\n"
        f"{sentence}\n\n"
        "De Minister van Volksgezondheid, Welzijn en Sport,\n\nA. Bakker\n"
    )


# The only cue word ("vertraging") reads whole only in the cleaned sentence.
@pytest.mark.parametrize(
    "sentence",
    [
        "Het onderzoek naar de regeling heeft ver-\ntraging opgelopen.",
        "Het onderzoek naar de regeling heeft vertraging3 opgelopen.",
    ],
    ids=["hyphenated_across_lines", "glued_to_a_footnote_number"],
)
def test_a_cue_word_broken_by_the_layout_is_still_found(sentence):
    assert [d.rule for d in extract(_letter(sentence)).deliveries] == ["postpone.delayed"]
