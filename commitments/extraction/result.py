"""Every type the engine gives out: a document's metadata, its commitment mentions, its deliveries and
the deadlines they carry (DESIGN.md contract). The stages build them; this module only holds them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# Kept in step with DESIGN.md: tests and the recording services read these names.
ACTIONS = ("inform", "send", "report", "investigate", "other")
DEADLINE_KINDS = ("date", "period", "relative", "event", "ongoing", "vague", "none")


@dataclass(frozen=True)
class Reference:
    kind: str
    value: str


@dataclass(frozen=True)
class Signatory:
    name: str | None
    office: str
    ministry: str | None
    # "minister voor Medische Zorg" has a portfolio, not a ministry: the title keeps its "voor"
    preposition: str = field(default="van", compare=False)


@dataclass(frozen=True)
class DocumentInfo:
    kind: str
    date: date | None
    title: str | None
    references: tuple[Reference, ...]
    signatories: tuple[Signatory, ...]
    chamber: str


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: str
    text: str | None
    due_date: date | None
    estimated: bool
    condition: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class ExtractedCommitment:
    quote: str
    start: int
    end: int
    actor: str | None
    action: str
    subject: str | None
    deadline_kind: str = "none"
    deadline_text: str | None = None
    due_date: date | None = None
    due_date_estimated: bool = False
    condition: str | None = None
    legal_basis: str | None = None
    recurring: bool = False
    refers_to_earlier: bool = False
    same_as: int | None = None
    rule: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["due_date"] = self.due_date.isoformat() if self.due_date else None
        data["confidence"] = round(self.confidence, 2)
        return data


@dataclass(frozen=True, slots=True)
class Delivery:
    quote: str
    start: int
    end: int
    kind: str  # "fulfils" | "partly_fulfils" | "postpones"
    subject: str | None
    refers_to_promise: bool  # names a toezegging, motie or "toegezegd" explicitly
    promise_text: str | None  # the verbatim phrase describing what was promised
    deadline_kind: str = "none"  # when what remains is now due (postponements, partial deliveries)
    deadline_text: str | None = None
    due_date: date | None = None
    due_date_estimated: bool = False
    rule: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["due_date"] = self.due_date.isoformat() if self.due_date else None
        data["confidence"] = round(self.confidence, 2)
        return data


@dataclass(frozen=True)
class Extraction:
    document: DocumentInfo
    commitments: list[ExtractedCommitment] = field(default_factory=list)
    # Where the document fulfils or postpones an earlier promise (deliveries/); beside, not inside, the contract list.
    deliveries: list[Delivery] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": document_to_dict(self.document),
            "commitments": [c.to_dict() for c in self.commitments],
            "deliveries": [d.to_dict() for d in self.deliveries],
        }


def document_to_dict(info: Any) -> dict[str, Any]:
    """DocumentInfo -> the contract's "document" object."""
    day: date | None = getattr(info, "date", None)
    return {
        "kind": getattr(info, "kind", "other"),
        "date": day.isoformat() if day else None,
        "title": getattr(info, "title", None),
        "chamber": getattr(info, "chamber", "TK"),
        "references": [{"kind": r.kind, "value": r.value} for r in getattr(info, "references", ())],
        "signatories": [
            {"name": s.name, "office": s.office, "ministry": s.ministry} for s in getattr(info, "signatories", ())
        ],
    }
