"""A commitment's name (page titles, breadcrumbs, select lists): its number and its text cut between words."""

from commitments.models import Commitment

TEXT = (
    "Op het moment dat er sprake is van overeenstemming tussen de partijen over een beëindiging "
    "van vijandelijkheden zal uw Kamer worden geïnformeerd."
)


def test_a_long_text_is_cut_between_words_with_an_ellipsis():
    name = str(Commitment(number="TZ-000001", text=TEXT))
    assert name == "TZ-000001: Op het moment dat er sprake is van overeenstemming tussen de partijen over een…"


def test_a_short_text_is_shown_whole():
    assert str(Commitment(number="TZ-000002", text="Ik stuur de brief voor de zomer.")) == (
        "TZ-000002: Ik stuur de brief voor de zomer."
    )
