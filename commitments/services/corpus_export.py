"""Documents a clerk has fully reviewed, written out as labelled corpus files (tests/corpus's format).

Confirmed mentions (the extractor's and the clerk-added ones) become commitments, mentions of
rejected commitments become decoys, and deadlines and conditions are taken as the clerk left
them. So every review in production can grow the corpus the engine is measured on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Exists, Max, OuterRef, Q

from ..models import CommitmentEvent, Document, Mention
from ..models.choices import ReviewState


@dataclass(frozen=True)
class ExportResult:
    written: list[Path]
    skipped_already_there: int


def reviewed_documents(since: dt.date | None = None):
    """Documents with at least one mention and none whose commitment still awaits review."""
    pending = Mention.objects.filter(document=OuterRef("pk"), commitment__review_state=ReviewState.PROPOSED)
    documents = Document.objects.filter(mentions__isnull=False).exclude(Exists(pending)).distinct().order_by("id")
    if since is not None:
        # The day of the last decision on any of its commitments (a clerk-added mention is one).
        decided = (
            CommitmentEvent.objects.filter(commitment__mentions__document=OuterRef("pk"))
            .filter(Q(field="review_state") | Q(field="created", source="clerk"))
            .values("commitment__mentions__document")
            .annotate(last=Max("created_at"))
            .values("last")
        )
        documents = documents.annotate(last_decision=decided).filter(last_decision__date__gte=since)
    return documents


def export_corpus(directory: Path, since: dt.date | None = None) -> ExportResult:
    """Write NNN.txt + NNN.json for every fully reviewed document not yet in the directory.

    Numbers continue after the highest already in the directory, and a document whose text is
    already there (by hash) is skipped, so exporting into an existing corpus never overwrites it.
    """
    directory.mkdir(parents=True, exist_ok=True)
    present = {_digest(p.read_text(encoding="utf-8")) for p in directory.glob("*.txt")}
    number = max((int(p.stem) for p in directory.glob("*.txt") if p.stem.isdigit()), default=0)
    written, skipped = [], 0
    for document in reviewed_documents(since):
        if _digest(document.text) in present:
            skipped += 1
            continue
        number += 1
        stem = directory / f"{number:03d}"
        stem.with_suffix(".txt").write_text(document.text, encoding="utf-8")
        label = corpus_label(document)
        stem.with_suffix(".json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        present.add(_digest(document.text))
        written.append(stem.with_suffix(".json"))
    return ExportResult(written, skipped)


def corpus_label(document: Document) -> dict:
    commitments: list[dict] = []
    decoys: list[dict] = []
    first_index: dict[int, int] = {}
    mentions = Mention.objects.filter(document=document).select_related("commitment").order_by("start", "id")
    for mention in mentions:
        commitment = mention.commitment
        quote = document.text[mention.start : mention.end]
        if commitment.review_state == ReviewState.REJECTED:
            decoys.append({"quote": quote, "why": _rejection_reason(commitment)})
            continue
        item = {
            "quote": quote,
            "actor": commitment.actor or None,
            "action": commitment.action,
            "subject": commitment.subject or None,
            "deadline_text": commitment.deadline_text or None,
            "deadline": commitment.due_date.isoformat() if commitment.due_date else None,
            "condition": commitment.condition or None,
            "recurring": commitment.recurring,
            "refers_to_earlier": mention.refers_to_earlier,
            "rule": mention.rule,
            "number": commitment.number,
        }
        if commitment.pk in first_index:
            item["same_as"] = first_index[commitment.pk]
        else:
            first_index[commitment.pk] = len(commitments)
        commitments.append(item)
    return {
        "source": _source(document),
        "type": document.kind,
        "date": document.date.isoformat() if document.date else None,
        "excerpt": False,
        "commitments": commitments,
        "decoys": decoys,
        "notes": "Exported from the tracker after a clerk reviewed every mention; "
        "deadlines and conditions as the clerk left them.",
    }


def _rejection_reason(commitment) -> str:
    event = (
        CommitmentEvent.objects.filter(commitment=commitment, field="review_state", new_value=ReviewState.REJECTED)
        .order_by("-created_at", "-id")
        .first()
    )
    return (event.reason if event and event.reason else "") or "afgewezen door een griffier"


def _source(document: Document) -> str:
    where = document.source_url or document.original_name or document.title or "tracker document"
    return re.sub(r"\s+", " ", f"{where} (sha256 {document.sha256})")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
