"""Find the existing commitment that a newly extracted mention restates.

A minister repeats a promise in later letters ("zoals eerder aan uw Kamer toegezegd") and
often in different words. We compare the new mention with open commitments of the same
ministry on what survives rewording: the legal basis, the shape of the deadline (event,
ongoing, recurring), the action, and the content words (compared by their first letters,
so "informeren", "informatievoorziening" and "geïnformeerd" still meet).

The threshold is deliberately strict: a missed link costs a clerk one merge, a wrong link
silently hides a promise.
"""

import re
import unicodedata
from dataclasses import dataclass

from ..models import Commitment, Document

CANDIDATE_LIMIT = 500
LINK_THRESHOLD = 0.6
STEM = 6

# Words that carry no subject: function words and the stock verbs of every promise.
STOPWORDS = frozenset(
    """aan alle als bij dan dat de deze die dit door een eens en er ervan haar hem het hier hun ik in is
    kan komt met mijn na naar niet nog of om omdat onder ons ook op over te ten ter tot tussen uit uw van
    veel voor wat wel werd wordt worden zal zich zij zijn zou zoals zodra waar wanneer welke binnen
    kamer kabinet minister staatssecretaris regering informeren geinformeerd blijven zullen daarbij
    hierbij eerder toegezegd moment sprake conform daarom namelijk echter later spoedig graag tevens
    verder
    zomer najaar voorjaar winter herfst jaar jaren maand maanden week weken dagen reces januari februari
    maart april juni juli augustus september oktober november december eind begin medio""".split()
)
# Periods say when, not what: a postponed promise ("later dan toegezegd, in het najaar") must
# still meet the promise it postpones ("voor de zomer").
WORD = re.compile(r"[^\W\d_]{4,}")


def content_stems(text: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return frozenset(word[:STEM] for word in WORD.findall(plain) if word not in STOPWORDS)


@dataclass(frozen=True)
class Evidence:
    score: float
    reasons: tuple[str, ...]


def similarity(item, commitment: Commitment, commitment_stems: frozenset[str]) -> Evidence:
    stems = content_stems(" ".join(filter(None, [item.quote, item.condition])))
    shared = stems & commitment_stems
    overlap = len(shared) / max(1, min(len(stems), len(commitment_stems)))
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


def find_restated(item, document: Document, ministry_ids: set[int]) -> tuple[Commitment, Evidence] | None:
    """The open commitment of the same ministry, stated in another document, that `item` restates."""
    found = closest_commitment(item, document, ministry_ids)
    return found if found is not None and found[1].score >= LINK_THRESHOLD else None


def closest_commitment(item, document: Document, ministry_ids: set[int]) -> tuple[Commitment, Evidence] | None:
    """The open commitment of the same ministry in another document most like `item`, however alike."""
    candidates = (
        Commitment.objects.open()
        .exclude(mentions__document=document)
        .filter(ministry_id__in=ministry_ids)
        .prefetch_related("mentions")
        .order_by("-updated_at")[:CANDIDATE_LIMIT]
    )
    best = None
    for commitment in candidates:
        stems = content_stems(
            " ".join([commitment.text, commitment.condition, *(m.quote for m in commitment.mentions.all())])
        )
        evidence = similarity(item, commitment, stems)
        if evidence.score > 0 and (best is None or evidence.score > best[1].score):
            best = (commitment, evidence)
    return best
