"""Turn an extraction of a document into Commitments and Mentions.

Recording is idempotent: a span already recorded for this document is skipped, so running
it again (a retried task, a re-extraction) adds only what is new and never touches what
clerks decided. A mention that restates a commitment of another document becomes a mention
of that commitment; when it restates a recurring promise ("blijven informeren"), its
document is proposed as a progress update on it.

`record_extraction` runs seven steps: the document's metadata; what this document already
recorded; for each mention, the commitment it belongs to (a `Placement`, decided without
writing anything); the new commitments, mentions, relations and history entries, written
together (`write_placements`: a few bulk inserts per document instead of four to seven
statements per mention); in a debate, the members each new mention answers (debate_addressees)
and the committees whose debate it is (committees);
progress proposals on recurring promises; the document's deliveries and postponements.
"""

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from ..extraction import ExtractedCommitment, Extraction
from ..models import (
    Commitment,
    CommitmentEvent,
    CommitmentRelation,
    Document,
    Fulfilment,
    GovernmentMember,
    Mention,
    Ministry,
)
from ..models.choices import Action, DeadlineKind, DocumentKind, FulfilmentExtent, ProposalState
from .columns import fit
from .committees import ReportCommittees
from .deadline_policy import KINDS_WITHOUT_STATED_DEADLINE, assumed_due_date
from .debate_addressees import DebateAddressees
from .deliveries import record_deliveries
from .freshness import touch
from .linking import LINK_THRESHOLD, Candidate, Candidates, Evidence, closest
from .ministries import ministry_by_name, ministry_for
from .parties import member_of_actor, ministries_of_actor, register_signatories
from .relating import relation_to_earlier
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
    item: ExtractedCommitment
    # A NEW commitment is not saved until write_placements.
    commitment: Commitment
    origin: Origin
    # RESTATED: why; NEW: the closest open commitment however alike, to relate the new one to.
    closest: tuple[Candidate, Evidence] | None = None
    # NEW: the ministries beside its own that share the promise (a letter of two ministers).
    also_ministry_ids: tuple[int, ...] = ()


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
    # {actor as extracted: (its ministries, its government member)}: a debate names one speaker many times.
    parties: dict[str | None, tuple[list[Ministry], GovernmentMember | None]]

    @classmethod
    def read(cls, document: Document, extraction: Extraction) -> "DocumentState":
        mentions = Mention.objects.filter(document=document).select_related("commitment")
        return cls(
            document=document,
            recorded={(m.start, m.end): m.commitment for m in mentions},
            signatory_ministry_ids={m.pk for m in _signatory_ministries(document)},
            quoted_in_twins=quoted_in_twins(document),
            candidates=Candidates(document, slack=len(extraction.commitments)),
            parties={},
        )

    def parties_of(self, actor: str | None) -> tuple[list[Ministry], GovernmentMember | None]:
        if actor not in self.parties:
            ministries = ministries_of_actor(actor, self.document.date)
            member = member_of_actor(actor, self.document)
            if not ministries and member is not None:
                ministries = [member.ministry]
            self.parties[actor] = (ministries, member)
        return self.parties[actor]


@transaction.atomic
def record_extraction(document: Document, extraction: Extraction, *, extractor_version: str) -> RecordingCounts:
    apply_metadata(document, extraction.document)
    state = DocumentState.read(document, extraction)
    placements: list[Placement] = []
    for item in extraction.commitments:
        placement = place(item, placements, state)
        if placement.commitment.pk is not None:
            state.candidates.placed.add(placement.commitment.pk)
        placements.append(placement)
    write_placements(placements, document, extractor_version)
    fresh = [p for p in placements if p.origin is not Origin.RECORDED]
    DebateAddressees(document).record((p.commitment, p.item.start, p.item.end) for p in fresh)
    ReportCommittees(document).record(p.commitment for p in fresh)
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
        return Placement(item, recorded, Origin.RECORDED)
    if item.same_as is not None and 0 <= item.same_as < len(earlier):
        return Placement(item, earlier[item.same_as].commitment, Origin.REPEATED)
    copied = state.quoted_in_twins.get(" ".join(item.quote.split()))
    if copied is not None:
        return Placement(item, copied, Origin.COPIED)
    # Only a mention that is not a repetition within this document needs its parties.
    ministries, member = state.parties_of(item.actor)
    found = closest(item, state.candidates, {m.pk for m in ministries} | state.signatory_ministry_ids)
    if found is not None and found[1].score >= LINK_THRESHOLD:
        return Placement(item, Commitment.objects.get(pk=found[0].pk), Origin.RESTATED, found)
    commitment = _new_commitment(state.document, item, ministries, member)
    # An actor who names no ministry ("ik", "het kabinet") in a letter of two ministers speaks for both.
    also = [m.pk for m in ministries[1:]] if ministries else sorted(state.signatory_ministry_ids)
    also_ids = tuple(pk for pk in also if pk != commitment.ministry_id)
    return Placement(item, commitment, Origin.NEW, found, also_ids)


