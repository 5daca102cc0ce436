"""One function per email; each renders subject, text and HTML templates under emails/.

Reminder emails are written in Dutch whatever the site language: their readers are clerks
and ministry staff of the Dutch parliament, and an untranslated catalogue must never turn
a reminder English.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

OPT_OUT_SALT = "commitments.reminders.opt-out"

SECTION_TITLES = {
    "overdue": "Over de termijn",
    "due": "Vandaag de termijn",
    "before_due": "Binnenkort de termijn",
    "status_request": "Verzoek om een stand van zaken",
    "overview": "Overzicht voor uw ministerie",
}


@dataclass(frozen=True)
class ReminderEntry:
    kind: str
    number: str
    text: str
    ministry: str
    due_date: dt.date | None
    days_overdue: int
    days_left: int | None
    deadline_text: str
    condition: str
    assumed: bool
    estimated: bool
    unreviewed: bool  # found by the extractor and not yet confirmed by a clerk
    quote: str
    admin_url: str

    @classmethod
    def build(cls, log, as_of: dt.date, quote: str) -> "ReminderEntry":
        c = log.commitment
        due = c.due_date
        return cls(
            kind=log.kind,
            number=c.number or f"#{c.id}",
            text=c.text,
            ministry=str(c.ministry or ""),
            due_date=due,
            days_overdue=max(0, (as_of - due).days) if due else 0,
            days_left=(due - as_of).days if due and due >= as_of else None,
            deadline_text=c.deadline_text,
            condition=c.condition,
            assumed=c.deadline_assumed,
            estimated=c.due_date_estimated,
            unreviewed=c.review_state == "proposed",
            quote=quote,
            admin_url=settings.SITE_URL + reverse("admin:commitments_commitment_change", args=[c.id]),
        )


def opt_out_token(email: str) -> str:
    # Signed, not stored: every link keeps working, and nobody can pause someone else's mail.
    return signing.dumps(email.strip().lower(), salt=OPT_OUT_SALT, compress=True)


def email_from_token(token: str) -> str:
    return signing.loads(token, salt=OPT_OUT_SALT)


def opt_out_url(email: str) -> str:
    return settings.SITE_URL + reverse("reminder-opt-out", args=[opt_out_token(email)])


def reminder_digest(digest, entries: list[ReminderEntry], connection=None) -> EmailMultiAlternatives:
    sections = [
        {"kind": kind, "title": title, "entries": [e for e in entries if e.kind == kind]}
        for kind, title in SECTION_TITLES.items()
    ]
    context = {
        "as_of": digest.as_of,
        "sections": [s for s in sections if s["entries"]],
        "count": len(entries),
        "overdue_count": sum(1 for e in entries if e.days_overdue > 0),
        "opt_out_url": opt_out_url(digest.recipient),
        "site_url": settings.SITE_URL,
    }
    with translation.override("nl"):  # month names in dates
        subject = " ".join(render_to_string("commitments/emails/reminder_digest-subject.txt", context).split())
        text = render_to_string("commitments/emails/reminder_digest-body.txt", context)
        html = render_to_string("commitments/emails/reminder_digest-body.html", context)
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
    message = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [digest.recipient],
        connection=connection,
        headers={
            # Stable per digest: a resend after a crash in the send window is recognisably the same mail.
            "Message-ID": f"<reminder-digest-{digest.id}@{domain}>",
            "List-Unsubscribe": f"<{context['opt_out_url']}>",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message
