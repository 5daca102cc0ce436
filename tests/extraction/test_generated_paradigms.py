"""A promise is found in every form Dutch gives it, and a look-alike stays one in every form.

The sentences here are generated from the grammar, not taken from the corpus: each promise core in every person of its
subject (with the verb that agrees), in subject-first and inverted order, each passive of sending or informing with
every participle the rule table knows and every name of the Kamer, behind long preambles and insertions; and each core
turned into its look-alikes (done, this letter's own act, someone else's act, a member asking, a refusal). A rule that
reads "blijven" but not "blijf", or "toegezonden" but not "verstuurd", fails here although the corpus, which holds only
some of the forms, cannot show it. These are invented sentences: they test that the rules read a verb's paradigm, not
that the engine generalises to documents nobody labelled (the corpus figures do that).
"""

import datetime as dt
import itertools

import pytest

from commitments.extraction import ExtractionConfig, extract

CONFIG = ExtractionConfig(reference_date=dt.date(2024, 6, 1))
TIMES = ("voor de zomer", "in het najaar van 2025")


def flagged(sentence: str) -> bool:
    return bool(extract(sentence, CONFIG).commitments)


def unflagged(texts) -> list[str]:
    """The generated texts the engine finds no promise in."""
    return [text for text in texts if not flagged(text)]


def sentence(*parts: str) -> str:
    text = " ".join(part for part in parts if part) + "."
    return text[0].upper() + text[1:]


# (first person singular, plural, third person singular) of the finite verb; the words after the subject; the rest
ACTIVE = [
    (("blijf", "blijven", "blijft"), "{R}", "over de voortgang informeren"),
    (("houd", "houden", "houdt"), "{R}", "van de voortgang op de hoogte"),
    (("zal", "zullen", "zal"), "{R}", "over de uitkomsten informeren"),
    (("zal", "zullen", "zal"), "{R}", "een brief over de uitkomsten sturen"),
    (("informeer", "informeren", "informeert"), "{R}", "over de uitkomsten"),
    (("stuur", "sturen", "stuurt"), "{R}", "een brief over de uitkomsten"),
    (("zend", "zenden", "zendt"), "{R}", "de evaluatie toe"),
    (("bied", "bieden", "biedt"), "{R}", "het rapport aan"),
    (("ga", "gaan", "gaat"), "{R}", "over de uitkomsten informeren"),
    (("laat", "laten", "laat"), "{R}", "weten hoe het ervoor staat"),
    (("verwacht", "verwachten", "verwacht"), "{R}", "over de uitkomsten te informeren"),
    (("kom", "komen", "komt"), "", "hier bij {R} op terug"),
    (("deel", "delen", "deelt"), "de uitkomsten", "met {R}"),
    (("stel", "stellen", "stelt"), "{R}", "van de uitkomsten op de hoogte"),
    (("leg", "leggen", "legt"), "{R}", "het wetsvoorstel voor"),
]
SUBJECTS = (("ik", 0), ("wij", 1), ("het kabinet", 2))
RECEIVERS = ("uw Kamer", "de Kamer", "u")


@pytest.mark.parametrize("forms, middle, rest", ACTIVE, ids=[f[0] + " " + r for f, _, r in ACTIVE])
def test_an_active_promise_is_found_in_every_person_and_order(forms, middle, rest):
    def texts():
        for (subject, person), receiver, time in itertools.product(SUBJECTS, RECEIVERS, TIMES):
            verb, before, after = forms[person], middle.replace("{R}", receiver), rest.replace("{R}", receiver)
            yield sentence(subject, verb, before, time, after)
            yield sentence(time, verb, subject, before, after)

    missed = unflagged(texts())
    assert not missed, missed


STANDING = [
    (("blijf", "blijven", "blijft"), "{R}", "over de voortgang informeren"),
    (("zal", "zullen", "zal"), "{R}", "op de hoogte houden van de voortgang"),
    (("zal", "zullen", "zal"), "", "hier bij {R} op terugkomen"),
]