def write_placements(placements: list[Placement], document: Document, extractor_version: str) -> None:
    """Write what placing the document's mentions decided, in as few statements as the rows allow.

    New commitments are inserted in the order they were found, so their public numbers and
    history entries come in the order recording one mention at a time gave them.
    """
    written = [p for p in placements if p.origin is not Origin.RECORDED]
    new = list({id(p.commitment): p.commitment for p in written if p.commitment.pk is None}.values())
    # New quotes of commitments made before (by pk: each restated mention loaded its own
    # instance) and of the new ones (by instance: they have no pk yet).
    quotes: dict[int, list[str]] = {}
    quotes_of_new: dict[int, list[str]] = {}
    for placement in written:
        if placement.commitment.pk is None:
            quotes_of_new.setdefault(id(placement.commitment), []).append(placement.item.quote)
        else:
            quotes.setdefault(placement.commitment.pk, []).append(placement.item.quote)
    for commitment in new:
        commitment.sign(quotes_of_new[id(commitment)])
    Commitment.objects.bulk_create(new)
    Commitment.objects.give_public_numbers(new)
    shared = Commitment.also_ministries.through
    shared.objects.bulk_create(
        shared(commitment_id=p.commitment.pk, ministry_id=ministry_id)
        for p in written
        if p.origin is Origin.NEW
        for ministry_id in p.also_ministry_ids
    )
    relations: list[CommitmentRelation] = []
    events: list[CommitmentEvent] = []
    for placement in written:
        commitment = placement.commitment
        if placement.origin is Origin.RESTATED and placement.closest is not None:
            reason = "restated: " + "; ".join(placement.closest[1].reasons)
            events.append(_event(commitment, "mention", str(document), reason))
        elif placement.origin is Origin.NEW:
            events.append(_event(commitment, "created", commitment.number, f"extracted from {document}"))
            if placement.closest is None:
                continue
            related = relation_to_earlier(
                commitment,
                *placement.closest,
                refers_to_earlier=bool(placement.item.refers_to_earlier),
                document=document,
            )
            if related is not None:
                relations.append(related[0])
                events.extend(related[1])
    CommitmentRelation.objects.bulk_create(relations)
    CommitmentEvent.objects.bulk_create(events)
    Mention.objects.bulk_create(_mention(p.item, p.commitment, document, extractor_version) for p in written)
    # A bulk insert sends no post_save: move updated_at as freshness.py's signal does for one mention.
    touch({p.commitment.pk for p in written})
    if quotes:
        Commitment.objects.add_quotes(quotes)


def _event(commitment: Commitment, field: str, new_value: str | None, reason: str) -> CommitmentEvent:
    return CommitmentEvent(
        commitment=commitment, field=field, new_value=new_value or "", reason=reason, source="extractor"
    )


def _mention(item: ExtractedCommitment, commitment: Commitment, document: Document, extractor_version: str) -> Mention:
    return Mention(
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


def _new_commitment(
    document: Document, item: ExtractedCommitment, ministries: list[Ministry], member: GovernmentMember | None
) -> Commitment:
    """An unsaved commitment for a mention that states a promise no open commitment holds."""
    due_date, assumed = item.due_date, False
    if due_date is None and item.deadline_kind in KINDS_WITHOUT_STATED_DEADLINE:
        due_date = assumed_due_date(document.date)
        assumed = due_date is not None
    return Commitment(
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
