"""Deliveries: where a document fulfils or postpones an earlier promise (the engine's second output).

A minister *delivers* ("Met deze brief informeer ik uw Kamer over ...", "Hiermee kom ik mijn
toezegging na", "Hierbij bied ik u de voortgangsrapportage aan") or *postpones* ("later dan
toegezegd", "het onderzoek heeft vertraging opgelopen", "in plaats van voor de zomer in het
najaar"). These sentences are what the product needs to propose that a document fulfils or
modifies a commitment; the commitment rules (promises/rules.py) reject most of them on purpose.

The table below is written in the template language of promises/templates.py (``{slot}``, ``…`` a gap of a few
words) with slots of its own (vocabulary.py). Each rule has a kind ("fulfils" or "postpones"), its cue words
(a sentence is judged by the rules whose cues its words hold, promises/cue_index.py), a sentence-level
``unless`` veto, and ``in_debate``: in a debate the present tense promises ("Ik stuur u die brief")
rather than delivers, so only postponements count there. Postponements are tried first: "Hierbij
informeer ik u dat het onderzoek vertraging heeft opgelopen" postpones. A fulfilment that also says
a part is still to come ("een eerste rapportage", "het tweede deel volgt in het najaar") becomes
"partly_fulfils" (fields.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from ..deadlines.resolution import Deadline
from ..document.sentences import Sentence, split_sentences
from ..document.structure import Segment
from ..promises import fields
from ..promises.cue_index import RULE_CUES, CuePart
from ..promises.literal_gates import (
    RULE_GATES,
    GateTable,
    as_run,
    collapse_spaces,
    fold,
    folded_twin,
    known_fold,
    passes,
    required_word_conjuncts,
)
from ..promises.templates import CueWords
from ..result import Delivery
from . import fields as delivery_fields
from .vocabulary import NOT_NOW, SENT_HEREWITH, template

KINDS = ("fulfils", "partly_fulfils", "postpones")


@dataclass(frozen=True, slots=True)
class DeliveryRule:
    name: str
    patterns: tuple[str, ...]  # templates; any one matching is enough
    kind: str  # "fulfils" or "postpones"
    confidence: float
    notes: str
    cue: str  # words the rule needs ("toezegging*" a prefix, "*brief" a suffix)
    requires: str | None = None  # a template the sentence must also match
    unless: str | None = None  # a template that vetoes (on the sentence with the promise phrase left out)
    in_debate: bool = False  # whether it also counts in a government turn of a debate
    compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    compiled_requires: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    compiled_unless: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    compiled_cue: CueWords | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(template(p) for p in self.patterns))
        object.__setattr__(self, "compiled_cue", CueWords.parse(self.cue))
        if self.requires:
            object.__setattr__(self, "compiled_requires", template(self.requires))
        if self.unless:
            object.__setattr__(self, "compiled_unless", template(self.unless))


# Postponements first, then fulfilments from the most explicit to the plain present tense.
DELIVERY_RULES: tuple[DeliveryRule, ...] = (
    DeliveryRule(
        "postpone.later_than_promised",
        ("later dan (?:\\w+ ){0,3}?(?:toegezegd|beloofd|aangekondigd|afgesproken)",),
        kind="postpones",
        confidence=0.9,
        cue="later",
        in_debate=True,
        unless=SENT_HEREWITH,
        notes="'De evaluatie verschijnt later dan toegezegd'; not when the late document is sent"
        " herewith ('Hierbij, later dan toegezegd, de evaluatie'): that fulfils.",
    ),
    DeliveryRule(
        "postpone.later_than_planned",
        ("later dan (?:\\w+ ){0,3}?(?:gepland|voorzien|beoogd|verwacht|gemeld|voorgenomen|gehoopt)",),
        kind="postpones",
        confidence=0.75,
        cue="later",
        in_debate=True,
        unless=SENT_HEREWITH,
        requires="(?:{deliverable}|{kamer}|\\bu\\b|informe\\w+|{stuur}|sturen|ontvangt)",
        notes="'De rapportage komt later dan gepland'; a plan of others ('de industrie kan later dan"
        " gepland importeren') is not a promise to the Kamer.",
    ),
    DeliveryRule(
        "postpone.not_as_promised",
        (
            "niet (?:\\S+ ){0,6}?(?:zoals|conform) (?:\\S+ ){0,4}?(?:toegezegd|aangekondigd|gepland|voorzien|beloofd)",
            "(?:zoals|conform) (?:\\S+ ){0,4}?(?:toegezegd|aangekondigd|beloofd) (?:\\S+ ){0,8}?niet\\b",
            "anders dan (?:\\w+ ){0,3}?(?:toegezegd|aangekondigd|gepland|voorzien|beloofd|gemeld)",
            "niet (?:\\S+ ){0,4}?(?:binnen|voor|op) de (?:\\w+ ){0,2}?(?:termijn|datum)",
            "(?:toegezegde|aangekondigde|gestelde|beoogde|voorziene|geplande|oorspronkelijke) (?:termijn|datum"
            "|planning|deadline) (?:\\S+ ){0,8}?niet (?:\\S+ ){0,2}?(?:halen|gehaald|haalbaar|redden|gered"
            "|mogelijk|realiseren|lukken)",
        ),
        kind="postpones",
        confidence=0.85,
        in_debate=True,
        cue="toegezegd aangekondigd gepland voorzien beloofd gemeld termijn datum toegezegde aangekondigde"
        " gestelde beoogde voorziene geplande oorspronkelijke",
        requires="(?:toegezegd\\w*|aangekondigd\\w*|beloofd|gepland\\w*|voorzien\\w*|termijn|{deliverable}"
        "|informeren|sturen|{kamer})",
        notes="'kan ik u niet zoals toegezegd voor de zomer informeren', 'anders dan aangekondigd',"
        " 'de vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord'.",
    ),
    DeliveryRule(
        "postpone.delayed",
        (
            "{deliverable} (?:\\S+ ){0,8}?(?:heeft|hebben|loopt|lopen|liep|liepen|is|zijn|wordt|worden|raakt"
            "|raken|zal|zullen) (?:\\S+ ){0,6}?(?:vertraging|vertraagd|uitgesteld|verschoven|opgeschoven)",
            "(?:heeft|hebben|loopt|lopen|is|zijn|wordt|worden) (?:\\S+ ){0,3}?{deliverable} (?:\\S+ ){0,6}?"
            "(?:vertraging|vertraagd|uitgesteld|verschoven|opgeschoven)",
            "(?:verschijning|publicatie|toezending|verzending|oplevering|afronding|beantwoording|voltooiing"
            "|presentatie|totstandkoming) van (?:de|het|mijn|onze) (?:\\S+ ){0,8}?(?:vertraging|vertraagd"
            "|uitgesteld|verschuift|verschoven|opgeschoven|uitstel)",
            "(?:uitstel|vertraging) (?:van|bij|in) (?:de|het) (?:\\S+ ){0,2}?{deliverable}",
            "{deliverable} (?:\\S+ ){0,4}?(?:verschuift|schuift (?:\\S+ ){0,4}?op)",
            "{deliverable} (?:\\S+ ){0,4}?uit te stellen",
            "{deliverable} (?:\\S+ ){0,6}?(?:vertraging (?:\\S+ ){0,2}?(?:opgelopen|oploopt|oplopen|ondervindt"
            "|ondervonden)|(?:vertraagd|uitgesteld|verschoven|opgeschoven) (?:is|zijn|wordt|worden))",
            "{deliverable} (?:\\S+ ){0,8}?(?:meer tijd (?:kost|vergt|vraagt|nodig)|(?:kost|vergt|vraagt)"
            " (?:\\S+ ){0,3}?meer tijd)",
        ),
        kind="postpones",
        confidence=0.75,
        in_debate=True,
        cue="vertraging vertraagd uitgesteld uitstel verschoven opgeschoven verschuift schuift tijd stellen",
        unless="(?:geen|zonder|niet|nauwelijks|verdere|extra) (?:\\w+ ){0,2}?"
        "(?:vertraging|uitstel|vertraagd|uitgesteld)"
        "|vertraging (?:\\w+ ){0,4}?(?:te )?(?:voorkomen|beperken|tegengaan|tegen te gaan|inlopen|in te"
        " lopen|ingelopen|opvangen)|(?:stemming\\w*|debat\\w*|plenaire|agenda\\w*|vergadering)",
        notes="A promised document is late: 'het onderzoek heeft vertraging opgelopen', 'de toezending van de"
        " evaluatie wordt uitgesteld'; not the delay of a project, a vote or a debate.",
    ),
    DeliveryRule(
        "postpone.had_promised",
        ("(?:had|hadden) (?:\\S+ ){0,3}?(?:toegezegd|aangekondigd|beloofd|gepland|voorzien)",),
        kind="postpones",
        confidence=0.7,
        in_debate=True,
        cue="toegezegd aangekondigd beloofd gepland voorzien",
        requires="(?:{deliverable}|informe\\w+|{stuur}|sturen|ontvangt|{kamer})",
        notes="The pluperfect of a changed plan: 'De evaluatie die ik voor 1 juli had toegezegd, ontvangt u in"
        " september'.",
    ),
    DeliveryRule(
        "postpone.instead_of",
        ("in plaats van (?:\\S+ ){0,3}?{period}",),
        kind="postpones",
        confidence=0.8,
        in_debate=True,
        cue="plaats",
        requires="(?:{deliverable}|{kamer}|\\bu\\b|informe\\w+|{stuur}|ontvangt|volgt)",
        notes="'de toegezegde brief ontvangt u in plaats van voor de zomer in het najaar'.",
    ),
    DeliveryRule(
        "postpone.not_feasible",
        (
            "(?:niet|helaas niet|nog niet) (?:\\S+ ){0,2}?(?:gelukt|lukken|mogelijk gebleken|haalbaar gebleken"
            "|haalbaar|mogelijk) (?:\\S+ ){0,12}?(?:te informeren|te berichten|te sturen|toe te sturen|af te"
            " ronden|te versturen|te doen toekomen|toe te zenden|aan te bieden|te voltooien|te beantwoorden"
            "|te publiceren|te presenteren)",
        ),
        kind="postpones",
        confidence=0.8,
        in_debate=True,
        cue="informeren berichten sturen ronden versturen toekomen zenden bieden voltooien beantwoorden"
        " publiceren presenteren",
        requires="(?:voor|binnen|uiterlijk|eind|begin|medio|in|op) (?:de|het|\\d|dit|deze|{period})",
        notes="'Het is helaas niet gelukt de evaluatie voor de zomer af te ronden'.",
    ),
    DeliveryRule(
        "postpone.does_not_work",
        (
            "(?:lukt|lukte|lukken) (?:\\S+ ){0,3}?niet (?:\\S+ ){0,3}?(?:voor|binnen|in|op|uiterlijk|eind|begin|medio)"
            " (?:de|het|\\d|dit|deze|{period})",
        ),
        kind="postpones",
        confidence=0.7,
        in_debate=True,
        cue="lukt lukte lukken",
        requires="(?:{deliverable}|informe\\w+|toegezegd\\w*|\\bdat\\b|\\bdit\\b)",
        notes="'Door de verkiezingen lukt dat helaas niet voor de zomer' after a promise restated before.",
    ),
    DeliveryRule(
        "fulfil.promise_kept",
        (
            "(?:kom|komt|komen) (?:\\S+ ){0,8}?{promise} (?:\\S+ ){0,12}?na",
            "(?:doe|doet|doen) (?:\\S+ ){0,8}?{promise} (?:\\S+ ){0,12}?gestand",
            # the promise put first: "Deze toezegging doe ik hierbij gestand", "Die toezegging kom ik hiermee na"
            "{promise} (?:\\S+ ){0,3}?(?:doe|doet|doen|kom|komt|komen) (?:\\S+ ){0,8}?(?:gestand|na)\\b",
            "(?:geef|geeft|geven) (?:\\S+ ){0,4}?(?:invulling|uitvoering|gevolg|opvolging) (?:\\S+ ){0,2}?aan"
            " (?:\\S+ ){0,4}?{promise}",
            "(?:voldoe|voldoet|voldoen) (?:\\S+ ){0,4}?aan (?:\\S+ ){0,4}?{promise}",
            # the promise put first, the verb in one word after a modal: "Aan deze toezegging kan ik op dit moment
            # slechts ten dele tegemoetkomen"
            "aan (?:\\S+ ){0,2}?{promise} (?:\\S+ ){0,12}?tegemoet(?:komen|kom|komt)\\b",
            "(?:los|lost|lossen) (?:\\S+ ){0,8}?{promise} (?:\\S+ ){0,12}?in",
            "(?:beschouw|beschouwt|beschouwen) (?:\\S+ ){0,8}?{promise} (?:\\S+ ){0,8}?als (?:afgedaan|afgerond"
            "|uitgevoerd|ingelost|nagekomen)",
            "{promise} (?:\\S+ ){0,8}?(?:beschouw|beschouwt|beschouwen) (?:\\S+ ){0,6}?als (?:afgedaan|afgerond"
            "|uitgevoerd|ingelost|nagekomen)",
            "{promise} (?:\\S+ ){0,12}?(?:is|zijn) (?:\\S+ ){0,2}?(?:hiermee|daarmee|hierbij|met deze brief)"
            " (?:\\S+ ){0,3}?(?:afgedaan|uitgevoerd|nagekomen|ingelost|voldaan|afgerond)",
            "{anchor} … {done}",
            "(?:daarmee|hiermee) (?:\\S+ ){0,4}?{done}",
        ),
        kind="fulfils",
        confidence=0.9,
        cue="toezegging* belofte* motie* verzoek* toegezegde aangekondigde hiermee daarmee hierbij *brief",
        requires="{promise}",
        unless="(?:zal|zullen|wil|willen|ga|gaan|zou|zouden|moet|moeten|niet|geen)\\b",
        notes="'Hiermee kom ik mijn toezegging na', 'geef ik invulling aan de motie', 'Hiermee doe ik de"
        " toezegging gestand'; not 'ik zal de toezegging nakomen'.",
    ),
    DeliveryRule(
        "fulfil.as_promised",
        (
            "(?:zoals|conform|overeenkomstig|in lijn met|naar aanleiding van|ter uitvoering van|in vervolg op)"
            " (?:\\S+ ){0,6}?(?:toegezegd\\w*|beloofd|aangekondigd|toezegging\\w*|afgesproken) … {deliver}",
            "{deliver} … (?:zoals|conform|overeenkomstig|in lijn met|naar aanleiding van"
            "|ter uitvoering van|in vervolg op) (?:\\S+ ){0,6}?(?:toegezegd\\w*|beloofd|aangekondigd|toezegging\\w*"
            "|afgesproken)",
        ),
        kind="fulfils",
        confidence=0.85,
        cue="toegezegd toegezegde beloofd aangekondigd toezegging* afgesproken",
        unless=NOT_NOW,
        notes="'Zoals toegezegd in het commissiedebat van 12 maart stuur ik u de evaluatie'; not 'zoals"
        " toegezegd informeer ik u voor de zomer' (a restated promise: the period is outside the"
        " promise phrase).",
    ),
    DeliveryRule(
        "fulfil.this_document",
        (
            "{anchor} … {deliver}",
            "{deliver} … {anchor}",
            "{anchor} (?:\\S+ ){0,3}?(?:te informeren|te berichten|toe te sturen|te sturen|aan te bieden"
            "|toe te zenden)",
        ),
        kind="fulfils",
        confidence=0.8,
        requires="{anchor}",
        cue="hierbij hiermee bijgaand bijlage dezen *brief nota notitie *rapportage beantwoording antwoorden"
        " *verslag *overzicht *reactie *rapport",
        notes="'Met deze brief informeer ik uw Kamer over', 'Hierbij bied ik u de antwoorden aan', 'Bijgaand"
        " treft u het rapport aan', 'In deze brief ga ik in op de motie'.",
    ),
    DeliveryRule(
        "fulfil.present_tense",
        (
            "(?:{informeer}|{stuur}|sturen|zenden) {gov} {u}",
            "{gov} (?:{informeer}|{stuur}|sturen|zenden) {u}",
            "(?:bied|biedt|bieden) {gov} {u} … aan",
            "{gov} (?:bied|biedt|bieden) {u} … aan",
            "(?:doe|doet|doen) {gov} {u} … toekomen",
        ),
        kind="fulfils",
        confidence=0.6,
        cue="informeer informeert informeren bericht berichten meld meldt stuur stuurt sturen zend zendt"
        " zenden verstuur verstuurt bied biedt bieden toekomen",
        unless=NOT_NOW,
        notes="The plain present tense of a letter, no time ahead: 'In dat kader informeert het kabinet uw"
        " Kamer over de recente ontwikkelingen'; 'informeer ik u na de zomer' is a promise.",
    ),
)

# The rules a sentence's words wake (bit i: rule i). The cues are looked for in the cleaned sentence,
# so a cue hyphenated across a line break or glued to a footnote number is still found.
_CUES = CuePart(RULE_CUES, [r.compiled_cue for r in DELIVERY_RULES])
# A debate wakes its own few rules only: "motie" and "zoals" fill every debate and would wake them all.
_DEBATE_RULES = _CUES.bits([r.in_debate for r in DELIVERY_RULES])
_ALL_RULES = _CUES.bits([True] * len(DELIVERY_RULES))


def _run_all(patterns: tuple[re.Pattern[str], ...]) -> tuple[tuple[re.Pattern[str], ...], bool]:
    twins = tuple(twin for twin in map(folded_twin, patterns) if twin is not None)
    return (twins, True) if len(twins) == len(patterns) else (patterns, False)


def _needs(pattern: re.Pattern[str] | None):
    # whole words where a pattern reads them between boundaries: "ga" as a word, not in "gaan" (literal_gates)
    return _GATE_TABLE.masks(required_word_conjuncts(pattern)) if pattern is not None else ()


# Per rule: what its patterns, its requires and its unless cannot match without (promises/literal_gates.py),
# as bits of one table: a reading's words are looked up once for all rules, not scanned for string by string
# (the table the commitment rules use too, literal_gates.RULE_GATES).
_GATE_TABLE = RULE_GATES
_GATES = tuple(
    (tuple(_needs(p) for p in r.compiled), _needs(r.compiled_requires), _needs(r.compiled_unless))
    for r in DELIVERY_RULES
)
# Per rule: a string of one of these bits is in every text one of its patterns may match (EVERY_TEXT when a
# pattern needs nothing), so most rules a sentence wakes are passed over with one test.
_ANY_PATTERN = tuple(
    reduce(or_, (needs[0] if needs else GateTable.EVERY_TEXT for needs in pattern_needs), 0)
    for pattern_needs, _, _ in _GATES
)
# Per rule: its patterns, requires and unless as they run, and whether each runs on the reading's fold (its folded twin,
# literal_gates.folded_twin: the same matches, found faster) rather than on the reading.
_RUN = tuple((_run_all(r.compiled), as_run(r.compiled_requires), as_run(r.compiled_unless)) for r in DELIVERY_RULES)
_QUESTION = re.compile(r"\?\s*[\"'”»)]*\s*$")
# Roles that speak for the government outside a debate; in a debate only ministers' turns do.
_SILENT_ROLES = frozenset({"question", "motion", "closing"})
# How many sentences after a postponement may still name its new period.
FOLLOWING = 2


@dataclass(frozen=True, slots=True)
class DeliveryMatch:
    rule: DeliveryRule
    start: int  # the match in the sentence's reading text
    end: int


def judge_delivery(reading: str, *, in_debate: bool = False, cues: int | None = None) -> DeliveryMatch | None:
    """The first rule that finds a delivery or postponement in one sentence's reading text, or None.

    cues: the sentence's rules_woken(), when the caller has it."""
    if cues is None:
        cues = rules_woken(reading, in_debate)
    cues |= _CUES.uncued & (_DEBATE_RULES if in_debate else _ALL_RULES)
    if not cues:
        return None
    reading = collapse_spaces(reading).strip()
    if _QUESTION.search(reading):
        return None
    folded = known_fold(reading)
    present = _GATE_TABLE.present(folded)
    masked: str | None = None
    masked_folded = ""
    masked_present = 0
    while cues:  # the woken rules in table order, the lowest set bit first: most sentences wake one or two
        low = cues & -cues
        cues ^= low
        i = low.bit_length() - 1
        rule = DELIVERY_RULES[i]
        if not _ANY_PATTERN[i] & present:
            continue
        pattern_needs, requires_needs, unless_needs = _GATES[i]
        (patterns, on_fold), (requires, requires_on_fold), (unless, unless_on_fold) = _RUN[i]
        # a rule none of whose patterns gets past its gates cannot match: its requires and unless (the promise
        # masked out and scanned for) are not asked
        open_patterns = []
        for pattern, needs in zip(patterns, pattern_needs):
            for mask in needs:  # passes(needs, present), written out: a call per pattern cost more than the test
                if not mask & present:
                    break
            else:
                open_patterns.append(pattern)
        if not open_patterns:
            continue
        if requires is not None and not (
            passes(requires_needs, present) and requires.search(folded if requires_on_fold else reading)
        ):
            continue
        if unless is not None:
            if masked is None:
                masked = delivery_fields.mask_promise(reading)
                masked_folded = fold(masked)
                masked_present = _GATE_TABLE.present(masked_folded)
            if passes(unless_needs, masked_present) and unless.search(masked_folded if unless_on_fold else masked):
                continue
        for pattern in open_patterns:
            m = pattern.search(folded if on_fold else reading)
            if m:
                return DeliveryMatch(rule, m.start(), m.end())
    return None


