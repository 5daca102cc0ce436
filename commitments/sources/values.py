"""Readers for field values as the Gegevensmagazijn really sends them (its README's drift list).

The schemas promise UTC timestamps, booleans and single values; the live data also sends
timestamps without a zone, `"True"` as a string, and repeated or nested elements where one
was declared. Every reader here accepts those and refuses anything else with a ValueError.
"""

import datetime as dt
import re

# Open registry entries carry this as their fulfilment date: "none", not the year 1.
NO_DATE = dt.date(1, 1, 1)
# .NET writes up to seven fractional digits; Python reads at most six.
_FRACTION = re.compile(r"(\.\d{6})\d+")


def parse_stamp(value) -> dt.datetime | None:
    """An aware UTC datetime; a timestamp without a zone is taken as UTC, as the schema says."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a timestamp, got {value!r}")
    text = _FRACTION.sub(r"\1", value.strip())
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a timestamp: {value!r}") from None
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc)


def parse_date(value) -> dt.date | None:
    """The calendar day of a date or timestamp field; the placeholder 0001-01-01 is no date."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a date, got {value!r}")
    try:
        day = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None
    return None if day == NO_DATE else day


def parse_flag(value) -> bool:
    """A boolean; other clients report `verwijderd="True"` capitalised, so strings count too."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError(f"not a boolean: {value!r}")


def as_list(value) -> list:
    """0..n of something the schema says is at most one: absent, one object, or a list of them."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [item for item in value if item not in (None, "", {})]
    return [value]


def text(value) -> str:
    """A string field; a missing or null one is empty, surrounding whitespace is dropped."""
    if value is None:
        return ""
    if not isinstance(value, (str, int)):
        raise ValueError(f"expected text, got {value!r}")
    return " ".join(str(value).split())


def odata_stamp(moment: dt.datetime) -> str:
    """A DateTimeOffset literal for $filter (unquoted, in UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
