"""The commitment list: what each row shows, the filters, the search, the review queue, the export."""

import csv
import datetime as dt
import io
import zipfile

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment, Fulfilment

pytestmark = pytest.mark.django_db

LIST = "/admin/commitments/commitment/"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC), tick=False):
        yield


def numbers(response):
    return [c.number for c in response.context["cl"].result_list]


def test_a_row_shows_a_status_badge_and_the_days_overdue(clerk_client, make_commitment):
    make_commitment(due_date=TODAY - dt.timedelta(days=12))
    page = clerk_client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'class="tz-badge"' in page
    assert "12 days overdue" in page


def test_a_fulfilled_commitment_past_its_date_is_not_overdue(clerk_client, make_commitment):
    make_commitment(due_date=TODAY - dt.timedelta(days=12), status="fulfilled", fulfilled_on=TODAY)
    assert "overdue</span>" not in clerk_client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()


@pytest.mark.parametrize(
    "query, due_offsets_shown",
    [
        ("overdue=yes", [-3]),
        ("overdue=no", [0, 4, 20, 80, 200]),
        ("due=week", [0, 4]),  # today is Monday 23 November: the week runs to Sunday 29
        ("due=month", [-3, 0, 4]),  # November, including what fell due earlier in it
        ("due=90days", [0, 4, 20, 80]),
    ],
    ids=["overdue", "not-overdue", "this-week", "this-month", "next-90-days"],
)
def test_the_due_filters_select_by_window(clerk_client, make_commitment, query, due_offsets_shown):
    by_number = {}
    for offset in [-3, 0, 4, 20, 80, 200]:
        by_number[make_commitment(due_date=TODAY + dt.timedelta(days=offset)).number] = offset
    shown = [by_number[n] for n in numbers(clerk_client.get(f"{LIST}?{query}"))]
    assert sorted(shown) == due_offsets_shown


def test_the_proposal_filter_finds_commitments_with_a_fulfilment_to_decide(
    clerk_client, make_commitment, make_document
):
    waiting = make_commitment()
    make_commitment()
    Fulfilment.objects.create(commitment=waiting, document=make_document("x"), extent="progress")
    assert numbers(clerk_client.get(f"{LIST}?proposal=yes")) == [waiting.number]


# None: the found commitment's own number (PostgreSQL does not reset ids between tests, so no fixed number)
@pytest.mark.parametrize("term", ["evaluatie", None, "36045"], ids=["quote-word", "number", "document-reference"])
def test_search_finds_by_quote_number_and_document_reference(clerk_client, make_commitment, make_document, term):
    letter = make_document("Voor de zomer stuur ik u de evaluatie van de wet.", dossier="36045", dossier_item="12")
    found = make_commitment("Voor de zomer stuur ik u de evaluatie van de wet.", document=letter)
    found.text = "Evaluatie wet"  # the quote, not the text, carries the word
    found.save()
    make_commitment("Ik kom hierop terug.", document=make_document("Ik kom hierop terug."))
    result = numbers(clerk_client.get(f"{LIST}?q={term or found.number}"))
    assert result == [found.number]


def test_open_longest_sorts_by_the_date_of_the_first_document(clerk_client, make_commitment, make_document):
    recent = make_commitment(
        "Ik stuur u de brief.", document=make_document("Ik stuur u de brief.", date=dt.date(2026, 5, 1))
    )
    old = make_commitment(
        "Ik stuur u het plan.", document=make_document("Ik stuur u het plan.", date=dt.date(2024, 2, 1))
    )
    index = clerk_client.get(LIST).context["cl"].list_display.index("open_since")
    assert numbers(clerk_client.get(f"{LIST}?o={index}")) == [old.number, recent.number]


