"""Turn an extraction of a document into Commitments and Mentions.

Recording is idempotent: a span already recorded for this document is skipped, so running
it again (a retried task, a re-extraction) adds only what is new and never touches what
clerks decided. A mention that restates a commitment of another document becomes a mention
of that commitment; when it restates a recurring promise ("blijven informeren"), its
document is proposed as a progress update on it.

`record_extraction` runs five steps: the document's metadata; what this document already
recorded; for each mention, the commitment it belongs to (a `Placement`) and its Mention row;
progress proposals on recurring promises; the document's deliveries and postponements.
"""

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from ..extraction import ExtractedCommitment, Extraction
from ..models import Commitment, Document, Fulfilment, GovernmentMember, Mention, Ministry
from ..models.choices import Action, DeadlineKind, DocumentKind, FulfilmentExtent, ProposalState
from .columns import fit
from .deadline_policy import KINDS_WITHOUT_STATED_DEADLINE, assumed_due_date
from .deliveries import record_deliveries
from .history import record_event
from .linking import LINK_THRESHOLD, Candidates, Evidence, closest_commitment
from .ministries import ministry_by_name, ministry_for
from .parties import member_of_actor, ministries_of_actor, register_signatories
from .relating import relate_to_earlier
from .twins import quoted_in_twins

Span = tuple[int, int]


@dataclass(frozen=True)
class RecordingCounts:
    commitments_new: int
    mentions_found: int


class Origin(enum.Enum):
    """Where a mention's commitment came from."""

    RECORDED = "recorded before"  # this span of this document was recorded by an earlier run
    REPEATED = "repeated"  # an earlier mention of this document states it (same_as)
    RESTATED = "restated"  # an open commitment of another document (linking)
    COPIED = "copied"  # the same quote in a near-identical copy of this document (twins)
    NEW = "new"


@dataclass(frozen=True)
class Placement:
    commitment: Commitment
    origin: Origin


@dataclass(frozen=True)
class DocumentState:
    """What recording reads once per document before it looks at any mention."""

    document: Document
    recorded: dict[Span, Commitment]
    # The document's own ministries: every mention and delivery is matched against them.
    signatory_ministry_ids: set[int]
    # {normalised quote: commitment} of the mentions in near-identical copies of this document.
    quoted_in_twins: dict[str, Commitment]
    # Open commitments of other documents that a mention may restate, read once per ministry.
    candidates: Candidates

    @classmethod
    def read(cls, document: Document, extraction: Extraction) -> "DocumentState":
        mentions = Mention.objects.filter(document=document).select_related("commitment")
        return cls(
            document=document,
            recorded={(m.start, m.end): m.commitment for m in mentions},
            signatory_ministry_ids={m.pk for m in _signatory_ministries(document)},
            quoted_in_twins=quoted_in_twins(document),
            candidates=Candidates(document, slack=len(extraction.commitments)),
        )


@transaction.atomic
def record_extraction(document: Document, extraction: Extraction, *, extractor_version: str) -> RecordingCounts:
    apply_metadata(document, extraction.document)
    state = DocumentState.read(document, extraction)
    placements: list[Placement] = []
    for item in extraction.commitments:
        placement = place(item, placements, state)
        state.candidates.placed.add(placement.commitment.pk)
        if placement.origin is not Origin.RECORDED:
            _record_mention(item, placement.commitment, document, extractor_version)
        placements.append(placement)
    propose_progress_on_recurring(placement.commitment for placement in placements)
    record_deliveries(document, extraction.deliveries, state.signatory_ministry_ids)
    return RecordingCounts(
        commitments_new=sum(placement.origin is Origin.NEW for placement in placements),
        mentions_found=len(placements),
    )


@transaction.atomic
def apply_metadata(document: Document, info: Any) -> None:
    """Fill the document's metadata from the extraction (a DocumentInfo), without overwriting what a clerk set."""
    by_kind: dict[str, str] = {}
    for ref in info.references:
        by_kind.setdefault(ref.kind, ref.value)
    if not document.kind or document.kind == DocumentKind.OTHER:
        document.kind = info.kind
    document.date = document.date or info.date
    document.title = document.title or fit(Document, "title", info.title)
    document.chamber = info.chamber or document.chamber
    document.references = [{"kind": ref.kind, "value": ref.value} for ref in info.references]
    document.signatories = [{"name": s.name, "office": s.office, "ministry": s.ministry} for s in info.signatories]
    if "kamerstuk" in by_kind and not document.dossier:
        dossier, _, item = by_kind["kamerstuk"].partition("-")
        document.dossier, document.dossier_item = fit(Document, "dossier", dossier), fit(Document, "dossier_item", item)
    document.zaak = document.zaak or fit(Document, "zaak", by_kind.get("zaak"))
    document.kenmerk = document.kenmerk or fit(Document, "kenmerk", by_kind.get("kenmerk"))
    if document.ministry_id is None:
        ministry_name = next((s.ministry for s in info.signatories if s.ministry), None)
        if ministry_name:
            document.ministry = ministry_for(ministry_name, document.date)
    document.save()
    register_signatories(document, info.signatories)


