"""A token is looked up in the database once, then held in the cache; any change to it is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import ApiToken
from commitments.models.api_tokens import TokenScope
from commitments.services.tokens import revoke_token

pytestmark = pytest.mark.django_db

LIST = "/api/v1/ministries/"


def token_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    return sum(
        query["sql"].startswith("SELECT") and "commitments_apitoken" in query["sql"]
        for query in queries.captured_queries
    )


def test_a_known_token_is_not_looked_up_again(read_client):
    assert token_queries(read_client) == 1
    assert token_queries(read_client) == 0


def test_no_token_is_held_when_the_cache_time_is_zero(read_client, settings):
    settings.API_TOKEN_CACHE_SECONDS = 0
    token_queries(read_client)
    assert token_queries(read_client) == 1


def test_a_revoked_token_is_refused_at_once(read_client):
    read_client.get(LIST)
    revoke_token(read_client.token.pk)
    assert read_client.get(LIST).status_code == 401


def test_a_deleted_token_is_refused_at_once(read_client):
    read_client.get(LIST)
    ApiToken.objects.get(pk=read_client.token.pk).delete()
    assert read_client.get(LIST).status_code == 401


def test_a_token_of_a_deactivated_user_is_refused_at_once(read_client, reader):
    read_client.get(LIST)
    reader.is_active = False
    reader.save()
    assert read_client.get(LIST).status_code == 401


def test_a_token_of_a_deleted_user_is_refused_at_once(read_client, reader):
    read_client.get(LIST)
    reader.delete()
    assert read_client.get(LIST).status_code == 401


def test_a_changed_scope_counts_at_once(clerk_client):
    url = "/api/v1/commitments/1/confirm/"
    clerk_client.get(LIST)
    token = ApiToken.objects.get(pk=clerk_client.token.pk)
    token.scope = TokenScope.READ
    token.save()
    assert clerk_client.post(url, {}, format="json").status_code == 403


def test_the_cache_is_keyed_by_the_hash_not_the_secret(read_client):
    from django.core.cache import cache

    read_client.get(LIST)
    assert cache.get(f"api-token:{read_client.token.key_hash}") == read_client.token
    assert read_client.key not in "".join(cache._cache)  # locmem's keys, as the tests configure it
