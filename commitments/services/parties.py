"""Who promised: ministries and government members behind an extracted actor.

Letters and answers name their signatories with office and ministry; those are kept as
government members beside the shipped table of cabinets (data/government_members.csv), so
that a debate, where the speaker line only says "Minister De Jonge", is filed under the
ministry that member held on the debate's date.
"""

import re

from ..models import Document, GovernmentMember, Ministry
from .ministries import members_named, ministry_for

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


def ministries_of_actor(actor: str | None, on=None) -> list[Ministry]:
    found = [ministry_for(m["name"], on) for m in MINISTRY_OF_ACTOR.finditer(actor or "")]
    return list({m.pk: m for m in found}.values())


def member_of_actor(actor: str | None, document: Document) -> GovernmentMember | None:
    """The known government member an actor names, in office on the document's date if that is known."""
    match = NAME_OF_ACTOR.search((actor or "").strip())
    if not match:
        return None
    surname = (match["bracketed"] or match["bare"]).strip()
    found = list(members_named(surname, document.date)[:10])
    if document.date:
        # A term the table dates beats a member only learned from a signature, whose term is unknown.
        dated = [m for m in found if m.in_office_from is not None]
        found = dated or found
    # Two members with the same surname (two ministers Van der ...), or one person's several terms
    # in an undated debate, is ambiguous: leave it to a clerk.
    return found[0] if len(found) == 1 else None


def register_signatories(document: Document, signatories) -> None:
    """Remember who signed, with office and ministry, unless the table already knows that term."""
    for signatory in signatories:
        if not (signatory.name and signatory.ministry):
            continue
        ministry = ministry_for(signatory.ministry, document.date)
        surname = signatory.name.split()[-1]
        known = members_named(surname, document.date).filter(ministry=ministry, office__iexact=signatory.office)
        if not known.exists():
            GovernmentMember.objects.get_or_create(name=signatory.name, office=signatory.office, ministry=ministry)
