"""A promise is the same promise whether the speaker says "ik", "wij" or "het kabinet", and a look-alike stays one.

A letter signed by two members of government says "wij" where one says "ik" ("Wij zullen uw Kamer ... informeren",
"zenden wij uw Kamer een afschrift"); a minister answering for the cabinet in a debate says "wij" or "het kabinet"
("Dat zeggen wij u toe", "Dat kan het kabinet toezeggen", "Het kabinet gaat het gesprek aan met Limburg"). Every
labelled promise of the seen and dev halves that the engine finds on its own and that says "ik" next to a finite verb
is rewritten in the plural and with the cabinet as its subject (the verb with it), and must still be found; every
labelled look-alike so rewritten must still not be flagged. A promise spoken in a debate is given as the minister's
words. These are rewrites of real sentences: they test that the rules read the person of the subject, not that they
generalise to documents nobody labelled.

Some forms are not the singular's on purpose (tests/corpus/README.md, "Labelling rules": plans of the government are
not promised to the Kamer). In writing, "wij zullen" with an act is a plan unless the Kamer, a motion or a promise is
named, and an act of the cabinet ("Het kabinet gaat monitoren ...") unless a time to come is; "wij willen kijken" is
the government's plan where "ik wil kijken" is the speaker's; "laten wij" is "let us", a proposal; and a rule of
conduct ("Indien ..., zullen wij ...") is no undertaking.
"""

import json
import re
from pathlib import Path

import pytest

from bench.score_corpus import names_in_half
from commitments.extraction import extract
from commitments.extraction.deadlines.time_phrases import find_time_phrases

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# the finite verbs next to "ik" in the corpus's promises and look-alikes, with their plural and third person
PLURAL = {
    "zal": "zullen", "ga": "gaan", "kom": "komen", "wil": "willen", "ben": "zijn", "heb": "hebben", "kan": "kunnen",
    "laat": "laten", "stuur": "sturen", "informeer": "informeren", "houd": "houden", "zeg": "zeggen", "neem": "nemen",
    "zend": "zenden", "doe": "doen", "zorg": "zorgen", "breng": "brengen", "verwacht": "verwachten",
    "streef": "streven", "betrek": "betrekken", "kijk": "kijken", "blijf": "blijven", "moet": "moeten",
    "vraag": "vragen", "geef": "geven", "onderzoek": "onderzoeken", "stel": "stellen", "pak": "pakken",
    "bericht": "berichten", "meld": "melden", "maak": "maken", "leg": "leggen", "deel": "delen", "zie": "zien",
}  # fmt: skip
THIRD = {
    "zal": "zal", "ga": "gaat", "kom": "komt", "wil": "wil", "ben": "is", "heb": "heeft", "kan": "kan", "laat": "laat",
    "stuur": "stuurt", "informeer": "informeert", "houd": "houdt", "zeg": "zegt", "neem": "neemt", "zend": "zendt",
    "doe": "doet", "zorg": "zorgt", "breng": "brengt", "verwacht": "verwacht", "streef": "streeft", "betrek": "betrekt",
    "kijk": "kijkt", "blijf": "blijft", "moet": "moet", "vraag": "vraagt", "geef": "geeft", "onderzoek": "onderzoekt",
    "stel": "stelt", "pak": "pakt", "bericht": "bericht", "meld": "meldt", "maak": "maakt", "leg": "legt",
    "deel": "deelt", "zie": "ziet",
}  # fmt: skip
VERB_THEN_IK = re.compile(r"\b(\w+) ik\b")
IK_THEN_VERB = re.compile(r"\b([Ii]k) (\w+)\b")
SPEAKER = "De voorzitter:\nHet woord is aan de minister.\n\nMinister De Jonge:\n"
# what the subject does not make the singular's on purpose (see above)
NOT_THE_SINGULARS = re.compile(
    r"\b(?:wij|we) willen (?:\w+ ){0,4}?(?:kijken|verkennen)\b|\bwillen (?:wij|we) (?:\w+ ){0,4}?(?:kijken|verkennen)\b"
    r"|^(?:als|indien|zodra|mocht)\b.*\bzullen wij\b|^(?:maar |en )?laten wij\b",
    re.IGNORECASE | re.MULTILINE,
)
# what may stay unfound: a few sentences a veto reads otherwise in another person ("vraagt het kabinet" is also "asks
# the cabinet"; a veto's window of words counts "het kabinet" as two)
ALLOWED_LOSSES = 3
WRITTEN_CABINET_ACT = re.compile(r"\A(?!De voorzitter:).*\bhet kabinet\b", re.IGNORECASE | re.DOTALL)
WRITTEN_PLAIN_FUTURE = re.compile(
    r"\A(?!De voorzitter:).*\b(?:wij zullen|zullen wij|het kabinet zal|zal het kabinet)\b", re.I | re.S
)


