"""Record one registry entry: the entry itself, its commitment, addressees and relations.

Precedence: the registry is the griffie's record, so it fills and updates what no clerk of
ours has decided. A field a clerk changed here (a status, a deadline: any history entry from
the admin or the API) is never overwritten by a later import; the registry's new value is
recorded in the history instead, where a clerk sees it. Every change the registry makes to
an entry becomes a history entry of its commitment.
"""

import datetime as dt
from dataclasses import dataclass

from ...extraction import ExtractionConfig, extract
from ...models import (
    Addressee,
    Commitment,
    CommitmentAddressee,
    CommitmentEvent,
    CommitmentRelation,
    Committee,
    Mention,
    RegistryEntry,
    RegistryLink,
)
from ...models.choices import Action, Chamber, DeadlineKind, ReviewState, Status
from ...sources.toezegging import RegistryItem
from ..committees import committee_row, link_committee
from ..deadline_policy import KINDS_WITHOUT_STATED_DEADLINE, assumed_due_date
from ..history import change_review_state, change_status, record_event
from .outcome import Outcome
from .promisers import Promisers
from .reconciling import candidates, certain_match, propose_matches

SOURCE = "registry"
CLERK_SOURCES = ("admin", "api")
REGISTRY_STATUSES = {"open", "partly_fulfilled", "fulfilled", "lapsed"}


@dataclass(frozen=True)
class ReadDeadline:
    kind: str = DeadlineKind.NONE
    text: str = ""
    due_date: dt.date | None = None
    estimated: bool = False
    condition: str = ""
    rule: str = ""
    action: str = Action.OTHER
    subject: str = ""


def read_deadline(item: RegistryItem, calendar) -> ReadDeadline:
    """Our deadline grammar over the registry's third-person Tekst, through the engine's public API.

    Relative phrases ("binnen zes weken") count from the debate's date, the day the promise was made.
    """
    reference = item.activity_date or item.created_on or item.changed_at.date()
    found = extract(item.text, ExtractionConfig(reference_date=reference, calendar=calendar, chamber="TK")).commitments
    if not found:
        return ReadDeadline()
    first = next((c for c in found if c.deadline_kind != DeadlineKind.NONE), found[0])
    return ReadDeadline(
        kind=first.deadline_kind if first.deadline_kind in DeadlineKind.values else DeadlineKind.NONE,
        text=(first.deadline_text or "")[:500],
        due_date=first.due_date,
        estimated=bool(first.due_date_estimated),
        condition=first.condition or "",
        rule=first.rule[:100],
        action=first.action if first.action in Action.values else Action.OTHER,
        subject=(first.subject or "")[:500],
    )


