"""A list URL's query is compiled once and reused with each request's horizon and cursor, serving the same rows."""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commitments.api.polling.prepared_windows import PREPARED
from commitments.models import Commitment
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "page_size=2",
    "page_size=2&status=open",
    "page_size=2&ministry={m}&status=open&status=lapsed",
    "page_size=3&ordering=-updated_at",
    "page_size=2&ordering=id",
    "page_size=2&ordering=-created_at",
    "page_size=2&q=zomer+punt",
    "page_size=2&document={d}",
    "page_size=2&overdue=true",
    "page_size=2&overdue=false",
    "page_size=2&due_before=2030-01-01&due_after=2000-01-01",
    "page_size=2&updated_since=2000-01-01T00:00:00Z",
    "page_size=2&ministry={m}&ministry={m}",
    "page_size=2&chamber=EK",
]


@pytest.fixture
def rows(ministry):
    document = make_document()
    for n in range(7):
        make_commitment(
            document if n % 2 else None,
            ministry=ministry if n % 3 else None,
            status="lapsed" if n == 4 else "open",
            due_date=dt.date(2020 + n, 1, 1),
        )
    return {"m": ministry.pk, "d": document.pk}


def follow(client, url, fresh: bool):
    """Every page's body while following `next`; fresh: compile every request's query anew."""
    bodies = []
    while url:
        if fresh:
            PREPARED.clear()
        body = client.get(url).json()
        bodies.append(body)
        url = body["next"] if body["has_more"] else None
    return bodies


@pytest.mark.parametrize("query", QUERIES)
def test_a_reused_query_serves_what_a_fresh_one_serves(read_client, rows, query):
    url = "/api/v1/commitments/?" + query.format(**rows)
    assert follow(read_client, url, fresh=False) == follow(read_client, url, fresh=True)


def test_documents_pages_are_the_same_reused_or_fresh(read_client, rows):
    for _ in range(4):
        make_document()
    url = "/api/v1/documents/?page_size=2"
    assert follow(read_client, url, fresh=False) == follow(read_client, url, fresh=True)


def test_recesses_pages_by_date_are_the_same_reused_or_fresh(read_client):
    url = "/api/v1/recesses/?page_size=7&ordering=-first_day"
    bodies = follow(read_client, url, fresh=False)
    assert len(bodies) > 2 and bodies == follow(read_client, url, fresh=True)


def test_the_same_url_with_another_cursor_is_compiled_once(read_client, rows):
    follow(read_client, "/api/v1/commitments/?page_size=2", fresh=False)
    assert len(PREPARED.held) == 2  # the first page, and every page after it


def test_a_reused_query_is_run_without_building_the_filters(read_client, rows, monkeypatch):
    url = "/api/v1/commitments/?page_size=2&status=open&ministry={m}".format(**rows)
    first = read_client.get(url).json()
    monkeypatch.setattr(
        "commitments.api.filters.StrictFilterBackend.filter_queryset",
        lambda *args: pytest.fail("filters were built again"),
    )
    with CaptureQueriesContext(connection) as queries:
        assert read_client.get(url).json() == first
    assert len(queries) == 1


def test_a_filter_value_equal_to_a_stand_in_is_not_mistaken_for_it(read_client, rows):
    url = "/api/v1/commitments/?updated_since=1111-11-11T11:11:11.111111Z"
    assert len(read_client.get(url).json()["results"]) == 7
    assert PREPARED.held == {}  # not reusable: the horizon's stand-in appears twice


def test_overdue_is_judged_on_each_day_not_on_the_day_the_query_was_compiled(read_client):
    today = timezone.localdate()
    row = make_commitment(None, due_date=today)
    assert read_client.get("/api/v1/commitments/?overdue=true").json()["results"] == []
    Commitment.objects.filter(pk=row.pk).update(updated_at=timezone.now() - dt.timedelta(days=1))
    with time_machine.travel(timezone.now() + dt.timedelta(days=1)):
        assert [r["id"] for r in read_client.get("/api/v1/commitments/?overdue=true").json()["results"]] == [row.pk]
