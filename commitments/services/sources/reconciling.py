"""Link registry entries to the commitments the extractor found, and count the three groups.

A registry entry and an extracted commitment are the same promise when the extracted one was
found in a document of the debate's day (the Handelingen or commissie report carries the
meeting date), made by the same promiser, with the same deadline and the same content. When
exactly one candidate passes all four, the two become one commitment with two sources;
anything less certain becomes a proposal for a clerk. Nothing here ever undoes a clerk's
decision: a rejected proposal is not proposed again.
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from ...models import (
    Commitment,
    CommitmentAddressee,
    CommitmentCommittee,
    Mention,
    ReconciliationProposal,
    RegistryEntry,
)
from ...models.choices import ProposalState
from ..history import ChangeRefused, record_event
from ..merging import merge_commitments

# Word overlap (Jaccard of content words) from which the content counts as the same, and
# below which a candidate is not worth a clerk's time unless promiser and deadline agree.
SAME_CONTENT = 0.30
WORTH_PROPOSING = 0.12
MAX_CANDIDATES = 50
_WORD = re.compile(r"[a-zà-ÿ]{4,}")
# Words every promise shares, which say nothing about its content.
_COMMON = frozenset(
    "minister staatssecretaris kamer informeren informeert stuurt sturen brief zal zullen over voor "
    "zegt toe toezegging wordt worden hierover daarover deze dit naar zijn haar heeft hebben".split()
)


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _COMMON)


def similarity(a: str, b: str) -> float:
    left, right = content_words(a), content_words(b)
    return len(left & right) / len(left | right) if left and right else 0.0


def candidates(entry: RegistryEntry) -> list[Commitment]:
    """Extracted commitments mentioned in a document of the entry's day, not yet joined to an entry."""
    if entry.activity_date is None:
        return []
    day_documents = Mention.objects.filter(commitment=OuterRef("pk"), document__date=entry.activity_date)
    return list(
        Commitment.objects.filter(Exists(day_documents), merged_into__isnull=True, registry_entry__isnull=True)
        .exclude(pk=entry.commitment_id or 0)
        .order_by("pk")[:MAX_CANDIDATES]
    )


@dataclass(frozen=True)
class Verdict:
    score: float
    evidence: str
    certain: bool
    worth_proposing: bool


def _judge(entry: RegistryEntry, candidate: Commitment, ministry, member) -> Verdict:
    reasons = [f"same day {entry.activity_date}"]
    same_promiser = (member is not None and candidate.government_member_id == member.pk) or (
        ministry is not None and candidate.ministry_id == ministry.pk
    )
    if same_promiser:
        reasons.append("same promiser")
    # An assumed due date was set by our policy, not stated: it says nothing about sameness.
    same_deadline = candidate.due_date == entry.due_date and not candidate.deadline_assumed
    if same_deadline:
        reasons.append(f"same deadline {entry.due_date or 'none'}")
    content = similarity(entry.text, candidate.text)
    reasons.append(f"content overlap {content:.2f}")
    return Verdict(
        score=round(content + 0.5 * same_promiser + 0.5 * same_deadline, 3),
        evidence="; ".join(reasons),
        certain=same_promiser and same_deadline and content >= SAME_CONTENT,
        worth_proposing=content >= WORTH_PROPOSING or (same_promiser and same_deadline),
    )


def certain_match(entry: RegistryEntry, ministry, member, among: list[Commitment] | None = None):
    """The one extracted commitment this entry certainly is, with the evidence; None otherwise."""
    certain = []
    for candidate in candidates(entry) if among is None else among:
        verdict = _judge(entry, candidate, ministry, member)
        if verdict.certain and not _rejected(entry, candidate):
            certain.append((candidate, verdict.evidence))
    return certain[0] if len(certain) == 1 else None


def propose_matches(entry: RegistryEntry, ministry, member, among: list[Commitment] | None = None) -> int:
    made = 0
    for candidate in candidates(entry) if among is None else among:
        verdict = _judge(entry, candidate, ministry, member)
        if verdict.worth_proposing:
            made += ReconciliationProposal.objects.get_or_create(
                entry=entry, commitment=candidate, defaults={"score": verdict.score, "evidence": verdict.evidence}
            )[1]
    return made


