"""The commitment rules: named, declarative patterns a linguist can read and extend (templates.py
describes their language).

Commitment rules are tried in order, most specific first; the first match that no veto (vetoes.py) stops
wins. A rule may override named vetoes (an explicit "toezeggen" outweighs the conditional "zou willen").

Before adding a rule, ask whether a minister of another ministry writing another letter would trip it;
tests/extraction/test_rules.py keeps an example sentence of our own for every rule and veto.
"""

from __future__ import annotations

from .fields import TAKEN_INTO, TALKS
from .templates import FUTURE_TIME, RHYTHM, Rule

# Verbs of what happens to the speaker or goes on in the mind (perceiving, knowing, feeling), and of the debate's
# own course: no act to hold anyone to ("ik zal deze omgeving missen", "we zullen er wat vergeten", "die lijn zullen
# we volgen", "ik zal doorlezen").
_NO_ACT = (
    "missen|vergeten|zien|merken|horen|weten|begrijpen|vinden|denken|hopen|volgen|verliezen|doorlezen|lezen|beginnen"
    # effort with nothing to deliver: "wij zullen daarvoor vechten", "daar ga ik voor knokken"
    "|vechten|strijden|knokken"
)

# The infinitives of telling and handing over that {informeren} and {sturen} leave out, said of the Kamer.
_TELL_OR_HAND_OVER = "(?:inlichten|op de hoogte (?:stellen|brengen)|melden|toelichten|verstrekken)\\b"
# Entering talks or raising a point, after a future auxiliary in either order: one list for both, so that the subject
# put first and the time put first read the same acts ("Voor de zomer zal ik het gesprek aangaan met ...").
_TALK_ACTS = (
    # the partner may stand between the noun and its verb: "dat gesprek met de provincies aangaan"
    "(?:overleg (?:initiëren|voeren|starten)|contact opnemen|in (?:gesprek|overleg) gaan"
    "|(?:gesprek|overleg|dialoog) (?:[\\w-]+ ){0,6}?aangaan"
    "|in (?:overleg|gesprek|contact) (?:te )?treden|onder de aandacht (?:\\w+ ){0,4}?brengen|ter sprake brengen"
    "|een (?:appel|beroep) doen op|aan de orde stellen|bespreken|opvolging geven|navragen|een belletje)"
)
# Answering, as a verb or with its noun: "reageren op", "een reactie geven op".
_ANSWER = (
    "(?:reageren|beantwoorden|(?:een |onze |mijn )?(?:\\w+ )?reactie (?:geven|leveren)|(?:een )?antwoord geven)\\b"
)
# An act named by its noun and done: "navraag doen", "een voorstel doen", "onderzoek doen", "verslag doen".
_ACT_DONE = "(?:navraag|onderzoek|(?:een )?voorstel(?:len)?|verslag|aangifte|(?:een )?mededeling|uitspraak) doen\\b"

# Words ending in "-en" that are no verb: "Ik zal zelf niet alleen ... naar Frankrijk gaan", "zullen wij samen met".
_NOT_VERBS_IN_EN = "alleen|samen|binnen|buiten|tussen|meteen|misschien|tegen|boven|beneden|eigen|zeven|negen"

# A verb of action after the future auxiliary of the fallbacks; not a modal, copula or a verb of perceiving or saying.
_FUTURE_ACT = (
    "(?!(?:kunnen|moeten|zijn|hebben|worden|blijven|ontraden|laten|overlaten|proberen|zeggen|noemen|beantwoorden"
    "|reageren|doen|schromen|inzetten|ingaan|stemmen|indienen|delen|" + _NO_ACT + "|" + _NOT_VERBS_IN_EN + ")\\b)"
    # a noun after its article or possessive is no verb: "zal ik de ramingen", "onze afspraken"
    "(?<!\\bde\\s)(?<!\\bhet\\s)(?<!\\been\\s)(?<!\\bdie\\s)(?<!\\bdeze\\s)(?<!\\bmijn\\s)(?<!\\bonze\\s)(?<!\\balle\\s)"
    "[a-zà-ÿ]{3,}(?:en|eren)"
)

# Another member of government named by the speaker: a colleague, or a predecessor whose promises the office keeps.
_OTHER_MEMBER = "(?:mijn|onze) (?:collega|ambts?geno(?:ot|te)|(?:ambts)?voorganger|(?:ambts)?voorgangster)"

# The government intending, in either word order and with adverbs inside it: "Ik ben dan ook voornemens ...", "Daarom
# ben ik voornemens ...", "Zoals gevraagd is het kabinet van plan ...", "verwacht ik ...".
_INTENDING = (
    "(?:{gov} (?:{intend}|(?:ben|is|zijn) (?:\\w+ ){1,3}?(?:voornemens|van plan)|voornemens (?:ben|is|zijn)"
    "|van plan (?:ben|is|zijn))|{intend} {gov}|(?:ben|is|zijn) {gov} (?:\\w+ ){0,3}?(?:voornemens|van plan))"
)

COMMITMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "toezegging.ik_zeg_toe",
        (
            "{self} (?:zeg|zeggen) … toe",
            "(?:zeg|zeggen) {self} … toe",
            "{self} … (?:wil|willen|kan|kunnen|zou|ga|gaan|gaat|zal|zullen) … {toezeggen}",
            "(?:wil|willen|kan|kunnen|zou|ga|gaan|gaat|zal|zullen) {self} … {toezeggen}",
            # the promise as a noun: "Die toezegging kan ik doen", "ik doe nog wel de toezegging dat", "Wat ik toezeg, is"
            "(?:die|de|deze|een) toezegging (?:kan|wil|zal|ga|gaat|kunnen|willen) {self} (?:\\w+ ){0,2}?doen\\b",
            # the present tense, the promise put first: "Die toezegging doe ik", "Die toezegging doen we graag"
            "(?:die|deze|een) toezegging (?:doe|doen) {self}\\b",
            "{self} (?:kan|wil|zal|ga|kunnen|willen|doe|doen|gaat|doet) (?:\\w+ ){0,3}?(?:de|een|die|deze) toezegging(?: (?:\\w+ ){0,2}?doen)?"
            " (?:dat|om)\\b",
            "wat {self} (?:\\w+ )?(?:toezeg|toezeggen),? is",
            "(?:lezen|zien|beschouwen|opvatten) als (?:een )?toezegging",
            "(?:dit|dat) is een toezegging",
            "(?:de|mijn|onze) toezegging is (?:\\w+ )?dat {self}",
            # holding it out to the Kamer: "Het volledige beeld kunnen wij de Kamer voor september in het vooruitzicht
            # stellen"
            "{self} … (?:kan|kunnen|zal|zullen|wil|willen) … in het vooruitzicht stellen\\b",
            "(?:kan|kunnen|zal|zullen|wil|willen) {self} … in het vooruitzicht stellen\\b",
        ),
        cue="toe toezeg* toezegging vooruitzicht",
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
        "toezegging.motion_taken_over",
        # a minister who takes a motion over ("overnemen") undertakes to carry it out, and it is not voted on: "Die
        # motie kan ik overnemen", "Ik neem de motie over", "Motie 191 zal ik overnemen". Not the chair's report of it
        # ("De motie is overgenomen"), a question ("Kan de minister de motie overnemen?") nor a refusal.
        (
            "(?:de|die|deze|dat|zijn|haar|uw) (?:\\w+ )?(?:motie|amendement)\\w* (?:\\S+ ){0,4}?(?:kan|wil|zal|ga|kunnen|willen"
            "|zullen|gaan) {self} (?:\\S+ ){0,4}?overnemen\\b",
            "{self} (?:kan|wil|zal|ga|kunnen|willen|zullen|gaan) (?:\\w+ ){0,2}?(?:de|die|deze|zijn|haar|uw) (?:\\w+ )?"
            "(?:motie|amendement)\\w* (?:\\S+ ){0,4}?overnemen\\b",
            "{self} (?:neem|nemen) (?:\\w+ ){0,2}?(?:de|die|deze|zijn|haar|uw) (?:\\w+ )?(?:motie|amendement)\\w*"
            " (?:\\S+ ){0,4}?over\\b",
            "(?:de|die|deze) (?:\\w+ )?(?:motie|amendement)\\w* (?:\\S+ ){0,4}?(?:neem|nemen) {self} (?:\\w+ ){0,2}?over\\b",
        ),
        cue="motie* amendement*",
        action="other",
        confidence=0.8,
        spoken_without_time=True,
        requires=FUTURE_TIME,
        notes="A motion taken over by the government, spoken: 'Die motie kan ik overnemen'.",
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
        # and an explicit promise to keep doing something is one, as in the first person ("ik zeg toe dat we daarnaar
        # blijven kijken")
        overrides=("reject.members_ask", "reject.vague_condition", "reject.habitual", "reject.general_effort"),
        notes="The third-person form of the registries: 'De minister zegt toe de Kamer te informeren'.",
    ),
    Rule(
        "toezegging.restated",
        (
            "{self} … (?:heb|hebben|heeft) … (?:toegezegd|beloofd)",
            "(?:heb|hebben|heeft) {self} … (?:toegezegd|beloofd)",
            # a colleague's or a predecessor's promise in the third person, still open: "De staatssecretaris heeft
            # toegezegd de brief ... te sturen", "Wel heeft mijn ambtsvoorganger u toegezegd om ... in te gaan op"
            "(?:heeft|hebben) (?:{member}|" + _OTHER_MEMBER + ") (?:\\w+ ){0,6}?(?:toegezegd|beloofd)"
            " (?:\\w+ ){0,10}?(?:dat|om|te|{u})",
            "(?:{member}|" + _OTHER_MEMBER + "|hij|zij) (?:\\w+ ){0,6}?(?:heeft|hebben) … (?:toegezegd|beloofd)"
            " (?:\\w+ ){0,10}?(?:dat|om|te|{u})",
            "(?:de|die|deze|mijn) toezegging(?:en)? (?:blijft|blijven) … (?:staan|geldig|gelden)",
            # the passive of a restatement: "Er is toegezegd dat uw Kamer ...", "is de Kamer toegezegd om ...", "is uw
            # Kamer toegezegd haar hierover te informeren"
            "(?:is|zijn) (?:\\w+ ){0,8}?(?:toegezegd|beloofd) (?:dat|om|te|{u}|aan {u}|haar)",
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
            "{u} (?:zal|zullen|wordt|worden) … {informed}",
            # the Kamer as the subject of hearing: "De Kamer zal horen welke mijn inspanningen zullen zijn"
            "{u} (?:zal|zullen) (?:\\w+ ){0,6}?(?:horen|vernemen)\\b",
            # the Kamer as subject keeps the passive together over a long middle field: "De Kamer wordt over de resultaten
            # hiervan naar verwachting in het voorjaar van 2023 via de periodieke voortgangsbrief ... geïnformeerd"
            "^{u} (?:zal|wordt|worden) (?:\\S+ ){17,28}?(?:geïnformeerd|ingelicht)\\b",
            "(?:zal|zullen|wordt|worden) {u} … {informed}",
            "(?:^|[,;] |(?:maar|en|dan|dus|want|ook|dat) )(?:u|jullie) (?:wordt|worden) … {informed}",
            "dat (?:u|jullie) … (?:wordt|worden) {informed}",
            # verb last, as in a subordinate clause: "dat de Kamer de komende tijd daarover wordt geïnformeerd"
            "{u} … (?:wordt|worden) {informed}",
            # the participle before its auxiliaries, the other order of a subordinate clause: "waarover uw Kamer nog
            # geïnformeerd zal worden", "dat de Kamer hierover geïnformeerd wordt"
            "{u} … {informed} (?:zal worden|zullen worden|wordt|worden)\\b",
            "(?:zal|zullen) … informatievoorziening aan {u}",
            # what is told as the subject, the Kamer after "aan": "De uitkomsten worden voor de zomer aan uw Kamer gemeld",
            # "Aan uw Kamer wordt in het najaar gerapporteerd over de voortgang"
            "(?:wordt|worden|zal|zullen) … aan {u} (?:worden |wordt )?{told}\\b",
            "aan {u} (?:wordt|worden|zal|zullen) (?:\\w+ ){0,8}?(?:worden )?{told}\\b",
            "(?:zal|zullen) (?:\\w+ ){0,3}?verslag (?:\\w+ ){0,2}?(?:worden )?gedaan\\b",
            "(?:volgt|volgen) … informatievoorziening aan {u}",
        ),
        cue="geïnformeerd ingelicht bericht hoogte kennis informatievoorziening gedaan horen vernemen gemeld gerapporteerd"
        " verstrekt toegelicht meegedeeld medegedeeld teruggekoppeld teruggemeld",
        action="inform",
        confidence=0.9,
        notes="'Uw Kamer wordt hierover dit najaar geïnformeerd', 'zal uw Kamer ... worden geïnformeerd'.",
    ),
    Rule(
        "inform.ongoing",
        (
            "{gov} … blijven … {informeren}",
            "blijven … {informeren}",
            # the singular agrees with its subject next to it: "Ik blijf uw Kamer informeren", "Daarom blijft het
            # kabinet de Kamer informeren" (a bare "blijft" is often an impersonal "het blijft van belang om ...")
            "(?:{gov} (?:blijf|blijft)|(?:blijf|blijft) {gov}) … {informeren}",
            "{u} … op de hoogte (?:houd|houden|blijven houden)",
            "(?:{self} (?:houd|houden|houdt)|(?:houd|houden|houdt) {self}) {u} … op de hoogte",
            # the government in the third person: "Het kabinet houdt uw Kamer op de hoogte van de vorderingen"
            "(?:{member} (?:houdt|houden)|(?:houdt|houden) {member}) {u} … op de hoogte",
            "(?:kunt|kan|kunnen) … erop rekenen dat {gov}",
            "(?:kunt|kan|kunnen) … erop rekenen dat (?:de|die|deze) (?:\\w+ )?{doc} (?:\\w+ ){0,3}?(?:komt|komen|verschijnt|verschijnen)",
            "{gov} blijven (?:dat|dit|het) … doen",
            # "Ik ga ervoor zorgen dat uw Kamer goed op de hoogte is van ..."
            "(?:zorg|zorgen) (?:er )?(?:\\w+ ){0,2}?(?:voor )?dat {u} (?:\\w+ ){0,3}?op de hoogte (?:is|blijft|wordt|zijn)\\b",
        ),
        cue="blijf blijft blijven hoogte rekenen zorg zorgen",
        action="inform",
        confidence=0.75,
        notes="Standing promises: 'blijven informeren', 'op de hoogte houden' (recurring).",
    ),
    Rule(
        "inform.future",
        (
            "{gov} … {zal} … {informeren}",
            "{gov} gaat … {informeren}",
            "(?:{wil} {gov}|gaat {gov}) … {informeren}",
            "(?:heb|hebben) … aangegeven dat {gov} … {informeer}",
            "dat {gov} {u} … {informeer}",
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
            _INTENDING + " … {to_deliver}",
            # the Kamer named as the receiver holds a long middle field together: "Ik verwacht de nota naar aanleiding van
            # het verslag en de nota van wijziging uiterlijk 1 januari naar uw Kamer te zenden"
            _INTENDING + " (?:\\S+ ){0,30}?(?:aan|naar) {u} (?:\\S+ )?te {sturen}",
            "(?:onze|mijn|de|het) (?:planning|streven|voornemen|bedoeling|voorstel|inzet) (?:is|zou zijn) … {to_deliver}",
            # the aim of one's efforts: "Onze inspanningen zijn erop gericht het wetsvoorstel kort na dat reces bij uw
            # Kamer in te kunnen dienen" (an aim without a delivery is effort: "mijn inzet is erop gericht de regie ...")
            "(?:onze|mijn) (?:inspanningen|inspanning|inzet) (?:is|zijn) (?:\\w+ )?(?:erop|er op) gericht … {to_deliver}",
            "(?:het|dit) is (?:mijn|ons|het) (?:voornemen|streven|planning|bedoeling|plan|inzet) … {to_deliver}",
            # the intention as a noun with its own "om": "het voornemen om jaarlijks naar de Tweede Kamer te rapporteren"
            "(?:het|mijn|ons|onze) (?:voornemen|streven) (?:\\w+ ){0,2}?om (?:\\S+ ){0,10}?{to_deliver}",
        ),
        cue="informe* berichten melden meedelen mededelen inlichten rapporteren terugkoppelen weten hoogte kennis"
        " sturen toesturen versturen zenden toezenden verzenden toekomen aanbieden voorleggen bieden leggen leveren"
        " aanleveren beantwoorden dienen komen nemen delen reageren lichten koppelen verstrekken",
        action="infer",
        confidence=0.8,
        notes="The government's own delivery as an intention or expectation: 'ik verwacht u dit najaar te"
        " informeren', 'De resultaten verwacht ik eind 2024 aan uw Kamer te sturen', 'Het is mijn voornemen om"
        " uw Kamer voor 1 juli een voorstel te doen toekomen', 'Ik beoog het wetsvoorstel in het voorjaar in te"
        " dienen'.",
    ),
    Rule(
        "deliver.effort_to_the_kamer",
        # working to get a document to the Kamer is a promise of that document, not general effort: "zet het kabinet
        # zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan te bieden"
        (
            "(?:(?:zet|zetten) (?:\\w+ ){0,3}?(?:zich|mij|me|ons) (?:\\w+ ){0,4}?in|(?:zich|mij|me|ons) (?:\\w+ ){0,4}?inzetten)"
            " (?:om|voor) (?:\\S+ ){0,14}?(?:aan|bij|naar) {u} (?:\\S+ )?(?:aan te bieden|in te dienen|voor te leggen"
            "|toe te (?:sturen|zenden)|te (?:ver)?(?:sturen|zenden))",
        ),
        cue="zet zetten inzetten",
        action="send",
        confidence=0.75,
        overrides=("reject.general_effort",),
        notes="Effort aimed at a document for the Kamer: 'Het kabinet zet zich in om het wetsvoorstel zo spoedig"
        " mogelijk aan uw Kamer aan te bieden'.",
    ),
    Rule(
        "send.delivery_takes_place",
        # the sending named as a noun, its taking place promised: "De beantwoording zal plaatshebben omstreeks half
        # februari", "Beantwoording zal plaatsvinden voor het verschijnen van de meicirculaire"
        (
            "(?:beantwoording|toezending|verzending|aanbieding|toezenden|verzenden) (?:\\S+ ){0,8}?(?:zal|zullen)"
            " (?:\\S+ ){0,8}?(?:plaatsvinden|plaatshebben|geschieden)\\b",
        ),
        cue="plaatsvinden plaatshebben geschieden",
        action="send",
        confidence=0.75,
        notes="A delivery named as a noun and said to take place: 'De beantwoording zal plaatsvinden na de zomer'.",
    ),
    Rule(
        "inform.present_with_time",
        # the Kamer is who is informed, named before the verb or after it: without it "informeren" and "berichten"
        # are other business ("alle belanghebbenden informeren", the noun "door die berichten")
        (
            "{gov} … {u} … {informeer}",
            "{gov} … {informeer} (?:\\w+ ){0,3}?{u}\\b",
            "{informeer} {gov} (?:\\w+ ){0,6}?{u}\\b",
            "(?:^|[,;] )informeer (?:de|uw) kamer",
            # the phrasal verb: "stel ik uw Kamer direct op de hoogte", "het kabinet brengt de Kamer op de hoogte"
            "(?:stel|stelt|stellen|breng|brengt|brengen) {gov} (?:\\w+ ){0,6}?{u} … op de hoogte",
            "{gov} (?:stel|stelt|stellen|breng|brengt|brengen) (?:\\w+ ){0,6}?{u} … op de hoogte",
            # and its formal twin: "stel ik uw Kamer daarvan in kennis"
            "(?:stel|stelt|stellen) {gov} (?:\\w+ ){0,6}?{u} … in kennis\\b",
            "{gov} (?:stel|stelt|stellen) (?:\\w+ ){0,6}?{u} … in kennis\\b",
            "(?:{gov} (?:laat|laten)|(?:laat|laten) {gov}) (?:\\w+ ){0,4}?{u} (?:\\w+ ){0,8}?weten\\b",
            # the separable "inlichten": "licht ik uw Kamer voor de zomer in over de uitkomsten"
            "(?:licht|lichten) {gov} (?:\\w+ ){0,6}?{u} (?:\\w+ ){0,8}?in(?: over| op|\\s*$)",
            "{gov} (?:licht|lichten) (?:\\w+ ){0,6}?{u} (?:\\w+ ){0,8}?in(?: over| op|\\s*$)",
            # and "toelichten": "licht ik uw Kamer voor de zomer de uitkomsten toe"
            "(?:licht|lichten) {gov} (?:\\w+ ){0,6}?{u} (?:\\w+ ){0,8}?toe\\b",
            "{gov} (?:licht|lichten) (?:\\w+ ){0,6}?{u} (?:\\w+ ){0,8}?toe\\b",
        ),
        cue="informe* bericht berichten meld meldt hoogte kennis weten rapporteer rapporteert rapporteren licht lichten",
        action="inform",
        confidence=0.7,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Present tense with a future time phrase: 'informeer ik u na de zomer'; spoken, and in the chair's"
        " list, the present tense promises without one ('Ik informeer de Kamer per brief over de verdeling').",
    ),
    Rule(
        "inform.modal_with_time",
        # "willen" and "gaan" with a verb of telling or handing over the Kamer that "informeren" does not stand for:
        # "Ik wil uw Kamer voor de zomer de uitkomsten toelichten", "We gaan u na de zomer de gegevens verstrekken".
        # Only with a time ahead, spoken too: "Ik wil u even toelichten waarom ..." is the debate going on.
        (
            "{gov} (?:wil|willen|ga|gaan) (?:\\w+ ){0,6}?{u} … " + _TELL_OR_HAND_OVER,
            "(?:wil|willen|ga|gaan) {gov} (?:\\w+ ){0,6}?{u} … " + _TELL_OR_HAND_OVER,
        ),
        cue="inlichten hoogte melden toelichten verstrekken",
        action="infer",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="'Ik wil uw Kamer voor de zomer inlichten over de uitkomsten', 'gaan wij u in juni de gegevens verstrekken'.",
    ),
    Rule(
        "inform.present_rhythm",
        # the finite verb beside its subject, before or after it (main clause, or inverted after what is put first):
        # "Over het cijferbeeld informeer ik uw Kamer iedere drie maanden"; an infinitive ("om u jaarlijks te
        # informeren") belongs to a promise named, not made
        (
            "(?:informeer|informeert|informeren|bericht|berichten|rapporteer|rapporteert|rapporteren|stuur|stuurt|sturen"
            "|zend|zendt|zenden) {gov} (?:\\w+ ){0,6}?{u}\\b",
            "{gov} (?:informeer|informeert|informeren|bericht|berichten|rapporteer|rapporteert|rapporteren|stuur|stuurt"
            "|sturen|zend|zendt|zenden) (?:\\w+ ){0,6}?{u}\\b",
        ),
        cue="informeer informeert informeren bericht berichten rapporteer rapporteert rapporteren stuur stuurt sturen"
        " zend zendt zenden",
        action="infer",
        confidence=0.7,
        requires=RHYTHM,
        notes="The present tense with a rhythm is a standing promise: 'informeer ik uw Kamer iedere drie maanden',"
        " 'Ik stuur u twee keer per jaar een voortgangsrapportage'.",
    ),
    Rule(
        "inform.you_will_hear",
        (
            "{u} (?:hoort|hoor|verneemt) (?:dat|het|dit|daarover|er|van mij|van ons)",
            # the verb before its subject, after what is put first: "Zodra ik meer weet, hoort u van mij"
            "(?:hoort|hoor|verneemt) {u} (?:\\w+ )?(?:dat|het|dit|daarover|er|van mij|van ons)\\b",
            # with its time or adverbs before whom it is heard from: "U hoort voor de zomer van ons", "U hoort nog van
            # mij"
            "(?:{u} (?:hoort|hoor|verneemt)|(?:hoort|hoor|verneemt) {u}) (?:\\w+ ){1,5}?(?:daarover|hierover|van mij|van ons"
            "|van het kabinet)\\b",
        ),
        cue="hoort hoor verneemt",
        action="inform",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="The debate form without a stock verb: 'U hoort dat half mei', 'u hoort daarover voor de zomer'.",
    ),
    Rule(
        "come_back",
        (
            "{self} … (?:kom|komen) … terug",
            "(?:kom|komen|komt) {self} … terug",
            "{self} … terug(?:kom|komen|te komen)",
            "terug te komen",
            "de (?:minister|staatssecretaris) van \\w+ (?:zal|zullen) … terugkomen",
            # a colleague or the cabinet, also behind an apposition: "Mijn collega, de minister van SZW, zal hierop
            # terugkomen", "zal mijn collega bij u terugkomen"
            "{gov} … (?:zal|zullen|wil|willen) … terugkomen",
            "(?:zal|zullen) {gov} … terugkomen",
            "{member} … (?:komt|komen) … terug\\b",
            "(?:mijn|onze) (?:collega|ambts?geno(?:ot|te))\\w* … (?:komt|komen) … terug\\b",
            "(?:komt|komen) {member} … terug\\b",
        ),
        cue="terug*",
        action="inform",
        confidence=0.85,
        requires=r"\b(?:ik|wij|we|minister|staatssecretaris|kabinet|regering|collega|ambts?geno(?:ot|te))\b",
        notes="'kom ik (voor de zomer) op terug', 'daar kom ik op terug': terugkomen on a point to the Kamer.",
    ),
    Rule(
        "send.letter",
        (
            "{gov} … {wil} … {sturen}",
            "{gov} gaat … {sturen}",
            "(?:{wil} {gov}|gaat {gov}) … {sturen}",
            "(?:doe|doen|doet) {self} … toekomen",
            # the receiver right before the verb holds a long middle field together: "zal ik de antwoorden ten minste
            # één week voor het notaoverleg over het nieuwe beleid op 3 februari aan u doen toekomen"
            "(?:{gov} (?:{zal}|{wil})|(?:{zal}|{wil}) {gov}) (?:\\S+ ){0,30}?(?:aan|naar) {u} (?:\\S+ )?{sturen}",
            "{u} … tegemoet (?:kan |kunt |kunnen |zult |zal )?(?:zien|te zien)|tegemoetzien",
            "(?:{u} (?:kunt|kan|kunnen|mag|mogen)|(?:kunt|kan|kunnen|mag|mogen) {u}) … {doc} … verwachten\\b(?! dat)",
            # the participle first: "De evaluaties zullen worden aangeboden aan de Kamer"
            "(?:wordt|worden|zal|zullen) … {sent} (?:\\w+ ){0,2}?aan {u}",
            "(?:wordt|worden|zal|zullen) … (?:aan|naar) {u} (?:worden |wordt )?{sent}",
            "(?:wordt|worden|zal|zullen) … (?:naar|aan) {u} (?:ge|toe|ver)(?:stuurd|zonden)",
            # verb last, as in a subordinate clause: "een protocol ... dat na de zomer aan het parlement wordt voorgelegd"
            "(?:aan|naar) {u} (?:wordt|worden|zal worden|zullen worden) {sent}\\b",
            "(?:aan|naar) {u} (?:\\w+ ){0,3}?{sent} (?:zal worden|zullen worden|wordt|worden)\\b",
            "{u} … (?:wordt|zal) … (?:toegezonden|toegestuurd|gestuurd|gezonden)",
            # the Kamer as the subject of a passive whose verb also takes it after "aan": "Uw Kamer wordt de evaluatie
            # voor de zomer aangeboden" (the auxiliary right after the Kamer: the gap above would join clauses)
            "{u} (?:wordt|zal) (?:\\S+ ){0,10}?(?:aangeboden|voorgelegd|verstrekt|aangereikt)\\b",
            # sent to the one addressed, who is not named: "Dat zal dan in de zomer worden toegestuurd"
            "(?:zal|zullen) (?:\\S+ ){0,12}?(?:toegezonden|toegestuurd|nagezonden|nagestuurd)",
            # a bill or memorandum to be tabled: "zal ik het wetsvoorstel bij uw Kamer indienen", "verwacht ... in te dienen"
            "(?:bij|aan) {u} (?:\\w+ )?(?:indienen|in te dienen|aanhangig (?:maken|te maken))",
            # the bill as the subject: "Het wetsvoorstel zal naar verwachting begin 2026 bij uw Kamer worden ingediend"
            "(?:wordt|worden|zal|zullen) … (?:bij|aan) {u} (?:worden |wordt )?ingediend\\b",
            # sharing with the Kamer: "zal ik de resultaten met uw Kamer delen", "deze met de Kamers te delen"
            # the speaker or the government the one who shares (not "De NZa zal de resultaten met de Kamer delen", nor
            # "De Raad adviseert om ... met uw Kamer te delen")
            "(?:{gov} (?:\\S+ ){0,3}?(?:{zal}|{wil})|(?:{zal}|{wil}) {gov}) … met {u} (?:\\w+ )?(?:delen|te delen)",
            "{self} … met {u} (?:\\w+ )?te (?:kunnen )?delen",
            # or a promise or intention of the government's, in the passive: "is toegezegd een overzicht ... met uw Kamer
            # te delen"
            "(?:toegezegd|beloofd|bereid|voornemens|van plan|voornemen|streven|toe te zeggen) … met {u} (?:\\w+ )?te"
            " (?:kunnen )?delen",
            "met {u} (?:\\w+ ){0,2}?gedeeld (?:\\w+ )?(?:worden|wordt)",
            "(?:wordt|worden|zal|zullen) … met {u} (?:worden )?gedeeld",
            "(?:wordt|worden|zal|zullen) (?:\\w+ ){0,6}?gedeeld met {u}",
            "\\w*brie(?:f|ven) (?:wordt|worden|zal|zullen) … (?:verstuurd|verzonden|(?:toe)?gestuurd|toegezonden)\\b",
            # the subject left out in a second main clause: "..., maar zal uw Kamer mijn visie tijdig doen toekomen"
            "(?:(?<=\\bmaar\\s)|(?<=\\ben\\s))(?:zal|zullen) (?:\\w+ ){0,16}?{sturen}\\b",
            # "De uitvoeringsaspecten zullen u spoedig nagezonden worden"
            # and with the verbs that take the Kamer as receiver the same way: "Het rapport wordt u in het najaar
            # aangeboden"
            "(?:zal|zullen|wordt|worden) {u} (?:\\w+ ){0,6}?{sent}\\b",
            # the document reaching the Kamer: "De brief zal u voor de zomer toekomen"
            "(?:zal|zullen) {u} (?:\\w+ ){0,6}?toekomen\\b",
            # a document reaching the Kamer: "Dit rapport zal naar verwachting voor het zomerreces uw Kamer bereiken"
            "{doc} (?:zal|zullen) (?:\\S+ ){0,8}?{u} (?:\\w+ )?bereiken\\b",
            # a draft regulation laid before parliament: "De AMvB wordt binnenkort voorgehangen bij de Tweede Kamer"
            "(?:wordt|worden|zal|zullen) … voorgehangen\\b",
            # the sending named as a noun and planned: "De toezending aan uw Kamer van de doorlichting is voor het derde
            # trimester van 2015 gepland"
            "(?:toezending|verzending|aanbieding) (?:\\w+ ){0,4}?(?:aan|naar) {u} … (?:gepland|voorzien)\\b",
            "{gov} … (?:{wil}|ga) … voor(?:hangen| te hangen)\\b",
        ),
        cue="tegemoet tegemoetzien verwachten aangeboden stuur* verstuur* zend* toezenden toekomen aanbieden bereiken"
        " voorleggen voorgelegd gestuurd verzonden gezonden toegezonden toegestuurd sturen toesturen zenden"
        " indienen dienen ingediend aanhangig delen gedeeld verstuurd voorgehangen voorhangen hangen nagezonden nagestuurd"
        " verstrekt overgelegd aangereikt aangeleverd"
        " toezending verzending aanbieding",
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
            "{u} (?:krijgt|krijgen)\\b",
            "(?:krijgt|krijgen) {u}",
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
        "send.share_present",
        (
            "(?:deel|delen|deelt) {self} (?:\\S+ ){0,10}?met {u}\\b",
            "{self} (?:deel|delen|deelt) (?:\\S+ ){0,10}?met {u}\\b",
        ),
        cue="deel delen deelt",
        action="send",
        confidence=0.7,
        # "wanneer" with this present is "whenever": "Ik deel informatie met uw Kamer wanneer ik die kan delen"
        requires="(?!wanneer\\b)" + FUTURE_TIME,
        notes="Sharing with the Kamer in the present tense, with a time ahead, spoken too: 'De resultaten deel ik voor de"
        " zomer met uw Kamer'; without one it is a view shared ('Ik deel met u de urgentie') or a practice.",
    ),
    Rule(
        "send.see_to_it",
        # the present of "zorgen dat" with what the Kamer will have, and a time ahead: "We zorgen dat voor de stemming
        # inzichtelijk wordt gemaakt wat er kan", "Ik zorg dat die brief er voor 1 juli ligt", "... dat u de cijfers
        # voor het debat heeft" (what the Kamer receives is send.present's). Without a time, or with someone other than
        # the Kamer served, it is policy ("Wij zorgen ervoor dat de zorg betaalbaar blijft").
        (
            "(?:{self} (?:zorg|zorgen)|(?:zorg|zorgen) {self}) (?:er )?(?:\\w+ ){0,2}?(?:voor )?dat (?:\\S+ ){0,12}?"
            "(?:{u} (?:\\S+ ){0,10}?(?:heeft|hebben|beschikt|beschikken)"
            "|(?:inzichtelijk|duidelijk|bekend) (?:wordt|worden) gemaakt"
            "|(?:die|dat|het|hij|ze|zij|deze) (?:er )?(?:\\S+ ){0,6}?(?:ligt|liggen|komt|komen)\\b)",
        ),
        cue="zorg zorgen",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="Seeing to it that the Kamer has a document or an answer by a time ahead, in the present tense.",
    ),
    Rule(
        "send.present",
        (
            "{stuur} {self}",
            "{self} … {stuur}",
            # the first person plural: "Wij sturen dat nog voor de zomer naar de Kamer", "zenden wij uw Kamer een afschrift"
            # with the Kamer as receiver, for "sturen op" is to steer ("Wij sturen op publieke doelen")
            "(?:sturen|versturen|toesturen|nasturen|zenden|toezenden) (?:wij|we) (?:\\S+ ){0,12}?(?:naar |aan )?{u}\\b",
            "(?:wij|we) (?:sturen|versturen|toesturen|nasturen|zenden|toezenden) (?:\\S+ ){0,12}?(?:naar |aan )?{u}\\b",
            # delivered afterwards, the particle last in the clause: "Die cijfers lever ik na", "we leveren dat voor de
            # stemmingen na" ("na de zomer" is a time, not the particle)
            "(?:(?:lever|levert|leveren) {self}|{self} (?:lever|levert|leveren)) (?:\\S+ ){0,8}?na(?=\\s*(?:[.,;!]|$))",
            "ontvangt {u}",
            "{u} ontvangt",
            # both chambers receive in the plural: "Beide Kamers ontvangen de evaluatie in het najaar"
            "(?:beide kamers|de kamers|de staten-generaal) ontvangen\\b",
            "ontvangen (?:beide kamers|de beide kamers|de kamers|de staten-generaal)\\b",
            # "ontvangt u", "Die ontvangt u in het eerste kwartaal": the letter's second person
            "ontvangt (?:u|jullie)\\b(?! (?:hierbij|bijgaand))",
            "(?:^|[,;] )(?:u|jullie) ontvangt\\b",
            # the verb last, in a clause governed by the promise: "Ik zorg ervoor dat uw Kamer de evaluatie voor de zomer
            # ontvangt"
            "\\b(?:dat|zodat) {u} (?:\\S+ ){0,10}?(?:ontvangt|ontvangen)\\b",
            # "krijgen" in the Kamer's own clause (no other clause opens before it: "dat u aangaf dat ze ... krijgen");
            # "die" or "dat" before the document is its determiner, no clause: "dat u die brief voor de zomer krijgt"
            "\\b(?:dat|zodat) {u} (?:(?!(?:of|wat)\\b|(?:dat|die)\\b(?! (?:\\w+ ){0,2}?{doc}\\b))\\S+ ){0,10}?(?:krijgt|krijgen)\\b",
            # the document as the subject: "De doorrekening komt voor de zomer naar uw Kamer"
            "(?:komt|komen|gaat|gaan) (?:\\w+ ){0,8}?naar {u}",
            "naar {u} (?:toe )?(?:zal |zullen )?(?:komt|komen|gaat|gaan)\\b",
            "(?:volgt|volgen) (?:\\w+ ){0,6}?(?:een|de|het) (?:\\w+ ){0,3}?{doc}",
            # the document said to come: "Die brief komt er", "De reactie komt eraan"
            "(?:die|de|deze|het|dat|een) (?:\\w+ )?{doc} (?:komt|komen) (?:er|eraan|nog)\\b",
            # a document offered or laid before the Kamer, the particle last: "Voor de zomer bied ik uw Kamer de evaluatie
            # aan", "Ik leg uw Kamer in het najaar het wetsvoorstel voor" (an apology offered is no document)
            "(?:bied|biedt|bieden) {self} (?:\\S+ ){0,8}?{u} (?:\\S+ ){0,8}?{doc} (?:\\S+ ){0,4}?aan\\b",
            "{self} (?:bied|biedt|bieden) (?:\\S+ ){0,8}?{u} (?:\\S+ ){0,8}?{doc} (?:\\S+ ){0,4}?aan\\b",
            "(?:leg|legt|leggen) {self} (?:\\S+ ){0,8}?{u} (?:\\S+ ){0,8}?(?:{doc}|\\w*voorstel(?:len)?|\\w*ontwerp)"
            " (?:\\S+ ){0,4}?voor\\b",
            "{self} (?:leg|legt|leggen) (?:\\S+ ){0,8}?{u} (?:\\S+ ){0,8}?(?:{doc}|\\w*voorstel(?:len)?|\\w*ontwerp)"
            " (?:\\S+ ){0,4}?voor\\b",
            "{self} (?:doe|doet|doen) (?:\\S+ ){0,12}?toekomen\\b",
            # coming with what was asked: "Voor het einde van het jaar komen we daarmee"
            "(?:kom|komen|komt) {self} (?:\\w+ ){0,4}?(?:daarmee|hiermee|ermee)\\b",
            "{self} (?:kom|komen|komt) (?:\\w+ ){0,4}?(?:daarmee|hiermee|ermee)\\b",
        ),
        cue="stuur stuurt verstuur verstuurt zend zendt toestuur toestuurt nastuur nastuurt toezend toezendt ontvangt ontvangen"
        " komt komen kom gaat gaan volgt volgen sturen versturen toesturen nasturen zenden toezenden verstrek bied biedt"
        " bieden leg legt leggen toekomen krijgt krijgen lever levert leveren",
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
            # inverted after a time put first: "Binnenkort, in maart, komt er een brief samen met Binnenlandse Zaken"
            "(?:komt|volgt) er (?:\\w+ ){0,3}?(?:een|de|die) (?:\\w+ ){0,2}?"
            "(?!(?:voorjaars|najaars|miljoenen)nota|[\\w-]*begroting){doc}",
            # the budget documents come by law on fixed days: "Het kabinet komt met de Voorjaarsnota" promises nothing
            # (not the noun "het beschikbaar komen van zelfmeldlocaties", which "van" follows)
            "{gov} … (?:kom|komen(?! van\\b)|komt) … met (?:een|de|die|het) … (?!(?:voorjaars|najaars|miljoenen)nota|[\\w-]*begroting){doc}",
            "{gov} … te komen met (?:een|de|die)",
            # a plural without its article: "Maar ik kom wel degelijk met voorstellen, een AMvB en concrete maatregelen"
            "(?:{gov} (?:kom|komen|komt)|(?:kom|komen|komt) {gov}) (?:\\w+ ){0,4}?met (?:\\w+ )?(?:voorstellen|plannen|notities"
            "|brieven|rapportages|analyses|evaluaties|wetsvoorstellen)\\b",
            # an answer to come: "Ik kom spoedig na de zomer met een antwoord hoe ik daar invulling aan geef"
            "{gov} … (?:kom|komen|komt) … met (?:een|het) (?:\\w+ )?antwoord\\b",
            "(?:kan|kunnen|zal|zullen|ga|gaan|gaat) {self} … per brief",
            "{self} (?:kan|kunnen|zal|zullen|ga|gaan|gaat) … per brief",
            "{gov} … met (?:een|de|die) (?:\\w+ ){0,2}?(?!(?:voorjaars|najaars|miljoenen)nota|[\\w-]*begroting){doc} …"
            " (?:te |mag |zal )?komen",
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
            "(?:in|bij|met) {coming} (?:\\w+ ){0,2}?{doc},? … (?:zal|zullen|wordt|worden|ga|gaan|wil|willen|kom|komt) … {ingaan}",
            "(?:zal|zullen|wordt|worden|ga|gaan|wil|willen) … {ingaan} … (?:in|bij) {coming} (?:\\w+ ){0,2}?{doc}",
            "(?:zal|zullen|ga|gaan|wil|willen) (?:\\w+ ){0,3}?(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc} … {ingaan}",
            "(?:daarbij|daarin|hierin) (?:zal|zullen) … {ingaan}",
            # the subject first, the document it just named as "daarin": "We zullen daarin ook ingaan op ..."
            "{self} (?:zal|zullen|ga|gaan|gaat) (?:\\w+ ){0,2}?(?:daarbij|daarin) (?:\\w+ ){0,3}?{ingaan}",
            # a place in a named document to come: "Dat zal ook een plek krijgen in de Nota Ruimte"
            "(?:zal|zullen) (?:\\w+ ){0,4}?(?:een )?(?:plek|plaats) krijgen in {coming} (?:\\w+ ){0,2}?{doc}",
            # a point that will stand in a document to come: "Dat zal zijn in de voortgangsbrief na de zomer"
            "(?:dat|dit|het|die) (?:zal|zullen) (?:\\w+ ){0,2}?(?:zijn|staan|terugkomen) in {coming} (?:\\w+ ){0,2}?{doc}",
            # the point comes in the next one of a series: "Het komt bij de volgende rapportage, in het najaar"
            "(?:dat|dit|het|die) (?:komt|komen) (?:\\w+ ){0,2}?(?:in|bij) (?:de|het) (?:eerst)?volgende (?:\\w+ )?{doc}",
            # "In de volgende voortgangsrapportage, die u in het najaar ontvangt, ga ik in op de wachttijden"
            "(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc},? … (?:ga|gaan|gaat) (?:ik|we|wij|het kabinet) (?:\\w+ ){0,3}?in op",
            # the verb first: "Ik ga voor de zomer in een brief in op de uitkomsten"
            "(?:{self} (?:ga|gaan|gaat)|(?:ga|gaan|gaat) {self}) (?:\\w+ ){0,6}?(?:in|bij) {coming} (?:\\w+ ){0,2}?{doc}"
            " (?:\\w+ ){0,6}?in op\\b",
            "(?:daarbij|daarin) (?:betrek|betrekken|neem|nemen|schets|schetsen|ga|gaan|betrekt|neemt|schetst|gaat) {self}",
            # the subject first, the document its own: "Het kabinet gaat in zijn reactie op het IBO-rapport nader in op de acties"
            "{gov} (?:gaat|gaan|ga|zal|zullen) (?:\\w+ ){0,2}?(?:in|bij) (?:{coming}|zijn|haar|hun) (?:\\w+ ){0,2}?{doc} … in op\\b",
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
        cue="plek plaats *brief *brieven *rapportage *nota ingaan ga gaan gaat ingegaan meenemen meegenomen betrekken betrokken schetsen schets geschetst opnemen opgenomen inzicht aandacht verhelderen toelichten uiteenzetten rij terugkomen beschrijven beschreven bod betrek neem nemen waarmee onderdeel deel toelichting betrekt neemt schetst",
        action="report",
        confidence=0.75,
        overrides=("reject.in_document",),
        notes="A point a promised document will cover: 'in die reactie zal worden ingegaan op'.",
    ),
    Rule(
        "investigate.future",
        (
            "{gov} … {wil} … {onderzoeken}",
            "het kabinet gaat … {onderzoeken}",
            "(?:{wil} {gov}|gaat het kabinet) … {onderzoeken}",
            "laat {self} … (?:{onderzoeken}|meenemen|stellen|nagaan)",
            # research commissioned: "Om die reden laat ik vervolgonderzoek doen", "ik laat een onderzoek uitvoeren"
            "laat {self} (?:\\w+ ){0,6}?\\w*onderzoek (?:\\w+ ){0,4}?(?:doen|uitvoeren|verrichten)\\b",
            "{self} laat (?:\\w+ ){0,6}?\\w*onderzoek (?:\\w+ ){0,4}?(?:doen|uitvoeren|verrichten)\\b",
            # the plural after a fronted phrase ("Om die reden laten wij vervolgonderzoek doen"); opening its clause,
            # "laten wij" is "let us", a proposal
            "(?<!^)(?<![,;:]\\s)(?<!\\bmaar\\s)(?<!\\ben\\s)laten (?:wij|we) (?:\\w+ ){0,6}?\\w*onderzoek (?:\\w+ ){0,4}?"
            "(?:doen|uitvoeren|verrichten)\\b",
            "(?:^|\\ben |, )laat … naar {onderzoeken}",
            "(?:zoek|zoeken|zoekt) {gov} … uit",
            "{gov} (?:zoek|zoeken|zoekt) … uit",
            "{self} … (?:maak|maken|maakt) … (?:inventarisatie|analyse|overzicht)",
            "als huiswerk(?:opdracht)? meenemen",
        ),
        cue="onderzoeken bestuderen bekijken bezien kijken nagaan uitzoeken inventaris* verkennen beschouwen analyse* evalueren kaart doorlichten overzicht laat zoek zoeken zoekt huiswerk* *onderzoek monitoren",
        action="investigate",
        confidence=0.8,
        notes="'ik ga (daar)naar kijken', 'zal ik onderzoeken', 'laat ik dat als huiswerk meenemen', 'laat hier"
        " nader naar kijken'.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "investigate.present",
        (
            # the verb agrees with its subject: in "daarna hebben we onderzoek gedaan naar hoe ..." the "onderzoek" after
            # "we" is the noun, and the perfect's "heb ik" takes it as a noun too ("heb ik onderzoek laten doen")
            "(?<!\\bheb\\s)(?<!\\bhad\\s)(?:ik (?:onderzoek|bekijk|verken|inventariseer)|(?:wij|we) (?:onderzoeken|bekijken|verkennen"
            "|inventariseren)|het kabinet (?:onderzoekt|bekijkt|verkent|inventariseert))"
            " (?:\\w+ ){0,6}?(?:of|hoe|wat|welke|waar|wanneer|in hoeverre)\\b",
            # the separable "nagaan" at the end of its clause or before what is checked: "Dat ga ik na", "Ik ga na of ..."
            # (not "ik ga na de zomer ...", a preposition)
            "(?:{self} (?:ga|gaan|gaat)|(?:ga|gaan|gaat) {self}) (?:\\w+ ){0,6}?na(?=\\s*(?:[.,;:!?]|$)|\\s+(?:en|of|wat|hoe|welke|wanneer"
            "|waarom)\\b)",
            # asking around inside the ministry: "Dan vraag ik even in huis uit of dit haalbaar is"
            "(?:{self} (?:vraag|vragen|vraagt)|(?:vraag|vragen|vraagt) {self}) (?:\\w+ ){0,4}?uit (?:of|hoe|wat|welke|wanneer)\\b",
            # work commissioned, with its time: "Het ministerie van IenW laat in de eerste helft van 2023 door het NLR
            # berekenen welke concentraties ..."
            "{gov}(?: van [\\w-]+)? laat (?:\\S+ ){0,30}?(?:{onderzoeken}|berekenen|doorrekenen|uitvoeren)\\b",
        ),
        cue="onderzoek onderzoeken bekijk bekijken verken verkennen inventariseer inventariseren laat vraag vragen ga gaan onderzoekt bekijkt verkent inventariseert gaat vraagt",
        action="investigate",
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The present tense of investigating a question: spoken, 'Ik onderzoek samen met de regio hoe ...'"
        " promises; written, it needs a time ahead (it may describe work under way).",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "willing",
        ("(?:ben|zijn|is) … bereid … (?:om|te)", "{self} (?:\\w+ )?bereid (?:om|te)", "bereid (?:ben|zijn) (?:om|te)"),
        cue="bereid",
        action="infer",
        confidence=0.75,
        requires=r"\b(?:ik|wij|we|regering|kabinet|minister|staatssecretaris|nederland)\b",
        notes="'ik ben bereid om te onderzoeken', 'de regering is bereid de Kamer te informeren': willingness to a"
        " concrete act counts.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "talks.partner_first",
        # the partner between the verb and the phrase: "We gaan daar met de provincies over in gesprek"; not talks with
        # the Kamer itself (a debate)
        (
            # (the partner's words as written: "met de collega's van OCW, SZW en VWS in gesprek")
            "(?:{self} (?:ga|gaan|gaat)|(?:ga|gaan|gaat) {self}) (?:\\w+ ){0,4}?met (?!(?:u|jullie|uw|de kamer|de commissie|de kamerleden)\\b)"
            "(?:[\\w'’,-]+ ){1,8}?in (?:gesprek|overleg)\\b",
        ),
        cue="gesprek overleg",
        action=TALKS,
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Talks announced with the partner first, spoken ('We gaan daar met de provincies over in gesprek') or"
        " written with a time ahead (without one a letter states a plan).",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "talks",
        (
            "(?:{gov} … {zal}|het kabinet gaat) … " + _TALK_ACTS,
            "(?:(?:{zal} {gov}|gaat {gov})|zullen (?:[\\w-]+ ){1,6}?en {self}) … " + _TALK_ACTS,
            "(?:gesprek|overleg) (?:ga|gaan|gaat) {self} … aan",
            "(?:ga|gaan|gaat) {self} … (?:gesprek|overleg) aan\\b",
            "{self} (?:ga|gaan|gaat) … (?:gesprek|overleg) (?:[\\w-]+ ){0,6}?aan\\b",
            "{gov} (?:ga|gaan|gaat) (?:\\w+ ){0,3}?in (?:gesprek|overleg) met",
            "(?:ga|gaan|gaat) {self} (?:\\w+ ){0,3}?in (?:gesprek|overleg) met",
            "laten we … (?:gesprek|overleg) … voeren",
            # entering talks is an act, also in the present tense: "ik treed hierover in overleg met de gemeenten"
            "{gov} (?:\\w+ ){0,4}?(?:treed|treedt|treden) (?:\\w+ ){0,6}?in (?:overleg|gesprek|contact)",
            "(?:treed|treedt|treden) {gov} (?:\\w+ ){0,6}?in (?:overleg|gesprek|contact)",
            "{gov} … {zal} … in (?:overleg|gesprek|contact) (?:te )?treden",
            "{gov} gaat … in (?:overleg|gesprek|contact) (?:te )?treden",
            # passing the Kamer's request on: "Ik ga uiteraard het verzoek overbrengen aan de Commissie"
            "(?:{self} (?:\\w+ ){0,2}?(?:ga|gaan|gaat|zal|zullen)|(?:ga|gaan|zal|zullen|gaat) {self}) (?:\\w+ ){0,6}?(?:verzoek|vraag|signaal"
            "|suggestie|zorgen|wens)\\w* (?:\\w+ ){0,2}?(?:overbrengen|doorgeven|doorgeleiden)\\b",
            # "ga ik zeker aandacht vragen voor de prioriteit van de maatregelen"
            "(?:{self} (?:\\w+ ){0,2}?(?:ga|gaan|gaat|zal|zullen)|(?:ga|gaan|zal|zullen|gaat) {self}) (?:\\w+ ){0,8}?aandacht vragen voor\\b",
            # coming to talk it over with the Kamer: "Daar komen we met uw Kamer over te praten, dit najaar"
            "(?:kom|komen|komt) {self} (?:\\w+ ){0,3}?met {u} (?:\\w+ ){0,3}?te (?:praten|spreken)",
            "{self} (?:kom|komen|komt) (?:\\w+ ){0,3}?met {u} (?:\\w+ ){0,3}?te (?:praten|spreken)",
            # raising a point in a talk: "Ik wil dit graag opbrengen in een gesprek met de burgemeester"
            "{gov} … {wil} … (?:opbrengen|inbrengen|aankaarten|agenderen)\\b",
            "{gov} gaat … (?:opbrengen|inbrengen|aankaarten|agenderen)\\b",
            "(?:{wil} {gov}|gaat {gov}) … (?:opbrengen|inbrengen|aankaarten|agenderen)\\b",
        ),
        cue="overleg contact gesprek dialoog orde bespreken opvolging navragen belletje aandacht sprake appel beroep praten"
        " spreken opbrengen inbrengen aankaarten agenderen overbrengen doorgeven doorgeleiden",
        action=TALKS,
        confidence=0.75,
        notes="Concrete acts promised to the Kamer: consulting a party, raising a point abroad.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "talks.present",
        (
            "{self} (?:breng|brengen|brengt) (?:\\w+ ){0,8}?(?:onder de aandacht|ter sprake|aan de orde)",
            "(?:breng|brengen|brengt) {self} (?:\\w+ ){0,8}?(?:onder de aandacht|ter sprake|aan de orde)",
            "{self} (?:geleid|geleiden|geef|geven|leg|leggen|geeft|legt) (?:\\w+ ){0,8}?door (?:naar|aan) (?:de|mijn|onze|het)",
            "(?:geleid|geleiden|geef|geven|leg|leggen|geeft|legt) {self} (?:\\w+ ){0,8}?door (?:naar|aan) (?:de|mijn|onze|het)",
        ),
        cue="aandacht sprake orde geleid geleiden geef geven leg leggen geeft legt",
        action="other",
        confidence=0.6,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Raising the Kamer's point with someone else, in the present tense of speech: 'Ik breng het onder"
        " de aandacht van de Raad voor de rechtspraak', 'ik geleid die vraag door naar de collega van VWS'.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "decide.future",
        (
            "(?:{gov} … {zal}|het kabinet gaat) … (?:besluiten|beslissen|een (?:\\w+ )?(?:besluit|beslissing) nemen"
            "|(?:een |mijn |ons )?standpunt (?:\\w+ ){0,2}?(?:innemen|bepalen))\\b",
            "(?:{zal} {gov}|gaat {gov}) … (?:besluiten|beslissen|een (?:\\w+ )?(?:besluit|beslissing) nemen"
            "|(?:een |mijn |ons )?standpunt (?:\\w+ ){0,2}?(?:innemen|bepalen))\\b",
        ),
        cue="besluiten beslissen besluit beslissing standpunt",
        action="other",
        confidence=0.65,
        notes="A decision or position to come on a question before the Kamer: 'zal het kabinet rond de zomer"
        " besluiten over het plan', 'zal ik daar een standpunt over innemen'.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "act.take_into",
        (
            "{self} (?:betrek|betrekken|betrekt) (?:\\w+ ){0,6}?(?:bij|in) {into}",
            "(?:betrek|betrekken|betrekt) {self} (?:\\w+ ){0,6}?(?:bij|in) {into}",
            "{self} (?:neem|nemen|neemt) … mee (?:in|bij) {into}",
            "(?:neem|nemen|neemt) {self} … mee (?:in|bij) {into}",
            # the verb last, in a clause: "Laat ik zorgen dat ik dat in dat korte briefje meeneem"
            "{self} (?:\\w+ ){0,4}?(?:in|bij) {into} (?:\\w+ )?(?:meeneem|meenemen|opneem|opnemen)\\b",
            # the document put first: "in de brief die voor de stemmingen komt, neem ik deze suggestie mee"
            "(?:in|bij) {into} … (?:neem|nemen|neemt) {self} … mee\\b",
            # to include in a document or talk: "Dat nemen wij op in de brief"
            "{self} (?:neem|nemen|neemt) (?:\\w+ ){0,6}?op in {into}",
            "(?:neem|nemen|neemt) {self} (?:\\w+ ){0,6}?op in {into}",
            # "Uiteraard nemen we daar ook het subsidiebeheer in mee": what was just promised
            "(?:neem|nemen|neemt) {self} (?:daar|hier) (?:\\w+ ){0,6}?in mee\\b",
            # adopting the Kamer's suggestion: "Daarom neem ik de suggestie over om ..."
            "(?:neem|nemen|neemt) {self} (?:\\w+ )?(?:de|het|die|dat|deze|dit|uw) (?:\\w+ )?(?:suggestie|voorstel|aanbeveling|aanbevelingen|verzoek)"
            " (?:\\w+ ){0,3}?over\\b",
            "{self} (?:neem|nemen|neemt) (?:\\w+ )?(?:de|het|die|dat|deze|dit|uw) (?:\\w+ )?(?:suggestie|voorstel|aanbeveling|aanbevelingen|verzoek)"
            " (?:\\w+ ){0,3}?over\\b",
        ),
        cue="betrek betrekken mee neem nemen meeneem opneem suggestie voorstel aanbeveling* verzoek betrekt neemt",
        action=TAKEN_INTO,
        confidence=0.65,
        notes="Taking a point into a revision, decision or document still to come, in the present tense of the"
        " act: 'ik betrek dit bij de herziening van de regeling', 'dat neem ik mee in de evaluatie'.",
        cabinet_needs_time_in_writing=True,
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
            "(?:zal|zullen) (?:\\S+ ){0,24}?{u} (?:\\S+ ){0,3}?gelegenheid (?:\\S+ ){0,3}?(?:worden |wordt )?(?:gegeven|geboden)\\b",
            "{gov} (?:\\S+ ){0,3}?(?:zal|zullen|wil|ga) (?:\\S+ ){0,12}?{u} (?:\\S+ ){0,3}?gelegenheid (?:\\S+ ){0,3}?(?:geven|bieden)\\b",
            "{u} (?:zal|zullen) (?:\\S+ ){0,8}?gelegenheid (?:\\S+ ){0,2}?krijgen\\b",
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
            # not "stel ik voor om ... te": that proposes the debate's order or the advice on a motion; not the reflexive
            # "ik stel mij voor dat" either, which imagines
            "(?:{self} (?:stel|stellen|stelt)|(?:stel|stellen|stelt) {self}) (?:(?!mij |me |ons )\\w+ ){0,2}?voor dat (?:ik|we|wij)\\b",
        ),
        cue="stel stellen stelt",
        action="infer",
        confidence=0.55,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="Proposing one's own act in a debate: 'Ik stel voor dat ik hierin uitgebreid stilsta bij de"
        " voortgang', 'Dan stel ik voor dat we ook het Europese perspectief meenemen'; in writing with a time.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "toezegging.agreement",
        ("(?:laten we|laten wij|ik stel voor dat (?:we|wij)) (?:\\w+ ){0,2}?afspreken dat {self}",),
        cue="afspreken",
        action="infer",
        confidence=0.7,
        notes="A spoken agreement about what the government will do: 'Laten we afspreken dat ik daar voor de"
        " begrotingsbehandeling op terugkom'.",
    ),
    Rule(
        "respond.future",
        (
            # not "willen": in a debate "Ik wil proberen om de vragen zo snel mogelijk te beantwoorden" is the debate
            "{gov} … {zal} … " + _ANSWER,
            "{gov} gaat … " + _ANSWER,
            "(?:{zal} {gov}|gaat {gov}) … " + _ANSWER,
            "{gov} (?:reageer|reageert|reageren) … op",
            "(?:reageer|reageert|reageren) {gov} … op",
            # answering in the present, with its time: "De minister beantwoordt de vragen voor de stemmingen schriftelijk"
            "{gov} (?:beantwoord|beantwoordt|beantwoorden) (?:de|die|deze|uw|alle) ",
            "(?:beantwoord|beantwoordt|beantwoorden) {gov} (?:\\w+ ){0,4}?(?:de|die|deze|uw|alle) ",
            "(?:zal|zullen|wordt|worden) (?:\\w+ ){0,8}?(?:worden )?beantwoord\\b",
            # the act as a noun: "Beantwoording zal zo spoedig mogelijk plaatsvinden"
            "(?:beantwoording|toezending|verzending|oplevering|publicatie) (?:\\w+ ){0,6}?(?:zal|zullen|kan|wordt) (?:\\w+ ){0,6}?"
            "(?:plaatsvinden|plaats te vinden)\\b",
        ),
        cue="reageren beantwoorden reageer reageert beantwoord beantwoordt plaatsvinden reactie",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        notes="Answering with a time to come: 'het kabinet zal voor de zomer op het advies reageren', 'ik"
        " reageer na de zomer op het rapport'.",
    ),
    Rule(
        "respond.in_writing",
        # an answer promised in writing is a document to come, with or without a time: "Die vraag zal ik schriftelijk
        # beantwoorden", "Ik ga ervan uit dat ik dat schriftelijk doe", "Ik kan mijn collega vragen om dat schriftelijk
        # te doen". Not the noun ("het schriftelijk overleg") nor what was done in writing (the past tense's veto).
        (
            "(?:{self} (?:\\w+ ){0,4}?|(?:zal|zullen|ga|gaan|gaat|wil|willen|kan|kunnen|doe|doen) {self} (?:\\w+ ){0,2}?)"
            "(?:dat|dit|het|die|deze|hem|ze) (?:\\w+ ){0,3}?schriftelijk (?:\\w+ )?(?:doe|doen|te doen|beantwoord|beantwoorden"
            "|te beantwoorden|afdoe|afdoen|af te doen|toelicht|toelichten|toe te lichten)\\b",
            "(?:dat|dit|het|die|deze) (?:\\w+ ){0,2}?(?:zal|zullen|ga|gaan|doe|doen|beantwoord|beantwoorden) {self}"
            " (?:\\w+ ){0,3}?schriftelijk\\b(?! (?:overleg|vragen)\\b)",
            "(?:vraag|vragen) (?:\\w+ ){0,4}?(?:om )?(?:dat|dit|het|die vragen?) (?:\\w+ ){0,4}?schriftelijk te (?:doen|beantwoorden)\\b",
        ),
        cue="schriftelijk",
        action="send",
        confidence=0.7,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="An answer promised in writing, spoken: 'Die vraag zal ik schriftelijk beantwoorden'; in a letter only"
        " with a time ahead.",
    ),
    Rule(
        "do_that",
        # not "doen alsof" (pretending), another verb
        (
            "(?:dat|dit|het) (?:{wil}|gaat) {self} … doen(?! alsof\\b)",
            "{self} (?:{wil}|gaat) (?:dat|dit|het) … doen(?! alsof\\b)",
            "(?:{wil}|gaat) {self} (?:dat|dit|het) … doen(?! alsof\\b)",
            # not an infinitive "te gaan doen", whose subject is someone else's: "dat ik X bereid heb gevonden deze
            # verkenning te gaan doen"
            "{self} … (?:dat|dit|het) … (?<!\\bte\\s)(?:zal|zullen|ga|gaan|gaat) doen(?! alsof\\b)",
            # the pro-form with an intention: "Dat hoop ik binnen enkele weken te kunnen doen"
            "(?:dat|dit|het) {intend} {self} (?:\\w+ ){0,5}?te (?:kunnen |zullen )?doen\\b",
            "die {self} (?:gaan|ga|zullen|zal|gaat) doen",
            "^(?:ja,? )?(?:dat )?(?:zullen|gaan) (?:we|wij) (?:\\w+ )?doen\\b",
            # assent to a request in speech: "Ik kan dat zeker doen"
            "{self} (?:kan|kunnen) (?:dat|dit|het) (?:zeker|best|wel|absoluut|prima|gerust) doen\\b",
            "(?:dat|dit|die|het) (?:pak|pakken|pakt) {self} (?:\\w+ ){0,4}?op\\b",
            # taking care of it: "Daar zorg ik voor", "Daar zorgen we dan voor"
            "^(?:ja,? |en |dan )?(?:daar|hier) (?:zorg|zorgen|zorgt) {self} (?:\\w+ ){0,2}?voor(?=\\s*(?:[.,;:!?]|$))",
            "{self} (?:pak|pakken|pakt) (?:dat|dit|die|het) (?:\\w+ ){0,4}?op\\b",
            # the act named by a relative "wat": "dat is echt iets wat ik nadrukkelijk zal doen"
            "(?:iets|dat|dit) wat {self} (?:\\w+ ){0,3}?(?:zal|ga|gaan|zullen|wil|willen) doen\\b",
            # the pseudo-cleft: "Wat ik ook zal doen, is voor de zomer komen met het wetsvoorstel"; not when it only
            # points at the next sentence ("Wat ik wel zal doen, is het volgende."), which says what
            "^wat {self} (?:\\w+ ){0,2}?(?:zal|ga|gaan|zullen) doen,? is\\b(?! (?:het volgende|als volgt)\\W*$)",
            # assent in the present: "Dat doe ik graag", "Dat is iets wat ik zeker graag doe"
            "^(?:ja,? )?(?:dat|dit) (?:doe|doen|doet) {self} (?:\\w+ )?(?:graag|zo (?:snel|spoedig) mogelijk)\\b",
            "(?:iets|dat|dit) wat {self} (?:\\w+ ){0,2}?graag (?:doe|doen)\\b",
        ),
        cue="doen doe doet pak pakken pakt zorg zorgen zorgt",
        action="infer",
        confidence=0.6,
        notes="A pro-form answering the Kamer's request: 'dat zullen we doen', 'dat wil ik graag doen'.",
        cabinet_needs_time_in_writing=True,
    ),
    Rule(
        "future.first_person",
        (
            "(?:(?:ik|ikzelf) zal|zal (?:ik|ikzelf)|zullen (?:[\\w-]+ ){1,6}?en (?:ik|ikzelf)) … " + _FUTURE_ACT,
            # "doen" with the act as its noun: "Ik zal navraag doen binnen het departement", "zal ik een voorstel doen"
            "(?:(?:ik|ikzelf) zal|zal (?:ik|ikzelf)) … " + _ACT_DONE,
        ),
        cue="zal zullen",
        action="infer",
        confidence=0.55,
        notes="The fallback: a first-person future with a verb of action ('zal ik overleg initiëren').",
    ),
    Rule(
        "future.first_person_subordinate",
        # the verb cluster closes a subordinate clause, the middle field between subject and auxiliary
        (
            "\\b(?:dat|omdat|zodat|waarna|waarmee|waarin|waarover|waarop) (?:ik|ikzelf) (?:\\S+ ){0,14}?zal "
            + _FUTURE_ACT,
        ),
        cue="zal",
        action="infer",
        confidence=0.55,
        requires=FUTURE_TIME,
        spoken_without_time=True,
        notes="The fallback in a subordinate clause, where the auxiliary comes last: 'Dat betekent dat ik de"
        " beslissingen vóór 1 juli bekend zal maken'; in writing with a time ahead, as the plain future's plans are.",
    ),
    Rule(
        "future.plural",
        (
            "(?:(?:we|wij) zullen|zullen (?:we|wij)) … " + _FUTURE_ACT,
            "(?:(?:we|wij) zullen|zullen (?:we|wij)) … " + _ACT_DONE,
        ),
        cue="zal zullen",
        action="infer",
        confidence=0.5,
        # in a letter the plural future is the government's plan ("zullen wij met provincies een uitvoeringsagenda
        # opstellen"), a promise only where the Kamer, its motion or a promise is named; in speech it answers the Kamer
        requires="(?:{u}|\\bu\\b|jullie|motie|toezegging|toegezegd|beloofd)",
        spoken_without_time=True,
        notes="The fallback in the plural: in speech ('dan zullen we dat uitzoeken'), in writing only with the Kamer,"
        " a motion or a promise in view ('Conform de motie De Groot zullen we de gebiedsprogramma's beoordelen').",
    ),
    Rule(
        "future.government",
        (
            "(?:{member} (?:zal|zullen)|(?:zal|zullen) {member}) … (?!(?:kunnen|moeten|zijn|hebben|worden|laten"
            "|overlaten|proberen|zeggen|noemen|beantwoorden|reageren|doen|inzetten|ingaan|stemmen|indienen|blijven"
            "|spreken|" + _NO_ACT + "|" + _NOT_VERBS_IN_EN + ")\\b)[a-zà-ÿ]{3,}(?:en|eren)\\b",
            "(?:{member} (?:zal|zullen)|(?:zal|zullen) {member}) … " + _ACT_DONE,
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
