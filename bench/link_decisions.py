"""Print what recording decides when documents are ingested one after another into an empty store.

Usage: python bench/link_decisions.py [--reverse] [PATH ...]   (default: seeds/ then tests/corpus/*.txt)

Each commitment with its mentions (file:start-end rule), the relations between commitments,
the fulfilment proposals, deadline changes and the history's entries, in a text that does not
depend on timestamps. Run it before and after a change to recording or linking and diff the
two outputs: identical output means identical linking decisions. It uses a fresh SQLite
database in a temporary folder (eager tasks), never the configured one.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = tempfile.mkdtemp(prefix="link-decisions-")
os.environ.pop("DATABASE_URL", None)
os.environ.pop("CELERY_BROKER_URL", None)
os.environ["TRACKER_VAR_DIR"] = TMP
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
sys.path.insert(0, str(ROOT))

import django  # noqa: E402


def default_paths() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))


def ingest(paths: list[Path]) -> None:
    from commitments.services.ingesting import ingest_path
    from commitments.tasks import extract_ingested

    for path in paths:
        run = extract_ingested(ingest_path(path))
        if run.status not in ("ingested", "unchanged"):
            print(f"# {path.name}: {run.status} {run.failure_code}", file=sys.stderr)


def describe() -> list[str]:
    from commitments.models import Commitment, CommitmentEvent, CommitmentRelation, Fulfilment, Mention

    lines: list[str] = []
    mentions: dict[int, list[str]] = {}
    for m in Mention.objects.select_related("document").order_by("commitment_id", "document_id", "start"):
        mentions.setdefault(m.commitment_id, []).append(f"{m.document.original_name}:{m.start}-{m.end} {m.rule}")
    for c in Commitment.objects.select_related("ministry").order_by("pk"):
        lines.append(
            f"C {c.number} [{c.ministry.name if c.ministry else '-'}] {c.status}/{c.review_state} {c.action} "
            f"{c.deadline_kind} due={c.due_date} rec={c.recurring} basis={c.legal_basis!r} "
            f"text={' '.join(c.text.split())[:90]!r}"
        )
        lines.extend(f"  M {m}" for m in mentions.get(c.pk, []))
    for r in CommitmentRelation.objects.select_related("source", "target", "document").order_by("pk"):
        lines.append(f"R {r.source.number} {r.kind} {r.target.number} in {r.document and r.document.original_name}")
        lines.append(f"  note={r.note!r}")
    for f in Fulfilment.objects.select_related("commitment", "document").order_by("pk"):
        lines.append(f"F {f.commitment.number} {f.document.original_name} {f.extent} {f.state}")
    for e in CommitmentEvent.objects.select_related("commitment").order_by("pk"):
        lines.append(f"E {e.commitment.number} {e.field} {e.old_value!r} -> {e.new_value!r} {e.source}: {e.reason!r}")
    return lines


def main(argv: list[str]) -> None:
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    reverse = "--reverse" in argv
    paths = [Path(p) for p in argv if p != "--reverse"] or default_paths()
    if reverse:
        # The other order links other pairs: a later letter recorded first, its promise restated by an earlier one.
        paths.reverse()
    ingest(paths)
    print("\n".join(describe()))


if __name__ == "__main__":
    main(sys.argv[1:])
