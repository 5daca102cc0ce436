"""The admin pages of the followed sources and of reconciliation."""

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from commitments.models import (
    Addressee,
    Commitment,
    CommitmentAddressee,
    FeedDocument,
    ReconciliationProposal,
    RegistryEntry,
    SourceCursor,
    SourceRun,
)

pytestmark = pytest.mark.django_db
STAMP = dt.datetime(2025, 4, 10, 9, tzinfo=dt.timezone.utc)


def registry_commitment(text="De minister stuurt de Kamer voor de zomer een brief over de mestmarkt."):
    """A commitment known only from the registry: no mention in any document."""
    return Commitment.objects.create(text=text, number=f"TZ-9{Commitment.objects.count():05d}")


def entry_for(commitment, number):
    return RegistryEntry.objects.create(
        registry_id=uuid.uuid4(),
        number=number,
        commitment=commitment,
        changed_at=STAMP,
        activity_date=dt.date(2025, 7, 2),
        text=commitment.text,
    )


def test_the_source_page_shows_cursor_last_run_counts_and_last_error(clerk_client):
    SourceCursor.objects.create(entity_set="Toezegging", stamp=STAMP)
    SourceRun.objects.create(
        entity_set="Toezegging",
        status="finished",
        total=6400,
        fetched=6400,
        changed=12,
        failed=0,
        finished_at=timezone.now(),
    )
    SourceRun.objects.create(
        entity_set="Toezegging",
        status="failed",
        total=250,
        fetched=120,
        failed=1,
        error_code="malformed_page",
        last_error="Het antwoord is geen JSON (http://tk.test/...)",
        finished_at=timezone.now(),
    )
    page = clerk_client.get("/admin/commitments/sourcecursor/").content.decode()
    assert "Toezegging" in page and "120/250" in page
    assert "malformed_page: Het antwoord is geen JSON" in page
    assert "6400/6400" not in page  # only the last run is shown


def test_the_document_source_shows_its_failed_downloads_waiting_and_given_up(clerk_client):
    SourceCursor.objects.create(entity_set="Document", stamp=STAMP)
    for attempts, next_attempt in [(1, STAMP), (8, None), (2, STAMP)]:
        FeedDocument.objects.create(
            registry_id=uuid.uuid4(),
            changed_at=STAMP,
            failure_code="http_500",
            download_attempts=attempts,
            next_attempt_at=next_attempt,
        )
    FeedDocument.objects.create(registry_id=uuid.uuid4(), changed_at=STAMP, failure_code="malformed")
    page = clerk_client.get("/admin/commitments/sourcecursor/").content.decode()
    assert "2 wachten op een nieuwe poging, 1 opgegeven" in page
    given_up = clerk_client.get("/admin/commitments/feeddocument/?download=given_up")
    assert given_up.status_code == 200 and given_up.context["cl"].result_count == 1


def test_the_runs_are_listed_with_their_figures(clerk_client):
    SourceRun.objects.create(entity_set="Document", status="finished", fetched=3, changed=2, failed=1, requests=5)
    assert clerk_client.get("/admin/commitments/sourcerun/?entity_set=Document").status_code == 200


def test_the_reconciliation_page_counts_the_three_groups_with_links(clerk_client, make_commitment, make_document):
    both = make_commitment()
    entry_for(both, "TZ202504-001")
    entry_for(registry_commitment(), "TZ202504-002")
    make_commitment("Ik zal uw Kamer voor de zomer informeren over de woningmarkt.")
    page = clerk_client.get("/admin/commitments/reconciliationproposal/").content.decode()
    assert "in beide: 1" in page and "alleen in het register: 1" in page and "alleen geëxtraheerd: 1" in page
    assert "/admin/commitments/commitment/?source=registry" in page


def test_a_clerk_accepts_a_proposed_link_and_the_two_become_one(clerk_client, make_commitment, make_document):
    extracted = make_commitment()
    registry_only = registry_commitment()
    entry = entry_for(registry_only, "TZ202507-010")
    proposal = ReconciliationProposal.objects.create(entry=entry, commitment=extracted, score=0.8, evidence="same day")
    response = clerk_client.post(
        "/admin/commitments/reconciliationproposal/", {"action": "accept_selected", "_selected_action": [proposal.pk]}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    registry_only.refresh_from_db()
    assert entry.commitment == extracted and registry_only.merged_into == extracted
    assert ReconciliationProposal.objects.get().state == "confirmed"


def test_a_reader_cannot_decide_a_proposal(reader_client, make_commitment, make_document):
    extracted = make_commitment()
    entry = entry_for(registry_commitment(), "TZ202507-011")
    proposal = ReconciliationProposal.objects.create(entry=entry, commitment=extracted, score=0.5)
    reader_client.post(
        "/admin/commitments/reconciliationproposal/", {"action": "reject_selected", "_selected_action": [proposal.pk]}
    )
    assert ReconciliationProposal.objects.get().state == "proposed"


def test_the_commitment_list_filters_by_source_group_and_party(clerk_client, make_commitment, make_document):
    mine = registry_commitment()
    entry_for(mine, "TZ202504-003")
    make_commitment("Ik zal de Kamer voor de zomer informeren over de woningmarkt.")
    nsc = Addressee.objects.create(kind="party", name="Nieuw Sociaal Contract", abbreviation="NSC")
    CommitmentAddressee.objects.create(commitment=mine, addressee=nsc)
    by_group = clerk_client.get("/admin/commitments/commitment/?source=registry").content.decode()
    assert "mestmarkt" in by_group and "woningmarkt" not in by_group
    by_party = clerk_client.get(f"/admin/commitments/commitment/?party={nsc.pk}").content.decode()
    assert "mestmarkt" in by_party and "woningmarkt" not in by_party
