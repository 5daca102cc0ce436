import pytest

from commitments.reading import language
from commitments.reading.errors import NOT_DUTCH

from .samples import CORPUS, FIXTURES, read_error

ENGLISH = (FIXTURES / "english.txt").read_text(encoding="utf-8")
GERMAN = (
    "Der Bundesminister für Wirtschaft hat den Bundestag am Dienstag darüber informiert, dass die "
    "Regierung ihre Antwort auf den Bericht vor der Sommerpause veröffentlichen wird. Der Bericht "
    "untersucht die Versorgungssicherheit mit Strom und empfiehlt eine Reihe von Maßnahmen, unter "
    "anderem einen schnelleren Ausbau des Hochspannungsnetzes und neue Regeln für die gemeinsame "
    "Nutzung von Kapazität. Der Minister teilt die Sorgen der Netzbetreiber und ist bereit zu prüfen."
)


def test_an_english_paragraph_is_refused_as_not_dutch():
    error = read_error(ENGLISH.encode(), filename="letter.txt")
    assert error.code == NOT_DUTCH
    assert "Nederlands" in error.message


def test_a_german_paragraph_is_clearly_not_dutch():
    assert language.is_clearly_not_dutch(GERMAN)


def test_a_short_english_text_is_not_judged():
    short = "The minister will inform the House before the summer recess about the report."
    assert len(short) < language.MIN_CHARS_JUDGED
    assert not language.is_clearly_not_dutch(short)


@pytest.mark.parametrize("name", sorted(path.stem for path in CORPUS.glob("*.txt")))
def test_every_corpus_text_scores_well_above_the_threshold(name):
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    # The ratio is taken over lines of running text, so a one-page letter that is mostly letterhead (663: one
    # sentence under twenty lines of addresses) is read by its prose; the lowest, 321 (a stored page whose first
    # 2,000 characters are mostly a header of names and numbers), comes to 1.49x.
    assert language.dutch_ratio(text) > 1.25 * language.THRESHOLD
    assert not language.is_clearly_not_dutch(text)
