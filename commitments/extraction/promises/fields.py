"""What a commitment sentence says besides *that* it promises: action, subject, legal basis, flags."""

from __future__ import annotations

import re

from ..result import ACTIONS
from .literal_gates import GatedPattern, collapse_spaces, fold

# Ordered: the first family whose verbs occur decides ("ik zeg toe te onderzoeken" -> investigate).
# Every pattern here is gated (literal_gates.py): most sentences lack the words it needs.
_ACTION_CUES: tuple[tuple[str, GatedPattern], ...] = tuple(
    (action, GatedPattern(re.compile(pattern, re.IGNORECASE)))
    for action, pattern in (
        (
            "investigate",
            r"\b(?:onderzoeken|onderzocht|bekijken|bezien|kijken|nagaan|uitzoeken|uit te zoeken"
            r"|inventarise\w+|inventarisatie|verkennen|beschouwen|analyseren|evalueren|huiswerk\w*"
            r"|in (?:beeld|kaart) (?:te )?brengen)\b",
        ),
        (
            "send",
            # "stuur\w*" and "zend\w*" miss the infinitive and participles: "te sturen", "toegezonden"
            r"\b(?:\w*brie(?:f|ven)|(?:toe|op|door|na|ver)?stuur\w*|(?:toe|op|door|na)?sturen|(?:toe|op|door|na|ver)?gestuurd"
            r"|toe te sturen|zend\w*|toezenden|toe te zenden|(?:toe)?gezonden|toekomen|\w*reactie|\w*aanpak"
            r"|indienen|in te dienen|aanbieden|aan te bieden|beantwoorden|(?:aan)?leveren"
            r"|plan van aanpak|op papier|op schrift (?:te )?stellen|kenbaar (?:te )?maken|doorgeleiden|door te geleiden"
            # a document brought to the Kamer: "met uw Kamer te kunnen delen", "met u delen", "naar de Kamer te komen"
            r"|(?:met|aan) (?:u|(?:uw|de) (?:kamers?|commissie)) (?:\w+ ){0,2}?delen|verstrekken"
            r"|naar de (?:\w+ )?kamer(?:s)? (?:te )?(?:komen|sturen|gaan))\b",
        ),
        (
            "inform",
            r"\b(?:informe\w+|geïnformeerd|terug\w*|bericht\w*|op de hoogte|melden|laten weten"
            r"|informatie (?:te )?(?:verschaffen|geven)|inlichten|ingelicht|in te lichten|rapporte(?:er|ert|ren))\b",
        ),
        (
            "report",
            r"\b(?:ingaan|ingegaan|meenemen|meegenomen|betrekken|schetsen|inzicht geven|op een rij"
            # the separable verbs of covering a point, split as a main clause splits them: "neem ik daar in mee",
            # "nemen we ... op", "ga ik in op"; and their other forms
            r"|meeneem|opnemen|opneem|(?:neem|neemt|nemen)\s+(?:\w+\s+){1,6}?(?:mee|op)|(?:ga|gaat|gaan)\s+(?:\w+\s+){1,6}?in\s+op"
            r"|inga|aandacht (?:te )?besteden|stil (?:te )?staan|stilsta\w*|uiteen (?:te )?zetten|uiteenzetten|meewegen"
            r"|toelichting (?:te )?geven|toelichten)\b",
        ),
    )
)

