"""Find the deadline of a promise in one sentence and normalise it to a due date.

``resolve_deadline`` runs the time grammar (``time_phrases``, one combined pattern) over the
sentence, normalises every phrase found (``time_normalisation`` and ``moment_normalisation``,
whose docstrings list the date conventions) and looks for an event condition (``events``). Then it chooses:

1. A phrase that gives a date ("date", "period" or "relative") wins. Phrases that point at
   the past are dropped: a date after "van", "sinds", "vanaf", "na", "(afgelopen/vorige)
   week" or "d.d." or before "jl." ("de brief van 15 december jl."), but not a phrase that
   points forward itself ("de brief van na de zomer"). A phrase with a deadline preposition
   ("uiterlijk", "voor", "in", "binnen", "eind" ...) beats a bare date or month ("Op 26
   september vindt er een bijeenkomst plaats en ik informeer uw Kamer dit najaar"); a phrase
   more than 60 days before the reference date is used only when nothing else is there;
   otherwise the first phrase wins. A count from today ("over twee weken") that lands within a week of a date
   in the same sentence restates that date, which then wins ("op 22 juni, dus over twee weken").
2. Two phrases joined by "of", "à", "tot", "/" or a dash are one phrase: the finer one is
   the promise ("voor de zomer of rond 1 juni" = 1 June), and between equals the later one
   ends the range ("juni of juli" = 31 July).
3. Else an event condition gives kind "event" (no text, no date); else a standing phrase
   ("in de tussentijd", "jaarlijks", "blijven informeren") gives "ongoing"; else an undefined
   one ("zo spoedig mogelijk", "binnenkort") gives "vague"; else "none".

The condition is returned whatever the kind, so "Zodra X bekend is, informeer ik u voor de
zomer" gives both the period and the condition. ``text`` and ``condition`` are exact
substrings of the input (line breaks included) and ``start``/``end`` locate ``text``. When
the reference date is None, phrases that need it (a year left open, "binnen zes weken")
keep their kind and text but get no date. The function never raises: any input that cannot
be read gives ``kind="none"``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..promises.clauses import dash_pairs
from ..result import Deadline
from . import moment_normalisation, time_normalisation
from .events import find_condition
from .recesses import CHAMBERS, RecessCalendar
from .time_normalisation import PAST_TOLERANCE, Candidate, Context
from .time_phrases import NUMBER, find_time_phrases, number_value

KINDS = ("date", "period", "relative", "event", "ongoing", "vague", "none")
_DATED_KINDS = {"date", "period", "relative"}
NORMALISERS = {**time_normalisation.NORMALISERS, **moment_normalisation.NORMALISERS}

_POINTS_BACK_BEFORE = re.compile(
    r"\b(?:van|sinds|sedert|vanaf|na|(?:afgelopen|vorige?)(?:\s+week)?|eerder|gedateerd|d\.d\.?|dd)\s*$", re.IGNORECASE
)
_POINTS_BACK_AFTER = re.compile(r"\s*(?:jl\b\.?|j\.l\.?|jongstleden\b|l\.l\.?)", re.IGNORECASE)
# "van dit najaar", "van volgend jaar voorjaar" name a coming document too; one already past is demoted by date
_FORWARD = re.compile(r"(?:na|volgende?|komende?|aanstaande|aankomende|later|dit|deze)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,\s*|,?\s*(?:of|à|tot(?:\s+en\s+met)?|t/m|/|-|–)\s*)", re.IGNORECASE)
# a second time phrase put beside the first by a comma alone restates or bounds it ("eind september, voor het
# commissiedebat op 2 oktober"), unless the first is an occasion the second dates ("met de voorjaarsnota, rond eind
# april")
_APPOSED = re.compile(r"\s*,\s*")
_OCCASIONS = frozenset(
    {"prinsjesdag", "budget", "budget_debate", "verantwoordingsdag", "annual_report", "votes", "event_date"}
)


NO_DEADLINE = Deadline("none", None, None, False, None, None, None)


def resolve_deadline(
    sentence: str, *, reference_date: date | None, calendar: RecessCalendar, chamber: str = "TK"
) -> Deadline:
    if not isinstance(sentence, str) or not sentence:
        return NO_DEADLINE
    if not isinstance(reference_date, date):
        reference_date = None
    context = Context(reference_date, calendar, chamber if chamber in CHAMBERS else "TK")
    try:
        return _resolve(sentence, context)
    except (LookupError, ValueError, OverflowError):
        # A calendar that cannot answer (no rows for a recess) must not cost the sentence:
        # fall back to what the sentence says without dates.
        return dataclasses.replace(NO_DEADLINE, condition=find_condition(sentence))


def _resolve(sentence: str, context: Context) -> Deadline:
    dated: list[Candidate] = []
    undated: dict[str, Candidate] = {}
    for match in find_time_phrases(sentence):
        try:
            candidate = NORMALISERS[match.lastgroup or ""](match, context)
        except LookupError:
            # A recess the calendar cannot answer for costs its own phrase, not the sentence's
            # other ones ("spoedig na de zomer en ruim voor het verkiezingsreces").
            continue
        if candidate is None or _points_back(sentence, candidate):
            continue
        if match.lastgroup in _OCCASIONS:
            candidate = _ahead_of_occasion(sentence, dataclasses.replace(candidate, occasion=True))
        if candidate.kind in _DATED_KINDS:
            dated.append(_demote_if_an_occasion(sentence, _demote_if_past(candidate, context.reference)))
        else:
            undated.setdefault(candidate.kind, candidate)
    condition = find_condition(sentence)
    chosen = _choose(sentence, dated)
    if chosen is None and condition is not None:
        return Deadline("event", None, None, False, condition, None, None)
    if chosen is None:
        chosen = undated.get("ongoing") or undated.get("vague")
    if chosen is None:
        return NO_DEADLINE
    return Deadline(
        kind=chosen.kind,
        text=sentence[chosen.start : chosen.end],
        due_date=chosen.due,
        estimated=chosen.estimated,
        condition=condition,
        start=chosen.start,
        end=chosen.end,
    )


# a span of time ahead of a dated occasion: "ten minste één week voor het notaoverleg op 3 februari"
_AHEAD_BY = re.compile(
    rf"(?:(?:ten\s+minste|minimaal|uiterlijk|ruim)\s+)?(?P<n>{NUMBER})\s+(?P<unit>dagen|dag|weken|week)\s*$",
    re.IGNORECASE,
)


def _ahead_of_occasion(sentence: str, candidate: Candidate) -> Candidate:
    ahead = _AHEAD_BY.search(sentence, max(0, candidate.start - 40), candidate.start)
    count = number_value(ahead.group("n")) if ahead else None
    if ahead is None or candidate.due is None or not count:
        return candidate
    days = int(count * (7 if ahead.group("unit").lower().startswith("we") else 1))
    return dataclasses.replace(candidate, start=ahead.start(), due=candidate.due - timedelta(days=days))


def _points_back(sentence: str, candidate: Candidate) -> bool:
    before = sentence[max(0, candidate.start - 20) : candidate.start]
    back = _POINTS_BACK_BEFORE.search(before)
    if back and back.group().split()[0].lower() == "van" and _FORWARD.match(sentence, candidate.start):
        return False  # "de brief van na de zomer", "het overleg van volgende week": named by when it comes
    return bool(back or _POINTS_BACK_AFTER.match(sentence, candidate.end))


def _demote_if_past(candidate: Candidate, reference: date | None) -> Candidate:
    if reference is None or candidate.due is None or candidate.due >= reference - PAST_TOLERANCE:
        return candidate
    return dataclasses.replace(candidate, strength=0)


def _demote_if_an_occasion(sentence: str, candidate: Candidate) -> Candidate:
    """The time at which something takes place is not when the promise is due: "haar werkbezoek, dat in de week
    van 8 mei zal plaatsvinden, ... en zal uw Kamer in de voortgangsrapportage, dat voor het zomerreces wordt
    gestuurd, informeren"."""
    if _TAKES_PLACE.match(sentence, candidate.end) or _DONE_THEN.match(sentence, candidate.end):
        return dataclasses.replace(candidate, strength=0)
    return candidate


