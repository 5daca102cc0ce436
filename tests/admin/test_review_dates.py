"""The review queue asks for the date of a document that has none; giving it dates the document."""

import datetime as dt

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
REVIEW = reverse("admin:commitments_commitment_review")


def test_the_review_queue_asks_for_the_date_of_an_undated_document(clerk_client, make_commitment):
    promise = make_commitment()
    page = clerk_client.get(REVIEW).content.decode()
    url = reverse("admin:commitments_commitment_date_document", args=[promise.mentions.get().document_id])
    assert 'id="undated-documents"' in page and url in page


def test_a_dated_document_is_not_asked_for(clerk_client, make_commitment, make_document):
    make_commitment(
        document=make_document(
            "Geachte voorzitter, Ik zal uw Kamer voor de zomer informeren over de voortgang. Hoogachtend.",
            date=dt.date(2026, 1, 5),
        )
    )
    assert 'id="undated-documents"' not in clerk_client.get(REVIEW).content.decode()


def test_a_reader_is_not_asked_for_dates(reader_client, make_commitment):
    make_commitment()
    assert 'id="undated-documents"' not in reader_client.get(REVIEW).content.decode()


def test_giving_the_date_sets_it_on_the_document(clerk_client, make_commitment):
    document = make_commitment().mentions.get().document
    url = reverse("admin:commitments_commitment_date_document", args=[document.pk])
    response = clerk_client.post(url, {"date": "2026-02-03"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.date == dt.date(2026, 2, 3)


def test_a_reader_cannot_give_a_date(reader_client, make_commitment):
    document = make_commitment().mentions.get().document
    url = reverse("admin:commitments_commitment_date_document", args=[document.pk])
    assert reader_client.post(url, {"date": "2026-02-03"}).status_code == 403
