"""What a just-promised document will hold is promised with it (corpus README: content sentences are `report`).

The sentence pairs are real letters' text (tests/corpus 205, 207, 229, 464, 113, 969 and 193), each given as a letter
of its own.
"""

import pytest

from commitments.extraction import extract

LETTER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2014\n\n{}\n"


def _found(body: str) -> list[tuple[str, str]]:
    return [(c.rule, c.quote) for c in extract(LETTER.format(body)).commitments]


def test_the_sentence_after_a_promise_that_says_what_the_promised_note_covers_is_a_promise_too():
    body = (
        "In de loop van maart zal ik u de voorlichting doen toekomen, vergezeld van een kabinetsnotitie"
        " stelselwijziging omgevingsrecht. In deze notitie zal onder andere op de voorlichting van de Raad van State"
        " worden ingegaan."
    )
    assert (
        "report.content_of_promised",
        "In deze notitie zal onder andere op de voorlichting van de Raad van State worden ingegaan.",
    ) in _found(body)


def test_a_content_sentence_may_point_back_with_daarin():
    body = (
        "Om samenhang, overzicht en doorwerking te borgen zal het ministerie van IenW elk jaar een rapportage naar\n"
        "de Kamer sturen over ‘water en bodem sturend’. Daarin worden de nieuwste\ninzichten meegenomen alsmede de"
        " resultaten van de monitoring."
    )
    assert [rule for rule, _ in _found(body)] == ["send.letter", "report.content_of_promised"]


def test_how_the_promised_document_comes_about_is_not_what_it_holds():
    body = (
        "De halfjaarlijkse rapportage van het College financieel toezicht over Curaçao en Sint Maarten zal ik op een"
        " later moment toesturen. Deze rapportage dient eerst in de Rijksministerraad geagendeerd te worden."
    )
    assert [rule for rule, _ in _found(body)] == ["send.letter"]


def test_a_document_the_promise_does_not_name_is_the_letter_at_hand():
    body = (
        "Zoals ik heb toegezegd in mijn brief van 7 maart 2016 zal ik u over de voortgang van het wetgevingsprogramma"
        " twee keer per jaar apart rapporteren. Deze brief behelst de eerste zelfstandige rapportage."
    )
    assert "report.content_of_promised" not in [rule for rule, _ in _found(body)]


def test_a_content_sentence_stays_in_the_paragraph_of_its_promise():
    body = (
        "In de loop van maart zal ik u de voorlichting doen toekomen, vergezeld van een kabinetsnotitie.\n\n"
        "In deze notitie wordt ingegaan op de voorlichting van de Raad van State."
    )
    assert "report.content_of_promised" not in [rule for rule, _ in _found(body)]


@pytest.mark.parametrize(
    "body",
    [
        # 229: the document named by its head ("een Beleidsagenda Jeugd" ... "die beleidsagenda")
        "Komende periode willen wij in gesprek met deze partijen komen tot een Beleidsagenda Jeugd die we uw Kamer"
        " volgend voorjaar zullen toezenden. Met die beleidsagenda geven we ook invulling aan de «Zorg voor de jeugd»"
        " uit het Regeerakkoord.",
        # 969: a part of the promised letter
        "Gelijktijdig met de defensiebegroting voor 2008 kan het parlement een brief tegemoet zien waarin wij het"
        " defensiebeleid voor de komende jaren uitgebreid zullen toelichten. Onderdeel daarvan is ook de vervanging van"
        " het F-16 jachtvliegtuig.",
        # 193: a study named by another name of a study, and the point given its place in it
        "De uiteindelijke evaluatie zal aan de beide Kamers worden gezonden. In dit onderzoek zal, naast de juridische"
        " en politiek-bestuurlijke aspecten, de veiligheid en betrouwbaarheid van de procedures en hun uitkomsten een"
        " belangrijke plek innemen.",
    ],
    ids=["named by its head", "a part of it", "another name of a study"],
)
def test_a_content_sentence_may_name_the_promised_document_in_other_words(body):
    assert "report.content_of_promised" in [rule for rule, _ in _found(body)]


def test_content_sentences_come_out_in_the_order_of_the_text():
    body = (
        "In de loop van maart zal ik u een kabinetsnotitie doen toekomen. In deze notitie wordt ingegaan op de"
        " voorlichting van de Raad van State. Voor de zomer informeer ik u over de uitkomsten van het overleg."
    )
    assert [rule for rule, _ in _found(body)] == [
        "send.letter",
        "report.content_of_promised",
        "inform.present_with_time",
    ]


def test_a_study_is_not_pointed_back_at_by_the_name_of_another_kind_of_document():
    body = (
        "De uiteindelijke evaluatie zal aan de beide Kamers worden gezonden. In deze brief zal de veiligheid een"
        " belangrijke plek innemen."
    )
    assert "report.content_of_promised" not in [rule for rule, _ in _found(body)]
