"""The one way a ministry or government member is found from a name in a text or a feed.

Names come in every spelling ("LNV", "minister van Landbouw, Natuur en Voedselkwaliteit",
"EL&I", "Volksgezondheid") and mean different ministries at different times, so a lookup
takes the date the name was used on. Unknown names become a new ministry with that name,
which a clerk can merge later (services.ministry_merging).
"""

import datetime as dt

from django.db import transaction

from ..models import GovernmentMember, Ministry, MinistryName
from ..models.government import NameKind, bare_name, name_key, pick_named


def ministry_by_name(name: str | None, on: dt.date | None = None) -> Ministry | None:
    """The ministry a name meant on a date (the most recent meaning without one), or None."""
    key = name_key(name or "")
    if not key:
        return None
    rows = MinistryName.objects.filter(key=key).values_list("ministry_id", "valid_from", "valid_until")
    ministry_id = pick_named(rows, on)
    if ministry_id is None:
        # A ministry added in the admin without names is still found by its own name.
        return next((m for m in Ministry.objects.all() if name_key(m.name) == key), None)
    return Ministry.objects.get(pk=ministry_id)


@transaction.atomic
def ministry_for(name: str, on: dt.date | None = None) -> Ministry:
    """The ministry of a name, registered under that name when no table row knows it."""
    found = ministry_by_name(name, on)
    if found is not None:
        return found
    name = bare_name(name)
    ministry, _ = Ministry.objects.get_or_create(name=name[:1].upper() + name[1:200])
    MinistryName.objects.get_or_create(ministry=ministry, name=ministry.name, kind=NameKind.OFFICIAL, valid_from=None)
    return ministry


def members_named(surname: str, on: dt.date | None = None):
    """Government members whose name ends in `surname`, in office on `on` when it is given."""
    members = GovernmentMember.objects.select_related("ministry").filter(name__iendswith=surname.strip())
    if on is not None:
        members = members.exclude(in_office_from__gt=on).exclude(in_office_until__lte=on)
    return members
