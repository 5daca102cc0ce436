"""A later letter that fulfils or postpones a promise is linked to it: proposals and deadline history."""

import datetime as dt

import pytest

from commitments.models import Commitment, CommitmentEvent, Fulfilment
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested

pytestmark = pytest.mark.django_db

HEAD = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA  Den Haag

Datum {date}
Betreft {subject}

Geachte voorzitter,

{body}

De minister van Binnenlandse Zaken en Koninkrijksrelaties,

J.A. de Vries
"""
PROMISE = HEAD.format(
    date="3 februari 2026",
    subject="Evaluatie Wet open overheid",
    body="De Wet open overheid is sinds 2022 van kracht. In het commissiedebat van 28 januari jl. is gesproken "
    "over de uitvoering van de wet door gemeenten.\n\nIk zal uw Kamer voor de zomer informeren over de uitkomsten "
    "van de evaluatie van de Wet open overheid bij gemeenten.",
)
FULFILMENT = HEAD.format(
    date="30 juni 2026",
    subject="Uitkomsten evaluatie Wet open overheid",
    body="Met deze brief kom ik mijn toezegging na om uw Kamer te informeren over de uitkomsten van de evaluatie "
    "van de Wet open overheid bij gemeenten.\n\nDe evaluatie laat zien dat gemeenten de wet steeds beter "
    "uitvoeren. Het rapport treft u als bijlage aan.",
)
POSTPONEMENT = HEAD.format(
    date="15 juni 2026",
    subject="Planning evaluatie Wet open overheid",
    body="De evaluatie van de Wet open overheid bij gemeenten heeft vertraging opgelopen, omdat niet alle "
    "gemeenten tijdig gegevens konden aanleveren. Ik zal uw Kamer daarom later dan toegezegd, namelijk in het "
    "najaar, informeren over de uitkomsten van de evaluatie.",
)
UNRELATED = HEAD.format(
    date="30 juni 2026",
    subject="Huurtoeslag",
    body="Met deze brief informeer ik uw Kamer over de stand van zaken rond de huurtoeslag voor studenten.",
)


@pytest.fixture
def ingest(on_commit_runs):
    def run(text, name):
        result = on_commit_runs(lambda: extract_ingested(ingest_bytes(text.encode(), source=name, filename=name)))
        result.refresh_from_db()
        assert result.status == "ingested", result.failure_message
        return result.document

    return run


def test_a_letter_that_keeps_a_promise_is_proposed_as_its_fulfilment(ingest):
    ingest(PROMISE, "belofte.txt")
    letter = ingest(FULFILMENT, "afdoening.txt")
    promise = Commitment.objects.get()
    proposal = Fulfilment.objects.get(commitment=promise)
    assert (proposal.document, proposal.extent, proposal.state) == (letter, "full", "proposed")
    assert promise.status == "open"  # a proposal waits for a clerk


def test_a_letter_on_another_subject_proposes_nothing(ingest):
    ingest(PROMISE, "belofte.txt")
    ingest(UNRELATED, "huurtoeslag.txt")
    assert not Fulfilment.objects.exists()


def test_a_letter_cannot_fulfil_a_promise_made_after_it(ingest):
    ingest(FULFILMENT, "afdoening.txt")
    ingest(PROMISE, "belofte.txt")
    assert not Fulfilment.objects.exists()


def test_a_postponement_moves_the_due_date_and_keeps_the_old_one_in_history(ingest):
    ingest(PROMISE, "belofte.txt")
    promise = Commitment.objects.get()
    assert promise.due_date == dt.date(2026, 7, 3)
    ingest(POSTPONEMENT, "uitstel.txt")
    promise.refresh_from_db()
    assert promise.due_date == dt.date(2026, 12, 31)
    change = CommitmentEvent.objects.get(commitment=promise, field="due_date")
    assert (change.old_value, change.new_value, change.source) == ("2026-07-03", "2026-12-31", "extractor")
    assert "vertraging" in change.reason or "later dan toegezegd" in change.reason


def test_a_postponed_promise_restated_in_the_letter_stays_one_commitment(ingest):
    ingest(PROMISE, "belofte.txt")
    ingest(POSTPONEMENT, "uitstel.txt")
    promise = Commitment.objects.get()
    assert promise.mentions.values("document").distinct().count() == 2
