"""Migration 0008 merges the rows earlier versions made for one ministry under several spellings."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("commitments", "0007_ministry_names")]
AFTER = [("commitments", "0008_seed_ministries")]


@pytest.fixture
def old_state():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    yield apps
    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())


def migrate_forward():
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    return executor.loader.project_state(AFTER).apps


@pytest.mark.django_db(transaction=True)
def test_short_names_and_abbreviations_are_merged_into_the_ministry_keeping_history(old_state):
    Ministry = old_state.get_model("commitments", "Ministry")
    Commitment = old_state.get_model("commitments", "Commitment")
    MinistryContact = old_state.get_model("commitments", "MinistryContact")
    old_state.get_model("commitments", "GovernmentMember").objects.all().delete()
    Ministry.objects.all().delete()
    short = Ministry.objects.create(name="Volksgezondheid")
    abbreviation = Ministry.objects.create(name="LNV")
    Ministry.objects.create(name="Volksgezondheid, Welzijn en Sport")
    unknown = Ministry.objects.create(name="Toverkunst")
    promise = Commitment.objects.create(text="Ik stuur een brief.", ministry=short)
    Commitment.objects.create(text="Ik kom erop terug.", ministry=abbreviation)
    MinistryContact.objects.create(ministry=short, email="contact@minvws.nl")

    apps = migrate_forward()

    Ministry = apps.get_model("commitments", "Ministry")
    assert not Ministry.objects.filter(name__in=["Volksgezondheid", "LNV"]).exists()
    assert Ministry.objects.filter(pk=unknown.pk).exists()
    vws = Ministry.objects.get(name="Volksgezondheid, Welzijn en Sport")
    assert apps.get_model("commitments", "Commitment").objects.get(pk=promise.pk).ministry_id == vws.pk
    assert apps.get_model("commitments", "MinistryContact").objects.get().ministry_id == vws.pk
    assert vws.names.filter(name="Volksgezondheid").exists()
    event = apps.get_model("commitments", "CommitmentEvent").objects.get(commitment_id=promise.pk, field="ministry")
    assert (event.old_value, event.new_value) == ("Volksgezondheid", "Volksgezondheid, Welzijn en Sport")
    lnv = Ministry.objects.get(name="Landbouw, Visserij, Voedselzekerheid en Natuur")
    assert lnv.commitments.count() == 1