# the rest of the clause after a time phrase puts it in the past, in the perfect: "de opdracht die uw Kamer mij in
# februari van dit jaar heeft gegeven, ..."
_DONE_THEN = re.compile(
    r"(?:(?!\b(?:zal|zullen)\b)[^,;:.?!]){0,40}?\b(?:heb|heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?ge\w+(?:d|t|en)"
    r"\s*(?:[,;:.?!]|$)",
    re.IGNORECASE,
)
# the rest of the clause after a time phrase says it is when an event happens
_TAKES_PLACE = re.compile(
    r"[^,;:.?!]{0,40}?\b(?:plaats(?:vindt|vinden|vond|vonden)|zal\s+plaatsvinden|zullen\s+plaatsvinden"
    r"|wordt\s+gehouden|worden\s+gehouden|is\s+gepland|staat\s+gepland|gepland\s+staat)\b",
    re.IGNORECASE,
)


def _choose(sentence: str, candidates: list[Candidate]) -> Candidate | None:
    # a time in a remark between dashes is the remark's, not the clause's: "in het voorjaar - ruim voor Prinsjesdag -"
    # is due in the spring
    remarks = dash_pairs(sentence)
    if remarks:
        candidates = [c for c in candidates if not any(a <= c.start < b for a, b in remarks)] or candidates
    merged: list[Candidate] = []
    for candidate in candidates:
        if merged and _JOINED.fullmatch(sentence, merged[-1].end, candidate.start):
            merged[-1] = _join(
                merged[-1], candidate, bool(_APPOSED.fullmatch(sentence, merged[-1].end, candidate.start))
            )
        else:
            merged.append(candidate)
    if not merged:
        return None
    strongest = max(c.strength for c in merged)
    tied = [c for c in merged if c.strength == strongest]
    # Of equal phrases, the one that times the delivery: "voornemens om op 16 december in de Ministerraad te
    # beraadslagen en de kabinetsreactie op 19 december naar de Kamers te verzenden" is due on the 19th.
    chosen = next((c for c in tied if _TIMES_A_DELIVERY.match(sentence, c.end)), tied[0]) if len(tied) > 1 else tied[0]
    if chosen.kind == "relative" and chosen.due is not None:
        # a count from today that restates a date beside it: "op 22 juni, dus over twee weken"
        for other in merged:
            if other.kind == "date" and other.due is not None and abs((other.due - chosen.due).days) <= _RESTATED_DAYS:
                return other
    return chosen


_RESTATED_DAYS = 7
# the rest of a time phrase's clause, up to a comma or the next coordinated part, names a delivery to the Kamer
_TIMES_A_DELIVERY = re.compile(
    r"(?:(?!\ben\b)[^,;:.?!]){0,80}?\b(?:te\s+)?(?:ver|toe|na)?(?:zenden|sturen|informeren|aanbieden|aan\s+te\s+bieden"
    r"|toekomen|rapporteren|berichten|ontvangt|ontvangen|informeer|stuur|zend)\b",
    re.IGNORECASE,
)


def _join(first: Candidate, second: Candidate, apposed: bool = False) -> Candidate:
    if apposed:
        meant = second if first.occasion and not second.occasion else first
    elif first.precision != second.precision:
        meant = first if first.precision < second.precision else second
    elif first.due is None or second.due is None:
        meant = first if second.due is None else second
    else:
        meant = second if second.due >= first.due else first
    return dataclasses.replace(meant, start=first.start, end=second.end, strength=max(first.strength, second.strength))
