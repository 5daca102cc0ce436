"""Importing the registry: every entry across pages, mapped, with a deadline of our own,
deletions honoured, a second run idle, and a kill at any row losing nothing."""

import datetime as dt

import pytest

from commitments.models import (
    Commitment,
    CommitmentAddressee,
    CommitmentEvent,
    CommitmentRelation,
    GovernmentMember,
    Ministry,
    RegistryEntry,
    SourceCursor,
    SourceRun,
)
from commitments.services.history import change_status

from .shapes import MIVD_TEXT, fractie, guid, persoon, toezegging

pytestmark = pytest.mark.django_db


def seven(tk):
    """Seven entries over three pages, with the statuses and drift of the live registry."""
    rows = [
        toezegging(1, changed="2025-04-10T09:00:00Z", Status="Openstaand"),
        toezegging(
            2,
            changed="2025-04-10T09:00:01Z",
            Status="Afgedaan",
            DatumNakoming="2025-06-30T00:00:00Z",
            Tekst="De minister informeert de Kamer over de uitkomst van het overleg met de provincies.",
            KamerbriefNakoming=[
                {"Id": guid("b1"), "DocumentNummer": "2025D30001", "Titel": "Brief 1"},
                {"Id": guid("b2"), "DocumentNummer": "2025D30002", "Titel": "Brief 2"},
            ],
        ),
        toezegging(3, changed="2025-04-10T09:00:02.1234567", Status="Voldaan"),
        toezegging(4, changed="2025-04-10T09:00:03Z", Status="Deels Afgedaan"),
        toezegging(5, changed="2025-04-10T09:00:04Z", Status="Vervallen"),
        toezegging(6, changed="2025-04-10T09:00:05Z", Status=""),
        toezegging(
            7,
            changed="2025-04-10T09:00:06Z",
            Status="Openstaand",
            Tekst=MIVD_TEXT,
            Nummer="TZ202507-010",
            ActiviteitNummer="2025A04496",
            Naam="Brekelmans, R.P.",
            Achternaam="Brekelmans",
            Initialen="R.P.",
            Functie="Minister van Defensie",
            Ministerie="Defensie",
            Activiteit={"Id": guid("a7"), "Nummer": "2025A04496", "Datum": "2025-07-02T19:00:00"},
            ToegezegdAan=[
                {"Persoon": persoon("vd", "O.", "Dijk", "van"), "Fractie": fractie("NSC", "Nieuw Sociaal Contract")},
                {"Fractie": fractie("NSC", "Nieuw Sociaal Contract")},
                {},
            ],
        ),
    ]
    tk.add("Toezegging", *rows)
    return rows


def commitment_of(seed) -> Commitment:
    return RegistryEntry.objects.get(registry_id=guid(seed)).commitment


def test_a_sync_imports_every_entry_across_pages(run_sync, tk):
    seven(tk)
    run = run_sync()
    assert (run.status, run.fetched, run.changed, run.failed, run.total) == ("finished", 7, 7, 0, 7)
    assert len(tk.page_requests("Toezegging")) == 3
    assert RegistryEntry.objects.count() == Commitment.objects.count() == 7
    assert SourceCursor.objects.get(entity_set="Toezegging").stamp == dt.datetime(
        2025, 4, 10, 9, 0, 6, tzinfo=dt.timezone.utc
    )


def test_statuses_of_both_spellings_are_mapped(run_sync, tk):
    seven(tk)
    run_sync()
    assert [commitment_of(n).status for n in range(1, 7)] == [
        "open",
        "fulfilled",
        "fulfilled",
        "partly_fulfilled",
        "lapsed",
        "open",
    ]
    assert RegistryEntry.objects.get(registry_id=guid(6)).status == "unknown"
    assert commitment_of(6).events.filter(field="registry_status", new_value="(leeg)").exists()


def test_every_entry_gets_a_deadline_read_from_its_text(run_sync, tk):
    seven(tk)
    run_sync()
    summer = commitment_of(1)
    assert (summer.deadline_kind, summer.deadline_text, summer.due_date) == (
        "period",
        "voor de zomer",
        dt.date(2025, 7, 4),
    )
    entry = RegistryEntry.objects.get(registry_id=guid(1))
    assert entry.deadline_rule and entry.due_date == dt.date(2025, 7, 4)
    budget = commitment_of(7)
    assert budget.deadline_text == "voor behandeling van de Defensiebegroting 2026"


