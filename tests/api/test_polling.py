"""Polling: keyset pages without COUNT or OFFSET, the settle window, validators and 304s, tombstones."""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from commitments.models import Commitment, Mention
from commitments.services.history import change_status
from tests.factories import make_commitment, make_document

pytestmark = pytest.mark.django_db


def follow(client, url):
    """Every row id served while following `next` until has_more is false."""
    seen = []
    while True:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        if not body["has_more"]:
            return seen, body["next"]
        url = body["next"]


def test_following_next_serves_every_row_once_in_updated_order(read_client):
    made = [make_commitment(None).pk for _ in range(7)]
    seen, _ = follow(read_client, "/api/v1/commitments/?page_size=3")
    assert seen == made


def test_a_row_updated_during_a_sync_comes_back_on_a_later_page(read_client):
    first, second, third = (make_commitment(None) for _ in range(3))
    page = read_client.get("/api/v1/commitments/?page_size=2").json()
    change_status(first.pk, "fulfilled", reason="brief verstuurd")
    seen, _ = follow(read_client, page["next"])
    assert seen == [third.pk, first.pk]


def test_the_next_link_of_the_last_page_resumes_where_the_poller_stopped(read_client):
    make_commitment(None)
    _, resume = follow(read_client, "/api/v1/commitments/")
    assert read_client.get(resume).json()["results"] == []
    newer = make_commitment(None)
    assert [row["id"] for row in read_client.get(resume).json()["results"]] == [newer.pk]


@pytest.mark.parametrize("path", ["/api/v1/commitments/", "/api/v1/documents/", "/api/v1/ingest-runs/"])
def test_a_polled_page_runs_no_count_and_no_offset(read_client, path):
    for _ in range(5):
        make_commitment(make_document())
    second_page = read_client.get(f"{path}?page_size=2").json()["next"]
    with CaptureQueriesContext(connection) as queries:
        assert read_client.get(second_page).status_code == 200
    sql = " ".join(query["sql"].upper() for query in queries.captured_queries)
    assert "COUNT(" not in sql and "OFFSET" not in sql


@pytest.mark.parametrize(
    ("path", "extra"),
    [("/api/v1/commitments/", ""), ("/api/v1/commitments/", "&dossier=36200&q=punt"), ("/api/v1/documents/", "")],
)
def test_the_number_of_queries_of_a_list_page_does_not_grow_with_the_page_size(read_client, ministry, path, extra):
    for _ in range(30):
        document = make_document()
        make_commitment(document, ministry=ministry)
    read_client.get("/api/v1/ministries/")  # the token's first use records last_used_at once
    counts = []
    for size in (2, 30):
        with CaptureQueriesContext(connection) as queries:
            response = read_client.get(f"{path}?page_size={size}{extra}")
        assert len(response.json()["results"]) == size
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 3


def test_the_number_of_queries_of_a_detail_does_not_grow_with_its_mentions(read_client):
    small, large = make_commitment(make_document()), make_commitment(make_document())
    for n in range(20):
        Mention.objects.create(
            commitment=large,
            document=make_document(),
            quote="herhaling",
            start=n,
            end=n + 5,
            rule="inform",
            confidence=0.5,
        )
    read_client.get("/api/v1/ministries/")
    counts = []
    for commitment in (small, large):
        with CaptureQueriesContext(connection) as queries:
            read_client.get(f"/api/v1/commitments/{commitment.pk}/")
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_rows_younger_than_the_settle_window_are_held_back(read_client, settings):
    settings.API_SETTLE_SECONDS = 5
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        row = make_commitment(None)
        assert read_client.get("/api/v1/commitments/").json()["results"] == []
    with time_machine.travel(start + dt.timedelta(seconds=6), tick=False):
        assert [r["id"] for r in read_client.get("/api/v1/commitments/").json()["results"]] == [row.pk]