@pytest.mark.parametrize("forms, middle, rest", STANDING, ids=[f[0] + " " + r for f, _, r in STANDING])
def test_a_promise_that_needs_no_time_is_found_without_one(forms, middle, rest):
    def texts():
        for (subject, person), receiver in itertools.product(SUBJECTS, RECEIVERS):
            verb, before, after = forms[person], middle.replace("{R}", receiver), rest.replace("{R}", receiver)
            yield sentence(subject, verb, before, after)
            yield sentence("daarom", verb, subject, before, after)

    missed = unflagged(texts())
    assert not missed, missed


SENT = (
    "toegezonden toegestuurd gestuurd aangeboden voorgelegd gezonden verstuurd overgelegd verstrekt nagezonden"
    " aangereikt"
).split()
DOCUMENTS = (("het rapport", False), ("de kabinetsreactie", False), ("de resultaten", True))


@pytest.mark.parametrize("participle", SENT)
def test_a_document_sent_in_the_passive_is_found_with_every_participle(participle):
    def texts():
        for (document, plural), receiver, time in itertools.product(
            DOCUMENTS, ("aan uw Kamer", "aan beide Kamers"), TIMES
        ):
            will, becomes = ("zullen", "worden") if plural else ("zal", "wordt")
            yield sentence(document, will, time, receiver, "worden", participle)
            yield sentence(document, becomes, time, receiver, participle)
            yield sentence(time, becomes, document, receiver, participle)
            yield sentence(document, will, receiver, "worden", participle + ", naar verwachting", time)

    missed = unflagged(texts())
    assert not missed, missed


INFORMED = (
    "geïnformeerd",
    "ingelicht",
    "bericht",
    "op de hoogte gesteld",
    "op de hoogte gebracht",
    "in kennis gesteld",
)


@pytest.mark.parametrize("participle", INFORMED)
def test_the_kamer_informed_in_the_passive_is_found_with_every_participle(participle):
    def texts():
        for receiver, time in itertools.product(("uw Kamer", "u", "beide Kamers"), TIMES):
            becomes, will = ("worden", "zullen") if receiver == "beide Kamers" else ("wordt", "zal")
            yield sentence(receiver, becomes, time, "over de uitkomsten", participle)
            yield sentence("over de uitkomsten", becomes, receiver, time, participle)
            yield sentence(time, becomes, receiver, "over de uitkomsten", participle)
            yield sentence("over de uitkomsten", will, receiver, time, "worden", participle)
            yield sentence(receiver, will, "hierover", time, participle, "worden")

    missed = unflagged(texts())
    assert not missed, missed


@pytest.mark.parametrize("participle", ("gerapporteerd", "teruggekoppeld", "gemeld", "verslag gedaan"))
def test_what_is_told_to_the_kamer_in_the_passive_is_found(participle):
    def texts():
        for receiver, time in itertools.product(("uw Kamer", "de Kamer"), TIMES):
            yield sentence("over de voortgang wordt", time, "aan", receiver, participle)
            yield sentence("aan", receiver, "wordt", time, "over de voortgang", participle)

    missed = unflagged(texts())
    assert not missed, missed


PREAMBLES = (
    "Gelet op de motie-Jansen (Kamerstuk 36 200, nr. 12)",
    "Mede naar aanleiding van het verzoek van uw commissie van 3 maart jl.",
    "In lijn met de toezegging tijdens het commissiedebat Zorg van 14 februari 2024¹",
)
INSERTIONS = ("mede namens de minister van Financiën,", "(naar verwachting)", "behoudens onvoorziene omstandigheden,")
CORES = (
    "zal ik uw Kamer {T} {I} informeren over de uitkomsten",
    "ontvangt uw Kamer {T} {I} de evaluatie",
    "wordt uw Kamer {T} {I} geïnformeerd over de uitkomsten",
    "kom ik {T} {I} bij uw Kamer terug op de uitkomsten",
)


