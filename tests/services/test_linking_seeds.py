"""The two seeds state the same two promises: ingesting both, in either order, leaves exactly two."""

import pytest

from commitments.models import Commitment, Document, Fulfilment
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested
from tests.locations import SEEDS

pytestmark = pytest.mark.django_db
ANSWERS = SEEDS / "000_edbfe19a925e505f.txt"
LETTER = SEEDS / "003_dcb3eaf674cd86d8.txt"


@pytest.fixture(params=["answers-first", "letter-first"])
def both_seeds_ingested(request, on_commit_runs):
    order = [ANSWERS, LETTER] if request.param == "answers-first" else [LETTER, ANSWERS]
    for path in order:
        run = on_commit_runs(lambda path=path: extract_ingested(ingest_path(path)))
        run.refresh_from_db()
        assert run.status == "ingested", run.failure_message


def test_both_seeds_leave_exactly_two_commitments(both_seeds_ingested):
    assert Commitment.objects.count() == 2


def test_each_commitment_has_mentions_in_both_documents(both_seeds_ingested):
    for commitment in Commitment.objects.all():
        assert commitment.mentions.values("document").distinct().count() == 2


def test_the_artikel_100_promise_waits_for_an_event(both_seeds_ingested):
    promise = Commitment.objects.get(legal_basis__icontains="artikel 100")
    assert (promise.deadline_kind, promise.status, promise.recurring) == ("event", "open", False)
    assert promise.condition


def test_the_standing_promise_is_ongoing_and_the_letter_is_an_update_on_it(both_seeds_ingested):
    standing = Commitment.objects.get(recurring=True)
    assert standing.deadline_kind == "ongoing"
    letter = Document.objects.get(date="2026-01-06")
    update = Fulfilment.objects.get(commitment=standing)
    assert (update.document, update.extent, update.state) == (letter, "progress", "proposed")


def test_ingesting_a_seed_again_changes_nothing(both_seeds_ingested):
    before = (Commitment.objects.count(), Fulfilment.objects.count(), Document.objects.count())
    assert ingest_path(ANSWERS).status == "unchanged"
    assert (Commitment.objects.count(), Fulfilment.objects.count(), Document.objects.count()) == before