def test_a_late_committing_row_is_not_skipped_by_a_poller_inside_the_window(read_client, settings):
    # A row saved at t but committed at t+2s: a poll at t+1s must not move the cursor past it.
    settings.API_SETTLE_SECONDS = 5
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        early = make_commitment(None)
    with time_machine.travel(start + dt.timedelta(seconds=6), tick=False):
        first = read_client.get("/api/v1/commitments/").json()
    assert [r["id"] for r in first["results"]] == [early.pk]
    with time_machine.travel(start + dt.timedelta(seconds=7), tick=False):
        late = make_commitment(None)  # saved at +7s, visible to the poll at +8s only once settled
    with time_machine.travel(start + dt.timedelta(seconds=8), tick=False):
        assert read_client.get(first["next"]).json()["results"] == []
    with time_machine.travel(start + dt.timedelta(seconds=13), tick=False):
        assert [r["id"] for r in read_client.get(first["next"]).json()["results"]] == [late.pk]


@pytest.mark.parametrize(
    "path",
    ["/api/v1/commitments/", "/api/v1/documents/", "/api/v1/ministries/", "/api/v1/recesses/", "/api/v1/ingest-runs/"],
)
def test_a_list_answers_if_none_match_with_304_until_it_changes(read_client, ministry, path):
    make_commitment(make_document())
    first = read_client.get(path)
    etag = first["ETag"]
    again = read_client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag


def test_a_changed_row_changes_the_list_etag(read_client):
    row = make_commitment(None)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    change_status(row.pk, "lapsed", reason="vervallen na debat")
    response = read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


