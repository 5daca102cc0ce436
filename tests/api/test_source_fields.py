"""The registry number, the source and whom a promise was made to are fields of every commitment row."""

import datetime as dt

import pytest
import time_machine
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIRequestFactory

from commitments.api.polling.rows import commitment_rows
from commitments.api.serializers import CommitmentSerializer
from commitments.models import Addressee, Commitment, CommitmentAddressee
from tests.factories import make_commitment, make_document

from .test_source_filters import registry_entry, rows  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def listed(client, **params):
    response = client.get("/api/v1/commitments/", params)
    assert response.status_code == 200, response.content
    return {row["id"]: row for row in response.json()["results"]}


def test_a_list_row_says_where_the_commitment_is_known_from(read_client, rows):  # noqa: F811
    found = listed(read_client)
    assert {found[rows[group].pk]["source"] for group in ("both", "registry", "extracted")} == {
        "both",
        "registry",
        "extracted",
    }
    assert found[rows["both"].pk]["source"] == "both"


def test_a_commitment_of_neither_source_has_no_source(read_client):
    own = make_commitment()
    assert listed(read_client)[own.pk]["source"] is None


def test_a_list_row_carries_the_registry_number(read_client, rows):  # noqa: F811
    found = listed(read_client)
    assert found[rows["registry"].pk]["registry_number"] == "TZ202504-002"
    assert found[rows["extracted"].pk]["registry_number"] is None


def test_a_list_row_names_whom_it_was_made_to_with_the_ids_the_filter_takes(read_client, rows):  # noqa: F811
    row = listed(read_client)[rows["both"].pk]
    assert row["addressed_to"] == [
        {
            "id": rows["nsc"].pk,
            "kind": "party",
            "name": "Nieuw Sociaal Contract",
            "abbreviation": "NSC",
            "source": "registry",
        }
    ]
    assert set(listed(read_client, addressee=row["addressed_to"][0]["id"])) == {rows["both"].pk}
    assert listed(read_client)[rows["extracted"].pk]["addressed_to"] == []


def test_addressees_are_listed_members_and_parties_in_a_stable_order(read_client):
    commitment = make_commitment(make_document())
    for kind, name in [("party", "VVD"), ("member", "Koerhuis"), ("member", "Agema"), ("party", "PVV")]:
        CommitmentAddressee.objects.create(
            commitment=commitment, addressee=Addressee.objects.create(kind=kind, name=name), source="extractor"
        )
    row = listed(read_client)[commitment.pk]
    assert [(a["kind"], a["name"]) for a in row["addressed_to"]] == [
        ("member", "Agema"),
        ("member", "Koerhuis"),
        ("party", "PVV"),
        ("party", "VVD"),
    ]


def test_the_detail_has_the_same_three_fields_as_the_list(read_client, rows):  # noqa: F811
    pk = rows["registry"].pk
    detail = read_client.get(f"/api/v1/commitments/{pk}/").json()
    row = listed(read_client)[pk]
    assert {name: detail[name] for name in ("registry_number", "source", "addressed_to")} == {
        name: row[name] for name in ("registry_number", "source", "addressed_to")
    }


def test_fast_rows_with_sources_and_addressees_equal_the_serializers_rows(rows):  # noqa: F811
    request = APIRequestFactory().get("/api/v1/commitments/")
    ids = [rows[group].pk for group in ("both", "registry", "extracted")]
    expected = CommitmentSerializer(
        [Commitment.objects.select_related("ministry").get(pk=pk) for pk in ids],
        many=True,
        context={"request": request},
    ).data
    assert commitment_rows(ids, request) == [dict(row) for row in expected]


@pytest.mark.parametrize(
    "change", ["link an addressee", "rename an addressee", "enter it in the registry", "mention it"]
)
def test_a_change_of_the_three_fields_moves_the_commitment_for_pollers(rows, change):  # noqa: F811
    commitment = rows["extracted"]
    CommitmentAddressee.objects.create(commitment=commitment, addressee=rows["nsc"])
    before = Commitment.objects.get(pk=commitment.pk).updated_at
    with time_machine.travel(before + dt.timedelta(minutes=1)):
        if change == "link an addressee":
            CommitmentAddressee.objects.create(commitment=commitment, addressee=rows["olger"], source="admin")
        elif change == "rename an addressee":
            rows["nsc"].name = "NSC"
            rows["nsc"].save()
        elif change == "enter it in the registry":
            registry_entry(commitment, "TZ202504-009")
        else:
            commitment.mentions.create(
                document=make_document(), quote="herhaald", start=1, end=9, rule="inform", confidence=0.5
            )
    assert Commitment.objects.get(pk=commitment.pk).updated_at > before


def test_the_schema_types_the_three_fields():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    fields = schema["components"]["schemas"]["Commitment"]["properties"]
    assert fields["registry_number"]["nullable"] is True
    assert fields["source"]["nullable"] is True
    enum = fields["source"]["oneOf"][0]["$ref"].rsplit("/", 1)[-1]
    assert schema["components"]["schemas"][enum]["enum"] == ["both", "registry", "extracted"]
    addressee = fields["addressed_to"]["items"]["$ref"].rsplit("/", 1)[-1]
    assert set(schema["components"]["schemas"][addressee]["properties"]) == {
        "id",
        "kind",
        "name",
        "abbreviation",
        "source",
    }
