"""Committees a promise belongs to: the registry's leading committee of the activity it was made
in, or the committee(s) a committee debate's report names in its opening sentence.

Subscriptions, the API's `committee` filter and the admin's list filter read the links; one row
per committee, found by the registry's Id, its name or its abbreviation before a new one is made.
"""

import re
from collections.abc import Iterable

from django.db.models import Q

from ..models import Commitment, CommitmentCommittee, Committee

# "De vaste commissie voor Defensie en de vaste commissie voor Binnenlandse Zaken hebben op 2 juli
# 2025 overleg gevoerd met ...": the opening of a Verslag van een commissiedebat (or notaoverleg,
# wetgevingsoverleg, schriftelijk overleg); "algemene" and "bijzondere" committees too.
_OPENING = re.compile(
    r"^De\s+(?P<committees>(?:vaste|algemene|bijzondere)\s+commissie\s+voor\s.{3,400}?)\s+(?:heeft|hebben)\b",
    re.MULTILINE,
)
_ONE = re.compile(r"(?:vaste|algemene|bijzondere)\s+commissie\s+voor\s+(?P<subject>.+?)(?=\s+en\s+de\s+|,\s*|$)")
# Only the top of a report: its opening sentence comes before the first speaker.
_HEAD = 3000


def committees_in_report(text: str) -> list[str]:
    """The committees a committee report's opening sentence names, as written ("vaste commissie voor X")."""
    match = _OPENING.search(text[:_HEAD])
    if match is None:
        return []
    names = []
    for one in _ONE.finditer(" ".join(match["committees"].split())):
        name = one.group(0).rstrip(", ")
        if name not in names:
            names.append(name)
    return names


def committee_row(name: str, abbreviation: str = "", registry_id: str = "") -> Committee:
    """The committee of this registry Id, name or abbreviation; made when none is known."""
    if registry_id:
        found = Committee.objects.filter(registry_id=registry_id).first()
        if found is not None:
            return found
    condition = Q(name__iexact=name)
    if abbreviation:
        condition |= Q(abbreviation__iexact=abbreviation)
    found = Committee.objects.filter(condition).order_by("pk").first()
    if found is not None:
        changed = []
        if registry_id and found.registry_id is None:
            found.registry_id = registry_id
            changed.append("registry_id")
        if abbreviation and not found.abbreviation:
            found.abbreviation = abbreviation[:40]
            changed.append("abbreviation")
        if changed:
            found.save(update_fields=changed)
        return found
    return Committee.objects.create(name=name[:200], abbreviation=abbreviation[:40], registry_id=registry_id or None)


def link_committee(commitment: Commitment, committee: Committee, source: str) -> None:
    CommitmentCommittee.objects.get_or_create(commitment=commitment, committee=committee, defaults={"source": source})


def committees_matching(value: str):
    """Committees a user may mean by a word: the name, the abbreviation, or what it is for ("Defensie")."""
    value = " ".join(value.split())
    return Committee.objects.filter(
        Q(name__iexact=value) | Q(abbreviation__iexact=value) | Q(name__iendswith=f" voor {value}")
    )


class ReportCommittees:
    """The committees of one document, read once and made into rows when a promise needs them."""

    def __init__(self, document):
        self.names = committees_in_report(document.text) if document.kind == "handelingen" else []

    def record(self, commitments: Iterable[Commitment]) -> None:
        """Link each commitment to the document's committees, in one insert."""
        unique = {commitment.pk: commitment for commitment in commitments}
        if not self.names or not unique:
            return
        rows = [committee_row(name) for name in self.names]
        CommitmentCommittee.objects.bulk_create(
            [
                CommitmentCommittee(commitment=commitment, committee=committee, source="extractor")
                for commitment in unique.values()
                for committee in rows
            ],
            ignore_conflicts=True,
        )
