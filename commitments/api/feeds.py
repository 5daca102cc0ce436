"""Deadline feed in iCalendar (RFC 5545) and CSV export, both over an already filtered queryset."""

import csv
import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

CALENDAR_LIMIT = 5000
CSV_COLUMNS = [
    "id",
    "number",
    "status",
    "review_state",
    "ministry",
    "actor",
    "chamber",
    "action",
    "subject",
    "text",
    "deadline_kind",
    "deadline_text",
    "due_date",
    "fulfilled_on",
    "merged_into_id",
    "updated_at",
]
# Spreadsheets run cells that start with these as formulas; a leading quote keeps them text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    # RFC 5545 lines are at most 75 octets; continuation lines start with a space.
    data, parts = line.encode(), []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while cut and (data[cut] & 0xC0) == 0x80:  # never split inside a UTF-8 character
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
    parts.append(data)
    return "\r\n ".join(part.decode() for part in parts)


def calendar(commitments, *, name: str) -> str:
    """One all-day event per commitment with a due date; the UID is stable so apps update in place."""
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//commitment tracker//toezeggingen//NL",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for row in commitments.filter(due_date__isnull=False).select_related("ministry")[:CALENDAR_LIMIT]:
        title = " ".join(part for part in [row.number or "", row.subject or row.text[:120]] if part)
        description = "\n".join(
            part for part in [row.text, row.deadline_text, row.ministry.name if row.ministry else ""] if part
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:commitment-{row.pk}@{settings.SITE_URL.split('://')[-1]}",
            f"DTSTAMP:{stamp}",
            f"LAST-MODIFIED:{row.updated_at.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{row.due_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{row.due_date + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(title)}",
            f"DESCRIPTION:{_escape(description)}",
            # The clerk's page, not the API: a calendar is read by people.
            f"URL:{settings.SITE_URL}{reverse('admin:commitments_commitment_change', args=[row.pk])}",
            f"STATUS:{'CANCELLED' if row.status == 'lapsed' or row.merged_into_id else 'CONFIRMED'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


class _Echo:
    def write(self, value):
        return value


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_rows(commitments):
    """Stream the rows (header first) without holding the whole export in memory."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)  # the BOM makes Excel read UTF-8
    columns = [column if column != "ministry" else "ministry__name" for column in CSV_COLUMNS]
    for row in commitments.order_by("updated_at", "id").values_list(*columns).iterator(chunk_size=2000):
        yield writer.writerow([_cell(value) for value in row])
