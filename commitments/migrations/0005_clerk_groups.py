"""The two groups of the clerk admin: clerks who edit, and readers who may only look.

Permissions are normally created after migrations run (post_migrate), so they are created
here first; the groups get every view permission of the app that exists at this point.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERKS = "Clerks"
READ_ONLY = "Read-only"
# What a clerk edits by hand; history, mentions and logs are written by the system only.
CLERK_EDITS = {
    "commitment": ("add", "change"),
    "document": ("add", "change"),
    "fulfilment": ("add", "change"),
    "commitmentrelation": ("add", "change", "delete"),
    "ministry": ("add", "change"),
    "governmentmember": ("add", "change"),
    "recess": ("add", "change"),
}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        # create_permissions skips apps without a models module; restore it afterwards, since
        # this also runs against the live registry (tests re-create the groups after a flush).
        previous, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = previous
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="commitments")
    views = list(ours.filter(codename__startswith="view_"))
    readers, _ = Group.objects.get_or_create(name=READ_ONLY)
    readers.permissions.add(*views)
    clerks, _ = Group.objects.get_or_create(name=CLERKS)
    edits = [f"{verb}_{model}" for model, verbs in CLERK_EDITS.items() for verb in verbs]
    clerks.permissions.add(*views, *ours.filter(codename__in=edits))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[CLERKS, READ_ONLY]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0004_reminders_subscriptions_digests"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