class RegistryRecorder:
    """Holds what one run looks up once: the promisers and addressees already seen."""

    def __init__(self, calendar):
        self.calendar = calendar
        self.promisers = Promisers()
        self.addressees: dict[tuple[str, str], Addressee] = {}
        self.committees: dict[str, Committee] = {}
        # Days with extracted promises, read once: an entry of another day has no candidate to
        # look for (documents that arrive later are matched by reconcile_registry_only).
        self.mention_days = set(Mention.objects.values_list("document__date", flat=True).distinct())

    def forget(self) -> None:
        """After a row's transaction rolled back: rows it created may be cached, so look again."""
        self.promisers = Promisers()
        self.addressees = {}
        self.committees = {}

    def prepare(self, item: RegistryItem) -> ReadDeadline | None:
        # Outside the row's transaction: the engine's work holds no database lock.
        return None if item.deleted else read_deadline(item, self.calendar)

    def record(self, item: RegistryItem, deadline: ReadDeadline | None) -> Outcome:
        """Record the row; unchanged when it is not newer than what we hold (a second run, a resumed page)."""
        entry = RegistryEntry.objects.select_for_update().filter(registry_id=item.id).first()
        if entry is not None and entry.changed_at >= item.changed_at:
            return Outcome()
        if item.deleted:
            self._deleted(entry, item)
            return Outcome(changed=True)
        deadline = deadline or read_deadline(item, self.calendar)
        if entry is None:
            self._created(item, deadline)
        else:
            self._updated(entry, item, deadline)
        return Outcome(changed=True)

    # -- a new entry --------------------------------------------------------------------------

    def _created(self, item: RegistryItem, deadline: ReadDeadline) -> None:
        on = item.activity_date or item.created_on
        ministry = self.promisers.ministry(item.promiser, on)
        member = self.promisers.member(item.promiser, ministry, on)
        entry = RegistryEntry.objects.create(
            registry_id=item.id, changed_at=item.changed_at, **_entry_fields(item, deadline)
        )
        among = candidates(entry) if entry.activity_date in self.mention_days else []
        match = certain_match(entry, ministry, member, among)
        if match is not None:
            commitment, evidence = match
            record_event(
                commitment, "registry", "", item.number, reason=f"the registry's entry: {evidence}", source=SOURCE
            )
        else:
            commitment = self._new_commitment(item, deadline, ministry, member)
        entry.commitment = commitment
        entry.save(update_fields=["commitment"])
        self._addressees(commitment, item)
        self._committees(commitment, item)
        self._links(entry, item)
        if match is None:
            propose_matches(entry, ministry, member, among)

    def _new_commitment(self, item, deadline, ministry, member) -> Commitment:
        due_date, assumed = deadline.due_date, False
        if due_date is None and deadline.kind in KINDS_WITHOUT_STATED_DEADLINE:
            due_date = assumed_due_date(item.activity_date or item.created_on)
            assumed = due_date is not None
        status = item.status if item.status in REGISTRY_STATUSES else Status.OPEN
        fulfilled = status in (Status.FULFILLED, Status.PARTLY_FULFILLED)
        commitment = Commitment.objects.create(
            text=item.text or item.number,
            actor=(item.promiser.label if item.promiser else "")[:300],
            government_member=member,
            ministry=ministry,
            chamber=Chamber.TWEEDE_KAMER,
            addressees=(", ".join(a.abbreviation or a.name for a in item.addressees) or "Tweede Kamer")[:300],
            action=deadline.action,
            subject=deadline.subject,
            deadline_kind=deadline.kind,
            deadline_text=deadline.text,
            due_date=due_date,
            due_date_estimated=deadline.estimated,
            deadline_assumed=assumed,
            condition=deadline.condition,
            status=status,
            fulfilled_on=item.fulfilled_on if fulfilled else None,
            # The griffie registered it: no extractor guess for a clerk to confirm.
            review_state=ReviewState.CONFIRMED,
        )
        commitment.give_public_number()
        how = f"deadline read from the text by {deadline.rule}" if deadline.rule else "no deadline in the text"
        record_event(
            commitment,
            "created",
            "",
            commitment.number,
            reason=f"imported from the Kamer's registry ({item.number}); {how}",
            source=SOURCE,
        )
        if item.status not in REGISTRY_STATUSES:
            record_event(
                commitment,
                "registry_status",
                "",
                item.status_as_written or "(leeg)",
                reason="the registry gives no status; ours stays open",
                source=SOURCE,
            )
        return commitment

    # -- a changed entry ----------------------------------------------------------------------

    def _updated(self, entry: RegistryEntry, item: RegistryItem, deadline: ReadDeadline) -> None:
        fields = _entry_fields(item, deadline)
        changes = {
            name: (getattr(entry, name), value) for name, value in fields.items() if getattr(entry, name) != value
        }
        was_deleted = entry.deleted
        for name, (_, value) in changes.items():
            setattr(entry, name, value)
        entry.changed_at, entry.deleted = item.changed_at, False
        entry.save()
        commitment = entry.commitment
        if commitment is None:
            return
        if changes:
            summary = "; ".join(f"{name}: {_short(old)} → {_short(new)}" for name, (old, new) in changes.items())
            record_event(
                commitment, "registry", "", item.number, reason=f"changed in the registry: {summary}", source=SOURCE
            )
        if was_deleted:
            self._restored(commitment, item)
        if "status" in changes or "fulfilled_on" in changes:
            self._status(commitment, item)
        if {"due_date", "deadline_kind", "deadline_text"} & set(changes):
            self._deadline(commitment, deadline, item)
        self._addressees(commitment, item)
        self._committees(commitment, item)
        self._links(entry, item)

    def _status(self, commitment: Commitment, item: RegistryItem) -> None:
        if item.status not in REGISTRY_STATUSES or item.status == commitment.status:
            return
        if _clerk_decided(commitment, "status"):
            record_event(
                commitment,
                "registry_status",
                commitment.status,
                item.status,
                reason=f"{item.number}: the registry says {item.status_as_written}; the clerk's decision is kept",
                source=SOURCE,
            )
            return
        change_status(
            commitment.pk,
            item.status,
            fulfilled_on=item.fulfilled_on,
            source=SOURCE,
            reason=f"{item.number}: the registry says {item.status_as_written}",
        )

    def _deadline(self, commitment: Commitment, deadline: ReadDeadline, item: RegistryItem) -> None:
        if commitment.mentions.exists() or _clerk_decided(commitment, "due_date"):
            # An extracted commitment's deadline comes from its documents; a clerk's stays.
            record_event(
                commitment,
                "registry_deadline",
                commitment.due_date,
                deadline.due_date,
                reason=f"{item.number}: the registry's text now reads {deadline.text or 'no deadline'}; kept",
                source=SOURCE,
            )
            return
        old = commitment.due_date
        Commitment.objects.filter(pk=commitment.pk).update(
            deadline_kind=deadline.kind,
            deadline_text=deadline.text,
            due_date=deadline.due_date,
            due_date_estimated=deadline.estimated,
            deadline_assumed=False,
            condition=deadline.condition,
        )
        # The condition is part of what linking compares.
        Commitment.objects.filter(pk=commitment.pk).refresh_link_signatures()
        commitment.save(update_fields=["updated_at"])
        record_event(
            commitment,
            "due_date",
            old,
            deadline.due_date,
            reason=f"{item.number}: the registry's text changed",
            source=SOURCE,
        )

    # -- a deleted entry ----------------------------------------------------------------------

    def _deleted(self, entry: RegistryEntry | None, item: RegistryItem) -> None:
        if entry is None:
            # Deleted before we ever saw it: remember it, so it is not mistaken for new later.
            RegistryEntry.objects.create(
                registry_id=item.id, number=item.number, deleted=True, changed_at=item.changed_at
            )
            return
        entry.deleted, entry.changed_at = True, item.changed_at
        entry.save(update_fields=["deleted", "changed_at", "updated_at"])
        commitment = entry.commitment
        if commitment is None:
            return
        record_event(
            commitment, "registry", item.number, "", reason=f"{entry.number} deleted in the registry", source=SOURCE
        )
        # A promise known only from the registry is withdrawn with it, unless a clerk decided on it.
        if not commitment.mentions.exists() and not _clerk_decided(commitment, "review_state"):
            change_review_state(
                commitment.pk, ReviewState.REJECTED, reason=f"{entry.number} deleted in the registry", source=SOURCE
            )

    def _restored(self, commitment: Commitment, item: RegistryItem) -> None:
        rejected_by_registry = (
            commitment.review_state == ReviewState.REJECTED
            and commitment.events.filter(field="review_state").order_by("-id").values_list("source", flat=True).first()
            == SOURCE
        )
        if rejected_by_registry:
            change_review_state(
                commitment.pk, ReviewState.CONFIRMED, reason=f"{item.number} restored in the registry", source=SOURCE
            )

    # -- addressees and relations -------------------------------------------------------------

    def _addressees(self, commitment: Commitment, item: RegistryItem) -> None:
        for found in item.addressees:
            key = (found.kind, found.ref or found.name)
            addressee = self.addressees.get(key)
            if addressee is None:
                if found.ref:
                    addressee = Addressee.objects.get_or_create(
                        registry_id=found.ref,
                        defaults={
                            "kind": found.kind,
                            "name": found.name[:200],
                            "abbreviation": found.abbreviation[:40],
                        },
                    )[0]
                else:
                    addressee = Addressee.objects.get_or_create(
                        kind=found.kind,
                        name=found.name[:200],
                        registry_id=None,
                        defaults={"abbreviation": found.abbreviation[:40]},
                    )[0]
                self.addressees[key] = addressee
            CommitmentAddressee.objects.get_or_create(
                commitment=commitment, addressee=addressee, defaults={"source": SOURCE}
            )

    def _committees(self, commitment: Commitment, item: RegistryItem) -> None:
        for found in item.committees:
            key = found.ref or found.name
            if key not in self.committees:
                self.committees[key] = committee_row(found.name, found.abbreviation, found.ref)
            link_committee(commitment, self.committees[key], SOURCE)

    def _links(self, entry: RegistryEntry, item: RegistryItem) -> None:
        for kind, target in item.relations:
            RegistryLink.objects.get_or_create(entry=entry, kind=kind, target_registry_id=target)


