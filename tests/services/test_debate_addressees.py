"""A promise extracted from a real debate is recorded as made to the member it answers, and their party."""

import uuid

import pytest

from commitments.api.filters import CommitmentFilter
from commitments.models import Addressee, Commitment, CommitmentAddressee, Mention
from commitments.services.extracting import extract_document
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested
from tests.locations import CORPUS

pytestmark = pytest.mark.django_db
PROMISE_TO_KOERHUIS = "Ik zeg de heer Koerhuis toe om informatie te verschaffen over de stand van zaken rond Vestia."


def ingested(on_commit_runs, path):
    run = on_commit_runs(lambda: extract_ingested(ingest_path(path)))
    run.refresh_from_db()
    assert run.status == "ingested", run.failure_message
    return run.document


def made_to(quote: str) -> set[tuple[str, str, str]]:
    commitment = Mention.objects.get(quote=quote).commitment
    return {
        (link.addressee.kind, str(link.addressee), link.source)
        for link in CommitmentAddressee.objects.filter(commitment=commitment).select_related("addressee")
    }


def test_a_promise_to_a_member_in_a_debate_is_made_to_that_member_and_party(on_commit_runs):
    ingested(on_commit_runs, CORPUS / "041.txt")
    assert made_to(PROMISE_TO_KOERHUIS) == {("member", "Koerhuis", "extractor"), ("party", "VVD", "extractor")}


def test_the_registrys_party_and_member_are_used_rather_than_new_rows(on_commit_runs):
    vvd = Addressee.objects.create(
        kind="party", registry_id=uuid.uuid4(), name="Volkspartij voor Vrijheid en Democratie", abbreviation="VVD"
    )
    koerhuis = Addressee.objects.create(kind="member", registry_id=uuid.uuid4(), name="D. Koerhuis")
    ingested(on_commit_runs, CORPUS / "041.txt")
    commitment = Mention.objects.get(quote=PROMISE_TO_KOERHUIS).commitment
    assert set(commitment.addressee_links.values_list("addressee_id", flat=True)) == {vvd.pk, koerhuis.pk}
    assert Addressee.objects.filter(abbreviation__iexact="VVD").count() == 1


def test_promises_to_a_party_are_found_by_the_party_filter(on_commit_runs):
    ingested(on_commit_runs, CORPUS / "041.txt")
    found = CommitmentFilter({"party": "VVD"}, Commitment.objects.all()).qs
    assert Mention.objects.get(quote=PROMISE_TO_KOERHUIS).commitment in found


def test_a_re_extraction_does_not_add_back_an_addressee_a_clerk_removed(on_commit_runs):
    document = ingested(on_commit_runs, CORPUS / "041.txt")
    commitment = Mention.objects.get(quote=PROMISE_TO_KOERHUIS).commitment
    CommitmentAddressee.objects.filter(commitment=commitment, addressee__kind="party").delete()
    extract_document(document.pk, force=True)
    assert {kind for kind, _, _ in made_to(PROMISE_TO_KOERHUIS)} == {"member"}
