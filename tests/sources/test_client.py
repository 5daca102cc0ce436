"""The OData client against a real HTTP server on loopback: paging, incremental reads,
politeness, retries and clear failures. No database, no Django."""

import datetime as dt

import pytest

from commitments.sources import MalformedPage, Query, SourceUnavailable, TransportError
from commitments.sources import toezegging as tz
from commitments.sources.transport import AddressRefused, HttpTransport

from .shapes import toezegging

QUERY = Query(tz.ENTITY_SET, select=tz.SELECT, expand=tz.EXPAND)


def stamps(n):
    return [f"2025-04-{10 + i:02d}T09:00:00Z" for i in range(n)]


def test_it_reads_every_row_across_pages_in_stamp_order(tk, client_for):
    tk.add("Toezegging", *[toezegging(i, changed=s) for i, s in reversed(list(enumerate(stamps(7))))])
    pages = list(client_for(tk).pages(QUERY))
    assert [len(p.rows) for p in pages] == [3, 3, 1]
    assert [r["GewijzigdOp"] for p in pages for r in p.rows] == stamps(7)
    assert all(p.total == 7 for p in pages)


def test_an_incremental_read_asks_only_for_rows_changed_since_the_cursor(tk, client_for):
    tk.add("Toezegging", *[toezegging(i, changed=s) for i, s in enumerate(stamps(5))])
    since = dt.datetime(2025, 4, 12, 9, tzinfo=dt.timezone.utc)
    rows = [r for p in client_for(tk).pages(Query(tz.ENTITY_SET, since=since)) for r in p.rows]
    # ge, not gt: the row with the cursor's own stamp comes again (the upsert leaves it alone)
    assert [r["GewijzigdOp"] for r in rows] == stamps(5)[2:]
    assert "GewijzigdOp%20ge%202025-04-12T09:00:00.000000Z" in tk.page_requests("Toezegging")[0]


def test_the_select_and_expand_name_only_properties_the_service_has(tk, client_for):
    tk.add("Toezegging", toezegging(1))
    page = next(client_for(tk).pages(QUERY))
    assert set(page.rows[0]) >= {"Nummer", "ToegezegdAan", "KamerbriefNakoming", "Activiteit"}
    assert "ApiGewijzigdOp" not in page.rows[0]  # not selected


def test_a_query_the_service_refuses_fails_at_once_without_retrying(tk, client_for):
    client = client_for(tk)
    with pytest.raises(SourceUnavailable) as failed:
        next(client.pages(Query(tz.ENTITY_SET, select=("Id", "Deadline"))))
    assert failed.value.code == "http_400"
    assert client.requests == 1


def test_a_429_is_retried_after_the_wait_the_server_asks_for(tk, client_for, sleeps):
    tk.add("Toezegging", toezegging(1))
    tk.fail("429")
    client = client_for(tk)
    assert len(next(client.pages(QUERY)).rows) == 1
    assert (client.requests, sleeps) == (2, [0.0])


def test_a_500_is_retried_with_a_doubling_backoff(tk, client_for, sleeps):
    tk.add("Toezegging", toezegging(1))
    tk.fail("500", times=2)
    client = client_for(tk, backoff=1.5)
    assert len(next(client.pages(QUERY)).rows) == 1
    assert (client.requests, sleeps) == (3, [1.5, 3.0])


def test_a_server_that_keeps_failing_is_a_clear_failure_after_the_last_retry(tk, client_for):
    tk.fail("500", times=10)
    client = client_for(tk, retries=2)
    with pytest.raises(SourceUnavailable) as failed:
        next(client.pages(QUERY))
    assert (failed.value.code, client.requests) == ("http_500", 3)
    assert "500" in failed.value.message


def test_a_request_that_times_out_is_retried(tk, client_for):
    tk.add("Toezegging", toezegging(1))
    tk.fail("timeout", seconds=1.0)
    client = client_for(tk, timeout=0.2)
    assert len(next(client.pages(QUERY)).rows) == 1
    assert client.requests == 2


def test_a_connection_dropped_mid_page_is_retried_and_the_page_read_whole(tk, client_for):
    tk.add("Toezegging", *[toezegging(i, changed=s) for i, s in enumerate(stamps(3))])
    tk.fail("drop")
    client = client_for(tk)
    assert len(next(client.pages(QUERY)).rows) == 3
    assert client.requests == 2


def test_a_page_that_is_not_odata_json_is_a_malformed_page_and_not_retried(tk, client_for):
    tk.add("Toezegging", toezegging(1))
    tk.fail("garbage")
    client = client_for(tk)
    with pytest.raises(MalformedPage) as failed:
        next(client.pages(QUERY))
    assert "geen JSON" in failed.value.message
    assert client.requests == 1


def test_a_next_link_that_leaves_the_service_is_not_followed(tk, client_for):
    tk.add("Toezegging", *[toezegging(i, changed=s) for i, s in enumerate(stamps(4))])
    tk.fail("foreign_next")
    with pytest.raises(MalformedPage) as failed:
        list(client_for(tk).pages(QUERY))
    assert "buiten de dienst" in failed.value.message


@pytest.mark.parametrize(
    "payload", [b'{"value": {}}', b"[]", b'{"value": [1, 2]}', b'{"value": [], "@odata.count": "veel"}']
)
def test_json_without_a_list_of_rows_is_a_malformed_page(payload):
    from commitments.sources import ODataClient, Response

    class Canned:
        def get(self, url, accept):
            return Response(url, 200, payload, {})

    with pytest.raises(MalformedPage):
        ODataClient("http://tk.test", Canned()).page("http://tk.test/OData/v4/2.0/Toezegging")


def test_requests_are_spaced_by_the_configured_pause(tk, client_for, sleeps):
    tk.add("Toezegging", *[toezegging(i, changed=s) for i, s in enumerate(stamps(7))])
    client = client_for(tk, pause=0.5)
    client.clock = iter([0.0, 0.1, 0.2, 0.3, 0.4]).__next__  # each answer 0.1 s after the last
    list(client.pages(QUERY))
    assert sleeps == [0.4, 0.4]  # three requests, a pause before the second and third


def test_a_document_resource_comes_back_as_bytes_with_its_content_type(tk, client_for):
    tk.resources["abc-1"] = ("application/pdf", b"%PDF-1.4 ...")
    answer = client_for(tk).get(f"{tk.base_url}/OData/v4/2.0/Document(abc-1)/resource")
    assert (answer.body, answer.content_type) == (b"%PDF-1.4 ...", "application/pdf")


def test_the_configured_origin_is_trusted_but_other_internal_addresses_are_refused(tk):
    transport = HttpTransport(timeout=1, max_bytes=1000, trusted_origins=(tk.base_url,))
    assert transport.get(f"{tk.base_url}/elders").status == 404
    with pytest.raises(AddressRefused) as refused:
        transport.get("http://127.0.0.1:9/OData/v4/2.0/Toezegging")
    assert refused.value.code == "forbidden_address"


def test_an_answer_over_the_size_bound_is_refused(tk):
    tk.resources["big"] = ("application/pdf", b"x" * 5000)
    transport = HttpTransport(timeout=1, max_bytes=1000, trusted_origins=(tk.base_url,))
    with pytest.raises(TransportError) as refused:
        transport.get(f"{tk.base_url}/OData/v4/2.0/Document(big)/resource")
    assert refused.value.code == "too_large"
