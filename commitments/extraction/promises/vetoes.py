"""The vetoes: why a sentence that looks like a promise is not one.

A veto is looked for in the clause around the match (so "..., maar dat zou ik kunnen onderzoeken" does not
undo a promise before the comma), or in the whole sentence where its scope says so; `unless` lifts it, and
`governs` says whether it also holds in the clauses its clause governs. The template language is that of
templates.py; tests/extraction/test_rules.py keeps an example sentence of our own for every veto.
"""

from __future__ import annotations

from .templates import FUTURE_TIME, MONTH, Rule

# The participles of sending a document to the Kamer, which the present passive takes ("wordt u toegezonden").
_SENT = "(?:{sent}|voorgehangen)"

# "moeten" that is not the verb a relative pronoun opens ("de stappen die moeten worden gezet")
_NOT_A_RELATIVES_MOETEN = "(?<!\\bdie\\s)(?<!\\bdat\\s)(?<!\\bwelke\\s)moeten\\b"

# "niet" that negates the promise; not the "niet" of a bound ("niet later dan 1 juni", "niet meer dan twee"), of "not
# only" ("niet alleen ..., maar ook") or of not failing to do it ("Ik zal niet nalaten uw Kamer te informeren")
_NEGATING_NIET = (
    "niet(?! (?:alleen|enkel|slechts|uitsluitend|later dan|eerder dan|meer dan|minder dan|nalaten|verzuimen)\\b)"
)

# What an offer's "kan ik" reaches in its own clause (no "dat" between), not what it tells now ("melden dat").
_OFFERED = "(?:(?!dat )\\w+ ){0,8}?(?:{informeren}|ingaan|in gaan|terugkomen)(?! dat\\b)"

