"""A clerk records a promise the extractor missed by selecting it in the document's text."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from commitments.models import Commitment, CommitmentEvent, Mention
from commitments.services.history import ChangeRefused
from commitments.services.missed import CLERK_RULE, MissedPromise, locate_span, record_missed_commitment

pytestmark = pytest.mark.django_db

# A sentence of the seed letter that the extractor does not report: a present-tense statement,
# good enough to stand in for a missed promise in these tests.
SENTENCE = (
    "Het kabinet staat hiertoe in nauw contact\nmet partnerlanden, waaronder met name het Verenigd Koninkrijk, "
    "Frankrijk en Duitsland,\nalsook met de NAVO en de Europese Unie."
)


def span_of(document, sentence):
    start = document.text.find(sentence)
    assert start >= 0, "the test sentence must be in the seed letter"
    return start, start + len(sentence)


@pytest.fixture
def clerk():
    return get_user_model().objects.create_user("griffier")


def test_a_selected_span_becomes_a_confirmed_commitment_with_one_clerk_mention(letter, clerk):
    start, end = span_of(letter, SENTENCE)
    commitment = record_missed_commitment(
        letter.pk, MissedPromise(start, end, action="other", due_date=dt.date(2026, 6, 30)), user=clerk
    )
    assert commitment.review_state == "confirmed"
    assert commitment.number == f"TZ-{commitment.pk:06d}"
    assert (commitment.deadline_kind, commitment.due_date) == ("date", dt.date(2026, 6, 30))
    mention = commitment.mentions.get()
    assert (mention.document_id, mention.start, mention.end, mention.rule) == (letter.pk, start, end, CLERK_RULE)
    assert mention.quote == SENTENCE


def test_the_history_says_who_added_the_missed_promise(letter, clerk):
    start, end = span_of(letter, SENTENCE)
    commitment = record_missed_commitment(letter.pk, MissedPromise(start, end), user=clerk)
    event = CommitmentEvent.objects.get(commitment=commitment)
    assert (event.field, event.user, event.source) == ("created", clerk, "clerk")
    assert "gemiste toezegging" in event.reason


def test_whitespace_around_the_selection_is_left_out(letter, clerk):
    start, end = span_of(letter, SENTENCE)
    mention = record_missed_commitment(letter.pk, MissedPromise(start - 1, end + 1), user=clerk).mentions.get()
    assert letter.text[start - 1].isspace() and (mention.start, mention.end) == (start, end)


def test_offsets_counted_by_a_browser_are_corrected_by_the_selected_text():
    text = "Inleiding 😀 met emoji. Ik stuur uw Kamer voor de zomer een brief."
    wanted = "Ik stuur uw Kamer voor de zomer een brief."
    python_start = text.find(wanted)
    # A browser counts the emoji as two UTF-16 units, so its offsets are one further on.
    assert locate_span(text, python_start + 1, python_start + 1 + len(wanted), wanted) == (
        python_start,
        python_start + len(wanted),
    )


def test_a_selection_not_in_the_text_is_refused():
    with pytest.raises(ChangeRefused, match="staat niet in het document"):
        locate_span("Een korte tekst.", 0, 4, "iets anders")


def test_an_empty_or_outside_selection_is_refused():
    with pytest.raises(ChangeRefused):
        locate_span("Een korte tekst.", 3, 4, "")
    with pytest.raises(ChangeRefused):
        locate_span("Een korte tekst.", 10, 400, "")


def test_a_selection_over_a_promise_already_found_is_refused_and_stores_nothing(letter, clerk):
    found = Mention.objects.filter(document=letter).first()
    before = Commitment.objects.count()
    with pytest.raises(ChangeRefused, match="al gevonden"):
        record_missed_commitment(letter.pk, MissedPromise(found.start, found.end), user=clerk)
    assert Commitment.objects.count() == before


def test_an_unknown_action_is_refused(letter, clerk):
    start, end = span_of(letter, SENTENCE)
    with pytest.raises(ChangeRefused):
        record_missed_commitment(letter.pk, MissedPromise(start, end, action="dance"), user=clerk)


def test_reextraction_keeps_the_clerk_added_promise(letter, clerk, on_commit_runs):
    from commitments.services.extracting import extract_document

    start, end = span_of(letter, SENTENCE)
    commitment = record_missed_commitment(letter.pk, MissedPromise(start, end), user=clerk)
    on_commit_runs(extract_document, letter.pk, force=True)
    assert Mention.objects.filter(document=letter, rule=CLERK_RULE).get().commitment == commitment