_LEGAL_BASIS = GatedPattern(
    re.compile(
        r"\bartikel\s+\d+[a-z]?(?:,?\s+\w+\s+lid,?)?\s+(?:van\s+de\s+)?"
        r"(?:Grondwet|[A-Z][\w-]*[wW]et\b[\w ]{0,40}?)(?=[\s,.;)]|$)"
    )
)
_RECURRING = GatedPattern(
    re.compile(
        r"\b(?:(?:blijven|blijf|blijft)\s+(?:\w+\s+){0,4}?(?:informeren|berichten|rapporteren|voortzetten|doen|ontvangen"
        r"|kijken|volgen|monitoren)"
        r"|op de hoogte (?:blijven )?houden|(?:houd|houdt|houden)\s+(?:\w+\s+){1,3}?op de hoogte"
        r"|op de momenten dat|telkens (?:als|wanneer)|steeds (?:als|wanneer)|als (?:ik|we|wij) weer|periodiek"
        r"|(?:half)?jaarlijks|(?:elk|ieder)e?\s+(?:jaar|kwartaal|half\s?jaar|maand|week|\w+\s+(?:maanden|jaar))"
        # a rhythm: "twee keer per jaar", "eens in de vijf jaar", "op regelmatige basis", "in het vervolg"
        r"|(?:\w+\s+)?(?:keer|maal)\s+per\s+(?:jaar|kwartaal|maand|week)|eens\s+(?:per|in\s+de)\s+\w+"
        r"|per\s+kwartaal|op\s+regelmatige\s+basis|in\s+het\s+vervolg|voortaan|blijven \w+ doen"
        # a standing practice from now on: "structureel worden opgenomen", "continu aandacht vragen", "in toekomstige
        # overzichten", "net als over de voorafgaande rapporten", "daarna in de voortgangsrapportages"
        r"|structureel|continu|in\s+toekomstige|net\s+als\s+(?:\w+\s+){0,2}?(?:de|het)\s+(?:voorafgaande|vorige|eerdere)"
        r"|in\s+de\s+\w*(?:rapportages|brieven|berichten|verslagen))\b",
        re.IGNORECASE,
    )
)
_REFERS_TO_EARLIER = GatedPattern(
    re.compile(
        r"\b(?:zoals\s+(?:\w+\s+){0,8}?(?:toegezegd|aangegeven|aangekondigd|gemeld|geantwoord|aangeven|aangeef|beloofd)"
        # not a promise made here and now: "die toezegging kan ik doen", "de toezegging doen dat", "de toezegging is"
        r"|(?:de|die|deze|mijn)\s+toezegging\b(?!\s+(?:(?:kan|wil|zal|doe)\s+(?:ik|we|wij)\b|doen\b|is\s+dat\b))"
        r"|conform\s+(?:de|mijn|eerdere)\s+(?:\w+\s+)?toezegging|(?:heb|hebben)\s+(?:\S+\s+){0,5}?(?:toegezegd|aangekondigd|beloofd)"
        r"|(?:heb|hebben|is)\s+(?:\w+\s+){0,2}?(?:al|eerder|eveneens)\s+(?:\w+\s+){0,2}?aangegeven"
        r"|toezegging(?:en)?\s+(?:blijft|blijven)|eerder\s+(?:\w+\s+){0,3}?toegezegd"
        r"|(?:\w+\s+){0,2}?(?:heb|hebben|had|hadden)\s+(?:\w+\s+){0,2}?gezegd"
        # told again: "Ik geef wederom aan dat ..."; announced before, for a time: "het aangekondigde
        # voortgangsbericht", "de voortgangsrapportage die aangekondigd is voor dit najaar"
        r"|(?:geef|geven)\s+(?:\w+\s+){0,2}?(?:wederom|nogmaals|opnieuw)\s+aan"
        r"|aangekondigde|(?:die|dat)\s+(?:is\s+aangekondigd|aangekondigd\s+is)\s+voor"
        # the promise told in the third person or the passive: "Er is toegezegd aan de Kamer om ...", "Hij heeft in
        # oktober al toegezegd dat ...", "Zo is aan de Kamer toegezegd dat ..."
        r"|(?:heeft|is|zijn|werd|werden)\s+(?:\w+\s+){0,4}?toegezegd"
        # what was promised, named by it: "de toegezegde notitie", "de door mij toegezegde rapportage", "het beloofde
        # taakstrafverbod", "Dat is reeds toegezegd", "een toezegging van de minister om ..."
        r"|toegezegde|beloofde|reeds\s+toegezegd|(?:een|de)\s+toezegging\s+van\s+(?:de|mijn|het)\b)\b",
        re.IGNORECASE,
    )
)
_SUBJECT = re.compile(
    r"\b(?:over|op|naar|aan)\s+((?:de|het|een|die|dit|deze|dat|mijn|onze)\s+[^,.;:?!]{3,90})", re.IGNORECASE
)


