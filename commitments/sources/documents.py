"""The `Document` feed: which kinds carry promises, and where each one's file is."""

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin

from .toezegging import RowError
from .values import parse_date, parse_flag, parse_stamp, text

ENTITY_SET = "Document"
SELECT = ("Id", "Soort", "DocumentNummer", "Titel", "Onderwerp", "Datum", "ContentType", "Verwijderd", "GewijzigdOp")
# Soort (as the Gegevensmagazijn writes it) -> our DocumentKind. Kinds the reader decides
# itself (a memorie van antwoord reads as what its letterhead says) map to "other".
PROMISE_KINDS = {
    "Brief regering": "kamerbrief",
    "Antwoord schriftelijke vragen": "antwoorden",
    "Antwoord schriftelijke vragen (nader)": "antwoorden",
    "Verslag van een algemeen overleg": "handelingen",
    "Verslag van een notaoverleg": "handelingen",
    "Verslag van een wetgevingsoverleg": "handelingen",
    "Verslag van een schriftelijk overleg": "other",
    "Memorie van antwoord": "other",
    "Nota n.a.v. het (nader/tweede nader/enz.) verslag": "other",
}
# The link OData advertises for a document's file (a "function" annotation on each row).
RESOURCE_ANNOTATION = "#TK.DA.GGM.OData.Resource"


def kinds_filter() -> str:
    return " or ".join(f"Soort eq '{kind}'" for kind in PROMISE_KINDS)


@dataclass(frozen=True)
class DocumentItem:
    id: str
    changed_at: dt.datetime
    deleted: bool
    kind_as_written: str = ""
    kind: str = "other"
    number: str = ""
    title: str = ""
    date: dt.date | None = None
    content_type: str = ""
    resource_url: str = ""

    @property
    def filename(self) -> str:
        extension = {
            "application/pdf": ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
        }
        return (self.number or self.id) + extension.get(self.content_type, "")


def read_document_row(row: dict, service_root: str) -> DocumentItem:
    entity_id = row.get("Id")
    if not isinstance(entity_id, str) or not entity_id.strip():
        raise RowError("", f"Een Document zonder Id: {repr(row)[:200]}")
    entity_id = entity_id.strip().lower()
    try:
        changed_at = parse_stamp(row.get("GewijzigdOp"))
        if changed_at is None:
            raise ValueError("GewijzigdOp ontbreekt")
        if parse_flag(row.get("Verwijderd")):
            return DocumentItem(id=entity_id, changed_at=changed_at, deleted=True)
        soort = text(row.get("Soort"))
        annotation = row.get(RESOURCE_ANNOTATION)
        target = annotation.get("target") if isinstance(annotation, dict) else None
        resource = (
            urljoin(service_root, target)
            if isinstance(target, str) and target
            else f"{service_root}Document({entity_id})/resource"
        )
        return DocumentItem(
            id=entity_id,
            changed_at=changed_at,
            deleted=False,
            kind_as_written=soort,
            kind=PROMISE_KINDS.get(soort, "other"),
            number=text(row.get("DocumentNummer")),
            title=text(row.get("Titel")) or text(row.get("Onderwerp")),
            date=parse_date(row.get("Datum")),
            content_type=text(row.get("ContentType")).lower(),
            resource_url=resource,
        )
    except ValueError as error:
        raise RowError(entity_id, f"Document {entity_id}: {error}") from None