def _rejected(entry, candidate) -> bool:
    return ReconciliationProposal.objects.filter(
        entry=entry, commitment=candidate, state=ProposalState.REJECTED
    ).exists()


def reconcile_registry_only() -> tuple[int, int]:
    """Look again for the registry entries still without an extracted partner (documents arrive later).

    Returns (linked, proposed).
    """
    linked = proposed = 0
    pending = (
        RegistryEntry.objects.filter(deleted=False, activity_date__isnull=False, commitment__isnull=False)
        .filter(~Exists(Mention.objects.filter(commitment=OuterRef("commitment"))))
        .filter(activity_date__in=Mention.objects.values("document__date"))
        .select_related("commitment")
    )
    for entry in pending.iterator():
        commitment = entry.commitment
        match = certain_match(entry, commitment.ministry, commitment.government_member)
        if match is not None:
            with transaction.atomic():
                _join(entry, match[0], reason=f"reconciled: {match[1]}", source="registry")
            linked += 1
        else:
            proposed += propose_matches(entry, commitment.ministry, commitment.government_member)
    return linked, proposed


def _join(entry: RegistryEntry, extracted: Commitment, *, reason: str, source: str, user=None) -> Commitment:
    """One commitment with two sources: the registry's own commitment merges into the extracted one,
    whose mentions, clerk decisions and public number stay."""
    registry_commitment = entry.commitment
    entry.commitment = None
    entry.save(update_fields=["commitment"])
    if registry_commitment is not None and registry_commitment.pk != extracted.pk:
        for link in CommitmentAddressee.objects.filter(commitment=registry_commitment):
            CommitmentAddressee.objects.get_or_create(
                commitment=extracted, addressee_id=link.addressee_id, defaults={"source": link.source}
            )
        for committee_link in CommitmentCommittee.objects.filter(commitment=registry_commitment):
            CommitmentCommittee.objects.get_or_create(
                commitment=extracted,
                committee_id=committee_link.committee_id,
                defaults={"source": committee_link.source},
            )
        merge_commitments(registry_commitment.pk, extracted.pk, user=user, reason=reason, source=source)
    entry.commitment = extracted
    entry.save(update_fields=["commitment"])
    record_event(extracted, "registry", "", entry.number, user=user, reason=reason, source=source)
    return extracted


@transaction.atomic
def decide_proposal(proposal_id: int, *, accept: bool, user=None) -> ReconciliationProposal:
    proposal = (
        ReconciliationProposal.objects.select_for_update().select_related("entry", "commitment").get(pk=proposal_id)
    )
    if proposal.state != ProposalState.PROPOSED:
        raise ChangeRefused("This proposal was already decided.")
    if accept:
        if proposal.commitment.merged_into_id or RegistryEntry.objects.filter(commitment=proposal.commitment).exists():
            raise ChangeRefused("That commitment already has a registry entry or was merged.")
        _join(
            proposal.entry,
            proposal.commitment,
            reason=f"a clerk linked {proposal.entry.number}",
            source="admin",
            user=user,
        )
        ReconciliationProposal.objects.filter(entry=proposal.entry, state=ProposalState.PROPOSED).exclude(
            pk=proposal.pk
        ).update(state=ProposalState.REJECTED, decided_by=user, decided_at=timezone.now())
    proposal.state = ProposalState.CONFIRMED if accept else ProposalState.REJECTED
    proposal.decided_by, proposal.decided_at = user, timezone.now()
    proposal.save(update_fields=["state", "decided_by", "decided_at"])
    return proposal


# -- the three groups ---------------------------------------------------------------------------

GROUPS = ("both", "registry", "extracted")


def in_group(queryset, group: str):
    """Commitments in one group: both sources, the registry only (the extractor missed it), or
    extracted only (a written promise the registry lacks). Merged duplicates are in none."""
    registry = Exists(RegistryEntry.objects.filter(commitment=OuterRef("pk"), deleted=False))
    extracted = Exists(Mention.objects.filter(commitment=OuterRef("pk")))
    condition = {"both": registry & extracted, "registry": registry & ~extracted, "extracted": extracted & ~registry}[
        group
    ]
    return queryset.filter(condition, merged_into__isnull=True)


def group_counts() -> dict[str, int]:
    return {group: in_group(Commitment.objects.all(), group).count() for group in GROUPS}
