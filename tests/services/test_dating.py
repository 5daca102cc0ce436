"""A date for every debate that has one, and due dates that follow a date given later."""

import datetime as dt

import pytest

from commitments.models import Commitment, CommitmentEvent, Document
from commitments.services.dating import date_document, meeting_of
from commitments.services.ingesting import ingest_bytes, ingest_path
from commitments.tasks import extract_ingested
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db
SOURCES = SEEDS.parent / "tests" / "corpus" / "sources"
FIRST_ITEM = SOURCES / "vergadering-70-item-1.xml"
OLLONGREN_ITEM = SOURCES / "013.xml"
DE_JONGE_ITEM = SOURCES / "040.xml"


def ingested(on_commit_runs, path):
    run = on_commit_runs(lambda: extract_ingested(ingest_path(path)))
    run.refresh_from_db()
    assert run.status == "ingested", run.failure_message
    return run.document


def test_the_first_item_of_a_meeting_is_dated_from_its_heading(on_commit_runs):
    document = ingested(on_commit_runs, FIRST_ITEM)
    assert (document.publication, document.date) == ("h-tk-20172018-70-1", dt.date(2018, 4, 5))


def test_a_later_item_takes_the_date_of_its_meeting(on_commit_runs):
    ingested(on_commit_runs, FIRST_ITEM)
    assert ingested(on_commit_runs, OLLONGREN_ITEM).date == dt.date(2018, 4, 5)


def test_an_item_stored_before_the_heading_gets_its_date_and_speaker_when_the_heading_arrives(on_commit_runs):
    debate = ingested(on_commit_runs, DE_JONGE_ITEM)
    assert debate.date is None
    ingested(on_commit_runs, FIRST_ITEM)
    debate.refresh_from_db()
    assert debate.date == dt.date(2018, 4, 5)
    filed = Commitment.objects.filter(actor="minister (De Jonge)").values_list("ministry__name", flat=True)
    assert set(filed) == {"Volksgezondheid, Welzijn en Sport"}


@pytest.mark.parametrize(
    "identifier, meeting",
    [("h-tk-20172018-70-9", "h-tk-20172018-70"), ("kst-36600-XVI-12", None), ("h-tk-20172018", None)],
)
def test_the_meeting_of_a_debate_item(identifier, meeting):
    assert meeting_of(identifier) == meeting


LETTER = (
    "Geachte voorzitter,\n\nIk zal uw Kamer binnen zes weken een brief sturen over de voortgang van "
    "het programma.\n\nDe minister van Financiën,\n\nE. Heinen\n"
)


def test_a_date_given_later_sets_the_relative_due_date_through_the_history(on_commit_runs):
    run = on_commit_runs(
        lambda: extract_ingested(ingest_bytes(LETTER.encode(), source="brief.txt", filename="brief.txt"))
    )
    promise = Commitment.objects.get()
    assert (run.document.date, promise.due_date) == (None, None)
    assert date_document(run.document_id, dt.date(2026, 3, 2)) == 1
    promise.refresh_from_db()
    assert promise.due_date == dt.date(2026, 4, 13)
    event = CommitmentEvent.objects.get(commitment=promise, field="due_date")
    assert (event.old_value, event.new_value) == ("", "2026-04-13")


def test_a_due_date_a_clerk_set_survives_a_date_given_later(on_commit_runs):
    run = on_commit_runs(
        lambda: extract_ingested(ingest_bytes(LETTER.encode(), source="brief.txt", filename="brief.txt"))
    )
    Commitment.objects.update(due_date=dt.date(2026, 12, 31))
    assert date_document(run.document_id, dt.date(2026, 3, 2)) == 0
    assert Commitment.objects.get().due_date == dt.date(2026, 12, 31)
    assert Document.objects.get().date == dt.date(2026, 3, 2)