def test_the_fulfilment_date_is_never_taken_for_a_deadline(run_sync, tk):
    seven(tk)
    run_sync()
    done = commitment_of(2)
    assert done.fulfilled_on == dt.date(2025, 6, 30)
    assert done.due_date != dt.date(2025, 6, 30) and done.deadline_text == ""
    assert [d["number"] for d in RegistryEntry.objects.get(registry_id=guid(2)).fulfilling] == [
        "2025D30001",
        "2025D30002",
    ]


def test_registry_and_activity_numbers_are_kept(run_sync, tk):
    seven(tk)
    run_sync()
    entry = RegistryEntry.objects.get(registry_id=guid(7))
    assert (entry.number, entry.activity_number, entry.activity_date) == (
        "TZ202507-010",
        "2025A04496",
        dt.date(2025, 7, 2),
    )
    assert entry.commitment.number.startswith("TZ-")


def test_addressees_are_the_members_and_parties_once_each(run_sync, tk):
    seven(tk)
    run_sync()
    links = CommitmentAddressee.objects.filter(commitment=commitment_of(7)).select_related("addressee")
    assert sorted((link.addressee.kind, link.addressee.name) for link in links) == [
        ("member", "O. van Dijk"),
        ("party", "Nieuw Sociaal Contract"),
    ]


