"""The production cache backend keeps Django's cache contract on a real Redis."""

import pytest

from tests.locations import redis_url
from tracker.redis_cache import ReusingRedisCache

REDIS_URL = redis_url(12)
pytestmark = pytest.mark.redis


@pytest.fixture
def cache():
    cache = ReusingRedisCache(REDIS_URL, {"KEY_PREFIX": "redis-cache-test"})
    cache.clear()
    yield cache
    cache.clear()


def test_values_round_trip(cache):
    cache.set("token", {"scope": "read"}, timeout=30)
    assert cache.get("token") == {"scope": "read"}
    assert cache.get_many(["token", "absent"]) == {"token": {"scope": "read"}}


def test_one_client_object_serves_every_call(cache):
    assert cache._cache.get_client() is cache._cache.get_client()


def test_incr_counts_an_existing_key_and_keeps_its_expiry(cache):
    cache.add("count", 1, timeout=30)
    assert cache.incr("count") == 2 and cache.incr("count", 5) == 7
    assert cache.get("count") == 7
    assert 0 < cache._cache.get_client().ttl(cache.make_key("count")) <= 30


def test_incr_of_a_missing_key_is_a_value_error_and_creates_nothing(cache):
    with pytest.raises(ValueError):
        cache.incr("missing")
    assert cache.get("missing") is None
