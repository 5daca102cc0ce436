"""Seed the recess table with the verified facts shipped in the extraction engine's data file.

Clerks edit the table afterwards; this migration only ever inserts rows that are missing.
"""

import csv
import datetime as dt
from pathlib import Path

from django.db import migrations

CSV_PATH = Path(__file__).resolve().parent.parent / "extraction" / "data" / "recesses.csv"


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def seed(apps, schema_editor):
    Recess = apps.get_model("commitments", "Recess")
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            Recess.objects.get_or_create(
                chamber=row["chamber"],
                name=row["name"],
                first_day=_date(row["first_day"]),
                defaults={"last_day": _date(row["last_day"]), "source": row["source"]},
            )


class Migration(migrations.Migration):
    dependencies = [("commitments", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
