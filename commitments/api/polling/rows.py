"""The commitment list's rows from .values_list(), shaped exactly as CommitmentSerializer shapes them.

A list page is the polled hot path: building 100 model instances and running a ModelSerializer
over them costs several times the query. tests/api/test_rows.py holds the two outputs equal.
The registry number, the two sources and whom each promise was made to come in the same query
(the registry entry by a join, an EXISTS for a mention and a JSON array per row:
CommitmentQuerySet.with_extracted, with_addressees_json).
"""

import json
from operator import itemgetter

from django.urls import reverse
from django.utils import timezone

from ...models import Commitment
from ..serializers import COMMITMENT_FIELDS, TOMBSTONE_FIELDS, source_of

# Not columns of the commitment: shaped from other columns, or read after the page.
COMPUTED = ("url", "state", "ministry_name", "registry_number", "source", "addressed_to")
MODEL_COLUMNS = [name for name in COMMITMENT_FIELDS if name not in COMPUTED]
COLUMNS = [
    *(f"{name}_id" if name in ("ministry", "merged_into") else name for name in MODEL_COLUMNS),
    "ministry__name",
    "registry_entry__number",
    "registry_entry__deleted",  # None without an entry
    "extracted",
    "addressees_json",
]
DATETIMES = ("created_at", "updated_at")
DATES = ("due_date", "fulfilled_on")
DATETIME, DATE = "datetime", "date"
RENAMED = {"ministry": "ministry_id", "ministry_name": "ministry__name", "registry_number": "registry_entry__number"}
# (field, its index in COLUMNS, how its value is written) for the fields after id, url, state, merged_into.
LAYOUT = [
    (
        name,
        COLUMNS.index(RENAMED.get(name, name)),
        DATETIME if name in DATETIMES else DATE if name in DATES else None,
    )
    for name in COMMITMENT_FIELDS[4:]
    if name not in ("source", "addressed_to")
]
NAMES = [name for name, _, _ in LAYOUT]
PICK = itemgetter(*(index for _, index, _ in LAYOUT))
DATETIME_NAMES = [name for name, _, kind in LAYOUT if kind is DATETIME]
DATE_NAMES = [name for name, _, kind in LAYOUT if kind is DATE]
MERGED_INTO, UPDATED_AT = COLUMNS.index("merged_into_id"), COLUMNS.index("updated_at")
DELETED, EXTRACTED, ADDRESSEES = (
    COLUMNS.index(name) for name in ("registry_entry__deleted", "extracted", "addressees_json")
)
NO_ADDRESSEES = ("[]", None)
assert COMMITMENT_FIELDS[:4] == ["id", "url", "state", "merged_into"] and TOMBSTONE_FIELDS[-1] == "updated_at"
assert COMMITMENT_FIELDS[-2:] == ["source", "addressed_to"]


def _datetime(value, zone):
    # As DRF's DateTimeField renders it: in the current time zone, UTC written as Z.
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def commitment_rows(ids: list[int], request) -> list[dict]:
    """The rows of these ids, in this order (one query)."""
    if not ids:
        return []
    found = {
        row[0]: row
        for row in Commitment.objects.filter(pk__in=ids).with_extracted().with_addressees_json().values_list(*COLUMNS)
    }
    return shape_rows([found[pk] for pk in ids if pk in found], request)


def shape_rows(raw_rows: list[tuple], request) -> list[dict]:
    """Rows read as COLUMNS, written as the serializer writes them (tombstones for merged ones)."""
    if not raw_rows:
        return []
    base = request.build_absolute_uri(reverse("commitment-list"))
    zone = timezone.get_current_timezone()  # looked up once: per value it costs more than the rest
    rows = []
    for raw in raw_rows:
        pk = raw[0]
        if raw[MERGED_INTO]:
            rows.append(
                {
                    "id": pk,
                    "url": f"{base}{pk}/",
                    "state": "merged",
                    "merged_into": raw[MERGED_INTO],
                    "updated_at": _datetime(raw[UPDATED_AT], zone),
                }
            )
            continue
        row = {"id": pk, "url": f"{base}{pk}/", "state": "active", "merged_into": None}
        # The fields in the serializer's order in one C-level update, then the few that need writing.
        row.update(zip(NAMES, PICK(raw)))
        for name in DATETIME_NAMES:
            value = row[name]
            if value is not None:
                row[name] = _datetime(value, zone)
        for name in DATE_NAMES:
            value = row[name]
            if value is not None:
                row[name] = value.isoformat()
        row["source"] = source_of(raw[DELETED] is False, raw[EXTRACTED])
        addressees = raw[ADDRESSEES]
        row["addressed_to"] = [] if addressees in NO_ADDRESSEES else json.loads(addressees)
        rows.append(row)
    return rows
