"""Turn an extraction of a document into Commitments and Mentions.

Recording is idempotent: a span already recorded for this document is skipped, so running
it again (a retried task, a re-extraction) adds only what is new and never touches what
clerks decided. A mention that restates a commitment of another document becomes a mention
of that commitment; when it restates a recurring promise ("blijven informeren"), its
document is proposed as a progress update on it.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from ..models import Commitment, Document, Fulfilment, Mention, Ministry
from ..models.choices import Action, DeadlineKind, DocumentKind, FulfilmentExtent, ProposalState
from .deliveries import record_deliveries
from .deadline_policy import KINDS_WITHOUT_STATED_DEADLINE, assumed_due_date
from .history import record_event
from .linking import find_restated
from .parties import member_of_actor, ministries_of_actor, register_signatories

@dataclass(frozen=True)
class RecordingCounts:
    commitments_new: int
    mentions_found: int


@transaction.atomic
def apply_metadata(document: Document, info) -> None:
    """Fill the document's metadata from the extraction, without overwriting what a clerk set."""
    references = [{"kind": ref.kind, "value": ref.value} for ref in info.references]
    by_kind = {}
    for ref in info.references:
        by_kind.setdefault(ref.kind, ref.value)
    if not document.kind or document.kind == DocumentKind.OTHER:
        document.kind = info.kind
    document.date = document.date or info.date
    document.title = document.title or (info.title or "")[:500]
    document.chamber = info.chamber or document.chamber
    document.references = references
    document.signatories = [
        {"name": s.name, "office": s.office, "ministry": s.ministry} for s in info.signatories
    ]
    if "kamerstuk" in by_kind and not document.dossier:
        dossier, _, item = by_kind["kamerstuk"].partition("-")
        document.dossier, document.dossier_item = dossier[:20], item[:20]
    document.zaak = document.zaak or by_kind.get("zaak", "")[:20]
    document.kenmerk = document.kenmerk or by_kind.get("kenmerk", "")[:100]
    if document.ministry_id is None:
        ministry_name = next((s.ministry for s in info.signatories if s.ministry), None)
        if ministry_name:
            document.ministry = Ministry.objects.get_or_create(name=ministry_name)[0]
    document.save()
    register_signatories(document, info.signatories)


@transaction.atomic
def record_extraction(document: Document, extraction, *, extractor_version: str) -> RecordingCounts:
    apply_metadata(document, extraction.document)
    known = {
        (m.start, m.end): m.commitment for m in Mention.objects.filter(document=document).select_related("commitment")
    }
    # The document's own ministries, read once: every mention and delivery is matched against them.
    signatory_ids = {m.pk for m in _signatory_ministries(document)}
    by_index: dict[int, Commitment] = {}
    created = found = 0
    for index, item in enumerate(extraction.commitments):
        found += 1
        if (item.start, item.end) in known:
            by_index[index] = known[(item.start, item.end)]
            continue
        commitment = by_index.get(item.same_as) if item.same_as is not None else None
        if commitment is None:
            # Only a mention that is not a repetition within this document needs its parties.
            ministries = ministries_of_actor(item.actor)
            member = member_of_actor(item.actor, document)
            if not ministries and member is not None:
                ministries = [member.ministry]
            commitment = _restated_elsewhere(item, document, {m.pk for m in ministries} | signatory_ids)
            if commitment is None:
                commitment = _create_commitment(document, item, ministries, member)
                created += 1
        Mention.objects.create(
            commitment=commitment,
            document=document,
            quote=item.quote,
            start=item.start,
            end=item.end,
            rule=item.rule[:100],
            confidence=min(1.0, max(0.0, float(item.confidence))),
            deadline_text=(item.deadline_text or "")[:500],
            condition=item.condition or "",
            refers_to_earlier=bool(item.refers_to_earlier),
            extractor_version=extractor_version,
        )
        by_index[index] = commitment
    for commitment in {c.pk: c for c in by_index.values()}.values():
        if commitment.recurring:
            propose_progress(commitment)
    record_deliveries(document, getattr(extraction, "deliveries", ()), signatory_ids)
    return RecordingCounts(commitments_new=created, mentions_found=found)


def _restated_elsewhere(item, document: Document, ministry_ids: set[int]) -> Commitment | None:
    found = find_restated(item, document, ministry_ids)
    if found is None:
        return None
    commitment, evidence = found
    record_event(
        commitment, "mention", "", str(document),
        reason="restated: " + "; ".join(evidence.reasons), source="extractor",
    )
    return commitment


def _signatory_ministries(document: Document) -> list[Ministry]:
    names = {s.get("ministry") for s in document.signatories if s.get("ministry")}
    found = list(Ministry.objects.filter(name__in=names))
    return found + ([document.ministry] if document.ministry_id else [])


def propose_progress(commitment: Commitment) -> None:
    """Every document restating a recurring promise after the one that made it is an update on it.

    The document that made the promise is the earliest: mentions that say they refer to an
    earlier promise come last, then by date. An undated document counts as the earliest,
    because the undated texts we receive are answers whose date is on their cover, not in them.
    Proposals wait for a clerk; decided ones are never touched.
    """
    mentions = list(commitment.mentions.select_related("document").order_by("document_id", "start"))
    first_per_document = {}
    for mention in mentions:
        first_per_document.setdefault(mention.document_id, mention)
    ordered = sorted(
        first_per_document.values(),
        key=lambda m: (m.refers_to_earlier, m.document.date is not None, m.document.date or dt.date.min, m.document_id),
    )
    if len(ordered) < 2:
        return
    origin, updates = ordered[0], ordered[1:]
    Fulfilment.objects.filter(
        commitment=commitment, document_id=origin.document_id, extent=FulfilmentExtent.PROGRESS,
        state=ProposalState.PROPOSED,
    ).delete()
    for mention in updates:
        Fulfilment.objects.get_or_create(
            commitment=commitment,
            document_id=mention.document_id,
            defaults={"extent": FulfilmentExtent.PROGRESS, "evidence": mention.quote},
        )


def _create_commitment(document: Document, item, ministries: list[Ministry], member) -> Commitment:
    due_date, assumed = item.due_date, False
    if due_date is None and item.deadline_kind in KINDS_WITHOUT_STATED_DEADLINE:
        due_date = assumed_due_date(document.date)
        assumed = due_date is not None
    commitment = Commitment.objects.create(
        text=" ".join(item.quote.split()),
        actor=(item.actor or "")[:300],
        government_member=member,
        ministry=ministries[0] if ministries else document.ministry,
        chamber=document.chamber,
        addressees="Tweede Kamer" if document.chamber == "TK" else "Eerste Kamer",
        action=item.action if item.action in Action.values else Action.OTHER,
        subject=(item.subject or "")[:500],
        deadline_kind=item.deadline_kind if item.deadline_kind in DeadlineKind.values else DeadlineKind.NONE,
        deadline_text=(item.deadline_text or "")[:500],
        due_date=due_date,
        due_date_estimated=bool(item.due_date_estimated),
        deadline_assumed=assumed,
        condition=item.condition or "",
        legal_basis=(item.legal_basis or "")[:300],
        recurring=bool(item.recurring),
    )
    # The public number derives from the primary key, so concurrent workers never collide.
    commitment.number = f"TZ-{commitment.pk:06d}"
    commitment.save(update_fields=["number"])
    record_event(commitment, "created", "", commitment.number, reason=f"extracted from {document}", source="extractor")
    return commitment
