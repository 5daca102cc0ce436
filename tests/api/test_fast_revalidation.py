"""A remembered list revalidation is a 304 before routing; every other request goes through DRF unchanged."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from commitments.services.tokens import revoke_token
from tests.factories import make_commitment

pytestmark = pytest.mark.django_db

LIST = "/api/v1/commitments/?page_size=5"
SAME_HEADERS = ("ETag", "Last-Modified", "Cache-Control", "Vary")


@pytest.fixture
def remembered(read_client):
    """The list's ETag, after one computed revalidation has made it remembered."""
    make_commitment(None)
    etag = read_client.get(LIST)["ETag"]
    drf_304 = read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert drf_304.status_code == 304
    return etag, drf_304


def refuse_routing(monkeypatch):
    monkeypatch.setattr("commitments.api.views.CommitmentViewSet.list", lambda *a, **k: pytest.fail("routed"))


def test_a_remembered_revalidation_is_answered_before_the_view(read_client, remembered, monkeypatch):
    etag, drf_304 = remembered
    refuse_routing(monkeypatch)
    with CaptureQueriesContext(connection) as queries:
        fast = read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert fast.status_code == 304 and fast.content == b""
    [probe] = queries.captured_queries  # the table's stamp and the token's liveness, together
    assert probe["sql"].startswith("SELECT (SELECT MAX(") and "EXISTS" in probe["sql"]
    assert {name: fast[name] for name in SAME_HEADERS} == {name: drf_304[name] for name in SAME_HEADERS}


def test_if_modified_since_is_answered_before_the_view_too(read_client, remembered, monkeypatch):
    etag, drf_304 = remembered
    refuse_routing(monkeypatch)
    assert read_client.get(LIST, HTTP_IF_MODIFIED_SINCE=drf_304["Last-Modified"]).status_code == 304


def test_a_stale_validator_goes_to_the_view(read_client, remembered):
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH='"stale"').status_code == 200


def test_a_revoked_token_is_refused_not_answered_from_memory(read_client, remembered):
    etag, _ = remembered
    revoke_token(read_client.token.pk)
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 401


def test_the_middleware_asks_the_database_whether_a_known_token_is_live(read_client, reader, remembered, monkeypatch):
    etag, _ = remembered
    read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)  # the token is now known to the middleware
    type(reader).objects.filter(pk=reader.pk).update(is_active=False)  # around the ORM: no signal, no cache drop
    refuse_routing(monkeypatch)
    with pytest.raises(pytest.fail.Exception):  # not answered from memory: DRF decides
        read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)


def test_a_deleted_token_whose_id_is_reused_is_refused(read_client, reader, remembered):
    from commitments.models import ApiToken
    from commitments.services.tokens import issue_token

    etag, _ = remembered
    read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    old_id = read_client.token.pk
    ApiToken.objects.filter(pk=old_id).delete()
    other, _ = issue_token(reader, "another integration", issued_by=reader)
    ApiToken.objects.filter(pk=other.pk).update(id=old_id)
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 401


def test_no_token_is_refused_while_anonymous_reads_are_off(remembered):
    etag, _ = remembered
    assert APIClient().get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 401


def test_anyone_is_answered_from_memory_where_anonymous_reads_are_on(remembered, settings, monkeypatch):
    etag, _ = remembered
    settings.API_ANONYMOUS_READ = True
    refuse_routing(monkeypatch)
    assert APIClient().get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_bad_token_is_refused_even_where_anonymous_reads_are_on(remembered, settings):
    etag, _ = remembered
    settings.API_ANONYMOUS_READ = True
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-secret")
    assert client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 401


def test_a_browser_asking_for_html_goes_to_the_view(read_client, remembered):
    etag, _ = remembered
    response = read_client.get(LIST, HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_a_session_goes_to_the_view_and_still_gets_its_304(reader, remembered, monkeypatch):
    etag, _ = remembered
    client = APIClient()
    client.force_login(reader)
    assert client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    refuse_routing(monkeypatch)
    with pytest.raises(pytest.fail.Exception):
        client.get(LIST, HTTP_IF_NONE_MATCH=etag)


def test_a_write_since_the_page_sends_the_revalidation_to_the_view(read_client, remembered):
    etag, _ = remembered
    make_commitment(None)
    response = read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and len(response.json()["results"]) == 2


@pytest.mark.postgres
def test_on_postgresql_the_probe_is_prepared_once_per_connection(transactional_db, read_client, monkeypatch):
    # Outside a test transaction, as in production (autocommit), where statements can be prepared.
    make_commitment(None)
    etag = read_client.get(LIST)["ETag"]
    read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    refuse_routing(monkeypatch)
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    # Prepared by the revalidation that made the page remembered; executed since.
    assert [query["sql"].split(" ", 1)[0] for query in queries.captured_queries] == ["EXECUTE"] * 3


@pytest.mark.postgres
def test_a_statement_lost_by_a_pooler_falls_back_to_plain_sql(transactional_db, read_client, monkeypatch):
    make_commitment(None)
    etag = read_client.get(LIST)["ETag"]
    read_client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # what a pooler's server reset does behind the client's back
    refuse_routing(monkeypatch)
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert read_client.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304  # prepared again
