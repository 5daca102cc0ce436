"""Every change of status, review state or deadline lands in the history with who and why."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from commitments.models import Commitment, CommitmentEvent
from commitments.services.history import ChangeRefused, change_deadline, change_review_state, change_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk():
    return get_user_model().objects.create_user("griffier")


@pytest.fixture
def commitment():
    return Commitment.objects.create(text="Ik stuur uw Kamer voor de zomer een brief.", due_date=dt.date(2026, 7, 3))


def test_marking_fulfilled_records_who_when_from_to_and_why(commitment, clerk):
    change_status(commitment.pk, "fulfilled", user=clerk, reason="brief van 1 juli", fulfilled_on=dt.date(2026, 7, 1))
    event = CommitmentEvent.objects.get(commitment=commitment)
    assert (event.field, event.old_value, event.new_value, event.user, event.reason) == (
        "status",
        "open",
        "fulfilled",
        clerk,
        "brief van 1 juli",
    )
    assert Commitment.objects.get(pk=commitment.pk).fulfilled_on == dt.date(2026, 7, 1)


def test_lapsing_without_a_reason_is_refused(commitment, clerk):
    with pytest.raises(ChangeRefused, match="reason"):
        change_status(commitment.pk, "lapsed", user=clerk)
    assert not CommitmentEvent.objects.exists()


def test_an_unknown_status_is_refused(commitment, clerk):
    with pytest.raises(ChangeRefused, match="Unknown status"):
        change_status(commitment.pk, "overdue", user=clerk)


def test_reopening_clears_the_fulfilment_date(commitment, clerk):
    change_status(commitment.pk, "fulfilled", user=clerk, reason="brief")
    change_status(commitment.pk, "open", user=clerk, reason="brief dekte het niet")
    assert Commitment.objects.get(pk=commitment.pk).fulfilled_on is None
    assert list(CommitmentEvent.objects.values_list("new_value", flat=True)) == ["fulfilled", "open"]


def test_setting_the_same_status_again_records_nothing(commitment, clerk):
    change_status(commitment.pk, "open", user=clerk, reason="no-op")
    assert not CommitmentEvent.objects.exists()


def test_a_deadline_change_keeps_the_old_date_in_history(commitment, clerk):
    change_deadline(commitment.pk, dt.date(2026, 12, 31), deadline_text="eind 2026", user=clerk, reason="uitstelbrief")
    event = CommitmentEvent.objects.get(commitment=commitment)
    assert (event.field, event.old_value, event.new_value) == ("due_date", "2026-07-03", "2026-12-31")
    assert Commitment.objects.get(pk=commitment.pk).deadline_text == "eind 2026"


def test_a_deadline_change_without_a_reason_is_refused(commitment, clerk):
    with pytest.raises(ChangeRefused):
        change_deadline(commitment.pk, dt.date(2026, 12, 31), user=clerk, reason=" ")


def test_confirming_an_extracted_commitment_is_recorded(commitment, clerk):
    change_review_state(commitment.pk, "confirmed", user=clerk)
    assert CommitmentEvent.objects.get().new_value == "confirmed"