def test_the_promiser_is_our_known_ministry_and_member_never_a_second_row(run_sync, tk):
    # The ministries and the Schoof cabinet's members are seeded (services.ministries resolves them).
    lvvn = Ministry.objects.get(name="Landbouw, Visserij, Voedselzekerheid en Natuur")
    defensie = Ministry.objects.get(name="Defensie")
    wiersma = GovernmentMember.objects.get(name="Femke Wiersma")
    ministries, members = Ministry.objects.count(), GovernmentMember.objects.count()
    tk.add(
        "Toezegging",
        toezegging(1),
        toezegging(
            2,
            changed="2025-04-10T09:00:01Z",
            Ministerie="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        ),
        toezegging(3, changed="2025-04-10T09:00:02Z", Ministerie="LVVN"),
        toezegging(
            4,
            changed="2025-04-10T09:00:03Z",
            Naam="Brekelmans, R.P.",
            Achternaam="Brekelmans",
            Initialen="R.P.",
            Functie="Minister van Defensie",
            Ministerie="Ministerie van Defensie",
        ),
    )
    run_sync()
    assert (Ministry.objects.count(), GovernmentMember.objects.count()) == (ministries, members)
    assert {commitment_of(n).ministry for n in (1, 2, 3)} == {lvvn}
    assert {commitment_of(n).government_member for n in (1, 2, 3)} == {wiersma}
    assert commitment_of(4).ministry == defensie
    assert commitment_of(4).government_member.name == "Ruben Brekelmans"


def test_an_unknown_ministry_becomes_one_new_row_for_all_its_entries(run_sync, tk):
    ministries = Ministry.objects.count()
    tk.add(
        "Toezegging",
        toezegging(1, Ministerie="Ministerie van Ruimtevaart", Functie="Minister van Ruimtevaart"),
        toezegging(2, changed="2025-04-10T09:00:01Z", Ministerie="Ruimtevaart", Functie="Minister van Ruimtevaart"),
    )
    run_sync()
    assert Ministry.objects.count() == ministries + 1
    assert commitment_of(1).ministry == commitment_of(2).ministry
    assert commitment_of(1).ministry.name == "Ruimtevaart"


def test_a_second_run_changes_nothing(run_sync, tk):
    seven(tk)
    run_sync()
    before = (
        Commitment.objects.count(),
        CommitmentEvent.objects.count(),
        RegistryEntry.objects.count(),
        CommitmentAddressee.objects.count(),
        list(Commitment.objects.values_list("updated_at", flat=True)),
    )
    again = run_sync()
    assert (again.status, again.changed, again.failed) == ("finished", 0, 0)
    assert again.fetched == 1  # only the row at the cursor's own stamp comes again
    assert (
        Commitment.objects.count(),
        CommitmentEvent.objects.count(),
        RegistryEntry.objects.count(),
        CommitmentAddressee.objects.count(),
        list(Commitment.objects.values_list("updated_at", flat=True)),
    ) == before


def test_a_deleted_entry_withdraws_a_commitment_known_only_from_the_registry(run_sync, tk):
    tk.add("Toezegging", toezegging(1))
    run_sync()
    tk.replace("Toezegging", toezegging(1, changed="2025-05-01T10:00:00", Verwijderd="True"))
    run_sync()
    entry = RegistryEntry.objects.get(registry_id=guid(1))
    assert entry.deleted and entry.text  # the body we held stays; the deletion is a flag
    assert entry.commitment.review_state == "rejected"
    assert entry.commitment.events.filter(field="registry", reason__contains="deleted").exists()
    assert not Commitment.objects.open().exists()


def test_a_deleted_entry_never_seen_before_is_remembered_without_a_commitment(run_sync, tk):
    tk.add("Toezegging", toezegging(1, Verwijderd=True))
    run_sync()
    entry = RegistryEntry.objects.get()
    assert entry.deleted and entry.commitment is None
    assert not Commitment.objects.exists()


def test_a_registry_change_becomes_a_history_entry_and_moves_the_status(run_sync, tk):
    tk.add("Toezegging", toezegging(1))
    run_sync()
    tk.replace(
        "Toezegging",
        toezegging(1, changed="2025-09-01T10:00:00Z", Status="Afgedaan", DatumNakoming="2025-08-30T00:00:00Z"),
    )
    run_sync()
    commitment = commitment_of(1)
    assert (commitment.status, commitment.fulfilled_on) == ("fulfilled", dt.date(2025, 8, 30))
    assert commitment.events.filter(field="registry", reason__contains="status: open → fulfilled").exists()
    assert commitment.events.filter(field="status", source="registry").exists()


def test_a_clerks_decision_is_never_overwritten_by_a_later_import(run_sync, tk):
    tk.add("Toezegging", toezegging(1))
    run_sync()
    change_status(commitment_of(1).pk, "lapsed", reason="de minister trok dit in", source="admin")
    tk.replace("Toezegging", toezegging(1, changed="2025-09-01T10:00:00Z", Status="Afgedaan"))
    run_sync()
    commitment = commitment_of(1)
    assert commitment.status == "lapsed"
    kept = commitment.events.get(field="registry_status")
    assert (kept.old_value, kept.new_value) == ("lapsed", "fulfilled")
    assert "clerk's decision is kept" in kept.reason


def test_the_self_relations_become_relations_between_commitments(run_sync, tk):
    tk.add(
        "Toezegging",
        toezegging(2, changed="2025-04-10T09:00:00Z", IsHerhalingVan=[{"Id": guid(1)}]),  # before its target
        toezegging(1, changed="2025-04-10T09:00:01Z"),
        toezegging(3, changed="2025-04-10T09:00:02Z", IsWijzigingVan={"Id": guid(1)}, IsAanvullingOp=[{"Id": guid(2)}]),
    )
    run_sync()
    relations = {(r.source_id, r.kind, r.target_id) for r in CommitmentRelation.objects.all()}
    assert relations == {
        (commitment_of(2).pk, "repeats", commitment_of(1).pk),
        (commitment_of(3).pk, "modifies", commitment_of(1).pk),
        (commitment_of(3).pk, "supplements", commitment_of(2).pk),
    }


def test_a_bad_row_is_counted_and_reported_and_the_others_are_imported(run_sync, tk):
    tk.add(
        "Toezegging",
        toezegging(1),
        toezegging(2, changed="2025-04-10T09:00:01Z", Status="Afgerond"),
        toezegging(3, changed="2025-04-10T09:00:02Z"),
    )
    run = run_sync()
    assert (run.status, run.fetched, run.changed, run.failed) == ("finished", 3, 2, 1)
    assert "Afgerond" in run.last_error and guid(2) in run.last_error


class Killed(BaseException):
    """Stands in for the process dying: nothing in the sync catches it."""


def test_a_sync_killed_between_two_rows_of_a_page_loses_and_duplicates_nothing(run_sync, tk):
    seven(tk)

    def die_after_the_fifth(done, total):
        if done == 5:  # the middle of the second page of three
            raise Killed

    with pytest.raises(Killed):
        run_sync(progress=die_after_the_fifth)
    assert RegistryEntry.objects.count() == 5
    again = run_sync()
    assert again.status == "finished"
    assert RegistryEntry.objects.count() == Commitment.objects.count() == 7
    assert sorted(RegistryEntry.objects.values_list("registry_id", flat=True)) == sorted(
        __import__("uuid").UUID(guid(n)) for n in range(1, 8)
    )
    assert CommitmentEvent.objects.filter(field="created").count() == 7
    assert SourceRun.objects.filter(error_code="interrupted").count() == 1


def test_a_connection_dropped_mid_page_until_the_retries_run_out_fails_the_run_and_the_next_resumes(run_sync, tk):
    seven(tk)
    tk.fail("drop", when="skip=3", times=3)  # the second page breaks off on every attempt
    failed = run_sync()
    assert (failed.status, failed.error_code) == ("failed", "broken_answer")
    assert failed.cursor_to == dt.datetime(2025, 4, 10, 9, 0, 2, 123456, tzinfo=dt.timezone.utc)
    assert RegistryEntry.objects.count() == 3
    resumed = run_sync()
    assert resumed.status == "finished"
    assert RegistryEntry.objects.count() == Commitment.objects.count() == 7


def test_a_malformed_page_fails_the_run_and_keeps_the_cursor(run_sync, tk):
    seven(tk)
    run_sync(limit=2)
    cursor = SourceCursor.objects.get().stamp
    tk.fail("garbage")
    failed = run_sync()
    assert (failed.status, failed.error_code) == ("failed", "malformed_page")
    assert "geen JSON" in failed.last_error
    assert SourceCursor.objects.get().stamp == cursor == failed.cursor_to


def test_since_reads_from_a_date_of_choice_without_moving_the_cursor_back(run_sync, tk):
    seven(tk)
    run_sync()
    latest = SourceCursor.objects.get().stamp
    again = run_sync(since=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    assert (again.fetched, again.changed) == (7, 0)
    assert SourceCursor.objects.get().stamp == latest


def test_a_row_whose_recording_fails_rolls_back_alone_and_the_next_rows_still_find_their_ministry(
    run_sync, tk, monkeypatch
):
    from commitments.services.sources import registry

    tk.add(
        "Toezegging",
        toezegging(1, Ministerie="Klimaat en Groene Groei", Functie="Minister van Klimaat en Groene Groei"),
        toezegging(
            2,
            changed="2025-04-10T09:00:01Z",
            Ministerie="Klimaat en Groene Groei",
            Functie="Minister van Klimaat en Groene Groei",
        ),
    )
    real = registry.RegistryRecorder._new_commitment
    calls = []

    def fails_first(self, *args):
        calls.append(1)
        if len(calls) == 1:  # after the ministry and member were created in this row's transaction
            raise RuntimeError("schijf vol")
        return real(self, *args)

    monkeypatch.setattr(registry.RegistryRecorder, "_new_commitment", fails_first)
    run = run_sync()
    assert (run.fetched, run.changed, run.failed) == (2, 1, 1)
    assert "RuntimeError: schijf vol" in run.last_error
    assert commitment_of(2).ministry.name == "Klimaat en Groene Groei"
    assert Ministry.objects.filter(name="Klimaat en Groene Groei").count() == 1


def test_an_entry_that_comes_back_after_its_deletion_restores_its_commitment(run_sync, tk):
    tk.add("Toezegging", toezegging(1))
    run_sync()
    tk.replace("Toezegging", toezegging(1, changed="2025-05-01T10:00:00Z", Verwijderd=True))
    run_sync()
    tk.replace("Toezegging", toezegging(1, changed="2025-05-02T10:00:00Z"))
    run_sync()
    entry = RegistryEntry.objects.get()
    assert not entry.deleted
    assert entry.commitment.review_state == "confirmed"
    assert Commitment.objects.open().count() == 1
