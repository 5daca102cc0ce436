"""Whom a promise in a real debate answers, read from its speaker turns (no database).

Each case is a labelled quote of tests/corpus; the expected addressees were read off the
document by hand: the member the promise names, the member the paragraph turns to, or the member
whose interruption the turn answers.
"""

import pytest

from commitments.services.debate_turns import Debate, Named
from tests.locations import CORPUS

_DEBATES: dict[str, Debate] = {}


def addressees(number: str, quote: str) -> list[Named]:
    if number not in _DEBATES:
        _DEBATES[number] = Debate((CORPUS / f"{number}.txt").read_text(encoding="utf-8"))
    debate = _DEBATES[number]
    start = debate.text.index(quote)
    return debate.addressees(start, start + len(quote))


def member(name: str, party: str) -> list[Named]:
    return [Named("member", name, party), Named("party", party)]


@pytest.mark.parametrize(
    ("number", "quote", "expected"),
    [
        ("041", "Ik zeg de heer Koerhuis toe om informatie te verschaffen", member("Koerhuis", "VVD")),
        ("015", "Ik wil de heer Wörsdörfer toezeggen dat ik op de inzichten", member("Wörsdörfer", "VVD")),
        ("028", "Ik zou graag toezeggen in de richting van mevrouw Agema", member("Agema", "PVV")),
        ("186", "Ik kan wel toezeggen, mevrouw Chakor, dat ik kan zorgen", member("Chakor", "GroenLinks-PvdA")),
        ("180", "De motie op stuk nr. 809 van mevrouw Welzijn", member("Welzijn", "NSC")),
    ],
    ids=["zeg-de-heer-toe", "wil-de-heer-toezeggen", "in-de-richting-van", "toezeggen-mevrouw", "motie-van"],
)
def test_a_promise_that_names_a_member_is_made_to_that_member_and_party(number, quote, expected):
    assert addressees(number, quote) == expected


@pytest.mark.parametrize(
    ("number", "quote", "expected"),
    [
        ("185", "Ik heb u gehoord, en ik neem het mee", member("Van der Plas", "BBB")),
        ("012", "Ik zeg wel toe dat ik in mei terugkom", member("Hijink", "SP")),
        ("200", "Ik heb meegekregen van VWS dat de verkenning", member("Westerveld", "GroenLinks-PvdA")),
    ],
    ids=["een-vraag-van", "de-motie-van-de-heer", "ik-ga-door-met-de-motie-van"],
)
def test_a_promise_is_made_to_the_member_its_paragraph_turns_to(number, quote, expected):
    assert addressees(number, quote) == expected


def test_a_party_asked_for_by_its_fractie_is_the_addressee():
    # "Dan kom ik volgens mij nog bij een vraag van de CDA-fractie ... Ik wil daar ook zeker op terugkomen"
    assert addressees("015", "Ik wil daar ook zeker op terugkomen bij de Kamer.") == [Named("party", "CDA")]


def test_someone_named_in_passing_who_does_not_speak_is_not_taken_for_the_addressee():
    # "Dan ga ik door naar de motie op stuk nr. 244, van de heer Vermeer. Hij spreekt over de heer
    # Kavelaars, die tijdens de technische briefing ...": Kavelaars is no member of the debate.
    assert addressees("184", "De budgettaire gevolgen van de Wet tegenbewijsregeling box 3") == member("Vermeer", "BBB")


@pytest.mark.parametrize(
    ("number", "quote", "expected"),
    [
        ("181", "Die krijgt u voor de zomer, maar zoals u weet", member("Bromet", "GroenLinks-PvdA")),
        ("040", "U hoort dat half mei.", member("Dijksma", "PvdA")),
        ("187", "Laten we afspreken dat ik daar voor de begrotingsbehandeling", member("Olger van Dijk", "NSC")),
    ],
    ids=["tweeminutendebat", "plenair", "commissiedebat"],
)
def test_the_answer_right_after_an_interruption_is_made_to_the_member_who_interrupted(number, quote, expected):
    assert addressees(number, quote) == expected


@pytest.mark.parametrize(
    ("number", "quote"),
    [
        # The chair handed the floor back after Agema's interruptions: the minister answers all.
        ("040", "Ik heb daarop toegezegd om daarop te reflecteren"),
        # The chair reads the list of toezeggingen: made to the Kamer.
        ("197", "De staatssecretaris zegt de Kamer toe indien daar aanleiding toe is"),
        # The government's own opening of its answer.
        ("189", "Voor Prinsjesdag informeer ik uw Kamer over schrijnende situaties"),
    ],
    ids=["after-the-chair", "the-chairs-list", "opening-answer"],
)
def test_a_promise_that_answers_no_one_in_particular_has_no_addressee(number, quote):
    assert addressees(number, quote) == []


def test_a_government_member_called_de_heer_is_not_a_member():
    text = (
        "Minister De Jonge:\n\nIk kom erop terug.\n\nDe heer Hijink (SP):\n\nWanneer?\n\n"
        "Minister Ollongren:\n\nDe heer De Jonge zal u voor de zomer een brief sturen.\n"
    )
    quote = "De heer De Jonge zal u voor de zomer een brief sturen."
    start = text.index(quote)
    assert Debate(text).addressees(start, start + len(quote)) == member("Hijink", "SP")
