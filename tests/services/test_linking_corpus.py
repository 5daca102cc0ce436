"""Linking on real documents of the corpus: which promise a later one is related to, and what that costs.

The pairs pin today's decisions (bench/link_decisions.py prints them for the whole corpus);
the query counts pin that a document's linking reads each ministry's candidates once, however
many commitments the store holds.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment, CommitmentRelation, Mention, Ministry
from commitments.models.signature import signature_of
from commitments.services.ingesting import ingest_bytes, ingest_path
from commitments.services.linking import CANDIDATE_LIMIT
from commitments.tasks import extract_ingested
from tests.locations import CORPUS

pytestmark = pytest.mark.django_db

PAIRS = [
    # Two BZK debates, each giving a motion "oordeel Kamer" while promising to look into it.
    pytest.param("186", "201", ("201.txt", 25933), ("186.txt", 9425), "4 shared content words", id="186-then-201"),
    pytest.param("201", "186", ("186.txt", 9425), ("201.txt", 25933), "4 shared content words", id="201-then-186"),
]


def first_mention(commitment):
    mention = Mention.objects.filter(commitment=commitment).select_related("document").order_by("pk").first()
    return (mention.document.original_name, mention.start)


@pytest.mark.parametrize(("first", "second", "source", "target", "note"), PAIRS)
def test_a_later_promise_of_the_same_ministry_supplements_the_earlier_one(
    on_commit_runs, first, second, source, target, note
):
    for name in (first, second):
        on_commit_runs(lambda name=name: extract_ingested(ingest_path(CORPUS / f"{name}.txt")))
    relation = CommitmentRelation.objects.get()
    assert (first_mention(relation.source), relation.kind, first_mention(relation.target)) == (
        source,
        "supplements",
        target,
    )
    assert relation.note == note


@pytest.mark.parametrize(("first", "second"), [("008", "103"), ("103", "008")], ids=["008-then-103", "103-then-008"])
def test_promises_of_one_ministry_that_share_a_word_but_not_their_act_stay_unrelated(on_commit_runs, first, second):
    # A VWS letter promising to keep the Kamer informed on an experiment (an act of its own), and a later one promising
    # to pass information on "zodra" it arrives (send): one content word and the event deadline in common.
    for name in (first, second):
        on_commit_runs(lambda name=name: extract_ingested(ingest_path(CORPUS / f"{name}.txt")))
    assert Commitment.objects.count() == 2
    assert not CommitmentRelation.objects.exists()


# Three letters of one ministry on subjects that share no content word: nothing links or relates.
def letter(day: str, body: str) -> bytes:
    return f"Den Haag, {day}\n\nGeachte voorzitter,\n\n{body}\n\nDe minister van Financiën,\n\nE. Heinen\n".encode()


FIRST = letter(
    "3 maart 2025",
    "Ik zal uw Kamer voor de zomer informeren over de hervorming van de kinderopvangtoeslag. "
    "Ik zal uw Kamer in het najaar informeren over de belastingdienst en de uitvoering.",
)
SECOND = letter(
    "4 maart 2025",
    "Ik zal uw Kamer voor de zomer informeren over de staatsschuld en de rentelasten. "
    "Ik zal uw Kamer in het najaar informeren over de douane en de grenscontroles.",
)
THIRD = letter(
    "5 maart 2025",
    "Ik zal uw Kamer voor de zomer informeren over de accijnzen op tabak. "
    "Ik zal uw Kamer in het najaar informeren over de vennootschapsbelasting en de dividendbelasting.",
)


def store_open_commitments(ministry: Ministry, count: int) -> None:
    """`count` open commitments of `ministry` on subjects no letter here shares a word with."""
    texts = [f"Ik kom terug op de evaluatie van regeling {n}." for n in range(count)]
    Commitment.objects.bulk_create(
        Commitment(text=text, ministry=ministry, action="come_back", link_signature=signature_of([text]))
        for text in texts
    )


def queries_to_ingest(on_commit_runs, data: bytes, name: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        on_commit_runs(lambda: extract_ingested(ingest_bytes(data, source=name, filename=name)))
    return [query["sql"] for query in captured.captured_queries]


def test_a_document_reads_the_candidates_of_its_ministry_once(on_commit_runs):
    on_commit_runs(lambda: extract_ingested(ingest_bytes(FIRST, source="1.txt", filename="1.txt")))
    queries = queries_to_ingest(on_commit_runs, SECOND, "2.txt")
    assert Mention.objects.filter(document__original_name="2.txt").count() == 2
    candidate_reads = [
        sql for sql in queries if '"link_signature" AS' in sql and '"commitments_commitment"."ministry_id" =' in sql
    ]
    assert len(candidate_reads) == 1


def test_the_queries_per_document_do_not_grow_with_the_store(on_commit_runs):
    on_commit_runs(lambda: extract_ingested(ingest_bytes(FIRST, source="1.txt", filename="1.txt")))
    ministry = Commitment.objects.exclude(ministry=None).first().ministry
    store_open_commitments(ministry, 3)
    few = queries_to_ingest(on_commit_runs, SECOND, "2.txt")
    store_open_commitments(ministry, 2 * CANDIDATE_LIMIT)
    many = queries_to_ingest(on_commit_runs, THIRD, "3.txt")
    assert Commitment.objects.open().filter(ministry=ministry).count() > 2 * CANDIDATE_LIMIT
    assert len(many) == len(few)
