"""Middleware: a poller's revalidation of a list, answered from memory before Django routes it.

It answers one case only: a GET with If-None-Match or If-Modified-Since on a polled list, by a
live token (or by anyone where anonymous reads are on), in JSON, whose validators are remembered
for this URL and still hold (remembered_validators). Everything else (sessions, missing or bad
tokens, other formats, pages not remembered) goes on to DRF, which gives the same 304 more slowly,
or the error. So this path can only say "not modified"; it never refuses or serves anything.

A token seen here before is remembered by the hash of its secret; whether it is still live
(not revoked or deleted, its user active) is asked in the same query that reads the table's
stamp, so a remembered 304 costs one database round trip and nothing else; on PostgreSQL that
query is a prepared statement, planned once per connection.
"""

import hashlib
import re
import weakref

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connections, router
from django.http import HttpResponseNotModified
from django.urls import get_script_prefix, reverse
from rest_framework.exceptions import AuthenticationFailed

from ...models import ApiToken
from ...services.tokens import hash_key, note_use
from ..auth import active_token, key_from_header
from .conditional import has_validators, with_validators
from .memo import BoundedMemo
from .remembered_validators import remembered_answer, stamp_query, stamp_value

JSON_ACCEPTS = {"", "*/*", "application/json"}
VARY = "Accept, Accept-Language"  # as the full response varies (DRF's negotiation, LocaleMiddleware)
KNOWN_TOKENS = BoundedMemo(size=4096)  # hash of a secret -> the ApiToken it opened


def polled_lists() -> dict:
    """path_info -> viewset, for the lists whose validators are remembered."""
    from ..urls import router as api_router

    prefix = get_script_prefix()
    return {
        "/" + reverse(f"{basename}-list")[len(prefix) :]: viewset
        for _, viewset, basename in api_router.registry
        if getattr(viewset, "settle_field", None)
    }


def token_live_query(connection) -> str:
    quote = connection.ops.quote_name
    user = get_user_model()._meta
    return (
        f"SELECT 1 FROM {quote(ApiToken._meta.db_table)} t JOIN {quote(user.db_table)} u "
        f"ON u.{quote(user.pk.column)} = t.{quote(ApiToken._meta.get_field('user').column)} "
        f"WHERE t.{quote(ApiToken._meta.pk.column)} = %s AND t.key_hash = %s AND t.revoked_at IS NULL "
        "AND u.is_active"
    )  # the hash too: an id can come back on SQLite after its row was deleted


PREPARED_ON = weakref.WeakKeyDictionary()  # a PostgreSQL connection -> names of the statements prepared on it


def run_prepared(connection, sql: str, params: list) -> tuple:
    """One row of `sql`; on PostgreSQL as a prepared statement, planned once per connection.

    Planning this two-probe query costs PostgreSQL several times what running it does. Where a
    statement cannot be prepared or found again (a pooler such as pgbouncer in transaction mode
    hands each statement another server connection), it is run as plain SQL.
    """
    with connection.cursor() as cursor:
        raw = connection.connection
        if connection.vendor != "postgresql" or raw is None or connection.in_atomic_block:
            cursor.execute(sql, params)
            return cursor.fetchone()
        name = "tracker_" + hashlib.sha1(sql.encode()).hexdigest()[:16]
        prepared = PREPARED_ON.setdefault(raw, set())
        try:
            if name not in prepared:
                numbered = iter(range(1, len(params) + 1))
                cursor.execute(f"PREPARE {name} AS " + re.sub(r"%s", lambda _: f"${next(numbered)}", sql))
                prepared.add(name)
            cursor.execute(f"EXECUTE {name}" + (f" ({', '.join(['%s'] * len(params))})" if params else ""), params)
        except DatabaseError:
            prepared.discard(name)
            cursor.execute(sql, params)
        return cursor.fetchone()


class FastRevalidationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.lists = None

    def __call__(self, request):
        if request.method == "GET" and has_validators(request):
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
        token = None
        if key is not None:
            token = KNOWN_TOKENS.get(hash_key(key))
            if token is None:
                token = active_token(key)
                if token is None:
                    return None  # a bad token is refused by DRF, even where anonymous reads are on
                KNOWN_TOKENS.put(token.key_hash, token)
        elif not settings.API_ANONYMOUS_READ:
            return None
        model = viewset.queryset.model
        connection = connections[router.db_for_read(model)]
        sql = f"SELECT ({stamp_query(model, viewset.settle_field)})"
        if token is not None:
            sql += f", EXISTS ({token_live_query(connection)})"
        row = run_prepared(connection, sql, [token.pk, token.key_hash] if token is not None else [])
        if token is not None and not row[1]:
            return None
        known = remembered_answer(request, (request.get_full_path(), "json"), stamp_value(row[0]))
        if known is None:
            return None
        if token is not None:
            note_use(token)
        response = with_validators(HttpResponseNotModified(), known.etag, known.last_modified)
        response["Vary"] = VARY
        return response
