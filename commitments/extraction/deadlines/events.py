"""Find the event a promise waits for: "zodra ...", "op het moment dat ...", "na afronding van ...".

Three shapes of trigger:

* a condition with its finite verb first, opening the sentence and answered by "dan" ("Blijkt dat
  nodig, dan ...", "Moet ik constateren dat ..., dan ga ik dat aan u vertellen"): the condition runs
  from the verb to the comma;

* a subordinate clause ("zodra", "zo gauw", "nadat", "totdat", "voordat", "alvorens", "wanneer",
  "indien", "als", "mocht", "op het moment dat", "telkens als"): the condition runs from the trigger
  word to the end of the clause, which is the first comma (a pair of dashes is a parenthesis and is
  read through), semicolon, colon, bracket, dash or sentence end, or, when the clause leads the
  sentence without a comma, the inverted main clause that follows it ("Wanneer dit onderzoek is
  afgerond | zal ik uw Kamer informeren");
* a noun phrase after "na" ("na (de) afronding van", "na ontvangst van", "na het verschijnen
  van"), the next meeting or report of its kind ("in het volgende halfjaarbericht", "bij de eerstvolgende
  evaluatie") or a debate the promise must precede ("ruim voor het commissiedebat"): it ends at the
  same punctuation or before the first word that cannot belong to the noun phrase (an adverb,
  verb or pronoun of the main clause: "na afronding van dit herbeoordelingsproces | nader
  worden geïnformeerd").

"als" and "wanneer" are mostly not conditions ("als gevolg van", "zo snel als", "vroeg
wanneer"), so they count only before a subject and not after a comparative or a verb of
asking. A clause that ends in a question mark is a question, not a condition, and one in the past
perfect ("voordat de Raad had geadviseerd") tells what happened. The result is
an exact substring of the input, line breaks included; it never exceeds ``MAX_CLAUSE`` chars.
"""

from __future__ import annotations

import re

from ..promises.clauses import VERB_FIRST_CONDITION
from ..promises.literal_gates import with_first_characters

MAX_CLAUSE = 400