def rules_woken(reading: str, in_debate: bool = False) -> int:
    """The rules (bits) whose cue words occur in the sentence and that count where it stands."""
    return _CUES.mask_of(reading) & (_DEBATE_RULES if in_debate else _ALL_RULES)


def find_deliveries(
    text: str, segments: Sequence[Segment], kind: str, resolve: Callable[[str], Deadline]
) -> list[Delivery]:
    """Deliveries and postponements in the government's own text, in document order."""
    found: list[Delivery] = []
    for segment in segments or [None]:  # type: ignore[list-item]  # no segments: the whole text, unsegmented
        start, end = (segment.start, segment.end) if segment else (0, len(text))
        in_debate = kind == "handelingen" or (segment is not None and segment.role == "turn")
        if not _government_text(segment, kind):
            continue
        # The commitment scan has split these segments and read their words already (both kept).
        sentences = split_sentences(text, start, end)
        counted = _DEBATE_RULES if in_debate else _ALL_RULES  # rules_woken(), asked of every sentence: inline
        for i, sentence in enumerate(sentences):
            cues = _CUES.mask_of(sentence.text) & counted
            if not cues:
                continue
            match = judge_delivery(sentence.text, in_debate=in_debate, cues=cues)
            if match is not None:
                previous = sentences[i - 1] if i > 0 else None
                found.append(_build(text, sentence, previous, sentences[i + 1 : i + 1 + FOLLOWING], match, resolve))
    return found


