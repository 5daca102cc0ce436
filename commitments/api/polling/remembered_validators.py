"""Validators of polled list pages, remembered per process, so most revalidations skip the list query.

A list serves rows whose `updated_at` is older than the settle horizon. When every row of the
table is already older than the horizon, the page cannot change until some row is written again,
and a write moves the table's newest `updated_at`. So a page's validators stay true as long as
the table's newest `updated_at` (its stamp: one index probe) is the one read before the page was
computed, and that stamp was behind the horizon then. A page computed while recent writes were
still settling is not remembered: time alone would change it.

The stamp misses what the polled lists miss anyway: a transaction that commits more than the
settle window after it wrote (its rows are older than a stamp already seen), and changes made
around the ORM without moving `updated_at`.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import connections, router
from django.utils.dateparse import parse_datetime

from .conditional import not_modified
from .memo import BoundedMemo


@dataclass(frozen=True)
class Remembered:
    etag: str
    last_modified: object
    stamp: object


class RememberedValidators(BoundedMemo):
    """Maps (path, format) to the validators computed there and the stamp they hold for."""

    def remember(self, key: tuple, etag: str, last_modified, stamp) -> None:
        self.put(key, Remembered(etag, last_modified, stamp))


def stamp_query(model, field: str) -> str:
    """SQL for the newest value of `field` in the whole table (NULL when empty): one index probe."""
    quote = connections[router.db_for_read(model)].ops.quote_name
    return f"SELECT MAX({quote(model._meta.get_field(field).column)}) FROM {quote(model._meta.db_table)}"


def stamp_value(value):
    if isinstance(value, str):  # SQLite hands back its text, naive and in UTC
        value = parse_datetime(value).replace(tzinfo=dt.timezone.utc)
    return value


def table_stamp(model, field: str):
    """The table's stamp, read with a raw query: the ORM's query building would cost more than the probe."""
    with connections[router.db_for_read(model)].cursor() as cursor:
        cursor.execute(stamp_query(model, field))
        return stamp_value(cursor.fetchone()[0])


VALIDATORS = RememberedValidators(size=4096)


def remembered_answer(request, memo_key: tuple, stamp) -> Remembered | None:
    """The remembered validators that answer this request with 304 at this stamp, if any."""
    known = VALIDATORS.get(memo_key)
    if known is not None and known.stamp == stamp and not_modified(request, known.etag, known.last_modified):
        return known
    return None


def revalidate(request, model, settle_field: str, memo_key: tuple):
    """(stamp, remembered) for a request with validators: `remembered` is the entry that answers it
    with 304, or None when the page must be computed. The stamp is read before any page is."""
    stamp = table_stamp(model, settle_field)
    return stamp, remembered_answer(request, memo_key, stamp)
