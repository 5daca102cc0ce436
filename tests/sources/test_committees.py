"""Committees: the registry's leading committee of an activity and the committees a committee
debate's report names become the committees of its promises, found by the API's filter."""

import pytest

from commitments.api.filters import CommitmentFilter
from commitments.models import Commitment, CommitmentCommittee, Committee, Mention, RegistryEntry
from commitments.services.committees import committees_in_report
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested
from tests.factories import make_commitment
from tests.locations import CORPUS

from .shapes import guid, toezegging

pytestmark = pytest.mark.django_db


def voortouw(abbreviation: str, name: str) -> dict:
    return {"Id": guid(f"commissie-{abbreviation}"), "Afkorting": abbreviation, "NaamNL": name}


def activity(seed, *committees) -> dict:
    return {
        "Id": guid(f"activiteit-{seed}"),
        "Nummer": "2025A04496",
        "Datum": "2025-07-02T19:00:00Z",
        "Voortouwcommissie": list(committees),
    }


def committees_of(commitment) -> set[str]:
    return set(CommitmentCommittee.objects.filter(commitment=commitment).values_list("committee__name", flat=True))


def test_a_registry_entry_belongs_to_the_leading_committee_of_its_activity(run_sync, tk):
    tk.add("Toezegging", toezegging(1, Activiteit=activity(1, voortouw("Def", "vaste commissie voor Defensie"))))
    assert run_sync().status == "finished"
    entry = RegistryEntry.objects.get()
    assert committees_of(entry.commitment) == {"vaste commissie voor Defensie"}
    committee = Committee.objects.get()
    assert (committee.abbreviation, str(committee.registry_id)) == ("Def", guid("commissie-Def"))


def test_entries_of_one_committee_share_its_row(run_sync, tk):
    defensie = voortouw("Def", "vaste commissie voor Defensie")
    tk.add(
        "Toezegging",
        toezegging(1, Activiteit=activity(1, defensie)),
        toezegging(2, Nummer="TZ202504-058", changed="2025-04-10T10:00:00Z", Activiteit=activity(2, defensie)),
    )
    run_sync()
    assert Committee.objects.count() == 1 and CommitmentCommittee.objects.count() == 2


def test_an_activity_without_a_committee_gives_none(run_sync, tk):
    tk.add("Toezegging", toezegging(1))
    run_sync()
    assert not CommitmentCommittee.objects.exists()


def test_a_committee_debates_report_names_its_committees():
    text = (CORPUS / "187.txt").read_text(encoding="utf-8")
    assert committees_in_report(text) == ["vaste commissie voor Defensie", "vaste commissie voor Binnenlandse Zaken"]
    justice = (CORPUS / "197.txt").read_text(encoding="utf-8")
    assert committees_in_report(justice) == ["vaste commissie voor Justitie en Veiligheid"]


def test_a_plenary_debate_names_no_committee():
    assert committees_in_report((CORPUS / "184.txt").read_text(encoding="utf-8")) == []


def test_promises_of_a_committee_debate_belong_to_its_committees_and_reuse_the_registrys_row(on_commit_runs):
    known = Committee.objects.create(name="vaste commissie voor Defensie", abbreviation="Def", registry_id=guid("c"))
    run = on_commit_runs(lambda: extract_ingested(ingest_path(CORPUS / "187.txt")))
    run.refresh_from_db()
    commitment = Mention.objects.filter(document=run.document).first().commitment
    assert committees_of(commitment) == {"vaste commissie voor Defensie", "vaste commissie voor Binnenlandse Zaken"}
    assert CommitmentCommittee.objects.filter(commitment=commitment, committee=known, source="extractor").exists()
    assert Committee.objects.count() == 2


@pytest.mark.parametrize("value", ["vaste commissie voor Defensie", "Def", "defensie"])
def test_the_committee_filter_takes_a_name_an_abbreviation_or_a_subject(value):
    inside, outside = make_commitment(), make_commitment()
    defensie = Committee.objects.create(name="vaste commissie voor Defensie", abbreviation="Def")
    finance = Committee.objects.create(name="vaste commissie voor Financiën", abbreviation="Fin")
    CommitmentCommittee.objects.create(commitment=inside, committee=defensie)
    CommitmentCommittee.objects.create(commitment=outside, committee=finance)
    assert list(CommitmentFilter({"committee": value}, Commitment.objects.all()).qs) == [inside]
