"""The rule table: named, declarative patterns a linguist can read and extend.

A pattern is written in a small template language over the sentence's reading text:
  {slot}   a word class from VOCABULARY below ("{ik}" = ik/wij/we/ikzelf ...)
  …        a gap of at most GAP_WORDS words (Dutch puts the middle field between modal and verb)
  a space  one or more whitespace characters
Anything else is a regular expression; templates match case-insensitively and on whole words.

Each rule has a name (kept with every result, so a clerk sees why), its templates, the action it
promises, a confidence, notes, and the cue words it needs ("informe*" a prefix, "*brief" a suffix):
a sentence is judged only when its words hold some rule's cues, and a rule only runs where its own
cues occur (cue_index.py). `requires` is a template the whole sentence must also match (a future time phrase).

Rejection rules (vetoes) say why a sentence that looks like a promise is not one. They are looked
for in the clause around the match (so "..., maar dat zou ik kunnen onderzoeken" does not undo a
promise before the comma); `unless` lifts a veto, and a commitment rule may override named vetoes
(an explicit "toezeggen" outweighs the conditional "zou willen"). Commitment rules are tried in
order; the first match that no veto stops wins.

Before adding a rule, ask whether a minister of another ministry writing another letter would trip it;
tests/extraction/test_rules.py keeps an example sentence of our own for every rule and veto.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .literal_gates import first_characters

GAP_WORDS = 16

VOCABULARY: dict[str, str] = {
    # The speaker or the government as the grammatical subject.
    "ik": r"(?:ik|ikzelf|wij|we)",
    # A member of government named in the third person: the registries, the lists of toezeggingen
    # closing a commissiedebat, a letter speaking of a colleague ("De minister van Financiën zal").
    # The ministry ("van Binnenlandse Zaken en Koninkrijksrelaties") is left to the gap after it.
    "member": r"(?:de (?:minister(?:-president|s)?|staatssecretaris(?:sen)?|bewindsperso(?:on|nen)|bewindslieden"
    r"|regering)|het kabinet)",
    # factored by first word: the regex engine tries a word's alternatives once per position
    "gov": r"(?:ik(?:zelf)?|wij|we|het (?:kabinet|ministerie)|mijn (?:ministerie|ambtgeno(?:ot|te|ten)|collega)|ons ministerie"
    r"|de (?:minister(?:-president|s)?|staatssecretaris(?:sen)?|bewindsperso(?:on|nen)|bewindslieden|regering))",
    # The chamber addressed: a letter's "uw Kamer", a memorie van antwoord's "beide Kamers" or
    # "de Staten-Generaal", a chamber named in full.
    # The formal name may follow: "beide Kamers der Staten-Generaal", "de Tweede Kamer der Staten-Generaal".
    "kamer": r"(?:(?:uw|jullie) kamer|de (?:kamers?|eerste kamer|tweede kamer|staten-generaal|beide kamers)"
    r"|beide kamers|het parlement)(?: der staten-generaal)?",
    "u": r"(?:u|uw (?:kamer|commissie)|jullie|de (?:kamers?|commissie|eerste kamer|tweede kamer|staten-generaal"
    r"|beide kamers)|beide kamers|het parlement)(?: der staten-generaal)?",
    # Future: the modal verbs of a promise ("wil" only with a first-person subject next to it).
    "zal": r"(?:zal|zullen|ga|gaan)",
    "wil": r"(?:zal|zullen|ga|gaan|wil|willen)",
    # spoken, telling more later is informing: "Ik ga u meer vertellen over ...", "ga ik wat meer aangeven over ..."
    "informeren": r"(?:informeren|berichten|melden|meedelen|mededelen|inlichten|rapporteren|terugkoppelen|laten weten"
    r"|meer (?:vertellen|aangeven)"
    r"|op de hoogte (?:stellen|brengen|houden)|in kennis stellen)",
    "informeer": r"(?:informeer|informeert|informeren|bericht|berichten|meld|meldt|(?:geef|geven) (?:\w+ )?meer informatie)",
    "sturen": r"(?:sturen|toesturen|versturen|zenden|toezenden|verzenden|doen toekomen|toekomen"
    r"|aanbieden|voorleggen)",
    "stuur": r"(?:stuur|verstuur|zend|stuurt|verstuurt|zendt|toestuur|toestuurt|nastuur|nastuurt|toezend|toezendt)",
    "onderzoeken": r"(?:onderzoeken|(?:nader|verder) bestuderen|bekijken|bezien|kijken|nagaan|uitzoeken|inventariseren|verkennen"
    r"|beschouwen|analyseren|evalueren|in kaart brengen|uitzoeken|doorlichten|laten onderzoeken"
    r"|inventarisatie maken|analyse maken)",
    "ingaan": r"(?:ingaan|in gaan|ingegaan|meenemen|meegenomen|betrekken|betrokken|schetsen|geschetst"
    r"|opnemen|opgenomen|inzicht geven|aandacht besteden|verhelderen|toelichten|uiteenzetten"
    r"|op een rij zetten|nader op ingaan|terugkomen|beschrijven|beschreven|aan bod komen)",
    # A document that is still to come: "in die brief", "bij de kabinetsreactie", "de aanpak waarmee we komen".
    # One prefix scan for all compounds ("kabinetsreactie", "voortgangsrapportage", "Voorjaarsnota"):
    # a prefix per alternative made every word be scanned again for each of them.
    "doc": r"(?:[a-zà-ÿ&-]*(?:brie(?:f|ven|fje|fjes)|reactie|aanpak|plan|rapport(?:age)?|agenda|monitor|nota|analyse|overzicht|begroting"
    r"|verslag|evaluatie|verkenning|beantwoording|programma|standpunt|update)|plan van aanpak|notitie|voorstel)",
    "coming": r"(?:de(?: (?:volgende|eerstvolgende|toegezegde|nieuwe))?|die|dat|deze nieuwe|dezelfde|hetzelfde"
    r"|het(?: toegezegde)?|mijn|onze|een(?: (?:volgende|separate|aparte|nieuwe))?)",
    "toezeggen": r"(?:toezeggen|toe te zeggen|toezeg)",
    # A verb of intending or expecting one's own act, finite ("verwacht ik", "streeft het kabinet ernaar").
    "intend": r"(?:verwacht|verwachten|streef|streeft|streven|beoog|beoogt|beogen|hoop|hopen|ben voornemens|is voornemens"
    r"|zijn voornemens|ben van plan)",
    # The delivery such a verb governs: "te informeren", "aan te bieden", "in te dienen", "een rapportage te leveren",
    # "de vragen te beantwoorden".
    "to_deliver": r"(?:te (?:kunnen )?(?:{informeren}|{sturen}|beantwoorden)"
    r"|(?:aan|voor|toe|in) te (?:kunnen )?(?:bieden|leggen|sturen|zenden|dienen)"
    r"|{doc} (?:\w+ ){0,6}?te (?:kunnen )?(?:aan)?leveren|met (?:\w+ ){1,5}?te komen|{kamer} (?:\w+ ){0,3}?mee te nemen"
    r"|met {u} te (?:kunnen )?delen)",
    # What a point is taken into ("betrek ik bij", "neem ik mee in"): a revision, decision, talk or document to come.
    "into": r"(?:de|het|mijn|onze|ons|deze|die|dit|dat|een) (?:\w+ ){0,2}?(?:\w*(?:herziening|uitwerking|evaluatie"
    r"|besluitvorming|voorbereiding|afweging|aanpassing|wijziging|gesprek(?:ken)?|overleg|onderzoek|voortgang)|{doc})\b",
}

# A time phrase that points forward; present tense with one of these promises ("informeer ik u na de zomer"),
# the parliamentary and budget year included ("bij de Najaarsnota", "op Verantwoordingsdag", "bij het jaarverslag",
# "voor het einde van het jaar", "begin volgend jaar", "in de loop van 2027", "na het meireces", "uiterlijk in Q2").
# Grouped by first word: the regex engine then tries a handful of branches per word, not every one.
_SEASON = r"(?:zomer|zomerreces|kerstreces|voorjaarsreces|meireces|herfstreces|najaar|voorjaar|winter|komende? \w+)"
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_MONTH_OR_YEAR = r"(?:" + _MONTH + r"|\d{4}|dit jaar|volgend jaar)"
_COUNT = r"(?:een|enkele|een paar|een aantal|\w+)(?: à \w+)? (?:weken|week|maanden|maand|dagen|jaar)"
_BUDGET = (
    r"de (?:voorjaarsnota|najaarsnota|miljoenennota|ontwerpbegroting|begroting|suppletoire|begrotingsbehandeling"
    r"|jaarwisseling)"
)
_IN_YEAR = r"(?:van )?(?:het|dit|volgend|komend) (?:kalender)?jaar"
FUTURE_TIME = (
    r"(?:na (?:(?:de|het) " + _SEASON + "|" + _COUNT + r"|(?:de )?afronding|afloop van|het \w*reces)"
    r"|voor (?:(?:de|het) "
    + _SEASON
    + "|"
    + _MONTH_OR_YEAR
    + "|"
    + _BUDGET
    + r"|het (?:einde?|begin) van|het \w*reces)"
    r"|rond (?:(?:de|het) " + _SEASON + "|" + _MONTH_OR_YEAR + "|" + _BUDGET + r"|het (?:einde?|begin) van)"
    r"|in (?:(?:de|het) " + _SEASON + "|" + _MONTH_OR_YEAR + r"|het (?:eerste|tweede|derde|vierde|laatste) kwartaal"
    r"|de (?:eerste|tweede) helft|de tussentijd|" + _BUDGET + r"|(?:het|de) jaarverslag|de loop van|het \w*reces)"
    r"|(?:omstreeks|tijdens) (?:de|het) " + _SEASON + r"|tijdens het \w*reces"
    r"|(?:dit|komend|volgend) (?:najaar|voorjaar|jaar|kwartaal)|(?:deze|volgende|komende) (?:week|maand|weken|maanden)"
    r"|deze (?:zomer|winter)"
    r"|(?:eind|begin|medio|half) (?:"
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
    r"|op (?:korte termijn|het moment dat)|zo (?:spoedig|snel) mogelijk"
    # a day ("uiterlijk 1 oktober") and a debate the promise must precede ("voorafgaand aan het commissiedebat")
    r"|(?:uiterlijk|voor|vóór|per) \d{1,2} "
    + _MONTH
    + r"|(?:voorafgaand aan|voor) (?:het|de) (?:commissiedebat|debat|notaoverleg|wetgevingsoverleg|plenaire behandeling"
    r"|behandeling|stemmingen?|europese raad|raad)"
    r"|prinsjesdag|binnenkort|later|nog\b|zodra|wanneer|nadat|verantwoordingsdag|q[1-4]"
    # a condition put first makes the present tense of the clause after it a future: "Als de cijfers er
    # zijn, stel ik uw Kamer op de hoogte" (a clause read with its condition starts with it, clauses.py)
    r"|^(?:als|indien|mocht|mochten)\b)"
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


def compile_template(template: str) -> re.Pattern[str]:
    pattern = re.compile(expand_template(template), re.IGNORECASE)
    # A look-ahead on the few characters a match can start with: the same matches, found faster
    # (the engine scans for those characters instead of entering the whole pattern at every position).
    first = first_characters(pattern)
    if first is None:
        return pattern
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + pattern.pattern, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Commitment rules, most specific first.
COMMITMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "toezegging.ik_zeg_toe",
        (
            "{ik} zeg … toe",
            "zeg {ik} … toe",
            "{ik} … (?:wil|willen|kan|kunnen|zou|ga|gaan|zal|zullen) … {toezeggen}",
            "(?:wil|willen|kan|kunnen|zou|ga|gaan|zal|zullen) {ik} … {toezeggen}",
            # the promise as a noun: "Die toezegging kan ik doen", "ik doe nog wel de toezegging dat", "Wat ik toezeg, is"
            "(?:die|de|deze|een) toezegging (?:kan|wil|zal|ga|kunnen|willen) {ik} (?:\\w+ ){0,2}?doen\\b",
            "{ik} (?:kan|wil|zal|ga|kunnen|willen|doe|doen) (?:\\w+ ){0,3}?(?:de|een|die|deze) toezegging(?: (?:\\w+ ){0,2}?doen)?"
            " (?:dat|om)\\b",
            "wat {ik} (?:\\w+ )?(?:toezeg|toezeggen),? is",
            "(?:lezen|zien|beschouwen|opvatten) als (?:een )?toezegging",
            "(?:dit|dat) is een toezegging",
            "(?:de|mijn|onze) toezegging is (?:\\w+ )?dat {ik}",
        ),
        cue="toe toezeg* toezegging",
        action="infer",
        confidence=0.9,
        # "Dat kan ik bij dezen toezeggen", "Hierbij zeg ik u toe": the promise made by this very text
        overrides=(
            "reject.conditional_wish",
            "reject.members_ask",
            "reject.general_effort",
            "reject.vague_condition",
            "reject.this_document",
        ),
        notes="An explicit promise: 'ik zeg u toe dat', 'dat zeg ik graag toe', 'ik wil u toezeggen om'.",
    ),
    Rule(
        "toezegging.registry",
        # the ministry may hold a dash: "De staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane"
        (
            "de (?:minister|staatssecretaris|minister-president)(?: (?:(?:van|voor) )?[\\w,–-][\\w,–\\- ]{1,80}?)?"
            " zegt,? … toe",
            # named, as older registries and rappel lists have it: "Minister Donner zegt toe ..."
            "(?:^|\\. )(?:minister|staatssecretaris|minister-president) [\\w'-]+(?: [\\w'-]+){0,2}? zegt,? … toe",
            # a registry heading: "Toezegging naar aanleiding van vragen van het lid X, om een overzicht naar de Kamers te sturen"
            "^toezegging\\b[^.]{0,200}?\\bom (?:\\w+ ){0,15}?te (?:{sturen}|{informeren}|komen|onderzoeken|bezien|bekijken)\\b",
            "de (?:ministers|staatssecretarissen)(?: (?:van|voor) [\\w,–-][\\w,–\\- ]{1,100}?)? zeggen,? … toe",
            "(?:het kabinet|de regering) zegt,? … toe",
            "zegt (?:de (?:minister|staatssecretaris|minister-president)|het kabinet|de regering) … toe",
        ),
        cue="toe toezegging",
        action="infer",
        confidence=0.9,
        # an explicit promise to report periodically is a recurring promise, not a habit described
        overrides=("reject.members_ask", "reject.vague_condition", "reject.habitual"),
        notes="The third-person form of the registries: 'De minister zegt toe de Kamer te informeren'.",
    ),
    Rule(
        "toezegging.restated",
        (
            "{ik} … (?:heb|hebben) … (?:toegezegd|beloofd)",
            "(?:heb|hebben) {ik} … (?:toegezegd|beloofd)",
            # a colleague's promise in the third person: "De staatssecretaris heeft toegezegd de brief ... te sturen"
            "(?:{member}|mijn (?:collega|ambtgeno(?:ot|te))|hij|zij) (?:\\w+ ){0,6}?(?:heeft|hebben) … (?:toegezegd|beloofd)"
            " (?:\\w+ ){0,10}?(?:dat|om|te|{kamer})",
            "(?:de|die|deze|mijn) toezegging(?:en)? (?:blijft|blijven) … (?:staan|geldig|gelden)",
            # the passive of a restatement: "Er is toegezegd dat uw Kamer ...", "is de Kamer toegezegd om ..."
            "(?:is|zijn) (?:\\w+ ){0,8}?(?:toegezegd|beloofd) (?:dat|om|te|{kamer}|aan {kamer})",
        ),
        cue="toegezegd beloofd toezegging*",
        action="infer",
        confidence=0.75,
        in_relative_clause=False,
        notes="A minister restating an open promise ('ik heb al toegezegd om ...'): refers_to_earlier.",
    ),
    Rule(
        "inform.passive",
        (
            "{kamer} (?:zal|zullen|wordt|worden) … (?:geïnformeerd|ingelicht|bericht|op de hoogte (?:gesteld|gehouden))",
            # the Kamer as subject keeps the passive together over a long middle field: "De Kamer wordt over de resultaten
            # hiervan naar verwachting in het voorjaar van 2023 via de periodieke voortgangsbrief ... geïnformeerd"
            "^{kamer} (?:zal|wordt|worden) (?:\\S+ ){17,28}?(?:geïnformeerd|ingelicht)\\b",
            "(?:zal|wordt|worden) {u} … (?:geïnformeerd|ingelicht|op de hoogte (?:gesteld|gehouden))",
            "(?:^|[,;] |(?:maar|en|dan|dus|want|ook|dat) )(?:u|jullie) (?:wordt|worden) … (?:geïnformeerd|ingelicht"
            "|op de hoogte (?:gesteld|gehouden))",
            "dat (?:u|jullie) … (?:wordt|worden) (?:geïnformeerd|ingelicht|op de hoogte (?:gesteld|gehouden))",
            # verb last, as in a subordinate clause: "dat de Kamer de komende tijd daarover wordt geïnformeerd"
            "{kamer} … (?:wordt|worden) (?:geïnformeerd|ingelicht|op de hoogte (?:gesteld|gehouden))",
            "(?:zal|zullen) … informatievoorziening aan {kamer}",
            "(?:zal|zullen) (?:\\w+ ){0,3}?verslag (?:\\w+ ){0,2}?(?:worden )?gedaan\\b",
            "(?:volgt|volgen) … informatievoorziening aan {kamer}",
        ),
        cue="geïnformeerd ingelicht bericht hoogte informatievoorziening gedaan",
        action="inform",
        confidence=0.9,
        notes="'Uw Kamer wordt hierover dit najaar geïnformeerd', 'zal uw Kamer ... worden geïnformeerd'.",
    ),
    Rule(
        "inform.ongoing",
        (
            "{gov} … blijven … {informeren}",
            "blijven … {informeren}",
            "{u} … op de hoogte (?:houd|houden|blijven houden)",
            "(?:{ik} (?:houd|houden)|(?:houd|houden) {ik}) {u} … op de hoogte",
            "(?:kunt|kan|kunnen) … erop rekenen dat {gov}",
            "(?:kunt|kan|kunnen) … erop rekenen dat (?:de|die|deze) (?:\\w+ )?{doc} (?:\\w+ ){0,3}?(?:komt|komen|verschijnt|verschijnen)",
            "{gov} blijven (?:dat|dit|het) … doen",
            # "Ik ga ervoor zorgen dat uw Kamer goed op de hoogte is van ..."
            "(?:zorg|zorgen) (?:er )?(?:\\w+ ){0,2}?(?:voor )?dat {u} (?:\\w+ ){0,3}?op de hoogte (?:is|blijft|wordt|zijn)\\b",
        ),
        cue="blijven hoogte rekenen zorg zorgen",
        action="inform",
        confidence=0.75,
        notes="Standing promises: 'blijven informeren', 'op de hoogte houden' (recurring).",
    ),
    Rule(
        "inform.future",
        (
            "{gov} … {zal} … {informeren}",
            "{wil} {gov} … {informeren}",
            "(?:heb|hebben) … aangegeven dat {gov} … {informeer}",
            "dat {gov} {kamer} … {informeer}",
        ),
        cue="informe* berichten melden inlichten rapporteren terugkoppelen weten hoogte kennis sturen toesturen versturen zenden toezenden verzenden toekomen aanbieden voorleggen geven vertellen aangeven"
        " bieden leggen",
        action="inform",
        confidence=0.85,
        notes="'zal ik de Kamer hierover eind 2024 informeren'; 'ik verwacht u dit najaar te informeren' is"
        " a promise about the minister's own delivery.",
    ),
    Rule(
        "deliver.intended",
        (
            "(?:{gov} (?:{intend}|voornemens (?:ben|is|zijn)|van plan (?:ben|is|zijn))|{intend} {gov}) … {to_deliver}",
            "(?:onze|mijn|de|het) (?:planning|streven|voornemen|bedoeling|voorstel) (?:is|zou zijn) … {to_deliver}",
            "(?:het|dit) is (?:mijn|ons|het) (?:voornemen|streven|planning|bedoeling|plan) … {to_deliver}",
        ),
        cue="informe* berichten melden meedelen mededelen inlichten rapporteren terugkoppelen weten hoogte kennis"
        " sturen toesturen versturen zenden toezenden verzenden toekomen aanbieden voorleggen bieden leggen leveren"
        " aanleveren beantwoorden dienen komen nemen delen",
        action="infer",
        confidence=0.8,
        notes="The government's own delivery as an intention or expectation: 'ik verwacht u dit najaar te"
        " informeren', 'De resultaten verwacht ik eind 2024 aan uw Kamer te sturen', 'Het is mijn voornemen om"
        " uw Kamer voor 1 juli een voorstel te doen toekomen', 'Ik beoog het wetsvoorstel in het voorjaar in te"
        " dienen'.",
    ),
    Rule(
        "inform.present_with_time",
        (
            "{gov} … {informeer}",
            "{informeer} {gov}",
            "(?:^|[,;] )informeer (?:de|uw) kamer",
            # the phrasal verb: "stel ik uw Kamer direct op de hoogte", "het kabinet brengt de Kamer op de hoogte"
            "(?:stel|stelt|stellen|breng|brengt|brengen) {gov} … op de hoogte",
            "{gov} (?:stel|stelt|stellen|breng|brengt|brengen) … op de hoogte",
            "(?:{gov} (?:laat|laten)|(?:laat|laten) {gov}) (?:\\w+ ){0,10}?weten\\b",
        ),
        cue="informe* bericht berichten meld meldt hoogte weten",
        action="inform",
        confidence=0.7,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Present tense with a future time phrase: 'informeer ik u na de zomer'; spoken, and in the chair's"
        " list, the present tense promises without one ('Ik informeer de Kamer per brief over de verdeling').",
    ),
    Rule(
        "inform.you_will_hear",
        ("(?:u|jullie|uw kamer|de kamer) (?:hoort|hoor|verneemt) (?:dat|het|dit|daarover|er|van mij|van ons)",),
        cue="hoort hoor verneemt",
        action="inform",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="The debate form without a stock verb: 'U hoort dat half mei', 'u hoort daarover voor de zomer'.",
    ),
    Rule(
        "come_back",
        (
            "{ik} … (?:kom|komen) … terug",
            "(?:kom|komen) {ik} … terug",
            "{ik} … terug(?:kom|komen|te komen)",
            "terug te komen",
            "de (?:minister|staatssecretaris) van \\w+ (?:zal|zullen) … terugkomen",
            # a colleague or the cabinet, also behind an apposition: "Mijn collega, de minister van SZW, zal hierop
            # terugkomen", "zal mijn collega bij u terugkomen"
            "{gov} … (?:zal|zullen) … terugkomen",
            "(?:zal|zullen) {gov} … terugkomen",
            "{member} … (?:komt|komen) … terug\\b",
            "(?:mijn|onze) (?:collega|ambtgeno(?:ot|te))\\w* … (?:komt|komen) … terug\\b",
            "(?:komt|komen) {member} … terug\\b",
        ),
        cue="terug*",
        action="inform",
        confidence=0.85,
        requires=r"\b(?:ik|wij|we|minister|staatssecretaris|kabinet|regering|collega|ambtgeno(?:ot|te))\b",
        notes="'kom ik (voor de zomer) op terug', 'daar kom ik op terug': terugkomen on a point to the Kamer.",
    ),
    Rule(
        "send.letter",
        (
            "{gov} … {wil} … {sturen}",
            "{wil} {gov} … {sturen}",
            "doe {ik} … toekomen",
            "{u} … tegemoet (?:kan |kunt |kunnen |zult |zal )?(?:zien|te zien)|tegemoetzien",
            "(?:{u} (?:kunt|kan|kunnen|mag|mogen)|(?:kunt|kan|kunnen|mag|mogen) {u}) … {doc} … verwachten\\b(?! dat)",
            # the participle first: "De evaluaties zullen worden aangeboden aan de Kamer"
            "(?:wordt|worden|zal|zullen) … (?:aangeboden|toegezonden|toegestuurd|gestuurd|gezonden|voorgelegd|verzonden)"
            " (?:\\w+ ){0,2}?aan {kamer}",
            "(?:wordt|worden|zal|zullen) … (?:aan|naar) {kamer} (?:worden |wordt )?(?:aangeboden|toegezonden|toegestuurd|gestuurd"
            "|gezonden|voorgelegd)",
            "(?:wordt|worden|zal|zullen) … (?:naar|aan) {kamer} (?:ge|toe|ver)(?:stuurd|zonden)",
            # verb last, as in a subordinate clause: "een protocol ... dat na de zomer aan het parlement wordt voorgelegd"
            "(?:aan|naar) {kamer} (?:wordt|worden|zal worden|zullen worden) (?:aangeboden|toegezonden|toegestuurd"
            "|gestuurd|gezonden|voorgelegd|verzonden)\\b",
            "{kamer} … (?:wordt|zal) … (?:toegezonden|toegestuurd|gestuurd|gezonden)",
            # a bill or memorandum to be tabled: "zal ik het wetsvoorstel bij uw Kamer indienen", "verwacht ... in te dienen"
            "(?:bij|aan) {kamer} (?:\\w+ )?(?:indienen|in te dienen|aanhangig (?:maken|te maken))",
            # sharing with the Kamer: "zal ik de resultaten met uw Kamer delen", "deze met de Kamers te delen"
            "(?:{zal}|{wil}|te) … met {kamer} (?:\\w+ )?(?:delen|te delen)",
            "met {kamer} te (?:kunnen )?delen",
            "met {kamer} (?:\\w+ ){0,2}?gedeeld (?:\\w+ )?(?:worden|wordt)",
            "(?:wordt|worden|zal|zullen) … met {kamer} (?:worden )?gedeeld",
            "(?:wordt|worden|zal|zullen) (?:\\w+ ){0,6}?gedeeld met {kamer}",
            "\\w*brie(?:f|ven) (?:wordt|worden|zal|zullen) … (?:verstuurd|verzonden|(?:toe)?gestuurd|toegezonden)\\b",
            # the subject left out in a second main clause: "..., maar zal uw Kamer mijn visie tijdig doen toekomen"
            "(?:(?<=\\bmaar\\s)|(?<=\\ben\\s))(?:zal|zullen) (?:\\w+ ){0,16}?{sturen}\\b",
            # "De uitvoeringsaspecten zullen u spoedig nagezonden worden"
            "(?:zal|zullen|wordt|worden) {u} (?:\\w+ ){0,4}?(?:nagezonden|toegezonden|toegestuurd|nagestuurd|gezonden|gestuurd)\\b",
            # a document reaching the Kamer: "Dit rapport zal naar verwachting voor het zomerreces uw Kamer bereiken"
            "{doc} (?:zal|zullen) (?:\\S+ ){0,8}?{kamer} (?:\\w+ )?bereiken\\b",
            # a draft regulation laid before parliament: "De AMvB wordt binnenkort voorgehangen bij de Tweede Kamer"
            "(?:wordt|worden|zal|zullen) … voorgehangen\\b",
            "{gov} … (?:{wil}|ga) … voor(?:hangen| te hangen)\\b",
        ),
        cue="tegemoet tegemoetzien verwachten aangeboden stuur* verstuur* zend* toezenden toekomen aanbieden bereiken"
        " voorleggen voorgelegd gestuurd verzonden gezonden toegezonden toegestuurd sturen toesturen zenden"
        " indienen dienen aanhangig delen gedeeld verstuurd voorgehangen voorhangen hangen nagezonden nagestuurd",
        action="send",
        confidence=0.8,
        notes="A document sent by the speaker: 'stuur ik uw Kamer', 'ontvangt uw Kamer', 'zal ik doen toekomen'.",
    ),
    Rule(
        "send.kamer_will_receive",
        (
            "{u} (?:zal|zult|zullen) … (?:ontvangen|krijgen|tegemoet (?:kunnen )?zien|tegemoetzien)\\b",
            "(?:zal|zult|zullen) {u} … (?:ontvangen|krijgen|tegemoetzien|tegemoet zien)\\b",
            # a standing delivery: "De rapportage blijft u in het voorjaar ontvangen"
            "(?:blijft|blijven) {u} (?:\\w+ ){0,6}?(?:ontvangen|krijgen)\\b",
            "{u} (?:blijft|blijven) (?:\\w+ ){0,6}?(?:ontvangen|krijgen)\\b",
        ),
        cue="ontvangen krijgen tegemoet tegemoetzien",
        action="send",
        confidence=0.8,
        notes="The Kamer as the subject of a future receipt: 'U zult de rapportage tegelijk met de jaarcijfers"
        " ontvangen', 'zal uw Kamer het plan ontvangen'.",
    ),
    Rule(
        "send.kamer_receives",
        (
            "{kamer} (?:krijgt|krijgen)\\b",
            "(?:krijgt|krijgen) {kamer}",
            "(?:krijgt|krijg) (?:u|jullie)\\b",
            "(?:^|[,;] )(?:u|jullie) (?:krijgt|krijg)\\b",
        ),
        cue="krijgt krijgen krijg",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The Kamer as the subject of a present-tense receipt with a time to come: 'De Kamer krijgt de"
        " uitkomsten in het voorjaar'; in writing, without a time it describes ('de Kamer krijgt jaarlijks ...');"
        " spoken, it promises ('Dan krijgt u die informatie').",
    ),
    Rule(
        "send.present",
        (
            "{stuur} {ik}",
            "{ik} … {stuur}",
            "ontvangt {kamer}",
            "{kamer} ontvangt",
            # "ontvangt u", "Die ontvangt u in het eerste kwartaal": the letter's second person
            "ontvangt (?:u|jullie)\\b(?! (?:hierbij|bijgaand))",
            "(?:^|[,;] )(?:u|jullie) ontvangt\\b",
            # the document as the subject: "De doorrekening komt voor de zomer naar uw Kamer"
            "(?:komt|komen|gaat|gaan) (?:\\w+ ){0,8}?naar {kamer}",
            "naar {kamer} (?:toe )?(?:zal |zullen )?(?:komt|komen|gaat|gaan)\\b",
            "(?:volgt|volgen) (?:\\w+ ){0,6}?(?:een|de|het) (?:\\w+ ){0,3}?{doc}",
            # coming with what was asked: "Voor het einde van het jaar komen we daarmee"
            "(?:kom|komen) {ik} (?:\\w+ ){0,4}?(?:daarmee|hiermee|ermee)\\b",
            "{ik} (?:kom|komen) (?:\\w+ ){0,4}?(?:daarmee|hiermee|ermee)\\b",
        ),
        cue="stuur stuurt verstuur verstuurt zend zendt toestuur toestuurt nastuur nastuurt toezend toezendt ontvangt"
        " komt komen kom gaat gaan volgt volgen",
        action="send",
        confidence=0.75,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The present tense of sending: spoken, 'Ik stuur u die brief' promises; written, 'stuur ik u als"
        " aanvulling ...' is the letter itself, unless a time ahead is named ('Uw Kamer ontvangt de"
        " uitvoeringstoets uiterlijk in maart').",
    ),
    Rule(
        "send.present_with_time",
        ("{gov} … {stuur}", "{stuur} {gov}"),
        cue="stuur stuurt verstuur verstuurt zend zendt",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="Present tense with a future time phrase, also in the third person of the lists of toezeggingen:"
        " 'De minister stuurt de Kamer voor het zomerreces een brief over ...'.",
    ),
    Rule(
        "send.coming_document",
        (
            "(?:krijgt|ontvangt|krijg) (?:u|jullie|uw kamer|de kamer) … {doc}",
            "(?:die|de|een|deze) {doc} (?:komt|volgt) (?:er )?(?:\\w+ )?aan",
            "(?:die|de|een|deze) {doc} (?:komt|komen) (?:\\w+ )?eraan\\b",
            # the verb last, in a clause: "dat ik voor de stemming met een kort briefje kom"
            "{gov} … met (?:een|de|die|het) (?:\\w+ ){0,2}?{doc} (?:\\w+ ){0,4}?(?:kom|komt)\\b",
            "er (?:komt|volgt) … een … {doc}",
            # the budget documents come by law on fixed days: "Het kabinet komt met de Voorjaarsnota" promises nothing
            "{gov} … (?:kom|komen|komt) … met (?:een|de|die|het) … (?!(?:voorjaars|najaars|miljoenen)nota|[\\w-]*begroting){doc}",
            "{gov} … te komen met (?:een|de|die)",
            # an answer to come: "Ik kom spoedig na de zomer met een antwoord hoe ik daar invulling aan geef"
            "{gov} … (?:kom|komen|komt) … met (?:een|het) (?:\\w+ )?antwoord\\b",
            "(?:kan|zal|ga) {ik} … per brief",
            "{ik} (?:kan|zal|ga) … per brief",
            "{gov} … met (?:een|de|die) (?:\\w+ ){0,2}?{doc} … (?:te |mag |zal )?komen",
            # inverted after a time phrase: "In het najaar kom ik met een voorstel", "komt het kabinet met een plan"
            "(?:kom|komen|komt) {gov} (?:\\w+ ){0,6}?met (?:een|de|die|het) (?:\\w+ ){0,2}?"
            "(?!(?:voorjaars|najaars|miljoenen)nota|[\\w-]*begroting){doc}",
            # "De kabinetsreactie ... volgt voor het einde van het jaar" (not "volgt uit", not "als volgt")
            "{doc} … (?<!\\bals\\W)(?:volgt|volgen)\\b(?! (?:uit|daaruit|hieruit|dat|niet)\\b)",
        ),
        cue="komt volgt kom komen krijgt krijg ontvangt per",
        action="send",
        confidence=0.75,
        notes="A letter, reaction or plan that is on its way: 'ik kom voor de zomer met een brief', 'die brief"
        " komt er aan', 'daar krijgt u een brief over'.",
    ),
    Rule(
        "report.coming_document",
        # a comma may close the document: "In de eerstvolgende begroting, die op Prinsjesdag ..., zal ik ingaan op"
        (
            "(?:in|bij|met) {coming} (?:\\w+ ){0,2}?{doc},? … (?:zal|zullen|wordt|worden|ga|gaan|wil|kom|komt) … {ingaan}",
            "(?:zal|zullen|wordt|worden|ga|gaan|wil) … {ingaan} … (?:in|bij) {coming} (?:\\w+ ){0,2}?{doc}",
            "(?:zal|zullen|ga|gaan|wil) (?:\\w+ ){0,3}?(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc} … {ingaan}",
            "(?:daarbij|daarin|hierin) (?:zal|zullen) … {ingaan}",
            # the subject first, the document it just named as "daarin": "We zullen daarin ook ingaan op ..."
            "{ik} (?:zal|zullen|ga|gaan) (?:\\w+ ){0,2}?(?:daarbij|daarin) (?:\\w+ ){0,3}?{ingaan}",
            # a place in a named document to come: "Dat zal ook een plek krijgen in de Nota Ruimte"
            "(?:zal|zullen) (?:\\w+ ){0,4}?(?:een )?(?:plek|plaats) krijgen in {coming} (?:\\w+ ){0,2}?{doc}",
            # a point that will stand in a document to come: "Dat zal zijn in de voortgangsbrief na de zomer"
            "(?:dat|dit|het|die) (?:zal|zullen) (?:\\w+ ){0,2}?(?:zijn|staan|terugkomen) in {coming} (?:\\w+ ){0,2}?{doc}",
            # "In de volgende voortgangsrapportage, die u in het najaar ontvangt, ga ik in op de wachttijden"
            "(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc},? … (?:ga|gaan|gaat) (?:ik|we|wij|het kabinet) (?:\\w+ ){0,3}?in op",
            "(?:daarbij|daarin) (?:betrek|neem|schets|ga) {ik}",
            "(?:dat|dit|het|die) (?:zal|zullen|wordt|worden) (?:\\w+ ){0,2}?(?:onderdeel|deel) (?:zijn |uitmaken )?van {coming}"
            " (?:\\w+ ){0,2}?{doc}",
            "(?:(?:toelichting|inzicht) (?:\\w+ ){0,2}?(?:zal|zullen)|(?:zal|zullen) (?:\\w+ ){0,3}?(?:toelichting|inzicht))"
            " (?:\\w+ ){0,2}?(?:geven|verschaffen) (?:\\w+ ){0,3}?(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc}",
            "(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc} (?:\\w+ ){0,6}?(?:toelichting|inzicht) (?:\\w+ ){0,2}?(?:zal |zullen )?"
            "(?:geven|verschaffen)\\b",
            "{doc} waarmee {gov} (?:kom|komen|komt)",
            # attention in a document to come: "Hiervoor zal aandacht zijn in de later dit jaar te verschijnen rapportage"
            "(?:zal|zullen) (?:\\w+ ){0,2}?aandacht (?:zijn|worden besteed|worden geschonken|uitgaan) (?:\\w+ ){0,2}?(?:in|bij)"
            " {coming} (?:\\S+ ){0,6}?{doc}",
            # the verb last: "dat de uitkomsten onderdeel zullen uitmaken van het rapport"
            "(?:onderdeel|deel) (?:zal|zullen) (?:gaan )?uitmaken van {coming} (?:\\S+ ){0,3}?{doc}",
        ),
        cue="plek plaats *brief *brieven *rapportage *nota ingaan ga gaan ingegaan meenemen meegenomen betrekken betrokken schetsen schets geschetst opnemen opgenomen inzicht aandacht verhelderen toelichten uiteenzetten rij terugkomen beschrijven beschreven bod betrek neem waarmee onderdeel deel toelichting",
        action="report",
        confidence=0.75,
        overrides=("reject.in_document",),
        notes="A point a promised document will cover: 'in die reactie zal worden ingegaan op'.",
    ),
    Rule(
        "investigate.future",
        (
            "{gov} … {wil} … {onderzoeken}",
            "{wil} {gov} … {onderzoeken}",
            "laat {ik} … (?:{onderzoeken}|meenemen|stellen|nagaan)",
            # research commissioned: "Om die reden laat ik vervolgonderzoek doen", "ik laat een onderzoek uitvoeren"
            "laat {ik} (?:\\w+ ){0,6}?\\w*onderzoek (?:\\w+ ){0,4}?(?:doen|uitvoeren|verrichten)\\b",
            "{ik} laat (?:\\w+ ){0,6}?\\w*onderzoek (?:\\w+ ){0,4}?(?:doen|uitvoeren|verrichten)\\b",
            "(?:^|\\ben |, )laat … naar {onderzoeken}",
            "(?:zoek|zoeken|zoekt) {gov} … uit",
            "{gov} (?:zoek|zoeken|zoekt) … uit",
            "{ik} … (?:maak|maken) … (?:inventarisatie|analyse|overzicht)",
            "als huiswerk(?:opdracht)? meenemen",
        ),
        cue="onderzoeken bestuderen bekijken bezien kijken nagaan uitzoeken inventaris* verkennen beschouwen analyse* evalueren kaart doorlichten overzicht laat zoek zoeken zoekt huiswerk* *onderzoek",
        action="investigate",
        confidence=0.8,
        notes="'ik ga (daar)naar kijken', 'zal ik onderzoeken', 'laat ik dat als huiswerk meenemen', 'laat hier"
        " nader naar kijken'.",
    ),
    Rule(
        "investigate.present",
        (
            "{ik} (?:onderzoek|onderzoeken|bekijk|bekijken|verken|verkennen|inventariseer|inventariseren)"
            " (?:\\w+ ){0,6}?(?:of|hoe|wat|welke|waar|wanneer|in hoeverre)\\b",
            # asking around inside the ministry: "Dan vraag ik even in huis uit of dit haalbaar is"
            "(?:{ik} vraag|vraag {ik}) (?:\\w+ ){0,4}?uit (?:of|hoe|wat|welke|wanneer)\\b",
            # work commissioned, with its time: "Het ministerie van IenW laat in de eerste helft van 2023 door het NLR
            # berekenen welke concentraties ..."
            "{gov}(?: van [\\w-]+)? laat (?:\\S+ ){0,30}?(?:{onderzoeken}|berekenen|doorrekenen|uitvoeren)\\b",
        ),
        cue="onderzoek onderzoeken bekijk bekijken verken verkennen inventariseer inventariseren laat vraag",
        action="investigate",
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The present tense of investigating a question: spoken, 'Ik onderzoek samen met de regio hoe ...'"
        " promises; written, it needs a time ahead (it may describe work under way).",
    ),
    Rule(
        "willing",
        ("(?:ben|zijn|is) … bereid … (?:om|te)", "{ik} (?:\\w+ )?bereid (?:om|te)", "bereid (?:ben|zijn) (?:om|te)"),
        cue="bereid",
        action="infer",
        confidence=0.75,
        requires=r"\b(?:ik|wij|we|regering|kabinet|minister|staatssecretaris|nederland)\b",
        notes="'ik ben bereid om te onderzoeken', 'de regering is bereid de Kamer te informeren': willingness to a"
        " concrete act counts.",
    ),
    Rule(
        "talks",
        (
            "{gov} … {zal} … (?:overleg (?:initiëren|voeren|aangaan|starten)|contact opnemen|in gesprek gaan"
            "|onder de aandacht (?:\\w+ ){0,4}?brengen|ter sprake brengen|een (?:appel|beroep) doen op"
            "|gesprek aangaan|aan de orde stellen|bespreken|opvolging geven|navragen|een belletje)",
            "(?:{zal} {gov}|zullen (?:[\\w-]+ ){1,6}?en {ik}) … (?:overleg (?:initiëren|voeren|aangaan|starten)|contact opnemen|in gesprek gaan"
            "|onder de aandacht (?:\\w+ ){0,4}?brengen|ter sprake brengen|een (?:appel|beroep) doen op"
            "|aan de orde stellen|bespreken|opvolging geven|navragen|een belletje)",
            "(?:gesprek|overleg) (?:ga|gaan) {ik} … aan",
            "(?:ga|gaan) {ik} … (?:gesprek|overleg) aan\\b",
            "{ik} (?:ga|gaan) … (?:gesprek|overleg) aan",
            "{gov} (?:ga|gaan|gaat) (?:\\w+ ){0,3}?in (?:gesprek|overleg) met",
            "(?:ga|gaan) {ik} (?:\\w+ ){0,3}?in (?:gesprek|overleg) met",
            "laten we … (?:gesprek|overleg) … voeren",
            # entering talks is an act, also in the present tense: "ik treed hierover in overleg met de gemeenten"
            "{gov} (?:\\w+ ){0,4}?(?:treed|treedt|treden) (?:\\w+ ){0,6}?in (?:overleg|gesprek|contact)",
            "(?:treed|treedt|treden) {gov} (?:\\w+ ){0,6}?in (?:overleg|gesprek|contact)",
            "{gov} … {zal} … in (?:overleg|gesprek|contact) (?:te )?treden",
            # passing the Kamer's request on: "Ik ga uiteraard het verzoek overbrengen aan de Commissie"
            "(?:{ik} (?:\\w+ ){0,2}?(?:ga|gaan|zal|zullen)|(?:ga|gaan|zal|zullen) {ik}) (?:\\w+ ){0,6}?(?:verzoek|vraag|signaal"
            "|suggestie|zorgen|wens)\\w* (?:\\w+ ){0,2}?(?:overbrengen|doorgeven|doorgeleiden)\\b",
            # "ga ik zeker aandacht vragen voor de prioriteit van de maatregelen"
            "(?:{ik} (?:\\w+ ){0,2}?(?:ga|gaan|zal|zullen)|(?:ga|gaan|zal|zullen) {ik}) (?:\\w+ ){0,8}?aandacht vragen voor\\b",
            # coming to talk it over with the Kamer: "Daar komen we met uw Kamer over te praten, dit najaar"
            "(?:kom|komen) {ik} (?:\\w+ ){0,3}?met {u} (?:\\w+ ){0,3}?te (?:praten|spreken)",
            "{ik} (?:kom|komen) (?:\\w+ ){0,3}?met {u} (?:\\w+ ){0,3}?te (?:praten|spreken)",
            # raising a point in a talk: "Ik wil dit graag opbrengen in een gesprek met de burgemeester"
            "{gov} … {wil} … (?:opbrengen|inbrengen|aankaarten|agenderen)\\b",
            "{wil} {gov} … (?:opbrengen|inbrengen|aankaarten|agenderen)\\b",
        ),
        cue="overleg contact gesprek orde bespreken opvolging navragen belletje aandacht sprake appel beroep praten"
        " spreken opbrengen inbrengen aankaarten agenderen overbrengen doorgeven doorgeleiden",
        action="other",
        confidence=0.75,
        notes="Concrete acts promised to the Kamer: consulting a party, raising a point abroad.",
    ),
    Rule(
        "talks.present",
        (
            "{ik} (?:breng|brengen) (?:\\w+ ){0,8}?(?:onder de aandacht|ter sprake|aan de orde)",
            "(?:breng|brengen) {ik} (?:\\w+ ){0,8}?(?:onder de aandacht|ter sprake|aan de orde)",
            "{ik} (?:geleid|geleiden|geef|geven|leg|leggen) (?:\\w+ ){0,8}?door (?:naar|aan) (?:de|mijn|onze|het)",
            "(?:geleid|geleiden|geef|geven|leg|leggen) {ik} (?:\\w+ ){0,8}?door (?:naar|aan) (?:de|mijn|onze|het)",
        ),
        cue="aandacht sprake orde geleid geleiden geef geven leg leggen",
        action="other",
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Raising the Kamer's point with someone else, in the present tense of speech: 'Ik breng het onder"
        " de aandacht van de Raad voor de rechtspraak', 'ik geleid die vraag door naar de collega van VWS'.",
    ),
    Rule(
        "decide.future",
        (
            "{gov} … {zal} … (?:besluiten|beslissen|een (?:\\w+ )?(?:besluit|beslissing) nemen"
            "|(?:een |mijn |ons )?standpunt (?:\\w+ ){0,2}?(?:innemen|bepalen))\\b",
            "{zal} {gov} … (?:besluiten|beslissen|een (?:\\w+ )?(?:besluit|beslissing) nemen"
            "|(?:een |mijn |ons )?standpunt (?:\\w+ ){0,2}?(?:innemen|bepalen))\\b",
        ),
        cue="besluiten beslissen besluit beslissing standpunt",
        action="other",
        confidence=0.65,
        notes="A decision or position to come on a question before the Kamer: 'zal het kabinet rond de zomer"
        " besluiten over het plan', 'zal ik daar een standpunt over innemen'.",
    ),
    Rule(
        "act.take_into",
        (
            "{ik} (?:betrek|betrekken) (?:\\w+ ){0,6}?(?:bij|in) {into}",
            "(?:betrek|betrekken) {ik} (?:\\w+ ){0,6}?(?:bij|in) {into}",
            "{ik} (?:neem|nemen) … mee (?:in|bij) {into}",
            "(?:neem|nemen) {ik} … mee (?:in|bij) {into}",
            # the verb last, in a clause: "Laat ik zorgen dat ik dat in dat korte briefje meeneem"
            "{ik} (?:\\w+ ){0,4}?(?:in|bij) {into} (?:\\w+ )?(?:meeneem|meenemen|opneem|opnemen)\\b",
            # the document put first: "in de brief die voor de stemmingen komt, neem ik deze suggestie mee"
            "(?:in|bij) {into} … (?:neem|nemen) {ik} … mee\\b",
            # to include in a document or talk: "Dat nemen wij op in de brief"
            "{ik} (?:neem|nemen) (?:\\w+ ){0,6}?op in {into}",
            "(?:neem|nemen) {ik} (?:\\w+ ){0,6}?op in {into}",
            # "Uiteraard nemen we daar ook het subsidiebeheer in mee": what was just promised
            "(?:neem|nemen) {ik} (?:daar|hier) (?:\\w+ ){0,6}?in mee\\b",
            # adopting the Kamer's suggestion: "Daarom neem ik de suggestie over om ..."
            "(?:neem|nemen) {ik} (?:\\w+ )?(?:de|het|die|dat|deze|dit|uw) (?:\\w+ )?(?:suggestie|voorstel|aanbeveling|aanbevelingen|verzoek)"
            " (?:\\w+ ){0,3}?over\\b",
            "{ik} (?:neem|nemen) (?:\\w+ )?(?:de|het|die|dat|deze|dit|uw) (?:\\w+ )?(?:suggestie|voorstel|aanbeveling|aanbevelingen|verzoek)"
            " (?:\\w+ ){0,3}?over\\b",
        ),
        cue="betrek betrekken mee neem nemen meeneem opneem suggestie voorstel aanbeveling* verzoek",
        action="other",
        confidence=0.65,
        notes="Taking a point into a revision, decision or document still to come, in the present tense of the"
        " act: 'ik betrek dit bij de herziening van de regeling', 'dat neem ik mee in de evaluatie'.",
    ),
    Rule(
        "report.taken_into",
        (
            "(?:wordt|worden|zal|zullen) (?:\\w+ ){0,4}?(?:betrokken|meegenomen) (?:bij|in) (?:de|het|een) (?:\\w+ ){0,3}?"
            "(?:\\w*bericht|{doc})",
            "(?:zal|zullen) (?:\\w+ ){0,4}?(?:hierbij|daarbij|hierin|daarin) (?:\\w+ )?(?:worden )?(?:betrokken|meegenomen)",
        ),
        cue="betrokken meegenomen",
        action="report",
        confidence=0.65,
        notes="A point taken into a document to come, in the passive: 'Zijn overige vragen worden betrokken bij"
        " het aangekondigde voortgangsbericht', 'daarbij zal ook worden meegenomen'; a process ('worden"
        " meegenomen in de verdere besluitvorming') is no document the Kamer receives.",
    ),
    Rule(
        "report.taken_into_present",
        (
            "(?:wordt|worden) (?:\\w+ ){0,3}?(?:hierbij|daarbij|hierin|daarin) (?:\\w+ )?(?:betrokken|meegenomen)",
            # into a named document or process: "De relevante evaluaties worden in de evaluatieagenda meegenomen"
            "(?:wordt|worden) (?:\\w+ ){0,6}?(?:in|bij) (?:de|het|een) (?:[\\w-]+ ){1,4}?(?:betrokken|meegenomen)\\b",
            # the participle first: "dan zorg ik dat dat ook opgenomen wordt in die brief"
            "(?:opgenomen|meegenomen|betrokken) (?:wordt|worden) (?:in|bij) {into}",
        ),
        cue="betrokken meegenomen opgenomen",
        action="report",
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="A point taken into what was just promised, in the present passive: in the chair's list or in speech"
        " ('Ontwikkelingen in andere landen worden hierbij betrokken'); in writing with a time ahead.",
    ),
    Rule(
        "investigate.passive",
        (
            "(?:zal|zullen) (?:\\S+ ){0,14}?worden (?:gekeken|onderzocht|bekeken|nagegaan|geëvalueerd|verkend"
            "|geïnventariseerd|uitgezocht|in kaart gebracht)\\b",
            "(?:zal|zullen) (?:\\w+ ){0,6}?(?:onderzocht|bekeken|nagegaan|geëvalueerd|verkend|geïnventariseerd"
            "|uitgezocht|in kaart gebracht) (?:worden|te worden)\\b",
            # the government named as the agent of a present passive: "worden door ons nader bestudeerd"
            "(?:wordt|worden) door (?:ons|mij|het kabinet|de regering) (?:\\w+ ){0,3}?(?:bestudeerd|onderzocht|bekeken"
            "|uitgewerkt|beoordeeld|geëvalueerd|nagegaan|uitgezocht)\\b",
        ),
        cue="gekeken onderzocht bekeken nagegaan geëvalueerd verkend geïnventariseerd uitgezocht kaart bestudeerd"
        " uitgewerkt beoordeeld",
        action="investigate",
        confidence=0.65,
        notes="An investigation to come, in the future passive: 'Daarbij zal worden gekeken naar de positie van"
        " nabestaanden', 'de regeling zal worden geëvalueerd'.",
    ),
    Rule(
        "act.kamer_opportunity",
        # the Kamer given its say before a decision: "zal, voordat er een besluit wordt genomen, de Tweede Kamer de
        # gelegenheid worden gegeven zich uit te spreken", "ik zal de Kamer eerst de gelegenheid geven"
        (
            "(?:zal|zullen) (?:\\S+ ){0,24}?{kamer} (?:\\S+ ){0,3}?gelegenheid (?:\\S+ ){0,3}?(?:worden |wordt )?(?:gegeven|geboden)\\b",
            "{gov} (?:\\S+ ){0,3}?(?:zal|zullen|wil|ga) (?:\\S+ ){0,12}?{u} (?:\\S+ ){0,3}?gelegenheid (?:\\S+ ){0,3}?(?:geven|bieden)\\b",
            "{kamer} (?:zal|zullen) (?:\\S+ ){0,8}?gelegenheid (?:\\S+ ){0,2}?krijgen\\b",
        ),
        cue="gelegenheid",
        action="other",
        confidence=0.7,
        notes="The Kamer given the opportunity to speak before a decision, promised: 'zal de Tweede Kamer de gelegenheid"
        " worden gegeven zich uit te spreken'.",
    ),
    Rule(
        "act.legislation",
        (
            "in (?:internet)?consultatie (?:te )?(?:brengen|geven|gaan)\\b",
            "(?:gaat|gaan|komt|komen) (?:\\S+ ){0,8}?in (?:internet)?consultatie",
        ),
        cue="consultatie internetconsultatie",
        action="other",
        confidence=0.65,
        requires=FUTURE_TIME,
        notes="A step of legislation with a time to come: 'het wetsvoorstel dit najaar in consultatie te brengen',"
        " 'het gaat dit najaar in consultatie'.",
    ),
    Rule(
        "send.document_comes",
        (
            "(?:komt|komen) (?:de|die|deze|het|dat|een) (?:\\w+ ){0,2}?{doc}\\b(?! (?:aan de orde|uit|voort|overeen|neer))",
            "(?:^|\\b(?:anders|dan|dus|en|die|dat) )(?:de|die|deze|het|dat|een) (?:\\w+ ){0,2}?{doc} (?:komt|komen)\\b"
            "(?! (?:aan de orde|uit|voort|overeen|neer))",
        ),
        cue="komt komen",
        action="send",
        confidence=0.6,
        requires=FUTURE_TIME,
        notes="A document as the subject of its coming, with a time ahead: 'Anders komt de brief na de zomer',"
        " 'dan komt het plan in september'; without a time it may describe ('dan komt het verslag aan de orde').",
    ),
    Rule(
        "propose.own_act",
        (
            # not "stel ik voor om ... te": that proposes the debate's order or the advice on a motion
            "(?:{ik} (?:stel|stellen)|(?:stel|stellen) {ik}) (?:\\w+ ){0,2}?voor dat (?:ik|we|wij)\\b",
        ),
        cue="stel stellen",
        action="infer",
        confidence=0.55,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Proposing one's own act in a debate: 'Ik stel voor dat ik hierin uitgebreid stilsta bij de"
        " voortgang', 'Dan stel ik voor dat we ook het Europese perspectief meenemen'; in writing with a time.",
    ),
    Rule(
        "toezegging.agreement",
        ("(?:laten we|laten wij|ik stel voor dat (?:we|wij)) (?:\\w+ ){0,2}?afspreken dat {ik}",),
        cue="afspreken",
        action="infer",
        confidence=0.7,
        notes="A spoken agreement about what the government will do: 'Laten we afspreken dat ik daar voor de"
        " begrotingsbehandeling op terugkom'.",
    ),
    Rule(
        "respond.future",
        (
            "{gov} … {zal} … (?:reageren|beantwoorden)\\b",
            "{zal} {gov} … (?:reageren|beantwoorden)\\b",
            "{gov} (?:reageer|reageert|reageren) … op",
            "(?:reageer|reageert|reageren) {gov} … op",
            "(?:zal|zullen|wordt|worden) (?:\\w+ ){0,8}?(?:worden )?beantwoord\\b",
            # the act as a noun: "Beantwoording zal zo spoedig mogelijk plaatsvinden"
            "(?:beantwoording|toezending|verzending|oplevering|publicatie) (?:\\w+ ){0,6}?(?:zal|zullen|kan|wordt) (?:\\w+ ){0,6}?"
            "(?:plaatsvinden|plaats te vinden)\\b",
        ),
        cue="reageren beantwoorden reageer reageert beantwoord plaatsvinden",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="Answering with a time to come: 'het kabinet zal voor de zomer op het advies reageren', 'ik"
        " reageer na de zomer op het rapport'.",
    ),
    Rule(
        "do_that",
        (
            "(?:dat|dit|het) {wil} {ik} … doen",
            "{ik} {wil} (?:dat|dit|het) … doen",
            "{wil} {ik} (?:dat|dit|het) … doen",
            "{ik} … (?:dat|dit|het) … (?:zal|zullen|ga|gaan) doen",
            "die {ik} (?:gaan|ga|zullen|zal) doen",
            "^(?:ja,? )?(?:dat )?(?:zullen|gaan) (?:we|wij) (?:\\w+ )?doen\\b",
            # assent to a request in speech: "Ik kan dat zeker doen"
            "{ik} (?:kan|kunnen) (?:dat|dit|het) (?:zeker|best|wel|absoluut|prima|gerust) doen\\b",
            "(?:dat|dit|die|het) (?:pak|pakken) {ik} (?:\\w+ ){0,4}?op\\b",
            "{ik} (?:pak|pakken) (?:dat|dit|die|het) (?:\\w+ ){0,4}?op\\b",
            # the act named by a relative "wat": "dat is echt iets wat ik nadrukkelijk zal doen"
            "(?:iets|dat|dit) wat {ik} (?:\\w+ ){0,3}?(?:zal|ga|gaan|zullen|wil|willen) doen\\b",
            # the pseudo-cleft: "Wat ik ook zal doen, is voor de zomer komen met het wetsvoorstel"
            "^wat {ik} (?:\\w+ ){0,2}?(?:zal|ga|gaan|zullen) doen,? is\\b",
            # assent in the present: "Dat doe ik graag", "Dat is iets wat ik zeker graag doe"
            "^(?:ja,? )?(?:dat|dit) (?:doe|doen) (?:ik|we|wij) (?:\\w+ )?(?:graag|zo (?:snel|spoedig) mogelijk)\\b",
            "(?:iets|dat|dit) wat {ik} (?:\\w+ ){0,2}?graag (?:doe|doen)\\b",
        ),
        cue="doen doe pak pakken",
        action="infer",
        confidence=0.6,
        notes="A pro-form answering the Kamer's request: 'dat zullen we doen', 'dat wil ik graag doen'.",
    ),
    Rule(
        "future.first_person",
        (
            "(?:{ik} (?:zal|zullen)|(?:zal|zullen) {ik}|zullen (?:[\\w-]+ ){1,6}?en {ik}) … (?!(?:kunnen|moeten|zijn"
            "|hebben|worden|ontraden|laten|overlaten|proberen|zeggen|noemen|beantwoorden|reageren|doen|schromen"
            "|inzetten|ingaan|stemmen|indienen|delen)\\b)"
            # a noun after its article or possessive is no verb: "zal ik de ramingen", "onze afspraken"
            "(?<!\\bde\\s)(?<!\\bhet\\s)(?<!\\been\\s)(?<!\\bdie\\s)(?<!\\bdeze\\s)(?<!\\bmijn\\s)(?<!\\bonze\\s)(?<!\\balle\\s)"
            "[a-zà-ÿ]{3,}(?:en|eren)",
        ),
        cue="zal zullen",
        action="infer",
        confidence=0.55,
        notes="The fallback: a first-person future with a verb of action ('zal ik overleg initiëren').",
    ),
    Rule(
        "future.government",
        (
            "(?:{member} (?:zal|zullen)|(?:zal|zullen) {member}) … (?!(?:kunnen|moeten|zijn|hebben|worden|laten"
            "|overlaten|proberen|zeggen|noemen|beantwoorden|reageren|doen|inzetten|ingaan|stemmen|indienen|blijven"
            "|spreken)\\b)[a-zà-ÿ]{3,}(?:en|eren)\\b",
        ),
        cue="zal zullen",
        action="infer",
        confidence=0.55,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The government in the third person with a future act: in writing with a time ahead ('Het kabinet"
        " zal de aanbevelingen overnemen en voor de zomer uitwerken'), in speech and in the chair's list of"
        " toezeggingen without one ('De staatssecretaris zal bij de evaluatie aandacht besteden aan ...').",
    ),
)

# ---------------------------------------------------------------------------------------------
# Rejections: why a sentence that looks like a promise is not one.
REJECTION_RULES: tuple[Rule, ...] = (
    Rule(
        "reject.informs_now",
        (
            "(?:(?:wil|willen) (?:ik|wij|we)|(?:ik|wij|we) (?:wil|willen)) (?:\\w+ ){0,4}?(?:u|uw kamer|de kamer|jullie)"
            # with its content after it ("informeren over de uitkomsten"); "daar wil ik u over informeren" offers
            " (?:\\w+ ){0,6}?(?:informeren|berichten|op de hoogte (?:stellen|brengen)) (?:over|van)\\b",
        ),
        unless=FUTURE_TIME,
        notes="'Graag wil ik u informeren over ...' without a time to come is the informing itself, in a letter or a"
        " speech: 'Nu dit overleg is afgerond willen wij u informeren over de uitkomsten'.",
    ),
    Rule(
        "reject.courtesy",
        (
            "(?:complimenten|dank|felicitaties|groeten|waardering)\\b (?:\\w+ ){0,12}?(?:doorgeven|overbrengen|doorgegeven"
            "|overgebracht)\\b",
            "(?:doorgeven|overbrengen) (?:\\w+ ){0,3}?(?:de |deze |die |uw )?(?:complimenten|dank|felicitaties|groeten)\\b",
            "(?:zal|zullen) (?:\\w+ ){0,4}?(?:deze |die |de |uw )?(?:complimenten|dank|felicitaties|groeten)"
            " (?:\\w+ ){0,3}?(?:doorgeven|overbrengen)\\b",
        ),
        notes="Passing on thanks or compliments is courtesy, not a promise to the Kamer: 'Daar zal ik zeker deze"
        " complimenten doorgeven'.",
    ),
    Rule(
        "reject.how_not_whether",
        # the pro-form "dat doen" with what is said of it being the manner or the question how
        (
            "(?:dit|dat|het) (?:\\w+ ){0,4}?doen (?:in overleg met|samen met|met de|op een (?:\\w+ ){0,4}?manier"
            "|in (?:\\w+ )?verband)\\b",
            "(?:dit|dat|het) (?:\\w+ ){0,3}?zorgvuldig (?:\\w+ )?doen\\b",
            # the manner put before the verb: "ik wil dit wel op een zorgvuldige manier doen", "in Europees verband doen"
            "(?:dit|dat|het) (?:\\w+ ){0,3}?(?:op een (?:\\w+ ){0,4}?(?:manier|wijze)|in (?:\\w+ )?verband) doen\\b",
            "(?<!\\biets\\s)(?<!\\bdat\\s)(?<!\\bdit\\s)\\b(?:wat|hoe) (?:ik|we|wij) (?:\\w+ ){0,3}?(?:ga|gaan|zal|zullen|wil"
            "|willen) doen\\b(?!,? is\\b)",
        ),
        notes="How something is to be done, or what, not a promise that it will be: 'wil ik dit wel graag doen in"
        " overleg met mijn collega', 'we willen dit zorgvuldig doen', 'We hadden het over wat we internationaal gaan"
        " doen'.",
    ),
    Rule(
        "reject.signpost",
        # the bracket is an insertion that a clause's reading leaves out: the veto holds for the whole sentence
        ("\\((?:zie )?(?:hoofdstuk|paragraaf|par\\.|§|bijlage) ?\\d",),
        scope="sentence",
        notes="A part of this letter announced by its chapter: 'Op de bevindingen zal ik dan uitgebreider reageren"
        " (hoofdstuk 2)'.",
    ),
    Rule(
        "reject.other_receiver",
        # a document offered to someone named who is not the Kamer: the informateur, a council, an agency
        (
            "(?:{sturen}|{stuur}|aanbied|bied) (?:aan|naar) (?:de|het) (?!(?:tweede |eerste |beide )?kamers?\\b|staten-generaal"
            "|commissie|parlement)[a-zà-ÿ]+",
            # the speaker is the one informed: "toen ik me liet informeren door talloze collega's"
            "(?:me|mij|ons) (?:\\w+ ){0,2}?(?:laat|liet|lieten|laten|laten) (?:\\w+ ){0,2}?(?:informeren|bijpraten|voorlichten)\\b",
        ),
        unless=r"\b(?:(?:uw|de|beide) kamers?|u|jullie|het parlement|de commissie)\b",
        notes="Sending to someone else is not a promise to the Kamer: 'Ik zal de verkenning aanbieden aan de"
        " informateur'.",
    ),
    Rule(
        "reject.vague_condition",
        # a condition nobody can check: whether there is reason or need, or whether the Kamer's own vote happens
        (
            "(?:als|indien|wanneer|mocht|mochten|zodra) (?:daar |er |dat |het |dit )?(?:\\w+ ){0,2}?"
            "(?:aanleiding|nodig|noodzakelijk|gebeurt)\\b",
            "(?:indien|waar|als) nodig\\b",
            # the generic "je" of a condition describes a practice: "als je een brief krijgt, dan moet je ..."
            "(?:als|wanneer|indien) je\\b",
        ),
        notes="A promise that waits on a condition nobody can check is no promise: 'Als er aanleiding voor is,"
        " dan rapporteren we daarover', 'ik zal die uitvoeren als dat gebeurt'; an explicit 'zegt toe' outweighs"
        " it.",
    ),
    Rule(
        "reject.quoted_speech",
        (
            "(?:hij|zij|ze|die|men) (?:\\w+ ){0,3}?(?:heeft |had |hebben )?(?:gezegd|zei|zegt|zeiden|schreef|schrijft|vroeg"
            "|vraagt|gevraagd):",
        ),
        scope="sentence",  # the quote follows the colon, outside the clause that introduces it
        notes="Someone else's words quoted after a colon: 'want zij heeft gezegd: ik wil hier wat aan doen'.",
    ),
    Rule(
        "reject.done_since",
        # anywhere in the sentence: the report of it being done follows the promise after a semicolon or "en"
        (
            "(?:dit|dat|het|deze|die) is (?:inmiddels|reeds|al|intussen) (?:\\w+ ){0,2}?(?:gebeurd|gedaan|uitgevoerd"
            "|verstuurd|gestuurd|verzonden|toegezonden|afgerond|nagekomen|ingelost)\\b",
        ),
        scope="sentence",
        notes="A promise told together with its fulfilment: 'De minister heeft toegezegd het rapport te sturen;"
        " dit is inmiddels gebeurd'.",
    ),
    Rule(
        "reject.question",
        (r"\?[\"'”»)]*\s*$",),
        notes="Questions (a member's, or rhetorical) promise nothing; a question after a colon does not undo the"
        " statement before it ('Ik heb toegezegd terug te komen op X: hoe normeren we X?').",
    ),
    Rule(
        "reject.this_document",
        (
            "(?:met|in|middels|bij|via|bij gelegenheid van|door middel van) (?:deze|dit|onderhavige|de onderhavige)"
            " (?:brief|kamerbrief|nota|antwoord\\w*"
            "|beantwoording|debat|notitie)",
            "bijgaand",
            "bij dezen",
            "bijgevoegd",
            # not the connective "in verband hiermee" (= therefore)
            "(?<!verband\\s)(?<!samenhang\\s)hiermee",
            # the letter being read: "In verband met de kabinetswisseling ontvangt u deze brief nu"
            "(?:ontvangt|krijgt) (?:u|uw kamer|de kamer) (?:\\w+ ){0,2}?(?:deze|dit) (?:\\w*brief|nota|overzicht|verslag)\\b",
            # "Deze brief wordt toegezonden ter voorbereiding op de begrotingsbehandeling"
            "(?:deze|dit|onderhavige) (?:\\w*brief|nota|overzicht|verslag|rapportage) (?:wordt|is) (?:\\w+ ){0,2}?"
            "(?:toegezonden|gestuurd|toegestuurd|verstuurd|verzonden|aangeboden)\\b",
            # the rest of this text: "Hieronder zal ik uw Kamer informeren", "In het onderstaande informeer ik u"
            "hieronder",
            "(?:in het )?onderstaande",
            "(?:in de|de) (?:bijlage|bijlagen) (?:bij deze brief|treft u)",
            "(?:informeer|stuur|zend|bied|doe|geef|ontvangt)\\w* (?:\\w+ ){0,3}?hierbij",
            "hierbij (?:\\w+ ){0,3}?(?:informeer|stuur|zend|bied|doe|geef|ontvangt)\\w*",
            "in (?:het )?(?:antwoord op|de beantwoording van) (?:de )?vra(?:ag|gen) \\d+ (?:ga|zal|wordt)",
            # an earlier promise this document fulfils: "heb ik toegezegd dat ik u bij deze nota nader zal informeren"
            "toegezegd (?:\\w+ ){0,12}?(?:van |bij |in |met )?(?:deze|dit|onderhavige) (?:\\w*brief|nota|notitie|rapportage)\\b",
            # the letter's own order: "Ik zal deze brief beginnen met een samenvatting"
            "(?:deze|dit) (?:\\w*brief|notitie|nota|antwoord) (?:\\w+ )?(?:beginnen|openen|afsluiten|eindigen|besluiten)\\b",
        ),
        governs=False,
        notes="The rest of the same letter or the answer itself: 'Met deze brief informeer ik', 'informeer u hierbij';"
        " it does not reach a promise the clause governs ('Hierbij bericht ik u dat ik na de zomer ... zal zenden').",
    ),
    Rule(
        "reject.in_document",
        (
            "(?:zal|ga) {ik} (?:\\w+ ){0,3}?(?:ingaan|in gaan) op",
            "{ik} (?:zal|ga) (?:\\w+ ){0,3}?(?:ingaan|in gaan) op",
        ),
        notes="'Ingaan op' without a coming document is the rest of this text: 'zal ik wat dieper ingaan op'.",
    ),
    Rule(
        "reject.in_debate",
        (
            "(?:eerste|tweede) termijn",
            "volgende? blok",
            "daar kom ik (?:zo|straks|direct|zometeen|zo meteen)",
            "(?:kom|komen) (?:ik|we|wij) (?:\\w+ ){0,2}?(?:zo|straks|zometeen|zo meteen|dadelijk|zo dadelijk) (?:nog )?(?:op )?terug",
            "(?:ik|we|wij) (?:kom|komen) (?:\\w+ ){0,2}?(?:zo|straks|zometeen|zo meteen|dadelijk|zo dadelijk) (?:nog )?(?:op )?terug",
            # the past of a modal for what the speaker now turns to: "Ik wilde ook nog terugkomen op de suggestie"
            "(?:wilde|wou|wilden) (?:\\w+ ){0,3}?(?:terugkomen|ingaan|in gaan) op",
            # meeting one another again, Kamer and minister: "Daar zullen wij elkaar na het reces weer over spreken"
            "elkaar (?:\\w+ ){0,6}?(?:spreken|zien|treffen)\\b",
            # a debate to come, Kamer and government together: "We zullen daar donderdag over spreken"
            "(?:(?:zullen|gaan) (?:we|wij)|(?:we|wij) (?:zullen|gaan)) (?:daar|hier|er)(?: \\w+){0,4}? over (?:spreken"
            "|debatteren)\\b(?! met)",
            # this debate's own business: the appreciation of amendments and motions, remarks, the start
            "appreci(?:ëren|eer)\\b",
            "(?:(?:zal|ga) (?:ik|we|wij)|(?:ik|we|wij) (?:zal|ga)) (?:\\w+ ){0,4}?opmerkingen maken",
            "(?:(?:zal|ga) (?:ik|we|wij)|(?:ik|we|wij) (?:zal|ga)) (?:(?:dan|toch|maar|nu|eerst) )*beginnen\\b",
            "het kort houden",
            "(?:zo|straks|zometeen|zo meteen|dadelijk) (?:nog )?op terug(?:kom|komen)\\b",
            "zo meteen",
            "zo dadelijk",
            "eerst de vragen",
            "welke vragen",
            "(?:de|twee|drie|die|alle) (?:\\w+ )?moties",
            "moties (?:bespreken|behandelen|langs)",
            "(?:hoor|zie) (?:ik|we) … terugkomen",
            "later in (?:dit|mijn) (?:debat|betoog|beantwoording)",
            "in mijn beantwoording",
            # what the speaker will say later in this debate: "Ik zal straks aangeven wat de structuur van mijn beantwoording is"
            "straks (?:\\w+ ){0,2}?(?:aangeven|ingaan|toelichten|zeggen|vertellen|beantwoorden|behandelen)\\b",
            "(?:structuur|opbouw|volgorde|indeling) van (?:mijn|onze|de) beantwoording",
            "(?:straks|alsdan) verder spreken",
            # the answers divided between the members of government: "dan zal de staatssecretaris ingaan op de vragen"
            "(?:zal|zullen|gaat|gaan) {member} (?:\\w+ ){0,3}?(?:ingaan|in gaan|in) op (?:de |alle |een aantal |enkele )?"
            "(?:\\w+ ){0,2}?vragen",
            "{member} (?:zal|zullen|gaat|gaan) (?:\\w+ ){0,3}?(?:ingaan|in gaan|in) op (?:de |alle |een aantal |enkele )?"
            "(?:\\w+ ){0,2}?vragen",
            # returning to a topic of this debate: "Dan kom ik terug op ..." (a promise says "kom ik op terug")
            "(?:dan|nu) kom (?:ik|we|wij) (?:(?:nog|even|weer|graag|toch) )*terug op\\b",
            # the particle before its object: "Ik kom terug op het initiatiefwetsvoorstel" turns to it now
            "^(?:ik|we|wij) kom(?:en)? (?:(?:nog|even|weer|graag|toch|nu|dan) )*terug op (?:de|het|een|uw|mijn|onze)\\b",
            "aan het (?:einde?|slot)(?: van (?:dit|mijn|deze) \\w+)? (?:kom|ga) (?:ik|we|wij)\\b",
            # taking the Kamer through one's reasons in this speech, not in a document to come
            "(?:u|jullie|de kamer|uw kamer) (?:\\w+ ){0,2}?meenemen (?:in|door|langs) (?:de|mijn|onze|een paar|enkele)"
            " (?:\\w+ )?(?:redenen|overwegingen|afwegingen|gedachten|gedachtegang|stappen|punten)",
            # the topics of the speech in their order: "Dan zal ik spreken over goede ondersteuning" (not "spreken met")
            "(?:zal|ga) {ik} (?:(?:eerst|nu|dan|daarna|vervolgens|kort|nog|ook|even|achtereenvolgens) )*"
            "(?:spreken|het hebben) over",
            "{ik} (?:zal|ga) (?:(?:eerst|nu|dan|daarna|vervolgens|kort|nog|ook|even|achtereenvolgens) )*"
            "(?:spreken|het hebben) over",
            # a part of the speech itself: "In mijn inleiding zal ik eerst de hoofdlijnen schetsen"
            "in (?:mijn|deze|dit) (?:inleiding|betoog)",
            # the order of the text itself: "Vervolgens ga ik in op", "Daarbij ga ik eerst in op", "Tot slot sta ik stil bij"
            "(?:vervolgens|eerst|allereerst|daarna|ten ?slotte|tot slot|achtereenvolgens|als eerste|kort)"
            " (?:\\w+ ){0,4}?(?:in op|stil bij)\\b",
            "(?:ga|gaan|sta|staan) (?:ik|we|wij) (?:\\w+ ){0,2}?(?:eerst|vervolgens|daarna|achtereenvolgens|kort)"
            " (?:\\w+ ){0,4}?(?:in op|stil bij)\\b",
            # walking through this debate's questions and parts: "Ik zal een aantal van de vragen langslopen",
            # "Ik zal kort een inleiding houden", "Zo zal ik daar met u doorheen gaan", "laten we beginnen met"
            "vragen (?:\\w+ )?(?:langs|door)(?:lopen|gaan|nemen)\\b",
            "(?:een|mijn|de) (?:\\w+ )?inleiding (?:houden|geven|doen)\\b",
            "(?:daar|hier|er) (?:\\w+ ){0,3}?doorheen (?:gaan|lopen)\\b",
            "laten (?:we|wij) beginnen",
            # what the speaker goes on to say or explain now: "Vervolgens zal ik iets zeggen over groene gassen",
            # "Ik zal het nog een keer proberen duidelijk te maken", "Dan ga ik dat nu doen"
            "(?:zal|ga) {ik} (?:\\w+ ){0,3}?(?:iets|wat|een paar woorden|kort) (?:zeggen|vertellen) over\\b",
            "(?:nog )?(?:een keer|eens|proberen) (?:\\w+ )?(?:uit te leggen|duidelijk te maken|toe te lichten)\\b",
            "(?:dat|dit|het) nu (?:even )?doen\\b",
        ),
        notes="The order of the speaker's own reply: 'daar kom ik in tweede termijn op terug'.",
    ),
    Rule(
        "reject.answers_here",
        # answering the questions in this debate or letter, now: "ik zal toch een antwoord geven", "Ik zal de
        # punten ten aanzien van de ramingen beantwoorden"; answering later, in writing, is a promise
        (
            "(?:(?:zal|ga|zullen|gaan) {ik}|{ik} (?:zal|ga|zullen|gaan)) (?:\\S+ ){0,16}?(?:beantwoorden"
            "|(?:een |het |mijn )?antwoord (?:\\w+ ){0,2}?geven)\\b",
        ),
        unless=f"(?:{FUTURE_TIME})|schriftelijk|brief|later|terug|zodra|nadat|als|na (?:ontvangst|afloop|afronding)",
        notes="Answering now is the debate itself: 'Ik zal toch een antwoord geven' (cf. 'Ik zal de vragen van uw"
        " Kamer zo spoedig mogelijk beantwoorden', a promise).",
    ),
    Rule(
        "reject.motion_reading",
        # "mits ik de motie zo kan lezen dat ...", "met dien verstande dat ik de motie zo lees dat ..."
        (
            "(?:kan|mag|kunnen|mogen|lees|lezen) (?:\\w+ ){0,4}?(?:zo|zodanig|aldus) (?:\\w+ ){0,2}?(?:kan |mag )?lezen dat",
            "(?:zo|zodanig|aldus) (?:kan|mag|lees) (?:\\w+ ){0,2}?(?:lezen )?dat",
            "de motie (?:\\w+ ){0,3}?(?:zo|zodanig|aldus) (?:\\w+ ){0,2}?(?:lees|lezen|interpreteer|interpreteren)",
        ),
        notes="The reading of a motion in the advice on it: what the minister takes the motion to ask, not a"
        " promise ('Oordeel Kamer, mits ik de motie zo kan lezen dat we het nog gaan uitzoeken').",
    ),
    Rule(
        "reject.motion_procedure",
        (
            "(?:motie|moties) … (?:aan te houden|aanhouden|indienen|in stemming)",
            "stemmen over",
            "over … moties … stemmen",
        ),
        notes="Procedure on motions: asking to hold a motion, members tabling one, the vote.",
    ),
    Rule(
        "reject.assurance",
        (
            "(?:kan|wil|zal) (?:\\w+ ){0,2}?toezeggen dat(?! (?:ik|wij|we|het kabinet|de kamer|uw kamer|u|mijn)\\b)",
            "(?:de )?(?:gewone |normale |geldende |bestaande )?regels (?:\\S+ ){0,4}?(?:toepassen|van toepassing|naleven)",
        ),
        notes="Assurances about the law, nothing to do or deliver: 'ik kan toezeggen dat de normale regels gelden'.",
    ),
    Rule(
        "reject.past",
        (
            "(?:heb|hebben|heeft|had|hadden|is|zijn|werd|werden) … (?:geïnformeerd|gestuurd|toegestuurd|toegezonden"
            "|verzonden|gemeld|beantwoord|uitvoering gegeven)",
            "(?:informeerde|informeerden|stuurde|stuurden|zond|zonden)",
            # the pluperfect tells of a promise overtaken: "De minister had toegezegd ..., maar dat is niet gelukt"
            "(?:had|hadden) … (?:toegezegd|beloofd)",
            "(?:heb|hebben|had|hadden) (?:\\w+ ){0,8}?willen\\b",
            # a promise named by a pronoun alone, with nothing of its content: "Dat hebben wij bij het
            # commissiedebat van vorige week toegezegd", "Nou, ook dat heb ik toegezegd"
            "^(?:\\w+,? ){0,2}?(?:dat|dit) (?:heb|hebben) (?:ik|wij|we) (?:\\S+ ){0,10}?(?:toegezegd|beloofd)"
            "(?: (?:in|bij|tijdens|aan|op) [^,;:]{0,60})?\\W*$",
        ),
        unless=r"\b(?:zal|zullen|ga|gaan|kom\w*|wordt|worden)\b",
        governs=False,
        notes="Already done: 'heb ik uw Kamer geïnformeerd' (not when a future modal makes it a condition:"
        " 'zal zijn nadat ik ben geïnformeerd').",
    ),
    Rule(
        "reject.same_dispatch",
        # not "het vandaag aangekondigde bericht": a time before an attributive participle dates the noun
        (
            "(?:vandaag|deze week)(?! \\w+(?:de|te)\\b)|separaat|(?:(?:tegelijk|tegelijkertijd|gelijktijdig) met|parallel aan)"
            " (?:\\w+ ){0,4}?(?:deze|dit|de onderhavige)",
        ),
        unless=r"\b(?:nog|zal|zult|zullen|ga|gaan|later|komt|komen|terugkom\w*)\b|in de loop van|(?:einde?|eind) van (?:deze|de) week",
        governs=False,
        notes="A present tense with the time of writing is the same dispatch, not a promise: 'Deze week"
        " ontvangt u ook de voortgangsrapportage', 'Separaat stuur ik u het rapport'.",
    ),
    Rule(
        "reject.existing_document",
        # a document cited by its date or number exists: "In de brief d.d. 11 oktober 2023 (Kamerstuk 21 501-02,
        # nr. 2737) gaat het kabinet nader in op ..." describes it
        ("{doc} (?:\\w+ ){0,6}?(?:d\\.d\\.|\\(?kamerstukk?e?n? \\d)",),
        unless=r"\b(?:zal|zullen)\b",
        notes="A document cited by its date or Kamerstuk number is already there: what it covers is described, not"
        " promised ('In de brief d.d. 11 oktober 2023 gaat het kabinet nader in op ...').",
    ),
    Rule(
        "reject.steering",
        # "sturen op" with "op" as the verb's particle, closing its clause: steering, not sending
        (
            "(?:stuur|stuurt|sturen) (?:\\w+ ){0,6}?op(?=\\s*(?:[—–,.;:)]|$))",
            "(?:sturen|stuurt|stuur) op (?:de |het )?(?!\\d)\\w+(?:ing|heid)\\b",
            "(?:sturen|stuurt|stuur) op (?:de |het )?(?:voortgang|resultaten|uitkomsten|doelen|doelstellingen|effecten"
            "|prestaties|kwaliteit|kosten)\\b",
        ),
        notes="To steer, not to send: 'daar stuur ik ook actief op', 'sturen op kwaliteit en samenwerking'.",
    ),
    Rule(
        "reject.habitual",
        (
            "met (?:grote )?regelmaat",
            "regelmatig",
            "doorgaans",
            "gebruikelijk",
            "periodiek",
            # the present tense of a relative or comparative clause describes a practice: "de Europese Raden
            # waarover wij de Kamer informeren", "zoals wij u per kwartaal berichten"
            "(?:waarover|waarin|waarmee|waarbij|zoals) (?:\\w+ ){0,2}?(?:ik|wij|we|het kabinet) (?:\\w+ ){0,4}?"
            "(?:informeren|informeer|berichten|bericht|sturen|stuur|zenden)\\b",
        ),
        unless=r"\b(?:zal|zullen|blijven|blijf|blijft|gaat|gaan|komt|komen)\b",
        notes="A present-tense habit is not a promise: 'wordt de Kamer met grote regelmaat geïnformeerd'.",
    ),
    Rule(
        "reject.reported_request",
        (
            "(?:vroeg|vraagt|vroegen|verzoekt|verzocht) (?:\\w+ ){0,3}?(?:om|of|naar|wanneer)",
            "verzoekt de regering",
            "(?:^|[,;:] )(?:dan |en |ook |nog )?(?:de|die|een) vraag (?:\\w+ ){0,6}?(?:of|om|wanneer|hoe)\\b",
            "vraag van (?:de heer|mevrouw|het lid|de leden) (?:\\w+ ){0,4}?(?:of|om|wanneer|hoe)\\b",
            # a question put to the speaker: "Ik kreeg in de Eerste Kamer de vraag of ik ... wil komen"
            "(?:kreeg|krijg|kregen|krijgen) (?:\\w+ ){0,6}?(?:de|een|die) vraag (?:\\w+ ){0,3}?(?:of|om|wanneer|hoe)\\b",
            "gevraagd (?:\\w+ ){0,2}?(?:of|hoe|wanneer|waarom)\\b",
            "(?:nodig|uitnodigen|roep|oproepen|moedig|aanmoedigen) … (?:om|te)",
            "{ik} (?:vind|vinden) (?:\\w+ ){0,2}?dat",
            # an opinion that something should happen: "Ik denk dat het goed is dat het parlement wordt geïnformeerd"
            "(?:het )?(?:goed|belangrijk|verstandig|nodig|wenselijk|van belang) (?:is|vind|vinden|acht|achten) dat",
            # the passive of a request: "een motie, waarin de regering werd verzocht met een notitie te komen"
            "(?:wordt|werd|worden|werden) (?:\\w+ ){0,3}?(?:verzocht|gevraagd)\\b",
        ),
        notes="A member's request or an invitation reported by the minister ('hij vroeg mij om'), an opinion.",
    ),
    Rule(
        "reject.members_ask",
        (
            "(?:de|deze|die|het|enkele|beide) (?:leden|lid|fractie|fracties|commissie|indiener|indieners)\\b … "
            "(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzochten|verzocht|willen weten|wil weten|wensen|wenst"
            # members reading or paraphrasing the government: "De leden lezen dat de minister ... zal informeren"
            "|lezen|lazen|leest|constateren|constateert|begrijpen|begrijpt|vernemen|verneemt|zijn benieuwd|is benieuwd"
            "|hopen|hoopt|verwachten|verwacht|stelt het op prijs|stellen het op prijs|stelt op prijs|stellen op prijs)\\b",
            "(?:vragen|verzoeken|verzoekt|vraagt|verzocht|vroeg|vroegen) (?:de|het) (?:regering|kabinet|minister|staatssecretaris)",
            "(?:informeren|informeert|informeerden|informeerde) naar",
            # being briefed: "Zo spoedig mogelijk laat ik me informeren daaromtrent"
            "(?:laat|liet|laten) (?:\\w+ ){0,2}?(?:me|mij|ons) (?:\\w+ ){0,4}?informeren",
            "{kamer} (?:\\S+ ){0,8}?(?:gevraagd|verzocht|vraagt|verzoekt)",
        ),
        unless=r"\b(?:zal|zullen|ga|gaan) (?:ik|wij|we|het kabinet|de regering)\b|\b(?:wordt|zal) (?:uw|de) kamer\b",
        notes="What members ask, in the nota naar aanleiding van het verslag, a memorie van antwoord or a verslag"
        " schriftelijk overleg ('De leden van de SP-fractie vragen de regering de Kamer te informeren', 'informeren"
        " naar' = ask about); not when the government's own answer follows ('Zoals uw Kamer vroeg, zal ik ...').",
    ),
    Rule(
        "reject.conditional_wish",
        (
            "(?:zou|zouden) {ik} … willen",
            "{ik} (?:\\w+ ){0,8}?(?:zou|zouden) … willen",
            "{ik} (?:\\w+ ){0,2}?(?:zou|zouden) zeggen",
        ),
        # the wish of an indirect question is its content: "berichten over hoe we dat zouden willen aanpakken"
        unless=r"\b(?:hoe|wat|welke|waarom) (?:ik|we|wij) (?:\S+ ){0,3}?(?:zou|zouden)\b",
        notes="A wish or suggestion in the conditional ('ik zou ... willen aanbieden') promises nothing.",
    ),
    Rule(
        "reject.hedge",
        (
            "(?:zou|zouden) (?:ik|we|wij) … kunnen",
            "(?:zal|zullen) {ik} (?:\\w+ ){0,5}?(?:moeten|kunnen)",
            "(?:kan|kon) (?:ik|we) (?:mij|me|ons) voorstellen",
            "(?:ik|we) (?:kan|kunnen) (?:mij|me|ons) voorstellen",
            "zou … interessant",
            "mits de motie",
            # "Ik kom daar op een later moment op terug, als dat zou kunnen": only if it can be done
            "als (?:dat|het) (?:zou )?(?:kunnen|kan|lukt)\\b",
            # a future of necessity is no promise: "We zullen de middelen zo efficiënt mogelijk moeten inzetten"
            "{ik} (?:zal|zullen) (?:\\S+ ){0,16}?moeten\\b",
            "(?:zal|zullen) {ik} (?:\\S+ ){0,16}?moeten\\b",
            # an obligation is no promise: "Maar we moeten ook naar die regio gaan kijken", "moet ik nog bestuderen"
            "(?:{ik} (?:moet|moeten)|(?:moet|moeten) {ik})\\b",
            "(?:als|indien|wanneer) (?:de|deze) motie (?:wordt|is) aangenomen",
            "(?:als|indien|wanneer|mocht|mochten) (?:\\w+ ){0,5}?(?:verzoek\\w*|wens\\w*|vraagt|vragen|behoefte|prijs (?:stelt|stellen))\\b",
        ),
        notes="Hedged offers, left unlabelled: 'dat zou ik kunnen onderzoeken', 'ik kan mij voorstellen'; an offer"
        " that waits for someone's request: 'Indien de landen dit verzoeken, is de staatssecretaris bereid'.",
    ),
    Rule(
        "reject.offer",
        (
            "(?:kan|kunnen) {ik} (?:\\w+ ){0,8}?(?:{informeren}|ingaan|in gaan|terugkomen)",
            "{ik} (?:kan|kunnen) (?:\\w+ ){0,8}?(?:{informeren}|ingaan|in gaan|terugkomen)",
        ),
        unless=FUTURE_TIME,
        notes="An offer, left unlabelled: 'daar kan ik de Kamer alsdan ook over informeren'; not with a time ahead"
        " ('Naar verwachting kan ik u voor de zomer informeren').",
    ),
    Rule(
        "reject.legal_effect",
        (
            "(?:wet|wetsvoorstel|voorstel van wet|regeling|besluit|artikel|amendement|verordening|richtlijn)\\w* "
            "(?:\\w+ ){0,3}?(?:regelt|bepaalt|schrijft voor|voorziet (?:erin|in)|verplicht)\\b",
            "(?:wettelijk|statutair) (?:verplicht|vastgelegd|voorgeschreven)",
            "onze minister",
        ),
        notes="What a law provides, not a promise: 'Het wetsvoorstel regelt dat de minister de Kamer jaarlijks"
        " informeert', 'Onze Minister zendt binnen vijf jaar ... een verslag' (the text of an article).",
    ),
    Rule(
        "reject.negated",
        (
            "(?:niet|geen|nooit|niets) … (?:doen|informeren|toezeggen|onderzoeken|sturen|stuur|stuurt|garanderen)",
            "(?:zal|zullen|ga|gaan|kan|wil) (?:\\w+ ){0,4}?(?:niet|geen|nooit|niets)\\b",
            # not making it in time: "Ik ben bang dat ik het niet red om deze week met die reactie te komen"
            "(?:niet|nooit) (?:red|redt|redden|haal|haalt|halen)\\b",
            "(?:niet|geenszins) (?:\\w+ )?bereid\\b",
        ),
        notes="Refusals: 'ik ga geen evaluatie doen', 'kan ik niet toezeggen'.",
    ),
    Rule(
        "reject.general_effort",
        (
            "(?:blijf|blijven) … (?:inzetten|inspannen|lobbyen|pleiten|werken|alert|in gesprek|kijken|bekijken|volgen"
            "|monitoren|toezien)",
            "(?:mij|me|ons) … (?:inzetten|inspannen)",
            # considering, with nothing to deliver: "wij zullen het verzoek welwillend in overweging nemen"
            "in overweging (?:nemen|te nemen)",
            # deliberating, relying, encouraging: nothing to deliver ("Het kabinet zal zich beraden op de motie")
            "(?:zich|ons|mij|me) (?:\\w+ ){0,3}?(?:beraden|baseren)\\b",
            "(?:zal|zullen|ga|gaan) (?:\\w+ ){0,8}?(?:stimuleren|aanmoedigen|bevorderen)\\b",
            "pleidooi (?:\\w+ ){0,2}?houden",
            "aandacht (?:\\w+ ){0,3}?(?:blijven|blijf) (?:besteden|geven|houden)",
            "blijven doen\\b",
            "(?:onvermoeibare|volle) inzet",
            "niet schromen",
            "waar (?:dat|dit|het) (?:nuttig|nodig|zinvol) is",
            "(?:daar|hier|er) (?:\\w+ )?op inzetten",
            "inzetten op\\b",
        ),
        notes="General effort with nothing to deliver: 'ik blijf mij inzetten', 'we blijven kijken naar'.",
    ),
    Rule(
        "reject.expectation",
        (
            "naar verwachting",
            "(?:ik|wij|we) (?:hoop|hopen|verwacht|verwachten) (?:\\w+ ){0,2}?dat",
            "ga er … van ?uit dat",
            "(?:ga|gaan|gaat) ervan ?uit dat",
            # someone else's call: "Het is aan mijn collega om daarop terug te komen"
            "het is aan (?:\\S+ ){1,10}?om\\b",
        ),
        unless=r"(?:ontvangt|ontvangen) (?:uw|de) kamer|(?:uw|de) kamer (?:\S+ ){0,8}?(?:ontvangt|wordt geïnformeerd)"
        r"|(?:aan|naar) (?:uw|de) kamer (?:\S+ ){0,2}?(?:(?:worden|wordt|zal|zullen) )?(?:aangeboden|gezonden|gestuurd"
        r"|toegezonden|toegestuurd|voorgelegd)\b|\w*brie(?:f|ven) (?:\S+ ){0,8}?(?:verstuurd|verzonden|gestuurd|toegezonden)\b"
        r"|(?:(?:kan|zal|ga) (?:ik|we|wij|het kabinet)|(?:ik|we|wij|het kabinet) (?:kan|zal|ga)) (?:\S+ ){0,8}?"
        r"(?:{informeren}|{sturen})\b"
        r"|{kamer} (?:wordt|worden|zal worden) (?:\S+ ){0,24}?(?:geïnformeerd|ingelicht)\b|{kamer} (?:\w+ )?bereiken\b"
        # a document of the government's that follows: "Het restant van de beantwoording volgt naar verwachting op 23 mei"
        r"|{doc} (?:\S+ ){0,8}?(?:volgt|volgen)\b(?! (?:uit|daaruit|hieruit|dat)\b)",
        notes="Expectations about others: 'Ik verwacht dat ...', 'naar verwachting'; not about the Kamer's"
        " own delivery ('naar verwachting ontvangt uw Kamer het rapport voor de zomer').",
    ),
)


def rule_by_name(name: str) -> Rule:
    for rule in COMMITMENT_RULES + REJECTION_RULES:
        if rule.name == name:
            return rule
    raise KeyError(name)
