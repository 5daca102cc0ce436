"""python -m commitments.extraction FILE... [--date]: the command-line contract of DESIGN.md."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROMISE = "Den Haag, 12 maart 2025\n\nIk zal uw Kamer binnen zes weken informeren over de pilot.\n"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "commitments.extraction", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_one_file_prints_one_object_with_offsets_into_the_decoded_text(tmp_path):
    path = tmp_path / "brief.txt"
    text = "Één vóór: " + PROMISE  # non-ASCII before the quote: offsets count characters, not bytes
    path.write_text(text, encoding="utf-8")
    done = run(path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    item = out["commitments"][0]
    assert text[item["start"] : item["end"]] == item["quote"]


def test_several_files_print_an_array(tmp_path):
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(PROMISE, encoding="utf-8")
    out = json.loads(run(*paths).stdout)
    assert isinstance(out, list) and len(out) == 2


def test_the_date_in_the_text_wins_over_the_date_option(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(PROMISE, encoding="utf-8")
    out = json.loads(run(path, "--date", "2020-01-01").stdout)
    assert out["document"]["date"] == "2025-03-12"


def test_the_date_option_is_used_when_the_text_has_none(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Ik zal uw Kamer binnen zes weken informeren over de pilot.\n", encoding="utf-8")
    out = json.loads(run(path, "--date", "2024-01-01").stdout)
    due = out["commitments"][0]["due_date"]
    assert due is None or due > "2024-01-01"


def test_a_missing_file_is_a_clear_error_without_traceback(tmp_path):
    done = run(tmp_path / "nope.txt")
    assert done.returncode != 0
    assert "no such file" in done.stderr and "Traceback" not in done.stderr


def test_an_undecodable_file_is_a_clear_error_without_traceback(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Ik zal de Kamer informeren over de café’s.".encode("cp1252"))
    done = run(path)
    assert done.returncode != 0
    assert "not UTF-8" in done.stderr and "Traceback" not in done.stderr


def test_a_bad_date_is_a_usage_error(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(PROMISE, encoding="utf-8")
    done = run(path, "--date", "12-03-2025")
    assert done.returncode == 2 and "Traceback" not in done.stderr