def _entry_fields(item: RegistryItem, deadline: ReadDeadline) -> dict:
    promiser = item.promiser
    return {
        "number": item.number[:40],
        "activity_number": item.activity_number[:40],
        "activity_date": item.activity_date,
        "text": item.text,
        "notes": item.notes,
        "status": item.status,
        "status_as_written": item.status_as_written[:40],
        "fulfilled_on": item.fulfilled_on,
        "fulfilling": [{"ref": d.ref, "number": d.number, "title": d.title} for d in item.fulfilling],
        "promiser_name": (promiser.name if promiser else "")[:200],
        "promiser_function": (promiser.function if promiser else "")[:300],
        "promiser_ministry": (promiser.ministry if promiser else "")[:300],
        "deadline_kind": deadline.kind,
        "deadline_text": deadline.text,
        "due_date": deadline.due_date,
        "deadline_rule": deadline.rule,
    }


def _clerk_decided(commitment: Commitment, field: str) -> bool:
    return CommitmentEvent.objects.filter(commitment=commitment, field=field, source__in=CLERK_SOURCES).exists()


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def resolve_links() -> int:
    """Turn registry links whose both ends are imported into relations between commitments."""
    made = 0
    pending = RegistryLink.objects.filter(resolved=False).select_related("entry__commitment")
    for link in pending.iterator():
        target = RegistryEntry.objects.filter(registry_id=link.target_registry_id, commitment__isnull=False).first()
        source = link.entry.commitment
        if target is None or source is None:
            continue
        if target.commitment_id != source.pk:
            made += CommitmentRelation.objects.get_or_create(
                source=source, target_id=target.commitment_id, kind=link.kind
            )[1]
        RegistryLink.objects.filter(pk=link.pk).update(resolved=True)
    return made
