"""A list's window query, compiled once per URL shape and run again with each request's horizon and cursor.

Building a filtered queryset and compiling it costs a polled page more than PostgreSQL takes to
answer it (profiled: filters and compilation ~37 % of a page's CPU, the query itself ~12 %). A
poller asks the same URL over and over with only the cursor changing, so the SQL is compiled once
with stand-in values for the horizon and the cursor, and the positions of those stand-ins among the
parameters are noted. A later request with the same parameters (the cursor's presence, not its
value) runs that SQL with its own values. The stand-ins are values no request can produce; a
compilation in which they do not appear exactly where expected is not kept, so a query Django
would compile differently is always built afresh.
"""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections

from .memo import BoundedMemo

HORIZON, VALUE, PK = "horizon", "value", "pk"
SENTINEL_DATETIME = {
    HORIZON: dt.datetime(1111, 11, 11, 11, 11, 11, 111111, tzinfo=dt.timezone.utc),
    VALUE: dt.datetime(1222, 12, 12, 12, 12, 12, 121212, tzinfo=dt.timezone.utc),
}
SENTINEL_DATE = dt.date(1222, 12, 12)
SENTINEL_PK = 2**62 + 7919


def _db_value(field, value, connection):
    return field.get_db_prep_value(field.get_prep_value(value), connection, prepared=True)


@dataclass(frozen=True)
class PreparedWindow:
    alias: str
    sql: str | None  # None: the filters match nothing, whatever the values
    params: tuple
    slots: tuple  # (parameter index, HORIZON | VALUE | PK)
    fields: dict  # slot name -> model field, to turn a request's value into a parameter
    converters: dict

    def run(self, values: dict) -> list[tuple]:
        if self.sql is None:
            return []
        connection = connections[self.alias]
        params = list(self.params)
        for index, slot in self.slots:
            params[index] = _db_value(self.fields[slot], values[slot], connection)
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if not self.converters:
            return rows
        return [self._convert(row, connection) for row in rows]

    def _convert(self, row, connection) -> tuple:
        row = list(row)
        for position, (functions, expression) in self.converters.items():
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        return tuple(row)


def stand_ins(model, settle_field: str | None, order_field: str, has_cursor: bool) -> dict:
    """The values to build a query with, so that its parameters can be found again."""
    values = {}
    if settle_field:
        values[HORIZON] = SENTINEL_DATETIME[HORIZON]
    if has_cursor:
        values[PK] = SENTINEL_PK
        if order_field != "id":
            field = model._meta.get_field(order_field)
            values[VALUE] = SENTINEL_DATE if field.get_internal_type() == "DateField" else SENTINEL_DATETIME[VALUE]
    return values


def prepare(queryset, values: dict, settle_field: str | None, order_field: str) -> PreparedWindow | None:
    """Compile `queryset` (built with `stand_ins` values); None when the stand-ins cannot be found again."""
    model = queryset.model
    connection = connections[queryset.db]
    fields = {PK: model._meta.pk}
    if settle_field:
        fields[HORIZON] = model._meta.get_field(settle_field)
    if VALUE in values:
        fields[VALUE] = model._meta.get_field(order_field)
    compiler = queryset.query.get_compiler(queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return PreparedWindow(queryset.db, None, (), (), fields, {})
    expected = {slot: _db_value(fields[slot], value, connection) for slot, value in values.items()}
    slots = tuple(
        (index, slot)
        for index, param in enumerate(params)
        for slot, stand_in in expected.items()
        if type(param) is type(stand_in) and param == stand_in
    )
    found = [slot for _, slot in slots]
    wanted = {HORIZON: 1, PK: 1, VALUE: 2}
    if any(found.count(slot) != wanted[slot] for slot in values) or len(found) != sum(wanted[s] for s in values):
        return None
    converters = compiler.get_converters([column[0] for column in compiler.select[: compiler.col_count]])
    return PreparedWindow(queryset.db, sql, tuple(params), slots, fields, converters)


PREPARED = BoundedMemo(size=1024)