_NOMINAL_EVENTS = (
    "afronding|afloop|ontvangst|oplevering|publicatie|verschijning|vaststelling|behandeling|afhandeling"
    "|bespreking|goedkeuring|evaluatie|inwerkingtreding|ondertekening|herbeoordeling|beoordeling"
    "|besluitvorming|consultatie|uitkomst(?:en)?|resultaten|bekendmaking|totstandkoming|voltooiing|analyse"
    "|verschijnen|afronden|gereedkomen|uitkomen|beschikbaar\\s+komen|ontvangen|afsluiten"
)
# with_first_characters puts a look-ahead on the letters the trigger words start with (read from the pattern, so
# a word added brings its own): the engine passes over the other positions at once instead of trying every
# alternative at each word (the same matches, in half the time).
TRIGGER = with_first_characters(
    re.compile(
        r"\b(?:(?P<clause>zodra|zo\s+gauw(?:\s+(?:als|dat))?|nadat|totdat|voordat|alvorens|wanneer|indien|als|mocht|mochten"
        r"|op\s+(?:het|de)\s+moment(?:en)?\s+(?:dat|waarop)|tot\s+het\s+moment\s+(?:dat|waarop)"
        r"|(?:telkens|steeds)\s+(?:als|wanneer)|elke\s+keer\s+(?:als|dat|wanneer))"
        rf"|(?P<noun>na\s+(?:de\s+|het\s+)?(?:{_NOMINAL_EVENTS})"
        # the answer to the question just put, as an elliptic clause: "Zo ja, dan zorg ik dat het in de brief staat"
        r"|(?:zo|indien)\s+(?:ja|nee|niet)(?=\s*,)"
        # after a document or talk that is still to come: "binnen een redelijke termijn na dat rapport"
        r"|na\s+(?:de|het|dat|dit|die|deze)\s+(?:rapport|advies|onderzoek|besluit|gesprek|gesprekken|overleg)"
        # on the occasion of another act: "bij gelegenheid van het toezenden van de evaluatieopdracht"
        r"|(?:bij|ter)\s+gelegenheid\s+van"
        # the next meeting or report of its kind: "in het volgende halfjaarbericht", "bij de eerstvolgende evaluatie"
        r"|(?:in|bij|tijdens)\s+(?:het|de)\s+(?:volgende|eerstvolgende|komende|aankomende|aanstaande)\s+\w+"
        # a meeting the act must precede or follow, an adjective or a compound allowed ("vóór de parlementaire
        # behandeling van", "voor het volgende NVWA-debat", "vóór de departementale begrotingsbehandelingen",
        # "voorafgaande aan de stemming")
        r"|(?:ruim\s+|tijdig\s+|kort\s+)?(?:v[oó][oó]r|voorafgaande?\s+aan|na|tijdens)\s+(?:het|de)\s+"
        r"(?:(?:volgende|eerstvolgende)\s+)?(?:(?:parlementaire|plenaire|departementale|schriftelijke)\s+)?"
        r"(?:[\w-]*debat|notaoverleg|wetgevingsoverleg|bo|bo's|no|ao|ministerraad"
        r"|algemeen\s+overleg|schriftelijk\s+overleg|behandeling|stemming(?:en)?|begrotingsbehandeling(?:en)?)"
        # the same without an article, as formal Dutch has it: "tijdig, voor behandeling van de Defensiebegroting 2026"
        r"|(?:ruim\s+|tijdig\s+|kort\s+)?(?:v[oó][oó]r|voorafgaande?\s+aan|tijdens)\s+(?:(?:parlementaire|plenaire)\s+)?"
        r"(?:behandeling|bespreking)\s+van\s+(?:de|het|dit|dat|deze|die|een|uw|mijn|onze)"
        # at the same time as another document or event: "gelijktijdig met de voorlichting van de Raad van State"
        r"|(?:gelijktijdig|tegelijk(?:ertijd)?)\s+met\s+(?:het|de)\s+\w+"
        # what leads up to an event names the event: "in aanloop naar de Ecofin", "in aanloop naar de besluitvorming"
        r"|in\s+aanloop\s+naar\s+(?:het|de)\s+\w+"
        # a review or report to come that carries the act: "bij de evaluatie", "bij het jaarverslag over 2025",
        # "in het verslag van de volgende Raad Buitenlandse Zaken"
        r"|bij\s+(?:de|het)\s+(?:(?:volgende|eerstvolgende)\s+)?(?:evaluatie|herziening|jaarverslag)"
        r"|in\s+het\s+verslag\s+van\s+de\s+(?:(?:volgende|eerstvolgende)\s+)?\w+"
        # a European meeting where the act is done: "Ik zal mij daar in de Europese Raad tegen verzetten"
        r"|(?:in|tijdens|bij)\s+de\s+(?:(?:volgende|eerstvolgende|komende)\s+)?(?:europese\s+raad|eurogroep|ecofin)"
        # a report of a series that will carry it: "in het halfjaarbericht", "in de voortgangsrapportages"
        r"|in\s+(?:het|de|een)\s+(?:(?:periodieke|jaarlijkse|halfjaarlijkse|reguliere)\s+)?"
        r"(?:voortgangs|halfjaar|kwartaal|verantwoordings|jaar)(?:brief|brieven|bericht|rapportage|rapportages|verslag|rapport)))\b",
        re.IGNORECASE,
    ),
    most=20,
)
_CLAUSE_END = re.compile(
    r"[,;:()\[\]\"“”]|\s[–—-]\s|[.?!](?=\s|$)"
    # an inverted main clause right after a leading subordinate clause: "... afgerond zal ik"
    r"|\s(?=(?:zal|zullen|wordt|worden|word|kom|komt|komen|ga|gaat|gaan|stuur|stuurt|informeer|informeert"
    r"|wil|kan|moet|laat|zeg|volgt|ontvangt|krijgt|breng|vraag|neem|betrek|geef|stel|houd|doe)"
    r"\s+(?:ik|wij|we|u|uw\s+kamer|de\s+kamer|het\s+kabinet|hij|zij|ze)\b)",
    re.IGNORECASE,
)
_NOUN_PHRASE_END = re.compile(
    r"\s(?=(?:nader|nogmaals|opnieuw|ook|verder|graag|dan|zo|zal|zullen|wordt|worden|word|is|zijn|ben|kom|komt|komen"
    r"|ga|gaat|gaan|informeer|informeert|informeren|geïnformeerd|stuur|stuurt|sturen|toesturen|toegestuurd|gestuurd"
    r"|ik|wij|we|u|uw|hierover|daarover|hierop|daarop|waarover|nog|alsnog|direct|meteen|onverwijld|schriftelijk"
    r"|terugkomen|terugkom|terugkomt|aandacht|toegezonden|gezonden|verzonden|openbaar|gedeeld|tegen"
    r"|kan|kunnen|wil|willen|moet|moeten|zodat|waarna|om|te|(?:aan\s+)?(?:de|uw)\s+kamer|per\s+brief)\b)"
    # an article opens the main clause's object ("voor het debat | een brief", "in aanloop naar de besluitvorming
    # | de vraag meenemen") unless a preposition governs it
    r"|(?<!\bvan)(?<!\bover)(?<!\bnaar)(?<!\bmet)(?<!\bop)(?<!\bin)(?<!\bvoor)(?<!\bbij)(?<!\baan)(?<!\buit)(?<!\bdoor)"
    r"(?<!\btot)(?<!\bom)(?<!\bbinnen)(?<!\btijdens)(?<!\bonder)(?<!\bnaast)(?<!\btegen)(?<!\bzonder)(?<!\bvolgens)"
    r"(?<!\brond)(?<!\bna)(?<!\bvia)\s(?=(?:een|de|het)\b)",
    re.IGNORECASE,
)
_DASHES = {"–", "—", "-"}
_CLOSING_DASH = re.compile(r"\s[–—-]\s|[;.?!]")
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:nr|art|jl|blz|bijv|etc|mr|dr|drs|ir|prof|mw|dhr|ca|resp|incl|excl|vs|zgn|o\.a|d\.d|i\.c|e\.d|p)|\b\w)$",
    re.I,
)
_SUBJECT_AFTER_ALS = re.compile(
    r"\s+(?:ik|wij|we|er|het|de|dit|deze|dat|die|u|uw|zij|ze|hij|alle|nieuwe|meer|blijkt|bekend|duidelijk"
    # a person named as the subject: "als mevrouw Kröger daar nog een schriftelijke beantwoording op wil"
    r"|mevrouw|meneer|collega|jullie|men)\b",
    re.I,
)
_NOT_CONDITIONAL_ALS = {
    "zo",
    "zowel",
    "even",
    "net",
    "evenals",
    "ander",
    "anders",
    "meer",
    "minder",
    "later",
    "eerder",
    "zo'n",
}
_ASKING_WANNEER = {
    "vroeg",
    "vraagt",
    "vragen",
    "vroegen",
    "weten",
    "weet",
    "wist",
    "precies",
    "aangeven",  # fmt: skip
    "zeggen",
    "zei",
    "horen",
    "bepalen",
    "afhangt",
    "afhankelijk",
    "onduidelijk",
    "duidelijk",
    "vraag",
}
# the past perfect of a narrated clause
_NARRATED = re.compile(r"\b(?:had|hadden|was|waren)\b", re.IGNORECASE)
# a sentence that opens with a condition whose finite verb comes first: "Blijkt dat nodig, dan ..."
_VERB_FIRST = re.compile(r"\s*" + VERB_FIRST_CONDITION, re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?:([\w'’]+)\W+)?([\w'’]+)\W*$")


def find_condition(sentence: str) -> str | None:
    """The first event condition in ``sentence``, verbatim, or None."""
    verb_first = _VERB_FIRST.match(sentence)
    if verb_first is not None:
        start = len(sentence) - len(sentence.lstrip())
        return sentence[start : verb_first.end(1)]
    for trigger in TRIGGER.finditer(sentence):
        if not _is_conditional(sentence, trigger):
            continue
        end = _clause_end(sentence, trigger)
        if end is None:
            continue
        condition = sentence[trigger.start() : end].rstrip()
        if _NARRATED.search(condition):
            continue  # "voordat de Raad van State had geadviseerd": what happened, no event to wait for
        # A clause needs words after its trigger; a noun trigger ("na afronding") can stand alone.
        if len(condition) > len(trigger.group()) or (trigger.group("noun") and condition):
            return condition
    return None


def _is_conditional(sentence: str, trigger: re.Match[str]) -> bool:
    word = trigger.group().lower()
    if word not in {"als", "wanneer"}:
        return True
    before = _WORDS_BEFORE.search(sentence, max(0, trigger.start() - 60), trigger.start())
    previous = before.group(2).lower() if before else ""
    if word == "wanneer":
        return previous not in _ASKING_WANNEER
    # "zo snel als", "even groot als": a comparison, not a condition
    earlier = (before.group(1) or "").lower() if before else ""
    if previous in _NOT_CONDITIONAL_ALS or earlier in {"zo", "even", "net"}:
        return False
    return _SUBJECT_AFTER_ALS.match(sentence, trigger.end()) is not None


def _clause_end(sentence: str, trigger: re.Match[str]) -> int | None:
    limit = min(len(sentence), trigger.end() + MAX_CLAUSE)
    end = limit
    resume = trigger.end()
    for stop in _CLAUSE_END.finditer(sentence, trigger.end(), limit):
        if stop.start() < resume:
            continue
        if stop.group().strip() in _DASHES:
            # "als u — of de heer Paternotte — er nog eentje tegenkomt": a parenthesis, read on
            closing = _CLOSING_DASH.search(sentence, stop.end(), limit)
            if closing is not None and closing.group().strip() in _DASHES:
                resume = closing.end()
                continue
        if stop.group() == "." and _ABBREVIATION_BEFORE.search(sentence, max(0, stop.start() - 6), stop.start()):
            continue
        if stop.group() == "?":
            return None  # a question ("Wanneer ongeveer?") states no condition
        end = stop.start()
        break
    if trigger.group("noun"):
        noun_end = _NOUN_PHRASE_END.search(sentence, trigger.end(), end)
        if noun_end is not None:
            end = noun_end.start()
    if end == limit and limit < len(sentence):
        # No end within reach: cut at the last whole word rather than mid-word.
        end = max(trigger.end(), sentence.rfind(" ", trigger.end(), limit))
    return end
