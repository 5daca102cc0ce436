"""What the commitment page shows beside its form: sources in context, relations, fulfilments, history."""

import re
from dataclasses import dataclass, replace

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..models import Commitment, CommitmentEvent, CommitmentRelation, Document, Fulfilment, Mention
from ..models.choices import RelationKind, ReviewState, Status

CONTEXT_CHARS = 300
# History stores the slugs; the clerk reads the labels in her own language.
LABELS = {"status": dict(Status.choices), "review_state": dict(ReviewState.choices)}
# History fields that are not a column of the commitment.
FIELD_LABELS = {
    "created": _("created"),
    "mention": _("mention"),
    "merged": _("merged"),
    "merged_into": _("merged into"),
    "fulfilment": _("fulfilment"),
    "relation": _("relation"),
}
# Reasons the system writes, stored in English as data; shown in the clerk's language.
REASON_PARTS = [
    (re.compile(r"^restated: "), _("restated: ")),
    (re.compile(r"^extracted from "), _("extracted from ")),
    (re.compile(r"(\d+) shared content words"), _("%(n)s shared content words")),
    (re.compile(r"same legal basis \("), _("same legal basis (")),
    (re.compile(r"\bboth recurring\b"), _("both recurring")),
    (re.compile(r"same deadline kind \("), _("same deadline kind (")),
    (re.compile(r"the sentence refers to an earlier promise"), _("the sentence refers to an earlier promise")),
    (re.compile(r"^(repeats|supplements) "), None),
]


@dataclass(frozen=True)
class Passage:
    mention: Mention
    before: str
    quote: str
    after: str
    ellipsis_before: bool
    ellipsis_after: bool
    # Other places (copies of the document, a repeated sentence) that show this very extract.
    also_in: tuple = ()


def passage(mention: Mention, text: str) -> Passage:
    """The mention's span in its document with some text either side, cut at word boundaries."""
    start, end = mention.start, mention.end
    if not text or end > len(text) or text[start:end].strip() == "":
        # The stored text changed (or is missing): fall back to the quote alone.
        return Passage(mention, "", mention.quote, "", False, False)
    first = max(0, start - CONTEXT_CHARS)
    last = min(len(text), end + CONTEXT_CHARS)
    before, after = text[first:start], text[end:last]
    if first > 0 and " " in before:
        before = before[before.index(" ") + 1 :]
    if last < len(text) and " " in after:
        after = after[: after.rindex(" ")]
    return Passage(mention, before, text[start:end], after, first > 0, last < len(text))


def commitment_panels(commitment) -> dict:
    mentions = list(Mention.objects.filter(commitment=commitment).order_by("document_id", "start"))
    texts = dict(Document.objects.filter(pk__in={m.document_id for m in mentions}).values_list("pk", "text"))
    documents = {d.pk: d for d in Document.objects.filter(pk__in=texts).defer("text")}
    passages: dict[tuple, Passage] = {}
    for mention in mentions:
        mention.document = documents[mention.document_id]
        shown = passage(mention, texts.get(mention.document_id, ""))
        # One extract is shown once, however many places give it word for word.
        same = " ".join(f"{shown.before}\x00{shown.quote}\x00{shown.after}".split())
        if same in passages:
            first = passages[same]
            passages[same] = replace(first, also_in=(*first.also_in, mention.document))
        else:
            passages[same] = shown
    relations = (
        CommitmentRelation.objects.filter(Q(source=commitment) | Q(target=commitment))
        .select_related("source", "target", "document")
        .order_by("created_at")
    )
    return {
        "passages": list(passages.values()),
        "relations": list(relations),
        "merged": list(commitment.merged.all()),
        "fulfilments": list(
            Fulfilment.objects.filter(commitment=commitment)
            .select_related("document", "decided_by")
            .defer("document__text")
        ),
        "events": [
            _labelled(event) for event in CommitmentEvent.objects.filter(commitment=commitment).select_related("user")
        ],
    }


def _labelled(event):
    labels = LABELS.get(event.field, {})
    event.field_label = field_label(event.field)
    event.old_label = labels.get(event.old_value, event.old_value)
    event.new_label = labels.get(event.new_value, event.new_value)
    event.reason_label = reason_label(event.reason)
    return event


def field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return str(FIELD_LABELS[field])
    try:
        return str(Commitment._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:
        return field


def reason_label(reason: str) -> str:
    for pattern, label in REASON_PARTS:
        if label is None:
            reason = pattern.sub(lambda m: str(dict(RelationKind.choices)[m.group(1)]) + " ", reason)
        elif "%(n)s" in str(label):
            reason = pattern.sub(lambda m, label=label: str(label) % {"n": m.group(1)}, reason)
        else:
            reason = pattern.sub(lambda m, label=label: str(label), reason)
    return reason
