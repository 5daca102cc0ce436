"""The registry names its promiser only in strings; find our ministry and government member.

Both go through the product's one resolver (services.ministries), which knows every spelling
of a ministry ("Ministerie van Justitie en Veiligheid", "JenV", "LNV" in 2019) on the date it
was used, so a ministry we know is never made twice; only an unknown name becomes a new row.
Lookups are held for one run, so a row costs no query for a promiser seen before on that day.
"""

import datetime as dt

from ...models import GovernmentMember, Ministry
from ...sources.toezegging import Promiser
from ..ministries import members_named, ministry_by_name, ministry_for


class Promisers:
    def __init__(self):
        self.ministries: dict[tuple[str, str, dt.date | None], Ministry | None] = {}
        self.members: dict[tuple, GovernmentMember | None] = {}

    def ministry(self, promiser: Promiser | None, on: dt.date | None) -> Ministry | None:
        if promiser is None or not (promiser.ministry or promiser.portfolio):
            return None
        key = (promiser.ministry, promiser.portfolio, on)
        if key not in self.ministries:
            # The free-text Ministerie first; the portfolio in Functie when that names none we know.
            found = ministry_by_name(promiser.ministry, on) if promiser.ministry else None
            found = found or (ministry_by_name(promiser.portfolio, on) if promiser.portfolio else None)
            self.ministries[key] = found or ministry_for(promiser.ministry_name, on)
        return self.ministries[key]

    def member(
        self, promiser: Promiser | None, ministry: Ministry | None, on: dt.date | None
    ) -> GovernmentMember | None:
        """The government member by surname and office (and ministry); a new one when none is known."""
        if promiser is None or not promiser.surname or not promiser.office or ministry is None:
            return None
        key = (promiser.surname.lower(), promiser.office, ministry.pk, promiser.initials, on)
        if key not in self.members:
            found = list(
                members_named(promiser.surname, on).filter(office__iexact=promiser.office, ministry=ministry)[:3]
            )
            if len(found) > 1 and promiser.initials:
                found = [m for m in found if m.name.startswith(promiser.initials)]
            if not found:
                found = [
                    GovernmentMember.objects.get_or_create(
                        name=promiser.name, office=promiser.office, ministry=ministry
                    )[0]
                ]
            # Two members of one surname and office at one ministry stay unresolved for a clerk.
            self.members[key] = found[0] if len(found) == 1 else None
        return self.members[key]
