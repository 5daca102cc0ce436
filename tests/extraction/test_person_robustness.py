"""A promise made in the first person plural is the same promise as in the singular, and a look-alike stays one.

A letter signed by two members of government says "wij" where one says "ik" ("Wij zullen uw Kamer ... informeren",
"zenden wij uw Kamer een afschrift"), and so does a minister answering for the cabinet in a debate ("Dat zeggen wij
u toe", "Dan vragen wij even in huis uit of ..."). Every labelled promise of the seen and dev halves that the engine
finds on its own and that says "ik" next to a finite verb is rewritten in the plural (verb, "mij", "mijn" with it),
and must still be found; every labelled look-alike so rewritten must still not be flagged. A promise spoken in a
debate is given as the minister's words. These are rewrites of real sentences: they test that the rules read the
person of the subject, not that they generalise to documents nobody labelled.

Two plural forms are not the singular's on purpose (tests/corpus/README.md, "Labelling rules": plans of the
government are not promised to the Kamer): in writing, "wij zullen" with an act needs the Kamer, a motion or a
promise in view; and "wij willen kijken" is the government's plan, where "ik wil kijken" is the speaker's.
"""

import json
import re
from pathlib import Path

import pytest

from bench.score_corpus import names_in_half
from commitments.extraction import extract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# the finite verbs next to "ik" in the corpus's promises and look-alikes, with their plural
PLURAL = {
    "zal": "zullen", "ga": "gaan", "kom": "komen", "wil": "willen", "ben": "zijn", "heb": "hebben", "kan": "kunnen",
    "laat": "laten", "stuur": "sturen", "informeer": "informeren", "houd": "houden", "zeg": "zeggen", "neem": "nemen",
    "zend": "zenden", "doe": "doen", "zorg": "zorgen", "breng": "brengen", "verwacht": "verwachten",
    "streef": "streven", "betrek": "betrekken", "kijk": "kijken", "blijf": "blijven", "moet": "moeten",
    "vraag": "vragen", "geef": "geven", "onderzoek": "onderzoeken", "stel": "stellen", "pak": "pakken",
    "bericht": "berichten", "meld": "melden", "maak": "maken", "leg": "leggen", "deel": "delen", "zie": "zien",
}  # fmt: skip
VERB_THEN_IK = re.compile(r"\b(\w+) ik\b")
IK_THEN_VERB = re.compile(r"\b([Ii]k) (\w+)\b")
SPEAKER = "De voorzitter:\nHet woord is aan de minister.\n\nMinister De Jonge:\n"
# plans of the government in the plural, not the speaker's own undertaking (see above): a wish to look into something,
# a rule of conduct if something happens ("Indien ..., zullen wij ..."), and "let us" ("Laten wij ..."), a proposal
PLURAL_PLAN = re.compile(
    r"\b(?:wij|we) willen (?:\w+ ){0,4}?(?:kijken|verkennen)\b|\bwillen (?:wij|we) (?:\w+ ){0,4}?(?:kijken|verkennen)\b"
    r"|^(?:als|indien|zodra|mocht)\b.*\bzullen wij\b|^(?:maar |en )?laten wij\b",
    re.IGNORECASE | re.MULTILINE,
)


def _plural(quote: str) -> str | None:
    """The quote with "ik" and its finite verb in the plural, or None where a verb is not in the table."""

    def inflect(verb: str) -> str:
        plural = PLURAL[verb.lower()]
        return plural.capitalize() if verb[0].isupper() else plural

    try:
        text = VERB_THEN_IK.sub(lambda m: f"{inflect(m.group(1))} wij", quote)
        text = IK_THEN_VERB.sub(lambda m: f"{'Wij' if m.group(1) == 'Ik' else 'wij'} {inflect(m.group(2))}", text)
    except KeyError:
        return None
    text = re.sub(r"\b(?:mij|me)\b", "ons", text)
    return re.sub(r"\bmijn\b", "onze", text)


def _as_spoken(quote: str) -> str:
    return SPEAKER + quote + "\n"


def _rewritten(kind: str, flagged: bool) -> list[tuple[str, str]]:
    """(original as given to the engine, plural as given) of the quotes of a kind that say "ik" with a verb of the
    table, that the engine flags as given (or not)."""
    found = []
    for name in names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev"):
        label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        give = _as_spoken if label.get("type") == "handelingen" else str
        for item in label.get(kind, []):
            quote = " ".join(item["quote"].split())
            plural = _plural(quote) if len(quote) <= 400 and re.search(r"\b[Ii]k\b", quote) else None
            if plural and plural != quote and bool(extract(give(quote)).commitments) == flagged:
                found.append((give(quote), give(plural)))
    return found


PROMISES = _rewritten("commitments", flagged=True)
LOOK_ALIKES = _rewritten("decoys", flagged=False)


def test_the_corpus_gives_enough_sentences_to_rewrite():
    assert len(PROMISES) >= 250
    assert len(LOOK_ALIKES) >= 500


def test_a_promise_in_the_first_person_plural_is_found():
    lost = [
        plural
        for _, plural in PROMISES
        if not extract(plural).commitments and not (PLURAL_PLAN.search(plural) or _written_plain_future(plural))
    ]
    assert lost == []


def test_a_look_alike_in_the_first_person_plural_stays_a_look_alike():
    flagged = [plural for _, plural in LOOK_ALIKES if extract(plural).commitments]
    assert flagged == []


def _written_plain_future(text: str) -> bool:
    return not text.startswith(SPEAKER) and re.search(r"\b(?:wij zullen|zullen wij)\b", text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    "singular, plural",
    [
        ("Dat zeg ik u dus toe.", "Dat zeggen wij u dus toe."),
        ("Dan vraag ik even in huis uit of dit haalbaar is.", "Dan vragen wij even in huis uit of dit haalbaar is."),
        ("In mei doe ik u de uitkomst toekomen.", "In mei doen wij u de uitkomst toekomen."),
        ("Ik stuur dat nog voor de zomer naar de Kamer.", "Wij sturen dat nog voor de zomer naar de Kamer."),
    ],
)  # fmt: skip
def test_the_plural_of_a_spoken_promise_is_a_promise(singular, plural):
    assert extract(_as_spoken(singular)).commitments
    assert extract(_as_spoken(plural)).commitments


def test_steering_in_the_plural_is_no_sending():
    # "sturen op" is to steer: the plural of sending needs the Kamer as its receiver
    assert not extract(_as_spoken("Wij sturen op publieke doelen en die staan voorop.")).commitments
