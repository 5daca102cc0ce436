"""A promise said in another ordinary Dutch word order is still a promise, and a look-alike still a look-alike.

Rules are written on the sentences of the corpus, mostly in the order the writer chose. Dutch lets the same main
clause open with its subject ("Ik zal uw Kamer ... informeren") or with something put in front, after which the
finite verb comes second and the subject third ("Zoals gevraagd zal ik uw Kamer ... informeren", "Voor de zomer zal
ik uw Kamer ... informeren", with the same deadline); and a bracket with a cross-reference, a phrase between commas
or a remark between dashes may stand after the subject and verb ("Ik zal (zie bijlage 2) uw Kamer ... informeren",
"Ik zal – en dat is van belang – ..."). Every labelled promise of the seen and dev halves that the engine finds on
its own and that opens with its subject and finite verb is rewritten so, and must still be found; so is every
labelled look-alike (decoy) that opens so and is not flagged on its own, and it must still not be flagged. These are
rewrites of real sentences: they test that the rules read the grammar, not that they generalise to documents nobody
labelled.
"""

import json
import re
from datetime import date
from pathlib import Path

from bench.score_corpus import names_in_half
from commitments.extraction import ExtractionConfig, extract
from commitments.extraction.deadlines.time_phrases import find_time_phrases

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
OPENS_WITH_SUBJECT = re.compile(
    r"^(Ik|We|Wij|Het kabinet) (zal|zullen|ga|gaan|stuur|informeer|kom|komen|wil|willen|laat|stel|bied|ben|zeg) "
)
# what may stay unfound: a handful of sentences whose rewrite a rule or veto reads otherwise on purpose
ALLOWED_LOSSES = 3


def _quotes_opening_with_subject(kind: str, opens: re.Pattern[str], flagged: bool) -> list[re.Match[str]]:
    """The openings of the labelled quotes of a kind ("commitments", "decoys") in the seen and dev halves that open
    so, and that the engine flags on their own (or not)."""
    found = []
    for name in names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev"):
        label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        for item in label.get(kind, []):
            quote = " ".join(item["quote"].split())
            opening = opens.match(quote)
            if opening and len(quote) <= 400 and bool(extract(quote).commitments) == flagged:
                found.append(opening)
    return found


PROMISES = _quotes_opening_with_subject("commitments", OPENS_WITH_SUBJECT, flagged=True)


def _subject(opening: re.Match[str]) -> str:
    return "ik" if opening.group(1) == "Ik" else opening.group(1).lower()


def _lost(rewrite) -> list[str]:
    return [text for text in map(rewrite, PROMISES) if not extract(text).commitments]


def test_the_corpus_gives_enough_promises_to_rewrite():
    assert len(PROMISES) >= 150


def test_a_promise_after_a_reduced_zoals_clause_is_found():
    lost = _lost(lambda m: f"Zoals gevraagd {m.group(2)} {_subject(m)} {m.string[m.end() :]}")
    assert len(lost) <= ALLOWED_LOSSES, lost


def test_a_promise_after_a_fronted_adverb_is_found():
    lost = _lost(lambda m: f"{m.group(1)} {m.group(2)} uiteraard {m.string[m.end() :]}")
    assert len(lost) <= ALLOWED_LOSSES, lost


def test_a_cross_reference_in_brackets_after_subject_and_verb_leaves_the_promise():
    lost = _lost(lambda m: f"{m.group(1)} {m.group(2)} (zie bijlage 2) {m.string[m.end() :]}")
    assert len(lost) <= ALLOWED_LOSSES, lost


def test_a_phrase_between_commas_after_subject_and_verb_leaves_the_promise():
    lost = _lost(lambda m: f"{m.group(1)} {m.group(2)}, in overleg met de betrokken partijen, {m.string[m.end() :]}")
    assert len(lost) <= ALLOWED_LOSSES, lost


def test_a_remark_between_dashes_after_subject_and_verb_leaves_the_promise():
    lost = _lost(lambda m: f"{m.group(1)} {m.group(2)} – en dat is van belang – {m.string[m.end() :]}")
    assert len(lost) <= ALLOWED_LOSSES, lost


WRITTEN_ON = ExtractionConfig(reference_date=date(2024, 3, 1))


def _with_its_time_put_first(opening: re.Match[str]) -> tuple[str, str] | None:
    """The quote and its rewrite with its first time phrase after subject and verb put in front ("Voor de zomer zal
    ik uw Kamer informeren"), or None when it has none."""
    phrase = next((p for p in find_time_phrases(opening.string) if p.start() >= opening.end()), None)
    if phrase is None:
        return None
    words = phrase.group().strip()
    rest = f"{opening.string[opening.end() : phrase.start()].rstrip()} {opening.string[phrase.end() :].lstrip()}"
    return opening.string, f"{words[0].upper()}{words[1:]} {opening.group(2)} {_subject(opening)} {rest.strip()}"


