"""A registry entry and the commitment the extractor found are one promise when day,
promiser, deadline and content agree; otherwise a clerk decides."""

import datetime as dt
import hashlib
import io

import pytest
from django.core.management import call_command

from commitments.models import Commitment, Document, Mention, Ministry, ReconciliationProposal, RegistryEntry
from commitments.services.calendar import recess_calendar
from commitments.services.history import ChangeRefused
from commitments.services.sources.reconciling import decide_proposal, group_counts, reconcile_registry_only, similarity
from commitments.services.sources.registry import read_deadline
from commitments.sources.toezegging import read_toezegging

from .shapes import MIVD_TEXT, guid, toezegging

pytestmark = pytest.mark.django_db
DEBATE_DAY = dt.date(2025, 7, 2)
# What the extractor would find in the commissiedebat's report: the minister's own words.
SPOKEN = (
    "Ik zeg toe dat ik bij het Nationaal Cyber Security Centrum zal aankaarten op welke wijze meer vervolg kan worden "
    "gegeven aan aanbevelingen in openbaar gemaakte rapporten inzake cyberaanvallen, en ik zal de Kamer hierover "
    "tijdig, voor behandeling van de Defensiebegroting 2026, schriftelijk informeren."
)


def mivd_row(seed=7, **fields):
    return toezegging(
        seed,
        Tekst=MIVD_TEXT,
        Nummer="TZ202507-010",
        ActiviteitNummer="2025A04496",
        Naam="Brekelmans, R.P.",
        Achternaam="Brekelmans",
        Initialen="R.P.",
        Functie="Minister van Defensie",
        Ministerie="Defensie",
        Activiteit={"Id": guid("a7"), "Nummer": "2025A04496", "Datum": "2025-07-02T19:00:00"},
        **fields,
    )


def registry_due_date():
    return read_deadline(read_toezegging(mivd_row()), recess_calendar()).due_date


def extracted(text=SPOKEN, *, day=DEBATE_DAY, ministry=None, due_date=None, n=1) -> Commitment:
    document = Document.objects.create(
        sha256=hashlib.sha256(f"verslag {n}".encode()).hexdigest(),
        date=day,
        kind="handelingen",
        title=f"Verslag commissiedebat {n}",
    )
    commitment = Commitment.objects.create(
        text=text,
        actor="minister van Defensie",
        ministry=ministry,
        due_date=due_date,
        deadline_kind="period",
        number=f"TZ-9{n:05d}",
    )
    Mention.objects.create(
        commitment=commitment, document=document, quote=text, start=0, end=len(text), rule="ik-zeg-toe", confidence=0.9
    )
    return commitment


def test_the_minister_s_words_and_the_griffie_s_wording_overlap_in_content():
    assert similarity(MIVD_TEXT, SPOKEN) >= 0.30
    assert similarity(MIVD_TEXT, "Ik stuur uw Kamer voor de zomer een brief over de mestmarkt.") < 0.12


def test_a_certain_match_becomes_one_commitment_with_two_sources(run_sync, tk):
    defensie = Ministry.objects.get(name="Defensie")
    found = extracted(ministry=defensie, due_date=registry_due_date())
    tk.add("Toezegging", mivd_row())
    run_sync()
    assert RegistryEntry.objects.get().commitment == found
    assert Commitment.objects.count() == 1
    assert found.events.filter(field="registry", source="registry", reason__contains="same promiser").exists()
    assert group_counts() == {"both": 1, "registry": 0, "extracted": 0}


def test_a_different_deadline_makes_it_a_proposal_for_a_clerk(run_sync, tk):
    defensie = Ministry.objects.get(name="Defensie")
    found = extracted(ministry=defensie, due_date=dt.date(2025, 12, 31))
    tk.add("Toezegging", mivd_row())
    run_sync()
    proposal = ReconciliationProposal.objects.get()
    assert (proposal.commitment, proposal.state) == (found, "proposed")
    assert "same promiser" in proposal.evidence and "same deadline" not in proposal.evidence
    assert group_counts() == {"both": 0, "registry": 1, "extracted": 1}


def test_a_clerk_accepting_a_proposal_joins_the_two(run_sync, tk):
    found = extracted(ministry=Ministry.objects.get(name="Defensie"), due_date=dt.date(2025, 12, 31))
    tk.add("Toezegging", mivd_row())
    run_sync()
    registry_commitment = RegistryEntry.objects.get().commitment
    decide_proposal(ReconciliationProposal.objects.get().pk, accept=True)
    assert RegistryEntry.objects.get().commitment == found
    registry_commitment.refresh_from_db()
    assert registry_commitment.merged_into == found
    assert group_counts() == {"both": 1, "registry": 0, "extracted": 0}
    with pytest.raises(ChangeRefused):
        decide_proposal(ReconciliationProposal.objects.get().pk, accept=False)


def test_a_rejected_proposal_is_not_made_again(run_sync, tk):
    extracted(ministry=Ministry.objects.get(name="Defensie"), due_date=dt.date(2025, 12, 31))
    tk.add("Toezegging", mivd_row())
    run_sync()
    decide_proposal(ReconciliationProposal.objects.get().pk, accept=False)
    assert reconcile_registry_only() == (0, 0)
    assert ReconciliationProposal.objects.get().state == "rejected"
    assert group_counts() == {"both": 0, "registry": 1, "extracted": 1}


def test_an_entry_imported_before_its_debate_is_joined_when_the_report_arrives(run_sync, tk):
    tk.add("Toezegging", mivd_row())
    run_sync()
    assert group_counts() == {"both": 0, "registry": 1, "extracted": 0}
    found = extracted(ministry=Ministry.objects.get(name="Defensie"), due_date=registry_due_date())
    assert reconcile_registry_only() == (1, 0)
    assert RegistryEntry.objects.get().commitment == found
    assert group_counts() == {"both": 1, "registry": 0, "extracted": 0}


def test_a_promise_of_another_day_is_no_candidate(run_sync, tk):
    extracted(day=dt.date(2025, 7, 3), ministry=Ministry.objects.get(name="Defensie"), due_date=registry_due_date())
    tk.add("Toezegging", mivd_row())
    run_sync()
    assert not ReconciliationProposal.objects.exists()
    assert group_counts() == {"both": 0, "registry": 1, "extracted": 1}


def test_two_equally_certain_candidates_are_both_proposed_and_neither_joined(run_sync, tk):
    defensie = Ministry.objects.get(name="Defensie")
    extracted(ministry=defensie, due_date=registry_due_date(), n=1)
    extracted(ministry=defensie, due_date=registry_due_date(), n=2)
    tk.add("Toezegging", mivd_row())
    run_sync()
    assert ReconciliationProposal.objects.count() == 2
    assert group_counts() == {"both": 0, "registry": 1, "extracted": 2}


def test_reconcile_report_prints_the_three_counts(run_sync, tk):
    extracted(ministry=Ministry.objects.get(name="Defensie"), due_date=dt.date(2025, 12, 31))
    tk.add("Toezegging", mivd_row(), toezegging(1))
    run_sync()
    out = io.StringIO()
    call_command("reconcile_report", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["in", "both:", "0"]
    assert lines[1].split()[:3] == ["registry", "only:", "2"]
    assert lines[2].split()[:3] == ["extracted", "only:", "1"]
    assert "waiting for a clerk: 1" in lines[3]