def _government_text(segment: Segment | None, kind: str) -> bool:
    if segment is None:
        return kind != "handelingen"
    if segment.role in _SILENT_ROLES:
        return False
    if segment.role == "turn":
        return segment.government
    return not (kind == "handelingen" and segment.role == "preamble")


def _build(
    text: str,
    sentence: Sentence,
    previous: Sentence | None,
    following: Sequence[Sentence],
    match: DeliveryMatch,
    resolve: Callable[[str], Deadline],
) -> Delivery:
    reading = collapse_spaces(sentence.text).strip()
    quote = text[sentence.start : sentence.end]
    kind = match.rule.kind
    if kind == "fulfils" and delivery_fields.is_partial(reading):
        kind = "partly_fulfils"
    start, end = sentence.start, sentence.end
    deadline = None
    if kind != "fulfils":
        deadline = delivery_fields.new_period(quote, resolve)
        # "Het onderzoek heeft vertraging opgelopen. (Reason.) Ik verwacht u na de zomer te informeren."
        for after in following:
            if deadline is not None or len(after.text) >= delivery_fields.LONG_SENTENCE:
                break
            deadline = delivery_fields.new_period(text[after.start : after.end], resolve)
            if deadline is not None:
                end, quote = after.end, text[sentence.start : after.end]
    promise = delivery_fields.promise_text(quote)  # verbatim, line breaks and all
    if (
        promise is not None
        and delivery_fields.points_back(promise)
        and previous is not None
        and len(previous.text) < delivery_fields.LONG_SENTENCE
    ):
        # "Ik heb toegezegd u te informeren over X. Met deze brief doe ik deze toezegging gestand."
        earlier = delivery_fields.promise_text(text[previous.start : previous.end])
        if earlier is not None:
            promise, start, quote = earlier, previous.start, text[previous.start : end]
    refers = promise is not None or delivery_fields.names_promise(reading)
    confidence = match.rule.confidence + (0.05 if refers else 0.0) - (0.1 if len(reading) > 400 else 0.0)
    return Delivery(
        quote=quote,
        start=start,
        end=end,
        kind=kind,
        subject=fields.subject(reading)
        or delivery_fields.sent_object(reading)
        or (fields.subject(promise) if promise else None),
        refers_to_promise=refers,
        promise_text=promise,
        deadline_kind=deadline.kind if deadline else "none",
        deadline_text=deadline.text if deadline else None,
        due_date=deadline.due_date if deadline else None,
        due_date_estimated=deadline.estimated if deadline else False,
        rule=match.rule.name,
        confidence=round(max(0.05, min(0.99, confidence)), 2),
    )
