"""A commitment's promised_on and lowest_confidence follow its mentions on every write path."""

import datetime as dt

import pytest

from commitments.models import Commitment, Document, Mention
from commitments.services import merging

pytestmark = pytest.mark.django_db(transaction=False)


def document(n, day=None):
    return Document.objects.create(sha256=f"{n:064x}", title=f"brief {n}", text="x" * 200, date=day)


def commitment(text="Ik stuur uw Kamer een brief."):
    return Commitment.objects.create(text=text)


def mention(commitment, document, confidence=0.9, start=0):
    return Mention.objects.create(
        commitment=commitment,
        document=document,
        quote="x",
        start=start,
        end=start + 10,
        rule="test",
        confidence=confidence,
    )


def fresh(c):
    return Commitment.objects.values("promised_on", "lowest_confidence").get(pk=c.pk)


def test_a_commitment_without_mentions_is_promised_on_the_day_it_was_recorded():
    c = commitment()
    assert fresh(c) == {"promised_on": c.created_at.astimezone(dt.UTC).date(), "lowest_confidence": None}


def test_mentions_give_the_earliest_document_date_and_the_lowest_confidence():
    c = commitment()
    mention(c, document(1, dt.date(2026, 5, 1)), confidence=0.8)
    mention(c, document(2, dt.date(2025, 3, 4)), confidence=0.95)
    mention(c, document(3), confidence=0.4)  # undated: no date, but its confidence counts
    assert fresh(c) == {"promised_on": dt.date(2025, 3, 4), "lowest_confidence": 0.4}


def test_mentions_inserted_in_bulk_are_counted():
    c = commitment()
    letters = [document(n, dt.date(2026, 1, n)) for n in (5, 2, 9)]
    Mention.objects.bulk_create(
        [
            Mention(commitment=c, document=d, quote="x", start=0, end=5, rule="t", confidence=0.5 + n / 10)
            for n, d in enumerate(letters)
        ]
    )
    assert fresh(c) == {"promised_on": dt.date(2026, 1, 2), "lowest_confidence": 0.5}


def test_a_document_given_its_date_later_moves_the_date_of_its_promises():
    c = commitment()
    letter = document(1)
    mention(c, letter)
    Document.objects.filter(pk=letter.pk).update(date=dt.date(2024, 9, 17))
    assert fresh(c)["promised_on"] == dt.date(2024, 9, 17)


def test_a_deleted_mention_no_longer_counts():
    c = commitment()
    mention(c, document(1, dt.date(2026, 5, 1)), confidence=0.8)
    early = mention(c, document(2, dt.date(2025, 1, 1)), confidence=0.3)
    early.delete()
    assert fresh(c) == {"promised_on": dt.date(2026, 5, 1), "lowest_confidence": 0.8}


def test_a_merge_moves_the_values_with_the_mentions():
    keep, duplicate = commitment("Ik stuur de brief."), commitment("Ik zend de brief.")
    mention(keep, document(1, dt.date(2026, 5, 1)), confidence=0.9)
    mention(duplicate, document(2, dt.date(2025, 1, 1)), confidence=0.5)
    merging.merge_commitments(duplicate.pk, keep.pk, user=None, reason="dezelfde toezegging")
    assert fresh(keep) == {"promised_on": dt.date(2025, 1, 1), "lowest_confidence": 0.5}


def test_saving_an_instance_read_before_a_mention_was_added_keeps_the_stored_values():
    c = commitment()
    stale = Commitment.objects.get(pk=c.pk)
    mention(c, document(1, dt.date(2025, 1, 1)), confidence=0.6)
    stale.subject = "de brief"
    stale.save()
    assert fresh(c) == {"promised_on": dt.date(2025, 1, 1), "lowest_confidence": 0.6}
    assert Commitment.objects.get(pk=c.pk).subject == "de brief"
