"""The clerk's two screens: record a missed promise from a document, and read the extraction report."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from commitments.models import Commitment, Mention
from commitments.services.missed import CLERK_RULE

pytestmark = pytest.mark.django_db

SENTENCE = "Het kabinet staat hiertoe in nauw contact"


def user_in(group_name):
    user = get_user_model().objects.create_user(group_name.lower(), password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def clerk_client(client):
    client.force_login(user_in("Clerks"))
    return client


def test_the_document_page_offers_the_missed_commitment_screen_to_a_clerk(clerk_client, letter):
    page = clerk_client.get(reverse("admin:commitments_document_change", args=[letter.pk]))
    assert reverse("commitments_document_missed", args=[letter.pk]) in page.content.decode()


def test_the_screen_shows_the_text_with_what_was_found_highlighted(clerk_client, letter):
    page = clerk_client.get(reverse("commitments_document_missed", args=[letter.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count("<mark>") == Mention.objects.filter(document=letter).count()


def test_posting_a_selection_records_the_missed_commitment_and_opens_it(clerk_client, letter):
    start = letter.text.find(SENTENCE)
    response = clerk_client.post(
        reverse("commitments_document_missed", args=[letter.pk]),
        {"start": start, "end": start + len(SENTENCE), "selected_text": SENTENCE, "action": "other"},
    )
    commitment = Commitment.objects.get(mentions__rule=CLERK_RULE)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:commitments_commitment_change", args=[commitment.pk])
    assert commitment.review_state == "confirmed"


def test_a_pasted_sentence_without_offsets_is_found_in_the_text(clerk_client, letter):
    clerk_client.post(
        reverse("commitments_document_missed", args=[letter.pk]), {"selected_text": SENTENCE, "action": "inform"}
    )
    mention = Mention.objects.get(rule=CLERK_RULE)
    assert mention.start == letter.text.find(SENTENCE)


def test_a_selection_of_a_promise_already_found_is_refused_on_the_page(clerk_client, letter):
    found = Mention.objects.filter(document=letter).first()
    response = clerk_client.post(
        reverse("commitments_document_missed", args=[letter.pk]),
        {"start": found.start, "end": found.end, "selected_text": found.quote, "action": "inform"},
    )
    assert response.status_code == 200
    assert "al gevonden" in response.content.decode()
    assert not Mention.objects.filter(rule=CLERK_RULE).exists()


def test_a_read_only_user_may_not_add_a_missed_commitment(client, letter):
    client.force_login(user_in("Read-only"))
    page = client.get(reverse("admin:commitments_document_change", args=[letter.pk]))
    assert reverse("commitments_document_missed", args=[letter.pk]) not in page.content.decode()
    assert client.get(reverse("commitments_document_missed", args=[letter.pk])).status_code == 403


def test_an_unknown_document_is_a_404(clerk_client):
    assert clerk_client.get("/admin/commitments/document/999999/missed/").status_code == 404


def test_the_report_page_shows_each_rule_and_the_missed_count(clerk_client, letter):
    start = letter.text.find(SENTENCE)
    clerk_client.post(
        reverse("commitments_document_missed", args=[letter.pk]),
        {"start": start, "end": start + len(SENTENCE), "selected_text": SENTENCE, "action": "other"},
    )
    html = clerk_client.get(reverse("commitments_extraction_report")).content.decode()
    for rule in Mention.objects.exclude(rule=CLERK_RULE).values_list("rule", flat=True):
        assert f"<td>{rule}</td>" in html
    assert 'id="missed-count">1 ' in html


def test_the_index_links_to_the_report(clerk_client):
    assert reverse("commitments_extraction_report") in clerk_client.get(reverse("admin:index")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, letter):
    response = client.get(reverse("commitments_extraction_report"))
    assert response.status_code == 302 and "/login/" in response["Location"]
