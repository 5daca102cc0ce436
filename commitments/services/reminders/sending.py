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

A send that fails is one of two kinds. The server refused the message for good (a 5xx reply):
the digest is `failed` at once, shown in the admin, and sent again only when a clerk asks. Or
there was no server to take it (connection refused, a timeout, a dropped connection, a 4xx
"try later"): the digest goes back to `pending` with a backoff (REMINDER_RETRY_SECONDS, doubling
up to REMINDER_RETRY_MAX_SECONDS) and the outbox sweep (`send_waiting`, every
REMINDER_SWEEP_SECONDS) sends it once the server is back, however long the outage lasts.
"""

import datetime as dt
import logging
import smtplib
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
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    return Q(due, state=DigestState.PENDING) | Q(state=DigestState.SENDING, claimed_at__lt=now - lease)


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
    except Exception as exc:  # a refusal or no server: recorded, never raised into the sweep
        log.warning("reminder digest %s to %s not sent: %s", digest.id, digest.recipient, exc)
        error = describe(exc)[:2000]
        if refused_for_good(exc):
            ReminderDigest.objects.filter(pk=digest.id, claim_token=token).update(state=DigestState.FAILED, error=error)
            ReminderLog.objects.filter(digest=digest, state=ReminderState.CLAIMED).update(
                state=ReminderState.FAILED, error=error
            )
        else:
            ReminderDigest.objects.filter(pk=digest.id, claim_token=token).update(
                state=DigestState.PENDING, error=error, next_attempt_at=timezone.now() + backoff(digest.attempts)
            )
        return "failed"
    # The window: accepted by the server, not yet recorded. Nothing else happens here.
    _finish(digest, token, DigestState.SENT, ReminderState.SENT, "")
    return "sent"


def refused_for_good(error: Exception) -> bool:
    """A 5xx reply: the server took the connection and refused this message. Anything else (no
    server, a timeout, a dropped connection, a 4xx) may pass later."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(500 <= code < 600 for code in codes)
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


def describe(error: Exception) -> str:
    """What the admin shows: the server's reply as it wrote it ("554 5.7.1 ..."), or the failure."""
    if isinstance(error, smtplib.SMTPResponseException):
        reply = (
            error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        )
        return f"{error.smtp_code} {reply}"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def backoff(attempts: int) -> dt.timedelta:
    """The wait before attempt attempts + 1: REMINDER_RETRY_SECONDS, doubling, at most REMINDER_RETRY_MAX_SECONDS."""
    seconds = settings.REMINDER_RETRY_SECONDS * 2 ** max(attempts - 1, 0)
    return dt.timedelta(seconds=min(seconds, settings.REMINDER_RETRY_MAX_SECONDS))


def send_again(digest_ids) -> int:
    """A clerk's "send again": failed (or waiting) digests become due now, their items claimed again.
    Returns how many; the caller queues the sweep that sends them."""
    with transaction.atomic():
        ids = list(
            ReminderDigest.objects.filter(
                pk__in=digest_ids, state__in=[DigestState.FAILED, DigestState.PENDING]
            ).values_list("id", flat=True)
        )
        ReminderLog.objects.filter(digest_id__in=ids, state=ReminderState.FAILED).update(
            state=ReminderState.CLAIMED, error=""
        )
        ReminderDigest.objects.filter(pk__in=ids).update(state=DigestState.PENDING, next_attempt_at=None)
    return len(ids)


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
