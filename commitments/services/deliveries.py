"""What a document does to earlier promises: fulfil them (proposals for a clerk) or postpone them.

The engine finds delivery sentences ("Met deze brief kom ik mijn toezegging na om ...",
"Hierbij stuur ik u ...") and postponements ("heeft vertraging opgelopen", "later dan
toegezegd"). Here each is matched to the open commitment of the same ministry it is about,
by the words of its subject, and
- a delivery becomes a fulfilment proposal, which waits for a clerk;
- a postponement with a new period moves the due date, recorded in the history with the
  sentence as its reason, and links a restated promise to the one it modifies.
A document can only act on promises made before it, never on one it makes itself.
"""

import heapq

from django.db.models import Prefetch

from ..models import Commitment, CommitmentRelation, Document, Fulfilment, Mention
from ..models.choices import FulfilmentExtent, RelationKind
from .history import change_deadline
from .linking import content_stems

MATCH_THRESHOLD = 0.5
CANDIDATE_LIMIT = 500
# Naming the promise ("mijn toezegging", "zoals toegezegd") makes a weaker word match enough.
MATCH_THRESHOLD_NAMED = 0.34


def record_deliveries(document: Document, deliveries, ministry_ids: set[int]) -> int:
    acted = 0
    for delivery in deliveries:
        target = _promise_acted_on(document, delivery, ministry_ids)
        if target is None:
            continue
        if delivery.kind == "postpones":
            acted += _postpone(document, delivery, target)
        else:
            extent = _extent(delivery, target)
            _, created = Fulfilment.objects.get_or_create(
                commitment=target, document=document, defaults={"extent": extent, "evidence": delivery.quote}
            )
            acted += created
    return acted


def _extent(delivery, target: Commitment) -> str:
    # A standing promise ("blijven informeren") is never done by one letter: each is progress.
    if target.recurring:
        return FulfilmentExtent.PROGRESS
    return FulfilmentExtent.PARTIAL if delivery.kind == "partly_fulfils" else FulfilmentExtent.FULL


def _promise_acted_on(document: Document, delivery, ministry_ids: set[int]) -> Commitment | None:
    words = content_stems(" ".join(filter(None, [delivery.subject, delivery.promise_text, delivery.quote])))
    if not words:
        return None
    threshold = MATCH_THRESHOLD_NAMED if delivery.refers_to_promise else MATCH_THRESHOLD
    best, best_score = None, threshold
    for commitment in _recently_updated(ministry_ids, CANDIDATE_LIMIT):
        if not _made_before(commitment, document):
            continue
        stems = content_stems(
            " ".join([commitment.text, commitment.subject, *(m.quote for m in commitment.mentions.all())])
        )
        score = len(words & stems) / max(1, min(len(words), len(stems)))
        if score >= best_score:
            best, best_score = commitment, score
    return best


def _recently_updated(ministry_ids: set[int], limit: int) -> list[Commitment]:
    """The `limit` most recently updated open commitments of these ministries, with their mentions.

    One query per ministry on the index commitment_ministry_updated, merged here: a query over
    several ministries at once would sort all their open commitments (at 1,000,000 stored, about
    a second on SQLite) to keep the first `limit`.
    """
    recent = []
    for ministry_id in sorted(ministry_ids):
        recent += (
            Commitment.objects.open()
            .filter(ministry_id=ministry_id)
            .order_by("-updated_at", "-id")
            .values_list("updated_at", "pk")[:limit]
        )
    chosen = [pk for _, pk in heapq.nlargest(limit, recent)]
    # Of the mentions only what matching reads: never a document's whole text.
    mentions = Mention.objects.select_related("document").only(
        "commitment_id", "quote", "document_id", "document__id", "document__date"
    )
    loaded = (
        Commitment.objects.filter(pk__in=chosen)
        .only("id", "number", "text", "subject", "recurring", "due_date")
        .prefetch_related(Prefetch("mentions", queryset=mentions))
        .in_bulk()
    )
    return [loaded[pk] for pk in chosen]


def _made_before(commitment: Commitment, document: Document) -> bool:
    """The promise was first stated in another document, not dated after this one."""
    others = [m.document for m in commitment.mentions.all() if m.document_id != document.pk]
    if not others:
        return False
    earliest = min((d.date for d in others if d.date), default=None)
    return document.date is None or earliest is None or earliest <= document.date


def _postpone(document: Document, delivery, target: Commitment) -> int:
    restated = _commitment_stated_at(document, delivery)
    if restated is not None and restated.pk != target.pk:
        CommitmentRelation.objects.get_or_create(
            source=restated,
            target=target,
            kind=RelationKind.MODIFIES,
            defaults={"document": document, "note": delivery.quote},
        )
    if delivery.due_date is None or delivery.due_date == target.due_date:
        return 0
    change_deadline(
        target.pk,
        delivery.due_date,
        deadline_text=delivery.deadline_text,
        reason=f"Uitstel gemeld in {document}: {' '.join(delivery.quote.split())}",
        source="extractor",
    )
    return 1


def _commitment_stated_at(document: Document, delivery) -> Commitment | None:
    mention = (
        Mention.objects.filter(document=document, start__lt=delivery.end, end__gt=delivery.start)
        .select_related("commitment")
        .first()
    )
    return mention.commitment if mention else None
