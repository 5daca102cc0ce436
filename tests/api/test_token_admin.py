"""Tokens are issued and revoked in the admin; the secret is shown once and works at once."""

import re

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from rest_framework.test import APIClient

from commitments.models import ApiToken

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("beheer", "beheer@example.org", "x"))
    return client


def issue_in_admin(admin_client, user, scope="read") -> str:
    response = admin_client.post(
        "/admin/commitments/apitoken/add/", {"name": "dashboard", "user": user.pk, "scope": scope}
    )
    assert response.status_code == 302
    text = " ".join(str(message) for message in get_messages(response.wsgi_request))
    key = re.search(r"alleen nu getoond: (\S+)", text).group(1)
    assert key in admin_client.get(response["Location"]).content.decode()  # the one showing
    return key


def test_a_token_issued_in_the_admin_shows_its_secret_once_and_works(admin_client, reader):
    key = issue_in_admin(admin_client, reader)
    token = ApiToken.objects.get()
    assert key.startswith(token.prefix) and key not in token.key_hash
    page = admin_client.get(f"/admin/commitments/apitoken/{token.pk}/change/").content.decode()
    assert key not in page
    client = APIClient(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/ministries/").status_code == 200


def test_a_token_revoked_in_the_admin_stops_working(admin_client, reader):
    key = issue_in_admin(admin_client, reader)
    token = ApiToken.objects.get()
    admin_client.post("/admin/commitments/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert APIClient(HTTP_AUTHORIZATION=f"Token {key}").get("/api/v1/ministries/").status_code == 401


def test_the_admin_lists_tokens_without_their_secrets(admin_client, reader):
    key = issue_in_admin(admin_client, reader, scope="clerk")
    page = admin_client.get("/admin/commitments/apitoken/").content.decode()
    assert "dashboard" in page and key not in page
