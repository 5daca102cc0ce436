"""Keyset pagination for pollers: WHERE (key, id) > (last key, last id) ORDER BY key, id LIMIT n+1.

No COUNT and no OFFSET, so a page costs the same at row 10 and at row 1,000,000. A request that
may be answered with 304 reads the keys of the page first (one narrow query, all a 304 needs) and
the rows by id only when they are needed; a request without validators can read keys and rows in
one query (see views.PolledViewSet.list).

The settle window: `updated_at` is set when a row is saved, before its transaction commits.
A row saved at 12:00:00.1 by a transaction that commits at 12:00:02 would appear *behind* a
cursor already at 12:00:01. Lists therefore serve only rows whose key is older than
API_SETTLE_SECONDS; writes that take longer than that to commit could still be missed.
"""

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from operator import itemgetter

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from .prepared_windows import HORIZON, PK, PREPARED, VALUE, prepare, stand_ins


@dataclass(frozen=True)
class Window:
    ids: list[int]
    keys: list[tuple]
    next_url: str
    has_more: bool
    last_modified: dt.datetime | None
    rows: list[tuple] | None = None  # the page's extra columns, when the caller asked for them


def _encode(ordering: str, value, pk: int) -> str:
    raw = json.dumps([ordering, value.isoformat() if hasattr(value, "isoformat") else value, pk])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, object, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        ordering, value, pk = json.loads(raw)
        if not isinstance(ordering, str) or not isinstance(pk, int) or not 0 <= pk < 2**63:
            raise ValueError
        return ordering, value, pk
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ValidationError({"cursor": [_("Invalid cursor.")]}) from None


class KeysetPagination(BasePagination):
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    ordering_query_param = "ordering"
    query_params = (page_size_query_param, cursor_query_param, ordering_query_param)

    def page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return settings.REST_FRAMEWORK["PAGE_SIZE"]
        # ASCII digits only: str.isdigit() also takes "٥" and "²".
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= settings.API_MAX_PAGE_SIZE:
            raise ValidationError(
                {"page_size": [_("A whole number from 1 to %(max)d.") % {"max": settings.API_MAX_PAGE_SIZE}]}
            )
        return int(raw)

    def ordering(self, request, view) -> str:
        ordering = request.query_params.get(self.ordering_query_param, view.default_ordering)
        allowed = [*view.ordering_fields, *(f"-{field}" for field in view.ordering_fields)]
        if ordering not in allowed:
            raise ValidationError({"ordering": [_("Choose one of: %(allowed)s.") % {"allowed": ", ".join(allowed)}]})
        return ordering

    def window(self, filtered, request, view, row_columns: tuple = ()) -> Window:
        """The page's keys; with row_columns, also those columns of its rows, read in the same query.

        `filtered()` gives the view's filtered queryset; it is called only when this URL's query
        has not been compiled before (see prepared_windows).
        """
        size = self.page_size(request)
        ordering = self.ordering(request, view)
        field, descending = ordering.lstrip("-"), ordering.startswith("-")
        model = view.queryset.model
        values = {}
        if view.settle_field:
            values[HORIZON] = timezone.now() - dt.timedelta(seconds=settings.API_SETTLE_SECONDS)
        cursor = request.query_params.get(self.cursor_query_param)
        if cursor is not None:
            value, values[PK] = self._position(model, cursor, ordering, field)
            if field != "id":
                values[VALUE] = value
        sign = "-" if descending else ""
        order = [f"{sign}{field}"] + ([] if field == "id" else [f"{sign}id"])
        columns = ["id", field, *view.validator_fields]
        # Each column once: a timestamp costs a Python call per value to load, and keys share columns with rows.
        selected = list(dict.fromkeys([*columns, *row_columns]))
        shape = (
            type(view),
            size,
            ordering,
            cursor is not None,
            tuple(selected),
            timezone.localdate(),
            tuple(
                (name, tuple(items))
                for name, items in sorted(request.query_params.lists())
                if name != self.cursor_query_param
            ),
        )
        prepared = PREPARED.get(shape)
        if prepared is None:
            queryset = filtered()

            def build(with_values):
                return self._window_queryset(queryset, view, field, descending, order, selected, size, with_values)

            stand_in_values = stand_ins(model, view.settle_field, field, cursor is not None)
            prepared = prepare(build(stand_in_values), stand_in_values, view.settle_field, field)
            if prepared is None:  # not reusable: run it as the ORM builds it
                rows = list(build(values))
            else:
                PREPARED.put(shape, prepared)
        if prepared is not None:
            rows = prepared.run(values)
        has_more = len(rows) > size
        rows = rows[:size]
        key_of = itemgetter(*map(selected.index, columns))  # columns has two names at least: a tuple
        keys = [key_of(row) for row in rows]
        if row_columns:
            row_of = itemgetter(*map(selected.index, row_columns))
            rows = [row_of(row) for row in rows]
        next_url = request.build_absolute_uri()
        if keys:
            next_url = replace_query_param(
                next_url, self.cursor_query_param, _encode(ordering, keys[-1][1], keys[-1][0])
            )
        modified = (
            [row[2 + view.validator_fields.index(view.settle_field)] for row in keys] if view.settle_field else []
        )
        return Window(
            [row[0] for row in keys],
            keys,
            next_url,
            has_more,
            max(modified, default=None),
            rows if row_columns else None,
        )

    def _window_queryset(self, queryset, view, field, descending, order, selected, size, values):
        if view.settle_field:
            queryset = queryset.filter(**{f"{view.settle_field}__lt": values[HORIZON]})
        if PK in values:
            op = "lt" if descending else "gt"
            if field == "id":
                queryset = queryset.filter(**{f"id__{op}": values[PK]})
            else:
                value = values[VALUE]
                queryset = queryset.filter(
                    Q(**{f"{field}__{op}": value}) | Q(**{field: value, f"id__{op}": values[PK]})
                )
        return queryset.order_by(*order).values_list(*selected)[: size + 1]

    def _position(self, model, cursor, ordering, field) -> tuple[object, int]:
        """The cursor's ordering value (as the field's Python value) and id; a 400 when it is not ours."""
        cursor_ordering, raw_value, pk = _decode(cursor)
        if cursor_ordering != ordering:
            raise ValidationError({"cursor": [_("This cursor belongs to another ordering.")]})
        if field == "id":
            return pk, pk
        try:
            value = model._meta.get_field(field).to_python(raw_value)
            if isinstance(value, dt.datetime):
                value = value.astimezone(dt.timezone.utc)
        except (DjangoValidationError, TypeError, OverflowError):
            raise ValidationError({"cursor": [_("Invalid cursor.")]}) from None
        if value is None:
            raise ValidationError({"cursor": [_("Invalid cursor.")]})
        return value, pk

    def response(self, window: Window, results) -> Response:
        return Response({"next": window.next_url, "has_more": window.has_more, "results": results})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "has_more", "results"],
            "properties": {
                "next": {"type": "string", "format": "uri", "description": "Resume here (always present)."},
                "has_more": {"type": "boolean", "description": "Another page is ready now."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "in": "query",
                "required": False,
                "schema": {"type": "string"},
                "description": "Opaque position from `next`.",
            },
            {
                "name": self.page_size_query_param,
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "maximum": settings.API_MAX_PAGE_SIZE},
            },
            {
                "name": self.ordering_query_param,
                "in": "query",
                "required": False,
                "schema": {"type": "string", "enum": [*view.ordering_fields, *(f"-{f}" for f in view.ordering_fields)]},
            },
        ]
