"""The admin index opens on the figures a clerk starts the day with."""

import datetime as dt

import pytest
import time_machine

from commitments.selectors.dashboard import build

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def promises(make_commitment):
    make_commitment("Een.", due_date=TODAY - dt.timedelta(days=40), ministry="Defensie")
    make_commitment("Twee.", due_date=TODAY - dt.timedelta(days=1), ministry="Defensie")
    make_commitment("Drie.", due_date=TODAY + dt.timedelta(days=10), ministry="Financiën")
    make_commitment("Vier.", due_date=TODAY + dt.timedelta(days=100), ministry="Financiën")
    make_commitment(
        "Vijf.", due_date=TODAY - dt.timedelta(days=3), ministry="Financiën", status="fulfilled", fulfilled_on=TODAY
    )


def test_the_counts_leave_out_what_is_fulfilled(promises):
    board = build(TODAY)
    assert (board.open, board.overdue, board.due_30) == (4, 2, 1)


def test_overdue_per_ministry_has_one_bar_per_ministry_scaled_to_the_largest(promises):
    assert [(b.label, b.value, b.share) for b in build(TODAY).overdue_per_ministry] == [("Defensie", 2, 1.0)]


def test_due_per_month_covers_the_coming_twelve_months(promises):
    months = build(TODAY).due_per_month
    assert len(months) == 12
    assert [(m.label, m.value) for m in months[:2]] == [("11-2026", 0), ("12-2026", 1)]
    assert months[-1].label == "10-2027"
    assert sum(m.value for m in months) == 2  # overdue ones count as overdue, not as falling due


def test_the_index_page_draws_the_dashboard_without_outside_resources(clerk_client, promises):
    with time_machine.travel(dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC), tick=False):
        page = clerk_client.get("/admin/").content.decode()
    assert 'id="tz-dashboard"' in page and "<svg" in page
    assert "http://" not in page.split('id="tz-dashboard"')[1].split("</svg>")[0]


def test_every_link_on_the_dashboard_opens_a_list(clerk_client, promises):
    import re

    page = clerk_client.get("/admin/").content.decode()
    dashboard = page.split('id="tz-dashboard"')[1]
    links = set(re.findall(r'href="(/admin/commitments/commitment/[^"]*)"', dashboard))
    assert len(links) >= 5
    for link in links:
        assert clerk_client.get(link.replace("&amp;", "&")).status_code == 200, link


def test_the_figures_are_read_again_only_after_a_commitment_changed(promises, make_commitment):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    build(TODAY)
    with CaptureQueriesContext(connection) as unchanged:
        assert build(TODAY).open == 4
    make_commitment("Zes.", due_date=TODAY + dt.timedelta(days=5))
    assert (build(TODAY).open, build(TODAY).due_30) == (5, 2)
    assert len(unchanged) == 1  # the table's newest change, nothing else