def place(item: ExtractedCommitment, earlier: list[Placement], state: DocumentState) -> Placement:
    """The commitment a mention belongs to; `earlier` are this document's mentions before it, in order."""
    recorded = state.recorded.get((item.start, item.end))
    if recorded is not None:
        return Placement(recorded, Origin.RECORDED)
    if item.same_as is not None and 0 <= item.same_as < len(earlier):
        return Placement(earlier[item.same_as].commitment, Origin.REPEATED)
    copied = state.quoted_in_twins.get(" ".join(item.quote.split()))
    if copied is not None:
        return Placement(copied, Origin.COPIED)
    # Only a mention that is not a repetition within this document needs its parties.
    ministries = ministries_of_actor(item.actor, state.document.date)
    member = member_of_actor(item.actor, state.document)
    if not ministries and member is not None:
        ministries = [member.ministry]
    closest = closest_commitment(item, state.candidates, {m.pk for m in ministries} | state.signatory_ministry_ids)
    if closest is not None and closest[1].score >= LINK_THRESHOLD:
        return Placement(_restated(closest, state.document), Origin.RESTATED)
    commitment = _create_commitment(state.document, item, ministries, member)
    if closest is not None:
        relate_to_earlier(commitment, *closest, refers_to_earlier=bool(item.refers_to_earlier), document=state.document)
    return Placement(commitment, Origin.NEW)


def _record_mention(
    item: ExtractedCommitment, commitment: Commitment, document: Document, extractor_version: str
) -> None:
    Commitment.objects.add_quotes({commitment.pk: [item.quote]})
    Mention.objects.create(
        commitment=commitment,
        document=document,
        quote=item.quote,
        start=item.start,
        end=item.end,
        rule=fit(Mention, "rule", item.rule),
        confidence=min(1.0, max(0.0, float(item.confidence))),
        deadline_text=fit(Mention, "deadline_text", item.deadline_text),
        condition=item.condition or "",
        refers_to_earlier=bool(item.refers_to_earlier),
        extractor_version=extractor_version,
    )


def _restated(found: tuple[Commitment, Evidence], document: Document) -> Commitment:
    commitment, evidence = found
    record_event(
        commitment,
        "mention",
        "",
        str(document),
        reason="restated: " + "; ".join(evidence.reasons),
        source="extractor",
    )
    return commitment


def _signatory_ministries(document: Document) -> list[Ministry]:
    names = {s.get("ministry") for s in document.signatories if s.get("ministry")}
    found = [m for m in (ministry_by_name(name, document.date) for name in names) if m is not None]
    return found + ([document.ministry] if document.ministry_id else [])


def propose_progress_on_recurring(commitments: Iterable[Commitment]) -> None:
    """Each recurring promise among `commitments` (once, however often mentioned) gets its progress proposals."""
    for commitment in {c.pk: c for c in commitments}.values():
        if commitment.recurring:
            propose_progress(commitment)


def propose_progress(commitment: Commitment) -> None:
    """Every document restating a recurring promise after the one that made it is an update on it.

    The document that made the promise is the earliest: mentions that say they refer to an
    earlier promise come last, then by date. An undated document counts as the earliest,
    because the undated texts we receive are answers whose date is on their cover, not in them.
    Proposals wait for a clerk; decided ones are never touched.
    """
    mentions = list(commitment.mentions.select_related("document").order_by("document_id", "start"))
    first_per_document: dict[int, Mention] = {}
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
        commitment=commitment,
        document_id=origin.document_id,
        extent=FulfilmentExtent.PROGRESS,
        state=ProposalState.PROPOSED,
    ).delete()
    for mention in updates:
        Fulfilment.objects.get_or_create(
            commitment=commitment,
            document_id=mention.document_id,
            defaults={"extent": FulfilmentExtent.PROGRESS, "evidence": mention.quote},
        )


def _create_commitment(
    document: Document, item: ExtractedCommitment, ministries: list[Ministry], member: GovernmentMember | None
) -> Commitment:
    due_date, assumed = item.due_date, False
    if due_date is None and item.deadline_kind in KINDS_WITHOUT_STATED_DEADLINE:
        due_date = assumed_due_date(document.date)
        assumed = due_date is not None
    commitment = Commitment.objects.create(
        text=" ".join(item.quote.split()),
        actor=fit(Commitment, "actor", item.actor),
        government_member=member,
        ministry=ministries[0] if ministries else document.ministry,
        chamber=document.chamber,
        addressees="Tweede Kamer" if document.chamber == "TK" else "Eerste Kamer",
        action=item.action if item.action in Action.values else Action.OTHER,
        subject=fit(Commitment, "subject", item.subject),
        deadline_kind=item.deadline_kind if item.deadline_kind in DeadlineKind.values else DeadlineKind.NONE,
        deadline_text=fit(Commitment, "deadline_text", item.deadline_text),
        due_date=due_date,
        due_date_estimated=bool(item.due_date_estimated),
        deadline_assumed=assumed,
        condition=item.condition or "",
        legal_basis=fit(Commitment, "legal_basis", item.legal_basis),
        recurring=bool(item.recurring),
    )
    commitment.give_public_number()
    record_event(commitment, "created", "", commitment.number, reason=f"extracted from {document}", source="extractor")
    return commitment
