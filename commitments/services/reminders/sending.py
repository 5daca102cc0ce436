"""The reminder sweep's sending half: each planned digest is claimed, sent once and marked.

Claiming is a conditional UPDATE (pending, or sending with an expired lease, to sending with
a fresh token) that must touch exactly one row: of two workers reaching the same digest,
one wins and the other moves on. Marking sent happens right after the SMTP server accepts.

The window no design closes lies between the server's acceptance and that mark. A sender
that dies inside it leaves the digest in `sending`; when the lease expires the digest is
claimed again and sent a second time. We err on the side of a duplicate because the
opposite (marking sent before sending) would, after the same crash, silently drop a
reminder about a promise to parliament, and a missed deadline costs more than a second
email. The duplicate carries the same Message-ID, so mail systems that deduplicate show it
once. The window is kept to one UPDATE statement with no other work in it.
"""

import datetime as dt
import logging
import uuid
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from ... import emails
from ...models import Mention, ReminderDigest, ReminderLog, ReminderOptOut
from ...models.querysets import OPEN_STATUSES
from ...models.reminders import DigestState, ReminderState
from . import planning

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    as_of: str
    planned: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    taken: int = 0
    recipients: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def run(as_of: dt.date, *, dry_run: bool = False) -> RunReport:
    planned = planning.plan(as_of, dry_run=dry_run)
    report = RunReport(as_of=as_of.isoformat(), planned=len(planned), recipients=[d.recipient for d in planned])
    if not dry_run:
        send_pending(report)
    return report


def _claimable(now) -> Q:
    lease = dt.timedelta(seconds=settings.REMINDER_CLAIM_LEASE_SECONDS)
    return Q(state=DigestState.PENDING) | Q(state=DigestState.SENDING, claimed_at__lt=now - lease)


def send_pending(report: RunReport | None = None) -> RunReport:
    """Send every digest that is waiting, including those a dead sender left behind."""
    report = report or RunReport(as_of=timezone.localdate().isoformat())
    ids = list(ReminderDigest.objects.filter(_claimable(timezone.now())).order_by("id").values_list("id", flat=True))
    if not ids:
        return report
    connection = get_connection()
    try:
        for digest_id in ids:
            outcome = send_digest(digest_id, connection)
            setattr(report, outcome, getattr(report, outcome) + 1)
    finally:
        connection.close()
    return report


def send_digest(digest_id: int, connection=None) -> str:
    """Claim, render, send and mark one digest. Returns sent, skipped, failed or taken."""
    token = uuid.uuid4().hex
    now = timezone.now()
    claimed = ReminderDigest.objects.filter(_claimable(now), pk=digest_id).update(
        state=DigestState.SENDING, claim_token=token, claimed_at=now, attempts=F("attempts") + 1
    )
    if claimed != 1:
        return "taken"
    digest = ReminderDigest.objects.get(pk=digest_id)
    # Honoured at sending too, so a pause clicked after planning still stops today's email.
    if _silenced(digest.recipient):
        _finish(digest, token, DigestState.SKIPPED, ReminderState.SKIPPED, "paused or unsubscribed")
        return "skipped"
    entries, closed = _entries(digest)
    if closed:
        ReminderLog.objects.filter(digest=digest, commitment_id__in=closed).update(
            state=ReminderState.SKIPPED, error="closed before sending"
        )
    if not entries:
        _finish(digest, token, DigestState.SKIPPED, ReminderState.SKIPPED, "nothing left to remind about")
        return "skipped"
    message = emails.reminder_digest(digest, entries, connection=connection)
    try:
        message.send()
    except Exception as exc:  # any refusal or network failure: give the digest back for a retry
        log.warning("reminder digest %s to %s not sent: %s", digest.id, digest.recipient, exc)
        state = DigestState.FAILED if digest.attempts >= settings.REMINDER_MAX_ATTEMPTS else DigestState.PENDING
        ReminderDigest.objects.filter(pk=digest.id, claim_token=token).update(state=state, error=str(exc)[:2000])
        if state == DigestState.FAILED:
            ReminderLog.objects.filter(digest=digest, state=ReminderState.CLAIMED).update(
                state=ReminderState.FAILED, error=str(exc)[:2000]
            )
        return "failed"
    # The window: accepted by the server, not yet recorded. Nothing else happens here.
    _finish(digest, token, DigestState.SENT, ReminderState.SENT, "")
    return "sent"


def _finish(digest, token, digest_state, item_state, error):
    now = timezone.now()
    with transaction.atomic():
        ReminderDigest.objects.filter(pk=digest.id, claim_token=token).update(
            state=digest_state, sent_at=now if digest_state == DigestState.SENT else None, error=error
        )
        ReminderLog.objects.filter(digest=digest, state=ReminderState.CLAIMED).update(
            state=item_state, sent_at=now if item_state == ReminderState.SENT else None, error=error
        )


def _silenced(email: str) -> bool:
    opt_out = ReminderOptOut.objects.filter(email__iexact=email).first()
    return bool(opt_out and opt_out.silences(timezone.localdate()))


def _entries(digest):
    """The digest's items with their commitments and first quotes; and the ids closed meanwhile."""
    logs = list(
        ReminderLog.objects.filter(digest=digest, state=ReminderState.CLAIMED)
        .select_related("commitment", "commitment__ministry")
        .order_by("kind", "commitment__due_date", "commitment_id")
    )
    open_logs, closed = [], []
    for item in logs:
        c = item.commitment
        if c.status in OPEN_STATUSES and c.merged_into_id is None and c.review_state != "rejected":
            open_logs.append(item)
        else:
            closed.append(c.id)
    quotes: dict[int, str] = {}
    mention_rows = (
        Mention.objects.filter(commitment_id__in=[item.commitment_id for item in open_logs])
        .order_by("commitment_id", "document__date", "start")
        .values_list("commitment_id", "quote")
    )
    for commitment_id, quote in mention_rows:
        quotes.setdefault(commitment_id, quote)
    return [
        emails.ReminderEntry.build(item, digest.as_of, quotes.get(item.commitment_id, "")) for item in open_logs
    ], closed
