"""The two groups of the clerk admin, kept current with the app's models.

Migration 0005 created the groups with the models of its day; models added later (reminder
subscriptions, API tokens, ...) would be missing from them. This runs after every migrate,
so each group always holds: every view permission of the app (except API tokens, which only
administrators see), and for clerks the edits below.
"""

CLERKS = "Clerks"
READ_ONLY = "Read-only"
# What a clerk edits by hand; history, mentions and logs are written by the system only.
CLERK_EDITS = {
    "commitment": ("add", "change"),
    "document": ("add", "change"),
    "fulfilment": ("add", "change"),
    "commitmentrelation": ("add", "change", "delete"),
    "ministry": ("add", "change"),
    "ministryname": ("add", "change", "delete"),
    "ministrysuccession": ("add", "change", "delete"),
    "governmentmember": ("add", "change"),
    "recess": ("add", "change"),
    "subscription": ("add", "change", "delete"),
    "responsibleperson": ("add", "change", "delete"),
    "ministrycontact": ("add", "change", "delete"),
    "reminderoptout": ("add", "change"),
    "addressee": ("add", "change"),
    "commitmentaddressee": ("add", "change", "delete"),
    "reconciliationproposal": ("change",),
    # Not an edit of the row: "send again" of a failed reminder email (admin/reminders.py).
    "reminderdigest": ("change",),
}
ADMINISTRATORS_ONLY = {"apitoken"}


def sync_groups(sender=None, **kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    ours = Permission.objects.filter(content_type__app_label="commitments").exclude(
        content_type__model__in=ADMINISTRATORS_ONLY
    )
    views = list(ours.filter(codename__startswith="view_"))
    edits = list(
        ours.filter(codename__in=[f"{verb}_{model}" for model, verbs in CLERK_EDITS.items() for verb in verbs])
    )
    Group.objects.get_or_create(name=READ_ONLY)[0].permissions.add(*views)
    Group.objects.get_or_create(name=CLERKS)[0].permissions.add(*views, *edits)
