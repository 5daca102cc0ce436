"""Recording an extraction: what each extracted mention and delivery becomes in the database.

The extractions are written by hand, so each test states exactly what the engine reported.
"""

import datetime as dt
from types import SimpleNamespace

import pytest

from commitments.extraction import Delivery, ExtractedCommitment, Extraction
from commitments.models import Commitment, CommitmentEvent, Document, Fulfilment, Mention, Ministry
from commitments.services.recording import record_extraction

PROMISE = "Ik zal uw Kamer voor de zomer informeren over de herziening van de huurtoeslag."
RESTATED = "Zoals toegezegd informeer ik uw Kamer over de herziening van de huurtoeslag."
STANDING = "Ik blijf uw Kamer halfjaarlijks informeren over de voortgang van de woningbouwimpuls."
STANDING_AGAIN = "Zoals toegezegd blijf ik uw Kamer informeren over de voortgang van de woningbouwimpuls."
POSTPONED = "De brief over de herziening van de huurtoeslag komt later dan toegezegd, in het najaar."


@pytest.fixture
def finance(db):
    return Ministry.objects.get(name="Financiën")


@pytest.fixture
def letter(finance):
    """A dated letter of the ministry; each call makes another."""
    serial = iter(range(1, 100))

    def make(day: dt.date | None) -> Document:
        n = next(serial)
        return Document.objects.create(sha256=f"{n:064x}", title=f"Brief {n}", date=day, ministry=finance)

    return make


def info(day=None):
    # The fields of the engine's DocumentInfo that recording reads.
    return SimpleNamespace(kind="kamerbrief", date=day, title=None, references=(), signatories=(), chamber="TK")


def mention(quote, start=0, **fields):
    return ExtractedCommitment(
        quote=quote,
        start=start,
        end=start + len(quote),
        actor=None,
        action="inform",
        subject=None,
        rule="test",
        confidence=0.9,
        **fields,
    )


def record(document, *items, deliveries=()):
    extraction = Extraction(document=info(document.date), commitments=list(items), deliveries=list(deliveries))
    return record_extraction(document, extraction, extractor_version="test")


def test_a_new_mention_becomes_a_commitment_with_its_mention(letter):
    document = letter(dt.date(2026, 1, 15))
    counts = record(document, mention(PROMISE, deadline_kind="period", due_date=dt.date(2026, 7, 4)))
    commitment = Commitment.objects.get()
    assert (counts.commitments_new, counts.mentions_found) == (1, 1)
    assert (commitment.text, commitment.due_date, commitment.deadline_assumed) == (PROMISE, dt.date(2026, 7, 4), False)
    assert list(commitment.mentions.values_list("document_id", "quote")) == [(document.pk, PROMISE)]


def test_recording_the_same_extraction_again_adds_nothing(letter):
    document = letter(dt.date(2026, 1, 15))
    record(document, mention(PROMISE))
    counts = record(document, mention(PROMISE))
    assert (counts.commitments_new, counts.mentions_found) == (0, 1)
    assert (Commitment.objects.count(), Mention.objects.count()) == (1, 1)


def test_a_repetition_within_the_document_is_a_second_mention_of_one_commitment(letter):
    document = letter(dt.date(2026, 1, 15))
    counts = record(document, mention(PROMISE), mention(RESTATED, start=200, same_as=0))
    assert counts.commitments_new == 1
    assert Commitment.objects.get().mentions.count() == 2


def test_a_promise_restated_in_a_later_letter_becomes_a_mention_of_the_open_commitment(letter):
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE))
    later = letter(dt.date(2026, 3, 2))
    counts = record(later, mention(RESTATED, refers_to_earlier=True))
    commitment = Commitment.objects.get()
    assert counts.commitments_new == 0
    assert commitment.mentions.filter(document=later).exists()
    event = CommitmentEvent.objects.get(commitment=commitment, field="mention")
    assert event.reason.startswith("restated: ") and event.source == "extractor"


