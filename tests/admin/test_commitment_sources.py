"""The commitment page shows each source extract once, however many copies give it."""

import pytest

from commitments.admin.panels import commitment_panels
from commitments.models import Mention

pytestmark = pytest.mark.django_db


def test_identical_extracts_from_copies_of_a_letter_are_shown_once(make_commitment, make_document):
    promise = make_commitment()
    text = promise.mentions.get().document.text
    for _ in range(7):
        copy = make_document(text)
        start = text.find(promise.text)
        Mention.objects.create(
            commitment=promise,
            document=copy,
            quote=promise.text,
            start=start,
            end=start + len(promise.text),
            rule="test",
            confidence=0.9,
        )
    passages = commitment_panels(promise)["passages"]
    assert len(passages) == 1
    assert len(passages[0].also_in) == 7


def test_an_extract_in_other_words_around_it_is_shown_apart(make_commitment, make_document):
    promise = make_commitment()
    other = make_document(f"Zoals eerder gemeld: {promise.text} Met vriendelijke groet.")
    start = other.text.find(promise.text)
    Mention.objects.create(
        commitment=promise,
        document=other,
        quote=promise.text,
        start=start,
        end=start + len(promise.text),
        rule="test",
        confidence=0.9,
    )
    assert len(commitment_panels(promise)["passages"]) == 2
