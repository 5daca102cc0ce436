"""A promise the extractor missed, recorded by a clerk from a span of a document's text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from ..models import Commitment, Document, Mention
from ..models.choices import Action, DeadlineKind, ReviewState
from .columns import fit
from .history import ChangeRefused, record_event

# The rule name a clerk-added mention carries, so the extraction report can count what the engine missed.
CLERK_RULE = "clerk"


@dataclass(frozen=True)
class MissedPromise:
    """What the clerk selected and what they said about it; only the span is required."""

    start: int
    end: int
    selected_text: str = ""
    action: str = Action.OTHER
    actor: str = ""
    subject: str = ""
    deadline_text: str = ""
    due_date: dt.date | None = None
    condition: str = ""


def locate_span(text: str, start: int, end: int, selected_text: str) -> tuple[int, int]:
    """The span of the clerk's selection in the document's text, trimmed of surrounding whitespace.

    A browser counts offsets in UTF-16 code units and may include or drop a line break at the
    edges, so where the selected text is given and the offsets do not hold it exactly, the
    occurrence of that text nearest to the offsets wins.
    """
    wanted = selected_text.strip()
    if wanted and text[start:end].strip() != wanted:
        found = [i for i in _occurrences(text, wanted)]
        if not found:
            raise ChangeRefused("De geselecteerde tekst staat niet in het document.")
        start = min(found, key=lambda i: abs(i - start))
        end = start + len(wanted)
    if not 0 <= start < end <= len(text):
        raise ChangeRefused("De selectie valt buiten de tekst van het document.")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ChangeRefused("De selectie bevat geen tekst.")
    return start, end


def _occurrences(text: str, wanted: str):
    at = text.find(wanted)
    while at != -1:
        yield at
        at = text.find(wanted, at + 1)


@transaction.atomic
def record_missed_commitment(document_id: int, missed: MissedPromise, *, user=None) -> Commitment:
    """Store the selected span as a confirmed commitment with one mention by rule `clerk`."""
    document = Document.objects.select_for_update().get(pk=document_id)
    start, end = locate_span(document.text, missed.start, missed.end, missed.selected_text)
    overlapping = Mention.objects.filter(document=document, start__lt=end, end__gt=start).first()
    if overlapping is not None:
        raise ChangeRefused(
            f"Deze tekst is al gevonden als toezegging {overlapping.commitment.number or overlapping.commitment_id}."
        )
    if missed.action not in Action.values:
        raise ChangeRefused(f"Onbekende actie {missed.action!r}.")
    quote = document.text[start:end]
    if missed.due_date is not None:
        kind = DeadlineKind.DATE
    elif missed.condition.strip():
        kind = DeadlineKind.EVENT
    else:
        kind = DeadlineKind.NONE
    commitment = Commitment.objects.create(
        text=" ".join(quote.split()),
        actor=fit(Commitment, "actor", missed.actor.strip()),
        ministry=document.ministry,
        chamber=document.chamber,
        addressees="Tweede Kamer" if document.chamber == "TK" else "Eerste Kamer",
        action=missed.action,
        subject=fit(Commitment, "subject", missed.subject.strip()),
        deadline_kind=kind,
        deadline_text=fit(Commitment, "deadline_text", missed.deadline_text.strip()),
        due_date=missed.due_date,
        condition=missed.condition.strip(),
        # The clerk found it by reading: there is nothing left to review.
        review_state=ReviewState.CONFIRMED,
    )
    commitment.give_public_number()
    # Its link signature (Commitment.save) holds the quote's words already: the text is the quote.
    Mention.objects.create(
        commitment=commitment,
        document=document,
        quote=quote,
        start=start,
        end=end,
        rule=CLERK_RULE,
        confidence=1.0,
        deadline_text=commitment.deadline_text,
        condition=commitment.condition,
    )
    record_event(
        commitment,
        "created",
        "",
        commitment.number,
        user=user,
        reason=f"gemiste toezegging toegevoegd uit {document}",
        source="clerk",
    )
    return commitment
