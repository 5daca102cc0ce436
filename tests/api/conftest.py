"""Fixtures for the API: people, tokens, a client per identity, a ministry (rows: tests/factories.py)."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from rest_framework.test import APIClient

from commitments.api.polling.fast_revalidation import KNOWN_TOKENS
from commitments.api.polling.prepared_windows import PREPARED
from commitments.api.polling.remembered_validators import VALIDATORS
from commitments.models import Ministry
from commitments.models.api_tokens import TokenScope
from commitments.services.tokens import issue_token, revoke_token


@pytest.fixture(autouse=True)
def _api_defaults(settings):
    # Rows made by a test are served at once; the settle window has its own tests.
    settings.API_SETTLE_SECONDS = 0
    # Never the environment's Redis: clearing the cache below must not flush a shared database.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "api-tests"}}
    settings.API_THROTTLE_RATE = "1000/60"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    for memo in (VALIDATORS, PREPARED, KNOWN_TOKENS):
        memo.clear()
    yield
    cache.clear()
    for memo in (VALIDATORS, PREPARED, KNOWN_TOKENS):
        memo.clear()


@pytest.fixture
def clerk(db):
    user = User.objects.create_user("griffier", password="x")
    user.groups.add(Group.objects.get(name="Clerks"))
    return user


@pytest.fixture
def reader(db):
    return User.objects.create_user("lezer", password="x")


def token_client(user, scope):
    token, key = issue_token(user, f"{scope} integration", scope, issued_by=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    client.key, client.token = key, token
    return client


@pytest.fixture
def read_client(reader):
    return token_client(reader, TokenScope.READ)


@pytest.fixture
def clerk_client(clerk):
    return token_client(clerk, TokenScope.CLERK)


@pytest.fixture
def revoked_client(clerk):
    client = token_client(clerk, TokenScope.CLERK)
    revoke_token(client.token.pk)
    return client


@pytest.fixture
def anonymous_client():
    return APIClient()


@pytest.fixture
def ministry(db):
    return Ministry.objects.get(name="Financiën")
