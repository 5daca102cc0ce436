"""The services behind merge and fulfil: nothing found is lost, nothing decided is undone."""

import pytest

from commitments.models import CommitmentEvent, CommitmentRelation, Fulfilment
from commitments.services.fulfilling import decide_proposal, record_fulfilment
from commitments.services.history import ChangeRefused
from commitments.services.merging import merge_commitments

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(make_commitment):
    return make_commitment("Ik stuur u de evaluatie."), make_commitment("U ontvangt de evaluatie.")


def test_merging_keeps_the_survivors_own_decision_about_a_shared_document(pair, make_document, clerk):
    keep, duplicate = pair
    letter = make_document("Hierbij de evaluatie.")
    Fulfilment.objects.create(commitment=keep, document=letter, extent="full", state="confirmed")
    Fulfilment.objects.create(commitment=duplicate, document=letter, extent="partial", state="proposed")
    other = Fulfilment.objects.create(commitment=duplicate, document=make_document("Tussenstand."), extent="progress")
    merge_commitments(duplicate.pk, keep.pk, user=clerk)
    assert {(f.document_id, f.extent) for f in keep.fulfilments.all()} == {
        (letter.pk, "full"),
        (other.document_id, "progress"),
    }


def test_merging_repoints_relations_and_drops_the_one_between_the_two(pair, make_commitment, clerk):
    keep, duplicate = pair
    third = make_commitment("Ik kom erop terug.")
    CommitmentRelation.objects.create(source=duplicate, target=keep, kind="repeats")
    CommitmentRelation.objects.create(source=third, target=duplicate, kind="modifies")
    merge_commitments(duplicate.pk, keep.pk, user=clerk)
    assert list(CommitmentRelation.objects.values_list("source", "target", "kind")) == [(third.pk, keep.pk, "modifies")]


def test_commitments_merged_into_the_duplicate_follow_it_to_the_survivor(pair, make_commitment, clerk):
    keep, duplicate = pair
    older = make_commitment("Eerder al gemeld.")
    merge_commitments(older.pk, duplicate.pk, user=clerk)
    merge_commitments(duplicate.pk, keep.pk, user=clerk)
    older.refresh_from_db()
    assert older.merged_into_id == keep.pk


def test_merging_records_the_clerk_on_both_commitments(pair, clerk):
    keep, duplicate = pair
    merge_commitments(duplicate.pk, keep.pk, user=clerk, reason="zelfde belofte")
    assert set(CommitmentEvent.objects.filter(user=clerk).values_list("commitment", "field")) == {
        (duplicate.pk, "merged_into"),
        (keep.pk, "merged"),
    }


@pytest.mark.parametrize("case", ["itself", "already-merged"])
def test_a_merge_that_makes_no_sense_is_refused(pair, clerk, case):
    keep, duplicate = pair
    if case == "itself":
        with pytest.raises(ChangeRefused, match="itself"):
            merge_commitments(keep.pk, keep.pk, user=clerk)
    else:
        merge_commitments(duplicate.pk, keep.pk, user=clerk)
        with pytest.raises(ChangeRefused, match="already merged"):
            merge_commitments(duplicate.pk, keep.pk, user=clerk)


def test_a_partial_fulfilment_after_the_full_one_does_not_reopen_the_promise(make_commitment, make_document, clerk):
    commitment = make_commitment()
    record_fulfilment(commitment.pk, make_document("Alles.").pk, extent="full", user=clerk)
    record_fulfilment(commitment.pk, make_document("Nog een stukje.").pk, extent="partial", user=clerk)
    commitment.refresh_from_db()
    assert commitment.status == "fulfilled"


def test_a_progress_update_accepted_leaves_the_status_open(make_commitment, make_document, clerk):
    commitment = make_commitment()
    proposal = Fulfilment.objects.create(commitment=commitment, document=make_document("Voortgang."), extent="progress")
    decide_proposal(proposal.pk, accept=True, user=clerk)
    commitment.refresh_from_db()
    assert commitment.status == "open"
    assert commitment.events.get(field="fulfilment").user == clerk


def test_a_decided_proposal_cannot_be_decided_again(make_commitment, make_document, clerk):
    proposal = Fulfilment.objects.create(commitment=make_commitment(), document=make_document("Brief."), extent="full")
    decide_proposal(proposal.pk, accept=False, user=clerk)
    with pytest.raises(ChangeRefused, match="already"):
        decide_proposal(proposal.pk, accept=True, user=clerk)
