"""The database refuses what the domain forbids, whatever code path tries it."""

import pytest
from django.db import IntegrityError, connection, transaction

from commitments.models import Commitment, CommitmentEvent, CommitmentRelation, Document, Mention
from commitments.models.history import AppendOnlyError

pytestmark = pytest.mark.django_db


def make_document(sha="a" * 64, **fields):
    return Document.objects.create(sha256=sha, text="Ik zal uw Kamer informeren.", **fields)


def make_commitment(**fields):
    return Commitment.objects.create(text="Uw Kamer wordt voor de zomer geïnformeerd.", **fields)


def test_it_stores_a_document_once_per_sha256():
    make_document()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_document()


def test_it_refuses_a_sha256_of_the_wrong_length():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_document(sha="abc")


@pytest.mark.parametrize("status", ["open", "partly_fulfilled", "fulfilled", "lapsed"])
def test_it_accepts_each_status_of_the_domain(status):
    fulfilled_on = "2026-01-06" if "fulfilled" in status else None
    assert make_commitment(status=status, fulfilled_on=fulfilled_on).status == status


@pytest.mark.parametrize("status", ["overdue", "Openstaand", "", "closed"])
def test_it_refuses_a_status_outside_the_domain(status):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_commitment(status=status)


def test_it_refuses_an_unknown_review_state():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_commitment(review_state="maybe")


def test_it_refuses_a_fulfilment_date_on_an_open_commitment():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_commitment(status="open", fulfilled_on="2026-01-06")


def test_it_refuses_a_mention_with_an_empty_span():
    document, commitment = make_document(), make_commitment()
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(
            commitment=commitment, document=document, quote="x", start=5, end=5, rule="r", confidence=0.5
        )


def test_it_refuses_the_same_span_twice_in_one_document():
    document, commitment = make_document(), make_commitment()
    fields = dict(commitment=commitment, document=document, quote="x", start=0, end=5, rule="r", confidence=0.5)
    Mention.objects.create(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(**fields)


def test_it_refuses_a_relation_of_a_commitment_to_itself():
    commitment = make_commitment()
    with pytest.raises(IntegrityError), transaction.atomic():
        CommitmentRelation.objects.create(source=commitment, target=commitment, kind="repeats")


def test_it_refuses_to_edit_a_history_entry_through_the_model():
    event = CommitmentEvent.objects.create(
        commitment=make_commitment(), field="status", old_value="open", new_value="lapsed"
    )
    event.new_value = "fulfilled"
    with pytest.raises(AppendOnlyError):
        event.save()


def test_it_refuses_to_rewrite_history_in_bulk():
    CommitmentEvent.objects.create(commitment=make_commitment(), field="status", old_value="open", new_value="lapsed")
    with pytest.raises(AppendOnlyError):
        CommitmentEvent.objects.update(reason="rewritten")
    with pytest.raises(AppendOnlyError):
        CommitmentEvent.objects.all().delete()


def test_it_refuses_to_rewrite_history_even_in_raw_sql():
    event = CommitmentEvent.objects.create(
        commitment=make_commitment(), field="status", old_value="open", new_value="lapsed"
    )
    with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE commitments_commitmentevent SET reason = 'rewritten' WHERE id = %s", [event.pk])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)  # committed rows: TRUNCATE refuses a table with pending FK checks
@pytest.mark.parametrize(
    "statement",
    ["DELETE FROM commitments_commitmentevent WHERE id = %s", "TRUNCATE commitments_commitmentevent CASCADE"],
    ids=["DELETE", "TRUNCATE"],
)
def test_it_refuses_to_delete_history_in_raw_sql_on_postgresql(statement):
    event = CommitmentEvent.objects.create(
        commitment=make_commitment(), field="status", old_value="open", new_value="lapsed"
    )
    with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        # As the app's connections are: not a maintenance session (the test suite's are, for its flush).
        cursor.execute("SET LOCAL tracker.history_maintenance = 'off'")
        cursor.execute(statement, [event.pk] if "%s" in statement else None)
    assert CommitmentEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.postgres
def test_a_maintenance_session_may_purge_history_on_postgresql():
    CommitmentEvent.objects.create(commitment=make_commitment(), field="status", old_value="open", new_value="lapsed")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL tracker.history_maintenance = 'on'")
        cursor.execute("DELETE FROM commitments_commitmentevent")
    assert not CommitmentEvent.objects.exists()


def test_it_seeds_the_recess_calendar_with_every_verified_row():
    from commitments.models import Recess

    assert Recess.objects.count() == 59
    summer_2024 = Recess.objects.get(chamber="TK", name="zomerreces", first_day__year=2024)
    assert str(summer_2024.first_day) == "2024-07-05"
    assert summer_2024.source.startswith("https://")
