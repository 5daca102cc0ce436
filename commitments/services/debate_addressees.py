"""Record whom a promise made in a debate answers: the member (and their party) the turns show.

debate_turns reads the document; this module turns each Named into an Addressee row, one per
member or party: a party the registry already knows (by abbreviation or name) is that row, and
a member is the registry's member of that surname when exactly one is known, so that filters
and subscriptions by party or member find promises from both sources. The link's source is
"extractor"; a link a clerk removed is not added again, because only mentions recorded for the
first time are read (a re-extraction skips spans already recorded).
"""

from collections.abc import Iterable

from django.db.models import F, Q

from ..models import Addressee, Commitment, CommitmentAddressee, Document
from ..models.choices import DocumentKind
from ..models.registry import AddresseeKind
from .debate_turns import Debate, Named

SOURCE = "extractor"
REGISTRY_FIRST = F("registry_id").asc(nulls_last=True)  # the registry's row before one we made


class DebateAddressees:
    """One document's debate, read once, and the addressee rows found so far."""

    def __init__(self, document: Document):
        parties = Addressee.objects.filter(kind=AddresseeKind.PARTY).values_list("abbreviation", "name")
        known = tuple(sorted({value for pair in parties for value in pair if value}))
        self.debate = Debate(document.text, known) if document.kind == DocumentKind.HANDELINGEN else None
        self.rows: dict[tuple[str, str], Addressee] = {}

    def record(self, mentions: Iterable[tuple[Commitment, int, int]]) -> None:
        """Link each (commitment, start, end) to whom the promise there answers, in one insert.

        Recording has already moved these commitments' updated_at (a bulk insert sends no signal).
        """
        if self.debate is None:
            return
        links = {
            (commitment.pk, addressee.pk): CommitmentAddressee(
                commitment=commitment, addressee=addressee, source=SOURCE
            )
            for commitment, start, end in mentions
            for addressee in map(self._row, self.debate.addressees(start, end))
        }
        CommitmentAddressee.objects.bulk_create(links.values(), ignore_conflicts=True)

    def _row(self, named: Named) -> Addressee:
        key = (named.kind, named.name.casefold())
        if key not in self.rows:
            self.rows[key] = party_row(named.name) if named.kind == "party" else member_row(named.name)
        return self.rows[key]


def party_row(name: str) -> Addressee:
    """The party of this name or abbreviation ("PVV", "GroenLinks-PvdA"), created when unknown."""
    found = (
        Addressee.objects.filter(kind=AddresseeKind.PARTY)
        .filter(Q(abbreviation__iexact=name) | Q(name__iexact=name))
        .order_by(REGISTRY_FIRST, "pk")
        .first()
    )
    if found is not None:
        return found
    # A debate writes a party as its speakers' brackets do: the abbreviation.
    return Addressee.objects.create(kind=AddresseeKind.PARTY, name=name[:200], abbreviation=name[:40])


def member_row(name: str) -> Addressee:
    """The member a debate names ("Agema", "Van der Plas", "Olger van Dijk"), created when unknown.

    The registry writes initials before the surname ("F. Agema"): a registry member whose name
    ends in this one is the same person when there is exactly one.
    """
    members = Addressee.objects.filter(kind=AddresseeKind.MEMBER)
    exact = members.filter(name__iexact=name).order_by(REGISTRY_FIRST, "pk").first()
    if exact is not None:
        return exact
    ending = list(members.filter(name__iendswith=" " + name)[:2])
    if len(ending) == 1:
        return ending[0]
    return Addressee.objects.create(kind=AddresseeKind.MEMBER, name=name[:200])
