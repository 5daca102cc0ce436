"""The commitment list's rows from .values(), shaped exactly as CommitmentSerializer shapes them.

A list page is the polled hot path: building 100 model instances and running a ModelSerializer
over them costs several times the query. tests/api/test_rows.py holds the two outputs equal.
"""

from django.urls import reverse
from django.utils import timezone

from ..models import Commitment
from .serializers import COMMITMENT_FIELDS, TOMBSTONE_FIELDS

MODEL_COLUMNS = [name for name in COMMITMENT_FIELDS if name not in ("url", "state", "ministry_name")]
COLUMNS = [*(f"{name}_id" if name in ("ministry", "merged_into") else name for name in MODEL_COLUMNS), "ministry__name"]
DATETIMES = ("created_at", "updated_at")
DATES = ("due_date", "fulfilled_on")


def _datetime(value, zone):
    # As DRF's DateTimeField renders it: in the current time zone, UTC written as Z.
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def commitment_rows(ids: list[int], request) -> list[dict]:
    if not ids:
        return []
    base = request.build_absolute_uri(reverse("commitment-list"))
    zone = timezone.get_current_timezone()  # looked up once: per value it costs more than the rest
    by_id = {row["id"]: row for row in Commitment.objects.filter(pk__in=ids).values(*COLUMNS)}
    rows = []
    for pk in ids:
        raw = by_id.get(pk)
        if raw is None:
            continue
        row = {"id": pk, "url": f"{base}{pk}/", "state": "merged" if raw["merged_into_id"] else "active",
               "merged_into": raw["merged_into_id"]}
        if raw["merged_into_id"]:
            row["updated_at"] = _datetime(raw["updated_at"], zone)
            rows.append({name: row[name] for name in TOMBSTONE_FIELDS})
            continue
        for name in MODEL_COLUMNS[2:]:
            value = raw[f"{name}_id" if name == "ministry" else name]
            if value is not None and name in DATETIMES:
                value = _datetime(value, zone)
            elif value is not None and name in DATES:
                value = value.isoformat()
            row[name] = value
        row["ministry_name"] = raw["ministry__name"]
        rows.append({name: row[name] for name in COMMITMENT_FIELDS})
    return rows
