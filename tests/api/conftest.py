"""Fixtures for the API: people, tokens, a client per identity, and rows to serve."""

import datetime as dt
import hashlib
import itertools

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from rest_framework.test import APIClient

from commitments.api.fast_revalidation import KNOWN_TOKENS
from commitments.api.prepared_windows import PREPARED
from commitments.api.remembered_validators import VALIDATORS
from commitments.models import Commitment, Document, Mention, Ministry
from commitments.models.api_tokens import TokenScope
from commitments.services.tokens import issue_token, revoke_token

_serial = itertools.count(1)


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
    user.user_permissions.add(Permission.objects.get(codename="change_commitment"))
    return user


@pytest.fixture
def reader(db):
    return User.objects.create_user("lezer", password="x")


def token_client(user, scope):
    token, key = issue_token(user, f"{scope} integration", scope)
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
    return Ministry.objects.create(name="Financiën", abbreviation="FIN")


def make_document(**fields) -> Document:
    n = next(_serial)
    defaults = {"sha256": hashlib.sha256(str(n).encode()).hexdigest(), "title": f"Kamerbrief {n}",
                "date": dt.date(2025, 3, 1), "dossier": "36200"}
    return Document.objects.create(**{**defaults, **fields})


def make_commitment(document=None, **fields) -> Commitment:
    n = next(_serial)
    defaults = {"text": f"Ik zal uw Kamer voor de zomer informeren over punt {n}.", "actor": "minister van Financiën",
                "subject": f"punt {n}"}
    commitment = Commitment.objects.create(**{**defaults, **fields})
    if document is not None:
        Mention.objects.create(commitment=commitment, document=document, quote=commitment.text, start=n * 100,
                               end=n * 100 + 50, rule="inform", confidence=0.9)
    return commitment
