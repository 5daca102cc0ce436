"""The language of the rule table: templates, word classes, the time phrases rules require, and Rule.

A pattern is written in a small template language over the sentence's reading text:
  {slot}   a word class from VOCABULARY below ("{self}" = ik/wij/we/het kabinet ...)
  …        a gap of at most GAP_WORDS words (Dutch puts the middle field between modal and verb)
  a space  one or more whitespace characters
Anything else is a regular expression; templates match case-insensitively and on whole words.

Each rule has a name (kept with every result, so a clerk sees why), its templates, the action it
promises, a confidence, notes, and the cue words it needs ("informe*" a prefix, "*brief" a suffix):
a sentence is judged only when its words hold some rule's cues, and a rule only runs where its own
cues occur (cue_index.py). `requires` is a template the whole sentence must also match (a future time phrase).
The commitment rules are in rules.py, the vetoes in vetoes.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .literal_gates import compile_with_first_characters

GAP_WORDS = 16

VOCABULARY: dict[str, str] = {
    # A member of government named in the third person: the registries, the lists of toezeggingen
    # closing a commissiedebat, a letter speaking of a colleague ("De minister van Financiën zal").
    # The ministry ("van Binnenlandse Zaken en Koninkrijksrelaties") is left to the gap after it.
    "member": r"(?:de (?:minister(?:-president|s)?|staatssecretaris(?:sen)?|bewindsperso(?:on|nen)|bewindslieden"
    r"|regering)|het kabinet)",
    # factored by first word: the regex engine tries a word's alternatives once per position
    "gov": r"(?:ik(?:zelf)?|wij|we|het (?:kabinet|ministerie)|(?:mijn|onze) (?:ministerie|ambts?geno(?:ot|te|ten)|collega)|ons ministerie"
    r"|de (?:minister(?:-president|s)?|staatssecretaris(?:sen)?|bewindsperso(?:on|nen)|bewindslieden|regering))",
    # The chamber addressed: a letter's "uw Kamer", a memorie van antwoord's "beide Kamers" or
    # "de Staten-Generaal", a chamber named in full.
    # The formal name may follow: "beide Kamers der Staten-Generaal", "de Tweede Kamer der Staten-Generaal".
    "kamer": r"(?:(?:uw|jullie) kamer|de (?:kamers?|eerste kamer|tweede kamer|staten-generaal|beide kamers)"
    r"|beide kamers|het parlement)(?: (?:der|van de) staten[- ]generaal)?",
    # The Kamer as the commitment rules' receiver: a letter to a committee, or one that says "u", promises the same
    # delivery as one that says "uw Kamer" ("aan u worden gezonden", "met de commissie worden gedeeld"). The vetoes
    # about what members ask keep "kamer": there "u vraagt" is a member speaking.
    "u": r"(?:u|uw (?:kamer|commissie)|jullie|de (?:kamers?|commissie|eerste kamer|tweede kamer|staten-generaal"
    r"|beide kamers)|beide kamers|het parlement)(?: (?:der|van de) staten[- ]generaal)?",
    # Future: the modal verbs of a promise ("wil" only with a first-person subject next to it).
    "zal": r"(?:zal|zullen|ga|gaan)",
    "wil": r"(?:zal|zullen|ga|gaan|wil|willen)",
    # The speaker as the subject, in the singular or the plural, or the cabinet speaking of itself as a letter or a
    # minister does ("Dat kan het kabinet toezeggen"). Not a member of government named in the third person ({member}),
    # who may be a colleague answering another part of a debate. The rules give the verb next to it in each person.
    "self": r"(?:ik|ikzelf|wij|we|het kabinet)",
    # spoken, telling more later is informing: "Ik ga u meer vertellen over ...", "ga ik wat meer aangeven over ..."
    "informeren": r"(?:informeren|berichten|melden|meedelen|mededelen|inlichten|rapporteren|terugkoppelen|laten weten"
    r"|meer (?:kunnen )?(?:vertellen|aangeven)|aan (?:u|jullie|de kamer|uw kamer) (?:\w+ )?(?:vertellen|aangeven)"
    r"|op de hoogte (?:stellen|brengen|houden)|in kennis stellen)",
    "informeer": r"(?:informeer|informeert|informeren|bericht|berichten|meld|meldt|rapporteer|rapporteert|rapporteren"
    r"|(?:geef|geven) (?:\w+ )?meer informatie)",
    "sturen": r"(?:sturen|toesturen|versturen|zenden|toezenden|verzenden|doen toekomen|toekomen"
    r"|aanbieden|voorleggen)",
    # ("verstrek" alone: "verstrekt" is also the participle, "ik heb de gegevens verstrekt")
    "stuur": r"(?:stuur|verstuur|zend|stuurt|verstuurt|zendt|toestuur|toestuurt|nastuur|nastuurt|toezend|toezendt|verstrek)",
    # The participles of the Kamer informed, for every passive with the Kamer as its subject ("Uw Kamer wordt ...
    # geïnformeerd", "... in kennis gesteld"); one list, as {sent} is.
    "informed": r"(?:geïnformeerd|ingelicht|bericht|op de hoogte (?:gesteld|gehouden|gebracht)|in kennis gesteld)",
    # and of what is told to the Kamer after "aan": "Aan uw Kamer wordt in het najaar gerapporteerd over ..."
    "told": r"(?:gemeld|gerapporteerd|verstrekt|toegelicht|meegedeeld|medegedeeld|teruggekoppeld|teruggemeld|bericht"
    r"|verslag (?:\w+ ){0,2}?gedaan)",
    # The participles of a document sent, offered or handed to the Kamer, for every passive of sending: one list, so
    # that "Het rapport zal aan uw Kamer worden verstuurd" is read as "... worden toegezonden" is.
    "sent": r"(?:aangeboden|toegezonden|toegestuurd|gestuurd|gezonden|verzonden|verstuurd|voorgelegd|overgelegd|nagezonden"
    r"|nagestuurd|verstrekt|aangereikt|aangeleverd)",
    "onderzoeken": r"(?:onderzoeken|(?:nader|verder) bestuderen|bekijken|bezien|kijken|nagaan|uitzoeken|inventariseren|verkennen"
    r"|beschouwen|analyseren|evalueren|in kaart brengen|uitzoeken|doorlichten|laten onderzoeken|monitoren"
    r"|inventarisatie maken|analyse maken)",
    "ingaan": r"(?:ingaan|in gaan|ingegaan|meenemen|meegenomen|betrekken|betrokken|schetsen|geschetst"
    r"|opnemen|opgenomen|inzicht geven|aandacht besteden|(?<!\bgeen\s)aandacht (?:worden |wordt )?besteed|verhelderen|verduidelijken"
    r"|verduidelijkt|toelichten|uiteenzetten"
    r"|op een rij zetten|nader op ingaan|terugkomen|beschrijven|beschreven|aan bod komen|aan de orde komen)",
    # A document that is still to come: "in die brief", "bij de kabinetsreactie", "de aanpak waarmee we komen".
    # One prefix scan for all compounds ("kabinetsreactie", "voortgangsrapportage", "Voorjaarsnota"):
    # a prefix per alternative made every word be scanned again for each of them.
    # the plural as well: "reacties op een vijftal verzoeken", "de rapportages", "twee notities"
    "doc": r"(?:[a-zà-ÿ&-]*(?:brie(?:f|ven|fje|fjes)|reacties?|aanpak|plan(?:nen)?|rapport(?:en|ages?)?|agenda(?:'s)?"
    r"|monitor|nota(?:'s)?|analyses?|overzicht(?:en)?|begroting|verslag(?:en)?|evaluaties?|verkenning(?:en)?"
    r"|beantwoording|programma(?:'s)?|standpunt(?:en)?|updates?)|plan van aanpak|notities?|voorstel(?:len)?"
    # the papers of a bill: "In de memorie van antwoord zal de regering nader ingaan op ..."
    r"|memories? van (?:antwoord|toelichting))",
    "coming": r"(?:de(?: (?:volgende|eerstvolgende|toegezegde|nieuwe))?|die|dat|deze nieuwe|dezelfde|hetzelfde"
    r"|het(?: toegezegde)?|mijn|onze|een(?: (?:volgende|separate|aparte|nieuwe))?)",
    "toezeggen": r"(?:toezeggen|toe te zeggen|toezeg)",
    # A verb of intending or expecting one's own act, finite ("verwacht ik", "streeft het kabinet ernaar").
    "intend": r"(?:verwacht|verwachten|streef|streeft|streven|beoog|beoogt|beogen|hoop|hopen|ben voornemens|is voornemens"
    r"|zijn voornemens|ben van plan|is van plan|zijn van plan)",
    # The delivery such a verb governs: "te informeren", "aan te bieden", "in te dienen", "een rapportage te leveren",
    # "de vragen te beantwoorden".
    "to_deliver": r"(?:te (?:kunnen |zullen )?(?:{informeren}|{sturen}|beantwoorden|reageren|verstrekken)"
    r"|(?:aan|voor|toe|in) te (?:kunnen )?(?:bieden|leggen|sturen|zenden|dienen)"
    # the separable and phrasal verbs of informing split by their "te": "in te lichten", "op de hoogte te stellen"
    r"|(?:in|toe|terug|mee) te (?:kunnen )?(?:lichten|koppelen|delen)|(?:op de hoogte|in kennis) te (?:kunnen )?(?:stellen"
    r"|brengen|houden)"
    r"|{doc} (?:\w+ ){0,6}?te (?:kunnen )?(?:aan)?leveren|met (?:\w+ ){1,5}?te (?:zullen )?komen|{u} (?:\w+ ){0,3}?mee te nemen"
    # "daar ... mee naar de Kamer te komen": the pronoun's "mee" split off, the Kamer the destination
    r"|mee (?:naar|bij) {u} te (?:kunnen |zullen )?komen"
    r"|met {u} te (?:kunnen )?delen)",
    # What a point is taken into ("betrek ik bij", "neem ik mee in"): a revision, decision, talk or document to come.
    "into": r"(?:de|het|mijn|onze|ons|deze|die|dit|dat|een) (?:\w+ ){0,2}?(?:\w*(?:herziening|uitwerking|evaluatie"
    r"|besluitvorming|voorbereiding|afweging|aanpassing|wijziging|gesprek(?:ken)?|overleg|onderzoek|voortgang)|{doc})\b",
}

# A time phrase that points forward; present tense with one of these promises ("informeer ik u na de zomer"),
# the parliamentary and budget year included ("bij de Najaarsnota", "op Verantwoordingsdag", "bij het jaarverslag",
# "voor het einde van het jaar", "begin volgend jaar", "in de loop van 2027", "na het meireces", "uiterlijk in Q2").
# Grouped by first word: the regex engine then tries a handful of branches per word, not every one.
# ("het vroege voorjaar", "het late najaar": the adjective leaves the season ahead)
_SEASON = (
    r"(?:zomer|zomerreces|kerstreces|voorjaarsreces|meireces|herfstreces|najaar|voorjaar|winter|komende? \w+"
    r"|(?:vroege|late) (?:voorjaar|najaar|zomer))"
)
MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_MONTH_OR_YEAR = r"(?:" + MONTH + r"|\d{4}|dit jaar|volgend jaar)"
_COUNT = (
    r"(?:een|enkele|een paar|een aantal|\d+[-–]\d+|\w+)(?: à \w+)? (?:weken|week|maanden|maand|dagen|werkdagen|jaar"
    r"|kwartalen)"
)
_BUDGET = (
    r"de (?:voorjaarsnota|najaarsnota|miljoenennota|ontwerpbegroting|begroting|suppletoire|begrotingsbehandeling"
    r"|jaarwisseling)"
)
_IN_YEAR = r"(?:van )?(?:het|dit|volgend|komend) (?:kalender)?jaar"
_MONTH_SHORT = r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# a part of the year counted, in words or in figures ("het derde kwartaal", "het 3e kwartaal", "de 2e helft")
_ORDINAL = r"(?:eerste|tweede|derde|vierde|laatste|[1-4](?:e|de|ste))"
FUTURE_TIME = (
    # "na" with an event to come, named by a noun made of a verb: "na afloop van de reis", "na publicatie van
    # het besluit", "na ontvangst van het advies"
    r"(?:na (?:(?:de|het) "
    + _SEASON
    + "|"
    + _COUNT
    + r"|(?:de )?afronding|(?:de |het )?(?:\w+(?:ing|tie|sie)|ontvangst|afloop) van"
    r"|het \w*reces"
    # or a meeting or inquiry named by its noun, which the present tense of the clause puts ahead: "Na de evaluatie
    # informeer ik uw Kamer", "na het overleg met de sector", "na de Europese Raad"
    r"|(?:de|het) (?:[\w-]+ ){0,2}?\w*(?:ing|tie|sie|overleg|onderzoek|gesprek|gesprekken|debat|raad|top|bijeenkomst"
    r"|vergadering|verkiezingen|stemming|stemmingen)\b)"
    r"|voor (?:(?:de|het) "
    + _SEASON
    + "|"
    + _MONTH_OR_YEAR
    + "|"
    + _BUDGET
    + r"|het (?:einde?|begin) van|het \w*reces)"
    r"|rond (?:(?:de|het) " + _SEASON + "|" + _MONTH_OR_YEAR + "|" + _BUDGET + r"|het (?:einde?|begin) van)"
    r"|in (?:(?:de|het) " + _SEASON + "|" + _MONTH_OR_YEAR + r"|het " + _ORDINAL + r" (?:kwartaal|halfjaar|trimester)"
    r"|de "
    + _ORDINAL
    + r" (?:helft|jaarhelft)|de tussentijd|"
    + _BUDGET
    + r"|(?:het|de) jaarverslag|de loop van|het \w*reces)"
    r"|(?:omstreeks|tijdens) (?:de|het) " + _SEASON + r"|tijdens het \w*reces"
    r"|(?:dit|komend|volgend) (?:najaar|voorjaar|jaar|kwartaal)|(?:deze|volgende|komende) (?:week|maand|weken|maanden)"
    r"|deze (?:zomer|winter)"
    r"|(?:eind|begin|medio|half|primo|ultimo) (?:"
    + _MONTH_OR_YEAR
    + "|"
    + _IN_YEAR
    + ")|uiterlijk "
    + _MONTH_OR_YEAR
    + r"|(?:einde|halverwege) "
    + _IN_YEAR
    + r"|(?:binnen|over) "
    + _COUNT
    + r"|(?:bij|met) (?:"
    + _BUDGET
    + r"|(?:het|de) jaarverslag)|(?:tegen|aan) het (?:einde?|begin) van"
    r"|op (?:korte termijn|het moment dat)|zo (?:spoedig|snel) mogelijk|z\.s\.m\b"
    # a day of the week to come ("uiterlijk vrijdag", "aanstaande dinsdag", "volgende week maandag")
    r"|(?:uiterlijk|aanstaande|komende|volgende week|voor|vóór) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag)"
    # a day ("uiterlijk 1 oktober") and a debate the promise must precede ("voorafgaand aan het commissiedebat")
    r"|(?:uiterlijk|voor|vóór|per) \d{1,2} (?:"
    + MONTH
    + "|"
    + _MONTH_SHORT
    + ")"
    # the day in figures, as a table or a form writes it ("uiterlijk 01-07-2027", "vóór 1/7/2027")
    + r"|(?:uiterlijk|voor|vóór|per) \d{1,2}[-/]\d{1,2}[-/](?:\d{4}|\d{2})\b"
    # any kind of meeting, with what it is named by before it: "voor het plenaire debat", "voorafgaand aan de
    # Eurogroep-vergadering", "voor het commissiedebat"
    + r"|(?:voorafgaand aan|voor|vóór) (?:het|de) (?:[\w-]+ ){0,2}?(?:[\w-]*(?:debat|overleg|vergadering)|behandeling"
    r"|stemming|stemmingen|raad)\b"
    # a coming document of a series: "In de eerstvolgende voortgangsbrief informeer ik uw Kamer over ..."
    r"|in de (?:eerst)?volgende \w*(?:brief|rapportage|nota)\b"
    r"|prinsjesdag|binnenkort|later|nog\b(?! (?:niet|geen|steeds|altijd|nooit|enige|lang|maar)\b)|zodra|wanneer|nadat|verantwoordingsdag|q[1-4]"
    # The other forms the deadlines read as a time ahead (deadlines/time_phrases.py), so that what sets a deadline also
    # makes the present tense promise: a day ("rond 1 juni", "uiterlijk op 15-09-2025", "in de week
    # van 12 mei", "in de eerste week van juni", "op de derde dinsdag van september"), a season with its
    # year ("najaar 2025"), Christmas, a part of the year ("voor het derde trimester"), a count told loosely ("een
    # weekje of drie", "over 2-3 jaar").
    # ("op 6 januari" may as well be the day something was done: the deadlines tell by the date of writing)
    r"|(?:rond|omstreeks|tegen|uiterlijk op) \d{1,2} (?:" + MONTH + r"|" + _MONTH_SHORT + r")"
    r"|uiterlijk op \d{1,2}[-/]\d{1,2}[-/](?:\d{4}|\d{2})\b"
    # (a week and a weekday in a month after the preposition that puts them ahead: "de" alone opens too many phrases)
    r"|in de (?:"
    + _ORDINAL
    + r" )?week van (?:\d{1,2} )?"
    + MONTH
    + r"|(?:op|voor|vóór|uiterlijk) de (?:eerste|tweede|derde|vierde|laatste) "
    + _WEEKDAY
    + r" van "
    + MONTH
    + r"|(?:voorjaar|zomer|najaar|winter) \d{4}|(?:voor|na|rond|met) (?:de )?kerst\b"
    r"|voor (?:het|de) " + _ORDINAL + r" (?:kwartaal|halfjaar|trimester|helft)"
    r"|een (?:weekje|week|maandje|maand) of \w+"
    # a week by its number ("in week 12", "uiterlijk in week 45")
    r"|(?:in|voor|vóór|uiterlijk|rond) week \d{1,2}\b"
    # a clause of when, after the main clause: "Ik informeer uw Kamer als het onderzoek is afgerond" (as "zodra")
    r"|als (?:\w+ ){1,8}?(?:(?:is|zijn|wordt|worden) (?:\w+ )?(?:afgerond|bekend|beschikbaar|gereed|klaar|ontvangen"
    r"|vastgesteld|verschenen|gepubliceerd|opgeleverd)|(?:afgerond|bekend|beschikbaar|gereed|klaar|ontvangen|vastgesteld"
    r"|verschenen|gepubliceerd|opgeleverd) (?:is|zijn|wordt|worden))\b"
    # a condition put first makes the present tense of the clause after it a future: "Als de cijfers er
    # zijn, stel ik uw Kamer op de hoogte" (a clause read with its condition starts with it, clauses.py)
    r"|^(?:als|indien|mocht|mochten)\b)"
)


# A rhythm: the present tense of informing or sending with one is a standing promise ("Over het cijferbeeld informeer
# ik uw Kamer iedere drie maanden", "ik stuur u twee keer per jaar een voortgangsrapportage"), not the letter itself.
# The adjective ("de jaarlijkse rapportage") names a document, not when it comes.
RHYTHM = (
    r"(?:(?:elke|iedere|elk|ieder) (?:\w+ )?(?:week|weken|maand|maanden|kwartaal|jaar|halfjaar|half jaar)\b"
    r"|(?:\w+ )?(?:keer|maal) per (?:jaar|kwartaal|maand|week)\b|per (?:kwartaal|halfjaar|half jaar)\b"
    r"|(?:half|twee)?jaarlijks\b|maandelijks\b|driemaandelijks\b)"
)


@dataclass(frozen=True, slots=True)
class CueWords:
    """Words a rule needs, checked against a sentence's lower-case words with set and prefix tests (fast)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    infixes: tuple[str, ...]

    @classmethod
    def parse(cls, words: str) -> CueWords:
        items = words.lower().split()
        return cls(
            frozenset(w for w in items if "*" not in w),
            tuple(w[:-1] for w in items if w.endswith("*") and not w.startswith("*")),
            tuple(w[1:] for w in items if w.startswith("*") and not w.endswith("*")),
            tuple(w[1:-1] for w in items if w.startswith("*") and w.endswith("*")),
        )

    def found_in(self, words: Sequence[str]) -> bool:
        exact, prefixes, suffixes, infixes = self.exact, self.prefixes, self.suffixes, self.infixes
        for word in words:
            if word in exact or word.startswith(prefixes) or word.endswith(suffixes):
                return True
            if infixes and any(part in word for part in infixes):
                return True
        return False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    patterns: tuple[str, ...]  # templates; any one matching is enough
    action: str = "other"  # commitment rules: the act promised; "infer" = from the verbs
    confidence: float = 0.7
    notes: str = ""
    requires: str | None = None  # a template the whole sentence must also match
    scope: str = "clause"  # rejections: where the veto is looked for
    unless: str | None = None  # rejections: no veto when the clause also matches this
    overrides: tuple[str, ...] = ()  # commitments: vetoes this rule is stronger than
    # rejections: whether the veto also holds in the clauses its clause governs ("De leden vragen of
    # ..." does; "Hierbij bericht ik u dat ..." does not: it says nothing of the promise it governs)
    governs: bool = True
    # commitments: whether a relative clause can carry it ("het rapport dat ik heb toegezegd" restates nothing)
    in_relative_clause: bool = True
    # commitments: the time `requires` asks for is not needed in speech, where the present tense promises
    # ("Ik stuur u die brief"); in writing the same tense is the document itself
    spoken_without_time: bool = False
    # commitments: an act of the cabinet named as such ("Het kabinet zal in gesprek gaan met ...") is in a letter its
    # plan, a promise only with a time to come, as future.government is; in speech the minister answers for it
    cabinet_needs_time_in_writing: bool = False
    cue: str | None = None  # the words the rule needs ("informe*" a prefix, "*brief" a suffix)
    compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    compiled_requires: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    compiled_unless: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    compiled_cue: CueWords | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(compile_template(p) for p in self.patterns))
        if self.requires:
            object.__setattr__(self, "compiled_requires", compile_template(self.requires))
        if self.unless:
            object.__setattr__(self, "compiled_unless", compile_template(self.unless))
        if self.cue:
            object.__setattr__(self, "compiled_cue", CueWords.parse(self.cue))


