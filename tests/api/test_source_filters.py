"""Filters by source (the Kamer's registry, the extractor, both) and by whom a promise was made to."""

import datetime as dt
import uuid

import pytest

from commitments.models import Addressee, CommitmentAddressee, RegistryEntry
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def registry_entry(commitment, number, **fields):
    return RegistryEntry.objects.create(
        registry_id=uuid.uuid4(),
        number=number,
        commitment=commitment,
        changed_at=dt.datetime(2025, 4, 1, tzinfo=dt.timezone.utc),
        **fields,
    )


@pytest.fixture
def rows():
    letter = make_document()
    both = make_commitment(letter)
    registry_only = make_commitment()
    extracted_only = make_commitment(letter)
    withdrawn = make_commitment()
    registry_entry(both, "TZ202504-001")
    registry_entry(registry_only, "TZ202504-002")
    registry_entry(withdrawn, "TZ202504-003", deleted=True)
    nsc = Addressee.objects.create(kind="party", name="Nieuw Sociaal Contract", abbreviation="NSC")
    olger = Addressee.objects.create(kind="member", name="O. van Dijk")
    CommitmentAddressee.objects.create(commitment=both, addressee=nsc)
    CommitmentAddressee.objects.create(commitment=registry_only, addressee=olger)
    return {"both": both, "registry": registry_only, "extracted": extracted_only, "nsc": nsc, "olger": olger}


@pytest.mark.parametrize("group", ["both", "registry", "extracted"])
def test_source_lists_one_of_the_three_groups(read_client, rows, group):
    assert ids(read_client.get(f"/api/v1/commitments/?source={group}")) == {rows[group].pk}


def test_a_source_that_is_not_a_group_is_a_400(read_client, rows):
    response = read_client.get("/api/v1/commitments/?source=elders")
    assert response.status_code == 400 and "source" in response.json()


def test_registry_number_finds_the_commitment_of_that_entry(read_client, rows):
    assert ids(read_client.get("/api/v1/commitments/?registry_number=tz202504-002")) == {rows["registry"].pk}


def test_party_finds_promises_made_to_a_party_by_abbreviation_or_name(read_client, rows):
    assert ids(read_client.get("/api/v1/commitments/?party=NSC")) == {rows["both"].pk}
    assert ids(read_client.get("/api/v1/commitments/?party=Nieuw Sociaal Contract")) == {rows["both"].pk}


def test_member_finds_promises_made_to_a_member(read_client, rows):
    assert ids(read_client.get("/api/v1/commitments/?member=van dijk")) == {rows["registry"].pk}


def test_addressee_takes_an_addressee_id(read_client, rows):
    assert ids(read_client.get(f"/api/v1/commitments/?addressee={rows['olger'].pk}")) == {rows["registry"].pk}
    assert read_client.get("/api/v1/commitments/?addressee=abc").status_code == 400