def test_a_promise_with_its_time_put_first_is_found_with_the_same_deadline():
    pairs = [pair for pair in map(_with_its_time_put_first, PROMISES) if pair is not None]
    assert len(pairs) >= 40
    lost, moved = [], []
    for quote, rewrite in pairs:
        found = extract(rewrite, WRITTEN_ON).commitments
        if not found:
            lost.append(rewrite)
        elif found[0].due_date != extract(quote, WRITTEN_ON).commitments[0].due_date:
            moved.append(rewrite)
    assert len(lost) <= ALLOWED_LOSSES, lost
    assert moved == []


DELIVERY_VERB = re.compile(
    r"\b(?:informeren|sturen|toesturen|zenden|toezenden|berichten|aanbieden|voorleggen|terugkomen)\b"
)
TELLING = [
    "Ik kan u melden dat",
    "Graag bericht ik u dat",
    "Ik kan u toezeggen dat",
    "Met deze brief informeer ik u dat",
]


def _governed(opening: re.Match[str], telling: str) -> str | None:
    """'Ik zal uw Kamer voor de zomer informeren over X' told in a clause governed by a verb of telling or promising,
    with the verb cluster last: 'Ik kan u melden dat ik uw Kamer voor de zomer zal informeren over X'."""
    verb = DELIVERY_VERB.search(opening.string, opening.end())
    if opening.group(1) != "Ik" or opening.group(2) != "zal" or verb is None or "," in opening.string:
        return None
    return f"{telling} ik {opening.string[opening.end() : verb.start()]}zal {opening.string[verb.start() :]}"


def test_a_promise_in_a_clause_governed_by_telling_or_promising_is_found():
    # the governing clause's own words ("kan ... melden", "bericht ik u") are no veto of the promise it governs
    for telling in TELLING:
        rewrites = [text for text in (_governed(m, telling) for m in PROMISES) if text is not None]
        assert len(rewrites) >= 15
        lost = [text for text in rewrites if not extract(text).commitments]
        assert len(lost) <= ALLOWED_LOSSES, lost


LOOK_ALIKE_OPENING = re.compile(
    r"^(Ik|We|Wij|Het kabinet) (zal|zullen|ga|gaan|stuur|informeer|kom|komen|wil|willen|laat|stel|bied|ben|zeg|heb"
    r"|hebben|kan|kunnen|zou|zouden|vind|denk|verwacht|moet|moeten|blijf|blijven) "
)


LOOK_ALIKES = _quotes_opening_with_subject("decoys", LOOK_ALIKE_OPENING, flagged=False)


def _flagged(rewrite) -> list[str]:
    return [text for text in map(rewrite, LOOK_ALIKES) if extract(text).commitments]


def test_the_corpus_gives_enough_look_alikes_to_rewrite():
    assert len(LOOK_ALIKES) >= 150


def test_a_cross_reference_in_brackets_does_not_make_a_look_alike_a_promise():
    # "Ik kom (zie bijlage 2) daar zo nog op terug" is still the debate's own order
    assert _flagged(lambda m: f"{m.group(1)} {m.group(2)} (zie bijlage 2) {m.string[m.end() :]}") == []


def test_a_remark_between_dashes_does_not_make_a_look_alike_a_promise():
    # the words between the dashes are a clause of their own: no rule takes its verb from them ("Ik zal – zo is
    # afgesproken – ..."), and no veto is kept from the words around them ("In deze brief zal ik – ... – ingaan op")
    assert _flagged(lambda m: f"{m.group(1)} {m.group(2)} – en dat is van belang – {m.string[m.end() :]}") == []
    assert (
        _flagged(lambda m: f"{m.group(1)} {m.group(2)} – zo is met de sector afgesproken – {m.string[m.end() :]}") == []
    )


def test_a_look_alike_after_a_fronted_clause_stays_a_look_alike():
    flagged = _flagged(lambda m: f"Zoals gevraagd {m.group(2)} {_subject(m)} {m.string[m.end() :]}")
    flagged += _flagged(lambda m: f"Nu het rapport er ligt, {m.group(2)} {_subject(m)} {m.string[m.end() :]}")
    assert len(flagged) <= ALLOWED_LOSSES, flagged


def _after_a_statement(opening: re.Match[str]) -> str:
    """The quote as the second main clause of a coordination: 'De cijfers zijn inmiddels bekend en ik zal ...'."""
    return f"De cijfers zijn inmiddels bekend en {_subject(opening)} {opening.string[len(opening.group(1)) + 1 :]}"


def test_a_promise_coordinated_after_a_statement_is_found():
    assert len(lost := _lost(_after_a_statement)) <= ALLOWED_LOSSES, lost


def test_a_look_alike_coordinated_after_a_statement_stays_a_look_alike():
    # the second clause has a subject of its own and is read on its own: no rule takes a verb from the first ("zijn
    # ... bereid te"), and the vetoes that read a clause from its start still do ("en daarna zal ik u meenemen in")
    assert _flagged(_after_a_statement) == []
