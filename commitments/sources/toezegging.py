"""The registry's `Toezegging` as it really arrives, mapped onto our vocabulary.

The mapping is pure: a JSON row in, a RegistryItem out, or a RowError saying what is wrong
with the row. Matching the promiser's strings to our ministries and members, and recording,
happen in services/sources/.
"""

import datetime as dt
import re
from dataclasses import dataclass

from .values import as_list, parse_date, parse_flag, parse_stamp, text

ENTITY_SET = "Toezegging"
SELECT = (
    "Id",
    "Nummer",
    "Aanmaakdatum",
    "ActiviteitNummer",
    "Naam",
    "Achternaam",
    "Initialen",
    "Voornaam",
    "Tussenvoegsel",
    "Achtervoegsel",
    "Titulatuur",
    "Functie",
    "Ministerie",
    "Status",
    "DatumNakoming",
    "Tekst",
    "Notities",
    "Verwijderd",
    "GewijzigdOp",
)
# The promiser has no Persoon link, only strings; ToegezegdAan is reachable only this way
# (its own entity set answered 404, portal issue #191).
EXPAND = ",".join(
    (
        # The activity's leading committee (Voortouwcommissie, a Commissie): not verified live.
        "Activiteit($select=Id,Nummer,Datum;$expand=Voortouwcommissie($select=Id,Afkorting,NaamNL))",
        "KamerbriefNakoming($select=Id,DocumentNummer,Titel,Datum)",
        "ToegezegdAan($expand=Persoon($select=Id,Initialen,Tussenvoegsel,Achternaam),Fractie($select=Id,Afkorting,NaamNL))",
        "IsHerhalingVan($select=Id)",
        "IsWijzigingVan($select=Id)",
        "IsAanvullingOp($select=Id)",
    )
)

UNKNOWN = "unknown"
# Both vocabularies of the schemas: Voldaan (first) and Afgedaan (live) mean the same.
STATUSES = {
    "openstaand": "open",
    "afgedaan": "fulfilled",
    "voldaan": "fulfilled",
    "deels afgedaan": "partly_fulfilled",
    "deels voldaan": "partly_fulfilled",
    "vervallen": "lapsed",
    "": UNKNOWN,
}
# Navigation property -> our relation kind (this entry repeats / modifies / supplements the target).
RELATIONS = {"IsHerhalingVan": "repeats", "IsWijzigingVan": "modifies", "IsAanvullingOp": "supplements"}
_OFFICE = re.compile(
    r"^\s*(minister-president|minister|staatssecretaris)\b(?:\s+(?:van|voor)\s+(?P<portfolio>.+))?", re.I
)
_MINISTRY_PREFIX = re.compile(r"^\s*(?:het\s+)?ministerie\s+(?:van|voor)\s+", re.I)


class RowError(ValueError):
    """A row we cannot use, with the entity's id when it has one."""

    def __init__(self, entity_id: str, message: str):
        super().__init__(message)
        self.entity_id, self.message = entity_id, message


@dataclass(frozen=True)
class Promiser:
    name: str  # "F.M. Wiersma", built from the parts when they are there
    surname: str
    initials: str
    office: str  # minister, staatssecretaris, minister-president; empty when Functie says none
    portfolio: str  # "Landbouw, Visserij, Voedselzekerheid en Natuur" from Functie
    ministry: str  # the free-text Ministerie, without "Ministerie van"
    function: str  # Functie as written

    @property
    def ministry_name(self) -> str:
        return self.ministry or self.portfolio

    @property
    def label(self) -> str:
        office = self.function or self.office
        return f"{office} ({self.name})" if office and self.name else office or self.name


@dataclass(frozen=True)
class Addressee:
    kind: str  # "member" or "party"
    ref: str  # the registry's Persoon or Fractie Id
    name: str
    abbreviation: str = ""


@dataclass(frozen=True)
class Committee:
    ref: str  # the registry's Commissie Id
    name: str  # NaamNL: "vaste commissie voor Defensie"
    abbreviation: str = ""


@dataclass(frozen=True)
class FulfillingDocument:
    ref: str  # Document Id; empty when the feed gave only a string
    number: str  # DocumentNummer, or the string as given
    title: str = ""


@dataclass(frozen=True)
class RegistryItem:
    id: str
    changed_at: dt.datetime
    deleted: bool
    number: str = ""
    activity_number: str = ""
    activity_date: dt.date | None = None
    created_on: dt.date | None = None
    text: str = ""
    notes: str = ""
    status: str = UNKNOWN
    status_as_written: str = ""
    fulfilled_on: dt.date | None = None  # DatumNakoming: a fulfilment date, never a deadline
    fulfilling: tuple[FulfillingDocument, ...] = ()
    addressees: tuple[Addressee, ...] = ()
    committees: tuple[Committee, ...] = ()  # the leading committee of the activity it was made in
    relations: tuple[tuple[str, str], ...] = ()  # (our kind, target Id)
    promiser: Promiser | None = None


