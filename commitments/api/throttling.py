"""Per-token request limits counted in the shared cache, so all web workers see one count.

A fixed window: the counter key names the window, so it expires by itself. The check and
the count are split: a request is counted after its response is known, so 304 answers
(cheap revalidations we want pollers to make) and 429s are free. Concurrent requests can
overshoot the limit by the number in flight; that is the price of not locking.
"""

import math
import time

from django.conf import settings
from django.core.cache import caches
from rest_framework.throttling import BaseThrottle

from ..models import ApiToken


def parse_rate(rate: str) -> tuple[int, int]:
    limit, _, seconds = rate.partition("/")
    return int(limit), int(seconds or 60)


class TokenRateThrottle(BaseThrottle):
    cache_alias = "default"

    def identity(self, request) -> str:
        if isinstance(request.auth, ApiToken):
            return f"token:{request.auth.pk}"
        if request.user and request.user.is_authenticated:
            return f"user:{request.user.pk}"
        return f"addr:{self.get_ident(request)}"

    def allow_request(self, request, view):
        self.limit, self.window = parse_rate(settings.API_THROTTLE_RATE)
        now = time.time()
        self.key = f"api-throttle:{self.identity(request)}:{int(now // self.window)}"
        self.retry_after = math.ceil(self.window - now % self.window)
        return caches[self.cache_alias].get(self.key, 0) < self.limit

    def record(self) -> None:
        # One round trip when the window's counter exists, which is every request but the window's first.
        cache = caches[self.cache_alias]
        try:
            cache.incr(self.key)
        except ValueError:  # the window's first request (or its counter expired just now)
            if not cache.add(self.key, 1, timeout=self.window + 1):
                cache.incr(self.key)  # another worker created it meanwhile

    def wait(self):
        return self.retry_after