def _written_cabinet_plan(text: str) -> bool:
    return WRITTEN_CABINET_ACT.search(text) is not None and next(find_time_phrases(text), None) is None


def _rewrite(quote: str, verbs: dict[str, str], subject: str) -> str | None:
    """The quote with "ik" as subject (and its finite verb) in another person, or None where it cannot be done
    simply: a verb not in the table, or "mij" and "mijn" beside the cabinet (whose "zich" and "zijn" differ)."""

    def inflect(verb: str) -> str:
        form = verbs[verb.lower()]
        return form.capitalize() if verb[0].isupper() else form

    if subject != "wij" and re.search(r"\b(?:mij|me|mijn|mijzelf)\b|^Laat ik\b", quote):
        return None
    try:
        text = VERB_THEN_IK.sub(lambda m: f"{inflect(m.group(1))} {subject}", quote)
        text = IK_THEN_VERB.sub(
            lambda m: f"{subject.capitalize() if m.group(1) == 'Ik' else subject} {inflect(m.group(2))}", text
        )
    except KeyError:
        return None
    text = re.sub(r"\b(?:mij|me)\b", "ons", text)
    return re.sub(r"\bmijn\b", "onze", text)


def _as_spoken(quote: str) -> str:
    return SPEAKER + quote + "\n"


def _rewritten(kind: str, flagged: bool, verbs: dict[str, str], subject: str) -> list[str]:
    """The rewrites, as given to the engine, of the quotes of a kind that say "ik" with a verb of the table and that
    the engine flags as given (or not)."""
    found = []
    for name in names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev"):
        label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        give = _as_spoken if label.get("type") == "handelingen" else str
        for item in label.get(kind, []):
            quote = " ".join(item["quote"].split())
            if len(quote) > 400 or not re.search(r"\b[Ii]k\b", quote):
                continue
            other = _rewrite(quote, verbs, subject)
            if other and other != quote and bool(extract(give(quote)).commitments) == flagged:
                found.append(give(other))
    return found


PERSONS = {"wij": PLURAL, "het kabinet": THIRD}
PROMISES = {subject: _rewritten("commitments", True, verbs, subject) for subject, verbs in PERSONS.items()}
LOOK_ALIKES = {subject: _rewritten("decoys", False, verbs, subject) for subject, verbs in PERSONS.items()}


@pytest.mark.parametrize("subject", PERSONS)
def test_the_corpus_gives_enough_sentences_to_rewrite(subject):
    assert len(PROMISES[subject]) >= 250
    assert len(LOOK_ALIKES[subject]) >= 400


@pytest.mark.parametrize("subject", PERSONS)
def test_a_promise_in_another_person_is_found(subject):
    lost = [
        text
        for text in PROMISES[subject]
        if not extract(text).commitments
        and not (NOT_THE_SINGULARS.search(text) or WRITTEN_PLAIN_FUTURE.search(text) or _written_cabinet_plan(text))
    ]
    assert len(lost) <= ALLOWED_LOSSES, lost


@pytest.mark.parametrize("subject", PERSONS)
def test_a_look_alike_in_another_person_stays_a_look_alike(subject):
    flagged = [text for text in LOOK_ALIKES[subject] if extract(text).commitments]
    assert flagged == []


@pytest.mark.parametrize(
    "said",
    [
        "Dat zeggen wij u dus toe.",
        "Dan vragen wij even in huis uit of dit haalbaar is.",
        "In mei doen wij u de uitkomst toekomen.",
        "Wij sturen dat nog voor de zomer naar de Kamer.",
        "Dat kan het kabinet toezeggen.",
        "Het kabinet gaat het gesprek aan met de provincie.",
        "Maar deze afweging neemt het kabinet daar nog in mee.",
        "Het kabinet gaat het namelijk in kaart brengen.",
    ],
)
def test_a_spoken_promise_in_another_person_is_a_promise(said):
    assert extract(_as_spoken(said)).commitments


@pytest.mark.parametrize(
    "said",
    [
        # "sturen op" is to steer: the plural of sending needs the Kamer as its receiver
        "Wij sturen op publieke doelen en die staan voorop.",
        # the debate's own course, whoever speaks
        "Het kabinet komt daar zo nog eventjes op terug.",
        "Daar heeft het kabinet het een en ander over toegezegd.",
        # work under way
        "Het kabinet onderzoekt momenteel of er mogelijkheden zijn om op korte termijn duidelijkheid te bieden.",
    ],
)
def test_a_spoken_look_alike_in_another_person_stays_one(said):
    assert not extract(_as_spoken(said)).commitments
