"""Per-token limits: a 429 with Retry-After once the window's budget is spent; 304s are free."""

import pytest
from django.core.cache import cache

from commitments.api.throttling import TokenRateThrottle
from tests.factories import make_commitment
from tests.locations import redis_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_a_minute(settings):
    settings.API_THROTTLE_RATE = "3/60"


def test_the_request_over_the_limit_is_a_429_with_retry_after(read_client, three_a_minute):
    statuses = [read_client.get("/api/v1/ministries/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = read_client.get("/api/v1/ministries/")
    assert 1 <= int(response["Retry-After"]) <= 60


def test_each_token_has_its_own_budget(read_client, clerk_client, three_a_minute):
    for _ in range(3):
        read_client.get("/api/v1/ministries/")
    assert read_client.get("/api/v1/ministries/").status_code == 429
    assert clerk_client.get("/api/v1/ministries/").status_code == 200


def test_a_304_does_not_count(read_client, three_a_minute):
    make_commitment(None)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    for _ in range(10):
        assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert read_client.get("/api/v1/commitments/").status_code == 200


def test_a_spent_budget_still_gets_remembered_304s_but_no_computed_page(read_client, three_a_minute):
    make_commitment(None)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # now remembered
    for _ in range(2):
        read_client.get("/api/v1/ministries/")
    assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH='"stale"').status_code == 429
    assert read_client.get("/api/v1/commitments/?page_size=5", HTTP_IF_NONE_MATCH=etag).status_code == 429


def test_refused_and_not_modified_requests_give_their_place_back(read_client, three_a_minute):
    make_commitment(None)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)  # computed 304: counted, then given back
    read_client.get("/api/v1/ministries/")
    read_client.get("/api/v1/ministries/")
    for _ in range(3):
        assert read_client.get("/api/v1/ministries/").status_code == 429
    [key] = [key.split(":", 2)[-1] for key in cache._cache if "api-throttle:token:" in key]  # locmem's store
    assert cache.get(key) == 3


def test_the_count_lives_in_the_shared_cache(read_client, three_a_minute):
    # Another web worker sees the same count because it reads the same cache key.
    read_client.get("/api/v1/ministries/")
    keys = [key for key in cache._cache if "api-throttle:token:" in key]  # locmem's store
    assert len(keys) == 1 and cache.get(keys[0].split(":", 2)[-1]) == 1


def test_writes_count_against_the_same_budget(clerk_client, three_a_minute):
    row = make_commitment(None)
    for _ in range(3):
        assert clerk_client.post(f"/api/v1/commitments/{row.pk}/confirm/", {}, format="json").status_code == 200
    assert clerk_client.post(f"/api/v1/commitments/{row.pk}/reject/", {}, format="json").status_code == 429


@pytest.mark.parametrize(("rate", "parsed"), [("600/60", (600, 60)), ("10/1", (10, 1)), ("100", (100, 60))])
def test_the_rate_setting_reads_requests_per_seconds(rate, parsed):
    from commitments.api.throttling import parse_rate

    assert parse_rate(rate) == parsed
    assert TokenRateThrottle.cache_alias == "default"


REDIS_URL = redis_url(11)


@pytest.mark.redis
def test_workers_sharing_redis_share_one_budget(read_client, settings):
    # A second cache object built from the same settings stands in for another web worker.
    from tracker.redis_cache import ReusingRedisCache as RedisCache

    settings.CACHES = {"default": {"BACKEND": "tracker.redis_cache.ReusingRedisCache", "LOCATION": REDIS_URL}}
    settings.API_THROTTLE_RATE = "3/60"
    from django.core.cache import caches

    caches["default"].clear()
    other_worker = RedisCache(REDIS_URL, {})
    for _ in range(2):
        assert read_client.get("/api/v1/ministries/").status_code == 200
    key = f"api-throttle:token:{read_client.token.pk}:"
    bumped = [k.decode() for k in other_worker._cache.get_client().keys("*") if key in k.decode()]
    assert len(bumped) == 1
    other_worker._cache.get_client(write=True).incr(bumped[0])  # the other worker served one too
    assert read_client.get("/api/v1/ministries/").status_code == 429
    caches["default"].clear()


def test_the_429_says_in_dutch_when_to_try_again(read_client, three_a_minute):
    for _ in range(3):
        read_client.get("/api/v1/ministries/")
    response = read_client.get("/api/v1/ministries/", HTTP_ACCEPT_LANGUAGE="nl")
    detail = response.json()["detail"]
    assert detail.startswith("Te veel verzoeken; probeer het over ") and detail.endswith("opnieuw.")
    assert "Expected" not in detail and int(response["Retry-After"]) > 0