def test_the_list_makes_as_many_queries_for_forty_rows_as_for_two(clerk_client, make_commitment, make_document):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert clerk_client.get(LIST).status_code == 200
        return len(queries)

    for i in range(2):
        make_commitment(f"Ik stuur u brief {i}.", due_date=TODAY - dt.timedelta(days=i))
    few = count_queries()
    for i in range(2, 40):
        commitment = make_commitment(f"Ik stuur u brief {i}.", due_date=TODAY + dt.timedelta(days=i))
        Fulfilment.objects.create(commitment=commitment, document=make_document(f"antwoord {i}"), extent="full")
    assert count_queries() == few


def test_the_review_queue_lists_proposed_commitments_lowest_confidence_first(clerk_client, make_commitment):
    sure = make_commitment("Ik stuur u de brief.", confidence=0.95)
    unsure = make_commitment("Wellicht kom ik erop terug.", confidence=0.41)
    make_commitment("Bevestigd al.", review_state="confirmed", confidence=0.2)
    assert numbers(clerk_client.get(f"{LIST}review/")) == [unsure.number, sure.number]


def test_bulk_confirm_from_the_review_queue_records_the_clerk(clerk_client, clerk, make_commitment):
    first, second = make_commitment("Een."), make_commitment("Twee.")
    response = clerk_client.post(
        f"{LIST}review/",
        {
            "action": "confirm_selected",
            "_selected_action": [first.pk, second.pk],
            "index": 0,
        },
    )
    assert response.status_code == 302
    assert set(Commitment.objects.values_list("review_state", flat=True)) == {"confirmed"}
    assert first.events.get(field="review_state").user == clerk


def test_bulk_reject_asks_for_a_reason_first(clerk_client, make_commitment):
    commitment = make_commitment()
    asked = clerk_client.post(LIST, {"action": "reject_selected", "_selected_action": [commitment.pk], "index": 0})
    assert asked.status_code == 200 and b'name="reason"' in asked.content
    clerk_client.post(
        LIST, {"action": "reject_selected", "_selected_action": [commitment.pk], "reason": "geen belofte", "apply": "1"}
    )
    assert commitment.events.get(field="review_state").reason == "geen belofte"


def test_merging_two_selected_lets_the_clerk_choose_the_one_that_stays(clerk_client, make_commitment):
    a, b = make_commitment("Een brief."), make_commitment("Dezelfde brief.")
    clerk_client.post(LIST, {"action": "merge_selected", "_selected_action": [a.pk, b.pk], "keep": b.pk, "apply": "1"})
    assert Commitment.objects.get(pk=a.pk).merged_into_id == b.pk


def test_the_csv_export_holds_exactly_the_filtered_list(clerk_client, make_commitment):
    late = make_commitment('=HYPERLINK("x") ik stuur u de brief.', due_date=TODAY - dt.timedelta(days=5))
    make_commitment(due_date=TODAY + dt.timedelta(days=5))
    response = clerk_client.get(f"{LIST}export/csv/?overdue=yes", HTTP_ACCEPT_LANGUAGE="en")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [late.number]
    assert rows[1][1].startswith("'=")  # a spreadsheet must not run it as a formula
    assert rows[1][rows[0].index("days overdue")] == "5"


def test_the_xlsx_export_is_a_workbook_of_the_filtered_list(clerk_client, make_commitment):
    kept = make_commitment("Ik stuur u de evaluatie.", due_date=TODAY)
    make_commitment("Iets anders.", due_date=TODAY)
    response = clerk_client.get(f"{LIST}export/xlsx/?q=evaluatie")
    with zipfile.ZipFile(io.BytesIO(response.content)) as workbook:
        strings = workbook.read("xl/worksheets/sheet1.xml").decode()
    assert kept.number in strings and "Iets anders" not in strings


def test_a_reader_may_export_but_sees_no_bulk_actions(reader_client, make_commitment):
    make_commitment()
    page = reader_client.get(LIST)
    assert page.status_code == 200 and b'name="action"' not in page.content
    assert reader_client.get(f"{LIST}export/csv/").status_code == 200