_SLOT = re.compile(r"\{([a-z_]+)\}")


def expand_template(template: str) -> str:
    """Turn a readable template into a regular expression (see the module docstring)."""
    gap = r"(?:\s+\S+){0," + str(GAP_WORDS) + r"}?\s+"
    out = template.replace(" … ", "\u0000").replace("…", "\u0000")
    while _SLOT.search(out):  # a word class may use another ("{into}" names "{doc}")
        out = _SLOT.sub(lambda m: VOCABULARY[m.group(1)], out)
    out = out.replace(" ", r"\s+").replace("\u0000", gap)
    # Whole words: guard the ends that are words, not those that are punctuation ("\\?$").
    head = r"(?<!\w)" if template[:1].isalnum() or template[:1] in "{(" else ""
    tail = r"(?!\w)" if template[-1:].isalnum() or template[-1:] in "})" else ""
    return head + "(?:" + out + ")" + tail


@functools.cache
def compile_template(template: str) -> re.Pattern[str]:
    # A look-ahead on the few characters a match can start with: the same matches, found faster (the engine scans for
    # those characters instead of entering the whole pattern at every position). Kept by the template: the future time
    # phrase, 3,500 characters of regex that seventeen rules and vetoes require, is parsed once, not once per rule.
    return compile_with_first_characters(expand_template(template), re.IGNORECASE)
