"""Middleware: a poller's revalidation of a list, answered from memory before Django routes it.

It answers one case only: a GET with If-None-Match or If-Modified-Since on a polled list, by a
live token (or by anyone where anonymous reads are on), in JSON, whose validators are remembered
for this URL and still hold (remembered_validators). Everything else (sessions, missing or bad
tokens, other formats, pages not remembered) goes on to DRF, which gives the same 304 more slowly,
or the error. So this path can only say "not modified"; it never refuses or serves anything.
A remembered 304 costs the token (from the cache) and one index probe: a fifth of the DRF path.
"""

from django.conf import settings
from django.http import HttpResponseNotModified
from django.urls import get_script_prefix, reverse
from rest_framework.exceptions import AuthenticationFailed

from ..services.tokens import note_use
from .auth import active_token, key_from_header
from .conditional import with_validators
from .remembered_validators import revalidate

JSON_ACCEPTS = {"", "*/*", "application/json"}
VARY = "Accept, Accept-Language"  # as the full response varies (DRF's negotiation, LocaleMiddleware)


def polled_lists() -> dict:
    """path_info -> viewset, for the lists whose validators are remembered."""
    from .urls import router

    prefix = get_script_prefix()
    return {"/" + reverse(f"{basename}-list")[len(prefix):]: viewset
            for _, viewset, basename in router.registry if getattr(viewset, "settle_field", None)}


class FastRevalidationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.lists = None

    def __call__(self, request):
        meta = request.META
        if request.method == "GET" and ("HTTP_IF_NONE_MATCH" in meta or "HTTP_IF_MODIFIED_SINCE" in meta):
            response = self.remembered(request)
            if response is not None:
                return response
        return self.get_response(request)

    def remembered(self, request):
        if self.lists is None:
            self.lists = polled_lists()
        viewset = self.lists.get(request.path_info)
        if viewset is None or request.GET.get("format", "json") != "json":
            return None
        if request.META.get("HTTP_ACCEPT", "").strip() not in JSON_ACCEPTS:
            return None
        try:
            key = key_from_header(request)
        except AuthenticationFailed:
            return None
        token = None if key is None else active_token(key)
        if token is None and (key is not None or not settings.API_ANONYMOUS_READ):
            return None  # a bad token is refused by DRF, even where anonymous reads are on
        _, known = revalidate(request, viewset.queryset.model, viewset.settle_field, (request.get_full_path(), "json"))
        if known is None:
            return None
        if token is not None:
            note_use(token)
        response = with_validators(HttpResponseNotModified(), known.etag, known.last_modified)
        response["Vary"] = VARY
        return response
