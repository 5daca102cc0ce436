"""A letter of two ministers: its promises are filed under one ministry and shared with the other ("mede namens")."""

import dataclasses
import datetime as dt

import pytest

from commitments.models import Commitment, Document
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested
from tests.locations import SEEDS
from tests.services.test_recording import PROMISE, mention, record

pytestmark = pytest.mark.django_db


def said_by(actor):
    return dataclasses.replace(mention(PROMISE), actor=actor)


def filed(commitment):
    return commitment.ministry.name, tuple(sorted(m.name for m in commitment.also_ministries.all()))


def test_the_cabinets_promises_in_a_letter_of_two_ministers_are_shared_by_both(on_commit_runs):
    # Seed 000: answers signed by the ministers of Buitenlandse Zaken and Defensie; "het kabinet" promises.
    data = (SEEDS / "000_edbfe19a925e505f.txt").read_bytes()
    on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source="000.txt", filename="000.txt")))
    commitments = list(Commitment.objects.order_by("pk"))
    assert len(commitments) == 2
    assert {filed(c) for c in commitments} == {("Buitenlandse Zaken", ("Defensie",))}


def test_an_actor_naming_two_ministers_files_the_promise_under_both():
    document = Document.objects.create(sha256="c" * 64, title="Brief", date=dt.date(2025, 3, 1))
    record(document, said_by("minister van Buitenlandse Zaken en minister van Defensie"))
    assert filed(Commitment.objects.get()) == ("Buitenlandse Zaken", ("Defensie",))


def test_an_actor_naming_one_minister_files_the_promise_under_that_one_alone():
    document = Document.objects.create(sha256="d" * 64, title="Brief", date=dt.date(2025, 3, 1))
    document.signatories = [{"name": "A", "office": "minister", "ministry": "Financiën"}]
    document.save()
    record(document, said_by("minister van Defensie"))
    assert filed(Commitment.objects.get()) == ("Defensie", ())
