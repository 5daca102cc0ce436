"""The admin speaks Dutch to clerks by default, and English to whoever asks for it."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_client(client):
    user = get_user_model().objects.create_superuser("griffier", password="x")
    client.force_login(user)
    return client


def test_the_commitment_list_is_in_dutch_by_default(clerk_client):
    page = clerk_client.get("/admin/commitments/commitment/").content.decode()
    assert "Selecteer toezegging om te wijzigen | Toezeggingenregister" in page


def test_english_is_available_on_request(clerk_client):
    page = clerk_client.get("/admin/commitments/commitment/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Select commitment to change | Commitment tracker" in page
    assert "toezegging" not in page.lower()
