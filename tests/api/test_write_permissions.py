"""A write needs both: a clerk-scope token (or a session) and the user's own model permission."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied
from rest_framework.test import APIClient

from commitments.models import ApiToken, Commitment, CommitmentEvent, Document, Fulfilment, IngestRun
from commitments.models.api_tokens import TokenScope
from commitments.services.tokens import issue_token

from .test_auth import WRITES, call_write, session_client
from .test_auth import world as world  # noqa: F401  (a fixture, used by name)

pytestmark = pytest.mark.django_db


def token_client(user, scope):
    _, key = issue_token(user, "koppeling", scope, issued_by=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def state():
    """Everything a write could change, to show that a refused one changed nothing."""
    return (
        list(Commitment.objects.values_list("status", "review_state", "due_date", "updated_at")),
        CommitmentEvent.objects.count(),
        list(Fulfilment.objects.values_list("state", "extent")),
        Document.objects.count(),
        IngestRun.objects.count(),
    )


@pytest.fixture
def powerless(db):
    return User.objects.create_user("stagiair", password="x")


@pytest.mark.parametrize("action", list(WRITES))
def test_a_clerk_token_of_a_user_without_the_permission_gets_403_and_changes_nothing(powerless, action, world):
    client = token_client(powerless, TokenScope.CLERK)
    before = state()
    assert call_write(client, action, world).status_code == 403
    assert state() == before


@pytest.mark.parametrize("action", list(WRITES))
def test_a_session_of_a_user_without_the_permission_gets_403(powerless, action, world):
    assert call_write(session_client(powerless), action, world).status_code == 403


@pytest.mark.parametrize(
    ("action", "codename"),
    [
        ("set status", "change_commitment"),
        ("add fulfilment", "add_fulfilment"),
        ("accept fulfilment", "change_fulfilment"),
        ("upload", "add_document"),
    ],
)
def test_each_write_needs_its_own_permission(powerless, action, codename, world):
    others = Permission.objects.filter(content_type__app_label="commitments").exclude(codename=codename)
    powerless.user_permissions.add(*others)
    client = token_client(powerless, TokenScope.CLERK)
    assert call_write(client, action, world).status_code == 403
    powerless.user_permissions.add(Permission.objects.get(codename=codename))
    assert call_write(client, action, world).status_code in (200, 202)


def test_a_user_issues_a_token_for_themselves(powerless):
    token, _ = issue_token(powerless, "eigen koppeling", issued_by=powerless)
    assert token.user == powerless


def test_only_a_superuser_issues_a_token_for_someone_else(powerless):
    staff = User.objects.create_user("beheerder", password="x", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(content_type__model="apitoken"))
    with pytest.raises(PermissionDenied):
        issue_token(powerless, "namens een ander", TokenScope.CLERK, issued_by=staff)
    root = User.objects.create_superuser("root", "root@example.org", "x")
    assert issue_token(powerless, "namens een ander", TokenScope.CLERK, issued_by=root)[0].user == powerless


def test_in_the_admin_a_staff_member_who_may_add_tokens_gets_one_only_for_themselves(client, powerless):
    staff = User.objects.create_user("beheerder", password="x", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(content_type__model="apitoken"))
    client.force_login(staff)
    assert 'name="user"' not in client.get("/admin/commitments/apitoken/add/").content.decode()
    response = client.post("/admin/commitments/apitoken/add/", {"name": "x", "user": powerless.pk, "scope": "clerk"})
    assert response.status_code == 302
    assert list(ApiToken.objects.values_list("user__username", flat=True)) == ["beheerder"]
