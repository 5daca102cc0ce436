"""The OpenAPI schema is valid and served; the docs need no CDN; calendar and CSV feeds follow the filters."""

import csv
import datetime as dt
import io

import pytest
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from commitments.models import Commitment, Ministry
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db


def test_the_generated_schema_is_valid_openapi_3():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/commitments/{id}/deadline/" in schema["paths"]


def test_the_schema_documents_every_commitment_filter():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    names = {p["name"] for p in schema["paths"]["/api/v1/commitments/"]["get"]["parameters"]}
    assert {
        "status",
        "review_state",
        "ministry",
        "actor",
        "chamber",
        "deadline_kind",
        "due_before",
        "due_after",
        "overdue",
        "updated_since",
        "document",
        "dossier",
        "q",
        "cursor",
        "page_size",
        "ordering",
    } <= names


def test_schema_and_docs_are_served_without_a_cdn(anonymous_client):
    assert anonymous_client.get("/api/schema/").status_code == 200
    page = anonymous_client.get("/api/docs/").content.decode()
    assert "swagger-ui" in page and "cdn" not in page and "unpkg" not in page


@pytest.fixture
def deadlines(ministry):
    fin = make_commitment(
        make_document(dossier="36200"),
        ministry=ministry,
        number="TZ202501-001",
        subject="voorjaarsnota; bijlage, tabel",
        due_date=dt.date(2025, 6, 1),
    )
    other = make_commitment(make_document(dossier="31322"), due_date=dt.date(2025, 9, 1))
    make_commitment(None, due_date=None)
    return fin, other


def test_the_calendar_has_one_all_day_event_per_deadline(read_client, deadlines):
    body = read_client.get("/api/v1/commitments/calendar/").content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250602" in body
    assert "SUMMARY:TZ202501-001 voorjaarsnota\\; bijlage\\, tabel" in body


def test_a_calendar_event_links_to_the_commitment_page_in_the_admin(read_client, deadlines, settings):
    fin, _ = deadlines
    body = read_client.get("/api/v1/commitments/calendar/").content.decode().replace("\r\n ", "")
    assert f"URL:{settings.SITE_URL}/admin/commitments/commitment/{fin.pk}/change/" in body
    assert "/api/v1/commitments/" not in body.split("BEGIN:VEVENT", 1)[1]


@pytest.mark.parametrize("query", ["dossier=36200", "ministry={m}"])
def test_the_calendar_is_filtered_like_the_list(read_client, deadlines, ministry, query):
    body = read_client.get(f"/api/v1/commitments/calendar/?{query.format(m=ministry.pk)}").content.decode()
    assert body.count("BEGIN:VEVENT") == 1 and f"UID:commitment-{deadlines[0].pk}@" in body


def test_calendar_lines_are_folded_at_75_octets(read_client, ministry):
    make_commitment(None, due_date=dt.date(2025, 6, 1), text="Ik zal de Kamer informeren over één " + "ë" * 200)
    body = read_client.get("/api/v1/commitments/calendar/").content
    assert max(len(line) for line in body.split(b"\r\n")) <= 75


def test_a_bad_calendar_filter_is_a_400(read_client):
    assert read_client.get("/api/v1/commitments/calendar/?due_before=morgen").status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/commitments/calendar/?due_before=morgen",
        "/api/v1/commitments/calendar/?token=onbekend",
        "/api/v1/commitments/export/?status=klaar",
    ],
)
def test_an_error_on_a_feed_is_json_and_says_so(read_client, url):
    # It was JSON text labelled text/calendar or text/csv.
    response = read_client.get(url)
    assert response.status_code in (400, 401)
    assert response["Content-Type"] == "application/json"
    assert response.json()


def test_the_csv_export_holds_the_filtered_rows(read_client, deadlines):
    response = read_client.get("/api/v1/commitments/export/?dossier=36200")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [(row["id"], row["ministry"]) for row in rows] == [(str(deadlines[0].pk), "Financiën")]


def test_the_csv_export_defuses_spreadsheet_formulas(read_client):
    make_commitment(None, subject='=HYPERLINK("http://x")')
    body = b"".join(read_client.get("/api/v1/commitments/export/").streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK" in body
    assert Commitment.objects.count() == 1


def test_a_calendar_app_revalidating_an_unchanged_feed_gets_a_304(read_client, deadlines):
    etag = read_client.get("/api/v1/commitments/calendar/")["ETag"]
    assert read_client.get("/api/v1/commitments/calendar/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    make_commitment(None, due_date=dt.date(2025, 12, 1))
    assert read_client.get("/api/v1/commitments/calendar/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def operations(schema):
    return [(path, method, op) for path, ops in schema["paths"].items() for method, op in ops.items()]


def test_every_operation_documents_the_errors_it_can_answer():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path, method, op in operations(schema):
        codes = set(op["responses"])
        assert {"401", "429"} <= codes, (method, path)
        assert "400" in codes or (method == "get" and "{" in path), (method, path)
        assert ("404" in codes) == ("{" in path), (method, path)
        if method == "post":
            assert {"403", "415"} <= codes, (method, path)
        assert op["responses"]["429"]["headers"]["Retry-After"]["required"], (method, path)


def test_the_schema_states_what_the_filters_check():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/commitments/"]["get"]["parameters"]}
    assert parameters["document"] == {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
    assert parameters["q"]["maxLength"] == 200 and parameters["q"]["pattern"] == "^[^\\x00]*$"
    assert parameters["updated_since"]["anyOf"] == [{"format": "date-time"}, {"format": "date"}]
    assert parameters["ministry"]["items"]["enum"] == sorted(Ministry.objects.values_list("pk", flat=True))
    recesses = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/recesses/"]["get"]["parameters"]}
    assert recesses["year"] == {"type": "integer", "minimum": 1900, "maximum": 2999}


def test_writes_are_documented_in_json_only():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path, method, op in operations(schema):
        if method == "post" and path.startswith("/api/v1/commitments/"):
            assert list(op["requestBody"]["content"]) == ["application/json"], path
