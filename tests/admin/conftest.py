"""Clerks, readers and commitments for the admin tests."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from commitments.models import Commitment, Document, Mention
from commitments.services.ministries import ministry_for

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _empty_cache():
    # The dashboard's figures are cached per state of the table; no test sees another's.
    from django.core.cache import cache

    cache.clear()


def _staff(username, group):
    user = get_user_model().objects.create_user(username, password="geheim-wachtwoord-1", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def clerk(db):
    return _staff("griffier", "Clerks")


@pytest.fixture
def reader(db):
    return _staff("lezer", "Read-only")


@pytest.fixture
def clerk_client(client, clerk):
    client.force_login(clerk)
    return client


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def make_document(db):
    counter = iter(range(1, 10_000))

    def make(text="", **fields):
        n = next(counter)
        defaults = {"sha256": f"{n:064x}", "title": f"Kamerbrief {n}", "text": text, "ingest_status": "done"}
        return Document.objects.create(**{**defaults, **fields})

    return make


@pytest.fixture
def make_commitment(db, make_document):
    def make(
        text="Ik zal uw Kamer voor de zomer informeren over de voortgang.",
        *,
        document=None,
        confidence=0.9,
        ministry="Financiën",
        **fields,
    ):
        commitment = Commitment.objects.create(
            text=text, ministry=ministry_for(ministry) if ministry else None, **fields
        )
        commitment.number = f"TZ-{commitment.pk:06d}"
        commitment.save(update_fields=["number"])
        document = document or make_document(f"Geachte voorzitter, {text} Hoogachtend.")
        start = document.text.find(text)
        if start >= 0:
            Mention.objects.create(
                commitment=commitment,
                document=document,
                quote=text,
                start=start,
                end=start + len(text),
                rule="test",
                confidence=confidence,
            )
        return commitment

    return make
