"""Who promised: ministries and government members behind an extracted actor.

Letters and answers name their signatories with office and ministry; those are kept as
government members, so that a debate, where the speaker line only says "Minister De Jonge",
can still be attributed to a ministry.
"""

import re

from ..models import Document, GovernmentMember, Ministry

# "minister van Buitenlandse Zaken en minister van Defensie", "staatssecretaris van Financiën (Van Rij)",
# "minister voor Klimaat en Groene Groei": each office's portfolio, up to the next office or a bracket.
MINISTRY_OF_ACTOR = re.compile(
    r"\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?P<name>[^(),;]+?)"
    r"(?=\s+en\s+(?:de\s+)?(?:minister|staatssecretaris)\b|\s*[(),;]|$)",
    re.I,
)
# "minister (De Jonge)", "Staatssecretaris Blokhuis", "minister van VWS (De Jonge)"
NAME_OF_ACTOR = re.compile(
    r"\((?P<bracketed>[^()]+)\)\s*$|^(?:minister|staatssecretaris)\s+(?P<bare>[A-Z][\w' -]+)$", re.I
)


def _ministry(name: str) -> Ministry:
    name = " ".join(name.split())
    return Ministry.objects.get_or_create(name=name[:1].upper() + name[1:])[0]


def ministries_of_actor(actor: str | None) -> list[Ministry]:
    return [_ministry(m["name"]) for m in MINISTRY_OF_ACTOR.finditer(actor or "")]


def member_of_actor(actor: str | None, document: Document) -> GovernmentMember | None:
    """The known government member an actor names, in office on the document's date if that is known."""
    match = NAME_OF_ACTOR.search((actor or "").strip())
    if not match:
        return None
    surname = (match["bracketed"] or match["bare"]).strip()
    members = GovernmentMember.objects.select_related("ministry").filter(name__iendswith=surname)
    if document.date:
        members = members.exclude(in_office_from__gt=document.date).exclude(in_office_until__lt=document.date)
    found = list(members[:2])
    # Two members with the same surname (two ministers Van der ...) is ambiguous: leave it to a clerk.
    return found[0] if len(found) == 1 else None


def register_signatories(document: Document, signatories) -> None:
    """Remember who signed, with office and ministry; clerks complete the periods in office."""
    for signatory in signatories:
        if signatory.name and signatory.ministry:
            GovernmentMember.objects.get_or_create(
                name=signatory.name, office=signatory.office, ministry=_ministry(signatory.ministry)
            )
