"""The words of the delivery table (finding.py): its own template slots beside those of promises/templates.py,
the present-tense verbs of a delivery, and the vetoes that make a present tense a promise."""

from __future__ import annotations

import re

from ..promises.templates import FUTURE_TIME, compile_template

# Slots of this table; the rest ({self}, {gov}, {u}, {kamer}, {informeer}, {stuur}) come from promises/templates.py.
SLOTS: dict[str, str] = {
    # This very document: "met deze brief", "hierbij", "bijgaand", "in de bijlage".
    "anchor": r"(?:hierbij|hiermee|bij dezen|bijgaand|middels (?:deze|dit) \w+|in de bijlage|als bijlage"
    r"|(?:met|in|via|bij) (?:deze|dit|onderhavige|de onderhavige|de voorliggende|deze voorliggende)"
    r" (?:[a-zà-ÿ-]*?(?:brief|rapportage|rapport|verslag|overzicht|reactie)|nota|notitie|beantwoording"
    r"|antwoorden))",
    # What a minister does *in* the document (built below): a present-tense verb next to its subject.
    "deliver": "",
    # Done, said with "hiermee/daarmee": "Hiermee heb ik invulling gegeven aan de toezegging".
    "done": r"(?:heb|hebben|heeft|is|zijn) (?:\S+ ){0,10}?(?:invulling gegeven|uitvoering gegeven|gevolg gegeven"
    r"|voldaan|afgedaan|uitgevoerd|nagekomen|ingelost|gestand gedaan|afgerond)",
    "promise": r"(?:toezegging(?:en)?|belofte|beloften|motie(?:s|-[\w-]+)?|verzoek|verzoeken|toegezegde \w+"
    r"|aangekondigde \w+)",
    # What a promise delivers; a delay of something else (a dike, a tender) is no postponement of ours.
    "deliverable": r"(?:[a-zà-ÿ-]*?(?:brief|rapportage|rapport|evaluatie|reactie|monitor|verslag)|onderzoek"
    r"|wetsvoorstel|nota|notitie|beantwoording|antwoorden|antwoord|actieplan|plan van aanpak"
    r"|uitvoeringstoets|visie|verkenning|analyse|informatie|toezegging|toegezegde \w+|aangekondigde \w+"
    r"|vragen)",
    "period": r"(?:zomer|najaar|voorjaar|winter|\w*reces|kerst\w*|jaar|jaareinde|kwartaal|maand|week|januari|februari"
    r"|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\d{4}|prinsjesdag)",
}
SLOT = re.compile(r"\{([a-z]+)\}")

_VERBS = (
    "informeer informeert informeren bericht berichten stuur stuurt sturen verstuur verstuurt versturen zend"
    " zendt zenden reageer reageert reageren beantwoord beantwoordt beantwoorden voldoe voldoet voldoen schets"
    " schetst schetsen presenteer presenteert presenteren rapporteer rapporteert rapporteren verstrek verstrekt"
    " verstrekken"
)
# Separable verbs count with their particle: "bied ik u ... aan", "geef ik invulling aan", "ga ik in op".
_PARTICLE_VERBS = (
    ("bied biedt bieden", "aan"),
    ("doe doet doen", "toekomen|gestand"),
    (
        "geef geeft geven",
        "invulling|uitvoering|gevolg|opvolging|antwoord|reactie|inzicht|een overzicht|een beeld|een toelichting|gehoor",
    ),
    ("ga gaat gaan", "in op"),
    (
        "kom komt komen",
        "tegemoet aan (?:\\S+ ){0,3}?(?:verzoek|wens|motie|toezegging|vraag)"
        "|aan (?:\\S+ ){0,3}?(?:verzoek|wens|motie|toezegging|vraag)(?: \\S+){0,6}? tegemoet",
    ),
    ("deel deelt delen", "met (?:u|uw kamer|de kamer)"),
    ("licht lichten", "toe"),
    ("zet zetten", "uiteen"),
    ("breng brengt brengen", "op de hoogte|in kennis"),
)


def _finite(verbs: str) -> str:
    return "(?:" + "|".join(verbs.split()) + ")"


SLOTS["deliver"] = (
    "(?:"
    + "|".join(
        ["{gov} " + _finite(_VERBS), _finite(_VERBS) + " {gov}"]
        + [
            "(?:{gov} " + _finite(v) + "|" + _finite(v) + " {gov}) (?:\\S+ ){0,12}?(?:" + p + ")"
            for v, p in _PARTICLE_VERBS
        ]
        + [
            "(?:wordt|worden) {u} (?:\\S+ ){0,6}?geïnformeerd",
            "{kamer} (?:wordt|worden) (?:\\S+ ){0,6}?geïnformeerd",
            "(?:wordt|worden) (?:\\S+ ){0,6}?(?:ingegaan op|toegelicht|geschetst|uiteengezet|beantwoord|aangeboden"
            "|toegezonden|invulling gegeven|uitvoering gegeven)",
            "(?:ontvangt|treft|vindt) {u}",
            "{u} (?:ontvangt|treft|vindt)",
        ]
    )
    + ")"
)


def template(text: str) -> re.Pattern[str]:
    """A template of the delivery table: its own slots first, then promises/templates.py's vocabulary and gaps."""
    return compile_template(SLOT.sub(lambda m: SLOTS.get(m.group(1), m.group(0)), text))


# Modals and conditions make the present tense a promise: "zodra ... informeer ik u", "ik zal u sturen".
NOT_NOW = (
    FUTURE_TIME + r"|(?:volgende|komende|eerstvolgende|latere|aparte|separate|nieuwe) [a-zà-ÿ-]*(?:brief"
    r"|brieven|rapportage|reactie|monitor|verslag)\b"
    r"|(?:zal|zullen|wil|willen|zou|zouden|kan|kunnen|moet|moeten)\b|(?:ga|gaan)\b(?! (?:\S+ ){0,8}?in op)"
    r"|(?:als|indien|mocht|mochten)\b|(?:periodiek|jaarlijks\w*|halfjaarlijks\w*|regelmatig|telkens|steeds"
    r"|altijd|doorgaans|gebruikelijk|blijf|blijven)\b"
)

# A late document sent with this letter is delivered, not postponed.
SENT_HEREWITH = "(?:hierbij|bijgaand|treft (?:u|uw kamer)|ontvangt (?:u|uw kamer) hierbij)"
