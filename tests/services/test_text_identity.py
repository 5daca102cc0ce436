"""The same text in other bytes is the same document: it adds no document and no commitment."""

import pytest

from commitments.models import Commitment, Document
from commitments.reading.identity import text_fingerprint
from commitments.services.ingesting import ingest_bytes
from commitments.tasks import extract_ingested
from tests.conftest import SEEDS
from tests.locations import CORPUS

pytestmark = pytest.mark.django_db
LETTER = (SEEDS / "003_dcb3eaf674cd86d8.txt").read_bytes()


def ingest(on_commit_runs, data, name):
    run = on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source=name, filename=name)))
    run.refresh_from_db()
    return run


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda b: b + b"\n\n", id="extra-blank-line"),
        pytest.param(lambda b: b.replace(b"\n", b"\r\n"), id="windows-line-ends"),
        pytest.param(lambda b: b.replace(b"\n", b"  \n"), id="trailing-spaces"),
        pytest.param(lambda b: b"\n" + b.replace(b"\n\n", b"\n\n\n"), id="more-blank-lines"),
    ],
)
def test_the_same_letter_in_other_bytes_adds_no_commitment(on_commit_runs, variant):
    ingest(on_commit_runs, LETTER, "brief.txt")
    before = Commitment.objects.count()
    run = ingest(on_commit_runs, variant(LETTER), "brief (kopie).txt")
    assert run.status == "unchanged"
    assert (Document.objects.count(), Commitment.objects.count()) == (1, before)


def test_a_changed_word_is_another_text():
    assert text_fingerprint("Ik stuur de brief voor de zomer.") != text_fingerprint("Ik stuur de brief na de zomer.")


def test_the_same_letter_with_one_extra_line_of_text_joins_the_same_commitments(on_commit_runs):
    ingest(on_commit_runs, LETTER, "brief.txt")
    before = Commitment.objects.count()
    run = ingest(on_commit_runs, LETTER.replace(b"\n", b"\nBijlage: 1\n", 1), "brief met bijlage.txt")
    assert run.status == "ingested"
    assert Commitment.objects.count() == before


def test_a_debate_saved_again_with_one_extra_line_joins_the_same_commitments(on_commit_runs):
    debate = (CORPUS / "040.txt").read_bytes()
    ingest(on_commit_runs, debate, "040.txt")
    before = Commitment.objects.count()
    run = ingest(on_commit_runs, b"Handelingen Tweede Kamer\n" + debate, "040 (kopie).txt")
    assert run.status == "ingested"
    assert Commitment.objects.count() == before


def test_a_short_letter_saved_again_with_one_extra_line_joins_its_commitment(on_commit_runs):
    # Seven lines: one added is 7 shared lines of 8, under the share that makes a long text a copy.
    letter = (CORPUS / "113.txt").read_bytes()
    ingest(on_commit_runs, letter, "113.txt")
    before = Commitment.objects.count()
    run = ingest(on_commit_runs, letter + b"\nBijlage: 1\n", "113 met bijlage.txt")
    assert (before, run.status, Commitment.objects.count()) == (1, "ingested", before)


def test_a_copy_whose_added_line_is_its_longest_joins_the_same_commitments(on_commit_runs):
    debate = (CORPUS / "040.txt").read_bytes()
    longest = max(debate.decode().splitlines(), key=len)
    added = ("Noot van de griffie bij deze kopie: " + "ongewijzigd overgenomen. " * (len(longest) // 20)).encode()
    ingest(on_commit_runs, debate, "040.txt")
    before = Commitment.objects.count()
    run = ingest(on_commit_runs, added + b"\n\n" + debate, "040 (kopie).txt")
    # how many distinct commitments the engine reads in the debate is the engine's business; the copy adds none
    assert before > 1
    assert (run.status, Commitment.objects.count()) == ("ingested", before)
