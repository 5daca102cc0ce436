"""Rows shaped like the Gegevensmagazijn's JSON, built from its schemas and field lists.

No recorded OData response for Toezegging or Document exists in any public repository
(fixtures/README.md), so these rows are built from the `$metadata` names below, the XSDs in
fixtures/xsd (a test checks every schema element has its property here) and the drift the
fixtures' README lists. Each builder starts from a plausible row and takes overrides.
"""

import datetime as dt
import io
import uuid

# Property and navigation names of the OData v4 2.0 entity types (from a model generated from
# the live $metadata; see fixtures/README.md).
PROPERTIES = {
    "Toezegging": (
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
        "ApiGewijzigdOp",
    ),
    "Document": (
        "Id",
        "Soort",
        "DocumentNummer",
        "Titel",
        "Onderwerp",
        "Datum",
        "Volgnummer",
        "Vergaderjaar",
        "Kamer",
        "Citeertitel",
        "Alias",
        "DatumRegistratie",
        "DatumOntvangst",
        "Aanhangselnummer",
        "KenmerkAfzender",
        "Organisatie",
        "ContentType",
        "ContentLength",
        "Verwijderd",
        "GewijzigdOp",
        "ApiGewijzigdOp",
    ),
}
NAVIGATION = {
    "Toezegging": (
        "Activiteit",
        "KamerbriefNakoming",
        "ToegezegdAan",
        "IsHerhalingVan",
        "IsHerhaaldDoor",
        "IsWijzigingVan",
        "IsGewijzigdDoor",
        "IsAanvullingOp",
        "IsAangevuldVanuit",
    ),
    "Document": ("Activiteit", "Agendapunt", "Zaak", "Kamerstukdossier", "HuidigeDocumentVersie", "DocumentActor"),
}
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The real toezegging read out at the end of the commissiedebat MIVD of 2 July 2025
# (activity 2025A04496; fixtures' VLOS report sample_vlos_29d8cf68-...).
MIVD_TEXT = (
    "De minister zegt toe bij het Nationaal Cyber Security Centrum aan te zullen kaarten op welke wijze meer "
    "vervolg kan worden gegeven aan aanbevelingen in openbaar gemaakte rapporten inzake cyberaanvallen van "
    "buitenaf, en zal de Kamer hierover tijdig, voor behandeling van de Defensiebegroting 2026, schriftelijk "
    "informeren."
)


def guid(seed: int | str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"tk-test/{seed}"))


def toezegging(seed, *, changed="2025-04-10T09:00:00Z", **fields) -> dict:
    row = {
        "Id": guid(seed),
        "Nummer": "TZ202504-057",
        "Aanmaakdatum": "2025-04-09T00:00:00Z",
        "ActiviteitNummer": "2025A01234",
        "Naam": "Wiersma, F.M.",
        "Achternaam": "Wiersma",
        "Initialen": "F.M.",
        "Voornaam": "Femke",
        "Tussenvoegsel": None,
        "Achtervoegsel": None,
        "Titulatuur": None,
        "Functie": "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "Ministerie": "Landbouw, Visserij, Voedselzekerheid en Natuur",
        "Status": "Openstaand",
        "DatumNakoming": "0001-01-01T00:00:00Z",
        "Tekst": "De minister stuurt de Kamer voor de zomer een brief over de voortgang van het mestbeleid.",
        "Notities": None,
        "Verwijderd": False,
        "GewijzigdOp": changed,
        "ApiGewijzigdOp": changed,
        "Activiteit": {"Id": guid(f"activiteit-{seed}"), "Nummer": "2025A01234", "Datum": "2025-04-09T10:00:00Z"},
        "KamerbriefNakoming": [],
        "ToegezegdAan": [],
        "IsHerhalingVan": [],
        "IsWijzigingVan": [],
        "IsAanvullingOp": [],
    }
    row.update(fields)
    return row


def persoon(seed, initials: str, surname: str, prefix: str | None = None) -> dict:
    return {"Id": guid(f"persoon-{seed}"), "Initialen": initials, "Tussenvoegsel": prefix, "Achternaam": surname}


def fractie(abbreviation: str, name: str) -> dict:
    return {"Id": guid(f"fractie-{abbreviation}"), "Afkorting": abbreviation, "NaamNL": name}


def document(seed, *, soort="Brief regering", changed="2025-04-11T08:00:00Z", content_type=PDF, **fields) -> dict:
    row = {
        "Id": guid(f"document-{seed}"),
        "Soort": soort,
        "DocumentNummer": f"2025D{10000 + hash(str(seed)) % 9000:05d}",
        "Titel": f"Document {seed}",
        "Onderwerp": f"Onderwerp {seed}",
        "Datum": "2025-04-11T00:00:00",
        "ContentType": content_type,
        "Verwijderd": False,
        "GewijzigdOp": changed,
        "ApiGewijzigdOp": changed,
    }
    row.update(fields)
    return row


def docx_letter(*paragraphs: str) -> bytes:
    import docx

    built = docx.Document()
    built.add_heading("Kamerbrief", level=1)
    for paragraph in paragraphs:
        built.add_paragraph(paragraph)
    buffer = io.BytesIO()
    built.save(buffer)
    return buffer.getvalue()


def generated(count: int, *, start=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)) -> list[dict]:
    """A stand-in for the registry's ~6,400 rows: every status, some drift, one stamp per row."""
    statuses = ["Openstaand", "Afgedaan", "Deels Afgedaan", "Vervallen", "Voldaan", ""]
    rows = []
    for n in range(count):
        changed = (start + dt.timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows.append(
            toezegging(
                f"gen-{n}",
                changed=changed,
                Nummer=f"TZ2024{n // 1000:02d}-{n % 1000:03d}",
                Status=statuses[n % 6],
                Tekst=f"De minister informeert de Kamer voor de zomer over onderwerp {n}.",
            )
        )
    return rows
