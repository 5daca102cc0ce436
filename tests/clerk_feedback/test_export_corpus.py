"""manage.py export_corpus writes fully reviewed documents as corpus files the scorer reads."""

import datetime as dt
import io
import json

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from bench.score_corpus import in_process_runner, score
from commitments.models import Mention
from commitments.services.history import change_review_state
from commitments.services.missed import MissedPromise, record_missed_commitment

pytestmark = pytest.mark.django_db


def export(directory, *args):
    out = io.StringIO()
    call_command("export_corpus", str(directory), *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "corpus"


@pytest.fixture
def reviewed(letter):
    """One confirmed, one rejected and one clerk-added mention: every mention of the letter decided."""
    first, second = Mention.objects.filter(document=letter).order_by("start")
    change_review_state(first.commitment_id, "confirmed")
    change_review_state(second.commitment_id, "rejected", reason="dit is geen nieuwe belofte")
    start = letter.text.find("Het kabinet staat hiertoe")
    record_missed_commitment(letter.pk, MissedPromise(start, letter.text.index("Europese Unie.", start) + 14))
    return letter


def test_the_scorer_reads_the_export_with_no_error_holding_two_commitments_and_one_decoy(reviewed, folder):
    export(folder)
    label = json.loads((folder / "001.json").read_text(encoding="utf-8"))
    assert (len(label["commitments"]), len(label["decoys"])) == (2, 1)
    assert (folder / "001.txt").read_text(encoding="utf-8") == reviewed.text
    result = score(folder, in_process_runner())
    assert result.overall.errors == []
    assert result.overall.tp + result.overall.fn == 2


def test_a_decoy_says_why_the_clerk_rejected_it(reviewed, folder):
    export(folder)
    label = json.loads((folder / "001.json").read_text(encoding="utf-8"))
    assert label["decoys"][0]["why"] == "dit is geen nieuwe belofte"


def test_deadlines_are_taken_as_the_clerk_left_them(reviewed, folder):
    from commitments.services.history import change_deadline

    mention = (
        Mention.objects.filter(document=reviewed, commitment__review_state="confirmed").exclude(rule="clerk").get()
    )
    change_deadline(mention.commitment_id, dt.date(2026, 7, 3), reason="afgesproken")
    export(folder)
    label = json.loads((folder / "001.json").read_text(encoding="utf-8"))
    item = next(c for c in label["commitments"] if c["quote"] == mention.quote)
    assert item["deadline"] == "2026-07-03"


def test_a_document_with_a_promise_still_to_review_is_not_exported(letter, folder):
    first = Mention.objects.filter(document=letter).order_by("start").first()
    change_review_state(first.commitment_id, "confirmed")
    assert "0 documents exported" in export(folder)
    assert not folder.exists() or not list(folder.iterdir())


def test_exporting_again_writes_nothing_new_and_never_overwrites(reviewed, folder):
    export(folder)
    assert "0 documents exported" in export(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["001.json", "001.txt"]


def test_numbers_continue_after_those_already_in_the_folder(reviewed, folder):
    folder.mkdir()
    (folder / "041.txt").write_text("een ander document", encoding="utf-8")
    export(folder)
    assert (folder / "042.json").exists()


def test_since_leaves_out_documents_decided_before_that_day(letter, folder):
    with time_machine.travel(dt.datetime(2026, 1, 10, 12, tzinfo=dt.timezone.utc)):
        for mention in Mention.objects.filter(document=letter):
            change_review_state(mention.commitment_id, "confirmed")
    assert "0 documents exported" in export(folder, "--since", "2026-02-01")
    assert "1 documents exported" in export(folder, "--since", "2026-01-10")


def test_a_bad_since_is_a_clear_error(folder):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        export(folder, "--since", "gisteren")
