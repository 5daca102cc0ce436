"""A letter and its copy with a line added, extracted by two workers at once on PostgreSQL: one set of commitments."""

import threading

import pytest
from django.db import connection

from commitments.models import Commitment, Mention
from commitments.services import extracting
from commitments.services.ingesting import ingest_bytes
from tests.locations import CORPUS

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
DEBATE = (CORPUS / "040.txt").read_bytes()


def _waiting_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def test_a_copy_recorded_while_its_original_is_being_recorded_joins_the_originals_commitments(monkeypatch):
    original = ingest_bytes(DEBATE, source="040.txt", filename="040.txt").document_id
    copy = ingest_bytes(b"Handelingen Tweede Kamer\n" + DEBATE, source="kopie.txt", filename="kopie.txt").document_id
    recorded, release, errors = threading.Event(), threading.Event(), []
    record = extracting.record_extraction

    def record_original_and_hold_its_transaction(document, *args, **kwargs):
        counts = record(document, *args, **kwargs)
        if document.pk == original:
            recorded.set()
            release.wait(timeout=60)
        return counts

    monkeypatch.setattr(extracting, "record_extraction", record_original_and_hold_its_transaction)

    def worker(document_id):
        try:
            extracting.extract_document(document_id)
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    first = threading.Thread(target=worker, args=(original,))
    first.start()
    assert recorded.wait(timeout=60)
    second = threading.Thread(target=worker, args=(copy,))
    second.start()
    # The copy's worker either finishes (it did not wait: the bug) or waits for the original's lock.
    for _ in range(600):
        if not second.is_alive() or _waiting_on_a_lock():
            break
        second.join(timeout=0.1)
    release.set()
    first.join()
    second.join()
    assert errors == []
    originals = set(Mention.objects.filter(document_id=original).values_list("commitment_id", flat=True))
    # the debate's own commitments, however many the engine reads in it, and not one more for the copy
    assert len(originals) > 1
    assert Commitment.objects.count() == len(originals)
    assert set(Mention.objects.filter(document_id=copy).values_list("commitment_id", flat=True)) == originals
