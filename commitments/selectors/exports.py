"""Export a list of commitments to CSV or XLSX, with the columns a clerk reads in the list."""

import csv
import datetime as dt
import io

import xlsxwriter
from django.utils.translation import gettext as _

# Leading characters that make a spreadsheet treat a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _days_overdue(commitment, as_of):
    is_open = commitment.status in ("open", "partly_fulfilled") and commitment.review_state != "rejected"
    if is_open and commitment.due_date and commitment.due_date < as_of:
        return (as_of - commitment.due_date).days
    return None


def columns():
    return [
        (_("number"), lambda c, as_of: c.number or ""),
        (_("text"), lambda c, as_of: c.text),
        (_("ministry"), lambda c, as_of: c.ministry.name if c.ministry_id else ""),
        (_("actor"), lambda c, as_of: c.actor),
        (_("chamber"), lambda c, as_of: c.get_chamber_display()),
        (_("action"), lambda c, as_of: c.get_action_display()),
        (_("subject"), lambda c, as_of: c.subject),
        (_("deadline kind"), lambda c, as_of: c.get_deadline_kind_display()),
        (_("deadline as written"), lambda c, as_of: c.deadline_text),
        (_("due date"), lambda c, as_of: c.due_date),
        (_("deadline assumed"), lambda c, as_of: c.deadline_assumed),
        (_("status"), lambda c, as_of: c.get_status_display()),
        (_("review state"), lambda c, as_of: c.get_review_state_display()),
        (_("days overdue"), _days_overdue),
        (_("fulfilled on"), lambda c, as_of: c.fulfilled_on),
    ]


def rows(queryset, as_of: dt.date):
    cols = columns()
    yield [header for header, _get in cols]
    for commitment in queryset.select_related("ministry").iterator(chunk_size=2000):
        yield [get(commitment, as_of) for _header, get in cols]


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(queryset, stream, as_of: dt.date) -> None:
    # A byte-order mark so Excel opens the UTF-8 (ë, é) correctly.
    stream.write("\ufeff")
    writer = csv.writer(stream)
    for row in rows(queryset, as_of):
        writer.writerow([_csv_cell(value) for value in row])


def xlsx_bytes(queryset, as_of: dt.date) -> bytes:
    buffer = io.BytesIO()
    # constant_memory streams rows to disk, so a large export stays small in memory.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": False, "constant_memory": True})
    sheet = workbook.add_worksheet(_("Commitments")[:31])
    bold = workbook.add_format({"bold": True})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows(queryset, as_of)):
        for c, value in enumerate(row):
            if r == 0:
                sheet.write_string(r, c, value, bold)
            elif value is None or value == "":
                sheet.write_blank(r, c, None)
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                # write_string, never write(): a quote starting with "=" must stay text.
                sheet.write_string(r, c, str(value))
    sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()