REJECTION_RULES: tuple[Rule, ...] = (
    Rule(
        "reject.informs_now",
        (
            "(?:(?:wil|willen) {self}|{self} (?:wil|willen)) (?:\\w+ ){0,4}?(?:u|uw kamer|de kamer|jullie)"
            # with its content after it ("informeren over de uitkomsten"); "daar wil ik u over informeren" offers
            " (?:\\w+ ){0,6}?(?:informeren|berichten|op de hoogte (?:stellen|brengen)) (?:over|van)\\b",
            # with what is told in a complement: "wil ik u laten weten dat een onderzoek is gestart"
            "(?:(?:wil|willen) {self}|{self} (?:wil|willen)) (?:\\w+ ){0,4}?(?:u|uw kamer|de kamer|jullie)"
            " (?:\\w+ ){0,4}?(?:laten weten|melden|berichten|mededelen|meedelen|informeren) dat\\b",
        ),
        unless=FUTURE_TIME,
        notes="'Graag wil ik u informeren over ...' without a time to come is the informing itself, in a letter or a"
        " speech: 'Nu dit overleg is afgerond willen wij u informeren over de uitkomsten', 'wil ik u laten weten dat'.",
    ),
    Rule(
        "reject.work_under_way",
        (
            # the present with "now" is work under way, reported, not promised: "Ik onderzoek momenteel of er
            # mogelijkheden zijn om op korte termijn duidelijkheid te bieden", "Ik bekijk nu of de versobering ..."
            "{self} (?:onderzoek|onderzoeken|bekijk|bekijken|bezie|bezien|verken|verkennen|inventariseer"
            "|inventariseren|kijk|kijken|onderzoekt|bekijkt|beziet|verkent|inventariseert|kijkt) (?:\\w+ ){0,2}?(?:nu|momenteel|op dit moment|thans)\\b",
            "(?:nu|momenteel|op dit moment|thans) (?:onderzoek|onderzoeken|bekijk|bekijken|bezie|bezien|verken|verkennen"
            "|inventariseer|inventariseren|kijk|kijken|onderzoekt|bekijkt|beziet|verkent|inventariseert|kijkt) {self}\\b",
        ),
        notes="Work under way: 'Ik onderzoek momenteel of ...' (the corpus README: 'is momenteel bezig met').",
    ),
    Rule(
        "reject.courtesy",
        (
            "(?:complimenten|dank|felicitaties|groeten|waardering)\\b (?:\\w+ ){0,20}?(?:doorgeven|overbrengen|doorgegeven"
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
            # how the Kamer is informed, told before: "In dat debat heb ik al gezegd hoe ik de Kamer daarover informeer"
            "\\bhoe (?:ik|we|wij|het kabinet) (?:\\w+ ){0,4}?(?:informeer|informeren|bericht|berichten)\\b",
            # the manner put before the verb: "ik wil dit wel op een zorgvuldige manier doen", "in Europees verband doen"
            "(?:dit|dat|het) (?:\\w+ ){0,3}?(?:op een (?:\\w+ ){0,4}?(?:manier|wijze)|in (?:\\w+ )?verband) doen\\b",
            "(?<!\\biets\\s)(?<!\\bdat\\s)(?<!\\bdit\\s)\\b(?:wat|hoe) {self} (?:\\w+ ){0,3}?(?:ga|gaan|zal|zullen|wil"
            "|willen) doen\\b(?!,? is\\b)",
        ),
        # what or how, as what the Kamer will be told: "Ik zal uw Kamer voor de zomer laten weten hoe ik dat ga doen"
        unless="(?:weten|{informeren}|aangeven|toelichten|schetsen|vertellen|uiteenzetten) (?:\\S+ ){0,3}?(?:wat|hoe) {self}\\b"
        "|^(?:wat|hoe) {self} (?:\\S+ ){0,6}?doen,? (?:\\S+ ){0,10}?(?:weten|{informeren}|{informeer}|aangeven|schetsen"
        "|vertellen)\\b",
        notes="How something is to be done, or what, not a promise that it will be: 'wil ik dit wel graag doen in"
        " overleg met mijn collega', 'we willen dit zorgvuldig doen', 'We hadden het over wat we internationaal gaan"
        " doen'.",
    ),
    Rule(
        "reject.answer_order",
        # turning to the next part of this answer; the whole sentence is its order, the clause before too ("Ik zal
        # starten met detentie, vervolgens ga ik naar forensische zorg ...")
        (
            "(?:^|[,;:] |\\b(?:vervolgens|daarna|dan|tot slot|ten slotte|als laatste|eerst) )(?:ga|kom|gaat|komt) {self} "
            "(?:\\w+ )?(?:door )?(?:naar|bij|toe aan)\\b(?! (?:u|jullie|(?:de|het|uw) kamer)\\b)(?!.*\\bterug)",
            # saying something first or later in this speech: "Ik zal dat doen op de onderwerpen politie en overig, maar
            # niet dan nadat ik eerst wat gezegd heb over de NAVO-top"
            "(?:eerst|straks|daarna|vervolgens) (?:\\w+ ){0,3}?(?:iets|wat|een paar woorden) (?:\\w+ )?(?:gezegd heb|gezegd"
            " hebben|zeggen|vertellen)\\b",
        ),
        scope="sentence",
        notes="The order of the answers in a debate: 'Dan ga ik naar de motie op stuk nr. 59', 'Dan kom ik bij de"
        " moties'; what the motion asks, read out after it, is no promise either.",
    ),
    Rule(
        "reject.signpost",
        # The bracket is an insertion that a clause's reading leaves out: the veto holds for the whole sentence. Only a
        # bracket that closes the sentence says where the announced part stands; a cross-reference inside it ("zal ik
        # (zie bijlage 2) uw Kamer informeren", "over de pilots (bijlage 3) informeer ik u na de zomer") points the
        # reader to background and leaves the promise as it is.
        ("\\((?:hoofdstuk|paragraaf|par\\.|§|bijlage) ?\\d[^()]{0,40}\\)\\W*$",),
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
            "(?:dat|zodat) (?:wij|we|ik) (?:\\w+ ){0,3}?(?:op de hoogte|geïnformeerd) (?:worden|word|blijven|blijf)\\b",
            # the receiver before the verb at the end of the clause: "De nota van wijziging zal ik voor advies bij de Raad
            # van State voorleggen", "Ik verwacht het ontwerpbesluit in mei naar de Raad van State te sturen"
            "(?:aan|bij|naar) (?:de|het) (?!(?:tweede |eerste |beide )?kamers?\\b|staten-generaal|commissie|parlement)[a-zà-ÿ]+"
            "(?: (?:van|voor) [a-zà-ÿ]+(?: [a-zà-ÿ]+)?)? (?:voorleggen|voor te leggen|aanbieden|aan te bieden|sturen"
            "|te sturen|zenden|te zenden|toezenden|toe te zenden)\\b",
            # a proposal inside the government: "en hiervoor een voorstel doen aan het kabinet"
            "(?:doen|voorleggen|sturen|aanbieden|voorstellen) aan (?:het kabinet|de ministerraad)\\b",
            # a promise made to others and told to the Kamer: "Ik heb ze toegezegd dat ik het gesprek aanga", "Vandaag heb
            # ik het Veiligheidsberaad per brief geïnformeerd dat het kabinet ... wil verkennen"
            "(?:heb|hebben|heeft|is|zijn) (?:[\\w-]+ ){0,3}?(?:ze|hen|hun) (?:\\w+ ){0,3}?(?:toegezegd|beloofd|verzekerd)\\b",
            "(?:heb|hebben|heeft) {self} (?:het|de) (?!(?:tweede |eerste |beide )?kamers?\\b|staten-generaal|commissie|parlement)"
            "[a-zà-ÿ]+ … (?:geïnformeerd|bericht|laten weten|toegezegd|beloofd) dat\\b",
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
            # the speaker's own discretion: "op het moment dat ik daar wel de meerwaarde van zie"
            "(?:als|indien|wanneer|zodra|op het moment dat) {self} (?:\\w+ ){0,4}?(?:meerwaarde|noodzaak|nut|reden)"
            " (?:\\w+ ){0,2}?(?:zie|zien|inzie|inzien)\\b",
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
            # the speaker's own words as they would or will be said: "dan zou ik zeggen: trek 'm in"
            "(?:zal|zou|zouden|zullen) {self} (?:\\w+ ){0,2}?(?:zeggen|antwoorden|vragen|denken):",
            # the speaker's own words as they were said then: "Omdat de nood hoog was, hebben we toen gezegd: wij gaan
            # kijken ...", "Ik herhaal wat ik in de uitzending heb gezegd: als er ..."
            "(?:heb|hebben) {self} (?:\\w+ ){0,3}?(?:gezegd|geantwoord|geschreven):",
            "{self} (?:\\w+ ){0,4}?(?:heb|hebben) (?:gezegd|geantwoord|geschreven):",
            # third persons, present and plural: "Maar ze zeggen daarbovenop: we willen ..."
            "(?:zij|ze|die|men) (?:zeggen|schrijven|vragen)(?: \\w+){0,2}?:",
        ),
        scope="sentence",  # the quote follows the colon, outside the clause that introduces it
        notes="Someone else's words quoted after a colon: 'want zij heeft gezegd: ik wil hier wat aan doen'; the"
        " speaker's own words as they would be said: 'Dan zal ik zeggen: omdat we ...'.",
    ),
    Rule(
        "reject.done_since",
        # anywhere in the sentence: the report of it being done follows the promise after a semicolon or "en"
        (
            "(?:dit|dat|het|deze|die) is (?:inmiddels|reeds|al|intussen) (?:\\w+ ){0,2}?(?:gebeurd|gedaan|uitgevoerd"
            "|verstuurd|gestuurd|verzonden|toegezonden|afgerond|nagekomen|ingelost)\\b",
            # in the perfect of the one who did it or of the Kamer that has it: "en dat heb ik vandaag gedaan", "die brief
            # heeft u inmiddels ontvangen"
            "(?:dat|dit|het) (?:heb|hebben) (?:ik|we|wij) (?:\\w+ ){0,3}?(?:gedaan|verstuurd|gestuurd|toegezonden|nagekomen"
            "|ingelost)\\b",
            "(?:heeft|hebt|hebben) (?:u|de kamer|uw kamer|jullie) (?:\\w+ ){0,2}?(?:inmiddels|al|reeds|intussen|gisteren|vandaag"
            "|vorige week) (?:\\w+ ){0,2}?(?:ontvangen|gekregen)\\b",
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
            # a part of this text named: "In paragraaf 3 van deze brief kom ik terug op ...", "Op de kosten kom ik in
            # paragraaf 3 terug" (a numbered part of another document is named with it: "hoofdstuk 4 van het rapport")
            "(?:paragraaf|hoofdstuk|sectie|bijlage|onderdeel|deel|alinea) (?:\\S+ ){0,2}?(?:van|bij|in) (?:deze|dit|onderhavige)"
            " (?:\\w*brief|nota|notitie)\\b",
            "\\b(?:in|op) (?:de |het )?(?:(?:volgende|vorige|laatste|eerste|tweede|derde|onderstaande|navolgende) )?"
            "(?:paragraaf|paragrafen|hoofdstuk|sectie|alinea)(?: \\d+(?:\\.\\d+)*)?\\b(?! (?:\\S+ ){0,2}?(?:van|uit|bij) (?:de|het|een|die|dat)\\b)",
            "bijgaand",
            "bij dezen",
            # "Bij deze ontvangt u de nota ...": hereby, as "bij dezen"
            "bij deze (?:ontvang|stuu?r|zend|bied|informee?r|bericht|doe|geef|geven|tref|deel|delen)\\w*",
            "bijgevoegd",
            # not the connective "in verband hiermee" (= therefore)
            "(?<!verband\\s)(?<!samenhang\\s)hiermee",
            # the letter being read: "In verband met de kabinetswisseling ontvangt u deze brief nu"
            "(?:ontvangt|krijgt) (?:u|uw kamer|de kamer) (?:\\w+ ){0,2}?(?:deze|dit) (?:\\w*brief|nota|overzicht|verslag)\\b",
            # "Deze brief wordt toegezonden ter voorbereiding op de begrotingsbehandeling"
            "(?:deze|dit|onderhavige) (?:\\w*brief|nota|overzicht|verslag|rapportage) (?:wordt|is) (?:\\w+ ){0,2}?{sent}\\b",
            # the rest of this text: "Hieronder zal ik uw Kamer informeren", "In het onderstaande informeer ik u"
            "hieronder",
            "(?:in het )?onderstaande",
            "(?:in de|de) (?:bijlage|bijlagen) (?:bij deze brief|treft u)",
            "(?:informee?r|stuu?r|zend|bied|doe|geef|geven|ontvang|bericht|meld|deel|delen)\\w* (?:\\w+ ){0,3}?hierbij",
            "hierbij (?:\\w+ ){0,3}?(?:informee?r|stuu?r|zend|bied|doe|geef|geven|ontvang|bericht|meld|deel|delen)\\w*",
            # and in the passive: "Het jaarverslag wordt hierbij aan uw Kamer aangeboden", "Uw Kamer wordt hierbij ...
            # toegestuurd" (not "hierbij" = in doing so: "Hierbij wordt gekeken naar ...", a coming document's content)
            "hierbij (?:\\w+ ){0,8}?(?:{sent}|{informed}|{told})\\b",
            "in (?:het )?(?:antwoord op|de beantwoording van) (?:de )?vra(?:ag|gen) \\d+ (?:ga|zal|wordt)",
            # an earlier promise this document fulfils: "heb ik toegezegd dat ik u bij deze nota nader zal informeren"
            "toegezegd (?:\\w+ ){0,12}?(?:van |bij |in |met )?(?:deze|dit|onderhavige) (?:\\w*brief|nota|notitie|rapportage)\\b",
            # the letter's own plan: "De brief volgt de volgende opbouw:"
            "(?:brief|notitie|nota) (?:volgt|kent|heeft) (?:de volgende|deze|een) (?:\\w+ )?(?:opbouw|indeling|structuur"
            "|volgorde)\\b",
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
            "(?:{zal}|gaat) {self} (?:\\w+ ){0,3}?(?:ingaan|in gaan) op",
            "{self} (?:{zal}|gaat) (?:\\w+ ){0,3}?(?:ingaan|in gaan) op",
        ),
        notes="'Ingaan op' without a coming document is the rest of this text: 'zal ik wat dieper ingaan op'.",
    ),
    Rule(
        "reject.if_the_motion_passes",
        # a promise on condition that a motion or amendment is adopted is left unlabelled (tests/corpus/README.md,
        # "Hedged offers"): "Als de motie toch zou worden aangenomen, ... stuur ik dat nog een keer aan de Kamer toe",
        # "Mocht het amendement worden aangenomen, dan zal ik ..."
        (
            "\\b(?:als|indien|wanneer|zodra|mocht|mochten|stel dat|op het moment dat) (?:\\w+ ){0,3}?(?:motie|amendement)\\w*"
            " (?:\\S+ ){0,6}?(?:wordt|worden|zou worden|zouden worden|is|zijn|zou|zouden) (?:\\w+ )?(?:aangenomen|aanvaard)"
            "(?: worden)?\\b",
        ),
        scope="sentence",
        notes="A promise on condition that a motion passes: 'Mocht de motie worden aangenomen, dan zal ik ...'.",
    ),
    Rule(
        "reject.unmarked_question",
        # a question whose mark a list of questions or a PDF lost: a question word with its finite verb next ("12.
        # Wanneer wordt de Kamer geïnformeerd over ...") or the finite verb first with the government as its subject
        # ("Kan de regering de Kamer voor 1 juli informeren over ..."); a verb first with "dan" after it is a condition
        # ("Wordt de motie aangenomen, dan ...")
        (
            "^(?:\\d+[.)]?\\s+)?(?:wanneer|hoe|waarom|welke|wat|waar|wie|in hoeverre|op welke (?:wijze|manier)|hoeveel"
            "|waarop|waarover|waarmee) (?:wordt|worden|zal|zullen|kan|kunnen|gaat|gaan|is|zijn|heeft|hebben|wil|willen"
            "|moet|moeten|komt|komen|informeert|stuurt)\\b",
            "^(?:\\d+[.)]?\\s+)?(?:kan|kunt|zal|zult|wil|wilt|is|zijn|gaat|gaan|heeft|wordt|deelt|informeert|stuurt|ziet"
            "|acht|overweegt|bent|neemt|komt) (?:de|het|u|uw) (?:regering|minister\\w*|staatssecretaris\\w*|kabinet"
            "|bewindspersonen|bewindslieden)\\b",
        ),
        scope="sentence",
        unless=",\\s*dan\\b",
        notes="A question without its question mark: 'Kan de regering de Kamer voor 1 juli informeren over ...'.",
    ),
    Rule(
        "reject.narrated_promise",
        (
            # the preterite narrates what someone else promised then ("Minister Wiebes kwam de Kamer tegemoet door toe te
            # zeggen dat ...", "De staatssecretaris zegde toe ..."); an open promise is restated in the perfect ("heeft
            # toegezegd"), and the writer's own in the first person
            "(?:hij|zij|ze|(?:de )?(?:minister|staatssecretaris)\\w*) (?:\\w+ ){0,8}?(?:zegde|zegden|beloofde|beloofden)\\b",
            "(?:zegde|zegden|beloofde|beloofden) (?:hij|zij|ze|de (?:minister|staatssecretaris)\\w*)\\b",
            "(?:kwam|kwamen) (?:\\w+ ){0,8}?door toe te zeggen\\b",
        ),
        scope="sentence",
        notes="A past promise told as a story, in the preterite and the third person: 'De staatssecretaris zegde toe"
        " ...', 'Minister Wiebes kwam de Kamer tegemoet door toe te zeggen dat ...'.",
    ),
    Rule(
        "reject.later_than_expected",
        # a delay told against what was expected, with no new time: "Daarom komt de brief dit jaar later dan u van mijn
        # ministerie gewend bent" ("niet later dan de zomer" is a deadline, and a month or season named still promises)
        (
            "later dan (?:\\w+ ){0,2}?(?:gebruikelijk|gepland|voorzien|verwacht|aangekondigd|toegezegd|afgesproken"
            "|u (?:\\w+ ){0,4}?gewend)\\b",
        ),
        scope="sentence",
        unless="(?:in|voor|na|rond|uiterlijk|begin|eind|medio) (?:januari|februari|maart|april|mei|juni|juli|augustus"
        "|september|oktober|november|december|de zomer|het najaar|het voorjaar|de winter)\\b",
        notes="A delay against what was expected, not a promise: 'Daarom komt de brief dit jaar later dan u gewend bent'.",
    ),
    Rule(
        "reject.document_order",
        (
            # the parts of this text in their order: "Allereerst zal ik u informeren over het niet-gebruik van toeslagen",
            # "Ten tweede ga ik in op ..."
            "^(?:allereerst|ten eerste|ten tweede|ten derde|tot slot|ten slotte|tenslotte|als laatste|tot besluit"
            "|achtereenvolgens),? (?:{zal}|gaat) {self}\\b",
            # a following part, with a verb of a text: "Daarna zal ik u meenemen in de stand van zaken"
            "^(?:daarna|vervolgens|eerst),? (?:{zal}|gaat) {self} (?:\\w+ ){0,3}?(?:meenemen in|stilstaan bij|toelichten"
            "|schetsen|bespreken|(?:iets|wat) zeggen over)\\b",
        ),
        scope="sentence",
        unless=FUTURE_TIME,
        notes="The order of this letter or speech, not a promise: 'Allereerst zal ik u informeren over ...', 'Daarna zal"
        " ik u meenemen in ...' (no time ahead: 'Tot slot zal ik u voor de zomer informeren' still promises).",
    ),
    Rule(
        "reject.in_debate",
        (
            "(?:eerste|tweede) termijn",
            "volgende? blok(?:je|jes)?",
            # the debate's own breaks and parts: "na de lunch", "aan het eind van mijn betoog", "bij de beantwoording van
            # de vragen van de heer X"
            "(?:na|voor|tijdens) de (?:lunch|lunchpauze|dinerpauze|avondpauze|pauze)\\b",
            "\\b(?:mijn|ons) betoog\\b",
            "bij (?:de )?beantwoording van de vragen van\\b",
            "daar (?:kom|komt|komen) {self} (?:zo|straks|direct|zometeen|zo meteen)",
            "(?:kom|komt|komen) {self} (?:\\w+ ){0,2}?(?:zo|straks|zometeen|zo meteen|dadelijk|zo dadelijk) (?:\\w+ ){0,5}?(?:op )?terug",
            "{self} (?:kom|komt|komen) (?:\\w+ ){0,2}?(?:zo|straks|zometeen|zo meteen|dadelijk|zo dadelijk) (?:\\w+ ){0,5}?(?:op )?terug",
            # getting to a point later in this answer: "Ik kom daar zo nog op, als ik reageer op ..."
            "(?:{self} (?:kom|komt|komen)|(?:kom|komt|komen) {self}) (?:\\w+ ){0,2}?(?:zo|straks|zometeen|zo meteen|dadelijk"
            "|zo dadelijk) (?:nog )?op\\b",
            # the past of a modal for what the speaker now turns to: "Ik wilde ook nog terugkomen op de suggestie"
            "(?:wilde|wou|wilden) (?:\\w+ ){0,3}?(?:terugkomen|ingaan|in gaan) op",
            # meeting one another again, Kamer and minister: "Daar zullen wij elkaar na het reces weer over spreken"
            "elkaar (?:\\w+ ){0,6}?(?:spreken|zien|treffen)\\b",
            # a debate to come, Kamer and government together: "We zullen daar donderdag over spreken"
            "(?:(?:zullen|gaan) (?:we|wij)|(?:we|wij) (?:zullen|gaan)) (?:daar|hier|er)(?: \\w+){0,6}? over (?:spreken"
            "|debatteren)\\b(?! met)",
            # this debate's own business: the appreciation of amendments and motions, remarks, the start
            "appreci(?:ëren|eer)\\b",
            "(?:(?:{zal}|gaat) {self}|{self} (?:{zal}|gaat)) (?:\\w+ ){0,4}?opmerkingen maken",
            "(?:(?:{zal}|gaat) {self}|{self} (?:{zal}|gaat)) (?:(?:dan|toch|maar|nu|eerst) )*beginnen\\b",
            "het kort (?:te )?houden",
            # voting on a motion or amendment is the members' act: "Wij zullen de motie steunen"
            "(?:motie|amendement)\\w* (?:\\w+ ){0,3}?(?:steunen|ondersteunen|medeondertekenen)\\b",
            "(?:stemmen|stem) (?:\\w+ ){0,2}?(?:voor|tegen) (?:de|die|deze|dat|het|uw|zijn|haar) (?:\\w+ )?(?:motie|amendement)",
            # the speaker closing, illustrating or reading out, now: "Ik zal afronden", "Ik zal u een voorbeeld geven",
            # "Ik zal het even voorlezen"
            "^(?:\\w+,? ){0,2}?(?:{self} (?:zal|ga|gaat|wil)|(?:zal|ga|gaat|wil) {self}) (?:nu |dan |even |snel |graag )?"
            "afronden\\W*$",
            "(?:een|enkele|twee|drie) (?:\\w+ )?voorbeeld(?:en)? (?:\\w+ )?geven\\b",
            "(?:voorlezen|citeren)\\b",
            # looking through one's own answers and papers in the debate: "Ik ga even kijken of ik alle vragen heb gehad"
            "kijken of {self} (?:\\w+ ){0,4}?(?:vragen|vraag|iets|alles) (?:\\w+ ){0,2}?(?:gehad|gemist|beantwoord|vergeten"
            "|overgeslagen|behandeld)\\b",
            "(?:in|naar|door) (?:mijn|onze) (?:papieren|aantekeningen|stukken|lijstje|notities|map)\\b",
            # ("zo spoedig mogelijk beantwoorden" is a time)
            "(?:zo|straks|zometeen|dadelijk)(?! (?:spoedig|snel|goed|veel|volledig|kort|zorgvuldig|uitgebreid)\\b)"
            " (?:\\w+ ){0,2}?(?:antwoorden|beantwoorden)\\b",
            "(?:zo|straks|zometeen|zo meteen|dadelijk) (?:\\w+ ){0,3}?op terug(?:kom|komen| te komen)\\b",
            # the debate's own break: "Ik zal het zo in de schorsing even overleggen"
            "(?:in|tijdens|na) de schorsing\\b",
            # saying it again, now: "Ik zal het nog één keer herhalen"
            "(?:één|een) keer herhalen\\b",
            # a part of this debate's answers: "in het blokje vissers kom ik nog terug op ..."
            "(?:in|bij) (?:het|mijn) blokje\\b",
            "zo meteen",
            "zo dadelijk",
            "eerst de vragen",
            "welke vragen",
            "(?:de|twee|drie|die|alle) (?:\\w+ )?moties",
            "moties (?:bespreken|behandelen|langs)",
            "(?:hoor|zie) (?:ik|we) … terugkomen",
            "later in (?:dit|mijn) (?:debat|betoog|beantwoording)",
            "in mijn beantwoording",
            # the speaker's own part in this debate: "zullen de staatssecretaris en ik onze inbreng per regio opdelen"
            "\\b(?:onze|mijn) (?:inbreng|beantwoording|spreektijd)\\b",
            # what the speaker will say later in this debate: "Ik zal straks aangeven wat de structuur van mijn beantwoording is"
            "(?:straks|dadelijk) (?:\\w+ ){0,3}?(?:aangeven|ingaan|toelichten|zeggen|vertellen|beantwoorden|behandelen|spreken"
            "|woorden aan geven|(?:een )?voorstel doen)\\b",
            # coming to talk of it, now or in a debate to come: "ik kom daar zo direct over te spreken", "Ik stel voor dat we
            # hierover in het volgende debat nader komen te spreken"
            # the Kamer counts as one word, however it is named: "Ik kom daar nog met de Tweede Kamer over te spreken"
            "(?:kom|komen|komt) (?:\\w+ ){0,6}?(?:{u} (?:\\w+ )?)?(?:over )?te spreken\\b",
            "(?:later|straks) (?:\\w+ ){0,3}?(?:uitgebreider|uitvoeriger) (?:\\w+ )?op terug",
            # once more, briefly, now: "Ik kom nog één keer terug op die 30%", "Daarom kom ik er nog even op terug"
            "(?:(?:kom|komen|komt) {self}|{self} (?:kom|komen|komt)) (?:er |daar |hier )?nog (?:één keer|even|eventjes)"
            " (?:\\w+ )?(?:op )?terug",
            # keeping the answer short, taking a paper at hand, answering the last questions: the speech itself
            "(?:(?:{zal}|gaat) {self}|{self} (?:{zal}|gaat)) (?:mij|me|ons) (?:\\w+ ){0,3}?beperken tot\\b",
            "(?:(?:{zal}|gaat) {self}|{self} (?:{zal}|gaat)) (?:\\w+ ){0,4}?(?:er )?(?:\\w+ )?bij pakken\\b",
            "(?:(?:{zal}|gaat) {self}|{self} (?:{zal}|gaat)) (?:nog )?(?:een paar|enkele|wat|de laatste|de resterende|de overige) vragen"
            " (?:\\w+ )?beantwoorden\\b",
            "(?:structuur|opbouw|volgorde|indeling) van (?:mijn|onze|de) beantwoording",
            "(?:straks|alsdan) verder spreken",
            # the answers divided between the members of government: "dan zal de staatssecretaris ingaan op de vragen"
            "(?:zal|zullen|gaat|gaan) {member} (?:\\w+ ){0,3}?(?:ingaan|in gaan|in) op (?:de |alle |een aantal |enkele )?"
            "(?:\\w+ ){0,2}?vragen",
            "{member} (?:zal|zullen|gaat|gaan) (?:\\w+ ){0,3}?(?:ingaan|in gaan|in) op (?:de |alle |een aantal |enkele )?"
            "(?:\\w+ ){0,2}?vragen",
            # returning to a topic of this debate: "Dan kom ik terug op ..." (a promise says "kom ik op terug")
            "(?:dan|nu) (?:kom|komt|komen) {self} (?:(?:nog|even|weer|graag|toch) )*terug op\\b",
            # the particle before its object: "Ik kom terug op het initiatiefwetsvoorstel" turns to it now
            "^{self} (?:kom|komt|komen) (?:(?:nog|even|weer|graag|toch|nu|dan) )*terug op (?:de|het|een|uw|mijn|onze)\\b",
            "aan het (?:einde?|slot)(?: van (?:dit|mijn|deze) \\w+)? (?:kom|komen|ga|gaan|komt|gaat) {self}\\b",
            # taking the Kamer through one's reasons in this speech, not in a document to come
            "(?:u|jullie|de kamer|uw kamer) (?:\\w+ ){0,2}?meenemen (?:in|door|langs) (?:de|mijn|onze|een paar|enkele)"
            " (?:\\w+ )?(?:redenen|overwegingen|afwegingen|gedachten|gedachtegang|stappen|punten)",
            # the topics of the speech in their order: "Dan zal ik spreken over goede ondersteuning" (not "spreken met")
            "(?:{zal}|gaat) {self} (?:(?:eerst|nu|dan|daarna|vervolgens|kort|nog|ook|even|achtereenvolgens) )*"
            "(?:spreken|het hebben) over",
            "{self} (?:{zal}|gaat) (?:(?:eerst|nu|dan|daarna|vervolgens|kort|nog|ook|even|achtereenvolgens) )*"
            "(?:spreken|het hebben) over",
            # a part of the speech itself: "In mijn inleiding zal ik eerst de hoofdlijnen schetsen"
            "in (?:mijn|deze|dit) (?:inleiding|betoog)",
            # the order of the text itself: "Vervolgens ga ik in op", "Daarbij ga ik eerst in op", "Tot slot sta ik stil bij"
            "(?:vervolgens|eerst|allereerst|daarna|ten ?slotte|tot slot|achtereenvolgens|als eerste|kort)"
            " (?:\\w+ ){0,4}?(?:in op|stil bij)\\b",
            "(?:ga|gaan|sta|staan|gaat|staat) {self} (?:\\w+ ){0,2}?(?:eerst|vervolgens|daarna|achtereenvolgens|kort)"
            " (?:\\w+ ){0,4}?(?:in op|stil bij)\\b",
            # walking through this debate's questions and parts: "Ik zal een aantal van de vragen langslopen",
            # "Ik zal kort een inleiding houden", "Zo zal ik daar met u doorheen gaan", "laten we beginnen met"
            "vragen (?:\\w+ )?(?:langs|door)(?:lopen|gaan|nemen)\\b",
            "(?:een|mijn|de) (?:\\w+ )?inleiding (?:houden|geven|doen)\\b",
            "(?:daar|hier|er) (?:\\w+ ){0,3}?doorheen (?:gaan|lopen)\\b",
            "laten (?:we|wij) beginnen",
            # what the speaker goes on to say or explain now: "Vervolgens zal ik iets zeggen over groene gassen",
            # "Ik zal het nog een keer proberen duidelijk te maken", "Dan ga ik dat nu doen"
            "(?:{zal}|gaat) {self} (?:\\w+ ){0,3}?(?:iets|wat|een paar woorden|kort) (?:zeggen|vertellen) over\\b",
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
            "(?:(?:zal|ga|zullen|gaan|gaat) {self}|{self} (?:zal|ga|zullen|gaan|gaat)) (?:\\S+ ){0,16}?(?:beantwoorden"
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
        # the reading reaches every clause after it, a coordinated one too: "mits ik de motie zo kan lezen dat het
        # kabinet dit in overleg zal doen en ik u over de uitkomsten in het voorjaar kan informeren"
        scope="sentence",
        notes="The reading of a motion in the advice on it: what the minister takes the motion to ask, not a"
        " promise ('Oordeel Kamer, mits ik de motie zo kan lezen dat we het nog gaan uitzoeken').",
    ),
    Rule(
        "reject.motion_procedure",
        (
            "(?:motie|moties) … (?:aan te houden|aanhouden|indienen|in stemming)",
            "stemmen over",
            "over … moties … stemmen",
            # the advice a motion gets is no document the Kamer gets: "voor deze motie krijgt u oordeel Kamer"
            "(?:krijgt|krijgen|geef|geven) (?:\\w+ ){0,3}?(?:het )?oordeel (?:kamer|aan de kamer)\\b",
        ),
        notes="Procedure on motions: asking to hold a motion, members tabling one, the vote, the advice on it.",
    ),
    Rule(
        "reject.assurance",
        (
            # not what the speaker does, nor a document of the government's that comes: "Ik kan toezeggen dat er een
            # voortgangsbrief komt"
            "(?:kan|wil|zal) (?:\\w+ ){0,2}?toezeggen dat(?! (?:ik|wij|we|het kabinet|de kamer|uw kamer|u|mijn)\\b"
            "|(?: er)? (?:de|die|deze|een|het|dat) (?:\\w+ )?{doc}\\b)",
            "(?:de )?(?:gewone |normale |geldende |bestaande )?regels (?:\\S+ ){0,4}?(?:toepassen|van toepassing|naleven)",
        ),
        notes="Assurances about the law, nothing to do or deliver: 'ik kan toezeggen dat de normale regels gelden'.",
    ),
    Rule(
        "reject.past",
        (
            "(?:heb|hebben|heeft|had|hadden|is|zijn|werd|werden) … (?:geïnformeerd|{sent}"
            "|gemeld|beantwoord|uitvoering gegeven|bericht|ingelicht|gerapporteerd)",
            "(?:informeerde|informeerden|stuurde|stuurden|zond|zonden)",
            # the pluperfect tells of a promise overtaken: "De minister had toegezegd ..., maar dat is niet gelukt"
            "(?:had|hadden) … (?:toegezegd|beloofd)",
            # a promise named by nothing of its content: "Daar heb ik het een en ander over toegezegd"
            "(?:heb|hebben|heeft) {self} (?:het een en ander|een en ander|iets|wat|een aantal dingen|dingen) (?:\\S+ ){0,3}?"
            "(?:toegezegd|beloofd)\\W*$",
            "(?:heb|hebben|had|hadden) (?:\\w+ ){0,8}?willen\\b",
            # a promise named by a pronoun alone, with nothing of its content: "Dat hebben wij bij het
            # commissiedebat van vorige week toegezegd", "Nou, ook dat heb ik toegezegd"
            "^(?:\\w+,? ){0,2}?(?:dat|dit) (?:heb|hebben|heeft) {self} (?:\\S+ ){0,10}?(?:toegezegd|beloofd)"
            "(?: (?:in|bij|tijdens|aan|op) [^,;:]{0,60})?\\W*$",
        ),
        unless=r"\b(?:zal|zullen|ga|gaan|kom\w*|wordt|worden)\b",
        governs=False,
        notes="Already done: 'heb ik uw Kamer geïnformeerd' (not when a future modal makes it a condition:"
        " 'zal zijn nadat ik ben geïnformeerd').",
    ),
    Rule(
        "reject.present_passive",
        # the present passive of sending, with no time ahead and no future: the document's own act ("Het wetsvoorstel
        # wordt u thans toegezonden"), a procedure ("Hij wordt voorgehangen bij de Tweede en Eerste Kamer"), a practice
        (
            "(?:wordt|worden) (?:\\S+ ){0,8}?" + _SENT + "\\b",
            _SENT + " (?:wordt|worden)\\b",
        ),
        unless=r"\b(?:zal|zullen|zult|kan|kunnen|moet|moeten)\b|" + FUTURE_TIME,
        governs=False,
        notes="The present passive of sending promises with a time ahead, spoken or written: 'De brief wordt u"
        " uiterlijk vóór de behandeling toegezonden'; without one it is the letter's own act or a procedure.",
    ),
    Rule(
        "reject.perfect_of_going",
        # "gaan" as the past participle of a verb cluster ("ik ben daar zelf gaan kijken"): the auxiliary "zijn" in second
        # place, no conjunction or "te" between that would make "gaan" a verb of a clause of its own
        (
            "(?:ik ben|ben ik|we zijn|zijn we|wij zijn|zijn wij) (?:(?!dat\\b|of\\b|om\\b|te\\b|die\\b|als\\b|wat\\b)\\w+ ){0,6}?"
            "gaan [a-zà-ÿ]+en\\b",
        ),
        governs=False,
        notes="The perfect of 'gaan' tells what was done, not what will be: 'In december ben ik daar toen zelf gaan"
        " kijken', 'Ik ben ook maar eens gaan kijken in artikelen'.",
    ),
    Rule(
        "reject.same_dispatch",
        # not "het vandaag aangekondigde bericht": a time before an attributive participle dates the noun
        (
            "(?:vandaag|deze week)(?! \\w+(?:de|te)\\b)|separaat|(?:(?:tegelijk|tegelijkertijd|gelijktijdig) met|parallel aan)"
            " (?:\\w+ ){0,4}?(?:deze|dit|de onderhavige)",
        ),
        unless=r"\b(?:nog|zal|zult|zullen|ga|gaan|later|komt|komen|terugkom\w*|binnenkort|spoedig)\b|in de loop van"
        r"|(?:einde?|eind) van (?:deze|de) week|op korte termijn",
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
        "reject.document_at_hand",
        # the present of "ingaan" right after a document named by its article alone: the verb in second place, so
        # nothing between says the document is still to come ("In de brief die u in mei ontvangt, ga ik in op")
        (
            "^(?:\\w+ ){0,2}?(?:in|bij) (?:de|het) {doc},? (?:ga|gaan|gaat) (?:ik|we|wij|het kabinet) (?:\\w+ ){0,3}?in op\\b",
        ),
        unless="\\b(?:zal|zullen|nog)\\b|" + FUTURE_TIME,
        notes="'In de rapportage gaan we ook in op ...' describes a document at hand, one sent with this letter or"
        " already sent ('de brief van gisteren'), unless a time or a future says it is still to come.",
    ),
    Rule(
        "reject.steering",
        # "sturen op" with "op" as the verb's particle, closing its clause: steering, not sending
        (
            "(?:stuur|stuurt|sturen) (?:\\w+ ){0,6}?op(?=\\s*(?:[—–,.;:)]|$))",
            "(?:sturen|stuurt|stuur) op (?:de |het )?(?!\\d)\\w+(?:ing|heid)\\b",
            "(?:sturen|stuurt|stuur) op (?:de |het )?(?:voortgang|resultaten|uitkomsten|doelen|doelstellingen|effecten"
            "|prestaties|kwaliteit|kosten)\\b",
            # "op" right after the verb, which no object stands before, and no time after it: "Daarnaast willen we
            # sturen op consumentengedrag", "we sturen op een lange levensduur" (not "zal ik de brief sturen op 1 juni",
            # "een reactie te sturen op de motie", "sturen op korte termijn")
            "(?:{wil}|moet|moeten|kunnen|kan|{self}) (?:(?!(?:de|het|een|die|deze|dit|dat|mijn|onze|uw|u|jullie|hem|ze)\\b)"
            "\\w+ ){0,2}?(?:sturen|stuurt|stuur) op (?!(?:korte|zo|tijd|termijn|verzoek|basis|\\d)|\\w*dag\\b|"
            + MONTH
            + "\\b)\\w+",
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
            # the passive present of a standing practice: "wordt steeds vooraf en achteraf met uw Kamer gedeeld"
            "(?:wordt|worden) (?:\\w+ ){0,3}?(?:steeds|altijd|telkens)\\b(?! (?:meer|minder|vaker|beter|erger)\\b)",
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
            # the government asked, in the perfect: "De vaste commissie heeft mij verzocht uw Kamer te informeren"
            "(?:heeft|hebben|had|hadden) (?:mij|ons|het kabinet|de regering) (?:\\w+ ){0,3}?(?:verzocht|gevraagd)\\b",
            # a request of the Kamer's own bodies: "Bij brief van 21 december verzocht de vaste commissie ..."
            "(?:verzocht|vroeg|vroegen|verzoekt|vraagt) (?:de|het|uw) (?:vaste )?(?:commissie|kamer|lid|leden)\\b",
            # the verb last, in the clause that reports the request: "de motie, waarin u de regering verzoekt de Kamer te
            # informeren", "een brief waarin de commissie het kabinet vraagt ..."
            "(?:de regering|het kabinet|de minister|de staatssecretaris) (?:verzoekt|verzoeken|verzocht|vraagt|vragen|vroeg"
            "|vroegen)\\b",
            "(?:^|[,;:] )(?:dan |en |ook |nog )?(?:de|die|een) vraag (?:\\w+ ){0,6}?(?:of|om|wanneer|hoe)\\b",
            "vraag van (?:de heer|mevrouw|het lid|de leden) (?:\\w+ ){0,4}?(?:of|om|wanneer|hoe)\\b",
            # a question put to the speaker: "Ik kreeg in de Eerste Kamer de vraag of ik ... wil komen"
            "(?:kreeg|krijg|kregen|krijgen) (?:\\w+ ){0,6}?(?:de|een|die) vraag (?:\\w+ ){0,3}?(?:of|om|wanneer|hoe)\\b",
            "gevraagd (?:\\w+ ){0,2}?(?:of|hoe|wanneer|waarom)\\b",
            # a member's wish to know, told in the third person: "hij hoort graag wanneer de Kamer meer informatie
            # tegemoet kan zien", "mevrouw Bikker wil weten of ..."
            "(?:hij|zij|ze|de heer [\\w-]+|mevrouw [\\w-]+) (?:\\w+ ){0,2}?(?:hoort|horen|hoorde|wil|wilde|willen|wou)"
            " (?:graag )?(?:weten |horen )?(?:of|wanneer|hoe|welke|wat)\\b",
            "(?:nodig|uitnodigen|roep|oproepen|moedig|aanmoedigen) … (?:om|te)",
            "{self} (?:vind|vinden|vindt) (?:\\w+ ){0,2}?dat",
            # an opinion that something should happen: "Ik denk dat het goed is dat het parlement wordt geïnformeerd"
            "(?:het )?(?:goed|belangrijk|verstandig|nodig|wenselijk|van (?:groot |het grootste )?belang) (?:is|vind|vindt|vinden"
            "|acht|achten) dat",
            "(?:vind|vindt|vinden|acht|achten) (?:\\w+ )?(?:het )?(?:goed|belangrijk|verstandig|nodig|wenselijk"
            "|van (?:groot |het grootste )?belang) dat",
            # the same opinion with its verb second: "Het is belangrijk dat uw Kamer de evaluatie voor de zomer ontvangt"
            "\\bhet is (?:\\w+ )?(?:goed|belangrijk|verstandig|nodig|wenselijk|van (?:groot |het grootste )?belang) dat",
            # the passive of a request: "een motie, waarin de regering werd verzocht met een notitie te komen"
            "(?:wordt|werd|worden|werden) (?:\\w+ ){0,3}?(?:verzocht|gevraagd)\\b",
        ),
        # doing as asked: "zoals ook in de betreffende motie wordt gevraagd", "Zoals in vraag 13 wordt gevraagd, zal ik ..."
        unless=r"\bzoals\b(?:\s+\S+){0,8}?\s+(?:gevraagd|verzocht|vraagt|verzoekt)\b",
        notes="A member's request or an invitation reported by the minister ('hij vroeg mij om'), an opinion.",
    ),
    Rule(
        "reject.members_ask",
        (
            "(?:de|deze|die|het|enkele|beide) (?:leden|lid|fractie|fracties|commissie|indiener|indieners)\\b … "
            "(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzochten|verzocht|willen weten|wil weten|wensen|wenst"
            # members reading or paraphrasing the government: "De leden lezen dat de minister ... zal informeren"
            "|lezen|lazen|leest|constateren|constateert|begrijpen|begrijpt|vernemen|verneemt|zijn benieuwd|is benieuwd"
            "|hopen|hoopt|verwachten|verwacht|stelt het op prijs|stellen het op prijs|stelt op prijs|stellen op prijs"
            # wishes and proposals of a verslag: "Deze leden zouden graag zien dat ...", "De commissie stelt voor dat ..."
            "|zouden graag zien|zou graag zien|zien graag|ziet graag|willen graag|wil graag|ontvangen graag|ontvangt graag"
            "|vernemen graag|horen graag|hoort graag|stellen voor|stelt voor|kijken uit naar|kijkt uit naar|pleiten|pleit"
            "|dringen aan|dringt aan|roepen op|roept op)\\b",
            # the verb before the members, after what is put first: "Voorts willen de leden weten of ...", "Graag
            # ontvangen de leden een overzicht ..."
            # (not after a subject of its own: "Ik verwacht de commissie ... te kunnen toesturen", "Ik vraag de commissie")
            "(?<!\\bik\\s)(?<!\\bwij\\s)(?<!\\bwe\\s)(?<!\\bkabinet\\s)(?<!\\bregering\\s)(?<!\\bu\\s)"
            "(?:vragen|vraagt|willen|wil|wensen|wenst|verzoeken|verzoekt|zouden|zou|vernemen|verneemt"
            "|lezen|leest|constateren|constateert|hopen|hoopt|verwachten|verwacht"
            # receiving, hearing and seeing only as a wish: "Graag ontvangen de leden ..." ("Voor de zomer ontvangt de
            # commissie ..." is the delivery promised)
            "|(?<=\\bgraag\\s)(?:ontvangen|ontvangt|horen|hoort|zien|ziet))"
            # at most an adverb between: "vragen van het lid" is the noun, "vragen of de commissie" a question asked
            " (?:(?:ook|daarom|voorts|graag|nog|tevens|verder|dan|nu|wel|eveneens|bovendien) )?"
            "(?:de|deze|die|het|enkele|beide) (?:leden|lid|fractie|fracties|commissie)\\b",
            "(?:vraag|verzoek|vragen|verzoeken|verzoekt|vraagt|verzocht|vroeg|vroegen) (?:de|het) (?:regering|kabinet|minister"
            "|staatssecretaris)",
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
            "(?:zou|zouden) {self} … willen",
            "{self} (?:\\w+ ){0,8}?(?:zou|zouden) … willen",
            "{self} (?:\\w+ ){0,2}?(?:zou|zouden) zeggen",
        ),
        # the wish of an indirect question is its content: "berichten over hoe we dat zouden willen aanpakken"
        unless=r"\b(?:hoe|wat|welke|waarom) {self} (?:\S+ ){0,3}?(?:zou|zouden)\b",
        notes="A wish or suggestion in the conditional ('ik zou ... willen aanbieden') promises nothing.",
    ),
    Rule(
        "reject.hedge",
        (
            "(?:zou|zouden) {self} … kunnen",
            # (the future of being able to deliver is a promise in either order: "Ik zal u op 22 juni meer kunnen
            # vertellen", "Op 22 juni zal ik u meer kunnen vertellen")
            "(?:zal|zullen) {self} (?:\\w+ ){0,5}?moeten",
            "(?:kan|kon) (?:ik|we) (?:mij|me|ons) voorstellen",
            "(?:ik|we) (?:kan|kunnen) (?:mij|me|ons) voorstellen",
            "zou … interessant",
            "mits de motie",
            # "perhaps" beside the future of the promise: "Ik zal daar misschien nog even apart op terugkomen"
            "(?:{self} (?:zal|zullen|ga|gaan|kom|komen|gaat|komt)|(?:zal|zullen|ga|gaan|kom|komen|gaat|komt) {self}) (?:\\w+ ){0,6}?(?:misschien"
            "|wellicht)\\b",
            # a possibility governs what follows: "Dat kan betekenen dat we op de volgende wegingsmomenten gaan kijken ..."
            "(?:dat|het|dit) (?:kan|zou) (?:\\w+ ){0,3}?(?:betekenen|helpen|inhouden) dat\\b",
            # "Ik kom daar op een later moment op terug, als dat zou kunnen": only if it can be done
            "als (?:dat|het) (?:zou )?(?:kunnen|kan|lukt)\\b",
            # a future of necessity is no promise: "We zullen de middelen zo efficiënt mogelijk moeten inzetten"; not the
            # "moeten" of a relative clause after it ("zal ik u informeren over de stappen die moeten worden gezet")
            "{self} (?:zal|zullen) (?:\\S+ ){0,16}?" + _NOT_A_RELATIVES_MOETEN,
            "(?:zal|zullen) {self} (?:\\S+ ){0,16}?" + _NOT_A_RELATIVES_MOETEN,
            # an obligation is no promise: "Maar we moeten ook naar die regio gaan kijken", "moet ik nog bestuderen";
            # put first, the verb asks or sets a condition ("Moet ik constateren dat het niets oplevert, dan ...")
            "(?:{self} (?:moet|moeten)|(?<!^)(?:moet|moeten) {self})\\b",
            "(?:als|indien|wanneer) (?:de|deze) motie (?:wordt|is) aangenomen",
            "(?:als|indien|wanneer|mocht|mochten) (?:\\w+ ){0,5}?(?:verzoek\\w*|wens\\w*|vraagt|vragen|behoefte|prijs (?:stelt|stellen))\\b",
        ),
        notes="Hedged offers, left unlabelled: 'dat zou ik kunnen onderzoeken', 'ik kan mij voorstellen'; an offer"
        " that waits for someone's request: 'Indien de landen dit verzoeken, is de staatssecretaris bereid'.",
    ),
    Rule(
        "reject.offer",
        (
            # within its own clause, and not telling something now: "Ik kan u melden dat ik ... zal informeren" and "Ik
            # kan u toezeggen dat ik ... zal informeren" promise in the clause they govern
            "(?:kan|kunnen) {self} " + _OFFERED,
            "{self} (?:kan|kunnen) " + _OFFERED,
            # the passive of the offer: "Sommige data daarover kunnen met de Kamer gedeeld worden"
            "(?:kan|kunnen) (?:\\w+ ){0,8}?(?:worden (?:gedeeld|gestuurd|toegezonden|toegestuurd|aangeboden|voorgelegd)"
            "|(?:gedeeld|gestuurd|toegezonden|toegestuurd|aangeboden|voorgelegd) (?:worden|wordt))\\b",
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
            "(?:" + _NEGATING_NIET + "|geen|nooit|niets) … (?:doen|informeren|toezeggen|onderzoeken|sturen|stuur|stuurt"
            "|garanderen)",
            # the other verbs of a promise, negated where they stand (a "niet" further off may negate another verb: "Ik
            # kan dat nu niet verklaren ... en laat hier nog nader naar kijken"): "Ik zal u deze visie in september niet
            # toesturen", "Ik wil daar niet naar kijken", "zal op deze vraag niet ingaan"
            "(?:"
            + _NEGATING_NIET
            + "|nooit) (?:\\w+ ){0,2}?(?:toesturen|toezenden|zenden|versturen|berichten|rapporteren"
            "|ingaan|terugkomen|kijken|bekijken|nagaan|uitzoeken)\\b",
            # the finite verb of the present tense before it, in the main clause's order: "Ik informeer uw Kamer voor de
            # zomer niet over ...", "Ik stuur uw Kamer dit jaar geen brief over ..."
            "(?:informeer|informeert|bericht|stuur|stuurt|zend|zendt|rapporteer|rapporteert|meld|meldt|ontvangt)"
            " (?:\\w+ ){0,8}?(?:" + _NEGATING_NIET + "|geen|nooit)\\b",
            # the participle of the passive after it: "Uw Kamer wordt voor de zomer niet geïnformeerd"
            "(?:" + _NEGATING_NIET + "|nooit) (?:\\w+ ){0,2}?(?:geïnformeerd|ingelicht|bericht|gestuurd|toegestuurd"
            "|toegezonden|gezonden|verzonden|aangeboden|voorgelegd|gemeld|gerapporteerd|verstrekt|gedeeld)\\b",
            # a separable verb split around it: "Ik kom daar niet (meer) op terug"
            "(?:kom|komen|komt) (?:\\w+ ){0,3}?(?:" + _NEGATING_NIET + "|nooit) (?:\\w+ ){0,2}?terug\\b",
            "(?:zal|zullen|ga|gaan|gaat|kan|wil) (?:\\w+ ){0,4}?(?:" + _NEGATING_NIET + "|geen|nooit|niets)\\b",
            # not making it in time: "Ik ben bang dat ik het niet red om deze week met die reactie te komen"
            "(?:niet|nooit) (?:red|redt|redden|haal|haalt|halen)\\b",
            # the promise as the topic of an unfinished sentence: "Maar om nu toe te zeggen dat ik dat dan ga doen …"
            "^(?:maar |en |dus )?om (?:\\w+ ){0,3}?toe te zeggen\\b",
            "(?:niet|geenszins) (?:\\w+ )?bereid\\b",
            # the intention itself negated: "Ik ben niet van plan om ...", "Ik streef er niet naar ...", "Ik verwacht niet
            # uw Kamer voor de zomer ... te kunnen informeren"
            "(?:" + _NEGATING_NIET + "|geenszins) (?:\\w+ )?(?:van plan|voornemens|het voornemen|de bedoeling)\\b",
            "(?:streef|streeft|streven) (?:\\w+ )?er (?:\\w+ )?(?:" + _NEGATING_NIET + "|geenszins) (?:\\w+ )?naar\\b",
            "(?:verwacht|verwachten|beoog|beoogt|beogen) (?:ik |wij |we |het kabinet )?(?:" + _NEGATING_NIET + ")"
            " (?!dat\\b)(?:\\S+ ){0,14}?te (?:\\w+ )?\\w+en\\b",
            # doubt governing the promise: "Ik weet niet of ik dat kan toezeggen"
            "(?:weet|weten) (?:\\w+ ){0,2}?niet (?:\\w+ )?(?:of|wanneer)\\b",
            # what cannot be done: "is het niet meer mogelijk om het wetsvoorstel voor het zomerreces in te dienen"
            "(?:niet|geen) (?:\\w+ )?(?:mogelijk|mogelijkheid|mogelijkheden|haalbaar|doenlijk|kans) (?:\\w+ ){0,2}?(?:om|te)\\b",
        ),
        notes="Refusals and what cannot be done: 'ik ga geen evaluatie doen', 'kan ik niet toezeggen', 'het is niet"
        " mogelijk om ...'.",
    ),
    Rule(
        "reject.general_effort",
        (
            "(?:blijf|blijven) … (?:inzetten|inspannen|lobbyen|pleiten|werken|alert|in gesprek|kijken|bekijken|volgen"
            "|monitoren|toezien|in contact|contact (?:houden|onderhouden))",
            # keeping in touch, as staying in talks: "Daar is contact over en dat contact zal ik blijven houden"
            "contact (?:\\w+ ){0,4}?(?:blijven|blijf) (?:houden|onderhouden)\\b",
            "in contact (?:\\w+ ){0,3}?(?:blijven|blijf)\\b",
            "(?:mij|me|ons) … (?:inzetten|inspannen)",
            # considering, with nothing to deliver: "wij zullen het verzoek welwillend in overweging nemen"
            "in overweging (?:nemen|te nemen)",
            # taking words to heart or to mind: "Ik zal de woorden van de heer Jansen ter harte nemen"
            "ter harte (?:nemen|te nemen)|in (?:gedachten|het achterhoofd) (?:houden|te houden)",
            # deliberating, relying, encouraging: nothing to deliver ("Het kabinet zal zich beraden op de motie", "Ik zal
            # mij nu buigen over het advies")
            "(?:zich|ons|mij|me) (?:\\w+ ){0,5}?(?:beraden|baseren|buigen)\\b",
            "(?:zal|zullen|ga|gaan) (?:\\w+ ){0,8}?(?:stimuleren|aanmoedigen|bevorderen)\\b",
            "aandacht (?:\\w+ ){0,3}?(?:blijven|blijf) (?:besteden|geven|houden)",
            "blijven doen\\b",
            "(?:onvermoeibare|volle) inzet",
            # playing one's part: "Ik zal volgende week ook weer een actieve invulling aan de rol geven"
            "invulling (?:\\w+ ){0,2}?aan (?:de|mijn|onze|die|deze) rol\\b",
            # a standing disposition, nothing to deliver: "Ik ben natuurlijk altijd bereid om burgemeesters bij te staan"
            "altijd (?:\\w+ )?bereid\\b",
            # a standing practice in the future: "Eventuele verdere maatregelen zullen we altijd toetsen op effectiviteit"
            "(?:zal|zullen) (?:\\w+ ){0,3}?altijd\\b",
            "niet schromen",
            "waar (?:dat|dit|het) (?:nuttig|nodig|zinvol) is",
            "(?:daar|hier|er) (?:\\w+ )?op inzetten",
            "inzetten op\\b",
        ),
        notes="General effort with nothing to deliver: 'ik blijf mij inzetten', 'we blijven kijken naar'.",
    ),
    Rule(
        "reject.policy_intention",
        (
            # the government's wish in the plural is its policy, not an undertaking to the Kamer: "We willen ook
            # bekijken hoe we de grondgebonden bedrijven kunnen behouden" (the singular "ik wil kijken" is the speaker's)
            "(?:^|[,;:] |(?:maar|en|dus|ook) )(?:we|wij) (?:\\w+ ){0,2}?willen (?:\\w+ ){0,4}?(?:kijken|bekijken|verkennen)\\b",
            "^(?:\\w+ ){0,3}?willen (?:we|wij) (?:\\w+ ){0,4}?(?:kijken|bekijken|verkennen)\\b",
        ),
        unless=r"\b(?:(?:uw|de) kamer|u|jullie)\b",
        notes="A plan in the plural, left unlabelled: 'We willen in mei stakeholderbijeenkomsten gaan houden'.",
    ),
    Rule(
        "reject.policy_rule",
        (
            # what "we" will do if something happens is the government's rule of conduct, not a promise to the Kamer:
            # "Zodra er alternatieven beschikbaar zijn, zullen we daar ook gebruik van maken", "Mocht het vaccin iets
            # bieden, dan zullen we dat zeker gaan toepassen" ("Zodra ik die informatie heb, zal ik die doorgeleiden"
            # is the speaker's own undertaking)
            "^(?:als|zodra|mocht|mochten|indien|wanneer|op het moment dat)\\b (?:\\S+ ){1,30}?(?:dan )?(?:zullen|gaan)"
            " (?:we|wij)\\b",
        ),
        unless=r"\b(?:(?:uw|de) kamer|u|jullie|informeren|berichten|melden)\b",
        notes="A rule of conduct in the plural, if something happens: 'Als ontwijkingen worden vastgesteld, zullen we"
        " optreden'.",
    ),
    Rule(
        "reject.expectation",
        (
            "naar verwachting",
            # adverbs may come between ("ik verwacht eigenlijk wel dat"); a noun phrase is the thing expected, and its
            # "dat" a relative pronoun ("ik verwacht het wetsvoorstel dat is aangekondigd, voor de zomer te sturen")
            "{self} (?:hoop|hopen|verwacht|verwachten|hoopt) (?:(?!(?:het|de|een|dit|deze|mijn|onze)\\b)\\w+ ){0,2}?dat",
            "ga er … van ?uit dat",
            "(?:ga|gaan|gaat) ervan ?uit dat",
            # someone else's call: "Het is aan mijn collega om daarop terug te komen"
            "het is aan (?:\\S+ ){1,10}?om\\b",
            # waiting to see what others come up with: "we gaan kijken waar men mee komt", "kijken wat zij bijdragen"
            "(?:kijken|bekijken|bezien|afwachten|zien) (?:wat|waar|hoe|welke \\w+) (?:zij|ze|men|hij|die \\w+|de \\w+) "
            "(?:\\w+ ){0,3}?(?:mee (?:komt|komen)|(?:gaan |gaat )?(?:bijdragen|bijdraagt|besluiten|besluit|beslissen|beslist))\\b",
        ),
        unless=r"(?:ontvangt|ontvangen) {u}|{u} (?:\S+ ){0,8}?(?:ontvangt|wordt geïnformeerd)"
        r"|(?:aan|naar) {u} (?:\S+ ){0,2}?(?:(?:worden|wordt|zal|zullen) )?{sent}\b"
        r"|\w*brie(?:f|ven) (?:\S+ ){0,8}?(?:verstuurd|verzonden|gestuurd|toegezonden)\b"
        r"|bij {u} (?:\S+ ){0,2}?(?:(?:worden|wordt|zal|zullen) )?ingediend\b"
        r"|(?:(?:kan|zal|ga) (?:ik|we|wij|het kabinet)|(?:ik|we|wij|het kabinet) (?:kan|zal|ga)) (?:\S+ ){0,8}?"
        r"(?:{informeren}|{sturen})\b"
        # the verb last, in a subordinate clause: "het enige wetsvoorstel dat ik dit jaar aan uw Kamer zal aanbieden",
        # and the Kamer receiving in the future: "Uw Kamer zal naar verwachting begin december de appreciatie ontvangen"
        r"|(?:ik|we|wij|het kabinet) (?:\S+ ){1,8}?(?:zal|zullen) (?:{informeren}|{sturen})\b"
        r"|{u} (?:zal|zullen) (?:\S+ ){0,10}?ontvangen\b"
        r"|{u} (?:wordt|worden|zal worden) (?:\S+ ){0,24}?(?:geïnformeerd|ingelicht)\b|{u} (?:\w+ )?bereiken\b"
        # the same after what is put first, with the verb before its subject: "Naar verwachting wordt uw Kamer voor de
        # zomer geïnformeerd", "Naar verwachting informeer ik uw Kamer voor de zomer"
        r"|(?:wordt|worden|zal) {u} (?:\S+ ){0,24}?(?:geïnformeerd|ingelicht)\b"
        r"|(?:{informeer}|{stuur}) (?:ik|we|wij|het kabinet) (?:\S+ ){0,6}?{u}\b"
        # a document of the government's that follows: "Het restant van de beantwoording volgt naar verwachting op 23 mei"
        r"|{doc} (?:\S+ ){0,8}?(?:volgt|volgen)\b(?! (?:uit|daaruit|hieruit|dat)\b)",
        notes="Expectations about others: 'Ik verwacht dat ...', 'naar verwachting'; not about the Kamer's"
        " own delivery ('naar verwachting ontvangt uw Kamer het rapport voor de zomer').",
    ),
)