def read_toezegging(row: dict) -> RegistryItem:
    entity_id = row.get("Id")
    if not isinstance(entity_id, str) or not entity_id.strip():
        raise RowError("", f"Een Toezegging zonder Id: {_preview(row)}")
    entity_id = entity_id.strip().lower()
    try:
        changed_at = parse_stamp(row.get("GewijzigdOp"))
        if changed_at is None:
            raise ValueError("GewijzigdOp ontbreekt")
        deleted = parse_flag(row.get("Verwijderd"))
        if deleted:
            # A deleted entity may still carry its old body; only the deletion counts.
            return RegistryItem(id=entity_id, changed_at=changed_at, deleted=True, number=text(row.get("Nummer")))
        status_as_written = text(row.get("Status"))
        status = STATUSES.get(status_as_written.lower())
        if status is None:
            raise ValueError(f"onbekende status {status_as_written!r}")
        activity = _one(row.get("Activiteit"))
        return RegistryItem(
            id=entity_id,
            changed_at=changed_at,
            deleted=False,
            number=text(row.get("Nummer")),
            activity_number=text(row.get("ActiviteitNummer")) or text(activity.get("Nummer")),
            activity_date=parse_date(activity.get("Datum")),
            created_on=parse_date(row.get("Aanmaakdatum")),
            text=text(row.get("Tekst")),
            notes=text(row.get("Notities")),
            status=status,
            status_as_written=status_as_written,
            fulfilled_on=parse_date(row.get("DatumNakoming")),
            fulfilling=tuple(_fulfilling(row.get("KamerbriefNakoming"))),
            addressees=tuple(_addressees(row.get("ToegezegdAan"))),
            committees=tuple(_committees(activity.get("Voortouwcommissie"))),
            relations=tuple(
                (kind, _ref(target))
                for name, kind in RELATIONS.items()
                for target in as_list(row.get(name))
                if _ref(target)
            ),
            promiser=_promiser(row),
        )
    except ValueError as error:
        raise RowError(entity_id, f"Toezegging {entity_id}: {error}") from None


def _promiser(row: dict) -> Promiser:
    surname = " ".join(p for p in (text(row.get("Tussenvoegsel")), text(row.get("Achternaam"))) if p)
    initials = text(row.get("Initialen"))
    name = " ".join(p for p in (initials, surname) if p)
    if not name:
        # "Wiersma, F.M." when only Naam is filled
        written = text(row.get("Naam"))
        last, _, first = written.partition(",")
        name = f"{first.strip()} {last.strip()}".strip() if first else written
        surname = surname or last.strip()
    function = text(row.get("Functie"))
    office = _OFFICE.match(function)
    return Promiser(
        name=name,
        surname=surname,
        initials=initials,
        office=office.group(1).lower() if office else "",
        portfolio=_portfolio(office["portfolio"]) if office and office["portfolio"] else "",
        ministry=_MINISTRY_PREFIX.sub("", text(row.get("Ministerie"))),
        function=function,
    )


def _portfolio(written: str) -> str:
    # "Landbouw, Visserij, Voedselzekerheid en Natuur" - the Functie names one portfolio
    return written.strip(" .,")


def _fulfilling(value) -> list[FulfillingDocument]:
    # Both schemas say at most one string; the live feed repeats it, and OData expands Documents.
    found = []
    for item in as_list(value):
        if isinstance(item, str):
            found.append(FulfillingDocument(ref="", number=text(item)))
        elif isinstance(item, dict):
            found.append(
                FulfillingDocument(
                    ref=_ref(item), number=text(item.get("DocumentNummer")), title=text(item.get("Titel"))
                )
            )
        else:
            raise ValueError(f"KamerbriefNakoming onleesbaar: {item!r}")
    return found


def _addressees(value) -> list[Addressee]:
    """ToegezegdAan, 0..n: each nests a Persoon, a Fractie, both or (an empty element) neither."""
    found: dict[tuple[str, str], Addressee] = {}
    for item in as_list(value):
        if not isinstance(item, dict):
            raise ValueError(f"ToegezegdAan onleesbaar: {item!r}")
        for person in as_list(item.get("Persoon")):
            name = " ".join(
                p
                for p in (
                    text(person.get("Initialen")),
                    text(person.get("Tussenvoegsel")),
                    text(person.get("Achternaam")),
                )
                if p
            )
            if _ref(person) or name:
                found.setdefault(("member", _ref(person) or name), Addressee("member", _ref(person), name))
        for party in as_list(item.get("Fractie")):
            abbreviation = text(party.get("Afkorting"))
            name = text(party.get("NaamNL")) or abbreviation
            if _ref(party) or name:
                found.setdefault(("party", _ref(party) or name), Addressee("party", _ref(party), name, abbreviation))
    return list(found.values())


def _committees(value) -> list[Committee]:
    """Voortouwcommissie: one or (as a collection) several, each with a name or an abbreviation."""
    found: dict[str, Committee] = {}
    for item in as_list(value):
        if not isinstance(item, dict):
            raise ValueError(f"Voortouwcommissie onleesbaar: {item!r}")
        name, abbreviation = text(item.get("NaamNL")), text(item.get("Afkorting"))
        if name or abbreviation:
            found.setdefault(
                _ref(item) or name or abbreviation, Committee(_ref(item), name or abbreviation, abbreviation)
            )
    return list(found.values())


def _one(value) -> dict:
    items = as_list(value)
    return items[0] if items and isinstance(items[0], dict) else {}


def _ref(item) -> str:
    return text(item.get("Id")).lower() if isinstance(item, dict) else ""


def _preview(row: dict) -> str:
    return repr(row)[:200]