# What a point is taken into ("ik neem dat mee in de brief", "ik betrek dit bij de toekomstverkenning") says what is
# promised: a document still to come covers it (report), an inquiry studies it (investigate); talks, a revision or a
# decision act on it (other). The head of the noun after "in" or "bij" tells which.
_TAKEN_INTO = GatedPattern(
    re.compile(
        r"\b(?:in|bij)\s+(?:\w+\s+){0,3}?[\w-]*?(?:(?P<inquiry>onderzoek|evaluatie|analyse)"
        r"|(?P<document>brief|briefje|brieven|rapportage|rapportages|verslag|nota|overzicht|overzichten|bericht|notitie"
        r"|voortgang|monitor|antwoord|antwoorden|beantwoording|reactie|verkenning|agenda|visie|plan|begroting))\b",
        re.IGNORECASE,
    )
)
# "Uiteraard nemen we daar ook het subsidiebeheer in mee": "daar" is what was just promised, mostly a document.
_TAKEN_INTO_WHAT_WAS_PROMISED = GatedPattern(re.compile(r"\b(?:daar|hier)\s+(?:\w+\s+){0,6}?in\s+mee\b", re.I))
TAKEN_INTO = "taken_into"  # a rule's action: what the point is taken into decides (_TAKEN_INTO)
# Talks held with the Kamer, or followed by word to it, inform it ("zullen we die ook met de Kamer bespreken", "gaat in
# gesprek met de regio ... en informeert de Kamer hierover"); asking around finds out ("Ik zal navragen wie ...").
_TALKS_INFORM = GatedPattern(
    re.compile(r"\b(?:met|aan)\s+(?:(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamers?|u)\b|\binforme(?:er|ert|ren)\b", re.I)
)
_TALKS_INVESTIGATE = GatedPattern(re.compile(r"\b(?:navragen|navraag|nagaan|na\s+te\s+gaan)\b", re.I))
TALKS = "talks"  # a rule's action: talks, unless they are with the Kamer or find something out


def infer_action(text: str, rule_action: str) -> str:
    """The rule's action, or, for rules that leave it open ("infer"), the first verb family found; for a point taken
    into something (TAKEN_INTO), what it is taken into; for talks (TALKS), whether they are with the Kamer."""
    if rule_action in ACTIONS:
        return rule_action
    if rule_action == TAKEN_INTO:
        into = _TAKEN_INTO.search(text)
        if into is not None:
            return "investigate" if into.group("inquiry") else "report"
        return "report" if _TAKEN_INTO_WHAT_WAS_PROMISED.found_in(text) else "other"
    folded = fold(text)
    if rule_action == TALKS:
        if _TALKS_INFORM.found_in(text, folded):
            return "inform"
        return "investigate" if _TALKS_INVESTIGATE.found_in(text, folded) else "other"
    for action, cue in _ACTION_CUES:
        if cue.found_in(text, folded):
            return action
    return "other"


def legal_basis(text: str) -> str | None:
    m = _LEGAL_BASIS.search(collapse_spaces(text))
    return m.group(0).strip() if m else None


def is_recurring(text: str) -> bool:
    return _RECURRING.found_in(text)


def refers_to_earlier(text: str) -> bool:
    return _REFERS_TO_EARLIER.found_in(text)


def subject(text: str) -> str | None:
    """A short description: the first noun phrase after "over/op/naar/aan", at most twelve words."""
    m = _SUBJECT.search(collapse_spaces(text))
    if not m:
        return None
    words = m.group(1).split()
    return " ".join(words[:12])
