"""Per-token request limits counted in the shared cache, so all web workers see one count.

A fixed window: the counter key names the window, so it expires by itself. A request takes
its place in the count as it arrives (one atomic increment, so concurrent requests cannot
overshoot the limit) and gives it back when it turns out a 304 (a cheap revalidation we want
pollers to make) or is refused with 429: those are free.
"""

import math
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import ngettext
from rest_framework.exceptions import APIException, Throttled
from rest_framework.throttling import BaseThrottle

from ..models import ApiToken


class TooManyRequests(Throttled):
    """A 429 whose message is one translatable sentence.

    DRF's own joins a translated 'Request was throttled.' to a sentence it formats before
    looking it up, so the second half is never translated ('... verstikt. Expected available
    in 30 seconds.'). The wait still goes out as Retry-After.
    """

    def __init__(self, wait: float | None):
        seconds = math.ceil(wait) if wait is not None else 0
        message = ngettext(
            "Too many requests; try again in %(wait)d second.",
            "Too many requests; try again in %(wait)d seconds.",
            seconds,
        ) % {"wait": seconds}
        APIException.__init__(self, message)
        self.wait = seconds if wait is not None else None


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
        limit, window = parse_rate(settings.API_THROTTLE_RATE)
        now = time.time()
        self.key = f"api-throttle:{self.identity(request)}:{int(now // window)}"
        self.retry_after = math.ceil(window - now % window)
        cache = caches[self.cache_alias]
        try:
            count = cache.incr(self.key)
        except ValueError:  # the window's first request
            count = 1 if cache.add(self.key, 1, timeout=window + 1) else cache.incr(self.key)
        if count > limit:
            self.give_back()
            return False
        return True

    def give_back(self) -> None:
        try:
            caches[self.cache_alias].decr(self.key)
        except ValueError:  # the window has passed; its count went with it
            pass

    def wait(self):
        return self.retry_after