def test_a_list_answers_if_modified_since_with_304(read_client):
    make_commitment(None)
    last_modified = read_client.get("/api/v1/commitments/")["Last-Modified"]
    assert read_client.get("/api/v1/commitments/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    earlier = http_date(timezone.now().timestamp() - 3600)
    assert read_client.get("/api/v1/commitments/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_if_none_match_wins_over_if_modified_since(read_client):
    make_commitment(None)
    last_modified = read_client.get("/api/v1/commitments/")["Last-Modified"]
    response = read_client.get("/api/v1/commitments/", HTTP_IF_MODIFIED_SINCE=last_modified, HTTP_IF_NONE_MATCH='"x"')
    assert response.status_code == 200


def test_a_detail_answers_304_and_changes_etag_when_a_mention_is_added(read_client):
    row = make_commitment(make_document())
    url = f"/api/v1/commitments/{row.pk}/"
    etag = read_client.get(url)["ETag"]
    assert read_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert read_client.get(url, HTTP_IF_MODIFIED_SINCE=read_client.get(url)["Last-Modified"]).status_code == 304
    Mention.objects.create(
        commitment=row,
        document=make_document(),
        quote="Ik herhaal mijn toezegging.",
        start=0,
        end=10,
        rule="inform",
        confidence=0.8,
        refers_to_earlier=True,
    )
    assert read_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_304_reads_only_the_keys_of_the_page(read_client, ministry):
    for _ in range(20):
        make_commitment(make_document(), ministry=ministry)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    with CaptureQueriesContext(connection) as full:
        read_client.get("/api/v1/commitments/?")
    with CaptureQueriesContext(connection) as revalidated:
        assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert '."text"' in full.captured_queries[-1]["sql"] and '."text"' not in revalidated.captured_queries[-1]["sql"]


def test_a_remembered_304_reads_only_the_tables_stamp(read_client, ministry):
    for _ in range(20):
        make_commitment(make_document(), ministry=ministry)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
    with CaptureQueriesContext(connection) as remembered:
        assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    [stamp] = remembered.captured_queries
    assert stamp["sql"].startswith("SELECT (SELECT MAX(")


def test_a_remembered_validator_is_dropped_when_a_row_is_written(read_client):
    row = make_commitment(None)
    etag = read_client.get("/api/v1/commitments/")["ETag"]
    assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # remembered
    change_status(row.pk, "lapsed", reason="vervallen na debat")
    response = read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response.json()["results"][0]["status"] == "lapsed"


def test_a_page_computed_while_rows_settle_is_not_remembered(read_client, settings):
    settings.API_SETTLE_SECONDS = 5
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        row = make_commitment(None)
    with time_machine.travel(start + dt.timedelta(seconds=2), tick=False):
        etag = read_client.get("/api/v1/commitments/")["ETag"]
        assert read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    with time_machine.travel(start + dt.timedelta(seconds=6), tick=False):
        # No write since, but the row has settled: the page changed by time alone.
        response = read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200 and [r["id"] for r in response.json()["results"]] == [row.pk]


def test_a_remembered_validator_answers_if_modified_since_too(read_client):
    make_commitment(None)
    first = read_client.get("/api/v1/commitments/")
    read_client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=first["ETag"])
    with CaptureQueriesContext(connection) as remembered:
        response = read_client.get("/api/v1/commitments/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert response.status_code == 304 and len(remembered) == 1
    earlier = http_date(timezone.now().timestamp() - 3600)
    assert read_client.get("/api/v1/commitments/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


@pytest.mark.parametrize("header", ["HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE"])
def test_a_stale_validator_gets_the_same_page_as_none(read_client, ministry, header):
    for _ in range(5):
        make_commitment(make_document(), ministry=ministry)
    plain = read_client.get("/api/v1/commitments/?page_size=3")
    stale = '"0"' if header == "HTTP_IF_NONE_MATCH" else "Thu, 01 Jan 2015 00:00:00 GMT"
    revalidated = read_client.get("/api/v1/commitments/?page_size=3", **{header: stale})
    assert revalidated.status_code == 200 and revalidated.content == plain.content
    assert revalidated["ETag"] == plain["ETag"]


def test_a_merged_commitment_is_served_as_a_tombstone(read_client):
    survivor, merged = make_commitment(None), make_commitment(None)
    Commitment.objects.filter(pk=merged.pk).update(merged_into=survivor, updated_at=timezone.now())
    rows = {row["id"]: row for row in read_client.get("/api/v1/commitments/").json()["results"]}
    assert rows[merged.pk] == {
        "id": merged.pk,
        "url": f"http://testserver/api/v1/commitments/{merged.pk}/",
        "state": "merged",
        "merged_into": survivor.pk,
        "updated_at": rows[merged.pk]["updated_at"],
    }
    assert rows[survivor.pk]["state"] == "active"
    detail = read_client.get(f"/api/v1/commitments/{merged.pk}/").json()
    assert detail["state"] == "merged" and detail["merged_into"] == survivor.pk and "text" not in detail


def test_a_poller_past_a_commitment_gets_its_tombstone_when_it_is_merged(read_client):
    from commitments.services.merging import merge_commitments

    survivor, duplicate = make_commitment(make_document()), make_commitment(make_document())
    seen, resume = follow(read_client, "/api/v1/commitments/")
    assert seen == [survivor.pk, duplicate.pk]
    merge_commitments(duplicate.pk, survivor.pk, reason="zelfde toezegging")
    rows = read_client.get(resume).json()["results"]
    assert [(row["id"], row["state"], row["merged_into"]) for row in rows if row["id"] == duplicate.pk] == [
        (duplicate.pk, "merged", survivor.pk)
    ]


def test_a_commitment_is_never_deleted_so_no_poller_misses_a_deletion(read_client):
    from django.db.models import ProtectedError

    row = make_commitment(None)
    change_status(row.pk, "lapsed", reason="niet meer aan de orde")  # every product path writes history
    with pytest.raises(ProtectedError):
        Commitment.objects.filter(pk=row.pk).delete()
    assert [r["id"] for r in read_client.get("/api/v1/commitments/").json()["results"]] == [row.pk]


def test_the_detail_carries_mentions_relations_fulfilments_and_history(read_client, clerk):
    from commitments.models import CommitmentRelation, Fulfilment

    document = make_document()
    row, earlier = make_commitment(document), make_commitment(None)
    CommitmentRelation.objects.create(source=row, target=earlier, kind="repeats", document=document)
    Fulfilment.objects.create(commitment=row, document=make_document(), extent="full")
    change_status(row.pk, "fulfilled", user=clerk, reason="brief ontvangen")
    body = read_client.get(f"/api/v1/commitments/{row.pk}/").json()
    assert [m["document"] for m in body["mentions"]] == [document.pk]
    assert [(r["source"], r["target"], r["kind"]) for r in body["relations"]] == [(row.pk, earlier.pk, "repeats")]
    assert [f["extent"] for f in body["fulfilments"]] == ["full"]
    assert [(h["field"], h["new_value"], h["user"]) for h in body["history"]] == [("status", "fulfilled", "griffier")]


def test_a_document_detail_carries_its_mentions(read_client):
    document = make_document()
    row = make_commitment(document)
    body = read_client.get(f"/api/v1/documents/{document.pk}/").json()
    assert [m["commitment"] for m in body["mentions"]] == [row.pk]
