"""Find the existing commitment that a newly extracted mention restates.

A minister repeats a promise in later letters ("zoals eerder aan uw Kamer toegezegd") and
often in different words. We compare the new mention with open commitments of the same
ministry on what survives rewording: the legal basis, the shape of the deadline (event,
ongoing, recurring), the action, and the content words (compared by their first letters,
so "informeren", "informatievoorziening" and "geïnformeerd" still meet).

The threshold is deliberately strict: a missed link costs a clerk one merge, a wrong link
silently hides a promise.

The candidates are the CANDIDATE_LIMIT most recently updated open commitments of the
mention's ministries that the document does not mention. Their content words are stored on
each commitment (its link signature, models/signature.py), so a document reads each of its
ministries' candidates once, with one query on the index commitment_ministry_updated that
reads them in order (no sort), whatever the size of the store, and no commitment's mentions
are read.
"""

import datetime as dt
import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Commitment, Document
from ..models.signature import content_stems, stems_of

__all__ = ["CANDIDATE_LIMIT", "LINK_THRESHOLD", "Candidate", "Candidates", "Evidence", "closest", "content_stems"]

CANDIDATE_LIMIT = 500
LINK_THRESHOLD = 0.6


@dataclass(frozen=True)
class Evidence:
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """What linking compares of an open commitment, read from its row without its mentions."""

    pk: int
    number: str | None
    updated_at: dt.datetime
    legal_basis: str
    recurring: bool
    deadline_kind: str
    action: str
    stems: frozenset[str]

    FIELDS = ("pk", "number", "updated_at", "legal_basis", "recurring", "deadline_kind", "action", "link_signature")

    @classmethod
    def of_row(cls, row: tuple) -> "Candidate":
        pk, number, updated_at, legal_basis, recurring, deadline_kind, action, signature = row
        return cls(pk, number, updated_at, legal_basis, recurring, deadline_kind, action, stems_of(signature))


def similarity(item, commitment: Candidate, stems: frozenset[str]) -> Evidence:
    """How alike a mention (`item`, whose content words are `stems`) and a commitment are."""
    shared = stems & commitment.stems
    overlap = len(shared) / max(1, min(len(stems), len(commitment.stems)))
    score, reasons = 0.6 * overlap, [f"{len(shared)} shared content words"]
    if item.legal_basis and commitment.legal_basis and _same(item.legal_basis, commitment.legal_basis):
        score += 0.3
        reasons.append(f"same legal basis ({commitment.legal_basis})")
    if item.recurring and commitment.recurring:
        score += 0.2
        reasons.append("both recurring")
    if item.deadline_kind == commitment.deadline_kind and item.deadline_kind in ("event", "ongoing"):
        score += 0.1
        reasons.append(f"same deadline kind ({item.deadline_kind})")
    if item.action != commitment.action:
        score -= 0.2
    if item.refers_to_earlier:
        score += 0.1
        reasons.append("the sentence refers to an earlier promise")
    return Evidence(score=round(score, 3), reasons=tuple(reasons))


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


@dataclass
class Candidates:
    """The candidates of one document's mentions, read once per ministry while it is recorded.

    Nothing recording does to a document changes another commitment's place among them: a
    commitment it restates or creates gets a mention in it and leaves the candidates, which
    `placed` tracks until the document's mentions are written. `slack` is how many can leave
    that way (the document's number of mentions): each ministry's list is read that much
    longer than CANDIDATE_LIMIT, so what is left is what a fresh query would give.
    """

    document: Document
    slack: int
    placed: set[int] = field(default_factory=set)
    _by_ministry: dict[int, list[Candidate]] = field(default_factory=dict)

    def of(self, ministry_ids: Iterable[int]) -> list[Candidate]:
        """The open commitments of these ministries the document does not mention, most recently updated first."""
        lists = [self._of_ministry(pk) for pk in sorted(set(ministry_ids))]
        merged = heapq.merge(*lists, key=lambda c: (c.updated_at, c.pk), reverse=True)
        chosen = []
        for candidate in merged:
            if candidate.pk not in self.placed:
                chosen.append(candidate)
                if len(chosen) == CANDIDATE_LIMIT:
                    break
        return chosen

    def _of_ministry(self, ministry_id: int) -> list[Candidate]:
        if ministry_id not in self._by_ministry:
            rows = (
                Commitment.objects.open()
                .filter(ministry_id=ministry_id)
                .exclude(mentions__document=self.document)
                .order_by("-updated_at", "-id")
                .values_list(*Candidate.FIELDS)[: CANDIDATE_LIMIT + self.slack]
            )
            self._by_ministry[ministry_id] = [Candidate.of_row(row) for row in rows]
        return self._by_ministry[ministry_id]


def closest(item, candidates: Candidates, ministry_ids: set[int]) -> tuple[Candidate, Evidence] | None:
    """The open commitment of the same ministry in another document most like `item`, however
    alike; it restates that commitment when the score reaches LINK_THRESHOLD."""
    stems = content_stems(" ".join(filter(None, [item.quote, item.condition])))
    best: tuple[Candidate, Evidence] | None = None
    for candidate in candidates.of(ministry_ids):
        evidence = similarity(item, candidate, stems)
        # Strictly better: among equals the most recently updated wins.
        if evidence.score > 0 and (best is None or evidence.score > best[1].score):
            best = (candidate, evidence)
    return best
