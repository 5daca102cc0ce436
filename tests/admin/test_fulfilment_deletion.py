"""A fulfilment is never deleted by hand: the admin does not offer it, not even to a superuser."""

import pytest
from django.contrib.auth import get_user_model

from commitments.models import CommitmentEvent, Fulfilment
from commitments.services import fulfilling

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x"))
    return client


@pytest.fixture
def fulfilment(make_commitment, make_document):
    return Fulfilment.objects.create(commitment=make_commitment(), document=make_document(), extent="full")


def test_the_admin_refuses_to_delete_a_fulfilment_even_for_a_superuser(superuser_client, fulfilment):
    url = f"/admin/commitments/fulfilment/{fulfilment.pk}/delete/"
    assert superuser_client.get(url).status_code == 403
    assert superuser_client.post(url, {"post": "yes"}).status_code == 403
    assert Fulfilment.objects.filter(pk=fulfilment.pk).exists()


def test_the_fulfilment_list_offers_no_bulk_delete(superuser_client, fulfilment):
    response = superuser_client.post(
        "/admin/commitments/fulfilment/",
        {"action": "delete_selected", "_selected_action": [fulfilment.pk], "post": "yes"},
    )
    assert "delete_selected" not in response.content.decode()
    assert Fulfilment.objects.filter(pk=fulfilment.pk).exists()


def test_the_way_to_undo_a_proposal_is_to_reject_it_which_the_history_keeps(fulfilment, clerk):
    fulfilling.decide_proposal(fulfilment.pk, accept=False, user=clerk, reason="verkeerde brief")
    assert Fulfilment.objects.get(pk=fulfilment.pk).state == "rejected"
    event = CommitmentEvent.objects.get(commitment=fulfilment.commitment)
    assert (event.user, event.reason) == (clerk, "verkeerde brief")
