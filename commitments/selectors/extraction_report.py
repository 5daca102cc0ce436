"""How each extraction rule fares with the clerks: found, confirmed, rejected, pending, and missed."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q

from ..models import Mention
from ..models.choices import ReviewState
from ..services.missed import CLERK_RULE


@dataclass(frozen=True)
class RuleFigures:
    rule: str
    found: int
    confirmed: int
    rejected: int
    pending: int

    @property
    def precision(self) -> float | None:
        """Confirmed among the decided; None while no clerk has decided on any of its mentions."""
        decided = self.confirmed + self.rejected
        return self.confirmed / decided if decided else None


@dataclass(frozen=True)
class ExtractionReport:
    rules: list[RuleFigures]
    missed: int

    @property
    def total(self) -> RuleFigures:
        return RuleFigures(
            "",
            sum(r.found for r in self.rules),
            sum(r.confirmed for r in self.rules),
            sum(r.rejected for r in self.rules),
            sum(r.pending for r in self.rules),
        )


def extraction_report() -> ExtractionReport:
    """One grouped query over the mentions; a mention counts by its commitment's review state."""
    state = "commitment__review_state"
    rows = (
        Mention.objects.values("rule")
        .annotate(
            found=Count("id"),
            confirmed=Count("id", filter=Q(**{state: ReviewState.CONFIRMED})),
            rejected=Count("id", filter=Q(**{state: ReviewState.REJECTED})),
            pending=Count("id", filter=Q(**{state: ReviewState.PROPOSED})),
        )
        .order_by("rule")
    )
    rules, missed = [], 0
    for row in rows:
        if row["rule"] == CLERK_RULE:
            missed = row["found"]
            continue
        rules.append(RuleFigures(row["rule"], row["found"], row["confirmed"], row["rejected"], row["pending"]))
    return ExtractionReport(rules, missed)
