"""A later promise close to an earlier one of the same ministry is related to it: repeats or supplements."""

import pytest
from django.urls import reverse

from commitments.models import Commitment, CommitmentRelation
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested

pytestmark = pytest.mark.django_db


def letter(date, body):
    return f"Den Haag, {date}\n\nGeachte voorzitter,\n\n{body}\n\nDe minister van Financiën,\n\nE. Heinen\n".encode()


FIRST = letter(
    "3 maart 2025",
    "Ik zal uw Kamer voor de zomer informeren over de hervorming van de kinderopvangtoeslag en de gevolgen "
    "voor werkende ouders.",
)
ADDS = letter(
    "2 september 2025",
    "Daarnaast zal ik uw Kamer voor het einde van het jaar informeren over de uitvoering van de hervorming van "
    "de kinderopvangtoeslag voor werkende ouders door gemeenten.",
)
REPEATS = letter(
    "2 september 2025",
    "Zoals eerder toegezegd informeer ik uw Kamer na de zomer over de hervorming van de toeslagen voor ouders.",
)
UNRELATED = letter(
    "2 september 2025", "Ik zal uw Kamer voor het einde van het jaar informeren over de staatsschuld en de rente."
)


def ingest_in_turn(on_commit_runs, *letters):
    for n, data in enumerate(letters):
        on_commit_runs(
            lambda data=data, n=n: extract_ingested(ingest_bytes(data, source=f"{n}.txt", filename=f"{n}.txt"))
        )
    return list(Commitment.objects.order_by("pk"))


def test_a_later_promise_that_adds_to_an_earlier_one_supplements_it(on_commit_runs):
    earlier, later = ingest_in_turn(on_commit_runs, FIRST, ADDS)
    relation = CommitmentRelation.objects.get()
    assert (relation.source, relation.kind, relation.target) == (later, "supplements", earlier)


def test_a_later_promise_that_says_it_was_made_before_repeats_it(on_commit_runs):
    earlier, later = ingest_in_turn(on_commit_runs, FIRST, REPEATS)
    relation = CommitmentRelation.objects.get()
    assert (relation.source, relation.kind, relation.target) == (later, "repeats", earlier)


def test_a_promise_on_another_subject_is_not_related(on_commit_runs):
    ingest_in_turn(on_commit_runs, FIRST, UNRELATED)
    assert not CommitmentRelation.objects.exists()


def test_the_relation_is_in_both_commitments_history(on_commit_runs):
    earlier, later = ingest_in_turn(on_commit_runs, FIRST, ADDS)
    assert earlier.events.filter(field="relation").exists() and later.events.filter(field="relation").exists()


def test_the_relation_shows_on_both_commitment_pages(on_commit_runs, admin_client):
    earlier, later = ingest_in_turn(on_commit_runs, FIRST, ADDS)
    for commitment in (earlier, later):
        page = admin_client.get(reverse("admin:commitments_commitment_change", args=[commitment.pk])).content.decode()
        relations = page[page.index('id="tz-relations"') :]
        assert earlier.number in relations and later.number in relations
