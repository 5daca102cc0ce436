"""Every commitment keeps the content words linking compares (its link signature), however it was made or changed."""

import importlib

import pytest
from django.apps import apps

from commitments.models import Commitment, Mention
from commitments.models.signature import signature_of, stems_of
from commitments.services.ingesting import ingest_path
from commitments.services.merging import merge_commitments
from commitments.services.missed import MissedPromise, record_missed_commitment
from commitments.tasks import extract_ingested
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db


def from_scratch(commitment: Commitment) -> str:
    commitment.refresh_from_db()
    quotes = Mention.objects.filter(commitment=commitment).values_list("quote", flat=True)
    return signature_of([commitment.text, commitment.condition, *quotes])


def test_a_commitment_made_with_a_text_and_a_condition_carries_their_words():
    commitment = Commitment.objects.create(
        text="Ik stuur de evaluatie van de jeugdzorg", condition="zodra de wet geldt"
    )
    assert stems_of(commitment.link_signature) == {"stuur", "evalua", "jeugdz", "geldt"}


def test_recorded_commitments_carry_the_words_of_every_mention(on_commit_runs, seed_paths):
    for path in seed_paths:
        on_commit_runs(lambda path=path: extract_ingested(ingest_path(path)))
    restated = [c for c in Commitment.objects.all() if c.mentions.values("document").distinct().count() == 2]
    assert restated
    for commitment in Commitment.objects.all():
        assert commitment.link_signature == from_scratch(commitment)


def test_a_missed_promise_a_clerk_adds_carries_its_words():
    text = "Geachte voorzitter,\n\nIk stuur u voor de zomer de evaluatie van de jeugdzorg.\n"
    document = make_document(text=text)
    start = text.index("Ik stuur")
    commitment = record_missed_commitment(document.pk, MissedPromise(start=start, end=len(text) - 1))
    assert "jeugdz" in stems_of(commitment.link_signature)
    assert commitment.link_signature == from_scratch(commitment)


def test_editing_the_text_replaces_its_words_and_keeps_the_mentions_words():
    commitment = make_commitment(document=make_document(), text="Ik stuur de evaluatie van de jeugdzorg.")
    Mention.objects.filter(commitment=commitment).update(
        quote="Ik stuur de evaluatie van de jeugdzorg en de wachtlijsten."
    )
    commitment.text = "Ik stuur de evaluatie van de kinderopvang."
    commitment.save()
    assert {"kinder", "wachtl"} <= stems_of(commitment.link_signature)
    assert commitment.link_signature == from_scratch(commitment)


def test_a_merged_commitments_words_join_the_one_kept():
    keep = make_commitment(document=make_document(), text="Ik stuur de evaluatie van de jeugdzorg.")
    duplicate = make_commitment(document=make_document(), text="Ik stuur het rapport over de wachtlijsten.")
    merge_commitments(duplicate.pk, keep.pk, reason="dezelfde toezegging")
    assert "wachtl" in stems_of(Commitment.objects.get(pk=keep.pk).link_signature)


def test_new_quotes_widen_the_signature_without_touching_updated_at():
    commitment = make_commitment(text="Ik stuur de evaluatie van de jeugdzorg.")
    before = Commitment.objects.get(pk=commitment.pk).updated_at
    Commitment.objects.add_quotes({commitment.pk: ["Over de wachtlijsten spraken wij eerder."]})
    after = Commitment.objects.get(pk=commitment.pk)
    # "spraken" is kept as "sprake", which is a stop word itself: a stored stem is never stemmed again.
    assert {"jeugdz", "wachtl", "sprake"} <= stems_of(after.link_signature)
    assert after.updated_at == before


def test_the_migration_fills_the_signatures_of_existing_commitments():
    commitments = [make_commitment(document=make_document()) for _ in range(3)]
    Commitment.objects.update(link_signature="")
    migration = importlib.import_module("commitments.migrations.0014_link_signature")
    migration.fill_signatures(apps, None)
    for commitment in commitments:
        assert commitment.link_signature
        assert Commitment.objects.get(pk=commitment.pk).link_signature == from_scratch(commitment)
