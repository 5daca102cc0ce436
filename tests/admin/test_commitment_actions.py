"""Actions on the commitment page ask for what they need, call a service and record the clerk."""

import datetime as dt

import pytest

from commitments.models import Commitment, CommitmentEvent, Fulfilment

pytestmark = pytest.mark.django_db


def action_url(commitment, name):
    return f"/admin/commitments/commitment/{commitment.pk}/do/{name}/"


def test_confirming_records_the_clerk_in_the_history(clerk_client, clerk, make_commitment):
    commitment = make_commitment()
    response = clerk_client.post(action_url(commitment, "confirm"), {"reason": "klopt", "apply": "1"})
    assert response.status_code == 302
    event = CommitmentEvent.objects.get(commitment=commitment, field="review_state")
    assert (event.new_value, event.user, event.reason) == ("confirmed", clerk, "klopt")


def test_marking_fulfilled_needs_the_fulfilling_document(clerk_client, make_commitment):
    commitment = make_commitment()
    response = clerk_client.post(action_url(commitment, "fulfil"), {"reason": "", "apply": "1"})
    assert response.status_code == 200
    assert Commitment.objects.get(pk=commitment.pk).status == "open"


def test_marking_fulfilled_with_a_document_confirms_it_as_the_fulfilment(
    clerk_client, clerk, make_commitment, make_document
):
    commitment = make_commitment()
    letter = make_document("Hierbij informeer ik uw Kamer over de voortgang.", date=dt.date(2026, 6, 30))
    clerk_client.post(action_url(commitment, "fulfil"), {"document": letter.pk, "apply": "1"})
    commitment.refresh_from_db()
    assert (commitment.status, commitment.fulfilled_on) == ("fulfilled", dt.date(2026, 6, 30))
    fulfilment = Fulfilment.objects.get(commitment=commitment)
    assert (fulfilment.document, fulfilment.state, fulfilment.decided_by) == (letter, "confirmed", clerk)
    assert CommitmentEvent.objects.filter(commitment=commitment, field="status", user=clerk).exists()


def test_partly_fulfilled_keeps_the_commitment_open_for_the_rest(clerk_client, make_commitment, make_document):
    commitment = make_commitment()
    clerk_client.post(
        action_url(commitment, "partly_fulfil"), {"document": make_document("Deel een.").pk, "apply": "1"}
    )
    assert Commitment.objects.open().filter(pk=commitment.pk, status="partly_fulfilled").exists()


def test_lapsing_without_a_reason_shows_the_form_again(clerk_client, make_commitment):
    commitment = make_commitment()
    response = clerk_client.post(action_url(commitment, "lapse"), {"reason": "", "apply": "1"})
    assert response.status_code == 200 and b"errorlist" in response.content
    assert Commitment.objects.get(pk=commitment.pk).status == "open"


def test_changing_the_deadline_keeps_the_old_one_in_the_history(clerk_client, make_commitment):
    commitment = make_commitment(due_date=dt.date(2026, 7, 4))
    clerk_client.post(
        action_url(commitment, "deadline"),
        {
            "due_date": "2026-12-31",
            "deadline_text": "voor het einde van het jaar",
            "reason": "uitstelbrief",
            "apply": "1",
        },
    )
    event = CommitmentEvent.objects.get(commitment=commitment, field="due_date")
    assert (event.old_value, event.new_value, event.reason) == ("2026-07-04", "2026-12-31", "uitstelbrief")


def test_merging_moves_the_mentions_to_the_commitment_that_stays(clerk_client, make_commitment):
    keep = make_commitment("Ik stuur de evaluatie voor de zomer.")
    duplicate = make_commitment("De evaluatie ontvangt u voor de zomer.")
    clerk_client.post(action_url(duplicate, "merge"), {"keep": keep.number, "reason": "zelfde belofte", "apply": "1"})
    duplicate.refresh_from_db()
    assert duplicate.merged_into == keep
    assert keep.mentions.count() == 2
    assert not Commitment.objects.open().filter(pk=duplicate.pk).exists()


