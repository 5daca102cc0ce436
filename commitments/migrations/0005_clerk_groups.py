"""The two groups of the clerk admin: clerks who edit, and readers who may only look.

Their permissions are assigned by commitments.services.access.sync_groups, which runs after
every migrate (post_migrate), once Django has created the permissions of every model; that
keeps one definition of what each group may do, also for models added later.
"""

from django.db import migrations

GROUPS = ("Clerks", "Read-only")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0004_reminders_subscriptions_digests"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
