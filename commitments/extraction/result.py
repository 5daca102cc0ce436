"""The extractor's output: one document's metadata and its commitment mentions (DESIGN.md contract)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deliveries import Delivery

# Kept in step with DESIGN.md: tests and the recording services read these names.
ACTIONS = ("inform", "send", "report", "investigate", "other")
DEADLINE_KINDS = ("date", "period", "relative", "event", "ongoing", "vague", "none")


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


@dataclass(frozen=True)
class Extraction:
    document: Any  # metadata.DocumentInfo: typed loosely so this module imports nothing heavy
    commitments: list[ExtractedCommitment] = field(default_factory=list)
    # Where the document fulfils or postpones an earlier promise (deliveries.py); beside, not inside, the contract list.
    deliveries: list[Delivery] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"document": document_to_dict(self.document),
                "commitments": [c.to_dict() for c in self.commitments],
                "deliveries": [d.to_dict() for d in self.deliveries]}


def document_to_dict(info: Any) -> dict[str, Any]:
    """DocumentInfo -> the contract's "document" object."""
    day: date | None = getattr(info, "date", None)
    return {
        "kind": getattr(info, "kind", "other"),
        "date": day.isoformat() if day else None,
        "title": getattr(info, "title", None),
        "chamber": getattr(info, "chamber", "TK"),
        "references": [{"kind": r.kind, "value": r.value} for r in getattr(info, "references", ())],
        "signatories": [{"name": s.name, "office": s.office, "ministry": s.ministry}
                        for s in getattr(info, "signatories", ())],
    }
