"""Store a commitment's promised_on and lowest_confidence (kept by triggers), and index the lists' orders.

The admin list sorted on due_date, pk with no index to match, and computed both values with a
correlated subquery per row: at 1,000,000 commitments 1,089 ms of SQL a page. See
commitments/models/derived.py for the triggers. The backfill runs before the indexes are built.
"""

from django.db import migrations, models

from commitments.models import derived


def forwards(apps, schema_editor):
    derived.install(schema_editor)


def backwards(apps, schema_editor):
    derived.uninstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0018_ministry_updated_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="commitment",
            name="lowest_confidence",
            field=models.FloatField(editable=False, null=True, verbose_name="lowest confidence"),
        ),
        migrations.AddField(
            model_name="commitment",
            name="promised_on",
            field=models.DateField(
                editable=False,
                help_text="the earliest date of the documents that mention it, else the day it was recorded",
                null=True,
                verbose_name="promised on",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["due_date", "id"], name="commitment_due_id"),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["promised_on", "id"], name="commitment_promised_id"),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                condition=models.Q(("merged_into__isnull", True), ("review_state", "proposed")),
                fields=["lowest_confidence", "id"],
                name="commitment_review_queue",
            ),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                condition=models.Q(
                    ("merged_into__isnull", True),
                    ("status__in", ("open", "partly_fulfilled")),
                    models.Q(("review_state", "rejected"), _negated=True),
                ),
                fields=["due_date", "ministry", "review_state"],
                name="commitment_open_due",
            ),
        ),
    ]