def test_a_restated_promise_of_another_ministry_is_a_commitment_of_its_own(letter):
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE))
    other = Document.objects.create(
        sha256="f" * 64, date=dt.date(2026, 3, 2), ministry=Ministry.objects.get(name="Defensie")
    )
    assert record(other, mention(RESTATED, refers_to_earlier=True)).commitments_new == 1


def test_a_promise_without_a_deadline_gets_an_assumed_one_from_the_policy(letter, settings):
    settings.DEFAULT_DEADLINE_POLICY = "months:3"
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE, deadline_kind="none"))
    commitment = Commitment.objects.get()
    assert (commitment.due_date, commitment.deadline_assumed) == (dt.date(2026, 4, 15), True)


@pytest.mark.parametrize("kind", ["event", "ongoing", "vague"])
def test_a_promise_whose_deadline_has_no_date_by_nature_gets_no_assumed_one(letter, settings, kind):
    settings.DEFAULT_DEADLINE_POLICY = "months:3"
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE, deadline_kind=kind))
    commitment = Commitment.objects.get()
    assert (commitment.due_date, commitment.deadline_assumed) == (None, False)


def test_an_undated_letter_gives_no_assumed_deadline(letter, settings):
    settings.DEFAULT_DEADLINE_POLICY = "months:3"
    record(letter(None), mention(PROMISE, deadline_kind="none"))
    assert Commitment.objects.get().due_date is None


def test_a_later_letter_restating_a_recurring_promise_is_proposed_as_progress_on_it(letter):
    first, later = letter(dt.date(2026, 1, 15)), letter(dt.date(2026, 7, 1))
    record(first, mention(STANDING, deadline_kind="ongoing", recurring=True))
    record(later, mention(STANDING_AGAIN, deadline_kind="ongoing", recurring=True, refers_to_earlier=True))
    commitment = Commitment.objects.get()
    proposals = Fulfilment.objects.filter(commitment=commitment)
    assert list(proposals.values_list("document_id", "extent", "state")) == [(later.pk, "progress", "proposed")]


def test_a_promise_that_does_not_recur_gets_no_progress_proposal(letter):
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE))
    record(letter(dt.date(2026, 3, 2)), mention(RESTATED, refers_to_earlier=True))
    assert not Fulfilment.objects.exists()


def test_a_postponement_moves_the_due_date_and_keeps_the_old_one_in_history(letter):
    record(letter(dt.date(2026, 1, 15)), mention(PROMISE, deadline_kind="period", due_date=dt.date(2026, 7, 4)))
    later = letter(dt.date(2026, 6, 20))
    postponement = Delivery(
        quote=POSTPONED,
        start=0,
        end=len(POSTPONED),
        kind="postpones",
        subject="de herziening van de huurtoeslag",
        refers_to_promise=True,
        promise_text=None,
        deadline_kind="period",
        deadline_text="in het najaar",
        due_date=dt.date(2026, 9, 22),
        rule="test",
        confidence=0.9,
    )
    record(later, deliveries=[postponement])
    commitment = Commitment.objects.get()
    assert (commitment.due_date, commitment.deadline_text) == (dt.date(2026, 9, 22), "in het najaar")
    event = CommitmentEvent.objects.get(commitment=commitment, field="due_date")
    assert (event.old_value, event.new_value) == ("2026-07-04", "2026-09-22")
    assert event.reason.startswith(f"Uitstel gemeld in {later}")


def test_text_longer_than_its_column_is_cut_to_the_models_max_length(letter):
    long_actor, long_rule = "minister " * 50, "r" * 150
    item = ExtractedCommitment(
        quote=PROMISE,
        start=0,
        end=len(PROMISE),
        actor=long_actor,
        action="inform",
        subject="s" * 600,
        rule=long_rule,
        deadline_text="d" * 600,
        confidence=0.9,
    )
    record(letter(dt.date(2026, 1, 15)), item)
    commitment, row = Commitment.objects.get(), Mention.objects.get()
    assert (len(commitment.actor), len(commitment.subject), len(commitment.deadline_text)) == (
        Commitment._meta.get_field("actor").max_length,
        500,
        500,
    )
    assert (len(row.rule), len(row.deadline_text)) == (100, 500)
