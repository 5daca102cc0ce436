"""manage.py ingest: files and folders in, documents stored once, every failure recorded and explained."""

import io
import shutil

import pytest
from django.core.management import call_command

from commitments.models import Commitment, Document, IngestRun, Mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingest(on_commit_runs):
    def run(*paths):
        out, err = io.StringIO(), io.StringIO()
        code = 0
        try:
            on_commit_runs(call_command, "ingest", *map(str, paths), stdout=out, stderr=err)
        except SystemExit as exit:
            code = exit.code
        return code, out.getvalue(), err.getvalue()

    return run


def test_it_stores_a_seed_and_extracts_its_commitments(ingest, seed_paths):
    code, out, _ = ingest(seed_paths[0])
    assert code == 0
    document = Document.objects.get()
    assert document.ingest_status == "done"
    assert document.original.read() == seed_paths[0].read_bytes()
    assert Mention.objects.filter(document=document).count() >= 2
    assert IngestRun.objects.get().status == "ingested"
    assert "ingested" in out


def test_ingesting_the_same_file_again_changes_nothing(ingest, seed_paths):
    ingest(seed_paths[0])
    before = (Document.objects.count(), Commitment.objects.count(), Mention.objects.count())
    code, out, _ = ingest(seed_paths[0])
    assert code == 0
    assert (Document.objects.count(), Commitment.objects.count(), Mention.objects.count()) == before
    assert list(IngestRun.objects.order_by("id").values_list("status", flat=True)) == ["ingested", "unchanged"]


def test_a_missing_file_is_a_clear_failure_and_stores_nothing(ingest, tmp_path):
    code, _, err = ingest(tmp_path / "bestaat-niet.txt")
    assert code == 1
    assert "Bestand niet gevonden" in err
    assert not Document.objects.exists()
    assert IngestRun.objects.get().failure_code == "not_found"


def test_an_empty_file_is_a_clear_failure_and_stores_nothing(ingest, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    code, _, err = ingest(empty)
    assert code == 1
    assert "leeg.txt" in err and "[empty]" in err
    assert not Document.objects.exists()


def test_a_folder_with_junk_ingests_the_good_files_and_explains_the_rest(ingest, tmp_path, seed_paths):
    shutil.copy(seed_paths[0], tmp_path / "antwoorden.txt")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "rommel.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "sub").mkdir()
    shutil.copy(seed_paths[1], tmp_path / "sub" / "brief.txt")
    code, out, err = ingest(tmp_path)
    assert code == 1
    assert Document.objects.count() == 2
    failed = dict(IngestRun.objects.filter(status="failed").values_list("source", "failure_code"))
    assert set(failed) == {str(tmp_path / "leeg.txt"), str(tmp_path / "rommel.bin")}
    assert failed[str(tmp_path / "leeg.txt")] == "empty"
    assert "ingested" in out and "failed" in out
    assert "rommel.bin" in err


def test_the_summary_counts_ingested_unchanged_and_failed(ingest, tmp_path, seed_paths):
    ingest(seed_paths[0])
    (tmp_path / "leeg.txt").write_bytes(b"")
    _, out, _ = ingest(seed_paths[0], seed_paths[1], tmp_path / "leeg.txt")
    rows = [line.rsplit(None, 1) for line in out.splitlines() if line.strip() and line.split()[-1].isdigit()]
    summary = {label.strip(): int(value) for label, value in rows}
    assert (summary["ingested"], summary["unchanged"], summary["failed"], summary["empty"]) == (1, 1, 1, 1)


def test_a_file_ingested_again_never_finishes_before_it_started(ingest, seed_paths):
    ingest(seed_paths[0])
    ingest(seed_paths[0])
    again = IngestRun.objects.get(status="unchanged")
    assert again.finished_at >= again.started_at


def test_a_folder_shows_each_file_as_n_of_total(ingest, seed_paths, tmp_path):
    for path in seed_paths:
        shutil.copy(path, tmp_path / path.name)
    _, out, _ = ingest(tmp_path)
    total = len(seed_paths)
    assert f"[1/{total}]" in out and f"[{total}/{total}]" in out


@pytest.mark.parametrize(
    "done, total, elapsed, shown",
    [(1, 200, 2.0, "[  1/200] ETA 6m38s"), (150, 200, 60.0, "[150/200] ETA 20s"), (200, 200, 80.0, "[200/200]")],
    ids=["first-file", "most-done", "finished"],
)
def test_progress_counts_files_and_estimates_the_time_left(done, total, elapsed, shown):
    from commitments.management.commands.ingest import progress

    assert progress(done, total, elapsed) == shown
