"""Fixtures for the reminder tests: commitments with a given deadline, and one sweep per call."""

import datetime as dt
import itertools

import pytest

from commitments.models import Commitment, Document, Mention, Ministry
from commitments.services import reminder_sending

_numbers = itertools.count(1)


@pytest.fixture
def ministry(db):
    return Ministry.objects.create(name="Binnenlandse Zaken en Koninkrijksrelaties", abbreviation="BZK")


@pytest.fixture
def make_commitment(db, ministry):
    def make(due_date=None, *, deadline_kind="date", quote="", dossier="", created=None, **fields):
        n = next(_numbers)
        commitment = Commitment.objects.create(
            number=f"TZ{n:05d}", text=fields.pop("text", f"De minister stuurt de Kamer brief {n}."),
            deadline_kind=deadline_kind, due_date=due_date, ministry=fields.pop("ministry", ministry), **fields,
        )
        if created:
            Commitment.objects.filter(pk=commitment.pk).update(
                created_at=dt.datetime.combine(created, dt.time(12), tzinfo=dt.timezone.utc)
            )
        if quote or dossier:
            document = Document.objects.create(sha256=f"{n:064d}", dossier=dossier, date=dt.date(2026, 1, 5))
            Mention.objects.create(commitment=commitment, document=document, quote=quote or commitment.text,
                                   start=0, end=10, rule="test", confidence=0.9)
        return commitment

    return make


@pytest.fixture
def clerks(settings):
    settings.REMINDER_DEFAULT_RECIPIENTS = ["griffie@tweedekamer.example"]
    return "griffie@tweedekamer.example"


@pytest.fixture
def sweep(mailoutbox):
    """Run the whole sweep for one day and return the emails it sent."""

    def run(as_of: dt.date):
        before = len(mailoutbox)
        reminder_sending.run(as_of)
        return mailoutbox[before:]

    return run
