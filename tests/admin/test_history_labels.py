"""The commitment page's history speaks the clerk's language: field names and the system's reasons."""

import pytest
from django.utils import translation

from commitments.admin.panels import field_label, reason_label


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


@pytest.mark.parametrize(
    "field, label",
    [("created", "aangemaakt"), ("mention", "vermelding"), ("due_date", "uiterste datum"), ("ministry", "ministerie")],
)
def test_a_history_field_is_named_in_dutch(field, label):
    assert field_label(field) == label


@pytest.mark.parametrize(
    "reason, shown",
    [
        (
            "restated: 4 shared content words; both recurring",
            "herhaald: 4 gedeelde inhoudswoorden; beide doorlopend",
        ),
        ("extracted from Kamerbrief 12", "geëxtraheerd uit Kamerbrief 12"),
        ("supplements TZ-000003: 3 shared content words", "vult aan TZ-000003: 3 gedeelde inhoudswoorden"),
        ("Uitstel gemeld in brief.txt", "Uitstel gemeld in brief.txt"),
    ],
    ids=["restated", "extracted", "relation", "already-dutch"],
)
def test_a_reason_the_system_wrote_is_shown_in_dutch(reason, shown):
    assert reason_label(reason) == shown
