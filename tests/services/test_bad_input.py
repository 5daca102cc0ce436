"""Bad input of every kind becomes a failed ingest run with a clear message, and nothing else changes."""

import io
import random

import pypdf
import pytest

from commitments.models import Commitment, CommitmentEvent, Document, IngestRun, Mention, Ministry
from commitments.services.ingesting import ingest_bytes, ingest_path
from tests.locations import CORPUS

pytestmark = pytest.mark.django_db
FIXTURES = CORPUS.parent / "reading" / "fixtures"
PDF = (CORPUS / "sources" / "004.pdf").read_bytes()


def encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(PDF))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


BAD_INPUTS = {
    "empty": (lambda: b"", "leeg.txt", "empty"),
    "binary": (lambda: random.Random(3).randbytes(64 * 1024), "rommel.bin", "undecodable"),
    "truncated-pdf": (lambda: PDF[: len(PDF) // 2], "afgebroken.pdf", "malformed"),
    "encrypted-pdf": (encrypted_pdf, "versleuteld.pdf", "encrypted_pdf"),
    "html-without-body": (lambda: (FIXTURES / "navigatie_zonder_brief.html").read_bytes(), "pagina.html", "no_body"),
    "xml-not-well-formed": (lambda: (FIXTURES / "niet_goed_gevormd.xml").read_bytes(), "stuk.xml", "malformed"),
    "wrong-encoding": (lambda: b"\xff\xfe" + b"\x00\xd8" * 400, "utf16.txt", "undecodable"),
    "not-dutch": (lambda: (FIXTURES / "english.txt").read_bytes(), "english.txt", "not_dutch"),
}


def database_state():
    return tuple(model.objects.count() for model in (Document, Commitment, Mention, CommitmentEvent, Ministry))


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_a_failed_run_with_a_clear_message_and_changes_nothing_else(name, on_commit_runs):
    make, filename, code = BAD_INPUTS[name]
    before = database_state()
    run = on_commit_runs(ingest_bytes, make(), source=filename, filename=filename)
    assert (run.status, run.failure_code) == ("failed", code)
    assert len(run.failure_message) >= 15 and "Traceback" not in run.failure_message
    assert database_state() == before
    assert IngestRun.objects.count() == 1


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, settings):
    settings.INGEST_MAX_BYTES = 50 * 1024 * 1024
    big = tmp_path / "groot.txt"
    with big.open("wb") as handle:  # a sparse 50 MB + 1 byte file: cheap to make, refused by size alone
        handle.seek(50 * 1024 * 1024)
        handle.write(b"x")
    run = ingest_path(big)
    assert (run.status, run.failure_code) == ("failed", "too_large")
    assert "52,428,801 bytes" in run.failure_message
    assert not Document.objects.exists()


def test_a_50_mb_text_within_the_byte_limit_is_refused_as_too_long_not_cut(settings):
    settings.INGEST_MAX_CHARS = 10_000_000
    data = ("Ik zal uw Kamer informeren over de voortgang. " * 1_100_000).encode()
    assert len(data) > 50_000_000
    run = ingest_bytes(data, source="lang.txt", filename="lang.txt")
    assert (run.status, run.failure_code) == ("failed", "too_large")
    assert not Document.objects.exists()