@pytest.mark.parametrize("core", CORES)
def test_a_promise_behind_a_preamble_and_around_an_insertion_is_found(core):
    missed = unflagged(
        sentence(preamble, core.replace("{T}", time).replace("{I}", insertion))
        for preamble, insertion, time in itertools.product(PREAMBLES, INSERTIONS, TIMES)
    )
    assert not missed, missed


# (infinitive phrase, the present in inverted order); every look-alike is made of these
ACTS = [
    ("uw Kamer over de uitkomsten informeren", "informeer ik uw Kamer over de uitkomsten"),
    ("uw Kamer een brief over de uitkomsten sturen", "stuur ik uw Kamer een brief over de uitkomsten"),
    ("de resultaten met uw Kamer delen", "deel ik de resultaten met uw Kamer"),
    ("op het advies reageren", "reageer ik op het advies"),
    ("onderzoeken of dit mogelijk is", "onderzoek ik of dit mogelijk is"),
]


def look_alikes(infinitive: str, present: str) -> list[str]:
    head, verb = infinitive.rsplit(" ", 1)
    to_kamer = head.replace("uw Kamer", "de Kamer")
    return [
        f"Met deze brief {present}.",
        f"Hierbij {present}.",
        f"De NZa zal {to_kamer} voor de zomer {verb}.",
        f"Ik vraag de minister om voor de zomer {to_kamer} te {verb}.",
        f"Is de minister bereid om voor de zomer {to_kamer} te {verb}?",
        f"Ik ben niet van plan om voor de zomer {head} te {verb}.",
        f"Ik kan niet toezeggen dat ik voor de zomer {head} zal {verb}.",
        f"De minister had toegezegd om voor de zomer {head} te {verb}, maar dat is niet gelukt.",
        f"De Raad van State adviseert om voor de zomer {head} te {verb}.",
    ]


@pytest.mark.parametrize("infinitive, present", ACTS, ids=[a for a, _ in ACTS])
def test_a_look_alike_of_a_promise_is_not_flagged_in_any_form(infinitive, present):
    wrongly = [text for text in look_alikes(infinitive, present) if flagged(text)]
    assert not wrongly, wrongly


BODIES = ("Gasunie", "de NZa", "het UWV", "de Europese Commissie", "ProRail", "het RIVM", "de VNG", "de Raad van State")


@pytest.mark.parametrize("body", BODIES)
def test_a_plan_of_another_body_is_no_promise_of_the_government(body):
    named = body[0].upper() + body[1:]
    plans = (
        f"{named} zal voor de zomer een rapport publiceren.",
        f"{named} komt in het najaar met een advies.",
        f"{named} zal de Kamer voor de zomer informeren over de voortgang.",
        f"Naar verwachting stuurt {body} voor de zomer een brief.",
    )
    wrongly = [text for text in plans if flagged(text)]
    assert not wrongly, wrongly


# the corpus README's hedged offers and other sentences that are no commitment, in writing and spoken
NOT_COMMITMENTS = (
    "Ik kan mij voorstellen dat we de Kamer voor de zomer informeren.",
    "Dat zou ik kunnen onderzoeken.",
    "Het zou misschien interessant zijn om dat te onderzoeken.",
    "Daar kan ik de Kamer alsdan ook over informeren.",
    "Mocht de motie worden aangenomen, dan zal ik uw Kamer voor de zomer informeren.",
    "Ik verwacht dat de cijfers in mei beschikbaar komen.",
    "Ik blijf mij inzetten voor een goede uitvoering.",
    "Ik kan wel toezeggen dat de normale regels van toepassing zijn.",
    "Ik zal daartoe ook een motie indienen.",
    "Wij zullen de motie steunen.",
    "De wet treedt op 1 januari 2025 in werking.",
)


@pytest.mark.parametrize("sentence", NOT_COMMITMENTS)
def test_what_the_labelling_rules_call_no_commitment_is_not_flagged_written_or_spoken(sentence):
    spoken = "De voorzitter:\nIk geef het woord aan de minister.\n\nMinister De Vries:\n" + sentence + "\n"
    assert not flagged(sentence) and not flagged(spoken)
