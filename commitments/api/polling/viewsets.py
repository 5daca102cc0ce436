"""The base of every API list: keyset windows with validators, answered from memory when it can.

A list request goes through four named steps (`list`): answer a revalidation from the remembered
validators (a 304 without reading the page), read the page's window, remember its validators when
the whole table has settled, and answer: a 304 when the client's validators still match, else
the page. 304s and 429s are not counted by the throttle.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from rest_framework import status, viewsets
from rest_framework.response import Response

from ..throttling import TooManyRequests
from .conditional import conditional, has_validators, make_etag, not_modified_response
from .remembered_validators import VALIDATORS, revalidate


@dataclass(frozen=True)
class Revalidation:
    """What the remembered-validators step learnt before the page was read."""

    # The table's newest settle-column value, read before the page (None: not a remembered list).
    stamp: dt.datetime | None
    # Rows older than this have settled; a page computed when the whole table is older is remembered.
    horizon: dt.datetime | None
    answer: Response | None = None  # a 304 from memory: the page is not read at all


class PolledViewSet(viewsets.GenericViewSet):
    """Lists as keyset windows with validators; 304s and 429s are not counted by the throttle."""

    lookup_value_regex = "[0-9]{1,18}"  # ids only: anything else is a 404, never a database overflow
    default_ordering = "id"
    ordering_fields = ("id",)
    settle_field = None  # the column a poller follows; must also be in validator_fields
    validator_fields: tuple = ()  # columns whose change must change the list's ETag
    detail_serializer_class = None
    row_columns: tuple = ()  # when set, page_data shapes these columns, read with the page's keys

    def throttled(self, request, wait):
        raise TooManyRequests(wait)

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class

    def revalidates_remembered(self, request) -> bool:
        """A list request with validators on a list whose validators are remembered (see remembered_validators)."""
        return self.action == "list" and bool(self.settle_field) and has_validators(request)

    def list(self, request, *args, **kwargs):
        memo_key = (request.get_full_path(), request.accepted_renderer.format)
        revalidation = self.answer_from_memory(request, memo_key)
        if revalidation.answer is not None:
            return revalidation.answer
        window = self.read_window(request)
        etag = make_etag(memo_key[0], memo_key[1], window.keys)
        self.remember_when_settled(memo_key, etag, window, revalidation)
        return conditional(
            request, etag, window.last_modified, lambda: self.paginator.response(window, self.page_data(window))
        )

    def answer_from_memory(self, request, memo_key: tuple) -> Revalidation:
        """A 304 from the remembered validators when they still hold; else what later steps need."""
        if not self.revalidates_remembered(request):
            return Revalidation(stamp=None, horizon=None)
        horizon = timezone.now() - dt.timedelta(seconds=settings.API_SETTLE_SECONDS)
        # Read before the page, so a write committed meanwhile can only make the memo look stale.
        stamp, known = revalidate(request, self.queryset.model, self.settle_field, memo_key)
        if known is not None:
            return Revalidation(stamp, horizon, not_modified_response(known.etag, known.last_modified))
        self.check_throttles_now(request)  # check_throttles left it to here: this answer costs queries
        return Revalidation(stamp, horizon)

    def read_window(self, request):
        # A client with validators is probably answered 304: read only the keys, the rows if needed.
        row_columns = () if has_validators(request) else self.row_columns
        return self.paginator.window(lambda: self.filter_queryset(self.get_queryset()), request, self, row_columns)

    def remember_when_settled(self, memo_key: tuple, etag: str, window, revalidation: Revalidation) -> None:
        # Only when the whole table has settled can nothing but a write change the page.
        stamp, horizon = revalidation.stamp, revalidation.horizon
        if stamp is not None and horizon is not None and stamp < horizon:
            VALIDATORS.remember(memo_key, etag, window.last_modified, stamp)

    def page_data(self, window) -> list:
        return self.get_serializer(self.rows(window.ids), many=True).data

    def rows(self, ids):
        # The page's rows by primary key, in the window's order: one query, plus prefetches.
        if not ids:
            return []
        by_id = {row.pk: row for row in self.get_queryset().filter(pk__in=ids)}
        return [by_id[pk] for pk in ids if pk in by_id]

    def retrieve(self, request, *args, **kwargs):
        data = self.get_serializer(self.get_object()).data
        return conditional(request, make_etag(request.accepted_renderer.format, data), None, lambda: Response(data))

    def check_throttles(self, request):
        # A remembered 304 is free and costs less than the check itself: list() checks after it.
        self.passed_throttles = []
        if not self.revalidates_remembered(request):
            self.check_throttles_now(request)

    def check_throttles_now(self, request):
        for throttle in self.get_throttles():
            if not throttle.allow_request(request, self):
                self.throttled(request, throttle.wait())
            self.passed_throttles.append(throttle)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code in (status.HTTP_304_NOT_MODIFIED, status.HTTP_429_TOO_MANY_REQUESTS):
            for throttle in getattr(self, "passed_throttles", []):
                throttle.give_back()
        return response


class FollowedByUpdatedAt:
    """A list pollers follow by `updated_at`: settled, ordered and validated on it."""

    default_ordering = "updated_at"
    ordering_fields = ("updated_at", "created_at", "id")
    settle_field = "updated_at"
    validator_fields = ("updated_at",)
