"""manage.py reextract runs the extractor again without touching what clerks decided."""

import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from commitments.models import Commitment, Document, Mention
from commitments.services.history import change_deadline, change_review_state, change_status
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested(on_commit_runs, seed_paths):
    for path in seed_paths:
        on_commit_runs(lambda path=path: extract_ingested(ingest_path(path)))
    return Commitment.objects.order_by("id")


def reextract(on_commit_runs, *args):
    out = io.StringIO()
    on_commit_runs(call_command, "reextract", *args, stdout=out)
    return out.getvalue()


def test_clerk_decisions_survive_a_full_reextraction(ingested, on_commit_runs):
    clerk = get_user_model().objects.create_user("griffier")
    first, second = ingested
    change_review_state(first.pk, "confirmed", user=clerk)
    change_status(first.pk, "fulfilled", user=clerk, reason="brief", fulfilled_on=dt.date(2026, 2, 1))
    Commitment.objects.filter(pk=first.pk).update(text="Door de griffie herschreven tekst.")
    change_deadline(second.pk, dt.date(2026, 12, 31), user=clerk, reason="afspraak in procedurevergadering")
    change_review_state(second.pk, "rejected", user=clerk)
    before = list(Commitment.objects.order_by("id").values())
    mentions = Mention.objects.count()

    assert "2 documents queued" in reextract(on_commit_runs, "--all")

    assert list(Commitment.objects.order_by("id").values()) == before
    assert Mention.objects.count() == mentions


def test_by_default_only_documents_of_an_older_extractor_are_redone(ingested, on_commit_runs):
    Document.objects.filter(pk=Document.objects.order_by("id").first().pk).update(extractor_version="2000.1.1")
    assert "1 documents queued" in reextract(on_commit_runs)
    assert not Document.objects.filter(extractor_version="2000.1.1").exists()