def test_accepting_a_fulfilment_proposal_fulfils_the_commitment(clerk_client, clerk, make_commitment, make_document):
    commitment = make_commitment()
    proposal = Fulfilment.objects.create(commitment=commitment, document=make_document("Brief."), extent="full")
    clerk_client.post(f"/admin/commitments/commitment/fulfilment/{proposal.pk}/accept/")
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by) == ("confirmed", clerk)
    assert Commitment.objects.get(pk=commitment.pk).status == "fulfilled"


def test_rejecting_a_fulfilment_proposal_leaves_the_status_alone(clerk_client, make_commitment, make_document):
    commitment = make_commitment()
    proposal = Fulfilment.objects.create(commitment=commitment, document=make_document("Brief."), extent="full")
    clerk_client.post(f"/admin/commitments/commitment/fulfilment/{proposal.pk}/reject/")
    assert Fulfilment.objects.get(pk=proposal.pk).state == "rejected"
    assert Commitment.objects.get(pk=commitment.pk).status == "open"


def test_the_commitment_page_highlights_every_mention_in_its_document(clerk_client, make_commitment):
    commitment = make_commitment()
    page = clerk_client.get(f"/admin/commitments/commitment/{commitment.pk}/change/").content.decode()
    assert f"Geachte voorzitter, <mark>{commitment.text}</mark> Hoogachtend." in page
    assert f"/admin/commitments/document/{commitment.mentions.get().document_id}/change/" in page


@pytest.mark.parametrize(
    "name", ["confirm", "reject", "fulfil", "partly_fulfil", "lapse", "reopen", "deadline", "merge"]
)
def test_a_reader_may_not_use_any_action(reader_client, make_commitment, name):
    commitment = make_commitment()
    assert reader_client.post(action_url(commitment, name), {"reason": "x", "apply": "1"}).status_code == 403
    assert not CommitmentEvent.objects.filter(commitment=commitment).exists()


def test_a_reader_sees_the_commitment_page_without_action_buttons(reader_client, make_commitment):
    commitment = make_commitment()
    response = reader_client.get(f"/admin/commitments/commitment/{commitment.pk}/change/")
    assert response.status_code == 200
    assert b'class="tz-action"' not in response.content and b'name="_save"' not in response.content


def test_editing_a_field_in_the_form_records_the_clerk_and_the_old_value(clerk_client, clerk, make_commitment):
    commitment = make_commitment(subject="oude titel")
    url = f"/admin/commitments/commitment/{commitment.pk}/change/"
    form = clerk_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    data.update({"subject": "evaluatie van de wet", "_save": "1"})
    assert clerk_client.post(url, data).status_code == 302
    event = CommitmentEvent.objects.get(commitment=commitment, field="subject")
    assert (event.old_value, event.new_value, event.user) == ("oude titel", "evaluatie van de wet", clerk)


def test_a_reader_cannot_save_the_form(reader_client, make_commitment):
    commitment = make_commitment(subject="oude titel")
    response = reader_client.post(f"/admin/commitments/commitment/{commitment.pk}/change/", {"subject": "nieuw"})
    assert response.status_code == 403
    assert Commitment.objects.get(pk=commitment.pk).subject == "oude titel"


def test_a_commitment_added_by_hand_gets_a_number_and_a_history(clerk_client, clerk):
    response = clerk_client.post(
        "/admin/commitments/commitment/add/",
        {
            "text": "Toezegging tijdens het commissiedebat: de minister stuurt een brief over de uitvoering.",
            "action": "send",
            "chamber": "TK",
            "deadline_kind": "none",
            "_save": "1",
        },
    )
    assert response.status_code == 302
    commitment = Commitment.objects.get()
    assert commitment.number == f"TZ-{commitment.pk:06d}"
    assert commitment.events.get(field="created").user == clerk
