from django.db import migrations, models

from commitments.models.signature import signature_of

BATCH = 1000


def fill_signatures(apps, schema_editor):
    """Every existing commitment's signature from its text, condition and mentions, a thousand at a time."""
    Commitment = apps.get_model("commitments", "Commitment")
    Mention = apps.get_model("commitments", "Mention")
    last = 0
    while True:
        rows = list(
            Commitment.objects.filter(pk__gt=last).order_by("pk").values_list("pk", "text", "condition")[:BATCH]
        )
        if not rows:
            return
        texts = {pk: [text, condition] for pk, text, condition in rows}
        for pk, quote in Mention.objects.filter(commitment_id__in=texts).values_list("commitment_id", "quote"):
            texts[pk].append(quote)
        Commitment.objects.bulk_update(
            [Commitment(pk=pk, link_signature=signature_of(parts)) for pk, parts in texts.items()],
            ["link_signature"],
            batch_size=500,
        )
        last = rows[-1][0]


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0013_reminder_digest_retry"),
    ]

    operations = [
        migrations.AddField(
            model_name="commitment",
            name="link_signature",
            field=models.TextField(blank=True, editable=False, verbose_name="link signature"),
        ),
        migrations.RunPython(fill_signatures, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                condition=models.Q(
                    ("merged_into__isnull", True),
                    ("status__in", ("open", "partly_fulfilled")),
                    models.Q(("review_state", "rejected"), _negated=True),
                ),
                fields=["ministry", "-updated_at", "-id"],
                name="commitment_open_by_ministry",
            ),
        ),
    ]
