"""Seed the ministries with their names through time, their successions and the members of the
cabinets Rutte II to Schoof (commitments/data/*.csv, every row with its source), then merge the
rows earlier versions created for one ministry under different spellings ("LNV", "Landbouw",
"Onderwijs", "Volksgezondheid"): what pointed at a merged row points at the ministry it names,
the merged row's name stays as an alias, and each re-filed commitment gets a history entry.

Only missing rows are inserted, so clerks' edits survive; reversing leaves the data in place.
"""

import csv
import datetime as dt
from pathlib import Path

from django.db import migrations

from commitments.models.government import name_key, pick_named

DATA = Path(__file__).resolve().parent.parent / "data"


def _rows(name):
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def seed(apps, schema_editor):
    Ministry = apps.get_model("commitments", "Ministry")
    MinistryName = apps.get_model("commitments", "MinistryName")
    MinistrySuccession = apps.get_model("commitments", "MinistrySuccession")
    GovernmentMember = apps.get_model("commitments", "GovernmentMember")
    # The rows that existed before this table: candidates for merging once the table is there.
    before = list(Ministry.objects.all())
    seeded = {}
    for row in _rows("ministries.csv"):
        ministry, _ = Ministry.objects.get_or_create(name=row["name"])
        ministry.abbreviation = ministry.abbreviation or row["abbreviation"]
        ministry.established_on = ministry.established_on or _date(row["established_on"])
        ministry.abolished_on = ministry.abolished_on or _date(row["abolished_on"])
        ministry.source = ministry.source or row["source"]
        ministry.save()
        seeded[ministry.name] = ministry
    for row in _rows("ministry_names.csv"):
        MinistryName.objects.get_or_create(
            ministry=seeded[row["ministry"]], name=row["name"], kind=row["kind"], valid_from=_date(row["valid_from"]),
            defaults={"key": name_key(row["name"]), "valid_until": _date(row["valid_until"]), "source": row["source"]},
        )
    for row in _rows("ministry_successions.csv"):
        MinistrySuccession.objects.get_or_create(
            predecessor=seeded[row["predecessor"]], successor=seeded[row["successor"]], on=_date(row["on"]),
            defaults={"note": row["note"], "source": row["source"]},
        )
    for row in _rows("government_members.csv"):
        GovernmentMember.objects.get_or_create(
            name=row["name"], office=row["office"], ministry=seeded[row["ministry"]],
            in_office_from=_date(row["in_office_from"]),
            defaults={
                "portfolio": row["portfolio"], "in_office_until": _date(row["in_office_until"]),
                "cabinet": row["cabinet"], "source": row["source"],
            },
        )
    for ministry in before:
        if ministry.name not in seeded:
            _merge_or_name(apps, ministry)


def _merge_or_name(apps, ministry):
    MinistryName = apps.get_model("commitments", "MinistryName")
    key = name_key(ministry.name)
    target_id = pick_named(MinistryName.objects.filter(key=key).values_list("ministry_id", "valid_from", "valid_until"))
    if target_id is None or target_id == ministry.pk:
        # A ministry the table does not know: it stays, findable under its own name.
        MinistryName.objects.get_or_create(
            ministry=ministry, name=ministry.name, kind="official", valid_from=None, defaults={"key": key}
        )
        return
    _repoint(apps, ministry, target_id)
    target = apps.get_model("commitments", "Ministry").objects.get(pk=target_id)
    if not MinistryName.objects.filter(ministry=target, key=key).exists():
        MinistryName.objects.create(
            ministry=target, name=ministry.name, kind="alias", key=key,
            source="samengevoegd bij het invoeren van de ministerietabel",
        )
    ministry.delete()


def _repoint(apps, ministry, target_id):
    Commitment = apps.get_model("commitments", "Commitment")
    CommitmentEvent = apps.get_model("commitments", "CommitmentEvent")
    target_name = apps.get_model("commitments", "Ministry").objects.get(pk=target_id).name
    for commitment_id in Commitment.objects.filter(ministry=ministry).values_list("pk", flat=True):
        CommitmentEvent.objects.create(
            commitment_id=commitment_id, field="ministry", old_value=ministry.name, new_value=target_name,
            reason=f"'{ministry.name}' is een andere schrijfwijze van {target_name}; de rijen zijn samengevoegd",
            source="migration",
        )
    Commitment.objects.filter(ministry=ministry).update(ministry_id=target_id)
    apps.get_model("commitments", "Document").objects.filter(ministry=ministry).update(ministry_id=target_id)
    GovernmentMember = apps.get_model("commitments", "GovernmentMember")
    for member in GovernmentMember.objects.filter(ministry=ministry):
        twin = GovernmentMember.objects.filter(
            ministry_id=target_id, name=member.name, office=member.office, in_office_from=member.in_office_from
        ).first()
        if twin is None:
            member.ministry_id = target_id
            member.save(update_fields=["ministry"])
        else:
            Commitment.objects.filter(government_member=member).update(government_member=twin)
            member.delete()
    Subscription = apps.get_model("commitments", "Subscription")
    Subscription.objects.filter(ministry=ministry).update(ministry_id=target_id)
    MinistryContact = apps.get_model("commitments", "MinistryContact")
    for contact in MinistryContact.objects.filter(ministry=ministry):
        # One contact per address per ministry: a contact already known at the target is kept once.
        if MinistryContact.objects.filter(ministry_id=target_id, email=contact.email).exists():
            Subscription.objects.filter(contact=contact).update(
                contact=MinistryContact.objects.get(ministry_id=target_id, email=contact.email)
            )
            contact.delete()
        else:
            contact.ministry_id = target_id
            contact.save(update_fields=["ministry"])


class Migration(migrations.Migration):
    dependencies = [("commitments", "0007_ministry_names")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
