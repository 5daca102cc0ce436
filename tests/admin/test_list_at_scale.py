"""The lists stay cheap on a large table: indexed orders and no full count (timings: bench/admin.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.admin import paging
from commitments.selectors.dashboard import build

pytestmark = pytest.mark.django_db

LIST = "/admin/commitments/commitment/"


def page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries]


def commitment_selects(sqls):
    return [s for s in sqls if s.startswith("SELECT") and 'FROM "commitments_commitment"' in s]


def the_page(sqls):
    """The rows' query (a list on one page is read without LIMIT; a longer one reads 50)."""
    [page] = [s for s in commitment_selects(sqls) if "ORDER BY" in s]
    return page if "LIMIT" in page else f"{page} LIMIT 50"


def plan_without_seqscan(sql):
    """The plan PostgreSQL takes when it may neither scan nor sort the table unless nothing else
    serves (a test table is too small for the planner to prefer an index): a Sort means no index could."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_sort")
    return plan


def test_the_list_reads_no_correlated_subquery_per_row(clerk_client, make_commitment):
    make_commitment()
    assert the_page(page_queries(clerk_client, LIST)).count("SELECT") == 1


def test_a_filtered_list_counts_exactly_and_once(clerk_client, make_commitment):
    make_commitment(status="open")
    make_commitment(status="lapsed")
    with CaptureQueriesContext(connection) as queries:
        response = clerk_client.get(f"{LIST}?status__exact=open")
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"] and "commitments_commitment" in q["sql"]]
    assert response.context["cl"].result_count == 1
    assert len(counts) == 1


@pytest.mark.postgres
def test_a_large_unfiltered_list_takes_the_planners_estimate_instead_of_counting(
    clerk_client, make_commitment, monkeypatch
):
    for _ in range(3):
        make_commitment()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE commitments_commitment")
    monkeypatch.setattr(paging, "ESTIMATED_COUNT_ABOVE", 0)
    sqls = page_queries(clerk_client, LIST)
    assert not [s for s in commitment_selects(sqls) if "COUNT(" in s]
    assert any("reltuples" in s for s in sqls)


@pytest.mark.postgres
@pytest.mark.parametrize("url", [LIST, f"{LIST}review/"], ids=["default-order", "review-queue"])
def test_a_page_of_the_list_is_read_from_an_index_in_its_order(clerk_client, make_commitment, url):
    make_commitment()
    assert "Sort" not in plan_without_seqscan(the_page(page_queries(clerk_client, url)))


@pytest.mark.postgres
def test_the_dashboards_oldest_open_promises_are_read_from_an_index(make_commitment):
    import datetime as dt

    make_commitment()
    with CaptureQueriesContext(connection) as queries:
        build(dt.date(2026, 11, 23))
    [oldest] = [q["sql"] for q in queries if "promised_on" in q["sql"] and "LIMIT" in q["sql"]]
    assert "Sort" not in plan_without_seqscan(oldest)
