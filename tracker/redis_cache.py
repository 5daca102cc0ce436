"""Django's Redis cache, with one client object per connection pool and incr() in one round trip.

Django builds a new redis.Redis for every cache operation; with redis-py 8 that construction costs
more than the round trip to Redis itself (profiled: about 0.15 ms of an API request's 0.25 ms per
cache call). A redis.Redis on a shared pool is safe to share between threads, so one per pool is kept.
Django's incr() asks EXISTS, then INCR: two round trips for every request the API throttle counts.
A server-side script does both at once, keeping the contract (a missing key is a ValueError).
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCRBY', KEYS[1], ARGV[1]) end
return false
"""


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._incr_scripts = {}

    def incr(self, key, delta):
        client = self.get_client(key, write=True)
        script = self._incr_scripts.get(id(client))
        if script is None:
            script = self._incr_scripts[id(client)] = client.register_script(INCR_EXISTING)
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
