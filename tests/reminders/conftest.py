"""Fixtures for the reminder tests: commitments with a given deadline, and one sweep per call."""

import datetime as dt
import itertools

import pytest

from commitments.models import Commitment, Document, Mention, Ministry
from commitments.services.reminders import sending

_numbers = itertools.count(1)


@pytest.fixture
def ministry(db):
    # Seeded by a data migration, but a real-worker test's flush empties the table for the tests after it.
    return Ministry.objects.get_or_create(name="Binnenlandse Zaken en Koninkrijksrelaties")[0]


@pytest.fixture
def make_commitment(db, ministry):
    def make(due_date=None, *, deadline_kind="date", quote="", dossier="", created=None, **fields):
        n = next(_numbers)
        commitment = Commitment.objects.create(
            number=f"TZ{n:05d}",
            text=fields.pop("text", f"De minister stuurt de Kamer brief {n}."),
            deadline_kind=deadline_kind,
            due_date=due_date,
            ministry=fields.pop("ministry", ministry),
            **fields,
        )
        if created:
            Commitment.objects.filter(pk=commitment.pk).update(
                created_at=dt.datetime.combine(created, dt.time(12), tzinfo=dt.timezone.utc)
            )
        if quote or dossier:
            document = Document.objects.create(sha256=f"{n:064d}", dossier=dossier, date=dt.date(2026, 1, 5))
            Mention.objects.create(
                commitment=commitment,
                document=document,
                quote=quote or commitment.text,
                start=0,
                end=10,
                rule="test",
                confidence=0.9,
            )
        return commitment

    return make


@pytest.fixture
def clerks(settings):
    settings.REMINDER_DEFAULT_RECIPIENTS = ["griffie@tweedekamer.example"]
    return "griffie@tweedekamer.example"


@pytest.fixture
def sweep(mailoutbox):
    """Run the whole sweep for one day and return the emails it sent."""

    def run(as_of: dt.date):
        before = len(mailoutbox)
        sending.run(as_of)
        return mailoutbox[before:]

    return run


class Inbox:
    """What a real SMTP server on loopback accepted, and a way to hold one message in MAIL FROM."""

    def __init__(self):
        import threading

        self.messages = []
        self.mail_commands = 0
        self.hold_mail_number = None  # the n-th MAIL FROM waits `hold_seconds` before answering
        self.hold_seconds = 0.0
        self.per_message_delay = 0.0
        self.data_reply = None  # e.g. "554 5.7.1 rejected" or "451 4.3.0 try later": every DATA refused so
        self.holding = threading.Event()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        import asyncio

        self.mail_commands += 1
        if self.mail_commands == self.hold_mail_number:
            self.holding.set()
            await asyncio.sleep(self.hold_seconds)
        elif self.per_message_delay:
            await asyncio.sleep(self.per_message_delay)
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        if self.data_reply:
            return self.data_reply
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def recipients(self):
        return [m["To"] for m in self.messages]


@pytest.fixture
def smtp_server():
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    inbox.port = port
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.env = {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port), "EMAIL_USE_TLS": "false", "EMAIL_TIMEOUT": "30"}
    try:
        yield inbox
    finally:
        controller.stop()
